"""Tenants: creation, lookup, listing, deletion with crypto-shredding and audit."""

from __future__ import annotations

import uuid

import pytest

from confide.audit import SYSTEM_TENANT
from confide.services import Services
from confide.settings import Settings
from confide.store.errors import TenantNotFound
from confide.store.models import EncryptedRecord
from confide.vault import KeyDestroyed


def test_create_get_list(services_any) -> None:
    info, token = services_any.tenants.create("Northwind Clinic")
    assert info.tenant_id.startswith("t_") and info.status == "active"
    assert services_any.tenants.get(info.tenant_id) == info
    assert info.tenant_id in [t.tenant_id for t in services_any.tenants.list()]
    assert services_any.vault.versions(info.tenant_id) == [1]
    assert services_any.apikeys.authenticate(token).scopes == frozenset({"admin"})
    sys_events = [e for e in services_any.audit.events(SYSTEM_TENANT, 0, 1000)
                  if e.subject_ref == info.tenant_id]
    assert [e.event_type for e in sys_events] == ["tenant.created"]
    own = [e.event_type for e in services_any.audit.events(info.tenant_id, 0, 100)]
    assert own == ["tenant.created", "apikey.created"]
    with pytest.raises(ValueError):
        services_any.tenants.create("   ")
    with pytest.raises(TenantNotFound):
        services_any.tenants.get("t_unknown")


def test_delete_shreds_keys_purges_rows_and_audits(services_any) -> None:
    victim, _ = services_any.tenants.create("victim")
    other, other_token = services_any.tenants.create("other")
    rec = uuid.uuid4().hex
    blob = services_any.vault.encrypt(victim.tenant_id, "note", rec, b"private")
    with services_any.db.session() as s:
        s.add(EncryptedRecord(id=rec, tenant_id=victim.tenant_id, kind="note", blob=blob))
    deleted = services_any.tenants.delete(victim.tenant_id)
    assert deleted.status == "deleted" and deleted.deleted_at is not None
    assert deleted.name == "[deleted]"
    with pytest.raises(TenantNotFound):
        services_any.tenants.get(victim.tenant_id)
    assert services_any.tenants.get(victim.tenant_id, include_deleted=True).status == "deleted"
    assert victim.tenant_id not in [t.tenant_id for t in services_any.tenants.list()]
    with services_any.db.session(readonly=True) as s:
        assert s.get(EncryptedRecord, rec) is None
    with pytest.raises(KeyDestroyed):
        services_any.vault.decrypt(victim.tenant_id, "note", rec, blob)
    with pytest.raises(TenantNotFound):
        services_any.tenants.delete(victim.tenant_id)
    with pytest.raises(TenantNotFound):
        services_any.vault.rotate(victim.tenant_id)
    sys_events = [e for e in services_any.audit.events(SYSTEM_TENANT, 0, 1000)
                  if e.subject_ref == victim.tenant_id]
    assert [e.event_type for e in sys_events] == ["tenant.created", "tenant.deleted"]
    assert sys_events[1].details_dict()["keys_destroyed"] == 1
    # the deleted tenant's own chain stays verifiable, also from a fresh process
    assert services_any.audit.verify(victim.tenant_id).ok
    assert services_any.audit.verify().ok
    services_any.apikeys.authenticate(other_token)
    assert services_any.tenants.get(other.tenant_id).status == "active"


def test_audit_chain_of_a_deleted_tenant_verifies_after_restart(confide_home) -> None:
    s1 = Services.from_settings(Settings(home=confide_home), create_key=True)
    info, _ = s1.tenants.create("gone")
    s1.tenants.delete(info.tenant_id)
    s1.close()
    s2 = Services.from_settings(Settings(home=confide_home))
    report = s2.audit.verify(info.tenant_id)
    assert report.ok and report.checked >= 3
    s2.close()


def test_services_refuse_to_start_without_the_key(confide_home) -> None:
    from confide.keyproviders import MasterKeyError

    with pytest.raises(MasterKeyError, match="confide init"):
        Services.from_settings(Settings(home=confide_home))
    assert not (confide_home / "confide.db").exists()  # refused before touching the store
    Services.from_settings(Settings(home=confide_home), create_key=True).close()
    key = confide_home / "master.key"
    assert key.stat().st_mode & 0o777 == 0o600
    key.chmod(0o644)
    with pytest.raises(MasterKeyError, match="chmod 600"):
        Services.from_settings(Settings(home=confide_home))
    key.chmod(0o600)
    key.write_bytes(b"\x01" * 32)  # a different key than the data were written with
    with pytest.raises(MasterKeyError):
        Services.from_settings(Settings(home=confide_home))


@pytest.mark.parametrize("wiped", ["tenant", "system"])
def test_a_wiped_chain_of_an_existing_tenant_fails_verification(services_any, wiped) -> None:
    from sqlalchemy import text

    info, _ = services_any.tenants.create("acme")
    chain = info.tenant_id if wiped == "tenant" else SYSTEM_TENANT
    assert services_any.audit.verify().ok
    with services_any.db.engine.begin() as conn:
        for table in ("audit_events", "audit_heads", "audit_checkpoints"):
            conn.execute(text(f"DELETE FROM {table} WHERE tenant_id = :t"), {"t": chain})
    one = services_any.audit.verify(chain)
    assert not one.ok and one.first_bad_seq == 1 and "missing" in (one.problem or "")
    every = services_any.audit.verify()
    assert not every.ok and every.tenant_id == chain


def test_a_chain_verifies_offline_with_the_unwrapped_audit_root(services) -> None:
    from confide.audit import AuditLog, StaticAuditKeys

    info, _ = services.tenants.create("acme")
    offline = AuditLog(services.db, StaticAuditKeys(services.vault._root()))
    assert offline.verify(info.tenant_id).ok and offline.verify().ok
    assert not AuditLog(services.db, StaticAuditKeys(b"x" * 32)).verify(info.tenant_id).ok
