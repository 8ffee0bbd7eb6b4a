"""`confide scan`: run the Shield over a JSONL file."""
