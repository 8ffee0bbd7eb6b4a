"""The knowledge base's errors; each carries a stable reason `code` for audit and APIs."""

from __future__ import annotations

from confide.store.errors import NotFound


class KnowledgeError(Exception):
    """Base of the knowledge base's errors."""

    code = "knowledge.error"


class InvalidDocument(KnowledgeError, ValueError):
    """An upload that cannot become a document (nothing is stored)."""

    code = "knowledge.invalid"
    status = 422


class UnsupportedContentType(InvalidDocument):
    """Not text, Markdown, HTML or PDF."""

    code = "knowledge.unsupported_type"
    status = 415


class DocumentTooLarge(InvalidDocument):
    """Over the byte or character limit."""

    code = "knowledge.too_large"
    status = 413


class EmptyDocument(InvalidDocument):
    """No text to index."""

    code = "knowledge.empty"
    status = 422


class UnreadableDocument(InvalidDocument):
    """Malformed: bad UTF-8, a broken or encrypted PDF."""

    code = "knowledge.unreadable"
    status = 422


class DocumentNotFound(KnowledgeError, NotFound):
    """No document with that id in this tenant (another tenant's id looks the same).

    `owner_tenant_id` names the tenant that does own the id, for the audit of a cross-tenant
    attempt only; it is never shown to the caller."""

    code = "knowledge.not_found"

    def __init__(self, message: str = "document not found", *,
                 owner_tenant_id: str | None = None) -> None:
        super().__init__(message)
        self.owner_tenant_id = owner_tenant_id
