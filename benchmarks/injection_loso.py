"""Leave one written set out: what training on the other written sets adds.

`.venv/bin/python -m benchmarks.injection_loso [--channel user|document] [--sets a,b]
[--base-sets c,d]`

For each written set named (`WRITTEN_SETS` of the trainer), a model is trained as shipped
(n-grams, C = 64) on the development data, the own data and the *other* written sets, and
scored on the left-out set (model and rules, as `InjectionGuard.score`). The baseline is the
same training with the other sets of `--base-sets` only (default: none). Reported: ROC AUC
(model alone, model + rules), TPR at fixed FPRs of the left-out set, and TPR / FPR at the
threshold the training chose. Not part of `make bench`: one channel takes 10 (user) to 40
(document) minutes or more on two cores.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from confide.guards.injection import FeatureConfig, Featurizer, load_channel_model
from confide.train import injection as train
from confide.verdict import Channel

FILES = {Channel.USER: "injection_user.jsonl", Channel.DOCUMENT: "injection_document.jsonl"}
FIXED_FPR = {Channel.USER: (0.02, 0.05), Channel.DOCUMENT: (0.03, 0.10)}


def tpr_at_fpr(p: np.ndarray, y: np.ndarray, fpr: float) -> float:
    """TPR at the strictest threshold that flags at most `fpr` of the benign rows."""
    neg = np.sort(p[y == 0])[::-1]
    k = int(np.floor(fpr * len(neg)))
    t = neg[k] if k < len(neg) else -np.inf
    return float((p[y == 1] > t).mean())


def measure(model, channel: Channel, folder: Path) -> dict[str, float]:
    with (folder / FILES[channel]).open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    y = np.array([r["label"] for r in rows])
    p_model = np.array([model.model_score(r["text"]) for r in rows])
    p = np.array([model.score(r["text"]) for r in rows])
    out = {"auc_model": roc_auc_score(y, p_model), "auc": roc_auc_score(y, p),
           "tpr": float((p[y == 1] >= model.threshold).mean()),
           "fpr": float((p[y == 0] >= model.threshold).mean())}
    for f in FIXED_FPR[channel]:
        out[f"tpr@{f:g}"] = tpr_at_fpr(p, y, f)
    return out


def trained(channel: Channel, written: list[Path], feat: Featurizer):
    corpus = train.load_corpus(train.DEFAULT_DATA, train.DEFAULT_OWN, written_sets=written)
    res = train.train_channel(channel, corpus, feat, False, None, small=True,
                              log=lambda *a: None)
    out = Path(tempfile.mkdtemp(prefix="loso-"))
    train.export(out, {channel: res}, feat.config, corpus.files, train.DEFAULT_DATA, False)
    return load_channel_model(channel, out)


def run_channel(channel: Channel, names: list[str], base_names: list[str]) -> list[str]:
    feat = Featurizer(FeatureConfig())
    dirs = {n: train.DEFAULT_SETS_DIR / n for n in train.WRITTEN_SETS}
    started = time.perf_counter()
    bases = {}  # the baseline's training sets -> its model (one model when none is left out)
    lines = [f"### `{channel.value}` channel", "",
             "| left out | AUC model (base → LOSO) | AUC + rules | "
             + " | ".join(f"TPR at {f:.0%} FPR" for f in FIXED_FPR[channel])
             + " | at the threshold: TPR / FPR |", "|---|---|---|---|---|---|"]
    for name in names:
        kept = tuple(n for n in base_names if n != name)
        if kept not in bases:
            bases[kept] = trained(channel, [dirs[n] for n in kept], feat)
        before = measure(bases[kept], channel, dirs[name])
        model = trained(channel, [d for n, d in dirs.items() if n != name], feat)
        after = measure(model, channel, dirs[name])
        cells = [f"{before[k]:.3f} → {after[k]:.3f}" for k in ("auc_model", "auc")]
        cells += [f"{before[f'tpr@{f:g}']:.1%} → {after[f'tpr@{f:g}']:.1%}"
                  for f in FIXED_FPR[channel]]
        cells.append(f"{before['tpr']:.1%} / {before['fpr']:.1%} → "
                     f"{after['tpr']:.1%} / {after['fpr']:.1%}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
        print(lines[-1], flush=True)
    lines += ["", f"{time.perf_counter() - started:.0f} s."]
    return lines


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--channel", choices=["user", "document", "both"], default="both")
    ap.add_argument("--sets", default=",".join(train.WRITTEN_SETS), help="sets to leave out")
    ap.add_argument("--base-sets", default="",
                    help="written sets the baseline trains on (e.g. the previous release's)")
    args = ap.parse_args(argv)
    names = [n for n in args.sets.split(",") if n]
    base_names = [n for n in args.base_sets.split(",") if n]
    unknown = sorted(set(names + base_names) - set(train.WRITTEN_SETS))
    if unknown:
        ap.error(f"not a written set: {', '.join(unknown)}")
    chans = ([Channel.USER, Channel.DOCUMENT] if args.channel == "both"
             else [Channel(args.channel)])
    for ch in chans:
        print("\n".join(run_channel(ch, names, base_names)))


if __name__ == "__main__":
    main()
