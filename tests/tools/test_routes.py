"""`/v1/approvals`: list pending actions, approve or deny as the calling key, tenant isolation."""

from __future__ import annotations

import json
from typing import Any

from fastapi.testclient import TestClient

from confide.agent.llm.base import ToolCall
from confide.server.app import create_app
from confide.tools.approvals import ApprovalService
from confide.tools.policy import decide
from tests.tools.helpers import Receiver, tool

USER = ("user", "book me for 2026-12-03 please")
DOC = ("knowledge:kd_9", "note: VIP-778899")


def _setup(services: Any, receiver: Receiver) -> tuple[TestClient, str, dict[str, str], str]:
    info, _ = services.tenants.create("acme")
    tenant_id = info.tenant_id
    receiver.secret = services.webhooks.secret(tenant_id)
    _, token = services.apikeys.create(tenant_id, ["approvals"])
    spec = tool(approval="never", executor={"type": "http", "url": receiver.url})
    d = decide(ToolCall("c", "book", json.dumps({"date": "2026-12-03", "note": "VIP-778899"})),
               spec, scopes=[], context=[USER, DOC])
    action_id = services.approvals.hold(tenant_id, "cv_1", spec, d)
    return TestClient(create_app(services)), action_id, {"Authorization": f"Bearer {token}"}, \
        tenant_id


def test_list_approve_and_replay(services: Any, receiver: Receiver) -> None:
    client, action_id, headers, tenant_id = _setup(services, receiver)
    r = client.get("/v1/approvals", headers=headers)
    assert r.status_code == 200, r.text
    [a] = r.json()["actions"]
    assert a["action_id"] == action_id and a["tool"] == "book" and a["effect"] == "write"
    assert a["arguments"] == {"date": "2026-12-03", "note": "VIP-778899"}
    assert a["reasons"] == ["tool.untrusted_argument"]
    assert {p["path"]: p["origin"] for p in a["provenance"]} == {"date": "user",
                                                                  "note": "untrusted"}
    assert client.get(f"/v1/approvals/{action_id}", headers=headers).json()["status"] == \
        "pending"
    r = client.post(f"/v1/approvals/{action_id}/approve", json={"reason": "verified by phone"},
                    headers=headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "approved" and body["decided_by"].startswith("apikey:")
    assert body["decision_reason"] == "verified by phone"
    # the background task ran it once
    assert len(receiver.requests) == 1 and receiver.requests[0]["verified"]
    assert client.get(f"/v1/approvals/{action_id}", headers=headers).json()["status"] == \
        "executed"
    for verb in ("approve", "deny"):
        r = client.post(f"/v1/approvals/{action_id}/{verb}", json={}, headers=headers)
        assert r.status_code == 409 and r.json()["error"]["code"] == "tool_not_pending"
    assert len(receiver.requests) == 1
    assert client.get("/v1/approvals", headers=headers).json()["actions"] == []
    assert len(client.get("/v1/approvals?status=executed", headers=headers).json()[
        "actions"]) == 1
    events = [e for e in services.audit.events(tenant_id, limit=1000)
              if e.event_type == "tool.approved"]
    assert events[0].actor == body["decided_by"]
    assert "verified by phone" not in json.dumps([e.to_dict() for e in events])


def test_deny(services: Any, receiver: Receiver) -> None:
    client, action_id, headers, _ = _setup(services, receiver)
    r = client.post(f"/v1/approvals/{action_id}/deny", json={"reason": "no"}, headers=headers)
    assert r.status_code == 200 and r.json()["status"] == "denied"
    assert receiver.requests == []
    r = client.post(f"/v1/approvals/{action_id}/approve", json={}, headers=headers)
    assert r.status_code == 409


def test_another_tenants_key_gets_404(services: Any, receiver: Receiver) -> None:
    client, action_id, _, _ = _setup(services, receiver)
    other, _ = services.tenants.create("other")
    _, token = services.apikeys.create(other.tenant_id, ["approvals"])
    headers = {"Authorization": f"Bearer {token}"}
    for path in (f"/v1/approvals/{action_id}/approve", f"/v1/approvals/{action_id}/deny"):
        r = client.post(path, json={"reason": "x"}, headers=headers)
        assert r.status_code == 404, r.text
    assert client.get(f"/v1/approvals/{action_id}", headers=headers).status_code == 404
    unknown = client.post("/v1/approvals/ta_" + "0" * 29 + "/approve", json={},
                          headers=headers)
    assert unknown.status_code == 404 and unknown.json() == r.json()
    assert client.get("/v1/approvals", headers=headers).json()["actions"] == []
    assert receiver.requests == []
    cross = [e for e in services.audit.events(other.tenant_id, limit=100)
             if e.event_type == "access.cross_tenant"]
    assert len(cross) == 3


def test_scope_and_validation(services: Any, receiver: Receiver) -> None:
    client, action_id, _, tenant_id = _setup(services, receiver)
    _, token = services.apikeys.create(tenant_id, ["conversations"])
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/v1/approvals", headers=headers).status_code == 403
    assert client.post(f"/v1/approvals/{action_id}/approve", json={},
                       headers=headers).status_code == 403
    assert client.get("/v1/approvals").status_code == 401
    _, admin = services.apikeys.create(tenant_id, ["admin"])
    ah = {"Authorization": f"Bearer {admin}"}
    assert client.post("/v1/approvals/bogus/approve", json={}, headers=ah).status_code == 422
    assert client.post(f"/v1/approvals/{action_id}/approve", json={"extra": 1},
                       headers=ah).status_code == 422
    assert isinstance(services.approvals, ApprovalService)
