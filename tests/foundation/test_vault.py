"""Vault: envelope encryption, AAD binding, rotation, rewrap, crypto-shredding, key files."""

from __future__ import annotations

import base64
import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from confide.keyproviders import (
    EnvKeyProvider,
    FileKeyProvider,
    KeyProvider,
    MasterKeyError,
    provider_from_settings,
)
from confide.settings import Settings
from confide.store.models import DataKey, EncryptedRecord, Tenant
from confide.vault import DecryptionError, KeyDestroyed, Vault, VaultError, blob_version


def _tenant(services) -> str:
    info, _ = services.tenants.create(f"tenant-{uuid.uuid4().hex[:6]}")
    return info.tenant_id


def _store(services, tenant_id: str, plaintext: bytes, kind: str = "note") -> str:
    rec_id = uuid.uuid4().hex
    blob = services.vault.encrypt(tenant_id, kind, rec_id, plaintext)
    with services.db.session() as s:
        s.add(EncryptedRecord(id=rec_id, tenant_id=tenant_id, kind=kind, blob=blob))
    return rec_id


def _load(services, rec_id: str) -> EncryptedRecord:
    with services.db.session(readonly=True) as s:
        row = s.get(EncryptedRecord, rec_id)
        assert row is not None
        return row


def test_round_trip_and_fresh_nonce(services) -> None:
    t = _tenant(services)
    plain = os.urandom(2048)
    a = services.vault.encrypt(t, "note", "r1", plain)
    b = services.vault.encrypt(t, "note", "r1", plain)
    assert a != b  # random nonce
    assert plain not in a
    assert services.vault.decrypt(t, "note", "r1", a) == plain
    assert services.vault.decrypt(t, "note", "r1", b) == plain
    assert blob_version(a) == 1


def test_round_trip_on_both_backends(services_any) -> None:
    t = _tenant(services_any)
    rec = _store(services_any, t, b"blood pressure 120/80")
    row = _load(services_any, rec)
    assert services_any.vault.decrypt(t, row.kind, row.id, row.blob) == b"blood pressure 120/80"


def test_ciphertext_moved_to_another_tenant_row_or_kind_fails(services) -> None:
    a, b = _tenant(services), _tenant(services)
    blob = services.vault.encrypt(a, "note", "r1", b"secret diagnosis")
    for tenant, kind, rec in [(b, "note", "r1"), (a, "note", "r2"), (a, "memo", "r1")]:
        with pytest.raises(DecryptionError) as exc:
            services.vault.decrypt(tenant, kind, rec, blob)
        assert "secret diagnosis" not in str(exc.value)


def test_swapping_blobs_between_rows_in_the_database_fails(services) -> None:
    t = _tenant(services)
    r1, r2 = _store(services, t, b"alpha"), _store(services, t, b"beta")
    with services.db.session() as s:
        row1, row2 = s.get(EncryptedRecord, r1), s.get(EncryptedRecord, r2)
        row1.blob, row2.blob = row2.blob, row1.blob
    for rec in (r1, r2):
        row = _load(services, rec)
        with pytest.raises(DecryptionError):
            services.vault.decrypt(t, row.kind, row.id, row.blob)


@pytest.mark.parametrize("position", [0, 3, 5, 20, -1])
def test_any_flipped_byte_is_refused(services, position: int) -> None:
    t = _tenant(services)
    services.vault.rotate(t)  # a version 1 exists too, so a header flip can hit a real key
    blob = bytearray(services.vault.encrypt(t, "note", "r1", b"x" * 64))
    blob[position] ^= 0x01
    with pytest.raises(VaultError) as exc:
        services.vault.decrypt(t, "note", "r1", bytes(blob))
    assert isinstance(exc.value, DecryptionError)


def test_wrong_key_version_fails_cleanly(services) -> None:
    t = _tenant(services)
    services.vault.rotate(t)
    blob = services.vault.encrypt(t, "note", "r1", b"payload")
    assert blob_version(blob) == 2
    relabelled = b"\x01" + (1).to_bytes(4, "big") + blob[5:]
    with pytest.raises(DecryptionError):
        services.vault.decrypt(t, "note", "r1", relabelled)
    unknown = b"\x01" + (9).to_bytes(4, "big") + blob[5:]
    with pytest.raises(DecryptionError):
        services.vault.decrypt(t, "note", "r1", unknown)
    with pytest.raises(DecryptionError):
        services.vault.decrypt(t, "note", "r1", blob[:10])


