"""`/v1/escalations`: the inbox of topics guardrails handed to a person (scope `escalations`)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from confide.agent.conversations import EscalationInfo
from confide.apikeys import Principal
from confide.server.auth import require_scope
from confide.server.deps import get_conversations
from confide.server.routes._runtime import runtime_errors

router = APIRouter(prefix="/v1/escalations", tags=["escalations"])

Operator = Annotated[Principal, Depends(require_scope("escalations"))]
EscalationId = Annotated[str, Path(pattern=r"^esc_[0-9a-f]{28}$")]


class EscalationList(BaseModel):
    escalations: list[EscalationInfo]


class Resolve(BaseModel):
    model_config = ConfigDict(extra="forbid")

    resolution: Literal["handled", "no_action", "referred"] = "handled"
    note: str | None = Field(default=None, max_length=4000)


@router.get("", response_model=EscalationList)
def list_escalations(request: Request, principal: Operator,
                     status: Annotated[Literal["open", "resolved"] | None, Query()] = None,
                     limit: Annotated[int, Query(ge=1, le=500)] = 100) -> EscalationList:
    """Escalations of the caller's tenant, newest first."""
    rows = get_conversations(request).escalations(principal.tenant_id, status, limit)
    return EscalationList(escalations=rows)


@router.post("/{escalation_id}/resolve", response_model=EscalationInfo)
def resolve_escalation(request: Request, escalation_id: EscalationId, body: Resolve,
                       principal: Operator) -> EscalationInfo:
    """Mark an escalation resolved, by the caller, with an optional note (stored encrypted)."""
    with runtime_errors(request, principal, escalation_id):
        esc = get_conversations(request).resolve_escalation(
            principal.tenant_id, escalation_id, actor=principal.actor,
            resolution=body.resolution, note=body.note)
    return esc
