"""`/v1/documents` over real services: JSON and multipart ingest, replace, delete, review list,
errors (nothing stored, audited), scope checks and the cross-tenant 404."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from confide.knowledge import KnowledgeBase
from confide.server.app import create_app
from confide.server.routes import documents
from tests.knowledge.conftest import CLAIMS_MD, DISCHARGE_MD, INJECTED_MD
from tests.knowledge.test_extract import minimal_pdf


@pytest.fixture
def api(services, shield, embedder):
    services.knowledge = KnowledgeBase(services.db, services.vault, services.audit, shield,
                                       embedder)
    with TestClient(create_app(services, routers=[documents.router])) as client:
        yield client


def _key(services, name: str, scopes=("documents",)) -> tuple[str, dict[str, str]]:
    info, _ = services.tenants.create(name)
    _, token = services.apikeys.create(info.tenant_id, list(scopes))
    return info.tenant_id, {"Authorization": f"Bearer {token}"}


def _events(services, tenant_id: str, event_type: str):
    return [e for e in services.audit.events(tenant_id, 0, 10_000) if e.event_type == event_type]


def test_json_ingest_get_list_replace_delete(api, services):
    tenant, auth = _key(services, "clinic")
    r = api.post("/v1/documents", headers=auth, json={
        "name": "discharge.md", "text": DISCHARGE_MD, "tags": ["discharge"]})
    assert r.status_code == 201, r.text
    doc = r.json()
    assert doc["content_type"] == "text/markdown" and doc["chunk_count"] == 3
    assert doc["quarantined_count"] == 0 and "chunks" not in {k for k, v in doc.items() if v}
    got = api.get(f"/v1/documents/{doc['id']}", headers=auth, params={"chunks": "true"}).json()
    assert [c["headings"][-1] for c in got["chunks"]] == ["Medication", "Wound care",
                                                          "When to call"]
    assert "text" not in got["chunks"][0]
    assert [d["id"] for d in api.get("/v1/documents", headers=auth).json()["documents"]] \
        == [doc["id"]]
    assert api.get("/v1/documents", headers=auth, params={"tag": "nope"}).json() \
        == {"documents": []}
    r = api.put(f"/v1/documents/{doc['id']}", headers=auth, json={"text": CLAIMS_MD,
                                                                  "tags": ["claims"]})
    assert r.status_code == 200 and r.json()["revision"] == 2
    assert r.json()["tags"] == ["claims"] and r.json()["name"] == "discharge.md"
    assert api.delete(f"/v1/documents/{doc['id']}", headers=auth).status_code == 204
    assert api.get(f"/v1/documents/{doc['id']}", headers=auth).status_code == 404
    assert services.knowledge.list(tenant) == []


def test_multipart_upload_of_html_and_pdf(api, services):
    tenant, auth = _key(services, "insurer")
    html = b"<h1>Claims</h1><h2>Deadline</h2><p>Report within 30 days.</p>"
    r = api.post("/v1/documents", headers=auth, data={"tags": "claims, public"},
                 files={"file": ("claims.html", html, "text/html")})
    assert r.status_code == 201, r.text
    assert r.json()["name"] == "claims.html" and r.json()["tags"] == ["claims", "public"]
    pdf = minimal_pdf(["Required documents", "Send the police report number."])
    r = api.post("/v1/documents", headers=auth, data={"name": "Required documents"},
                 files={"file": ("req.pdf", pdf, "application/octet-stream")})
    assert r.status_code == 201, r.text
    assert r.json()["content_type"] == "application/pdf" and r.json()["tags"] == []
    doc_id = r.json()["id"]
    r = api.put(f"/v1/documents/{doc_id}", headers=auth,
                files={"file": ("req.md", b"# Docs\n\nPhotos too.", "text/markdown")})
    assert r.status_code == 200 and r.json()["name"] == "Required documents"
    assert r.json()["content_type"] == "text/markdown"
    hits = services.knowledge.search(tenant, _persona(), "police report")
    assert all(h.source.startswith("knowledge:") for h in hits)


def _persona():
    from tests.knowledge.conftest import persona

    return persona()


def test_quarantine_review_list(api, services):
    _, auth = _key(services, "clinic")
    doc = api.post("/v1/documents", headers=auth, json={
        "name": "logistics.md", "text": INJECTED_MD}).json()
    assert doc["quarantined_count"] == 1
    held = api.get("/v1/documents/quarantine", headers=auth).json()["chunks"]
    assert len(held) == 1 and held[0]["document_id"] == doc["id"]
    assert held[0]["source"] == f"knowledge:{doc['id']}#1" and held[0]["text"] is None
    assert "input.injection" in held[0]["reasons"]
    full = api.get("/v1/documents/quarantine", headers=auth,
                   params={"include_text": "true"}).json()["chunks"]
    assert "Ignore all previous" in full[0]["text"]


@pytest.mark.parametrize(("kwargs", "status", "code"), [
    ({"json": {"name": "a.docx", "text": "x", "content_type": "application/msword"}}, 415,
     "unsupported_type"),
    ({"json": {"name": "a.md", "text": "\n\n  \n"}}, 422, "empty"),
    ({"json": {"name": "a.md"}}, 422, "validation_error"),
    ({"json": {"name": "a.md", "text": "x", "tags": ["bad tag"]}}, 422, "invalid"),
    ({"content": b"raw", "headers": {"content-type": "text/plain"}}, 415,
     "unsupported_media_type"),
    ({"data": {"tags": "a"}, "files": {"other": ("x.md", b"x", "text/markdown")}}, 422,
     "validation_error"),
    ({"files": {"file": ("x.zip", b"PK\x03\x04", "application/zip")}}, 415,
     "unsupported_type"),
    ({"files": {"file": ("x.pdf", b"%PDF-1.4 broken", "application/pdf")}}, 422,
     "unreadable"),
])
def test_bad_uploads_are_clear_4xx_store_nothing_and_are_audited(api, services, kwargs,
                                                                 status, code):
    tenant, auth = _key(services, "clinic")
    headers = {**auth, **kwargs.pop("headers", {})}
    r = api.post("/v1/documents", headers=headers, **kwargs)
    assert r.status_code == status, r.text
    assert r.json()["error"]["code"] == code
    assert services.knowledge.list(tenant) == []
    rejected = _events(services, tenant, "knowledge.document.rejected")
    assert len(rejected) == 1 and rejected[0].reason.startswith("knowledge.")


def test_another_tenants_document_is_the_same_404_as_an_unknown_one(api, services):
    _, owner_auth = _key(services, "clinic")
    other, other_auth = _key(services, "insurer")
    doc = api.post("/v1/documents", headers=owner_auth, json={
        "name": "discharge.md", "text": DISCHARGE_MD}).json()
    unknown = "doc_" + "0" * 28
    answers = []
    for doc_id in (doc["id"], unknown):
        for method in ("get", "delete"):
            answers.append(api.request(method, f"/v1/documents/{doc_id}", headers=other_auth))
        answers.append(api.put(f"/v1/documents/{doc_id}", headers=other_auth,
                               json={"text": "overwrite"}))
    assert {r.status_code for r in answers} == {404}
    assert len({r.text for r in answers}) == 1
    assert len(_events(services, other, "access.cross_tenant")) == 3
    assert len(_events(services, other, "access.not_found")) == 3
    assert api.get(f"/v1/documents/{doc['id']}", headers=owner_auth).json()["revision"] == 1
    assert api.get("/v1/documents", headers=other_auth).json() == {"documents": []}


def test_scope_and_authentication_are_required(api, services):
    _, no_scope = _key(services, "clinic", scopes=("conversations",))
    assert api.get("/v1/documents", headers=no_scope).status_code == 403
    assert api.post("/v1/documents", json={"name": "a", "text": "b"}).status_code == 401
    _, auth = _key(services, "other")
    assert api.get("/v1/documents/not-an-id", headers=auth).status_code == 422
