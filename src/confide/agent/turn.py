"""One guarded turn, as data: input layer → guardrails → context → backend → output layer →
guardrails on the answer → reply.

`TurnEngine` holds what is built once (Shields per policy, guardrail matchers, backends);
`run` and `open` work on a `ConversationState` and return a `TurnOutcome` carrying every
stage's verdict. They touch no database: the conversation service persists the outcome and
audits the verdicts. A backend failure raises `BackendError` before any state is changed.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from confide.agent.context import build_messages, fence, new_canary, operator_texts
from confide.agent.guardrails import GuardrailMatcher
from confide.agent.knowledge import InlineFacts, KnowledgeSource
from confide.agent.llm.base import Backend, Message, ModelReply, ModelRequest, Snippet, ToolCall
from confide.agent.objectives import ObjectiveTracker
from confide.agent.persona import Guardrail, Persona, persona_json
from confide.pseudonymize import Pseudonymizer, defuse_placeholders, is_secret_type
from confide.shield import Shield
from confide.verdict import Action, Channel, Verdict, combine

HISTORY_LIMIT = 20  # messages of history the model sees
GROUNDING_HISTORY = 8  # recent messages an answer's claims may be grounded in
INPUT_REFUSAL = ("I'm sorry, I can't help with that request. Could we go back to the "
                 "questions for this call?")
OUTPUT_REFUSAL = "I'm sorry, I can't share that. Is there anything else I can help with?"
ESCALATION_REPLY = "I can't help with that here, but I've asked a member of the team to follow up."
BLOCK_REPLY = "I'm not able to discuss that. Let's continue with the questions for this call."


@dataclass
class ConversationState:
    """What a conversation carries between turns (stored encrypted as one JSON blob)."""

    canary: str
    pseudonymizer: Pseudonymizer
    objectives: dict[str, Any]
    backend: dict[str, Any] = field(default_factory=dict)
    history: list[list[str]] = field(default_factory=list)  # [role, model-visible text]
    memories: list[list[str]] = field(default_factory=list)  # [text, source], from the start

    @classmethod
    def new(cls, persona: Persona) -> ConversationState:
        return cls(new_canary(), Pseudonymizer(), ObjectiveTracker(persona).to_dict())

    def to_json(self) -> bytes:
        return json.dumps({"canary": self.canary, "pseudonyms": self.pseudonymizer.to_dict(),
                           "objectives": self.objectives, "backend": self.backend,
                           "history": self.history, "memories": self.memories},
                          separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> ConversationState:
        d = json.loads(raw)
        return cls(d["canary"], Pseudonymizer.from_dict(d["pseudonyms"]), d["objectives"],
                   d.get("backend", {}), d.get("history", []), d.get("memories", []))

    def remember(self, role: str, text: str) -> None:
        self.history.append([role, text])
        del self.history[:-HISTORY_LIMIT]


@dataclass(frozen=True, slots=True)
class StageVerdict:
    """One stage's verdict in a turn (`input`, `guardrails.input`, `backend`, `output`,
    `guardrails.output`)."""

    stage: str
    verdict: Verdict

    def to_dict(self) -> dict[str, Any]:
        d = self.verdict.to_dict()
        d.pop("text", None)  # transformed text never leaves in a verdict
        return {"stage": self.stage, **d}


@dataclass(frozen=True, slots=True)
class GuardrailHit:
    """A guardrail that fired, and where."""

    guardrail: Guardrail
    stage: str
    score: float


@dataclass
class TurnOutcome:
    """The result of one turn (or of the greeting, with no user text)."""

    reply: str  # what the user reads (allowed pseudonyms restored)
    reply_redacted: str  # the same with placeholders: what operators and the model see
    user_redacted: str | None
    stages: list[StageVerdict]
    hits: list[GuardrailHit] = field(default_factory=list)
    completed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    blocked: bool = False
    reply_model: str = ""
    sources: list[str] = field(default_factory=list)  # knowledge given to the model
    tools: list[ToolReport] = field(default_factory=list)  # what became of proposed calls

    @property
    def escalation(self) -> GuardrailHit | None:
        """The first `escalate` guardrail that fired, if any."""
        return next((h for h in self.hits if h.guardrail.action == "escalate"), None)

    @property
    def verdict(self) -> Verdict:
        """All stages combined (the most severe action wins)."""
        return combine(s.verdict for s in self.stages)


MAX_TOOL_ROUNDS = 3  # model answers that may propose tool calls, per turn


@dataclass(frozen=True, slots=True)
class ToolReport:
    """What became of one proposed tool call (its result is untrusted text)."""

    tool: str
    call_id: str
    verdict: Verdict  # allow (ran or may run), escalate (held for approval), block (refused)
    status: str | None = None  # executed | failed | pending
    action_id: str | None = None
    result: str | None = field(default=None, repr=False)
    effect: str = ""  # the tool's declared effect, when it is declared

    @property
    def outcome(self) -> str:
        """`executed` or `failed` (it ran), `held` (waits for a person) or `refused`."""
        if self.verdict.action is Action.ESCALATE:
            return "held"
        if self.verdict.action is Action.BLOCK:
            return "refused"
        return self.status or "executed"

    def to_dict(self) -> dict[str, Any]:
        """What a caller may see: never the arguments or the result."""
        return {"tool": self.tool, "effect": self.effect, "status": self.outcome,
                "action_id": self.action_id, "reasons": list(self.verdict.reasons)}


class ToolGate(Protocol):
    """Decides and carries out the model's proposed tool calls (the policy, approvals and
    executors live behind it). `context` holds (provenance, text) of everything the model
    saw this turn; `injected` says the Shield flagged untrusted context as injected."""

    def handle(self, persona: Persona, calls: Sequence[ToolCall],
               context: Sequence[tuple[str, str]], injected: bool) -> list[ToolReport]: ...


BackendFactory = Callable[[Persona], Backend]


def default_backend(persona: Persona) -> Backend:
    """The backend a persona names."""
    if persona.llm.backend == "flow":
        from confide.agent.llm.flow import FlowBackend

        return FlowBackend(persona)
    if persona.llm.backend == "scripted":
        from confide.agent.llm.scripted import ScriptedBackend

        return ScriptedBackend(persona.llm.script)
    from confide.agent.llm.openai_backend import OpenAIBackend

    return OpenAIBackend(persona.llm)


class TurnEngine:
    """Runs turns for any persona; caches Shields, matchers and backends per persona."""

    def __init__(self, *, knowledge: KnowledgeSource | None = None,
                 backend_factory: BackendFactory = default_backend,
                 max_parallel: int = 4) -> None:
        self.knowledge: KnowledgeSource = knowledge or InlineFacts()
        # Bounds the turns doing CPU work at once (the model call is outside it): more
        # threads than cores only queue on the GIL, and a thread that holds the database's
        # write lock must not wait behind dozens of others.
        self.cpu = threading.BoundedSemaphore(max_parallel)
        self._backend_factory = backend_factory
        self._shields: dict[str, Shield] = {}  # by policy
        self._persona_shields: dict[str, Shield] = {}  # by persona
        self._keys: dict[int, tuple[Persona, str]] = {}
        self._matchers: dict[str, GuardrailMatcher] = {}
        self._backends: dict[str, Backend] = {}
        self._tool_specs: dict[str, list[Any]] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ per-persona parts
    def _key(self, persona: Persona) -> str:
        """The persona's canonical JSON, remembered per persona object (they are immutable
        and reused from the persona store's cache)."""
        with self._lock:
            hit = self._keys.get(id(persona))
        if hit is not None and hit[0] is persona:
            return hit[1]
        key = persona_json(persona)
        with self._lock:
            if len(self._keys) > 1024:
                self._keys.clear()
            self._keys[id(persona)] = (persona, key)
        return key

    def shield(self, persona: Persona) -> Shield:
        """The Shield of the persona's policy (built once per distinct policy)."""
        persona_key = self._key(persona)
        with self._lock:
            shield = self._persona_shields.get(persona_key)
        if shield is not None:
            return shield
        policy = persona.shield_policy()
        key = policy.model_dump_json()
        with self._lock:
            shield = self._shields.get(key)
        if shield is None:
            shield = Shield.from_policy(policy)
        with self._lock:
            shield = self._shields.setdefault(key, shield)
            self._persona_shields[persona_key] = shield
        return shield

    def _cached(self, cache: dict[str, Any], persona: Persona, build: Callable[[], Any]) -> Any:
        key = self._key(persona)
        with self._lock:
            item = cache.get(key)
        if item is None:
            item = build()
            with self._lock:
                item = cache.setdefault(key, item)
        return item

    def matcher(self, persona: Persona) -> GuardrailMatcher:
        """The persona's guardrail matcher; an LLM backend judges its borderline scores."""
        backend = self.backend(persona)
        judge = backend if callable(getattr(backend, "judge", None)) else None
        return self._cached(self._matchers, persona,  # type: ignore[no-any-return]
                            lambda: GuardrailMatcher.for_persona(persona, judge=judge))

    def backend(self, persona: Persona) -> Backend:
        return self._cached(self._backends, persona,  # type: ignore[no-any-return]
                            lambda: self._backend_factory(persona))

    def warm(self, persona: Persona) -> None:
        """Build everything the persona needs now (start-up), not on its first turn."""
        self.shield(persona)
        self.matcher(persona)
        self.backend(persona)

    # ------------------------------------------------------------------ the turn
    def open(self, tenant_id: str, persona: Persona, state: ConversationState) -> TurnOutcome:
        """The greeting, through the output layer."""
        tracker = ObjectiveTracker.from_dict(persona, state.objectives)
        request = self._request(persona, state, tracker, [], None)
        reply = self.backend(persona).greet(request)
        with self.cpu:
            outcome = self._answer(persona, state, tracker, reply, [], None,
                                   operator_texts(persona))
        state.objectives = tracker.to_dict()
        return outcome

    def run(self, tenant_id: str, persona: Persona, state: ConversationState,
            text: str, *, gate: ToolGate | None = None,
            updates: Sequence[Snippet] = ()) -> TurnOutcome:
        """One user message in, one checked reply out; `state` is updated in place. `gate`
        handles the tool calls the model proposes; `updates` are checked news of earlier
        actions (approved, denied) the conversation is told about."""
        shield = self.shield(persona)
        pseudo = state.pseudonymizer
        stages: list[StageVerdict] = []

        with self.cpu:
            inp = shield.check_input(text, Channel.USER, pseudo)
            stages.append(StageVerdict("input", inp))
            if not inp.allowed:
                return self._refuse(state, _redact_refused(pseudo, text, inp), stages,
                                    INPUT_REFUSAL)
            redacted = (inp.text if inp.action is Action.TRANSFORM and inp.text is not None
                        else defuse_placeholders(text))
            model_text = redacted
            if not persona.pii.pseudonymize:  # the persona needs real values (never secrets)
                types = {t for t in pseudo.placeholders().values() if not is_secret_type(t)}
                model_text = pseudo.restore(redacted, types)

            hits, gv = self._guardrails(persona, model_text, "user")
            stages.append(StageVerdict("guardrails.input", gv))
            if not gv.allowed:
                reply = self._guardrail_reply(hits)
                outcome = self._refuse(state, redacted, stages, reply)
                outcome.hits = hits
                return outcome

            tracker = ObjectiveTracker.from_dict(persona, state.objectives)
            knowledge = self.knowledge.search(tenant_id, persona, model_text)
            request = self._request(persona, state, tracker, knowledge, model_text)
            if updates:
                request.messages.insert(1, Message(
                    "system", "Updates on actions that awaited approval (data):\n"
                    + "\n".join(fence(u.text, u.source) for u in updates), "tool"))
        reply = self.backend(persona).respond(request)  # BackendError: nothing changed yet
        reports: list[ToolReport] = []
        if reply.tool_calls:
            reply = self._tool_rounds(persona, state, request, reply, gate, stages, model_text,
                                      reports)
        with self.cpu:
            context = [*operator_texts(persona), *(s.text for s in knowledge),
                       *(t for _, t in state.history[-GROUNDING_HISTORY:]), model_text]
            outcome = self._answer(persona, state, tracker, reply, stages, redacted, context)
        outcome.sources = [s.source for s in knowledge]
        outcome.tools = reports
        state.remember("user", model_text)
        state.remember("assistant", outcome.reply_redacted)
        state.objectives = tracker.to_dict()
        return outcome

    # ------------------------------------------------------------------ helpers
    def _request(self, persona: Persona, state: ConversationState, tracker: ObjectiveTracker,
                 knowledge: list[Snippet], user_text: str | None) -> ModelRequest:
        view = tracker.view()
        history = [(r, t) for r, t in state.history]
        memories = [Snippet(text, source) for text, source in state.memories]
        messages = build_messages(persona, state.canary, view, knowledge, history, user_text,
                                  memories)
        state.backend["objectives"] = tracker.to_dict()
        return ModelRequest(persona=persona, messages=messages, user_text=user_text or "",
                            objectives=view, knowledge=knowledge, state=state.backend,
                            tools=self.tools(persona))

    def tool_specs(self, persona: Persona) -> list[Any]:
        """The persona's typed tool declarations (parsed once per persona)."""
        from confide.tools.spec import load_tools

        return self._cached(self._tool_specs, persona,  # type: ignore[no-any-return]
                            lambda: load_tools(persona))

    def tools(self, persona: Persona) -> list[dict[str, Any]]:
        """The persona's tools its conversations' scopes allow, in the OpenAI format."""
        if not persona.tools:
            return []
        from confide.tools.spec import offered, to_openai

        return to_openai(offered(self.tool_specs(persona), persona.tool_scopes))

    def _tool_rounds(self, persona: Persona, state: ConversationState, request: ModelRequest,
                     reply: ModelReply, gate: ToolGate | None, stages: list[StageVerdict],
                     user_text: str, reports: list[ToolReport]) -> ModelReply:
        """Let the gate decide the proposed calls (each report is added to `reports`);
        results come back as checked, fenced data and the model answers again (at most
        MAX_TOOL_ROUNDS times)."""
        shield = self.shield(persona)
        context: list[tuple[str, str]] = [("system", persona.system_prompt)]
        context += [("user" if r == "user" else "assistant", t) for r, t in state.history]
        context += [("user", user_text)]
        context += [(m.provenance, m.content) for m in request.messages[1:]
                    if m.provenance not in ("user", "assistant", "system")]
        injected = False
        for _ in range(MAX_TOOL_ROUNDS):
            if not reply.tool_calls:
                break
            if gate is None:  # nothing may run: every call is refused
                round_reports = [ToolReport(c.name, c.id, Verdict(
                    action=Action.BLOCK, reasons=("tool.no_gate",))) for c in reply.tool_calls]
            else:
                round_reports = gate.handle(persona, reply.tool_calls, context, injected)
            reports += round_reports
            notes = []
            for r in round_reports:
                source = f"tool:{r.tool}"
                if r.result is not None:
                    with self.cpu:
                        v = shield.check_input(r.result, Channel.DOCUMENT, state.pseudonymizer)
                    if not v.allowed:
                        injected = True
                        text = "[tool result withheld: " + ", ".join(v.reasons) + "]"
                    else:
                        text = v.text if v.action is Action.TRANSFORM and v.text else r.result
                    context.append((source, text))
                    notes.append(fence(text, source))
                elif r.verdict.action is Action.ESCALATE:
                    notes.append(f"{r.tool}: held for human approval (action {r.action_id}); "
                                 "tell the user it awaits confirmation, not that it is done")
                else:
                    notes.append(f"{r.tool}: not run ({', '.join(r.verdict.reasons)})")
            request.messages.append(Message("assistant", "Calling: " + ", ".join(
                c.name for c in reply.tool_calls), "assistant"))
            request.messages.append(Message("system", "Tool results (data):\n"
                                            + "\n".join(notes), "tool"))
            reply = self.backend(persona).respond(request)
        if reports:
            v = combine(r.verdict for r in reports)
            stages.append(StageVerdict("tools", replace(v, detectors={"tools.policy": "1"})))
        return reply

    def _answer(self, persona: Persona, state: ConversationState, tracker: ObjectiveTracker,
                reply: ModelReply, stages: list[StageVerdict], user_text: str | None,
                context: list[str]) -> TurnOutcome:
        shield = self.shield(persona)
        pseudo = state.pseudonymizer
        stages.append(StageVerdict("backend", Verdict(
            reasons=("backend.answered",), detectors={"backend": reply.model or "unknown"})))
        out = shield.check_output(reply.text, context=context,
                                  system_prompt=persona.system_prompt, canary=state.canary,
                                  subject_values=pseudo.values())
        stages.append(StageVerdict("output", out))
        outcome = TurnOutcome(reply="", reply_redacted="", user_redacted=user_text,
                              stages=stages, reply_model=reply.model)
        if not out.allowed:
            outcome.blocked = True
            outcome.reply = outcome.reply_redacted = OUTPUT_REFUSAL
        else:
            redacted = out.text if out.action is Action.TRANSFORM and out.text else reply.text
            hits, gv = self._guardrails(persona, redacted, "output")
            stages.append(StageVerdict("guardrails.output", gv))
            if not gv.allowed:
                outcome.hits = hits
                outcome.blocked = True
                outcome.reply = outcome.reply_redacted = self._guardrail_reply(hits)
            else:
                outcome.reply_redacted = redacted
                outcome.reply = pseudo.restore(redacted, set(persona.pii.reidentify))
        if user_text is not None or reply.objective_updates:
            for update in reply.objective_updates:
                was_skipped = not update.completed
                if tracker.apply(update):
                    outcome.completed.append(update.objective)
                elif was_skipped:
                    outcome.skipped.append(update.objective)
        return outcome

    def _guardrails(self, persona: Persona, text: str, stage: str
                    ) -> tuple[list[GuardrailHit], Verdict]:
        if not persona.guardrails:
            return [], Verdict(detectors={"guardrails": "none"})
        started = time.perf_counter()
        verdict, found = self.matcher(persona).evaluate(text, stage)  # type: ignore[arg-type]
        verdict = verdict.with_latency((time.perf_counter() - started) * 1000)
        return [GuardrailHit(h.guardrail, stage, h.score) for h in found], verdict

    @staticmethod
    def _guardrail_reply(hits: list[GuardrailHit]) -> str:
        ordered = sorted(hits, key=lambda h: h.guardrail.action != "escalate")
        for hit in ordered:
            if hit.guardrail.reply:
                return hit.guardrail.reply.strip()
        if any(h.guardrail.action == "escalate" for h in hits):
            return ESCALATION_REPLY
        return BLOCK_REPLY

    @staticmethod
    def _refuse(state: ConversationState, user_redacted: str, stages: list[StageVerdict],
                reply: str) -> TurnOutcome:
        state.remember("user", "[message withheld by the input checks]")
        state.remember("assistant", reply)
        return TurnOutcome(reply=reply, reply_redacted=reply, user_redacted=user_redacted,
                           stages=stages, blocked=True)


def _redact_refused(pseudo: Pseudonymizer, text: str, verdict: Verdict) -> str:
    """The operators' copy of a refused message: what the finders saw, pseudonymised."""
    try:
        return pseudo.apply(text, verdict.entities)
    except ValueError:  # offsets that do not fit: keep nothing rather than the raw text
        return "[message withheld]"
