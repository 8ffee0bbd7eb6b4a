"""`KnowledgeBase`: ingest, replace, delete and search one tenant's documents at a time.

Ingest extracts the text, chunks it by structure, scans every chunk with the Shield's
`document` channel (a chunk the Shield does not allow is quarantined: stored, listed for
review, never indexed), embeds the rest with the shipped embedding, encrypts chunk text,
heading path, vector and document name under the tenant key, and bumps the tenant's
knowledge version in the same transaction. `search` (the `KnowledgeSource` protocol) reads
the tenant's in-memory `TenantIndex` from an `IndexCache`, rebuilt when the version moves.
Audit events carry ids, counts and reason codes, never document text or names.
"""

from __future__ import annotations

import builtins
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

import confide.knowledge.records as records
from confide.agent.llm.base import Snippet
from confide.agent.records import new_id
from confide.knowledge.cache import IndexCache
from confide.knowledge.chunking import MAX_CHARS, OVERLAP, Chunk, chunk_text
from confide.knowledge.errors import DocumentNotFound, InvalidDocument
from confide.knowledge.extract import MAX_BYTES, extract
from confide.knowledge.extract import MAX_CHARS as MAX_TEXT_CHARS
from confide.knowledge.index import DocumentEntry, Hit, IndexedChunk, TenantIndex, tokenize
from confide.store.db import Database
from confide.store.errors import TenantNotFound
from confide.store.models import (
    DataKey,
    KnowledgeChunk,
    KnowledgeDocument,
    KnowledgeState,
    Tenant,
    utcnow,
)
from confide.vault import KeyDestroyed, Vault

if TYPE_CHECKING:
    from confide.agent.persona import Persona
    from confide.audit import AuditLog
    from confide.embeddings import Embedder
    from confide.shield import Shield

__all__ = ["ChunkPosition", "DocumentInfo", "KnowledgeBase", "QuarantinedChunk"]

_TAG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:\-]{0,63}$")
MAX_TAGS = 32
MAX_NAME = 200
MAX_QUERY_CHARS = 2000
ACTIVE, QUARANTINED = "active", "quarantined"
# Chunks whose cosine similarity to the query is below `min_similarity * SIMILARITY_SCALE`
# and that share no content word with it are not returned (they answer nothing).
SIMILARITY_SCALE = 0.5


@dataclass(frozen=True, slots=True)
class ChunkPosition:
    """Where a chunk sits: sequence number, heading path, character span, status."""

    seq: int
    headings: tuple[str, ...]
    start: int
    end: int
    status: str
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "headings": list(self.headings), "start": self.start,
                "end": self.end, "status": self.status, "reasons": list(self.reasons)}


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What may be shown about a document (no text)."""

    id: str
    name: str
    content_type: str
    tags: tuple[str, ...]
    size_bytes: int
    chars: int
    chunk_count: int
    quarantined_count: int
    revision: int
    created_by: str
    created_at: datetime
    updated_at: datetime
    chunks: tuple[ChunkPosition, ...] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "name": self.name, "content_type": self.content_type,
            "tags": list(self.tags), "size_bytes": self.size_bytes, "chars": self.chars,
            "chunk_count": self.chunk_count, "quarantined_count": self.quarantined_count,
            "revision": self.revision, "created_by": self.created_by,
            "created_at": self.created_at.isoformat(), "updated_at": self.updated_at.isoformat()}
        if self.chunks is not None:
            out["chunks"] = [c.to_dict() for c in self.chunks]
        return out


@dataclass(frozen=True, slots=True)
class QuarantinedChunk:
    """A chunk held for review: where it is and why (the text only when asked for)."""

    chunk_id: str
    document_id: str
    document_name: str
    seq: int
    headings: tuple[str, ...]
    start: int
    end: int
    reasons: tuple[str, ...]
    text: str | None = None

    def __repr__(self) -> str:  # never the text
        return (f"QuarantinedChunk({self.document_id}#{self.seq}, "
                f"reasons={list(self.reasons)})")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "chunk_id": self.chunk_id, "document_id": self.document_id,
            "document_name": self.document_name, "seq": self.seq,
            "headings": list(self.headings), "start": self.start, "end": self.end,
            "reasons": list(self.reasons), "source": f"knowledge:{self.document_id}#{self.seq}"}
        if self.text is not None:
            out["text"] = self.text
        return out


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A document ready to store: encrypted rows and what the audit needs."""

    extracted_chars: int
    content_type: str
    size_bytes: int
    chunk_rows: list[dict[str, Any]]
    quarantined: dict[str, int]  # reason code → chunks
    quarantined_seqs: list[int]


