"""The recipe the runtime follows, on a real flow conversation: at its end, extract facts from
the stored (pseudonymised) objective state and redacted user messages, store them; at the
next start, retrieve and fence them. No raw identifier reaches a memory."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from confide.agent.objectives import ObjectiveTracker
from confide.agent.personas import PersonaStore
from confide.agent.records import CONVERSATION_STATE, MESSAGE_REDACTED, subject_ref
from confide.agent.turn import ConversationState
from confide.memory import extract_facts, fence_memories
from confide.memory.extract import objective_facts
from confide.memory.store import MemoryStore
from confide.server.app import create_app
from confide.store.models import Conversation, MessageRecord
from tests.agent.runtime_helpers import Api


def test_a_finished_flow_conversation_becomes_memories(memories: MemoryStore,
                                                       services: Any) -> None:
    api = Api(services, create_app(services))
    persona = api.upload_example("hospital-discharge")["name"]
    cid = api.start(persona, "patient-7", transcript_storage=True)["id"]
    for text in ("It's the 3rd of March 1961.", "Yes, that's right.",
                 "No, honestly they were confusing.", "Evenings are best for me.",
                 "My son John Smith drives me, but I keep forgetting the evening dose.",
                 "Yes, I have."):
        api.say(cid, text)
    assert api.post(f"/v1/conversations/{cid}/end").json()["status"] == "ended"

    # what the runtime has at the end of the conversation
    vault, t = services.vault, api.tenant_id
    with services.db.session(readonly=True) as s:
        conv = s.get(Conversation, cid)
        state = ConversationState.from_json(vault.decrypt(t, CONVERSATION_STATE.kind or "",
                                                          cid, conv.state_blob))
        user_texts = [vault.decrypt(t, MESSAGE_REDACTED.kind or "", m.id,
                                    m.redacted_blob).decode()
                      for m in s.execute(select(MessageRecord).where(
                          MessageRecord.conversation_id == cid, MessageRecord.role == "user")
                          .order_by(MessageRecord.seq)).scalars()]
        sref = conv.subject_ref
    assert sref == subject_ref(vault.audit_key(t), "patient-7")
    p = PersonaStore(services.db, vault, services.audit).get(t, persona).persona
    status = ObjectiveTracker.from_dict(p, state.objectives).status()
    facts = extract_facts(p, status, user_texts)
    assert "discharge_instructions: understands_instructions = no" in facts
    assert "instructions_review: nurse_callback_time = evening" in facts
    said = [f for f in facts if "forgetting the evening dose" in f]
    assert said and "John" not in said[0] and "Smith" not in said[0]

    ids = memories.add(t, persona, sref, facts, source_conversation=cid,
                       retention_days=p.retention_days("memories"), actor="system",
                       persona_facts=objective_facts(p, status))
    assert len(ids) == len(facts)

    # the next conversation's start: newest first, or ranked by what it is about
    got = memories.retrieve(t, persona, sref, None, 5)
    assert {s.text for s in got} == set(facts)
    query = " ".join(o.objective_prompt for o in p.objectives)
    ranked = memories.retrieve(t, persona, sref, query, 2)
    assert len(ranked) == 2
    block = fence_memories(got)
    assert block.count('<data source="memory:mem_') == len(facts)
    assert "1961" not in block and "John" not in block
