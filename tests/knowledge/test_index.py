"""The in-memory index (hybrid ranking, tag masks) and the per-tenant cache (version checks,
idle eviction), without storage."""

from __future__ import annotations

import numpy as np
import pytest

from confide.knowledge.cache import IndexCache
from confide.knowledge.index import DocumentEntry, IndexedChunk, TenantIndex, tokenize


def _entry(embedder, doc_id: str, texts: list[str], tags: set[str], revision: int = 1):
    chunks = tuple(IndexedChunk(doc_id, i, t) for i, t in enumerate(texts))
    return DocumentEntry(doc_id, revision, frozenset(tags), chunks, embedder.embed(texts),
                         tuple(tuple(tokenize(t)) for t in texts))


@pytest.fixture
def index(embedder) -> TenantIndex:
    return TenantIndex("t_a", 3, [
        _entry(embedder, "doc_a", ["Take the evening dose of atorvastatin at 8 pm.",
                                   "Keep the incision dry for two days."], {"discharge"}),
        _entry(embedder, "doc_b", ["Report a car accident within 30 days.",
                                   "Send photos of the damage and the repair estimate."],
               {"claims", "public"}),
    ], embedder.dim)


def test_tokenize_drops_stop_words_and_folds_plurals() -> None:
    assert tokenize("What are the Photos of my CLAIMS?") == ["photo", "claim"]


def test_hybrid_search_ranks_the_answer_first(index, embedder) -> None:
    q = "when is the evening dose"
    hits = index.search(tokenize(q), embedder.embed([q])[0], top_k=2)
    assert hits[0].chunk.source == "knowledge:doc_a#0" and hits[0].lexical > 0
    assert hits[0].score > hits[1].score
    q = "pictures of the damaged car"  # mostly semantic
    assert index.search(tokenize(q), embedder.embed([q])[0], top_k=1)[0].chunk.document_id \
        == "doc_b"


def test_tags_mask_documents(index, embedder) -> None:
    q = "evening dose"
    vec = embedder.embed([q])[0]
    hits = index.search(tokenize(q), vec, tags=frozenset({"claims"}), top_k=4)
    assert hits and all(h.chunk.document_id == "doc_b" for h in hits)
    assert index.search(tokenize(q), vec, tags=frozenset({"unknown"})) == []
    assert len(index.search(tokenize(q), vec, top_k=10)) == 4


def test_a_query_without_known_words_still_ranks_by_meaning(index, embedder) -> None:
    q = "zzzz qqqq"
    hits = index.search(tokenize(q), embedder.embed(["pills at night"])[0], top_k=1)
    assert len(hits) == 1 and hits[0].lexical == 0.0


def test_an_empty_index_answers_nothing(embedder) -> None:
    empty = TenantIndex("t_a", 0, [], embedder.dim)
    assert len(empty) == 0
    assert empty.search(["x"], np.ones(embedder.dim, np.float32)) == []


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_cache_checks_the_version_at_most_every_check_s_and_rebuilds_on_change(embedder):
    clock = _Clock()
    cache = IndexCache(idle_s=100, check_s=1.0, clock=clock)
    stored = {"v": 1}
    reads, builds = [], []

    def version() -> int:
        reads.append(1)
        return stored["v"]

    def build(previous):
        builds.append(previous)
        return TenantIndex("t_a", stored["v"], [], embedder.dim)

    first = cache.get("t_a", version, build)
    assert cache.get("t_a", version, build) is first and len(reads) == 1  # within check_s
    stored["v"] = 2
    clock.now = 0.5
    assert cache.get("t_a", version, build) is first  # not re-checked yet
    clock.now = 1.6
    second = cache.get("t_a", version, build)
    assert second is not first and second.version == 2 and builds[-1] is first
    cache.mark_stale("t_a")
    assert cache.get("t_a", version, build) is second and len(builds) == 2
    clock.now = 500.0  # idle past idle_s: swept on the next access
    cache.get("t_b", lambda: 0, lambda prev: TenantIndex("t_b", 0, [], embedder.dim))
    assert cache.tenants() == ["t_b"]


def test_cache_refuses_an_index_of_another_tenant(embedder) -> None:
    cache = IndexCache()
    with pytest.raises(RuntimeError):
        cache.get("t_a", lambda: 1, lambda prev: TenantIndex("t_b", 1, [], embedder.dim))
    assert cache.peek("t_a") is None
