"""The runtime's tool gate: the provenance-aware policy decides each proposed call, the
approval service runs it, holds it for a person, or refuses it (every decision audited)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from confide.agent.llm.base import Snippet, ToolCall
from confide.agent.persona import Persona
from confide.agent.turn import ToolReport
from confide.pseudonymize import Pseudonymizer, is_secret_type
from confide.tools.approvals import ApprovalService
from confide.tools.policy import Outcome, RateCounts, decide
from confide.tools.provenance import ContextIndex
from confide.tools.spec import ToolSpec
from confide.verdict import Action, Verdict


class ApprovalGate:
    """One conversation's gate (a `confide.agent.turn.ToolGate`)."""

    def __init__(self, approvals: ApprovalService, tenant_id: str, conversation_id: str,
                 pseudonymizer: Pseudonymizer, specs: Sequence[ToolSpec]) -> None:
        self.approvals = approvals
        self.specs = {s.name: s for s in specs}
        self.tenant_id = tenant_id
        self.conversation_id = conversation_id
        self.pseudonymizer = pseudonymizer

    def handle(self, persona: Persona, calls: Sequence[ToolCall],
               context: Sequence[tuple[str, str]], injected: bool) -> list[ToolReport]:
        # The policy sees real values, as the tool would: a placeholder is no e-mail address,
        # and provenance is traced on what the user really said.
        index = ContextIndex([(label, self._restore(text)) for label, text in context])
        reports = []
        for call in calls:
            spec = self.specs.get(call.name)
            counts = (self.approvals.rate_counts(self.tenant_id, self.conversation_id, spec)
                      if spec else RateCounts())
            decision = decide(replace(call, arguments=self._restore_json(call.arguments)),
                              spec, scopes=persona.tool_scopes, context=index,
                              injected=injected, counts=counts)
            sub = self.approvals.submit(self.tenant_id, self.conversation_id, spec, decision)
            verdict = decision.verdict
            if sub.outcome is Outcome.REFUSE and decision.outcome is not Outcome.REFUSE:
                verdict = Verdict(action=Action.BLOCK, reasons=(sub.error_code or "tool.refused",))
            reports.append(ToolReport(call.name, call.id, verdict, sub.status,
                                      sub.action_id, sub.result.text if sub.result else None,
                                      spec.effect if spec else ""))
        return reports

    def _restore_json(self, arguments: str) -> str:
        try:
            return json.dumps(self._restore(json.loads(arguments)))
        except (ValueError, RecursionError):
            return arguments  # the policy refuses what is not JSON

    def _restore(self, value: Any) -> Any:
        return restore_values(value, self.pseudonymizer)


def restore_values(value: Any, pseudonymizer: Pseudonymizer) -> Any:
    """`value` (a string, or JSON-like nesting of them) with its placeholders back to the real
    values, secrets excepted: what the policy judges and a tool receives."""
    types = {t for t in pseudonymizer.placeholders().values() if not is_secret_type(t)}

    def walk(v: Any) -> Any:
        if isinstance(v, str):
            return pseudonymizer.restore(v, types)
        if isinstance(v, Mapping):
            return {k: walk(x) for k, x in v.items()}
        if isinstance(v, list):
            return [walk(x) for x in v]
        return v

    return walk(value)


def settled_updates(approvals: ApprovalService, tenant_id: str, conversation_id: str
                    ) -> list[Snippet]:
    """Actions of the conversation settled since its last turn, as untrusted snippets."""
    return [Snippet(f"{o.tool}: {o.status}" + (f" - {o.result}" if o.result else ""),
                    f"tool:{o.tool}#{o.action_id}")
            for o in approvals.outcomes(tenant_id, conversation_id)]
