"""Latency of the whole input and output layers on a 100-word message, on one core.

Compares the Shield in both PII modes with Presidio's default `AnalyzerEngine()` (PII only)
in the same run. Run: `python -m benchmarks.shield_latency`.
"""

from __future__ import annotations

import os
import statistics
import time

MESSAGE = (
    "Hi, this is Maria Gonzalez calling about my discharge last Tuesday. My date of birth is "
    "March 3, 1961 and my member ID is HPX4471902. I was told to take metoprolol 25 mg twice "
    "a day but the pharmacy label says once daily, so I am confused. Also my knee is still "
    "swollen and I wanted to know whether I should keep the bandage on overnight. You can reach "
    "me at (415) 555-0134 or maria.gonzalez@example.com, and my address is 1450 Oak Street, "
    "Apt 3, Springfield, IL 62704. Thanks so much for your help today."
)
ANSWER = (
    "Thank you, <PERSON_1>. I have noted that the label on your metoprolol says once daily "
    "while your discharge instructions say 25 mg twice a day. I cannot give medical advice, "
    "so I will pass this question to the care team, and a nurse will call you back at the "
    "number you gave. For the bandage, your discharge leaflet says to keep the dressing dry "
    "and change it once a day. Is there anything else about your follow-up appointment on "
    "Friday that I can help you with before I pass this on to the clinic team today?"
)
CONTEXT = (MESSAGE, "Discharge leaflet: keep the dressing dry and change it once a day. "
           "Metoprolol 25 mg twice a day. Follow-up appointment on Friday at the clinic.")


def _pin_one_core() -> str:
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        return "pinned to one core (sched_setaffinity)"
    except (AttributeError, OSError):
        return "not pinned"


def _measure(fn, n: int, warmup: int = 20) -> tuple[float, float]:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(0.99 * len(samples)))]


SYSTEM_PROMPT = ("You are a discharge follow-up assistant for the clinic. Never give medical "
                 "advice.")


def _stage_rows(shield, n: int) -> list[tuple[str, float, float]]:
    """Each stage of both layers alone, as the layers call it (reads the Shield's guards)."""
    from confide.guards.base import GuardContext
    from confide.guards.encoding import decode_payloads_checked
    from confide.guards.normalize import normalize
    from confide.pseudonymize import Pseudonymizer
    from confide.verdict import Channel

    norm = normalize(MESSAGE)
    ctx = GuardContext(channel=Channel.USER, original=MESSAGE)
    guards = shield._inputs[Channel.USER]
    rows = [("normalisation", *_measure(lambda: normalize(MESSAGE), n)),
            ("payload decoding", *_measure(lambda: decode_payloads_checked(norm.text), n))]
    rows += [(guard.name, *_measure(lambda g=guard: g.check(norm.text, ctx), n))
             for guard in (*guards.scanners, *guards.finders)]
    found = [e for g in guards.finders for e in g.check(norm.text, ctx).entities]
    rows.append(("pseudonymisation", *_measure(lambda: Pseudonymizer().apply(norm.text, found),
                                               n)))
    out = GuardContext(channel=Channel.OUTPUT, original=ANSWER, context=CONTEXT,
                       system_prompt=SYSTEM_PROMPT)
    outputs = (*shield._outputs, *([shield._secrets] if shield._secrets else []))
    rows += [(f"output: {guard.name}", *_measure(lambda g=guard: g.check(ANSWER, out), n))
             for guard in outputs]
    return rows


def _benign_turns() -> list[str]:
    """The benign user turns of the own held-out split (never trained on)."""
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "datasets" / "injection" / "user.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [r["text"] for r in rows if r["split"] == "heldout" and r["label"] == 0]


def _over_turns(shield, turns: list[str]) -> tuple[float, float]:
    """p50 and p99 of the input layer over `turns`, one check each, after 20 warm-up checks."""
    for text in turns[:20]:
        shield.check_input(text)
    samples = []
    for text in turns:
        t = time.perf_counter()
        shield.check_input(text)
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(0.99 * len(samples)))]


def _encoder_windows(model, text: str) -> list[int]:
    """Token counts of the windows the encoder runs on `text`, one session run each."""
    enc = model.encoder
    seen: list[int] = []
    run_windows = enc._window_logits

    def record(ids):
        seen.extend(len(w) for w in ids)
        return run_windows(ids)

    enc._window_logits = record
    try:
        model.encoder_logit(text)
    finally:
        del enc._window_logits
    return seen


def _windows_phrase(windows: list[int]) -> str:
    from confide.guards.encoder import MAX_TOKENS

    if len(windows) == 1:
        return f"it reads the message in one window of {windows[0]} tokens"
    return (f"the message is longer than its {MAX_TOKENS}-token window, so it reads "
            f"{len(windows)} chunks of neighbouring sentences, one run each "
            f"({' / '.join(map(str, windows))} tokens)")