def test_rotation_keeps_old_rows_readable_and_rewrap_moves_them(services) -> None:
    t = _tenant(services)
    old = [_store(services, t, f"old {i}".encode()) for i in range(7)]
    assert services.vault.rotate(t) == 2
    new = _store(services, t, b"new")
    assert blob_version(_load(services, new).blob) == 2
    for i, rec in enumerate(old):
        row = _load(services, rec)
        assert blob_version(row.blob) == 1
        assert services.vault.decrypt(t, row.kind, row.id, row.blob) == f"old {i}".encode()
    calls: list[tuple[int, int]] = []
    n = services.vault.rewrap(t, batch_size=3, progress=lambda d, tot: calls.append((d, tot)))
    assert n == 7
    assert calls[-1] == (8, 8)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    for i, rec in enumerate(old):
        row = _load(services, rec)
        assert blob_version(row.blob) == 2
        assert services.vault.decrypt(t, row.kind, row.id, row.blob) == f"old {i}".encode()
    assert services.vault.rewrap(t) == 0
    rotated = [e for e in services.audit.events(t, 0, 100) if e.event_type == "key.rotated"]
    assert len(rotated) == 1


def test_shredded_tenant_is_unreadable_at_the_byte_level(services) -> None:
    victim, other = _tenant(services), _tenant(services)
    recs = [_store(services, victim, f"record {i}".encode()) for i in range(5)]
    services.vault.rotate(victim)
    recs.append(_store(services, victim, b"after rotation"))
    blobs = [(r, _load(services, r)) for r in recs]
    keep = _store(services, other, b"other tenant")
    with services.db.session(readonly=True) as s:
        wrapped = [
            k.wrapped_key
            for k in s.execute(select(DataKey).where(DataKey.tenant_id == victim)).scalars()
        ]
    assert len(wrapped) == 2 and all(wrapped)

    services.tenants.delete(victim)

    # Every data key row of the victim is destroyed; nothing of the wrapped keys remains in
    # the database files (main file and WAL).
    with services.db.session(readonly=True) as s:
        rows = list(s.execute(select(DataKey).where(DataKey.tenant_id == victim)).scalars())
        assert rows and all(r.wrapped_key is None and r.destroyed_at for r in rows)
        assert s.get(Tenant, victim).status == "deleted"
    db_file = Path(services.settings.database_url.removeprefix("sqlite:///"))
    raw = b"".join(p.read_bytes() for p in db_file.parent.glob(db_file.name + "*"))
    for w in wrapped:
        assert w not in raw
        assert w[13:29] not in raw  # not even a fragment of the wrapped key
    # The vault refuses, a fresh vault (no cache) refuses, and no key left in the database
    # (any tenant, any version) opens any of the victim's blobs.
    fresh = Vault(services.db, services.vault.provider)
    for rec, row in blobs:
        for vault in (services.vault, fresh):
            with pytest.raises(KeyDestroyed):
                vault.decrypt(victim, row.kind, rec, row.blob)
    with services.db.session(readonly=True) as s:
        live = s.execute(
            select(DataKey.tenant_id, DataKey.version).where(DataKey.wrapped_key.is_not(None))
        ).all()
    assert live
    for rec, row in blobs:
        for tenant_id, version in live:
            body = b"\x01" + version.to_bytes(4, "big") + row.blob[5:]
            with pytest.raises(DecryptionError):
                fresh.decrypt(tenant_id, row.kind, rec, body)
    with pytest.raises(KeyDestroyed):
        services.vault.encrypt(victim, "note", "x", b"new data")
    row = _load(services, keep)
    assert services.vault.decrypt(other, row.kind, keep, row.blob) == b"other tenant"


def test_shred_drops_the_in_memory_cache(services) -> None:
    t = _tenant(services)
    blob = services.vault.encrypt(t, "note", "r", b"cached")
    assert services.vault.decrypt(t, "note", "r", blob) == b"cached"  # key now cached
    services.vault.shred(t)
    with pytest.raises(KeyDestroyed):
        services.vault.decrypt(t, "note", "r", blob)


