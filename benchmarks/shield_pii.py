"""PII precision/recall per entity type and latency, for Confide's two modes and Presidio's
default `AnalyzerEngine()` configuration, side by side in one run.

Data: the Presidio synthetic set (`pii/presidio_synth_dev.jsonl` under the shared data dir,
from microsoft/presidio-research synth_dataset_v2) and, separately, the project's own
labelled domain examples (`datasets/pii/*.jsonl`).

Scoring (span overlap): a gold span counts as found when a predicted span of the same type
shares at least one character with it; a predicted span is correct when it shares a character
with a gold span of its type. A predicted STREET_ADDRESS that overlaps only a gold GPE or
ZIP_CODE span (parts of an address the set labels separately) is neither right nor wrong, and
is left out of precision; so is a predicted DATE_OF_BIRTH on a gold DATE_TIME (the set labels
birth dates, "born on 2/8/1935", as DATE_TIME). Label mapping from the synthetic set: PERSON,
EMAIL_ADDRESS, PHONE_NUMBER, US_SSN, CREDIT_CARD, STREET_ADDRESS, IBAN_CODE, IP_ADDRESS,
US_DRIVER_LICENSE map to themselves; GPE, ZIP_CODE, ORGANIZATION, TITLE, NRP, AGE, DATE_TIME,
DOMAIN_NAME are not PII types here and are not scored (the set has no DATE_OF_BIRTH label).

Run: `.venv/bin/python -m benchmarks.shield_pii [--data ../shared/data] [--quick]`
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from benchmarks.stats import wilson

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
SCORED = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD",
          "STREET_ADDRESS", "DATE_OF_BIRTH", "IBAN_CODE", "IP_ADDRESS", "US_DRIVER_LICENSE",
          "MEDICAL_RECORD_NUMBER", "US_NPI", "HEALTH_PLAN_ID", "POLICY_NUMBER", "CLAIM_NUMBER")
NEUTRAL = {"STREET_ADDRESS": {"GPE", "ZIP_CODE", "LOCATION"}, "DATE_OF_BIRTH": {"DATE_TIME"}}

Span = tuple[str, int, int]
T = TypeVar("T")
Row = tuple[str, list[Span]]


def load_synth(data_dir: Path) -> list[Row]:
    rows = []
    with open(data_dir / "pii" / "presidio_synth_dev.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            rows.append((d["full_text"], [(s["entity_type"], s["start_position"],
                                           s["end_position"]) for s in d["spans"]]))
    return rows


def load_own(name: str) -> list[Row]:
    """One of the project's labelled files, `datasets/pii/<name>.jsonl`."""
    rows = []
    with open(ROOT / "datasets" / "pii" / f"{name}.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            rows.append((d["text"], [(s["type"], s["start"], s["end"]) for s in d["spans"]]))
    return rows


OWN_SETS = (("domain_dev", "development rows, used while building the recognizers"),
            ("domain_holdout", "held-out rows, not used for tuning; see its README"),
            ("generalisation_dev", "development rows for the review's weaknesses (birth-date "
             "formats, labels and roles, plan/claim ids, extensions)"),
            ("generalisation_holdout", "held-out rows of those kinds, not used for tuning; "
             "see its README"))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(rows: list[Row], predict: Callable[[str], list[Span]]) -> dict[str, list[int]]:
    """Per type: [gold found, gold total, predicted correct, predicted counted]."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for text, gold in rows:
        pred = predict(text)
        for t, s, e in gold:
            if t in SCORED:
                tally[t][1] += 1
                if any(pt == t and _overlap((s, e), (ps, pe)) for pt, ps, pe in pred):
                    tally[t][0] += 1
        for t, s, e in pred:
            if t not in SCORED:
                continue
            hit = any(gt == t and _overlap((s, e), (gs, ge)) for gt, gs, ge in gold)
            if not hit and any(gt in NEUTRAL.get(t, ()) and _overlap((s, e), (gs, ge))
                               for gt, gs, ge in gold):
                continue
            tally[t][3] += 1
            tally[t][2] += int(hit)
    return tally


def _fmt(k: int, n: int) -> str:
    if n == 0:
        return "–"
    lo, hi = wilson(k, n)
    return f"{k / n:.1%} [{lo:.0%}–{hi:.0%}] ({k}/{n})"


def table(results: dict[str, dict[str, list[int]]]) -> str:
    systems = list(results)
    types = [t for t in SCORED if any(results[s][t][1] or results[s][t][3] for s in systems)]
    head = "| type | " + " | ".join(f"{s} recall | {s} precision" for s in systems) + " |"
    sep = "|---" * (1 + 2 * len(systems)) + "|"
    lines = [head, sep]
    for t in types:
        cells = []
        for s in systems:
            found, total, correct, counted = results[s][t]
            cells += [_fmt(found, total), _fmt(correct, counted)]
        lines.append(f"| {t} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def messages_100_words(rows: list[Row], count: int) -> list[str]:
    """Messages of exactly 100 words, made by joining consecutive texts of the set."""
    words: list[str] = []
    out = []
    i = 0
    while len(out) < count and rows:
        words.extend(rows[i % len(rows)][0].split(" "))
        i += 1
        if len(words) >= 100:
            out.append(" ".join(words[:100]))
            words = words[100:]
    return out


def latency(systems: dict[str, Callable[[str], object]], msgs: list[str],
            warmup: int = 10) -> dict[str, tuple[float, float]]:
    """p50 and p99 milliseconds per message for each system, timed round-robin per message
    so that a change in machine load affects every system alike."""
    for m in msgs[:warmup]:
        for fn in systems.values():
            fn(m)
    times: dict[str, list[float]] = {name: [] for name in systems}
    for m in msgs:
        for name, fn in systems.items():
            t0 = time.perf_counter()
            fn(m)
            times[name].append((time.perf_counter() - t0) * 1000)
    out = {}
    for name, ts in times.items():
        ts.sort()
        out[name] = (statistics.median(ts), ts[min(len(ts) - 1, int(0.99 * len(ts)))])
    return out


def on_one_core(fn: Callable[[], T]) -> T:
    """Run `fn` pinned to one CPU (where the OS allows), then restore the affinity."""
    getaff = getattr(os, "sched_getaffinity", None)
    setaff = getattr(os, "sched_setaffinity", None)
    if getaff is None or setaff is None:
        return fn()
    before = getaff(0)
    setaff(0, {min(before)})
    try:
        return fn()
    finally:
        setaff(0, before)


def systems() -> dict[str, Callable[[str], list[Span]]]:
    """Confide spaCy, Confide regex, and Presidio's default configuration."""
    from confide.guards.pii import PiiDetector, presidio_default_analyzer

    spacy_det = PiiDetector(mode="spacy")
    regex_det = PiiDetector(mode="regex")
    # Presidio's defaults (all predefined recognizers, full spaCy pipeline); the model is the
    # installed small English pipeline, since the default large one is not installed.
    default = presidio_default_analyzer()

    def presidio(text: str) -> list[Span]:
        return [(r.entity_type, r.start, r.end) for r in default.analyze(text, language="en")]

    return {
        "confide-spacy": lambda t: [(e.type, e.start, e.end) for e in spacy_det.analyze(t)],
        "confide-regex": lambda t: [(e.type, e.start, e.end) for e in regex_det.analyze(t)],
        "presidio-default": presidio,
    }


def run(quick: bool = False, data_dir: Path | None = None) -> str:
    data_dir = Path(data_dir or os.environ.get("CONFIDE_DATA", DEFAULT_DATA))
    synth = load_synth(data_dir)
    if quick:
        synth = synth[:200]
    sysmap = systems()
    res_synth = {name: score(synth, fn) for name, fn in sysmap.items()}
    res_own = {}
    for own_name, _ in OWN_SETS:
        own = load_own(own_name)
        res_own[own_name] = (len(own), {name: score(own, fn) for name, fn in sysmap.items()})
    msgs = messages_100_words(synth, 60 if quick else 300)
    from confide.guards.pii import pipeline

    ner = pipeline("spacy").nlp_engine.nlp["en"]
    timed = {**sysmap, "spaCy NER alone (what spacy mode adds)": ner}
    lat = on_one_core(lambda: latency(timed, msgs))
    out = [
        "## PII detection (Presidio synthetic set and Confide's own domain set)",
        "",
        f"Command: `.venv/bin/python -m benchmarks.shield_pii{' --quick' if quick else ''}`. "
        "Span-overlap scoring (a gold span is found when a predicted span of the same type "
        "overlaps it; a predicted address overlapping only a gold GPE/ZIP part is not "
        "counted). 95% Wilson intervals in brackets. `presidio-default` is "
        "`AnalyzerEngine()` with every predefined recognizer and the full "
        "`en_core_web_sm` pipeline (the default large model is not installed).",
        "",
        f"### Presidio synthetic set (synth_dataset_v2, even templates, {len(synth)} texts)",
        "",
        table(res_synth),
    ]
    for own_name, what in OWN_SETS:
        n, res = res_own[own_name]
        out += ["", f"### Confide domain set `datasets/pii/{own_name}.jsonl` ({n} texts: {what})",
                "", table(res)]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    out += ["", f"### Latency per 100-word message ({len(msgs)} messages, after warm-up, "
            f"pinned to one core, systems timed in turn on each message; 1-min load average "
            f"at the end {load:.1f} on {os.cpu_count()} cores)", "",
            "| system | p50 ms | p99 ms |", "|---|---|---|"]
    out += [f"| {name} | {p50:.2f} | {p99:.2f} |" for name, (p50, p99) in lat.items()]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    print(run(quick=args.quick, data_dir=args.data))
