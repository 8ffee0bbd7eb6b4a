"""API keys: create, authenticate, scopes, revoke, expire, cache, and no token in errors."""

from __future__ import annotations

import time
import traceback
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update

from confide.apikeys import (
    SCOPES,
    ApiKeyNotFound,
    ApiKeyService,
    AuthError,
    PermissionDenied,
    Principal,
    key_actor,
    new_key_id,
)
from confide.store.errors import TenantNotFound
from confide.store.models import ApiKey


def _tenant(services) -> tuple[str, str]:
    info, token = services.tenants.create("acme")
    return info.tenant_id, token


def _auth_error(svc: ApiKeyService, token: str) -> AuthError:
    with pytest.raises(AuthError) as exc:
        svc.authenticate(token)
    text = "".join(traceback.format_exception(exc.value)) + repr(exc.value) + str(exc.value)
    secret = token.split("_", 2)[-1] if token.count("_") >= 2 else token
    if len(secret) >= 8:
        assert secret not in text
    assert str(exc.value) == AuthError.message
    return exc.value


def test_create_and_authenticate(services_any) -> None:
    tenant_id, admin = _tenant(services_any)
    p = services_any.apikeys.authenticate(admin)
    assert p.tenant_id == tenant_id and p.scopes == frozenset({"admin"})
    info, token = services_any.apikeys.create(tenant_id, ["conversations", "audit:read"],
                                              name="bot")
    assert token.startswith(f"cfk_{info.key_id}_")
    assert info.scopes == frozenset({"conversations", "audit:read"}) and info.active
    p2 = services_any.apikeys.authenticate(token)
    assert (p2.tenant_id, p2.key_id) == (tenant_id, info.key_id)
    with services_any.db.session(readonly=True) as s:
        row = s.get(ApiKey, info.key_id)
        assert row.secret_hash.startswith("$argon2id$")
        assert token.split("_", 2)[2] not in row.secret_hash
    keys = services_any.apikeys.list(tenant_id)
    assert [k.key_id for k in keys][-1] == info.key_id and len(keys) == 2
    created = [e for e in services_any.audit.events(tenant_id, 0, 100)
               if e.event_type == "apikey.created"]
    assert len(created) == 2
    assert token.split("_", 2)[2] not in created[1].details


def test_scopes() -> None:
    p = Principal("t", "k", frozenset({"conversations"}))
    p.require("conversations")
    with pytest.raises(PermissionDenied) as exc:
        p.require("audit:read")
    assert exc.value.code == "auth.scope"
    admin = Principal("t", "k", frozenset({"admin"}))
    for scope in SCOPES:
        admin.require(scope)
    assert {"admin", "conversations", "documents", "approvals", "audit:read"} <= SCOPES


def test_unknown_scope_or_tenant_is_refused(services) -> None:
    tenant_id, _ = _tenant(services)
    with pytest.raises(ValueError, match="unknown scopes"):
        services.apikeys.create(tenant_id, ["root"])
    with pytest.raises(ValueError):
        services.apikeys.create(tenant_id, [])
    with pytest.raises(TenantNotFound):
        services.apikeys.create("t_nope", ["admin"])


@pytest.mark.parametrize("token", ["", "Bearer x", "cfk_", "cfk_zz_" + "a" * 40,
                                   "cfk_0123456789abcdef_short", "x" * 5000])
def test_malformed_tokens(services, token: str) -> None:
    assert _auth_error(services.apikeys, token).code == "auth.malformed"


def test_a_valid_token_with_trailing_characters_is_malformed(services) -> None:
    _, admin = _tenant(services)
    for token in (admin + "\n", admin + " ", "\n" + admin):
        assert _auth_error(services.apikeys, token).code == "auth.malformed"
    assert services.apikeys.authenticate(admin).key_id == admin.split("_")[1]


def test_unknown_and_bad_secret(services) -> None:
    tenant_id, admin = _tenant(services)
    key_id = admin.split("_")[1]
    unknown = f"cfk_{'0' * 16}_{'a' * 43}"
    assert _auth_error(services.apikeys, unknown).code == "auth.unknown"
    wrong = f"cfk_{key_id}_{'b' * 43}"
    err = _auth_error(services.apikeys, wrong)
    assert err.code == "auth.bad_secret" and err.key_id == key_id and err.tenant_id == tenant_id


