"""The conversation service below the API: concurrency, retention, rotation, tenant deletion."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from confide.agent.conversations import (
    ConversationBusy,
    ConversationClosed,
    ConversationService,
)
from confide.agent.llm.base import ModelReply, ModelRequest
from confide.agent.persona import load_persona
from confide.agent.turn import TurnEngine
from confide.store.models import Conversation, MessageRecord, utcnow

PERSONA = """
name: slow
system_prompt: You are a polite assistant for a dental practice.
greeting: Hello from the practice.
llm: {backend: scripted, script: ["Thank you, noted."]}
retention: {transcripts: 30}
"""


class SlowBackend:
    """A model double that takes a while to answer."""

    name = "slow"

    def greet(self, request: ModelRequest) -> ModelReply:
        return ModelReply("Hello from the practice.")

    def respond(self, request: ModelRequest) -> ModelReply:
        time.sleep(0.4)
        return ModelReply("Thank you, noted.")


@pytest.fixture
def runtime(services_any: Any) -> tuple[ConversationService, str]:
    info, _ = services_any.tenants.create("dental")
    svc = ConversationService(services_any, TurnEngine(backend_factory=lambda p: SlowBackend()))
    svc.upload_persona(info.tenant_id, load_persona(PERSONA), actor="test")
    return svc, info.tenant_id


def test_two_turns_of_one_conversation_never_interleave(runtime: Any) -> None:
    svc, tenant = runtime
    view, _ = svc.start(tenant, "slow", "patient-1", {}, actor="test")
    results: list[str] = []

    def turn(text: str) -> None:
        try:
            svc.message(tenant, view.id, text, actor="test")
            results.append("ok")
        except ConversationBusy:
            results.append("busy")

    threads = [threading.Thread(target=turn, args=(f"message {i}",)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["busy", "ok"]
    got = svc.get(tenant, view.id)
    assert got.turns == 1 and [m["seq"] for m in got.transcript] == [0, 1, 2]


def test_retention_sweep_erases_expired_transcripts(runtime: Any) -> None:
    svc, tenant = runtime
    old, _ = svc.start(tenant, "slow", "patient-2", {}, actor="test")
    new, _ = svc.start(tenant, "slow", "patient-3", {}, actor="test")
    svc.message(tenant, old.id, "My phone is 617-555-0100.", actor="test")
    assert svc.sweep() == 0
    with svc.db.session() as s:
        s.get(Conversation, old.id).expires_at = utcnow() - timedelta(seconds=1)
    assert svc.sweep() == 1
    assert svc.get(tenant, old.id).status == "expired"
    assert svc.get(tenant, old.id).transcript == []
    assert svc.get(tenant, new.id).transcript
    with pytest.raises(ConversationClosed):
        svc.message(tenant, old.id, "hello", actor="test")
    events = svc.audit.events(tenant, limit=1000)
    assert any(e.event_type == "conversation.expired" for e in events)
    with svc.db.session(readonly=True) as s:
        conv = s.get(Conversation, new.id)
        assert conv.expires_at - conv.created_at == timedelta(days=30)


def test_key_rotation_rewraps_runtime_ciphertext(runtime: Any) -> None:
    svc, tenant = runtime
    view, _ = svc.start(tenant, "slow", "patient-4", {}, actor="test")
    svc.message(tenant, view.id, "hello", actor="test")
    svc.vault.rotate(tenant)
    assert svc.vault.rewrap(tenant) >= 5  # persona, subject, state, 3 messages x 2 copies
    svc.personas.forget(tenant)
    assert [m["text"] for m in svc.get(tenant, view.id).transcript][-1] == "Thank you, noted."


def test_deleting_the_tenant_removes_its_conversations(runtime: Any) -> None:
    svc, tenant = runtime
    view, _ = svc.start(tenant, "slow", "patient-5", {}, actor="test")
    svc.message(tenant, view.id, "hello", actor="test")
    svc.services.tenants.delete(tenant)
    with svc.db.session(readonly=True) as s:
        for model in (Conversation, MessageRecord):
            assert s.execute(select(func.count()).select_from(model).where(
                model.tenant_id == tenant)).scalar_one() == 0


def test_sweep_deletes_old_resolved_escalations_and_finished_webhooks(services: Any) -> None:
    from confide.store.models import Escalation, WebhookDelivery

    info, _ = services.tenants.create("clinic")
    svc = ConversationService(services, TurnEngine(backend_factory=lambda p: SlowBackend()))
    svc.upload_persona(info.tenant_id, load_persona(
        PERSONA + "callback_url: http://127.0.0.1:9/hook\n"), actor="test")
    view, _ = svc.start(info.tenant_id, "slow", "patient-9", {}, actor="test")
    svc.end(info.tenant_id, view.id, actor="test")  # queues conversation.ended
    with svc.db.session() as s:
        s.add(Escalation(id="esc_" + "a" * 28, tenant_id=info.tenant_id,
                         conversation_id=view.id, persona_name="slow", guardrail="g",
                         stage="user", reason="guardrail.g", status="resolved",
                         resolved_at=utcnow() - timedelta(days=400)))
        s.add(Escalation(id="esc_" + "b" * 28, tenant_id=info.tenant_id,
                         conversation_id=view.id, persona_name="slow", guardrail="g",
                         stage="user", reason="guardrail.g", status="open"))
        for d in s.execute(select(WebhookDelivery)).scalars():
            d.status, d.created_at = "delivered", utcnow() - timedelta(days=400)
    svc.sweep()
    with svc.db.session(readonly=True) as s:
        left = {e.id[4] for e in s.execute(select(Escalation)).scalars()}
        assert left == {"b"}  # the open one stays, whatever its age
        assert s.execute(select(func.count()).select_from(WebhookDelivery)).scalar_one() == 0
