"""Policy off: a `ToolGate` that runs every proposed call of a declared tool at once (the same
executors, no policy). Policy on is the runtime's own `ApprovalGate`; `DecisionLog` records the
policy's decision for each call it submits."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from confide.agent.llm.base import ToolCall
from confide.agent.persona import Persona
from confide.agent.toolgate import restore_values
from confide.agent.turn import ToolReport
from confide.pseudonymize import Pseudonymizer
from confide.tools.approvals import ApprovalService, Submission
from confide.tools.executors import ExecutionRequest, Executor, ToolExecutionError
from confide.tools.policy import ToolDecision
from confide.tools.spec import ToolSpec, load_tools
from confide.verdict import Action, Verdict


class DirectGate:
    """Runs whatever the model proposes (policy off)."""

    def __init__(self, executor: Executor, tenant_id: str, pseudonymizer: Pseudonymizer) -> None:
        self.executor = executor
        self.tenant_id = tenant_id
        self.pseudonymizer = pseudonymizer
        self.reports: list[ToolReport] = []

    def handle(self, persona: Persona, calls: Sequence[ToolCall],
               context: Sequence[tuple[str, str]], injected: bool) -> list[ToolReport]:
        specs = {s.name: s for s in load_tools(persona)}
        reports = [self._run(specs.get(call.name), call) for call in calls]
        self.reports += reports
        return reports

    def _run(self, spec: ToolSpec | None, call: ToolCall) -> ToolReport:
        allow = Verdict(action=Action.ALLOW, reasons=("bench.policy_off",))
        try:
            args = json.loads(call.arguments or "{}")
        except ValueError:
            args = None
        if spec is None or not isinstance(args, dict):
            return ToolReport(call.name, call.id, Verdict(action=Action.BLOCK,
                                                          reasons=("bench.not_runnable",)))
        request = ExecutionRequest(self.tenant_id, spec, restore_values(args, self.pseudonymizer),
                                   uuid.uuid4().hex, call.id)
        try:
            result = self.executor.execute(request)
        except ToolExecutionError as exc:
            return ToolReport(call.name, call.id, Verdict(action=Action.ALLOW,
                                                          reasons=(exc.code,)), "failed")
        return ToolReport(call.name, call.id, allow, "executed", None, result.text)


@dataclass(frozen=True, slots=True)
class Decided:
    """The policy's decision on one call and what the approval service did with it."""

    call_id: str
    tool: str
    outcome: str  # allow | hold | refuse
    reasons: tuple[str, ...]
    status: str | None  # executed | failed | pending | None (refused)


class DecisionLog:
    """Wraps `ApprovalService.submit` of one service object to keep each decision."""

    def __init__(self, approvals: ApprovalService) -> None:
        self.decided: list[Decided] = []
        self._lock = threading.Lock()
        submit = approvals.submit

        def recording(tenant_id: str, conversation_id: str | None, spec: ToolSpec | None,
                      decision: ToolDecision, **kw: Any) -> Submission:
            sub = submit(tenant_id, conversation_id, spec, decision, **kw)
            with self._lock:
                self.decided.append(Decided(decision.call_id, decision.tool,
                                            decision.outcome.value, decision.reasons,
                                            sub.status))
            return sub

        approvals.submit = recording  # type: ignore[method-assign]

    def take(self) -> list[Decided]:
        """The decisions since the last call."""
        with self._lock:
            out, self.decided = self.decided, []
        return out
