"""`/v1/documents`: the tenant's knowledge base (scope `documents`).

`POST` takes JSON `{name, text, tags, content_type?}` or a multipart upload (`file`, `tags`
comma-separated, optional `name`); `PUT /{id}` replaces a document the same way. Another
tenant's document id answers the same 404 as an unknown one. A refused upload (unsupported
type, empty, too large, malformed) stores nothing and is audited with its reason code.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from confide.apikeys import Principal
from confide.knowledge import (
    DocumentInfo,
    DocumentNotFound,
    InvalidDocument,
    KnowledgeBase,
    UnsupportedContentType,
)
from confide.knowledge.extract import resolve_content_type
from confide.server.auth import not_found, require_scope
from confide.server.deps import get_services
from confide.server.errors import ApiError, validation_message

router = APIRouter(prefix="/v1/documents", tags=["documents"])

Caller = Annotated[Principal, Depends(require_scope("documents"))]
DocumentId = Annotated[str, Path(pattern=r"^doc_[0-9a-f]{28}$", description="The document id.")]


class DocumentIn(BaseModel):
    """A document given as text (`content_type` defaults from the name, else plain text)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1)
    tags: list[str] = Field(default=[], max_length=32)
    content_type: str | None = Field(default=None, max_length=100)


class DocumentUpdate(BaseModel):
    """A replacement: new text; name and tags stay unless given."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    name: str | None = Field(default=None, min_length=1, max_length=200)
    tags: list[str] | None = Field(default=None, max_length=32)
    content_type: str | None = Field(default=None, max_length=100)


class ChunkOut(BaseModel):
    seq: int
    headings: list[str]
    start: int
    end: int
    status: str
    reasons: list[str]


class DocumentOut(BaseModel):
    """A document's metadata (never its text)."""

    id: str
    name: str
    content_type: str
    tags: list[str]
    size_bytes: int
    chars: int
    chunk_count: int
    quarantined_count: int
    revision: int
    created_by: str
    created_at: str
    updated_at: str
    chunks: list[ChunkOut] | None = None

    @classmethod
    def of(cls, info: DocumentInfo) -> DocumentOut:
        return cls.model_validate(info.to_dict())


class DocumentList(BaseModel):
    documents: list[DocumentOut]


class QuarantinedOut(BaseModel):
    chunk_id: str
    document_id: str
    document_name: str
    source: str
    seq: int
    headings: list[str]
    start: int
    end: int
    reasons: list[str]
    text: str | None = None


class QuarantineList(BaseModel):
    chunks: list[QuarantinedOut]


def _kb(request: Request) -> KnowledgeBase:
    return get_services(request).knowledge


def _reject(request: Request, principal: Principal, status: int, code: str,
            message: str) -> ApiError:
    """Audit a malformed request (no content) and return its error."""
    get_services(request).audit.append(
        principal.tenant_id, "knowledge.document.rejected", actor=principal.actor,
        reason=f"knowledge.{code}", details={"error": f"knowledge.{code}"})
    return ApiError(status, code, message, reason=f"knowledge.{code}")


