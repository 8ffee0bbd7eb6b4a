"""Build the JSONL files from the hand-written rows: `python datasets/pii/build.py`.

`rows/NAME.txt` becomes `NAME.jsonl`. In a rows file, `## domain` starts a section, `#` lines
are comments, each other line is one example: `[[TYPE|value]]` marks a span and a literal
`\\n` is a line break. The builder strips the marks and records character offsets into the
plain text. Rows with no marks are negatives. Convention (as in Presidio's synthetic set): any
street name or street address is STREET_ADDRESS; a date is DATE_OF_BIRTH only when the text
says it is one; numbers are typed by the words around them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

MARK = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]", re.S)
HERE = Path(__file__).resolve().parent


def parse(row: str) -> tuple[str, list[dict[str, object]]]:
    """Plain text and spans of one marked row."""
    parts: list[str] = []
    spans: list[dict[str, object]] = []
    pos = length = 0
    for m in MARK.finditer(row):
        before = row[pos:m.start()]
        parts.append(before)
        length += len(before)
        value = m.group(2)
        spans.append({"type": m.group(1), "start": length, "end": length + len(value)})
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(row[pos:])
    return "".join(parts), spans


def build(rows_file: Path) -> Path:
    out = HERE / f"{rows_file.stem}.jsonl"
    domain, counts = "general", {}
    with out.open("w", encoding="utf-8") as fh:
        for line in rows_file.read_text(encoding="utf-8").splitlines():
            if line.startswith("## "):
                domain = line[3:].strip()
                continue
            if not line.strip() or line.startswith("#"):
                continue
            counts[domain] = counts.get(domain, 0) + 1
            text, spans = parse(line.replace("\\n", "\n"))
            fh.write(json.dumps({"id": f"{rows_file.stem}-{domain}-{counts[domain]:03d}",
                                 "domain": domain, "text": text, "spans": spans},
                                ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    for path in sorted((HERE / "rows").glob("*.txt")):
        print(build(path))
