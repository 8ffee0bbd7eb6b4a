"""The per-tenant knowledge base: extraction, chunking, encrypted storage, hybrid retrieval.

    kb = KnowledgeBase(db, vault, audit)            # or `services.knowledge`
    kb.ingest(tenant_id, "discharge.md", text, "text/markdown", tags=["discharge"])
    kb.search(tenant_id, persona, "when do I take the evening dose?")  # -> [Snippet]
"""

from confide.knowledge.errors import (
    DocumentNotFound,
    DocumentTooLarge,
    EmptyDocument,
    InvalidDocument,
    KnowledgeError,
    UnreadableDocument,
    UnsupportedContentType,
)
from confide.knowledge.service import (
    ChunkPosition,
    DocumentInfo,
    KnowledgeBase,
    QuarantinedChunk,
)

__all__ = [
    "ChunkPosition",
    "DocumentInfo",
    "DocumentNotFound",
    "DocumentTooLarge",
    "EmptyDocument",
    "InvalidDocument",
    "KnowledgeBase",
    "KnowledgeError",
    "QuarantinedChunk",
    "UnreadableDocument",
    "UnsupportedContentType",
]