class _GatedProvider:
    """The real provider, with a gate that holds one unwrap until the test opens it."""

    def __init__(self, inner: KeyProvider) -> None:
        import threading

        self.inner = inner
        self.key_id = inner.key_id
        self.entered = threading.Event()
        self.release = threading.Event()
        self.gate = False

    def wrap(self, data_key: bytes, aad: bytes) -> bytes:
        return self.inner.wrap(data_key, aad)

    def unwrap(self, wrapped: bytes, aad: bytes) -> bytes:
        key = self.inner.unwrap(wrapped, aad)
        if self.gate:
            self.gate = False
            self.entered.set()
            assert self.release.wait(10)
        return key


def test_a_read_in_flight_during_a_shred_does_not_recache_the_key(services) -> None:
    import threading

    t = _tenant(services)
    blob = services.vault.encrypt(t, "note", "r", b"in flight")
    provider = _GatedProvider(services.vault.provider)
    vault = Vault(services.db, provider)
    provider.gate = True
    reader = threading.Thread(target=vault.decrypt, args=(t, "note", "r", blob))
    reader.start()
    assert provider.entered.wait(10)  # the reader has the wrapped key, not yet cached
    vault.shred(t)
    provider.release.set()
    reader.join(10)
    with pytest.raises(KeyDestroyed):
        vault.decrypt(t, "note", "r", blob)


def test_key_file_is_created_0600_and_reused(tmp_path: Path) -> None:
    path = tmp_path / "home" / "master.key"
    with pytest.raises(MasterKeyError) as exc:
        FileKeyProvider(path)
    assert "confide init" in str(exc.value)
    p1 = FileKeyProvider(path, create=True)
    assert path.stat().st_mode & 0o777 == 0o600
    p2 = FileKeyProvider(path)
    assert p1.key_id == p2.key_id
    wrapped = p1.wrap(b"k" * 32, b"aad")
    assert p2.unwrap(wrapped, b"aad") == b"k" * 32
    with pytest.raises(MasterKeyError):
        p2.unwrap(wrapped, b"other aad")
    assert isinstance(p1, KeyProvider)


@pytest.mark.parametrize("mode", [0o644, 0o604, 0o640])
def test_key_file_readable_by_others_is_refused(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "master.key"
    FileKeyProvider(path, create=True)
    path.chmod(mode)
    with pytest.raises(MasterKeyError) as exc:
        FileKeyProvider(path)
    assert "chmod 600" in str(exc.value)


def test_key_file_wrong_size_or_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "master.key"
    path.write_bytes(b"short")
    path.chmod(0o600)
    with pytest.raises(MasterKeyError, match="32-byte"):
        FileKeyProvider(path)
    path.write_text(base64.b64encode(os.urandom(32)).decode() + "\n")
    FileKeyProvider(path)  # base64 text is accepted
    if os.geteuid() != 0:  # root reads anything
        path.chmod(0o000)
        with pytest.raises(MasterKeyError):
            FileKeyProvider(path)


def test_env_provider(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONFIDE_TEST_KEY", raising=False)
    with pytest.raises(MasterKeyError, match="CONFIDE_TEST_KEY"):
        EnvKeyProvider("CONFIDE_TEST_KEY")
    monkeypatch.setenv("CONFIDE_TEST_KEY", "not base64!!")
    with pytest.raises(MasterKeyError):
        EnvKeyProvider("CONFIDE_TEST_KEY")
    key = os.urandom(32)
    monkeypatch.setenv("CONFIDE_TEST_KEY", base64.b64encode(key).decode())
    p = EnvKeyProvider("CONFIDE_TEST_KEY")
    assert p.unwrap(p.wrap(b"d" * 32, b"a"), b"a") == b"d" * 32
    assert key.hex() not in p.key_id


def test_provider_from_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s = Settings(home=tmp_path / "h")
    with pytest.raises(MasterKeyError):
        provider_from_settings(s)
    assert isinstance(provider_from_settings(s, create=True), FileKeyProvider)
    monkeypatch.setenv("MY_KEY", base64.b64encode(os.urandom(32)).decode())
    s2 = Settings(home=tmp_path / "h", key_provider="env", master_key_env="MY_KEY")
    assert isinstance(provider_from_settings(s2), EnvKeyProvider)


def test_wrong_master_key_is_a_master_key_error(services, tmp_path: Path) -> None:
    t = _tenant(services)
    blob = services.vault.encrypt(t, "note", "r", b"data")
    other = Vault(services.db, FileKeyProvider(tmp_path / "other.key", create=True))
    with pytest.raises(MasterKeyError):
        other.decrypt(t, "note", "r", blob)
    with pytest.raises(MasterKeyError):
        other.check()
