"""`/v1/approvals`: the queue of tool calls held for a person (scope `approvals`).

A pending action shows the tool, its validated arguments (decrypted for the approver), why
it was held and where each argument came from. The approver is the calling key; another
tenant's action is the same 404 as an unknown one. An approved action runs once, in the
background of the approving request (any server's worker may also pick it up).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, BackgroundTasks, Depends, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from confide.apikeys import Principal
from confide.server.auth import not_found, require_scope
from confide.server.deps import get_services
from confide.server.errors import ApiError
from confide.server.logging import get_logger
from confide.tools.approvals import ActionConflict, ActionInfo, ActionNotFound, ApprovalService

router = APIRouter(prefix="/v1/approvals", tags=["approvals"])

Approver = Annotated[Principal, Depends(require_scope("approvals"))]
ActionId = Annotated[str, Path(pattern=r"^ta_[0-9a-f]{29}$", description="Action id.")]
_log = get_logger("server.approvals")


class ActionOut(BaseModel):
    """A tool action as an approver sees it."""

    model_config = ConfigDict(extra="forbid")

    action_id: str
    conversation_id: str | None
    tool: str
    effect: str
    status: str
    arguments: dict[str, Any] | None = Field(
        description="The validated arguments (null when they cannot be decrypted).")
    reasons: list[str] = Field(description="Why the call was held (reason codes).")
    findings: list[dict[str, Any]] = Field(
        description="Each reason with the argument paths and provenance that decided it.")
    provenance: list[dict[str, Any]] = Field(
        description="Where each argument value came from: user, system, untrusted, generated.")
    created_at: datetime
    expires_at: datetime
    decided_at: datetime | None
    decided_by: str | None
    decision_reason: str | None
    executed_at: datetime | None
    result_status: str | None

    @classmethod
    def of(cls, a: ActionInfo) -> ActionOut:
        return cls(action_id=a.action_id, conversation_id=a.conversation_id, tool=a.tool,
                   effect=a.effect, status=a.status, arguments=a.arguments, reasons=a.reasons,
                   findings=a.findings, provenance=a.provenance, created_at=a.created_at,
                   expires_at=a.expires_at, decided_at=a.decided_at, decided_by=a.decided_by,
                   decision_reason=a.decision_reason, executed_at=a.executed_at,
                   result_status=a.result_status)


class ActionList(BaseModel):
    actions: list[ActionOut]


class Decision(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str | None = Field(default=None, max_length=2000,
                               description="Why (stored encrypted, never audited).")


Status = Literal["pending", "approved", "denied", "expired", "running", "executed", "failed"]


def _approvals(request: Request) -> ApprovalService:
    return get_services(request).approvals


@router.get("", response_model=ActionList)
def list_actions(request: Request, principal: Approver,
                 status: Annotated[Status | None, Query()] = "pending",
                 limit: Annotated[int, Query(ge=1, le=500)] = 100) -> ActionList:
    """The caller's tenant's actions (default: pending), oldest first."""
    rows = _approvals(request).list(principal.tenant_id, status, limit=limit)
    return ActionList(actions=[ActionOut.of(a) for a in rows])


@router.get("/{action_id}", response_model=ActionOut)
def get_action(request: Request, action_id: ActionId, principal: Approver) -> ActionOut:
    """One action of the caller's tenant."""
    try:
        return ActionOut.of(_approvals(request).get(principal.tenant_id, action_id))
    except ActionNotFound as exc:
        raise not_found(request, principal, "tool_action", action_id,
                        owner_tenant_id=exc.owner_tenant_id) from None


def _run_approved(svc: ApprovalService) -> None:
    try:
        svc.run_approved()
    except Exception as exc:  # the action stays approved for the next pass; log the class
        _log.warning("running approved tool actions failed",
                     extra={"event": "tool.run_failed", "reason": type(exc).__name__})


def _decide(request: Request, action_id: str, principal: Principal, body: Decision,
            verdict: Literal["approve", "deny"]) -> ActionOut:
    svc = _approvals(request)
    fn = svc.approve if verdict == "approve" else svc.deny
    try:
        info = fn(principal.tenant_id, action_id, principal.actor, body.reason)
    except ActionNotFound as exc:
        raise not_found(request, principal, "tool_action", action_id,
                        owner_tenant_id=exc.owner_tenant_id) from None
    except ActionConflict as exc:
        raise ApiError(409, exc.code.replace(".", "_"), str(exc), reason=exc.code) from None
    return ActionOut.of(info)


@router.post("/{action_id}/approve", response_model=ActionOut)
def approve_action(request: Request, action_id: ActionId, body: Decision, principal: Approver,
                   background: BackgroundTasks) -> ActionOut:
    """Approve a pending action as the calling key; it then runs exactly once."""
    out = _decide(request, action_id, principal, body, "approve")
    background.add_task(_run_approved, _approvals(request))
    return out


@router.post("/{action_id}/deny", response_model=ActionOut)
def deny_action(request: Request, action_id: ActionId, body: Decision,
                principal: Approver) -> ActionOut:
    """Deny a pending action as the calling key; it never runs."""
    return _decide(request, action_id, principal, body, "deny")