class KnowledgeBase:
    """The per-tenant knowledge base (documents, chunks, index); a `KnowledgeSource`."""

    def __init__(self, db: Database, vault: Vault, audit: AuditLog,
                 shield: Shield | None = None, embedder: Embedder | None = None, *,
                 idle_s: float = 900.0, check_s: float = 1.0, max_bytes: int = MAX_BYTES,
                 max_chars: int = MAX_TEXT_CHARS, chunk_chars: int = MAX_CHARS,
                 overlap: int = OVERLAP) -> None:
        self.db = db
        self.vault = vault
        self.audit = audit
        self._shield = shield
        self._embedder = embedder
        self.max_bytes = max_bytes
        self.max_chars = max_chars
        self.chunk_chars = chunk_chars
        self.overlap = overlap
        self.cache = IndexCache(idle_s=idle_s, check_s=check_s)

    # ------------------------------------------------------------------ components
    @property
    def shield(self) -> Shield:
        """The Shield that scans documents (the default policy, built once)."""
        if self._shield is None:
            from confide.shield import default_shield

            self._shield = default_shield()
        return self._shield

    @property
    def embedder(self) -> Embedder:
        """The shipped sentence embedding."""
        if self._embedder is None:
            from confide.embeddings import Embedder

            self._embedder = Embedder.load()
        return self._embedder

    # ------------------------------------------------------------------ writes
    def ingest(self, tenant_id: str, name: str, content: str | bytes,
               content_type: str | None = None, tags: Iterable[str] = (), *,
               actor: str = "system") -> DocumentInfo:
        """Store a new document; raises `InvalidDocument` (audited, nothing stored)."""
        name, tag_list = self._check_meta(tenant_id, name, tags, actor)
        doc_id = new_id("doc")
        prepared = self._prepare(tenant_id, doc_id, name, content, content_type, actor)
        now = utcnow()
        with self.db.session() as s:
            _require_tenant(s, tenant_id)
            s.add(KnowledgeDocument(
                id=doc_id, tenant_id=tenant_id,
                name_blob=self.vault.encrypt(tenant_id, records.DOCUMENT_NAME.kind or "",
                                             doc_id, name.encode()),
                content_type=prepared.content_type, tags=json.dumps(tag_list),
                size_bytes=prepared.size_bytes, chars=prepared.extracted_chars,
                chunk_count=len(prepared.chunk_rows),
                quarantined_count=len(prepared.quarantined_seqs), revision=1,
                created_by=actor, created_at=now, updated_at=now))
            s.flush()
            self._store(s, tenant_id, doc_id, 1, prepared, "knowledge.document.ingested",
                        actor)
        self.cache.mark_stale(tenant_id)
        return self.get(tenant_id, doc_id)

    def replace(self, tenant_id: str, document_id: str, content: str | bytes,
                content_type: str | None = None, tags: Iterable[str] | None = None, *,
                name: str | None = None, actor: str = "system") -> DocumentInfo:
        """Replace a document's content (and optionally its name and tags); same id, next
        revision. Raises `DocumentNotFound` or `InvalidDocument` (nothing changes)."""
        current = self.get(tenant_id, document_id)
        new_name, tag_list = self._check_meta(
            tenant_id, current.name if name is None else name,
            current.tags if tags is None else tags, actor)
        prepared = self._prepare(tenant_id, document_id, new_name, content, content_type,
                                 actor)
        with self.db.session() as s:
            _require_tenant(s, tenant_id)
            doc = s.execute(select(KnowledgeDocument).where(
                KnowledgeDocument.id == document_id,
                KnowledgeDocument.tenant_id == tenant_id).with_for_update()).scalar_one_or_none()
            if doc is None:  # deleted meanwhile
                raise DocumentNotFound()
            s.execute(delete(KnowledgeChunk).where(KnowledgeChunk.document_id == document_id,
                                                   KnowledgeChunk.tenant_id == tenant_id))
            doc.revision += 1
            if new_name != current.name:
                doc.name_blob = self.vault.encrypt(tenant_id, records.DOCUMENT_NAME.kind or "",
                                                   document_id, new_name.encode())
            doc.content_type = prepared.content_type
            doc.tags = json.dumps(tag_list)
            doc.size_bytes = prepared.size_bytes
            doc.chars = prepared.extracted_chars
            doc.chunk_count = len(prepared.chunk_rows)
            doc.quarantined_count = len(prepared.quarantined_seqs)
            doc.updated_at = utcnow()
            s.flush()
            self._store(s, tenant_id, document_id, doc.revision, prepared,
                        "knowledge.document.replaced", actor)
        self.cache.mark_stale(tenant_id)
        return self.get(tenant_id, document_id)

    def delete(self, tenant_id: str, document_id: str, *, actor: str = "system") -> None:
        """Delete a document and its chunks; raises `DocumentNotFound`."""
        with self.db.session() as s:
            n = s.execute(select(func.count()).select_from(KnowledgeDocument).where(
                KnowledgeDocument.id == document_id,
                KnowledgeDocument.tenant_id == tenant_id)).scalar_one()
            if not n:
                raise DocumentNotFound(owner_tenant_id=_owner(s, document_id))
            chunks = s.execute(delete(KnowledgeChunk).where(
                KnowledgeChunk.document_id == document_id,
                KnowledgeChunk.tenant_id == tenant_id)).rowcount or 0
            s.execute(delete(KnowledgeDocument).where(KnowledgeDocument.id == document_id,
                                                      KnowledgeDocument.tenant_id == tenant_id))
            _bump(s, tenant_id, self.db.dialect)
            self.audit.append(tenant_id, "knowledge.document.deleted", actor=actor,
                              reason="knowledge.deleted", subject_ref=f"document:{document_id}",
                              details={"document_id": document_id, "chunks": chunks},
                              session=s)
        self.cache.mark_stale(tenant_id)

    # ------------------------------------------------------------------ reads
    def get(self, tenant_id: str, document_id: str, *, chunks: bool = False) -> DocumentInfo:
        """One document's metadata (and its chunks' positions); raises `DocumentNotFound`."""
        with self.db.session(readonly=True) as s:
            doc = self._find(tenant_id, document_id, s)
            positions = None
            if chunks:
                rows = s.execute(select(
                    KnowledgeChunk.id, KnowledgeChunk.seq, KnowledgeChunk.char_start,
                    KnowledgeChunk.char_end, KnowledgeChunk.status, KnowledgeChunk.reasons,
                    KnowledgeChunk.text_blob).where(
                    KnowledgeChunk.document_id == document_id,
                    KnowledgeChunk.tenant_id == tenant_id).order_by(KnowledgeChunk.seq)).all()
                positions = tuple(
                    ChunkPosition(r.seq, self._chunk_text(tenant_id, r.id, r.text_blob)[1],
                                  r.char_start, r.char_end, r.status,
                                  tuple(json.loads(r.reasons))) for r in rows)
            return self._info(tenant_id, doc, positions)

    def list(self, tenant_id: str, *, tag: str | None = None) -> builtins.list[DocumentInfo]:
        """The tenant's documents, oldest first (optionally only those tagged `tag`)."""
        with self.db.session(readonly=True) as s:
            docs = s.execute(select(KnowledgeDocument).where(
                KnowledgeDocument.tenant_id == tenant_id).order_by(
                KnowledgeDocument.created_at, KnowledgeDocument.id)).scalars().all()
        infos = [self._info(tenant_id, d) for d in docs]
        return [i for i in infos if tag is None or tag in i.tags]

    def quarantined(self, tenant_id: str, *, include_text: bool = False
                    ) -> builtins.list[QuarantinedChunk]:
        """The tenant's quarantined chunks, for review (text only with `include_text`)."""
        with self.db.session(readonly=True) as s:
            rows = s.execute(select(
                KnowledgeChunk.id, KnowledgeChunk.document_id, KnowledgeChunk.seq,
                KnowledgeChunk.char_start, KnowledgeChunk.char_end, KnowledgeChunk.reasons,
                KnowledgeChunk.text_blob, KnowledgeDocument.name_blob).join(
                KnowledgeDocument, KnowledgeDocument.id == KnowledgeChunk.document_id).where(
                KnowledgeChunk.tenant_id == tenant_id,
                KnowledgeDocument.tenant_id == tenant_id,
                KnowledgeChunk.status == QUARANTINED).order_by(
                KnowledgeDocument.created_at, KnowledgeChunk.document_id,
                KnowledgeChunk.seq)).all()
        out = []
        for r in rows:
            text, headings = self._chunk_text(tenant_id, r.id, r.text_blob)
            out.append(QuarantinedChunk(
                r.id, r.document_id, self._name(tenant_id, r.document_id, r.name_blob), r.seq,
                headings, r.char_start, r.char_end, tuple(json.loads(r.reasons)),
                text if include_text else None))
        return out

    # ------------------------------------------------------------------ search
    def search(self, tenant_id: str, persona: Persona, query: str) -> builtins.list[Snippet]:
        """Snippets of the tenant's documents for `query` that `persona` may read: documents
        carrying one of `persona.knowledge.tags` (no tags: all of them), best
        `persona.knowledge.top_k` first, each cited `knowledge:<document id>#<seq>`.

        A chunk that is not similar enough (cosine below half the persona's
        `min_similarity`) and shares no content word with the query is left out.
        Raises `KeyDestroyed` for a shredded tenant."""
        cfg = persona.knowledge
        hits = self.retrieve(tenant_id, query, tags=cfg.tags, top_k=cfg.top_k)
        floor = cfg.min_similarity * SIMILARITY_SCALE
        return [Snippet(text=h.chunk.text, source=h.chunk.source, score=round(h.similarity, 4))
                for h in hits if h.similarity >= floor or h.lexical > 0]

    def retrieve(self, tenant_id: str, query: str, *, tags: Sequence[str] = (),
                 top_k: int = 4) -> builtins.list[Hit]:
        """Ranked hits of the tenant's retrievable chunks in documents tagged `tags`."""
        query = query[:MAX_QUERY_CHARS]
        if not query.strip():
            return []
        index = self.load(tenant_id)
        vector = self.embedder.embed([query])[0]
        return index.search(tokenize(query), vector, tags=frozenset(tags), top_k=top_k)

    def load(self, tenant_id: str) -> TenantIndex:
        """The tenant's index (built or refreshed if needed); `KeyDestroyed` if shredded."""
        try:
            self.vault.current_version(tenant_id)
            return self.cache.get(tenant_id, lambda: self._stored_version(tenant_id),
                                  lambda previous: self._build(tenant_id, previous))
        except KeyDestroyed:
            self.cache.evict(tenant_id)
            raise KeyDestroyed("the tenant's knowledge base cannot be loaded: its data keys "
                               "were destroyed (crypto-shredded)") from None

    # ------------------------------------------------------------------ internals
    def _check_meta(self, tenant_id: str, name: str, tags: Iterable[str],
                    actor: str) -> tuple[str, builtins.list[str]]:
        name = (name or "").strip()
        tag_list = sorted({t.strip() for t in tags if t and t.strip()})
        problem = None
        if not name or len(name) > MAX_NAME:
            problem = f"a document name must be 1 to {MAX_NAME} characters"
        elif len(tag_list) > MAX_TAGS:
            problem = f"at most {MAX_TAGS} tags"
        elif any(not _TAG.match(t) for t in tag_list):
            problem = ("a tag is 1 to 64 letters, digits, '_', '.', ':' or '-' (tags are "
                       "stored in clear: no personal data)")
        if problem:
            exc = InvalidDocument(problem)
            self._rejected(tenant_id, exc, actor, {})
            raise exc
        return name, tag_list

    def _prepare(self, tenant_id: str, doc_id: str, name: str, content: str | bytes,
                 content_type: str | None, actor: str) -> _Prepared:
        size = len(content.encode("utf-8")) if isinstance(content, str) else len(content)
        try:
            ex = extract(content, content_type, name, max_bytes=self.max_bytes,
                         max_chars=self.max_chars)
            chunks = chunk_text(ex.text, structured=ex.structured, max_chars=self.chunk_chars,
                                overlap=self.overlap)
            if not chunks:
                from confide.knowledge.errors import EmptyDocument

                raise EmptyDocument("the document contains no text")
        except InvalidDocument as exc:
            self._rejected(tenant_id, exc, actor, {"bytes": size})
            raise
        verdicts = [self.shield.check_input(c.text, channel="document") for c in chunks]
        vectors = self.embedder.embed([c.indexed_text for c in chunks])
        self.vault.warm(tenant_id)
        rows: builtins.list[dict[str, Any]] = []
        quarantined: Counter[str] = Counter()
        seqs: builtins.list[int] = []
        now = utcnow()
        for c, verdict, vec in zip(chunks, verdicts, vectors, strict=True):
            status = ACTIVE if verdict.allowed else QUARANTINED
            reasons = [] if verdict.allowed else sorted(set(verdict.reasons)) or ["blocked"]
            if status == QUARANTINED:
                quarantined.update(reasons)
                seqs.append(c.seq)
            rows.append(self._chunk_row(tenant_id, doc_id, c, vec, status, reasons, now))
        return _Prepared(len(ex.text), ex.content_type, size, rows, dict(quarantined), seqs)

    def _chunk_row(self, tenant_id: str, doc_id: str, c: Chunk, vec: np.ndarray, status: str,
                   reasons: builtins.list[str], now: datetime) -> dict[str, Any]:
        chunk_id = new_id("kc")
        text = json.dumps({"t": c.text, "h": list(c.headings)}, ensure_ascii=False).encode()
        return {
            "id": chunk_id, "tenant_id": tenant_id, "document_id": doc_id, "seq": c.seq,
            "char_start": c.start, "char_end": c.end, "status": status,
            "reasons": json.dumps(reasons), "created_at": now,
            "text_blob": self.vault.encrypt(tenant_id, records.CHUNK_TEXT.kind or "",
                                            chunk_id, text),
            "vector_blob": self.vault.encrypt(tenant_id, records.CHUNK_VECTOR.kind or "",
                                              chunk_id,
                                              np.asarray(vec, "<f4").tobytes())}

    def _store(self, s: Session, tenant_id: str, doc_id: str, revision: int, p: _Prepared,
               event: str, actor: str) -> None:
        if p.chunk_rows:
            s.execute(insert(KnowledgeChunk), p.chunk_rows)
        _bump(s, tenant_id, self.db.dialect)
        ref = f"document:{doc_id}"
        reason = "knowledge." + event.rsplit(".", 1)[-1]
        self.audit.append(tenant_id, event, actor=actor, reason=reason,
                          subject_ref=ref, details={
                              "document_id": doc_id, "revision": revision,
                              "content_type": p.content_type, "bytes": p.size_bytes,
                              "chunks": len(p.chunk_rows),
                              "quarantined": len(p.quarantined_seqs)}, session=s)
        if p.quarantined_seqs:
            self.audit.append(tenant_id, "knowledge.quarantined", actor=actor,
                              reason=sorted(p.quarantined, key=lambda r: -p.quarantined[r])[0],
                              subject_ref=ref, details={
                                  "document_id": doc_id, "revision": revision,
                                  "chunks": len(p.quarantined_seqs),
                                  "seqs": p.quarantined_seqs[:100],
                                  "reasons": p.quarantined}, session=s)

    def _rejected(self, tenant_id: str, exc: InvalidDocument, actor: str,
                  details: dict[str, Any]) -> None:
        self.audit.append(tenant_id, "knowledge.document.rejected", actor=actor,
                          reason=exc.code, details={"error": exc.code, **details})

    def _find(self, tenant_id: str, document_id: str,
              session: Session | None = None) -> KnowledgeDocument:
        if session is None:
            with self.db.session(readonly=True) as s:
                return self._find(tenant_id, document_id, s)
        doc = session.execute(select(KnowledgeDocument).where(
            KnowledgeDocument.id == document_id,
            KnowledgeDocument.tenant_id == tenant_id)).scalar_one_or_none()
        if doc is None:
            raise DocumentNotFound(owner_tenant_id=_owner(session, document_id))
        return doc

    def _info(self, tenant_id: str, d: KnowledgeDocument,
              chunks: tuple[ChunkPosition, ...] | None = None) -> DocumentInfo:
        return DocumentInfo(
            d.id, self._name(tenant_id, d.id, d.name_blob), d.content_type,
            tuple(json.loads(d.tags)), d.size_bytes, d.chars, d.chunk_count,
            d.quarantined_count, d.revision, d.created_by, d.created_at, d.updated_at, chunks)

    def _name(self, tenant_id: str, doc_id: str, blob: bytes) -> str:
        return self.vault.decrypt(tenant_id, records.DOCUMENT_NAME.kind or "", doc_id,
                                  blob).decode()

    def _chunk_text(self, tenant_id: str, chunk_id: str, blob: bytes
                    ) -> tuple[str, tuple[str, ...]]:
        data = json.loads(self.vault.decrypt(tenant_id, records.CHUNK_TEXT.kind or "",
                                             chunk_id, blob))
        return data["t"], tuple(data["h"])

    def _stored_version(self, tenant_id: str) -> int:
        """The tenant's knowledge version; `KeyDestroyed` once its keys are destroyed (so an
        index cached by this process stops serving within `check_s` of a shred anywhere)."""
        with self.db.session(readonly=True) as s:
            live = s.execute(select(DataKey.id).where(
                DataKey.tenant_id == tenant_id, DataKey.wrapped_key.is_not(None),
                DataKey.destroyed_at.is_(None)).limit(1)).first()
            if live is None:
                raise KeyDestroyed("the tenant has no live data key")
            return int(s.execute(select(KnowledgeState.version).where(
                KnowledgeState.tenant_id == tenant_id)).scalar_one_or_none() or 0)

    def _build(self, tenant_id: str, previous: TenantIndex | None) -> TenantIndex:
        """Decrypt what changed since `previous` and build the tenant's index."""
        with self.db.session(readonly=True) as s:
            version = int(s.execute(select(KnowledgeState.version).where(
                KnowledgeState.tenant_id == tenant_id)).scalar_one_or_none() or 0)
            docs = s.execute(select(KnowledgeDocument.id, KnowledgeDocument.revision,
                                    KnowledgeDocument.tags).where(
                KnowledgeDocument.tenant_id == tenant_id)).all()
            kept: dict[str, DocumentEntry] = {}
            if previous is not None and previous.tenant_id == tenant_id:
                for d in docs:
                    old = previous.documents.get(d.id)
                    if old is not None and old.revision == d.revision:
                        kept[d.id] = old
            todo = {d.id: d for d in docs if d.id not in kept}
            rows: builtins.list[Any] = []
            if todo:
                q = select(KnowledgeChunk.id, KnowledgeChunk.document_id, KnowledgeChunk.seq,
                           KnowledgeChunk.text_blob, KnowledgeChunk.vector_blob).where(
                    KnowledgeChunk.tenant_id == tenant_id, KnowledgeChunk.status == ACTIVE)
                if kept:
                    ids = builtins.list(todo)
                    for i in range(0, len(ids), 500):
                        rows += s.execute(q.where(
                            KnowledgeChunk.document_id.in_(ids[i:i + 500]))).all()
                else:
                    rows = builtins.list(s.execute(q).all())
        by_doc: dict[str, builtins.list[Any]] = {}
        for r in rows:
            by_doc.setdefault(r.document_id, []).append(r)
        dim = self.embedder.dim
        entries = dict(kept)
        for doc_id, d in todo.items():
            chunk_rows = sorted(by_doc.get(doc_id, []), key=lambda r: r.seq)
            entries[doc_id] = self._entry(tenant_id, doc_id, d.revision,
                                          frozenset(json.loads(d.tags)), chunk_rows, dim)
        order = [d.id for d in docs]
        return TenantIndex(tenant_id, version, [entries[i] for i in order], dim)

    def _entry(self, tenant_id: str, doc_id: str, revision: int, tags: frozenset[str],
               rows: Sequence[Any], dim: int) -> DocumentEntry:
        chunks = []
        tokens = []
        vectors = np.zeros((len(rows), dim), np.float32)
        vkind = records.CHUNK_VECTOR.kind or ""
        for i, r in enumerate(rows):
            text, headings = self._chunk_text(tenant_id, r.id, r.text_blob)
            chunk = IndexedChunk(doc_id, r.seq, text, headings)
            chunks.append(chunk)
            indexed = " > ".join(headings) + "\n" + text if headings else text
            tokens.append(tuple(tokenize(indexed)))
            vectors[i] = np.frombuffer(self.vault.decrypt(tenant_id, vkind, r.id,
                                                          r.vector_blob), "<f4")
        return DocumentEntry(doc_id, revision, tags, tuple(chunks), vectors, tuple(tokens))


def _require_tenant(s: Session, tenant_id: str) -> None:
    t = s.get(Tenant, tenant_id)
    if t is None or t.status != "active":
        raise TenantNotFound("no such tenant")


def _owner(s: Session, document_id: str) -> str | None:
    """The tenant that owns a document id (for the audit of a cross-tenant attempt)."""
    return s.execute(select(KnowledgeDocument.tenant_id).where(
        KnowledgeDocument.id == document_id)).scalar_one_or_none()


def _bump(s: Session, tenant_id: str, dialect: str) -> None:
    """Increment the tenant's knowledge version (creating it), atomically on both backends."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert
    stmt = upsert(KnowledgeState).values(tenant_id=tenant_id, version=1, updated_at=utcnow())
    s.execute(stmt.on_conflict_do_update(
        index_elements=[KnowledgeState.tenant_id],
        set_={"version": KnowledgeState.version + 1, "updated_at": utcnow()}))

