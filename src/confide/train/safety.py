"""Train the content-safety linear model and export it as `.npz` + a JSON model card.

`python -m confide.train safety [--dataset datasets/safety] [--data ../shared/data]
[--out src/confide/data/models/safety]`

Trains on the `train` split of the project's own labelled rows (`datasets/safety/
safety.jsonl`, English, German, Spanish and French); the `test` split and the
`holdout*.jsonl` files are never trained on. XSTest
development prompts (under `--data`) are used for evaluation only. The card records the
data files' hashes, cross-validated and held-out metrics.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from confide.guards.content_safety import LABELS, LinearModel, feature_indices, save_model

DIM = 1 << 16
REPO = Path(__file__).resolve().parents[3]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _matrix(texts: Sequence[str]) -> sparse.csr_matrix:
    indptr, indices, values = [0], [], []
    for t in texts:
        idx = feature_indices(t, DIM)
        indices.extend(idx)
        values.extend([1.0 / math.sqrt(max(1, len(idx)))] * len(idx))
        indptr.append(len(indices))
    return sparse.csr_matrix((values, indices, indptr), shape=(len(texts), DIM))


def _fit(texts: Sequence[str], labels: Sequence[str], c: float) -> LogisticRegression:
    clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    clf.fit(_matrix(texts), [LABELS.index(y) for y in labels])
    return clf


def _export(clf: LogisticRegression, version: str) -> LinearModel:
    coef = np.zeros((len(LABELS), DIM), dtype=np.float64)
    coef[clf.classes_] = clf.coef_
    bias = np.full(len(LABELS), -1e3)
    bias[clf.classes_] = clf.intercept_
    rows = np.flatnonzero(np.abs(coef).max(axis=0) > 1e-6)
    return LinearModel(dim=DIM, labels=LABELS, rows=rows.astype(np.int64),
                       weights=coef[:, rows].T.astype(np.float32),
                       bias=bias.astype(np.float32), version=version)


def _binary_metrics(truth: Sequence[bool], pred: Sequence[bool]) -> dict[str, float]:
    tp = sum(t and p for t, p in zip(truth, pred, strict=True))
    fp = sum(p and not t for t, p in zip(truth, pred, strict=True))
    fn = sum(t and not p for t, p in zip(truth, pred, strict=True))
    tn = len(truth) - tp - fp - fn
    return {"tpr": tp / max(1, tp + fn), "fpr": fp / max(1, fp + tn), "n": len(truth)}


def _flags(model: LinearModel, texts: Sequence[str], threshold: float) -> list[bool]:
    out = []
    for t in texts:
        p = model.predict(t)
        out.append(max(p[c] for c in LABELS[1:]) >= threshold)
    return out


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m confide.train safety")
    ap.add_argument("--dataset", type=Path, default=REPO / "datasets" / "safety")
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=REPO / "src" / "confide" / "data" / "models" /
                    "safety")
    ap.add_argument("--C", type=float, default=4.0)
    ap.add_argument("--threshold", type=float, default=0.5)
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    own_path = args.dataset / "safety.jsonl"
    rows = _rows(own_path)
    train = [r for r in rows if r["split"] == "train"]
    test = [r for r in rows if r["split"] == "test"]
    texts, labels = [r["text"] for r in train], [r["label"] for r in train]

    # 5-fold cross-validation on the training split (binary: any unsafe category)
    skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=13)
    truth_cv, pred_cv = [], []
    for fit_idx, val_idx in skf.split(texts, labels):
        clf = _fit([texts[i] for i in fit_idx], [labels[i] for i in fit_idx], args.C)
        fold = _export(clf, "cv")
        val = [texts[i] for i in val_idx]
        truth_cv += [labels[i] != "safe" for i in val_idx]
        pred_cv += _flags(fold, val, args.threshold)
    cv = _binary_metrics(truth_cv, pred_cv)

    version = "safety-lin-" + hashlib.sha256(own_path.read_bytes()).hexdigest()[:8]
    model = _export(_fit(texts, labels, args.C), version)
    metrics: dict[str, object] = {"cv5_train_split": cv}
    metrics["own_test_split"] = _binary_metrics(
        [r["label"] != "safe" for r in test], _flags(model, [r["text"] for r in test],
                                                     args.threshold))
    for holdout in sorted(args.dataset.glob("holdout*.jsonl")):
        hrows = _rows(holdout)
        metrics[f"own_{holdout.stem}"] = _binary_metrics(
            [r["label"] != "safe" for r in hrows],
            _flags(model, [r["text"] for r in hrows], args.threshold))
    xstest = args.data / "safety" / "xstest_dev.jsonl"
    sources = {"datasets/safety/safety.jsonl (train split)": _sha(own_path)}
    if xstest.is_file():
        xrows = _rows(xstest)
        metrics["xstest_dev_eval_only"] = _binary_metrics(
            [r["label"] == "unsafe" for r in xrows],
            _flags(model, [r["text"] for r in xrows], args.threshold))
    args.out.mkdir(parents=True, exist_ok=True)
    meta = {"trained_on": sources, "n_train": len(train), "C": args.C,
            "threshold": args.threshold, "features": "crc32-hashed word 1-2 grams + char "
            "4-grams of the accent-folded text, binary, L2-normalised", "metrics": metrics,
            "not_trained_on": ["datasets/safety/safety.jsonl test split",
                               "datasets/safety/holdout*.jsonl", "XSTest (evaluation only)"]}
    save_model(str(args.out / "model.npz"), str(args.out / "model.json"), model, meta)
    print(json.dumps({"version": version, "rows": int(model.rows.size), **metrics,
                      "seconds": round(time.perf_counter() - t0, 1)}, indent=1),
          file=sys.stdout)
    return 0