def test_an_unknown_key_id_costs_the_same_argon2_work(services) -> None:
    calls: list[str] = []

    class Counting(PasswordHasher):
        def verify(self, hash: str, password: str | bytes) -> bool:
            calls.append("verify")
            return super().verify(hash, password)

    keys = ApiKeyService(services.db, services.audit,
                         hasher=Counting(time_cost=1, memory_cost=64))
    _, admin = _tenant(services)
    assert _auth_error(keys, f"cfk_{'0' * 16}_{'a' * 43}").code == "auth.unknown"
    key_id = admin.split("_")[1]
    assert _auth_error(keys, f"cfk_{key_id}_{'b' * 43}").code == "auth.bad_secret"
    assert calls == ["verify", "verify"]


def test_revoke_takes_effect_at_once_in_this_process(services_any) -> None:
    tenant_id, admin = _tenant(services_any)
    info, token = services_any.apikeys.create(tenant_id, ["documents"])
    services_any.apikeys.authenticate(token)  # cached now
    revoked = services_any.apikeys.revoke(tenant_id, info.key_id)
    assert revoked.revoked_at is not None and not revoked.active
    assert _auth_error(services_any.apikeys, token).code == "auth.revoked"
    services_any.apikeys.revoke(tenant_id, info.key_id)  # idempotent
    events = [e.event_type for e in services_any.audit.events(tenant_id, 0, 100)]
    assert events.count("apikey.revoked") == 1
    services_any.apikeys.authenticate(admin)


def test_revoke_by_another_process_is_seen_within_the_ttl(services) -> None:
    tenant_id, _ = _tenant(services)
    info, token = services.apikeys.create(tenant_id, ["documents"])
    other = ApiKeyService(services.db, services.audit, cache_ttl_s=0.3)  # "another process"
    other.authenticate(token)
    services.apikeys.revoke(tenant_id, info.key_id)
    other.authenticate(token)  # still cached: the TTL has not passed
    time.sleep(0.35)
    assert _auth_error(other, token).code == "auth.revoked"


def test_cache_skips_argon2_but_not_the_key_expiry(services) -> None:
    tenant_id, _ = _tenant(services)
    soon = datetime.now(UTC) + timedelta(seconds=3)
    _info, token = services.apikeys.create(tenant_id, ["conversations"], expires_at=soon)
    svc = ApiKeyService(services.db, services.audit, cache_ttl_s=60)
    t0 = time.perf_counter()
    svc.authenticate(token)
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(100):
        svc.authenticate(token)
    cached = (time.perf_counter() - t0) / 100
    assert cached < first / 10  # the cache spares the argon2 verification
    assert svc.authenticate_cached(token) is not None
    time.sleep(max(0.0, (soon - datetime.now(UTC)).total_seconds()) + 0.05)
    assert svc.authenticate_cached(token) is None
    assert _auth_error(svc, token).code == "auth.expired"  # cached, yet expired


def test_expired_key(services) -> None:
    tenant_id, _ = _tenant(services)
    past = datetime.now(UTC) - timedelta(seconds=1)
    _, token = services.apikeys.create(tenant_id, ["admin"], expires_at=past)
    assert _auth_error(services.apikeys, token).code == "auth.expired"


def test_revoke_of_another_tenants_key_is_not_found(services) -> None:
    a, _ = _tenant(services)
    b, _ = _tenant(services)
    info, token = services.apikeys.create(a, ["documents"])
    with pytest.raises(ApiKeyNotFound):
        services.apikeys.revoke(b, info.key_id)
    with pytest.raises(ApiKeyNotFound):
        services.apikeys.get(b, info.key_id)
    services.apikeys.authenticate(token)


def test_secret_hash_tampering_fails_closed(services) -> None:
    _tenant_id, admin = _tenant(services)
    key_id = admin.split("_")[1]
    with services.db.session() as s:
        s.execute(update(ApiKey).where(ApiKey.id == key_id).values(secret_hash="garbage"))
    assert _auth_error(services.apikeys, admin).code == "auth.bad_secret"