async def _read_upload(request: Request, principal: Principal, *, replace: bool
                       ) -> dict[str, Any]:
    """The upload as keyword arguments of `ingest`/`replace`, from JSON or multipart."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json":
        raw = await request.body()
        try:
            model = (DocumentUpdate if replace else DocumentIn).model_validate_json(raw)
        except ValidationError as exc:
            raise await run_in_threadpool(
                _reject, request, principal, 422, "validation_error",
                validation_message(exc.errors())) from None
        return {"name": model.name, "content": model.text, "tags": model.tags,
                "content_type": model.content_type}
    if ctype == "multipart/form-data":
        form = await request.form(max_files=1, max_fields=8)
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise await run_in_threadpool(_reject, request, principal, 422, "validation_error",
                                          "file: a multipart upload needs a `file` part")
        content = await upload.read()
        name = form.get("name") or ("" if replace else upload.filename or "")
        tags_field = form.get("tags")
        tags = ([t for t in str(tags_field).split(",") if t.strip()]
                if tags_field is not None else (None if replace else []))
        try:  # the file name tells the type when the browser sends a generic one
            content_type = resolve_content_type(upload.content_type, upload.filename)
        except UnsupportedContentType:
            content_type = upload.content_type  # refused and audited by the service
        return {"name": str(name) if name or not replace else None, "content": content,
                "tags": tags, "content_type": content_type}
    raise await run_in_threadpool(
        _reject, request, principal, 415, "unsupported_media_type",
        "send application/json or multipart/form-data")


def _invalid(exc: InvalidDocument) -> ApiError:
    code = exc.code.removeprefix("knowledge.")
    return ApiError(exc.status, code, str(exc), reason=exc.code)


@router.post("", response_model=DocumentOut, status_code=201)
async def create_document(request: Request, principal: Caller) -> DocumentOut:
    """Ingest a document: extracted, chunked, scanned (injected chunks are quarantined),
    embedded and stored encrypted."""
    args = await _read_upload(request, principal, replace=False)
    try:
        info = await run_in_threadpool(
            _kb(request).ingest, principal.tenant_id, args["name"], args["content"],
            args["content_type"], args["tags"], actor=principal.actor)
    except InvalidDocument as exc:
        raise _invalid(exc) from None
    return DocumentOut.of(info)


@router.get("", response_model=DocumentList)
def list_documents(request: Request, principal: Caller,
                   tag: Annotated[str | None, Query(max_length=64)] = None) -> DocumentList:
    """The tenant's documents (metadata), oldest first; `?tag=` filters."""
    return DocumentList(documents=[DocumentOut.of(d)
                                   for d in _kb(request).list(principal.tenant_id, tag=tag)])


@router.get("/quarantine", response_model=QuarantineList)
def list_quarantine(request: Request, principal: Caller,
                    include_text: Annotated[bool, Query(
                        description="Include the held text for the reviewer.")] = False,
                    ) -> QuarantineList:
    """Chunks held for review (the Shield did not allow them): where they are and why."""
    held = _kb(request).quarantined(principal.tenant_id, include_text=include_text)
    return QuarantineList(chunks=[QuarantinedOut.model_validate(c.to_dict()) for c in held])


@router.get("/{document_id}", response_model=DocumentOut, response_model_exclude_none=True)
def get_document(request: Request, document_id: DocumentId, principal: Caller,
                 chunks: Annotated[bool, Query(description="Include chunk positions.")]
                 = False) -> DocumentOut:
    """A document's metadata, chunk and quarantine counts (and chunk positions)."""
    try:
        return DocumentOut.of(_kb(request).get(principal.tenant_id, document_id,
                                               chunks=chunks))
    except DocumentNotFound as exc:
        raise not_found(request, principal, "document", document_id,
                        owner_tenant_id=exc.owner_tenant_id) from None


@router.put("/{document_id}", response_model=DocumentOut)
async def replace_document(request: Request, document_id: DocumentId,
                           principal: Caller) -> DocumentOut:
    """Replace a document's content (same id, next revision)."""
    args = await _read_upload(request, principal, replace=True)
    try:
        info = await run_in_threadpool(
            _kb(request).replace, principal.tenant_id, document_id, args["content"],
            args["content_type"], args["tags"], name=args["name"], actor=principal.actor)
    except DocumentNotFound as exc:
        raise await run_in_threadpool(not_found, request, principal, "document", document_id,
                                      owner_tenant_id=exc.owner_tenant_id) from None
    except InvalidDocument as exc:
        raise _invalid(exc) from None
    return DocumentOut.of(info)


@router.delete("/{document_id}", status_code=204)
def delete_document(request: Request, document_id: DocumentId, principal: Caller) -> Response:
    """Delete a document and its chunks."""
    try:
        _kb(request).delete(principal.tenant_id, document_id, actor=principal.actor)
    except DocumentNotFound as exc:
        raise not_found(request, principal, "document", document_id,
                        owner_tenant_id=exc.owner_tenant_id) from None
    return Response(status_code=204)
