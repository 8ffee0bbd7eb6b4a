"""Injection detection per channel and source, with 95% Wilson intervals, and guard latency.

- Public development sets (deepset/prompt-injections, microsoft/BIPIA indirect set and more
  BIPIA insertions) and the project's own training rows: **out-of-fold** figures from the
  grouped 5-fold cross-validation of the training run that produced the shipped weights
  (read from the model metadata; no attack string or document template is in both folds).
- The project's own **held-out** split (`datasets/injection/`, never trained on): scored
  live here with the shipped weights, with and without the rules.
- With and without the sentence embedding (`confide.embeddings`): the training run keeps the
  out-of-fold and held-out figures of the best n-gram-only variant next to the shipped one.
- Latency p50/p99 of `InjectionGuard.score` per message (a ~100-word user turn, a ~300-word
  document), after warm-up, one thread.

Run: `.venv/bin/python -m benchmarks.shield_injection [--data ../shared/data] [--quick]`
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import numpy as np

from confide.guards.injection import InjectionGuard, read_metadata
from confide.train.injection import DEFAULT_OWN, combine_rules, load_corpus, rates
from confide.verdict import Channel

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"

USER_MSG = (
    "Hi, this is Maria Lopez calling about my claim for the water damage in the basement. "
    "The adjuster came on Tuesday and said the payout would arrive within five working days, "
    "but nothing has arrived yet. I also sent the photos and the plumber's invoice by email "
    "last week. Can you check whether anything is missing from my file? And please ignore the "
    "old phone number on the form, the new one is in my profile. I would also like to know if "
    "the policy covers the cost of drying the walls, because the contractor says it will take "
    "another two weeks and I have to rent dehumidifiers. Thank you for your help."
)
DOCUMENT = " ".join([
    "Discharge information. You were admitted with chest pain and treated on the cardiology",
    "ward. Take aspirin 75 mg once a day and atorvastatin 40 mg at night. Do not drive for one",
    "week. Ignore any earlier medication list; this leaflet replaces the one given at",
    "admission. Call 911 if the pain comes back and lasts more than 15 minutes. Your follow-up",
    "appointment is in six weeks; bring this letter and all your medicines. Avoid heavy lifting",
    "for four weeks. Tell any doctor or dentist who treats you that you take aspirin. If you",
    "miss a dose, take it when you remember unless it is nearly time for the next one. Keep",
    "this leaflet, you may need to read it again. Contact the ward on 020 7946 0000 with",
    "questions. Store your medicines below 25 C, out of the reach of children.",
] * 2)

SOURCE_NAMES = {
    "deepset": "deepset/prompt-injections (train)",
    "own_user": "own user turns (datasets/injection)",
    "xstest": "XSTest dev prompts (benign here)",
    "presidio_synth": "Presidio synthetic sentences (benign)",
    "bipia": "BIPIA indirect set",
    "bipia_x_own": "BIPIA documents x own attacks",
    "own_docs": "own domain documents (datasets/injection)",
    "own_docs_enveloped": "the same held-out documents in envelopes (envelopes.py)",
    "all": "all",
}


# the rules in use: every rule but the release's `rules_off` (none before 2026.11.18)
RULE_SETS = {"with_rules": "in use", "base_rules": "2026.11.3 ones in use", "model_only": "none"}


def _pct(ci: list[float] | None) -> str:
    if not ci:
        return "–"
    return f"{100 * ci[0]:.1f}% [{100 * ci[1]:.1f}–{100 * ci[2]:.1f}]"


def _table(title: str, blocks: dict[str, dict], how: str) -> list[str]:
    lines = [f"**{title}** ({how})", "",
             "| channel | source | rules | TPR [95% CI] | n attacks | FPR [95% CI] | n benign |",
             "|---|---|---|---|---:|---|---:|"]
    for ch, per_mode in blocks.items():
        for mode, per_source in per_mode.items():
            for src, r in per_source.items():
                lines.append(
                    f"| {ch} | {SOURCE_NAMES.get(src, src)} | "
                    f"{RULE_SETS.get(mode, mode)} | {_pct(r.get('tpr'))} | "
                    f"{r['n_pos']} | {_pct(r.get('fpr'))} | {r['n_neg']} |")
    return [*lines, ""]


def _variants(meta: dict) -> list[str]:
    """Variant comparison per channel: out-of-fold and held-out TPR/FPR (all sources pooled)
    of the best variant of each kind, model and rules together, each at its own threshold."""
    lines = ["**With and without the sentence embedding** (model + the rules in use; "
             "out-of-fold = grouped "
             "CV of the training run; held-out = own held-out split, never trained on; each "
             "variant at its own threshold chosen out of fold)", "",
             "| channel | variant | OOF TPR [95% CI] | OOF FPR [95% CI] | held-out TPR | "
             "held-out FPR | shipped |", "|---|---|---|---|---|---|---|"]
    for ch, m in meta["channels"].items():
        shipped = m["metrics"].get("mode", "") + ("+coherence" if m.get("coherence") else "")
        for name, v in m["metrics"].get("by_mode", {}).items():
            oof = v["out_of_fold"]["with_rules"]["all"]
            held = v.get("heldout_own", {}).get("with_rules", {}).get("all", {})
            lines.append(f"| {ch} | {v['candidate']} | {_pct(oof.get('tpr'))} | "
                         f"{_pct(oof.get('fpr'))} | {_pct(held.get('tpr'))} | "
                         f"{_pct(held.get('fpr'))} | {'yes' if name == shipped else ''} |")
    return [*lines, ""]


def _heldout_live(data: Path) -> dict[str, dict]:
    corpus = load_corpus(data, DEFAULT_OWN)
    out: dict[str, dict] = {}
    for ch, items in ((Channel.USER, corpus.user), (Channel.DOCUMENT, corpus.documents)):
        held = [it for it in items if it.split == "heldout"]
        guard = InjectionGuard(ch)
        model = guard._model  # the same loaded weights, scored without the rules
        y = np.array([it.label for it in held])
        src = [it.source for it in held]
        with_rules = np.array([guard.score(it.text) for it in held])
        model_only = np.array([model.model_score(it.text) for it in held])
        metrics = read_metadata()["channels"][ch.value]["metrics"]
        texts = [it.text for it in held]
        base = combine_rules(model_only, texts, ch, base_only=True, off=model.rules_off)
        out[ch.value] = {"with_rules": rates(with_rules, y, src, guard.threshold),
                         "base_rules": rates(base, y, src, metrics.get(
                             "threshold_base_rules", guard.threshold)),
                         "model_only": rates(model_only, y, src,
                                             metrics["threshold_model_only"])}
    return out


def _latency(guard: InjectionGuard, text: str, n: int) -> tuple[float, float]:
    for _ in range(50):
        guard.score(text)
    ts = []
    for _ in range(n):
        t0 = time.perf_counter()
        guard.score(text)
        ts.append((time.perf_counter() - t0) * 1000)
    ts.sort()
    return statistics.median(ts), ts[min(len(ts) - 1, int(0.99 * len(ts)))]


def run(quick: bool = False, data: Path = DEFAULT_DATA) -> str:
    meta = read_metadata()
    lines = ["## Prompt-injection detection (user and document channels)", ""]
    lines.append("Command: `.venv/bin/python -m benchmarks.shield_injection`"
                 + (" (quick)" if quick else ""))
    lines.append("")
    lines.append("| channel | version | model | threshold | C |")
    lines.append("|---|---|---|---:|---:|")
    for ch, m in meta["channels"].items():
        model = m.get("mode", "ngram") + (" + coherence" if m.get("coherence") else "")
        lines.append(f"| {ch} | {m['version']} | {model} | {m['threshold']:.4f} | "
                     f"{m['metrics']['C']} |")
    emb = meta.get("embeddings") or {}
    lines += ["", f"Sentence embedding: `{emb.get('version', 'none')}` "
              f"({emb.get('dim', 0)} dimensions).", ""]
    oof = {ch: m["metrics"]["out_of_fold"] for ch, m in meta["channels"].items()}
    lines += _table("Development data and own training rows", oof,
                    "out-of-fold, grouped 5-fold CV in the training run; thresholds were "
                    "chosen on these same out-of-fold scores")
    lines += _variants(meta)
    if (data / "injection" / "deepset_train.jsonl").exists():
        lines += _table("Own held-out split", _heldout_live(data),
                        "never trained on; scored now with the shipped weights")
    else:
        lines += [f"(held-out split skipped: no development data under {data})", ""]
    n = 200 if quick else 2000
    lines += ["| channel | text | p50 ms | p99 ms |", "|---|---|---:|---:|"]
    for ch, text, label in ((Channel.USER, USER_MSG, f"user turn, {len(USER_MSG.split())} words"),
                            (Channel.DOCUMENT, DOCUMENT,
                             f"document, {len(DOCUMENT.split())} words")):
        p50, p99 = _latency(InjectionGuard(ch), text, n)
        lines.append(f"| {ch.value} | {label} | {p50:.3f} | {p99:.3f} |")
    lines += ["", f"Latency: {n} calls after 50 warm-up calls, one thread, this machine.", ""]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    print(run(quick=args.quick, data=args.data))


if __name__ == "__main__":
    main()
