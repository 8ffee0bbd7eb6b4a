"""API keys: create, authenticate, scopes, revoke, expire, cache, and no token in errors."""

from __future__ import annotations

import time
import traceback
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from confide.apikeys import (
    SCOPES,
    ApiKeyNotFound,
    ApiKeyService,
    AuthError,
    PermissionDenied,
    Principal,
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


def test_unknown_and_bad_secret(services) -> None:
    tenant_id, admin = _tenant(services)
    key_id = admin.split("_")[1]
    unknown = f"cfk_{'0' * 16}_{'a' * 43}"
    assert _auth_error(services.apikeys, unknown).code == "auth.unknown"
    wrong = f"cfk_{key_id}_{'b' * 43}"
    err = _auth_error(services.apikeys, wrong)
    assert err.code == "auth.bad_secret" and err.key_id == key_id and err.tenant_id == tenant_id


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
    time.sleep(max(0.0, (soon - datetime.now(UTC)).total_seconds()) + 0.05)
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
