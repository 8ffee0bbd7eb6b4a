"""What an agent may know: snippets retrieved for a question, with their provenance.

`KnowledgeSource` is the seam the knowledge base plugs into. `InlineFacts` serves the short
`knowledge.facts` of a persona by embedding similarity mixed with shared content words; its
snippets are `persona:<name>#<n>`.
"""

from __future__ import annotations

import re
import threading
from typing import Protocol

import numpy as np

from confide.agent.llm.base import Snippet
from confide.agent.persona import Persona
from confide.embeddings import Embedder


class KnowledgeSource(Protocol):
    """Finds snippets a persona may read that answer `query` (best first)."""

    def search(self, tenant_id: str, persona: Persona, query: str) -> list[Snippet]: ...


_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset("""a an the and or of to in on at for is are was were be been do does did i
you my your we our it its this that what when where which who how can could should would will
there their them me please about with from by as any if not no yes""".split())
LEXICAL_WEIGHT = 0.3  # share of a fact's score that comes from shared content words


def content_words(text: str) -> set[str]:
    """Lower-cased content words (stop words dropped, a trailing plural `s` folded)."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w
            for w in _WORD.findall(text.lower()) if w not in _STOP}


class InlineFacts:
    """Searches a persona's inline facts; keeps one embedded matrix per distinct fact list."""

    def __init__(self, embedder: Embedder | None = None) -> None:
        self._embedder = embedder
        self._indexes: dict[tuple[str, ...], tuple[np.ndarray, list[set[str]]]] = {}
        self._lock = threading.Lock()

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = Embedder.load()
        return self._embedder

    def _index(self, facts: tuple[str, ...]) -> tuple[np.ndarray, list[set[str]]]:
        """The facts' vectors and content words (computed once per distinct fact list)."""
        with self._lock:
            index = self._indexes.get(facts)
            if index is None:
                index = self._indexes[facts] = (self.embedder.embed(list(facts)),
                                                [content_words(f) for f in facts])
            return index

    def search(self, tenant_id: str, persona: Persona, query: str) -> list[Snippet]:
        facts = tuple(persona.knowledge.facts)
        if not facts or not query.strip():
            return []
        q = self.embedder.embed([query])[0]
        words = content_words(query)
        matrix, fact_words = self._index(facts)
        overlap = np.array([len(words & fw) / len(words) if words else 0.0
                            for fw in fact_words])
        sims = (1 - LEXICAL_WEIGHT) * (matrix @ q) + LEXICAL_WEIGHT * overlap
        order = np.argsort(-sims)[: persona.knowledge.top_k]
        return [Snippet(text=facts[i], source=f"persona:{persona.name}#{i}", score=float(sims[i]))
                for i in order if sims[i] >= persona.knowledge.min_similarity]


class CombinedKnowledge:
    """Several sources searched together: the best `top_k` snippets of all, by score."""

    def __init__(self, *sources: KnowledgeSource) -> None:
        self.sources = sources

    def search(self, tenant_id: str, persona: Persona, query: str) -> list[Snippet]:
        found = [s for src in self.sources for s in src.search(tenant_id, persona, query)]
        found.sort(key=lambda s: -s.score)
        return found[: persona.knowledge.top_k]
