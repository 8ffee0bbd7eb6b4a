"""`GET /v1/subjects/{id}/memories`: scope, tenant isolation, audit."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from confide.agent.records import subject_ref
from confide.memory.store import MemoryStore
from confide.server.app import create_app
from confide.store.models import AuditEvent
from tests.agent.runtime_helpers import Api


def remember(services: Any, tenant_id: str, subject: str, facts: list[str],
             persona: str = "hospital-discharge") -> list[str]:
    sref = subject_ref(services.vault.audit_key(tenant_id), subject)
    return services.memories.add(tenant_id, persona, sref, facts, source_conversation="cv_1",
                                 retention_days=30, actor="test")


def test_operators_list_a_subjects_memories(memories_any: MemoryStore,
                                            services_any: Any) -> None:
    api = Api(services_any, create_app(services_any))
    ids = remember(services_any, api.tenant_id, "patient-1",
                   ["user said: \"I keep forgetting the evening dose\""])
    remember(services_any, api.tenant_id, "patient-1", ["did not answer: photos"],
             persona="insurance-claims")
    remember(services_any, api.tenant_id, "patient-2", ["did not answer: x"])
    r = api.get("/v1/subjects/patient-1/memories")
    assert r.status_code == 200, r.text
    got = r.json()["memories"]
    assert {m["fact"] for m in got} == {"user said: \"I keep forgetting the evening dose\"",
                                        "did not answer: photos"}
    r = api.get("/v1/subjects/patient-1/memories?persona=hospital-discharge")
    (only,) = r.json()["memories"]
    assert only["id"] == ids[0] and only["source_conversation"] == "cv_1"
    assert set(only) == {"id", "persona", "fact", "source_conversation", "created_at",
                         "expires_at"}
    assert api.get("/v1/subjects/nobody/memories").json() == {"memories": []}
    with services_any.db.session(readonly=True) as s:
        reads = list(s.execute(select(AuditEvent).where(
            AuditEvent.tenant_id == api.tenant_id,
            AuditEvent.event_type == "memory.read")).scalars())
    assert len(reads) == 3
    assert json.loads(reads[0].details) == {"persona": None, "memories": 2}
    assert "forgetting" not in reads[0].details


def test_the_admin_scope_is_required(memories: MemoryStore, services: Any) -> None:
    api = Api(services, create_app(services))
    remember(services, api.tenant_id, "patient-1", ["did not answer: x"])
    for scopes in (("conversations",), ("escalations", "audit:read")):
        r = api.get("/v1/subjects/patient-1/memories", headers=api.key(*scopes))
        assert r.status_code == 403
    assert api.get("/v1/subjects/patient-1/memories", headers={}).status_code == 401
    assert api.get("/v1/subjects/bad%20id/memories").status_code == 422
    assert api.get("/v1/subjects/p/memories?persona=Bad Name").status_code == 422


def test_another_tenants_memories_are_invisible(memories_any: MemoryStore,
                                                services_any: Any) -> None:
    app = create_app(services_any)
    a, b = Api(services_any, app, "a"), Api(services_any, app, "b")
    remember(services_any, a.tenant_id, "patient-1", ["user said: \"secret of tenant a\""])
    # a fact as a caller would give it ("fact of tenant b" reads to the detector as a request
    # for another tenant's data, and the memory store drops what it flags)
    remember(services_any, b.tenant_id, "patient-1", ["user said: \"prefers morning calls\""])
    got_b = b.get("/v1/subjects/patient-1/memories").json()["memories"]
    assert [m["fact"] for m in got_b] == ["user said: \"prefers morning calls\""]
    got_a = a.get("/v1/subjects/patient-1/memories").json()["memories"]
    assert [m["fact"] for m in got_a] == ["user said: \"secret of tenant a\""]
    # erasure in tenant b leaves tenant a's memories of the same subject id alone
    sref_b = subject_ref(services_any.vault.audit_key(b.tenant_id), "patient-1")
    assert services_any.memories.erase_subject(b.tenant_id, sref_b) == 1
    assert b.get("/v1/subjects/patient-1/memories").json()["memories"] == []
    assert len(a.get("/v1/subjects/patient-1/memories").json()["memories"]) == 1
