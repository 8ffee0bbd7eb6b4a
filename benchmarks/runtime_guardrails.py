"""Guardrail matching on the project's labelled set (`datasets/guardrails/`), and its latency.

For every row (persona, stage, text, label) the persona's `GuardrailMatcher` decides; a
positive counts as detected when the verdict is not ALLOW (and as *right* when the expected
guardrail is among the reasons), a negative counts as a false positive when it is not ALLOW.
Rates carry 95% Wilson intervals, per persona and stage. Latency is per `check()` call after
warm-up, one thread, over the evaluated rows. Also reported: the plain max-cosine baseline
(no negative anchors, no centring, no frames) at the threshold that gives it the same
development-split FPR, and the time to import and load the embedding.

Design and thresholds were fixed on `dev`; `heldout` is the reported split (how often it was
looked at: `datasets/guardrails/README.md`).

Run: `.venv/bin/python -m benchmarks.runtime_guardrails [--split heldout|dev|all] [--quick]`
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.stats import wilson

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "datasets" / "guardrails" / "guardrails.yaml"
PERSONAS = ROOT / "src" / "confide" / "data" / "personas"


@dataclass(frozen=True, slots=True)
class Row:
    persona: str
    stage: str  # user | output
    text: str
    guardrail: str | None  # the guardrail that should fire; None: must be allowed
    kind: str
    split: str  # dev | heldout


def load_rows(path: Path = DATA, split: str = "heldout") -> list[Row]:
    """The rows of `split` (`dev`, `heldout` or `all`): in every list of the YAML, even
    positions are `dev`, odd positions `heldout`."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    rows: list[Row] = []
    for persona, stages in data.items():
        for stage, labels in stages.items():
            groups: list[tuple[str | None, str, list[str]]] = []
            for g, kinds in (labels.get("hit") or {}).items():
                groups += [(g, k, xs) for k, xs in kinds.items()]
            groups += [(None, k, xs) for k, xs in (labels.get("allow") or {}).items()]
            for g, kind, texts in groups:
                for i, text in enumerate(texts):
                    if not isinstance(text, str):
                        raise ValueError(f"{persona}/{stage}/{kind}[{i}] is not a string")
                    s = "dev" if i % 2 == 0 else "heldout"
                    if split in ("all", s):
                        rows.append(Row(persona, stage, text, g, kind, s))
    return rows


def rate(k: int, n: int) -> str:
    lo, hi = wilson(k, n)
    return f"{k}/{n} = {100 * k / max(1, n):.1f}% [{100 * lo:.1f}, {100 * hi:.1f}]"


def pct(times: list[float], q: float) -> float:
    s = sorted(times)
    return s[min(len(s) - 1, max(0, math.ceil(q * len(s)) - 1))]


Decide = Callable[[Row], tuple[bool, bool]]  # row -> (flagged, right guardrail among reasons)


def matcher_decider(embedder: object | None = None) -> tuple[Decide, Callable[[Row], None]]:
    """(decide, check-only) callables over the shipped matcher, one matcher per persona."""
    from confide.agent.guardrails import GuardrailMatcher
    from confide.agent.persona import load_persona

    matchers = {p.stem: GuardrailMatcher.for_persona(load_persona(p), embedder)  # type: ignore[arg-type]
                for p in sorted(PERSONAS.glob("*.yaml"))}

    def decide(r: Row) -> tuple[bool, bool]:
        v = matchers[r.persona].check(r.text, r.stage)  # type: ignore[arg-type]
        return (not v.allowed, f"guardrail.{r.guardrail}" in v.reasons)

    def check(r: Row) -> None:
        matchers[r.persona].check(r.text, r.stage)  # type: ignore[arg-type]

    return decide, check


def baseline_scores(rows: list[Row], embedder: object | None = None
                    ) -> list[tuple[float, str]]:
    """Plain max-cosine of the text to the applicable guardrails' prompt and examples, and
    the guardrail it is closest to."""
    from confide.agent.persona import load_persona
    from confide.embeddings import Embedder

    emb = embedder or Embedder.load()
    personas = {p.stem: load_persona(p) for p in sorted(PERSONAS.glob("*.yaml"))}
    anchors = {(name, g.guardrail_name): (g, emb.embed([g.guardrail_prompt, *g.examples]))  # type: ignore[attr-defined]
               for name, p in personas.items() for g in p.guardrails}
    out = []
    for r in rows:
        v = emb.embed([r.text])[0]  # type: ignore[attr-defined]
        out.append(max(((float((a @ v).max()), g.guardrail_name)
                        for (pn, _), (g, a) in anchors.items()
                        if pn == r.persona and g.applies_to in ("both", r.stage)),
                       default=(0.0, "")))
    return out


