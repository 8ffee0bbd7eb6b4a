"""Conversations: start (with consent), guarded turns, transcripts, end, erasure, retention.

The I/O edge of the runtime. A turn is computed by the `TurnEngine` without touching the
store, then persisted in one transaction: the conversation state (optimistic concurrency on
`turns`, so two servers can never interleave one conversation's turns), both messages
(encrypted, plus redacted copies), an escalation, webhooks and one audit event per stage.
A turn that fails (backend error, concurrent turn) writes nothing but its audit event.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from confide.agent.knowledge import CombinedKnowledge, InlineFacts
from confide.agent.llm.base import BackendError
from confide.agent.objectives import ObjectiveTracker
from confide.agent.persona import Persona
from confide.agent.personas import PersonaInfo, PersonaStore
from confide.agent.records import (
    CONVERSATION_STATE,
    ESCALATION_NOTE,
    MESSAGE_REDACTED,
    MESSAGE_TEXT,
    SUBJECT_ID,
    audit_subject_ref,
    new_id,
    subject_ref,
)
from confide.agent.turn import ConversationState, StageVerdict, TurnEngine, TurnOutcome
from confide.audit import NewEvent, register_retention
from confide.store.models import (
    Conversation,
    Escalation,
    MessageRecord,
    WebhookAttempt,
    WebhookDelivery,
    utcnow,
)
from confide.verdict import Action

if TYPE_CHECKING:
    from confide.services import Services

register_retention("escalation", "security")

SUBJECT_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:@\-]{0,199}$")
MAX_MESSAGE_CHARS = 8_000


class ConversationError(Exception):
    """A refused conversation operation; `code` is the reason code, `status` the HTTP status."""

    status = 400
    code = "conversation.invalid"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code:
            self.code = code


class ConversationNotFound(ConversationError):
    status, code = 404, "resource.unknown"

    def __init__(self, owner_tenant_id: str | None = None) -> None:
        super().__init__("conversation not found")
        self.owner_tenant_id = owner_tenant_id


class ConsentRequired(ConversationError):
    status, code = 409, "consent.missing"

    def __init__(self, missing: list[str]) -> None:
        super().__init__("the persona requires consent that was not given: "
                         + ", ".join(missing))
        self.missing = missing


class ConversationClosed(ConversationError):
    status, code = 409, "conversation.closed"


class ConversationBusy(ConversationError):
    status, code = 409, "conversation.busy"


class EscalationNotFound(ConversationError):
    status, code = 404, "resource.unknown"


@dataclass
class TurnResult:
    """What a turn returns to the caller."""

    conversation_id: str
    reply: str
    stages: list[StageVerdict]
    escalated: bool
    escalation_id: str | None
    objectives: list[dict[str, Any]]
    completed: list[str]
    status: str
    seq: int
    reply_model: str = ""
    sources: list[str] = field(default_factory=list)
    tools: list[dict[str, Any]] = field(default_factory=list)  # ToolReport.to_dict()

    @property
    def verdicts(self) -> list[dict[str, Any]]:
        return [s.to_dict() for s in self.stages]


@dataclass(frozen=True, slots=True)
class EscalationInfo:
    """An escalation as operators see it (the resolver's note stays encrypted)."""

    id: str
    conversation_id: str | None
    persona: str
    guardrail: str
    stage: str
    reason: str
    status: str
    created_at: datetime
    resolved_at: datetime | None
    resolved_by: str | None

    @classmethod
    def of(cls, e: Escalation) -> EscalationInfo:
        return cls(e.id, e.conversation_id, e.persona_name, e.guardrail, e.stage, e.reason,
                   e.status, e.created_at, e.resolved_at, e.resolved_by)


@dataclass
class ConversationView:
    """A conversation as operators see it: the redacted transcript and objective state."""

    id: str
    persona: str
    persona_version: int
    status: str
    consent: dict[str, bool]
    residency: dict[str, str]
    created_at: datetime
    updated_at: datetime
    ended_at: datetime | None
    escalated: bool
    turns: int
    objectives: list[dict[str, Any]]
    transcript: list[dict[str, Any]] = field(default_factory=list)


class ConversationService:
    """The conversation runtime over the data layer."""

    def __init__(self, services: Services, engine: TurnEngine | None = None) -> None:
        self.services = services
        self.db = services.db
        self.vault = services.vault
        self.audit = services.audit
        self.personas = PersonaStore(services.db, services.vault, services.audit)
        self.engine = engine or TurnEngine(
            knowledge=CombinedKnowledge(InlineFacts(), services.knowledge),
            max_parallel=services.settings.max_parallel_turns)

    # ------------------------------------------------------------------ helpers
    def _enc(self, tenant_id: str, kind: str | None, rec_id: str, data: bytes) -> bytes:
        return self.vault.encrypt(tenant_id, kind or "", rec_id, data)

    def _dec(self, tenant_id: str, kind: str | None, rec_id: str, blob: bytes) -> bytes:
        return self.vault.decrypt(tenant_id, kind or "", rec_id, blob)

    def _subject_ref(self, tenant_id: str, subject_id: str) -> str:
        return subject_ref(self.vault.audit_key(tenant_id), subject_id)

    def _load(self, s: Session, tenant_id: str, conversation_id: str) -> Conversation:
        conv = s.get(Conversation, conversation_id)
        if conv is None:
            raise ConversationNotFound(None)
        if conv.tenant_id != tenant_id:
            raise ConversationNotFound(conv.tenant_id)
        return conv

    def _state(self, conv: Conversation) -> ConversationState:
        if conv.state_blob is None:
            raise ConversationClosed("this conversation's data has been erased")
        raw = self._dec(conv.tenant_id, CONVERSATION_STATE.kind, conv.id, conv.state_blob)
        return ConversationState.from_json(raw)

    def _variables_view(self, persona: Persona, state: ConversationState
                        ) -> list[dict[str, Any]]:
        """Objective status with variables restored only for the persona's re-identify types."""
        tracker = ObjectiveTracker.from_dict(persona, state.objectives)
        allowed = set(persona.pii.reidentify)
        out = []
        for item in tracker.status():
            item = dict(item)
            item["variables"] = {k: state.pseudonymizer.restore(str(v), allowed)
                                 for k, v in dict(item.get("variables") or {}).items()}
            out.append(item)
        return out

    def _audit_stages(self, conversation_id: str, actor: str,
                      stages: list[StageVerdict]) -> list[NewEvent]:
        events = []
        for st in stages:
            v = st.verdict
            flagged = v.action in (Action.BLOCK, Action.ESCALATE)
            event_type = f"{'guard' if flagged else 'turn'}.{st.stage}"
            reason = v.reasons[0] if v.reasons else f"{st.stage}.{v.action.value}"
            types: dict[str, int] = {}
            for e in v.entities:
                types[e.type] = types.get(e.type, 0) + 1
            events.append(NewEvent(event_type, actor, reason, f"conversation:{conversation_id}",
                                   {"action": v.action.value, "reasons": list(v.reasons),
                                    "scores": {k: round(x, 4) for k, x in v.scores.items()},
                                    "entity_types": types, "detectors": dict(v.detectors),
                                    "latency_ms": round(v.latency_ms, 3)}))
        return events

    def _message(self, tenant_id: str, conversation_id: str, seq: int, role: str, text: str,
                 redacted: str, verdicts: list[dict[str, Any]]) -> MessageRecord:
        mid = new_id("msg")
        return MessageRecord(
            id=mid, tenant_id=tenant_id, conversation_id=conversation_id, seq=seq, role=role,
            text_blob=self._enc(tenant_id, MESSAGE_TEXT.kind, mid, text.encode("utf-8")),
            redacted_blob=self._enc(tenant_id, MESSAGE_REDACTED.kind, mid,
                                    redacted.encode("utf-8")),
            verdicts=json.dumps(verdicts, separators=(",", ":")))

    def _webhook(self, s: Session, tenant_id: str, url: Any, event_type: str,
                 payload: Mapping[str, Any], conversation_id: str) -> None:
        if url is None:
            return
        self.services.webhooks.enqueue(tenant_id, event_type, str(url), dict(payload),
                                       conversation_id=conversation_id, session=s)

    # ------------------------------------------------------------------ lifecycle
    def start(self, tenant_id: str, persona_name: str, subject_id: str,
              consent: Mapping[str, bool], *, actor: str) -> tuple[ConversationView, TurnResult]:
        """Open a conversation; refuses (409, audited) when required consent is missing."""
        if not SUBJECT_ID_PATTERN.match(subject_id):
            raise ConversationError("subject_id must be 1-200 characters of letters, digits "
                                    "and _.:@-", code="subject.invalid")
        info = self.personas.get(tenant_id, persona_name)
        persona = info.persona
        given = sorted(k for k, v in consent.items() if v is True)
        missing = [k for k in persona.consent.required if k not in given]
        ref = self._subject_ref(tenant_id, subject_id)
        if missing:
            self.audit.append(tenant_id, "consent.refused", actor=actor, reason="consent.missing",
                              subject_ref=f"persona:{persona.name}",
                              details={"missing": missing, "given": given})
            raise ConsentRequired(missing)
        state = ConversationState.new(persona)
        if _keeps_memories(persona, given):
            snippets = self.services.memories.retrieve(
                tenant_id, persona.name, ref, " ".join(o.objective_prompt
                                                       for o in persona.objectives) or None,
                persona.memory.top_k if persona.memory else 5)
            state.memories = [[sn.text, sn.source] for sn in snippets]
        outcome = self.engine.open(tenant_id, persona, state)
        cid = new_id("cv")
        now = utcnow()
        verdicts = [st.to_dict() for st in outcome.stages]
        self.vault.warm(tenant_id)
        with self.engine.cpu, self.db.session() as s:
            conv = Conversation(
                id=cid, tenant_id=tenant_id, persona_name=persona.name,
                persona_version=info.version, subject_ref=ref,
                subject_blob=self._enc(tenant_id, SUBJECT_ID.kind, cid,
                                       subject_id.encode("utf-8")),
                status="active", consent=json.dumps(dict.fromkeys(given, True)),
                residency_storage=persona.residency.storage,
                residency_inference=persona.residency.inference,
                state_blob=self._enc(tenant_id, CONVERSATION_STATE.kind, cid, state.to_json()),
                turns=0, escalated=False, created_at=now, updated_at=now,
                expires_at=now + timedelta(days=min(persona.retention_days("transcripts"),
                                                    persona.retention_days("pseudonym_maps"))))
            s.add(conv)
            s.flush()
            s.add(self._message(tenant_id, cid, 0, "assistant", outcome.reply,
                                outcome.reply_redacted, verdicts))
            events = [NewEvent("conversation.started", actor, "conversation.started",
                               f"conversation:{cid}",
                               {"persona": persona.name, "persona_version": info.version,
                                "consent": given, "residency_storage": conv.residency_storage,
                                "residency_inference": conv.residency_inference,
                                "backend": persona.llm.backend})]
            events += self._audit_stages(cid, actor, outcome.stages)
            self.audit.append_many(tenant_id, events, session=s)
            view = self._view(conv, persona, state, transcript=False)
        result = TurnResult(cid, outcome.reply, outcome.stages, False, None, view.objectives,
                            [], "active", 0, outcome.reply_model)
        return view, result

    def message(self, tenant_id: str, conversation_id: str, text: str, *,
                actor: str) -> TurnResult:
        """One guarded turn."""
        if not text.strip():
            raise ConversationError("text must not be empty", code="message.empty")
        if len(text) > MAX_MESSAGE_CHARS:
            raise ConversationError(f"text is longer than {MAX_MESSAGE_CHARS} characters",
                                    code="message.too_long")
        with self.db.session(readonly=True) as s:
            conv = self._load(s, tenant_id, conversation_id)
            if conv.status != "active":
                raise ConversationClosed(f"this conversation is {conv.status}")
            version, turns = conv.persona_version, conv.turns
            persona_name = conv.persona_name
            state = self._state(conv)
        persona = self.personas.get(tenant_id, persona_name, version).persona
        gate, updates = None, []
        if persona.tools:
            from confide.agent.toolgate import ApprovalGate, settled_updates

            gate = ApprovalGate(self.services.approvals, tenant_id, conversation_id,
                                state.pseudonymizer, self.engine.tool_specs(persona))
            shield = self.engine.shield(persona)
            updates = [u for u in settled_updates(self.services.approvals, tenant_id,
                                                  conversation_id)
                       if shield.check_input(u.text, "document").allowed]
        try:
            outcome = self.engine.run(tenant_id, persona, state, text, gate=gate,
                                      updates=updates)
        except BackendError as exc:
            self.audit.append(tenant_id, "turn.backend_failed", actor=actor, reason=exc.code,
                              subject_ref=f"conversation:{conversation_id}",
                              details={"backend": persona.llm.backend})
            raise
        with self.engine.cpu:
            return self._persist_turn(tenant_id, conversation_id, persona, state, outcome,
                                      text, turns, actor)

    def _persist_turn(self, tenant_id: str, cid: str, persona: Persona,
                      state: ConversationState, outcome: TurnOutcome, text: str, turns: int,
                      actor: str) -> TurnResult:
        verdicts = [st.to_dict() for st in outcome.stages]
        hit = outcome.escalation
        escalation_id = new_id("esc") if hit else None
        user_seq, reply_seq = 2 * turns + 1, 2 * turns + 2
        now = utcnow()
        # Encrypt before the write transaction: it holds SQLite's write lock.
        values: dict[str, Any] = {
            "state_blob": self._enc(tenant_id, CONVERSATION_STATE.kind, cid, state.to_json()),
            "turns": turns + 1, "updated_at": now}
        if hit:
            values["escalated"] = True
        messages = [self._message(tenant_id, cid, user_seq, "user", text,
                                  outcome.user_redacted or "", verdicts),
                    self._message(tenant_id, cid, reply_seq, "assistant", outcome.reply,
                                  outcome.reply_redacted, [])]
        with self.db.session() as s:
            changed = s.execute(update(Conversation).where(
                Conversation.id == cid, Conversation.tenant_id == tenant_id,
                Conversation.turns == turns, Conversation.status == "active").values(
                **values)).rowcount
            if changed != 1:
                raise ConversationBusy("another turn of this conversation ran at the same "
                                       "time; send the message again")
            s.add_all(messages)
            events = self._audit_stages(cid, actor, outcome.stages)
            if hit and escalation_id:
                s.add(Escalation(id=escalation_id, tenant_id=tenant_id, conversation_id=cid,
                                 persona_name=persona.name,
                                 guardrail=hit.guardrail.guardrail_name, stage=hit.stage,
                                 reason=f"guardrail.{hit.guardrail.guardrail_name}",
                                 status="open", created_at=now))
                events.append(NewEvent("escalation.opened", actor,
                                       f"guardrail.{hit.guardrail.guardrail_name}",
                                       f"conversation:{cid}",
                                       {"escalation_id": escalation_id, "stage": hit.stage,
                                        "score": round(hit.score, 4)}))
                self._webhook(s, tenant_id, hit.guardrail.callback_url or persona.callback_url,
                              "escalation.opened",
                              {"escalation_id": escalation_id, "conversation_id": cid,
                               "persona": persona.name,
                               "guardrail": hit.guardrail.guardrail_name, "stage": hit.stage},
                              cid)
            objectives = self._variables_view(persona, state)
            by_name = {o["name"]: o for o in objectives}
            for name in outcome.completed:
                obj = persona.objective(name)
                events.append(NewEvent("conversation.objective_completed", actor,
                                       "objective.completed", f"conversation:{cid}",
                                       {"objective": name}))
                self._webhook(s, tenant_id, obj.callback_url or persona.callback_url,
                              "objective.completed",
                              {"conversation_id": cid, "persona": persona.name,
                               "objective": name,
                               "variables": by_name.get(name, {}).get("variables", {})}, cid)
            self.audit.append_many(tenant_id, events, session=s)
        return TurnResult(cid, outcome.reply, outcome.stages, hit is not None, escalation_id,
                          objectives, outcome.completed, "active", reply_seq,
                          outcome.reply_model, outcome.sources,
                          [r.to_dict() for r in outcome.tools])

    def get(self, tenant_id: str, conversation_id: str) -> ConversationView:
        """The conversation with its redacted transcript."""
        with self.db.session(readonly=True) as s:
            conv = self._load(s, tenant_id, conversation_id)
            persona = self.personas.get(tenant_id, conv.persona_name,
                                        conv.persona_version).persona
            state = self._state(conv) if conv.state_blob is not None else None
            return self._view(conv, persona, state, transcript=True, session=s)

    def _view(self, conv: Conversation, persona: Persona, state: ConversationState | None, *,
              transcript: bool, session: Session | None = None) -> ConversationView:
        view = ConversationView(
            id=conv.id, persona=conv.persona_name, persona_version=conv.persona_version,
            status=conv.status, consent=json.loads(conv.consent or "{}"),
            residency={"storage": conv.residency_storage,
                       "inference": conv.residency_inference},
            created_at=conv.created_at, updated_at=conv.updated_at, ended_at=conv.ended_at,
            escalated=conv.escalated, turns=conv.turns,
            objectives=self._variables_view(persona, state) if state else [])
        if transcript and session is not None:
            rows = session.execute(select(MessageRecord).where(
                MessageRecord.conversation_id == conv.id).order_by(MessageRecord.seq)).scalars()
            for m in rows:
                view.transcript.append({
                    "seq": m.seq, "role": m.role, "created_at": m.created_at,
                    "text": self._dec(conv.tenant_id, MESSAGE_REDACTED.kind, m.id,
                                      m.redacted_blob).decode("utf-8"),
                    "verdicts": json.loads(m.verdicts or "[]")})
        return view

    def end(self, tenant_id: str, conversation_id: str, *, actor: str) -> ConversationView:
        """Close a conversation (idempotent for an ended one); webhook `conversation.ended`;
        facts worth remembering are stored when the persona keeps memories and the subject
        consented to them."""
        view, closed_now = self._close(tenant_id, conversation_id, actor=actor)
        if closed_now and view.turns > 0:
            self._remember(tenant_id, conversation_id, actor=actor)
        return view

    def _remember(self, tenant_id: str, conversation_id: str, *, actor: str) -> None:
        """Extract and store the conversation's memories (outside any write transaction: the
        openai extractor calls the model)."""
        from confide.memory.extract import extract_facts, objective_facts

        with self.db.session(readonly=True) as s:
            conv = self._load(s, tenant_id, conversation_id)
            persona = self.personas.get(tenant_id, conv.persona_name,
                                        conv.persona_version).persona
            consent = sorted(json.loads(conv.consent or "{}"))
            if not _keeps_memories(persona, consent) or conv.state_blob is None:
                return
            state = self._state(conv)
            ref = conv.subject_ref
            turns = [(m.role, self._dec(tenant_id, MESSAGE_REDACTED.kind, m.id,
                                        m.redacted_blob).decode("utf-8"))
                     for m in s.execute(select(MessageRecord).where(
                         MessageRecord.conversation_id == conv.id)
                         .order_by(MessageRecord.seq)).scalars()]
        assert persona.memory is not None
        mode = persona.memory.extract
        backend = self.engine.backend(persona)
        extractor = getattr(backend, "extract_memories", None)
        own: list[str] = []  # facts built from the persona's own names and closed answers
        if mode != "rules" and callable(extractor):
            facts = extractor([{"role": r, "content": t} for r, t in turns])
        else:
            status = ObjectiveTracker.from_dict(persona, state.objectives).status()
            facts = extract_facts(persona, status, [t for r, t in turns if r == "user"])
            own = objective_facts(persona, status)
        if facts:
            self.services.memories.add(tenant_id, persona.name, ref, facts,
                                       source_conversation=conversation_id,
                                       retention_days=persona.retention_days("memories"),
                                       actor=actor, persona_facts=own)

    def _close(self, tenant_id: str, conversation_id: str, *, actor: str
               ) -> tuple[ConversationView, bool]:
        self.vault.warm(tenant_id)
        closed_now = False
        with self.db.session() as s:
            conv = self._load(s, tenant_id, conversation_id)
            persona = self.personas.get(tenant_id, conv.persona_name,
                                        conv.persona_version).persona
            if conv.status == "active":
                closed_now = True
                conv.status, conv.ended_at = "ended", utcnow()
                conv.updated_at = conv.ended_at
                state = self._state(conv)
                objectives = self._variables_view(persona, state)
                self.audit.append(tenant_id, "conversation.ended", actor=actor,
                                  reason="conversation.ended",
                                  subject_ref=f"conversation:{conversation_id}",
                                  details={"turns": conv.turns, "escalated": conv.escalated},
                                  session=s)
                self._webhook(s, tenant_id, persona.callback_url, "conversation.ended",
                              {"conversation_id": conversation_id, "persona": persona.name,
                               "turns": conv.turns, "escalated": conv.escalated,
                               "objectives": objectives}, conversation_id)
            elif conv.status != "ended":
                raise ConversationClosed(f"this conversation is {conv.status}")
            state = self._state(conv)
            return self._view(conv, persona, state, transcript=False), closed_now

    # ------------------------------------------------------------------ erasure, retention
    def _erase(self, s: Session, conv: Conversation, status: str) -> int:
        n = s.execute(delete(MessageRecord).where(
            MessageRecord.conversation_id == conv.id)).rowcount or 0
        s.execute(update(Escalation).where(Escalation.conversation_id == conv.id)
                  .values(note_blob=None))
        self.services.webhooks.erase_conversation(conv.tenant_id, conv.id, session=s)
        self.services.approvals.erase_conversation(conv.tenant_id, conv.id, session=s)
        conv.state_blob = None
        conv.subject_blob = self._enc(conv.tenant_id, SUBJECT_ID.kind, conv.id, b"")
        conv.status = status
        conv.ended_at = conv.ended_at or utcnow()
        conv.updated_at = utcnow()
        return n

    def erase_subject(self, tenant_id: str, subject_id: str, *, actor: str) -> dict[str, int]:
        """Erase a subject's transcripts, pseudonym maps and memories (right to erasure);
        audited with counts only."""
        if not SUBJECT_ID_PATTERN.match(subject_id):
            raise ConversationError("subject_id is not valid", code="subject.invalid")
        ref = self._subject_ref(tenant_id, subject_id)
        conversations = messages = 0
        self.vault.warm(tenant_id)
        with self.db.session() as s:
            rows = s.execute(select(Conversation).where(
                Conversation.tenant_id == tenant_id, Conversation.subject_ref == ref,
                Conversation.status != "erased").with_for_update()).scalars().all()
            for conv in rows:
                messages += self._erase(s, conv, "erased")
                conversations += 1
            memories = self.services.memories.erase_subject(tenant_id, ref, actor=actor,
                                                            session=s)
            self.audit.append(tenant_id, "erasure.subject", actor=actor,
                              reason="erasure.requested", subject_ref=audit_subject_ref(ref),
                              details={"conversations": conversations, "messages": messages,
                                       "memories": memories}, session=s)
        self.db.checkpoint_wal()
        return {"conversations": conversations, "messages": messages, "memories": memories}

    def sweep(self, now: datetime | None = None) -> int:
        """Apply the personas' retention: erase expired transcripts (returns how many), delete
        resolved escalations, finished webhook deliveries and memories past their days."""
        now = now or utcnow()
        done = self._sweep_transcripts(now)
        self._sweep_escalations(now)
        self._sweep_webhooks(now)
        self.services.memories.sweep(now)
        return done

    def _retention(self, tenant_id: str, persona_name: str, kind: str) -> timedelta:
        try:
            persona = self.personas.get(tenant_id, persona_name).persona
            return timedelta(days=persona.retention_days(kind))
        except Exception:  # a persona that cannot be read: the longest default
            return timedelta(days=365)

    def _sweep_escalations(self, now: datetime) -> None:
        with self.db.session() as s:
            pairs = s.execute(select(Escalation.tenant_id, Escalation.persona_name).where(
                Escalation.status == "resolved").distinct()).all()
            for tenant_id, persona_name in pairs:
                cutoff = now - self._retention(tenant_id, persona_name, "escalations")
                n = s.execute(delete(Escalation).where(
                    Escalation.tenant_id == tenant_id, Escalation.persona_name == persona_name,
                    Escalation.status == "resolved", Escalation.resolved_at < cutoff)).rowcount
                if n:
                    self.audit.append(tenant_id, "escalation.expired", actor="system",
                                      reason="retention.expired",
                                      subject_ref=f"persona:{persona_name}",
                                      details={"escalations": n}, session=s)

    def _sweep_webhooks(self, now: datetime) -> None:
        with self.db.session() as s:
            rows = s.execute(select(WebhookDelivery.id, WebhookDelivery.tenant_id,
                                    WebhookDelivery.created_at, Conversation.persona_name)
                             .join(Conversation,
                                   Conversation.id == WebhookDelivery.conversation_id)
                             .where(WebhookDelivery.status.in_(("delivered", "failed")))).all()
            expired: dict[str, list[str]] = {}
            for delivery_id, tenant_id, created_at, persona_name in rows:
                if created_at < now - self._retention(tenant_id, persona_name, "webhooks"):
                    expired.setdefault(tenant_id, []).append(delivery_id)
            for tenant_id, ids in expired.items():
                s.execute(delete(WebhookAttempt).where(WebhookAttempt.delivery_id.in_(ids)))
                s.execute(delete(WebhookDelivery).where(WebhookDelivery.id.in_(ids)))
                self.audit.append(tenant_id, "webhook.expired", actor="system",
                                  reason="retention.expired", details={"deliveries": len(ids)},
                                  session=s)

    def _sweep_transcripts(self, now: datetime) -> int:
        done = 0
        with self.db.session() as s:
            rows = s.execute(select(Conversation).where(
                Conversation.expires_at <= now, Conversation.state_blob.is_not(None))
                .with_for_update(skip_locked=True)).scalars().all()
            for conv in rows:
                messages = self._erase(s, conv, "expired")
                self.audit.append(conv.tenant_id, "conversation.expired", actor="system",
                                  reason="retention.expired",
                                  subject_ref=f"conversation:{conv.id}",
                                  details={"messages": messages}, session=s)
                done += 1
        return done

    # ------------------------------------------------------------------ escalations
    def escalations(self, tenant_id: str, status: str | None = None,
                    limit: int = 100) -> list[EscalationInfo]:
        """Escalations of the tenant, newest first."""
        with self.db.session(readonly=True) as s:
            q = select(Escalation).where(Escalation.tenant_id == tenant_id)
            if status:
                q = q.where(Escalation.status == status)
            return [EscalationInfo.of(e) for e in
                    s.execute(q.order_by(Escalation.created_at.desc()).limit(limit)).scalars()]

    def resolve_escalation(self, tenant_id: str, escalation_id: str, *, actor: str,
                           resolution: str, note: str | None = None) -> EscalationInfo:
        """Mark an escalation resolved by `actor` (the note is stored encrypted)."""
        self.vault.warm(tenant_id)
        with self.db.session() as s:
            esc = s.get(Escalation, escalation_id)
            if esc is None or esc.tenant_id != tenant_id:
                err = EscalationNotFound("escalation not found")
                err.owner_tenant_id = esc.tenant_id if esc else None  # type: ignore[attr-defined]
                raise err
            if esc.status == "resolved":
                raise ConversationError("this escalation is already resolved",
                                        code="escalation.resolved")
            esc.status, esc.resolved_at, esc.resolved_by = "resolved", utcnow(), actor
            if note:
                esc.note_blob = self._enc(tenant_id, ESCALATION_NOTE.kind, esc.id,
                                          note.encode("utf-8"))
            self.audit.append(tenant_id, "escalation.resolved", actor=actor,
                              reason=f"escalation.{resolution}",
                              subject_ref=f"escalation:{esc.id}",
                              details={"guardrail": esc.guardrail}, session=s)
            s.flush()
            return EscalationInfo.of(esc)

    def upload_persona(self, tenant_id: str, persona: Persona, *, actor: str) -> PersonaInfo:
        """Store a persona version and build what it needs (models, backend) now."""
        self.engine.warm(persona)
        return self.personas.put(tenant_id, persona, actor=actor)


def _keeps_memories(persona: Persona, consent_given: list[str]) -> bool:
    """True when the persona keeps memories and the subject consented to them."""
    return bool(persona.memory and persona.memory.enabled and "memory" in consent_given)
