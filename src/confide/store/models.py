"""SQLAlchemy 2 models of the foundation tables.

Later issues add their own models on the same `Base` and their own migrations.
Times are timezone-aware UTC (`UTCDateTime`); audit times are integer microseconds since
the epoch so that the hashed form of an event is exact on every backend.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: An auto-incrementing 64-bit key (SQLite needs INTEGER for its rowid alias).
BigIntPK = BigInteger().with_variant(Integer, "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """A datetime stored with time zone and always returned as aware UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    """The current time, aware UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base of every Confide model."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Tenant(Base):
    """A customer organisation; every other row belongs to one."""

    __tablename__ = "tenants"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="active")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class DataKey(Base):
    """One version of a tenant's data key, wrapped by the master key (NULL once destroyed)."""

    __tablename__ = "data_keys"
    __table_args__ = (UniqueConstraint("tenant_id", "version"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    wrapped_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    provider_key_id: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    destroyed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class PlatformKey(Base):
    """A platform-wide secret (e.g. the audit root key), wrapped by the master key."""

    __tablename__ = "platform_keys"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    provider_key_id: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ApiKey(Base):
    """An API key of a tenant: the argon2id hash of its secret, its scopes and lifetime."""

    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    scopes: Mapped[str] = mapped_column(String(400))
    secret_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AuditHead(Base):
    """The head of one tenant's audit chain; appends lock this row so the chain never forks."""

    __tablename__ = "audit_heads"

    tenant_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    hash: Mapped[str] = mapped_column(String(64))


class AuditEvent(Base):
    """One hash-chained audit event. `tenant_id` is not a foreign key: events outlive tenants."""

    __tablename__ = "audit_events"
    __table_args__ = (UniqueConstraint("tenant_id", "seq"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    tenant_id: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(BigInteger)
    ts_us: Mapped[int] = mapped_column(BigInteger)
    actor: Mapped[str] = mapped_column(String(200))
    event_type: Mapped[str] = mapped_column(String(100), index=True)
    reason: Mapped[str] = mapped_column(String(100))
    subject_ref: Mapped[str | None] = mapped_column(String(200), nullable=True)
    details: Mapped[str] = mapped_column(Text, default="{}")
    retention_class: Mapped[str] = mapped_column(String(32))
    expires_us: Mapped[int] = mapped_column(BigInteger, index=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    @property
    def ts(self) -> datetime:
        """Event time, aware UTC."""
        return datetime.fromtimestamp(self.ts_us / 1_000_000, UTC)

    @property
    def expires_at(self) -> datetime:
        """When the retention sweep may delete this event."""
        return datetime.fromtimestamp(self.expires_us / 1_000_000, UTC)

    def details_dict(self) -> dict[str, Any]:
        """The (already redacted) details as a dict."""
        import json

        return json.loads(self.details or "{}")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view (the export and API format)."""
        return {
            "tenant_id": self.tenant_id,
            "seq": self.seq,
            "ts": self.ts.isoformat().replace("+00:00", "Z"),
            "actor": self.actor,
            "event_type": self.event_type,
            "reason": self.reason,
            "subject_ref": self.subject_ref,
            "details": self.details_dict(),
            "retention_class": self.retention_class,
            "expires_at": self.expires_at.isoformat().replace("+00:00", "Z"),
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


class AuditCheckpoint(Base):
    """An HMAC-signed record of a retention sweep: the ranges it deleted and the head it saw.

    Checkpoints of a tenant are chained by `prev_mac`, so dropping one is detectable.
    `gaps` is JSON: `[[first_seq, last_seq, prev_hash_of_first, hash_of_last], ...]`.
    """

    __tablename__ = "audit_checkpoints"
    __table_args__ = (UniqueConstraint("tenant_id", "cp_seq"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    tenant_id: Mapped[str] = mapped_column(String(64), index=True)
    cp_seq: Mapped[int] = mapped_column(Integer)
    created_us: Mapped[int] = mapped_column(BigInteger)
    head_seq: Mapped[int] = mapped_column(BigInteger)
    head_hash: Mapped[str] = mapped_column(String(64))
    gaps: Mapped[str] = mapped_column(Text, default="[]")
    deleted_count: Mapped[int] = mapped_column(BigInteger, default=0)
    prev_mac: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64))


class EncryptedRecord(Base):
    """A generic encrypted blob of a tenant (used by tests and small features)."""

    __tablename__ = "encrypted_records"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    kind: Mapped[str] = mapped_column(String(64))
    blob: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


# --------------------------------------------------------------------------- runtime
# Conversation text, persona specs, pseudonym maps and webhook bodies are vault ciphertext
# (`*_blob`); what stays in clear is what an operator may filter on without the key.


class PersonaRecord(Base):
    """One version of a tenant's persona (the spec is encrypted: prompts are confidential)."""

    __tablename__ = "personas"
    __table_args__ = (UniqueConstraint("tenant_id", "name", "version"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    spec_blob: Mapped[bytes] = mapped_column(LargeBinary)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Conversation(Base):
    """A conversation of one subject with one persona version.

    `subject_ref` is a keyed hash of the subject id (for lookup and erasure); the id itself
    is in `subject_blob`. `state_blob` holds objective state, the pseudonym map, the canary
    and the backend's scratch state. `turns` is the optimistic-concurrency version.
    """

    __tablename__ = "conversations"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    persona_name: Mapped[str] = mapped_column(String(64))
    persona_version: Mapped[int] = mapped_column(Integer)
    subject_ref: Mapped[str] = mapped_column(String(64), index=True)
    subject_blob: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(16), default="active")
    consent: Mapped[str] = mapped_column(Text, default="{}")
    residency_storage: Mapped[str] = mapped_column(String(64))
    residency_inference: Mapped[str] = mapped_column(String(64))
    state_blob: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    turns: Mapped[int] = mapped_column(Integer, default=0)
    escalated: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class MessageRecord(Base):
    """One message of a transcript: the text as said and a redacted copy for operators,
    both encrypted; the turn's verdicts (reason codes, no text) in clear."""

    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("conversation_id", "seq"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(16))
    text_blob: Mapped[bytes] = mapped_column(LargeBinary)
    redacted_blob: Mapped[bytes] = mapped_column(LargeBinary)
    verdicts: Mapped[str] = mapped_column(Text, default="[]")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Escalation(Base):
    """A topic handed to a person by an `escalate` guardrail."""

    __tablename__ = "escalations"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    conversation_id: Mapped[str | None] = mapped_column(ForeignKey("conversations.id"),
                                                        nullable=True, index=True)
    persona_name: Mapped[str] = mapped_column(String(64))
    guardrail: Mapped[str] = mapped_column(String(64))
    stage: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    note_blob: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class WebhookDelivery(Base):
    """One webhook to deliver (signed JSON body, encrypted at rest), retried with backoff."""

    __tablename__ = "webhook_deliveries"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    conversation_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    event_type: Mapped[str] = mapped_column(String(64))
    url: Mapped[str] = mapped_column(String(2000))
    body_blob: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    last_status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_error: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class WebhookAttempt(Base):
    """One delivery attempt: when, the HTTP status or error class, how long it took."""

    __tablename__ = "webhook_attempts"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    tenant_id: Mapped[str] = mapped_column(String(64), index=True)
    delivery_id: Mapped[str] = mapped_column(ForeignKey("webhook_deliveries.id"), index=True)
    attempt: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    error: Mapped[str | None] = mapped_column(String(200), nullable=True)
    duration_ms: Mapped[float] = mapped_column(default=0.0)


# --------------------------------------------------------------------------- knowledge
# The per-tenant knowledge base (`confide.knowledge`). Chunk text, heading paths, embedding
# vectors and document names are vault ciphertext; tags, content type, sizes, counts and
# character spans stay in clear (operators filter on tags; tags must not carry personal data).


class KnowledgeState(Base):
    """A tenant's knowledge version: bumped on every document change so that every server
    process rebuilds its in-memory index of the tenant."""

    __tablename__ = "knowledge_state"

    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class KnowledgeDocument(Base):
    """One document of a tenant's knowledge base (its name encrypted, its tags in clear)."""

    __tablename__ = "knowledge_documents"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    name_blob: Mapped[bytes] = mapped_column(LargeBinary)
    content_type: Mapped[str] = mapped_column(String(100))
    tags: Mapped[str] = mapped_column(Text, default="[]")
    size_bytes: Mapped[int] = mapped_column(Integer)
    chars: Mapped[int] = mapped_column(Integer)
    chunk_count: Mapped[int] = mapped_column(Integer, default=0)
    quarantined_count: Mapped[int] = mapped_column(Integer, default=0)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class KnowledgeChunk(Base):
    """One chunk of a document: its text and heading path (`text_blob`) and its embedding
    (`vector_blob`) encrypted; its character span and quarantine status in clear."""

    __tablename__ = "knowledge_chunks"
    __table_args__ = (UniqueConstraint("document_id", "seq"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("knowledge_documents.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    char_start: Mapped[int] = mapped_column(Integer)
    char_end: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="active")
    reasons: Mapped[str] = mapped_column(Text, default="[]")
    text_blob: Mapped[bytes] = mapped_column(LargeBinary)
    vector_blob: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


# --------------------------------------------------------------------------- memories
# Facts carried to a subject's next conversation with a persona (confide.memory). The fact is
# vault ciphertext; the subject appears only as its keyed hash.


class MemoryRecord(Base):
    """One remembered fact of a (tenant, persona, subject): pseudonymised text encrypted in
    `fact_blob`, the conversation it came from and when it expires in clear."""

    __tablename__ = "memories"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    persona_name: Mapped[str] = mapped_column(String(64))
    subject_ref: Mapped[str] = mapped_column(String(64), index=True)
    source_conversation: Mapped[str | None] = mapped_column(String(32), nullable=True)
    fact_blob: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


# --------------------------------------------------------------------------- tools
# Proposed tool calls that were allowed or held for a person (`confide.tools`). Arguments,
# the tool declaration, the approver's note and the result are vault ciphertext; the reason
# codes and the provenance of each argument (paths and labels, never values) stay in clear.


class ToolAction(Base):
    """One tool call: held for approval, or allowed by the policy, and what became of it."""

    __tablename__ = "tool_actions"
    __table_args__ = (UniqueConstraint("idempotency_key"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    conversation_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    tool: Mapped[str] = mapped_column(String(64))
    effect: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), index=True)
    args_blob: Mapped[bytes] = mapped_column(LargeBinary)
    spec_blob: Mapped[bytes] = mapped_column(LargeBinary)
    reasons: Mapped[str] = mapped_column(Text, default="[]")
    decision: Mapped[str] = mapped_column(Text, default="{}")
    idempotency_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    reason_blob: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    executed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    result_status: Mapped[str | None] = mapped_column(String(64), nullable=True)
    result_blob: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
