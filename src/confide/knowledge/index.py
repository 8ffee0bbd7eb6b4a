"""One tenant's in-memory hybrid index: BM25 (`bm25s`) fused with dense cosine similarity.

A `TenantIndex` holds the decrypted, retrievable chunks of exactly one tenant and is built
from `DocumentEntry` values (one per document revision, reused across rebuilds so that a
change re-decrypts only the documents that changed). `search` ranks the chunks whose
document carries one of the wanted tags (or all, without tags) by reciprocal-rank fusion of
the BM25 ranking and the embedding ranking. Nothing here touches the database or keys.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

RRF_K = 60  # reciprocal-rank fusion constant (Cormack et al. 2009)
MIN_CANDIDATES = 50  # per ranking, before fusion

_WORD = re.compile(r"\w+")
_STOP = frozenset("""a an the and or but of to in on at for from by with as is are was were be
been being do does did doing have has had having i me my we our you your he she it its they
them their this that these those what which who whom when where why how can could should
would will shall may might must there here about into over under again than then so if not
no yes please any all each some such own same too very just also only up down out off am""".split())


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens for BM25: stop words dropped, a plural `s` folded."""
    out = []
    for w in _WORD.findall(text.casefold()):
        if w in _STOP or w == "_":
            continue
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return out


@dataclass(frozen=True, slots=True)
class IndexedChunk:
    """A retrievable chunk: its document, sequence number, heading path and text."""

    document_id: str
    seq: int
    text: str
    headings: tuple[str, ...] = ()

    @property
    def source(self) -> str:
        """The citation of this chunk: `knowledge:<document id>#<seq>`."""
        return f"knowledge:{self.document_id}#{self.seq}"


@dataclass(frozen=True, slots=True)
class DocumentEntry:
    """The decrypted, retrievable part of one revision of one document."""

    document_id: str
    revision: int
    tags: frozenset[str]
    chunks: tuple[IndexedChunk, ...]
    vectors: np.ndarray  # (len(chunks), dim) float32, unit rows
    tokens: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Hit:
    """One ranked chunk: fused score, cosine similarity to the query, BM25 score."""

    chunk: IndexedChunk
    score: float
    similarity: float
    lexical: float


class TenantIndex:
    """The searchable chunks of one tenant at one knowledge version."""

    def __init__(self, tenant_id: str, version: int, documents: Iterable[DocumentEntry],
                 dim: int) -> None:
        import bm25s

        self.tenant_id = tenant_id
        self.version = version
        self.dim = dim
        self.documents: dict[str, DocumentEntry] = {d.document_id: d for d in documents}
        entries = list(self.documents.values())
        self.chunks: list[IndexedChunk] = [c for d in entries for c in d.chunks]
        self._doc_of = np.repeat(np.arange(len(entries)), [len(d.chunks) for d in entries])
        self._doc_tags = [d.tags for d in entries]
        self._vectors = (np.vstack([d.vectors for d in entries]).astype(np.float32, copy=False)
                         if self.chunks else np.zeros((0, dim), np.float32))
        self._bm25: bm25s.BM25 | None = None
        tokens = [list(t) for d in entries for t in d.tokens]
        if any(tokens):
            self._bm25 = bm25s.BM25()
            self._bm25.index(tokens, show_progress=False)
        self._masks: dict[frozenset[str], np.ndarray] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.chunks)

    def mask(self, tags: frozenset[str]) -> np.ndarray | None:
        """Boolean row mask of the chunks whose document has one of `tags` (None: all)."""
        if not tags:
            return None
        with self._lock:
            m = self._masks.get(tags)
            if m is None:
                docs = np.array([bool(t & tags) for t in self._doc_tags], dtype=bool)
                m = docs[self._doc_of] if len(self.chunks) else np.zeros(0, dtype=bool)
                if len(self._masks) >= 256:
                    self._masks.clear()
                self._masks[tags] = m
        return m

    def search(self, query_tokens: Sequence[str], query_vector: np.ndarray, *,
               tags: frozenset[str] = frozenset(), top_k: int = 4) -> list[Hit]:
        """The best `top_k` chunks for the query among the documents tagged `tags`."""
        n = len(self.chunks)
        if n == 0 or top_k <= 0:
            return []
        mask = self.mask(tags)
        allowed = n if mask is None else int(mask.sum())
        if allowed == 0:
            return []
        pool = min(allowed, max(MIN_CANDIDATES, 10 * top_k))
        sims = self._vectors @ query_vector.astype(np.float32, copy=False)
        dense = np.where(mask, sims, -np.inf) if mask is not None else sims
        dense_top = _top(dense, pool)
        lexical = self._lexical(query_tokens)
        fused: dict[int, float] = {}
        for rank, i in enumerate(dense_top):
            if np.isfinite(dense[i]):
                fused[int(i)] = 1.0 / (RRF_K + rank + 1)
        if lexical is not None:
            if mask is not None:
                lexical = np.where(mask, lexical, 0.0)
            for rank, i in enumerate(_top(lexical, pool)):
                if lexical[i] <= 0:
                    break
                fused[int(i)] = fused.get(int(i), 0.0) + 1.0 / (RRF_K + rank + 1)
        best = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))[:top_k]
        return [Hit(self.chunks[i], score, float(sims[i]),
                    float(lexical[i]) if lexical is not None else 0.0) for i, score in best]

    def _lexical(self, query_tokens: Sequence[str]) -> np.ndarray | None:
        if self._bm25 is None:
            return None
        ids = self._bm25.get_tokens_ids(list(dict.fromkeys(query_tokens)))
        if not ids:
            return None
        return np.asarray(self._bm25.get_scores_from_ids(ids), dtype=np.float32)


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the `k` highest scores, best first."""
    if k >= len(scores):
        return np.argsort(-scores, kind="stable")
    part = np.argpartition(-scores, k - 1)[:k]
    return part[np.argsort(-scores[part], kind="stable")]