def accuracy_table(rows: list[Row], decide: Decide) -> tuple[list[str], dict[str, int]]:
    """Markdown rows per persona and stage plus a total; and the overall counts."""
    acc: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for r in rows:
        flagged, right = decide(r)
        a = acc[(r.persona, r.stage)]
        if r.guardrail:
            a[0] += flagged
            a[1] += right
            a[2] += 1
        else:
            a[3] += flagged
            a[4] += 1
    out = ["| persona | stage | TPR (any guardrail) | TPR (right guardrail) | FPR |",
           "|---|---|---|---|---|"]
    tot = [0, 0, 0, 0, 0]
    for (persona, stage), a in sorted(acc.items()):
        out.append(f"| {persona} | {stage} | {rate(a[0], a[2])} | {rate(a[1], a[2])} | "
                   f"{rate(a[3], a[4])} |")
        tot = [x + y for x, y in zip(tot, a, strict=True)]
    out.append(f"| **all** | both | {rate(tot[0], tot[2])} | {rate(tot[1], tot[2])} | "
               f"{rate(tot[3], tot[4])} |")
    return out, {"tp": tot[0], "right": tot[1], "pos": tot[2], "fp": tot[3], "neg": tot[4]}


def per_kind(rows: list[Row], decide: Decide) -> list[str]:
    acc: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        flagged, _ = decide(r)
        key = ("positive" if r.guardrail else "negative", r.kind)
        acc[key][0] += flagged
        acc[key][1] += 1
    out = ["| label | kind | flagged |", "|---|---|---|"]
    out += [f"| {lab} | {kind} | {rate(k, n)} |" for (lab, kind), (k, n) in sorted(acc.items())]
    return out


def latency(rows: list[Row], check: Callable[[Row], None], rounds: int) -> tuple[float, float]:
    for r in rows[:20]:
        check(r)
    times = []
    for _ in range(rounds):
        for r in rows:
            t0 = time.perf_counter()
            check(r)
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), pct(times, 0.99)


def load_time() -> float:
    """Seconds to import the matcher and load the embedding in a fresh interpreter."""
    code = ("import time; t=time.perf_counter(); from confide.agent.guardrails import "
            "GuardrailMatcher; from confide.embeddings import Embedder; Embedder.load(); "
            "print(time.perf_counter()-t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return float(out.stdout.strip())


def run(quick: bool = False, split: str = "heldout") -> str:
    """The Markdown section for BENCHMARKS.md."""
    from confide.agent.guardrails import DEFAULT_THRESHOLD, VERSION

    rows = load_rows(split=split)
    dev = load_rows(split="dev")
    decide, check = matcher_decider()
    table, _ = accuracy_table(rows, decide)
    p50, p99 = latency(rows, check, 1 if quick else 5)
    # Baseline: plain max-cosine, threshold at the matcher's dev FPR (chosen on dev only).
    dev_fp = sum(decide(r)[0] for r in dev if not r.guardrail)
    dev_neg = [s for r, (s, _) in zip(dev, baseline_scores(dev), strict=True)
               if not r.guardrail]
    dev_neg.sort(reverse=True)
    t_base = dev_neg[dev_fp] + 1e-6 if dev_fp < len(dev_neg) else 0.0
    scores = baseline_scores(rows)
    base_decide: dict[str, tuple[bool, bool]] = {}
    for r, (s, name) in zip(rows, scores, strict=True):
        base_decide[r.text + r.persona + r.stage] = (s >= t_base, s >= t_base and
                                                     name == r.guardrail)
    btable, _ = accuracy_table(rows, lambda r: base_decide[r.text + r.persona + r.stage])
    lines = [
        "## Runtime: guardrail matching", "",
        f"Command: `.venv/bin/python -m benchmarks.runtime_guardrails --split {split}` "
        f"(machine: {os.cpu_count()} cores; {time.strftime('%Y-%m-%d')}). Matcher `{VERSION}`, "
        f"shipped static embedding, default threshold {DEFAULT_THRESHOLD}, no judge. Data: "
        f"`datasets/guardrails/` split `{split}` ({sum(bool(r.guardrail) for r in rows)} "
        f"positives, {sum(not r.guardrail for r in rows)} negatives). Rates with 95% Wilson "
        "intervals.", "",
        *table, "",
        "Per kind of row:", "", *per_kind(rows, decide), "",
        f"Baseline, plain max-cosine to prompt and examples (threshold {t_base:.3f}, which "
        "gives it the matcher's FPR on `dev`):", "", *btable, "",
        f"Latency per `check()` (one thread, after warm-up, {len(rows)} rows): p50 "
        f"{p50:.3f} ms, p99 {p99:.3f} ms. Import + embedding load in a fresh process: "
        f"{load_time():.2f} s.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="heldout")
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    print(run(quick=args.quick, split=args.split))


if __name__ == "__main__":
    main()
