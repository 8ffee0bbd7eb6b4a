"""Tool actions: calls the policy allowed (run now) or held for a person (run once approved).

A `tool_actions` row moves through

    pending ──approve──▶ approved ──claim──▶ running ──▶ executed | failed
       │ └──deny──▶ denied
       └──expire──▶ expired
    (allowed by the policy: inserted as running, executed at once)

`run_approved` claims approved rows with `SELECT ... FOR UPDATE SKIP LOCKED` (PostgreSQL;
SQLite's `BEGIN IMMEDIATE` serialises claimers) and moves them to `running` in the same
transaction, so several servers sharing one database execute each approval exactly once;
the call carries the row's idempotency key. A process that dies mid-call leaves the row
`running` until its lease ends; `expire` then marks it `failed` (`tool.interrupted`) and it
is never retried automatically: the outcome of an irreversible call is unknown, so a person
decides. Every decision is audited with reason codes and argument provenance, never values.
"""

from __future__ import annotations

import builtins
import hashlib
import json
import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from confide.agent.records import new_id
from confide.audit import AuditLog
from confide.store.db import Database
from confide.store.models import ToolAction, utcnow
from confide.tools.executors import (
    ExecutionRequest,
    Executor,
    Executors,
    HttpExecutor,
    PythonExecutor,
    ToolExecutionError,
    ToolResult,
)
from confide.tools.policy import Outcome, RateCounts, ToolDecision
from confide.tools.records import TOOL_ARGUMENTS, TOOL_DECISION_REASON, TOOL_RESULT, TOOL_SPEC
from confide.tools.spec import ToolSpec
from confide.vault import Vault, VaultError
from confide.workers import PollingWorker

__all__ = [
    "PYTHON_MODULES_ENV",
    "STATUSES",
    "ActionConflict",
    "ActionInfo",
    "ActionNotFound",
    "ActionOutcome",
    "ApprovalService",
    "ApprovalWorker",
    "RateLimitReached",
    "Submission",
]


STATUSES = ("pending", "approved", "denied", "expired", "running", "executed", "failed")
TERMINAL = ("denied", "expired", "executed", "failed")
#: Comma-separated module prefixes whose functions Python tools may call.
PYTHON_MODULES_ENV = "CONFIDE_TOOL_PYTHON_MODULES"
ACTOR = "system:tools"

_K_ARGS = TOOL_ARGUMENTS.kind or "tool.arguments"
_K_SPEC = TOOL_SPEC.kind or "tool.spec"
_K_REASON = TOOL_DECISION_REASON.kind or "tool.decision_reason"
_K_RESULT = TOOL_RESULT.kind or "tool.result"


class ActionNotFound(LookupError):
    """No action with that id belongs to the tenant (`owner_tenant_id`: whose it is, if any)."""

    def __init__(self, owner_tenant_id: str | None = None) -> None:
        super().__init__("no such tool action")
        self.owner_tenant_id = owner_tenant_id


class RateLimitReached(RuntimeError):
    """The tool's rate limit was reached between the policy's count and the insert."""