def test_keys_of_a_deleted_tenant_stop_working(services) -> None:
    tenant_id, admin = _tenant(services)
    services.apikeys.authenticate(admin)
    services.tenants.delete(tenant_id)
    assert _auth_error(services.apikeys, admin).code == "auth.unknown"
    with services.db.session(readonly=True) as s:
        assert s.execute(select(ApiKey).where(ApiKey.tenant_id == tenant_id)).first() is None


def test_key_ids_are_hex_and_never_all_digits(monkeypatch) -> None:
    import confide.apikeys

    draws = iter(["2834879123805040", "1234567890123456", "123456789012345f"])
    monkeypatch.setattr(confide.apikeys.secrets, "token_hex", lambda n: next(draws))
    assert new_key_id() == "123456789012345f"  # the all-digit draws were thrown away
    monkeypatch.undo()
    ids = {new_key_id() for _ in range(20_000)}
    assert len(ids) == 20_000
    assert all(len(i) == 16 and set(i) <= set("0123456789abcdef") and not i.isdigit()
               for i in ids)


def test_key_ids_with_long_digit_runs_are_audited_intact(services, monkeypatch) -> None:
    """The audit log takes a run of nine or more digits for a phone number; the platform's
    own key ids and actors must still be recorded as they are."""
    import confide.apikeys

    tenant_id, _ = _tenant(services)
    svc = ApiKeyService(services.db, services.audit,
                        hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    crafted = ["a123456789012345", "123456789012345b", "12345c6789012345", "98765432109876ee"]
    draws = iter(["4111111111111111", *crafted])  # the first, all digits, is redrawn
    monkeypatch.setattr(confide.apikeys.secrets, "token_hex", lambda n: next(draws))
    actor = key_actor("5551234567890123")  # an all-digit id from before: still an id
    made = [svc.create(tenant_id, ["documents"], actor=actor)[0].key_id for _ in crafted]
    monkeypatch.undo()
    made += [svc.create(tenant_id, ["documents"], actor=actor)[0].key_id for _ in range(40)]
    assert made[:4] == crafted
    created = [e for e in services.audit.events(tenant_id, 0, 1000)
               if e.event_type == "apikey.created"][1:]  # after the tenant's first key
    assert [e.details_dict()["key_id"] for e in created] == made
    assert {e.actor for e in created} == {"apikey:5551234567890123"}
    for key_id in made[:4]:
        svc.revoke(tenant_id, key_id, actor=key_actor(key_id))
    revoked = [e for e in services.audit.events(tenant_id, 0, 1000)
               if e.event_type == "apikey.revoked"]
    assert [(e.actor, e.details_dict()["key_id"]) for e in revoked] == [
        (f"apikey:{k}", k) for k in crafted]
    assert services.audit.verify(tenant_id).ok


def test_authenticate_cached_answers_from_memory_only(services, monkeypatch) -> None:
    tenant_id, admin = _tenant(services)
    info, token = services.apikeys.create(tenant_id, ["documents"])
    svc = ApiKeyService(services.db, services.audit, cache_ttl_s=0.3)
    assert svc.authenticate_cached(token) is None  # never verified here
    principal = svc.authenticate(token)
    monkeypatch.setattr(svc, "db", None)  # no database,
    monkeypatch.setattr(svc, "hasher", None)  # no argon2,
    monkeypatch.setattr(svc, "_lock", None)  # no lock
    assert svc.authenticate_cached(token) == principal
    assert svc.authenticate_cached(token + "x") is None
    assert svc.authenticate_cached(admin) is None
    assert svc.authenticate_cached(None) is None  # type: ignore[arg-type]
    monkeypatch.undo()
    services.apikeys.revoke(tenant_id, info.key_id)  # by "another process"
    assert svc.authenticate_cached(token) == principal  # within the TTL
    time.sleep(0.35)
    assert svc.authenticate_cached(token) is None
    assert _auth_error(svc, token).code == "auth.revoked"


def test_owner_of(services) -> None:
    a, _ = _tenant(services)
    b, _ = _tenant(services)
    info, _ = services.apikeys.create(a, ["documents"])
    assert services.apikeys.owner_of(info.key_id) == a != b
    assert services.apikeys.owner_of("00aa11bb22cc33dd") is None