def run(quick: bool = False) -> str:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    pinned = _pin_one_core()
    from confide.guards.pii import presidio_default_analyzer
    from confide.shield import Shield

    n = 100 if quick else 500
    turns = _benign_turns()[: 60 if quick else None]
    rows = []
    stages: dict[str, list[tuple[str, float, float]]] = {}
    for mode in ("spacy", "regex"):
        shield = Shield.from_policy({"pii": {"mode": mode}})
        rows.append((f"Shield input layer (PII {mode})",
                     *_measure(lambda s=shield: s.check_input(MESSAGE), n)))
        # the encoder runs only where it could change the decision (this message is such a
        # case at the default threshold); a threshold of 1e-9 makes every message one
        always = Shield.from_policy({"pii": {"mode": mode},
                                     "injection": {"user_threshold": 1e-9}})
        rows.append((f"Shield input layer (PII {mode}), injection encoder run on every message",
                     *_measure(lambda s=always: s.check_input(MESSAGE), n)))
        alone = Shield.from_policy({"pii": {"mode": mode}, "injection": {"encoder": False}})
        rows.append((f"Shield input layer (PII {mode}), encoder off (`injection.encoder: false`)",
                     *_measure(lambda s=alone: s.check_input(MESSAGE), n)))
        rows.append((f"Shield input layer (PII {mode}), {len(turns)} benign held-out turns "
                     f"(median {statistics.median(len(t.split()) for t in turns):.0f} words)",
                     *_over_turns(shield, turns)))
        rows.append((f"Shield output layer (PII {mode})",
                     *_measure(lambda s=shield: s.check_output(
                         ANSWER, context=CONTEXT, system_prompt=SYSTEM_PROMPT), n)))
        stages[mode] = _stage_rows(shield, n)
    engine = presidio_default_analyzer()  # AnalyzerEngine() defaults on the shipped spaCy model
    rows.append(("Presidio default AnalyzerEngine (PII only)",
                 *_measure(lambda: engine.analyze(MESSAGE, language="en"), n)))

    words = len(MESSAGE.split())
    from confide.guards.injection import get_model
    from confide.verdict import Channel

    model = get_model(Channel.USER)
    parts = model.score_parts(MESSAGE)  # what the encoder makes of it
    windows = _encoder_windows(model, MESSAGE)
    # how often a turn pays for the encoder at the stored threshold
    ran = sum("encoder" in model.score_parts(t, decide_at=model.threshold) for t in turns)
    p50 = {name: median for name, median, _ in rows}
    presidio = p50["Presidio default AnalyzerEngine (PII only)"]
    ratios = ", ".join(f"{mode} mode {p50[f'Shield input layer (PII {mode})'] / presidio:.3f}"
                       for mode in ("regex", "spacy"))
    lines = [
        "## Shield latency (input and output layers)",
        "",
        f"A {words}-word patient message and a {len(ANSWER.split())}-word answer; {n} timed "
        f"runs after 20 warm-up runs; {pinned}. Input layer = normalisation, payload decoding, "
        "injection, content safety, PII, secrets and pseudonymisation; output layer = prompt "
        "leak, content safety, PII leak, rendering, grounding and secrets. The injection "
        "encoder (a fine-tuned MiniLM, int8 ONNX) runs only when its score could change the "
        f"decision. This message's n-gram score ({parts['ngram']:.2f}) leaves that open, so it "
        f"runs here (the encoder then scores it {parts['encoder']:.3f}; "
        f"{_windows_phrase(windows)}), as it does on "
        f"{ran} of the {len(turns)} benign held-out turns ({ran / len(turns):.0%}); the rows "
        "\"encoder run on every message\" force it, the rows \"encoder off\" are a policy "
        "without it (the n-gram model at its own thresholds), and the rows over the held-out "
        "turns show a mix.",
        "",
        "| stage | p50 (ms) | p99 (ms) |",
        "|---|---:|---:|",
        *[f"| {name} | {p50:.2f} | {p99:.2f} |" for name, p50, p99 in rows],
        "",
        "Targets: input layer p50 ≤ 15 ms and p99 ≤ 60 ms with spaCy; ≤ 3 ms p50 regex-only.",
        "",
        f"Machines differ from run to run: compare them through the input layer's p50 over "
        f"Presidio's in the same run ({ratios}).",
        "",
        "Per stage, each run alone on the same texts (p50 / p99 in ms; inside a layer the "
        "stages run a little slower, as they share the caches, and the layer adds combining "
        "the verdicts):",
        "",
        "| stage | spaCy p50 | spaCy p99 | regex p50 | regex p99 |",
        "|---|---:|---:|---:|---:|",
        *[f"| {a[0]} | {a[1]:.2f} | {a[2]:.2f} | {b[1]:.2f} | {b[2]:.2f} |"
          for a, b in zip(stages["spacy"], stages["regex"], strict=True)],
        "",
        "Command: `.venv/bin/python -m benchmarks.shield_latency`",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(run())
