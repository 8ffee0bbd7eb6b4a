"""`/v1/audit`: read and verify the caller's own tenant's audit chain (scope `audit:read`)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel

from confide.apikeys import Principal
from confide.server.auth import require_scope
from confide.server.deps import get_services

router = APIRouter(prefix="/v1/audit", tags=["audit"])

Reader = Annotated[Principal, Depends(require_scope("audit:read"))]


class EventPage(BaseModel):
    events: list[dict[str, Any]]
    next_after_seq: int


class Verification(BaseModel):
    ok: bool
    tenant_id: str | None
    first_bad_seq: int | None
    checked: int
    problem: str | None
    head_seq: int


@router.get("/events", response_model=EventPage)
def list_events(
    request: Request,
    principal: Reader,
    after_seq: Annotated[int, Query(ge=0, description="Return events after this seq.")] = 0,
    limit: Annotated[int, Query(ge=1, le=1000, description="Page size.")] = 100,
) -> EventPage:
    """Events of the caller's tenant with `seq > after_seq`, oldest first."""
    events = get_services(request).audit.events(principal.tenant_id, after_seq, limit)
    return EventPage(
        events=[e.to_dict() for e in events],
        next_after_seq=events[-1].seq if events else after_seq,
    )


@router.get("/verify", response_model=Verification)
def verify(request: Request, principal: Reader) -> Verification:
    """Verify the caller's tenant's chain (HMACs, links, checkpoints, head)."""
    r = get_services(request).audit.verify(principal.tenant_id)
    return Verification(
        ok=r.ok,
        tenant_id=r.tenant_id,
        first_bad_seq=r.first_bad_seq,
        checked=r.checked,
        problem=r.problem,
        head_seq=r.head_seq,
    )