class ActionConflict(RuntimeError):
    """The action cannot be decided now (already decided, expired). `code` is a reason code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class ActionInfo:
    """An action as an approver sees it (arguments decrypted; the result never)."""

    action_id: str
    tenant_id: str
    conversation_id: str | None
    tool: str
    effect: str
    status: str
    arguments: dict[str, Any] | None = field(repr=False)
    reasons: list[str]
    findings: list[dict[str, Any]]
    provenance: list[dict[str, Any]]
    created_at: datetime
    expires_at: datetime
    decided_at: datetime | None
    decided_by: str | None
    decision_reason: str | None = field(repr=False)
    executed_at: datetime | None
    result_status: str | None


@dataclass(frozen=True, slots=True)
class ActionOutcome:
    """What became of an action, for the conversation (the result is untrusted text)."""

    action_id: str
    tool: str
    status: str
    result_status: str | None
    result: str | None = field(repr=False)


@dataclass(frozen=True, slots=True)
class Submission:
    """What `submit` did with a decision: refused, held (`action_id`), or ran it."""

    outcome: Outcome
    action_id: str | None = None
    status: str | None = None  # pending | executed | failed
    result: ToolResult | None = field(default=None, repr=False)
    error_code: str | None = None


@dataclass(frozen=True, slots=True)
class _Claimed:
    action_id: str
    tenant_id: str
    conversation_id: str | None
    tool: str
    idempotency_key: str
    args_blob: bytes
    spec_blob: bytes


def python_modules_from_env() -> tuple[str, ...]:
    """The module prefixes `CONFIDE_TOOL_PYTHON_MODULES` allows (none when unset)."""
    raw = os.environ.get(PYTHON_MODULES_ENV, "")
    return tuple(m.strip() for m in raw.split(",") if m.strip())


def _dump(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"),
                      sort_keys=True).encode("utf-8")


class ApprovalService:
    """Hold, list, approve, deny, expire and execute a tenant's tool actions.

    `executor` runs calls (default: signed HTTP with `secret_for(tenant_id)` as the key, and
    Python functions from `python_modules`, default `CONFIDE_TOOL_PYTHON_MODULES`).
    `lease_s` is how long a running call may take before `expire` calls it interrupted.
    """

    def __init__(self, db: Database, vault: Vault, audit: AuditLog, *,
                 executor: Executor | None = None,
                 secret_for: Callable[[str], bytes] | None = None,
                 python_modules: Sequence[str] | None = None,
                 lease_s: float = 900.0) -> None:
        self.db = db
        self.vault = vault
        self.audit = audit
        self.lease_s = lease_s
        if executor is None:
            def no_secret(_: str) -> bytes:
                raise LookupError("no signing key source configured")

            modules = python_modules_from_env() if python_modules is None else python_modules
            executor = Executors(HttpExecutor(secret_for or no_secret),
                                 PythonExecutor(modules))
        self.executor = executor

    # -- the runtime's entry points ------------------------------------------------------
    def submit(self, tenant_id: str, conversation_id: str | None, spec: ToolSpec | None,
               decision: ToolDecision, *, now: datetime | None = None) -> Submission:
        """Act on a policy decision: audit a refusal, store a hold, or run an allowed call
        now (recorded like an approved one, so it counts toward rate limits). `spec` may be
        None only for a refusal (an undeclared tool)."""
        if decision.outcome is Outcome.REFUSE or spec is None:
            return self._refused(tenant_id, conversation_id, decision, decision.reasons[0])
        try:
            if decision.outcome is Outcome.HOLD:
                action_id = self.hold(tenant_id, conversation_id, spec, decision, now=now)
                return Submission(Outcome.HOLD, action_id, "pending")
            action_id, claimed = self._insert(tenant_id, conversation_id, spec, decision,
                                              status="running", now=now)
        except RateLimitReached:
            return self._refused(tenant_id, conversation_id, decision, "tool.rate_limited")
        status, result, code = self._execute(claimed)
        return Submission(Outcome.ALLOW, action_id, status, result, code)

    def _refused(self, tenant_id: str, conversation_id: str | None, decision: ToolDecision,
                 reason: str) -> Submission:
        self.audit.append(tenant_id, "tool.refused", actor=ACTOR, reason=reason,
                          details=self._details(decision, conversation_id))
        return Submission(Outcome.REFUSE, error_code=reason)

    def hold(self, tenant_id: str, conversation_id: str | None, spec: ToolSpec,
             decision: ToolDecision, *, now: datetime | None = None) -> str:
        """Store a held call as `pending` (expires after the tool's `approval_ttl_s`);
        returns the action id. Raises `RateLimitReached` when the tool's limit was reached
        since the policy counted."""
        if decision.outcome is not Outcome.HOLD:
            raise ValueError("only a held decision is stored as pending")
        action_id, _ = self._insert(tenant_id, conversation_id, spec, decision,
                                    status="pending", now=now)
        return action_id

    def rate_counts(self, tenant_id: str, conversation_id: str | None, spec: ToolSpec, *,
                    now: datetime | None = None) -> RateCounts:
        """The calls of `spec` counted so far: in the conversation, and by the tenant in the
        last `rate_limit.window_s` seconds (allowed and held calls count)."""
        with self.db.session(readonly=True) as s:
            return self._counts(s, tenant_id, conversation_id, spec, now or utcnow())

    @staticmethod
    def _counts(s: Session, tenant_id: str, conversation_id: str | None, spec: ToolSpec,
                now: datetime) -> RateCounts:
        since = now - timedelta(seconds=spec.rate_limit.window_s)
        base = select(func.count()).select_from(ToolAction).where(
            ToolAction.tenant_id == tenant_id, ToolAction.tool == spec.name)
        conv = 0
        if conversation_id is not None:
            conv = s.execute(base.where(ToolAction.conversation_id == conversation_id)
                             ).scalar_one()
        tenant = s.execute(base.where(ToolAction.created_at > since)).scalar_one()
        return RateCounts(int(conv), int(tenant))

    def _within_limits(self, s: Session, tenant_id: str, conversation_id: str | None,
                       spec: ToolSpec, now: datetime) -> bool:
        """Count again inside the inserting transaction, serialised per (tenant, tool): on
        PostgreSQL by a transaction-scoped advisory lock, on SQLite by `BEGIN IMMEDIATE`.
        Two servers that both passed the policy's count cannot both take the last call."""
        limit = spec.rate_limit
        if limit.per_conversation is None and limit.per_tenant is None:
            return True
        if self.db.dialect == "postgresql":
            key = int.from_bytes(hashlib.blake2b(f"{tenant_id}\0{spec.name}".encode(),
                                                 digest_size=8).digest(), "big", signed=True)
            s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})
        counts = self._counts(s, tenant_id, conversation_id, spec, now)
        return not ((limit.per_conversation is not None
                     and counts.conversation >= limit.per_conversation)
                    or (limit.per_tenant is not None and counts.tenant >= limit.per_tenant))

    def outcomes(self, tenant_id: str, conversation_id: str, *, mark: bool = True,
                 limit: int = 50) -> builtins.list[ActionOutcome]:
        """Settled actions of a conversation not yet reported to it (marked reported when
        `mark`); the result text is untrusted and must go through the Shield."""
        q = (select(ToolAction)
             .where(ToolAction.tenant_id == tenant_id,
                    ToolAction.conversation_id == conversation_id,
                    ToolAction.status.in_(TERMINAL), ToolAction.notified_at.is_(None))
             .order_by(ToolAction.created_at, ToolAction.id).limit(limit))
        if mark and self.db.dialect == "postgresql":
            q = q.with_for_update(skip_locked=True)
        out: builtins.list[ActionOutcome] = []
        with self.db.session(readonly=not mark) as s:
            for row in s.execute(q).scalars():
                result = None
                if row.result_blob is not None:
                    result = self.vault.decrypt(tenant_id, _K_RESULT, row.id,
                                                row.result_blob).decode("utf-8", "replace")
                out.append(ActionOutcome(row.id, row.tool, row.status, row.result_status,
                                         result))
                if mark:
                    row.notified_at = utcnow()
        return out

    # -- approvers -----------------------------------------------------------------------
    def list(self, tenant_id: str, status: str | None = "pending", *,
             limit: int = 100) -> builtins.list[ActionInfo]:
        """The tenant's actions (default: pending), oldest first, arguments decrypted."""
        if status is not None and status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}")
        q = (select(ToolAction).where(ToolAction.tenant_id == tenant_id)
             .order_by(ToolAction.created_at, ToolAction.id)
             .limit(max(1, min(int(limit), 1000))))
        if status is not None:
            q = q.where(ToolAction.status == status)
        with self.db.session(readonly=True) as s:
            return [self._info(r) for r in s.execute(q).scalars()]

    def get(self, tenant_id: str, action_id: str) -> ActionInfo:
        """One of the tenant's actions; `ActionNotFound` when unknown or another tenant's."""
        with self.db.session(readonly=True) as s:
            row = s.get(ToolAction, action_id)
            if row is None or row.tenant_id != tenant_id:
                raise ActionNotFound(row.tenant_id if row is not None else None)
            return self._info(row)

    def approve(self, tenant_id: str, action_id: str, approver: str, reason: str | None = None,
                *, now: datetime | None = None) -> ActionInfo:
        """Approve a pending action (it then runs once, see `run_approved`)."""
        return self._decide(tenant_id, action_id, approver, reason, "approved", now)

    def deny(self, tenant_id: str, action_id: str, approver: str, reason: str | None = None,
             *, now: datetime | None = None) -> ActionInfo:
        """Deny a pending action; it never runs."""
        return self._decide(tenant_id, action_id, approver, reason, "denied", now)

    def _decide(self, tenant_id: str, action_id: str, approver: str, reason: str | None,
                status: str, now: datetime | None) -> ActionInfo:
        now = now or utcnow()
        q = select(ToolAction).where(ToolAction.id == action_id)
        if self.db.dialect == "postgresql":
            q = q.with_for_update()
        conflict: ActionConflict | None = None
        info: ActionInfo | None = None
        with self.db.session() as s:
            row = s.execute(q).scalar_one_or_none()
            if row is None or row.tenant_id != tenant_id:
                raise ActionNotFound(row.tenant_id if row is not None else None)
            event = "tool.approved" if status == "approved" else "tool.denied"
            if row.status == "pending" and row.expires_at <= now:
                self._expire_row(s, row, now)
                conflict = ActionConflict("tool.expired", "the action expired before it was "
                                          "decided")
            elif row.status != "pending":
                self.audit.append(tenant_id, "tool.decision_refused", actor=approver,
                                  reason="tool.not_pending", subject_ref=row.id,
                                  details={"tool": row.tool, "status": row.status,
                                           "attempted": status}, session=s)
                conflict = ActionConflict("tool.not_pending",
                                          f"the action is {row.status}, not pending")
            else:
                row.status = status
                row.decided_at = now
                row.decided_by = approver[:200]
                if reason:
                    row.reason_blob = self.vault.encrypt(tenant_id, _K_REASON, row.id,
                                                         reason.encode("utf-8"))
                self.audit.append(tenant_id, event, actor=approver, reason=event,
                                  subject_ref=row.id,
                                  details={"tool": row.tool, "effect": row.effect,
                                           "conversation_id": row.conversation_id,
                                           "reasons": json.loads(row.reasons)}, session=s)
                info = self._info(row)
        if conflict is not None or info is None:
            raise conflict or ActionConflict("tool.not_pending", "the action is not pending")
        return info

    def expire(self, now: datetime | None = None, *, limit: int = 500) -> int:
        """Expire pending actions past their time, and mark calls still running past their
        lease as failed (`tool.interrupted`). Returns how many rows changed."""
        now = now or utcnow()
        changed = 0
        for status, column in (("pending", ToolAction.expires_at),
                               ("running", ToolAction.lease_until)):
            q = (select(ToolAction).where(ToolAction.status == status, column <= now)
                 .order_by(column).limit(limit))
            if self.db.dialect == "postgresql":
                q = q.with_for_update(skip_locked=True)
            with self.db.session() as s:
                for row in s.execute(q).scalars():
                    if status == "pending":
                        self._expire_row(s, row, now)
                    else:
                        row.status = "failed"
                        row.result_status = "tool.interrupted"
                        row.executed_at = now
                        self.audit.append(row.tenant_id, "tool.failed", actor=ACTOR,
                                          reason="tool.interrupted", subject_ref=row.id,
                                          details={"tool": row.tool, "effect": row.effect},
                                          session=s)
                    changed += 1
        return changed

    def _expire_row(self, s: Session, row: ToolAction, now: datetime) -> None:
        row.status = "expired"
        row.decided_at = now
        self.audit.append(row.tenant_id, "tool.expired", actor=ACTOR, reason="tool.expired",
                          subject_ref=row.id,
                          details={"tool": row.tool, "effect": row.effect,
                                   "conversation_id": row.conversation_id}, session=s)

    # -- execution -----------------------------------------------------------------------
    def run_approved(self, limit: int = 20, now: datetime | None = None) -> int:
        """Claim up to `limit` approved actions and execute each once; returns how many ran.

        Safe from several threads, processes or servers at once: a row is claimed (moved to
        `running`) by exactly one caller.
        """
        claimed = self._claim(max(1, int(limit)), now or utcnow())
        for c in claimed:
            self._execute(c)
        return len(claimed)

    def _claim(self, limit: int, now: datetime) -> builtins.list[_Claimed]:
        q = (select(ToolAction).where(ToolAction.status == "approved")
             .order_by(ToolAction.decided_at, ToolAction.id).limit(limit))
        with self.db.session(readonly=True) as s:  # an idle poll takes no lock
            if s.execute(q.with_only_columns(ToolAction.id).limit(1)).first() is None:
                return []
        if self.db.dialect == "postgresql":
            q = q.with_for_update(skip_locked=True)
        with self.db.session() as s:
            rows = builtins.list(s.execute(q).scalars())
            for row in rows:
                row.status = "running"
                row.lease_until = now + timedelta(seconds=self.lease_s)
            return [_Claimed(r.id, r.tenant_id, r.conversation_id, r.tool, r.idempotency_key,
                             r.args_blob, r.spec_blob) for r in rows]

    def _execute(self, c: _Claimed) -> tuple[str, ToolResult | None, str | None]:
        """Run a claimed call and record the outcome; (status, result, error code)."""
        result: ToolResult | None = None
        code: str | None = None
        try:
            spec = ToolSpec.model_validate_json(
                self.vault.decrypt(c.tenant_id, _K_SPEC, c.action_id, c.spec_blob))
            args = json.loads(self.vault.decrypt(c.tenant_id, _K_ARGS, c.action_id,
                                                 c.args_blob))
            result = self.executor.execute(ExecutionRequest(
                c.tenant_id, spec, args, c.idempotency_key, c.action_id))
        except ToolExecutionError as exc:
            code = exc.code
        except Exception:  # an executor bug: recorded as a failure, never re-run
            code = "tool.error"
        return self._record(c, result, code), result, code

    def _record(self, c: _Claimed, result: ToolResult | None, code: str | None) -> str:
        q = select(ToolAction).where(ToolAction.id == c.action_id)
        if self.db.dialect == "postgresql":
            q = q.with_for_update()
        status = "executed" if code is None else "failed"
        with self.db.session() as s:
            row = s.execute(q).scalar_one_or_none()
            if row is None or row.status != "running":
                return row.status if row is not None else "erased"
            row.status = status
            row.executed_at = utcnow()
            row.lease_until = None
            row.result_status = "ok" if code is None else code
            details: dict[str, Any] = {"tool": row.tool, "effect": row.effect,
                                       "conversation_id": row.conversation_id}
            if result is not None:
                row.result_blob = self.vault.encrypt(c.tenant_id, _K_RESULT, row.id,
                                                     result.text.encode("utf-8"))
                details.update(truncated=result.truncated,
                               duration_ms=round(result.duration_ms, 3))
                if result.status_code is not None:
                    details["status_code"] = result.status_code
            event = "tool.executed" if code is None else "tool.failed"
            self.audit.append(c.tenant_id, event, actor=ACTOR, reason=code or "tool.executed",
                              subject_ref=row.id, details=details, session=s)
        return status

    # -- storage helpers -----------------------------------------------------------------
    def _insert(self, tenant_id: str, conversation_id: str | None, spec: ToolSpec,
                decision: ToolDecision, *, status: str,
                now: datetime | None) -> tuple[str, _Claimed]:
        if decision.arguments is None or decision.tool != spec.name:
            raise ValueError("the decision does not carry this tool's validated arguments")
        now = now or utcnow()
        action_id = new_id("ta")
        key = secrets.token_urlsafe(24)
        args_blob = self.vault.encrypt(tenant_id, _K_ARGS, action_id,
                                       _dump(dict(decision.arguments)))
        spec_blob = self.vault.encrypt(tenant_id, _K_SPEC, action_id,
                                       spec.model_dump_json().encode("utf-8"))
        record = decision.to_dict()
        running = status == "running"
        with self.db.session() as s:
            if not self._within_limits(s, tenant_id, conversation_id, spec, now):
                raise RateLimitReached
            s.add(ToolAction(
                id=action_id, tenant_id=tenant_id, conversation_id=conversation_id,
                tool=spec.name, effect=spec.effect, status=status, args_blob=args_blob,
                spec_blob=spec_blob, reasons=json.dumps(builtins.list(decision.reasons)),
                decision=json.dumps({"findings": record["findings"],
                                     "provenance": record["provenance"]},
                                    separators=(",", ":")),
                idempotency_key=key, created_at=now,
                expires_at=now + timedelta(seconds=spec.approval_ttl_s),
                decided_at=now if running else None,
                decided_by="policy" if running else None,
                lease_until=now + timedelta(seconds=self.lease_s) if running else None))
            self.audit.append(tenant_id, "tool.allowed" if running else "tool.held",
                              actor=ACTOR, reason=decision.reasons[0], subject_ref=action_id,
                              details=self._details(decision, conversation_id), session=s)
        return action_id, _Claimed(action_id, tenant_id, conversation_id, spec.name, key,
                                   args_blob, spec_blob)

    @staticmethod
    def _details(decision: ToolDecision, conversation_id: str | None) -> dict[str, Any]:
        d = decision.to_dict()
        d.pop("outcome", None)
        d["conversation_id"] = conversation_id
        return d

    def _info(self, row: ToolAction) -> ActionInfo:
        args: dict[str, Any] | None
        try:
            args = json.loads(self.vault.decrypt(row.tenant_id, _K_ARGS, row.id, row.args_blob))
        except VaultError:
            args = None
        reason = None
        if row.reason_blob is not None:
            try:
                reason = self.vault.decrypt(row.tenant_id, _K_REASON, row.id,
                                            row.reason_blob).decode("utf-8", "replace")
            except VaultError:
                reason = None
        decision = json.loads(row.decision or "{}")
        return ActionInfo(row.id, row.tenant_id, row.conversation_id, row.tool, row.effect,
                          row.status, args, json.loads(row.reasons or "[]"),
                          decision.get("findings", []), decision.get("provenance", []),
                          row.created_at, row.expires_at, row.decided_at, row.decided_by,
                          reason, row.executed_at, row.result_status)

    def owner_of(self, action_id: str) -> str | None:
        """The tenant an action belongs to, or None."""
        with self.db.session(readonly=True) as s:
            return s.execute(select(ToolAction.tenant_id)
                             .where(ToolAction.id == action_id)).scalar_one_or_none()

    def erase_conversation(self, tenant_id: str, conversation_id: str,
                           session: Session | None = None) -> int:
        """Delete a conversation's actions (subject erasure); returns how many."""
        stmt = delete(ToolAction).where(ToolAction.tenant_id == tenant_id,
                                        ToolAction.conversation_id == conversation_id)
        if session is None:
            with self.db.session() as s:
                return int(s.execute(stmt).rowcount or 0)  # type: ignore[attr-defined]
        return int(session.execute(stmt).rowcount or 0)  # type: ignore[attr-defined]


class ApprovalWorker(PollingWorker):
    """Runs approved actions and expires stale ones from a daemon thread. Every server may
    run one; the row locks make them share the work."""

    name = "confide-approval-worker"
    event = "tool.worker_error"

    def __init__(self, service: ApprovalService, interval_s: float = 1.0, *,
                 batch: int = 20) -> None:
        super().__init__(interval_s, batch=batch)
        self.service = service

    def tick(self) -> int:
        self.service.expire()
        return self.service.run_approved(self.batch)
