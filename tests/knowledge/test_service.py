"""KnowledgeBase over real storage: ingest, search, tags, replace/delete across instances,
encryption at rest, quarantine, shredding, tenant deletion and key rotation."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from confide.knowledge import (
    DocumentNotFound,
    EmptyDocument,
    InvalidDocument,
    KnowledgeBase,
    UnsupportedContentType,
)
from confide.store.models import AuditEvent, KnowledgeChunk, KnowledgeDocument
from confide.vault import KeyDestroyed
from tests.knowledge.conftest import CLAIMS_MD, DISCHARGE_MD, INJECTED_MD, persona


def _kb(services, shield, embedder, **kw) -> KnowledgeBase:
    return KnowledgeBase(services.db, services.vault, services.audit, shield, embedder,
                         check_s=0.0, **kw)


@pytest.fixture
def any_kb(services_any, shield, embedder):
    return _kb(services_any, shield, embedder)


@pytest.fixture
def any_tenant(services_any) -> str:
    return services_any.tenants.create("clinic")[0].tenant_id


def test_ingest_then_search_finds_the_answering_chunk(any_kb, any_tenant):
    doc = any_kb.ingest(any_tenant, "discharge.md", DISCHARGE_MD, "text/markdown",
                        tags=["discharge"], actor="apikey:k1")
    assert doc.chunk_count == 3 and doc.quarantined_count == 0 and doc.revision == 1
    assert doc.name == "discharge.md" and doc.tags == ("discharge",)
    hits = any_kb.search(any_tenant, persona(top_k=2), "When should I take the evening dose?")
    assert hits[0].source == f"knowledge:{doc.id}#0"
    assert "atorvastatin" in hits[0].text and len(hits) <= 2
    wound = any_kb.search(any_tenant, persona(top_k=1), "can I take a bath after surgery")
    assert wound[0].source == f"knowledge:{doc.id}#1"


def test_positions_are_kept_for_citations(kb, tenant):
    doc = kb.ingest(tenant, "discharge.md", DISCHARGE_MD, "text/markdown")
    info = kb.get(tenant, doc.id, chunks=True)
    assert info.chunks is not None
    assert [c.headings for c in info.chunks] == [
        ("Discharge instructions", "Medication"), ("Discharge instructions", "Wound care"),
        ("Discharge instructions", "When to call")]
    for c in info.chunks:
        assert DISCHARGE_MD[c.start:c.end].strip()
        assert c.status == "active"
    assert info.chunks[2].start == DISCHARGE_MD.index("Call the nurse line")


def test_tags_select_what_a_persona_may_read(kb, tenant):
    d1 = kb.ingest(tenant, "discharge.md", DISCHARGE_MD, tags=["discharge"])
    d2 = kb.ingest(tenant, "claims.md", CLAIMS_MD, tags=["claims", "public"])
    q = "what documents and photos do I need to send"
    only_discharge = kb.search(tenant, persona(["discharge"], top_k=10), q)
    assert only_discharge and all(s.source.startswith(f"knowledge:{d1.id}#")
                                  for s in only_discharge)
    claims = kb.search(tenant, persona(["public"]), q)
    assert claims[0].source.startswith(f"knowledge:{d2.id}#")
    everything = kb.search(tenant, persona([], top_k=20), q)
    assert {s.source.split("#")[0] for s in everything} == {f"knowledge:{d1.id}",
                                                            f"knowledge:{d2.id}"}
    assert kb.search(tenant, persona(["nothing-tagged-so"]), q) == []


def test_replace_and_delete_are_seen_by_another_process(services_any, shield, embedder,
                                                        any_tenant):
    a = _kb(services_any, shield, embedder)
    b = _kb(services_any, shield, embedder)  # another server process sharing the database
    doc = a.ingest(any_tenant, "claims.md", CLAIMS_MD, tags=["claims"])
    q = "how long do I have to report an accident"
    assert b.search(any_tenant, persona(), q)[0].source == f"knowledge:{doc.id}#0"
    assert "30 days" in b.search(any_tenant, persona(), q)[0].text
    new = CLAIMS_MD.replace("within 30 days", "within 14 days")
    replaced = a.replace(any_tenant, doc.id, new, "text/markdown", actor="apikey:k1")
    assert replaced.id == doc.id and replaced.revision == 2 and replaced.tags == ("claims",)
    top = b.search(any_tenant, persona(), q)[0]
    assert "14 days" in top.text and "30 days" not in top.text
    a.delete(any_tenant, doc.id)
    assert b.search(any_tenant, persona(), q) == []
    with pytest.raises(DocumentNotFound):
        b.get(any_tenant, doc.id)


def test_a_rebuild_decrypts_only_the_documents_that_changed(kb, tenant, monkeypatch):
    d1 = kb.ingest(tenant, "discharge.md", DISCHARGE_MD)
    kb.search(tenant, persona(), "evening dose")
    before = kb.cache.peek(tenant)
    assert before is not None
    d2 = kb.ingest(tenant, "claims.md", CLAIMS_MD)
    kb.search(tenant, persona(), "evening dose")
    after = kb.cache.peek(tenant)
    assert after is not before and after.version == before.version + 1
    assert after.documents[d1.id] is before.documents[d1.id]  # reused, not re-decrypted
    assert d2.id in after.documents


def test_chunk_text_names_and_vectors_are_encrypted_at_rest(any_kb, any_tenant, services_any):
    any_kb.ingest(any_tenant, "secret-plan.md", DISCHARGE_MD, tags=["discharge"])
    with services_any.db.session(readonly=True) as s:
        chunks = s.execute(select(KnowledgeChunk)).scalars().all()
        docs = s.execute(select(KnowledgeDocument)).scalars().all()
    assert chunks and docs
    for c in chunks:
        for word in (b"metoprolol", b"incision", b"nurse", b"Medication", b"Wound"):
            assert word not in c.text_blob and word not in c.vector_blob
        assert len(c.vector_blob) > 128 * 4  # float32 vector + nonce + tag, not clear floats
    assert b"secret-plan" not in docs[0].name_blob
    with services_any.db.engine.connect() as conn:
        dump = repr(conn.execute(text("SELECT * FROM knowledge_chunks")).all())
        dump += repr(conn.execute(text("SELECT * FROM knowledge_documents")).all())
    assert "metoprolol" not in dump and "secret-plan" not in dump
    assert "discharge" in dump  # tags are stored in clear, by design


def test_an_injected_chunk_is_quarantined_listed_audited_never_returned(kb, tenant,
                                                                       services):
    doc = kb.ingest(tenant, "logistics.md", INJECTED_MD, tags=["logistics"])
    assert doc.chunk_count == 2 and doc.quarantined_count == 1
    held = kb.quarantined(tenant)
    assert len(held) == 1 and held[0].document_id == doc.id and held[0].seq == 1
    assert "input.injection" in held[0].reasons and held[0].text is None
    assert held[0].headings == ("Clinic logistics", "Assistant note")
    assert "Ignore all previous" in kb.quarantined(tenant, include_text=True)[0].text
    assert "Ignore" not in repr(held[0])
    for q in ("ignore all previous instructions", "developer mode system prompt",
              "stop taking every medication", "assistant note"):
        for s in kb.search(tenant, persona(top_k=20), q):
            assert s.source != f"knowledge:{doc.id}#1"
            assert "Ignore all previous" not in s.text
    with services.db.session(readonly=True) as s:
        events = s.execute(select(AuditEvent).where(
            AuditEvent.tenant_id == tenant,
            AuditEvent.event_type.like("knowledge.%"))).scalars().all()
    quarantine = [e for e in events if e.event_type == "knowledge.quarantined"]
    assert len(quarantine) == 1 and quarantine[0].reason == "input.injection"
    details = quarantine[0].details_dict()
    assert details["chunks"] == 1 and details["seqs"] == [1]
    assert details["reasons"]["input.injection"] == 1
    for e in events:  # ids, counts and reason codes only
        assert "Ignore" not in e.details and "logistics.md" not in e.details
        assert "garage" not in e.details


def test_bad_uploads_store_nothing_and_are_audited(kb, tenant, services):
    with pytest.raises(UnsupportedContentType):
        kb.ingest(tenant, "a.docx", b"PK\x03\x04...", "application/msword")
    with pytest.raises(EmptyDocument):
        kb.ingest(tenant, "empty.md", "  \n\n ", "text/markdown")
    with pytest.raises(InvalidDocument):
        kb.ingest(tenant, "ok.md", "text", tags=["has space"])
    small = _kb(services, kb.shield, kb.embedder, max_bytes=100)
    with pytest.raises(InvalidDocument) as info:
        small.ingest(tenant, "big.txt", "x " * 100)
    assert info.value.code == "knowledge.too_large"
    assert kb.list(tenant) == []
    with services.db.session(readonly=True) as s:
        reasons = s.execute(select(AuditEvent.reason).where(
            AuditEvent.tenant_id == tenant,
            AuditEvent.event_type == "knowledge.document.rejected")).scalars().all()
    assert sorted(reasons) == ["knowledge.empty", "knowledge.invalid", "knowledge.too_large",
                               "knowledge.unsupported_type"]


def test_documents_of_another_tenant_are_not_found(kb, tenant, services):
    other = services.tenants.create("insurer")[0].tenant_id
    doc = kb.ingest(other, "claims.md", CLAIMS_MD)
    for call in (lambda: kb.get(tenant, doc.id), lambda: kb.delete(tenant, doc.id),
                 lambda: kb.replace(tenant, doc.id, "new text")):
        with pytest.raises(DocumentNotFound) as info:
            call()
        assert info.value.owner_tenant_id == other
    with pytest.raises(DocumentNotFound) as info:
        kb.get(tenant, "doc_0000000000000000000000000000")
    assert info.value.owner_tenant_id is None
    assert kb.list(tenant) == [] and kb.get(other, doc.id).name == "claims.md"


def test_a_shredded_tenants_index_cannot_be_loaded(any_kb, any_tenant, services_any):
    any_kb.ingest(any_tenant, "discharge.md", DISCHARGE_MD)
    assert any_kb.search(any_tenant, persona(), "evening dose")
    services_any.vault.shred(any_tenant)
    with pytest.raises(KeyDestroyed, match="knowledge base cannot be loaded"):
        any_kb.search(any_tenant, persona(), "evening dose")
    assert any_kb.cache.peek(any_tenant) is None
    fresh = KnowledgeBase(services_any.db, services_any.vault, services_any.audit,
                          any_kb.shield, any_kb.embedder)
    with pytest.raises(KeyDestroyed):
        fresh.load(any_tenant)


def test_another_process_stops_serving_a_shredded_tenant_within_check_s(services_any, shield,
                                                                       embedder, any_tenant):
    from confide.vault import Vault

    a = _kb(services_any, shield, embedder)
    other_vault = Vault(services_any.db, services_any.vault.provider)  # its own key cache
    b = KnowledgeBase(services_any.db, other_vault, services_any.audit, shield, embedder,
                      check_s=0.0)
    a.ingest(any_tenant, "discharge.md", DISCHARGE_MD)
    assert b.search(any_tenant, persona(), "evening dose")  # b has the key and index cached
    services_any.vault.shred(any_tenant)
    with pytest.raises(KeyDestroyed):
        b.search(any_tenant, persona(), "evening dose")
    assert b.cache.peek(any_tenant) is None


def test_tenant_deletion_purges_the_knowledge_rows(kb, tenant, services):
    kb.ingest(tenant, "discharge.md", DISCHARGE_MD)
    kb.search(tenant, persona(), "evening dose")
    services.tenants.delete(tenant)
    with services.db.session(readonly=True) as s:
        for table in ("knowledge_chunks", "knowledge_documents", "knowledge_state"):
            n = s.execute(text(f"SELECT count(*) FROM {table} WHERE tenant_id = :t"),
                          {"t": tenant}).scalar_one()
            assert n == 0, table
    with pytest.raises(KeyDestroyed):
        kb.search(tenant, persona(), "evening dose")


def test_rotation_and_rewrap_keep_documents_readable(kb, tenant, services):
    doc = kb.ingest(tenant, "discharge.md", DISCHARGE_MD)
    services.vault.rotate(tenant)
    assert services.vault.rewrap(tenant) >= 1 + 2 * doc.chunk_count
    fresh = KnowledgeBase(services.db, services.vault, services.audit, kb.shield, kb.embedder)
    assert fresh.get(tenant, doc.id).name == "discharge.md"
    assert "atorvastatin" in fresh.search(tenant, persona(), "evening dose")[0].text


def test_list_and_audit_of_writes(kb, tenant, services):
    d1 = kb.ingest(tenant, "a.md", DISCHARGE_MD, tags=["discharge"])
    d2 = kb.ingest(tenant, "b.html", "<h1>Claims</h1><p>Report within 30 days.</p>",
                   "text/html", tags=["claims"])
    assert [d.id for d in kb.list(tenant)] == [d1.id, d2.id]
    assert [d.id for d in kb.list(tenant, tag="claims")] == [d2.id]
    assert kb.get(tenant, d2.id).content_type == "text/html"
    kb.delete(tenant, d1.id, actor="apikey:k9")
    with services.db.session(readonly=True) as s:
        rows = s.execute(select(AuditEvent.event_type, AuditEvent.subject_ref,
                                AuditEvent.details).where(
            AuditEvent.tenant_id == tenant,
            AuditEvent.event_type.like("knowledge.%")).order_by(AuditEvent.seq)).all()
    assert [r[0] for r in rows] == ["knowledge.document.ingested",
                                    "knowledge.document.ingested",
                                    "knowledge.document.deleted"]
    assert rows[2][1] == f"document:{d1.id}" and json.loads(rows[2][2])["chunks"] == 3


def test_empty_query_and_empty_tenant(kb, tenant):
    assert kb.search(tenant, persona(), "   ") == []
    assert kb.search(tenant, persona(), "anything at all") == []
