"""The HTTP API over real services: health, auth, tenant isolation, limits, errors, logs."""

from __future__ import annotations

import io
import json
import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from confide.apikeys import key_actor
from confide.server.app import create_app
from confide.server.logging import LOGGER_NAME, JsonFormatter


@contextmanager
def _database_url(kind: str, tmp: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh, empty database of `kind` for one module, dropped afterwards.

    PostgreSQL: a schema in the session's test database (`pg_database` in conftest, which
    skips when the server does not answer).
    """
    if kind == "sqlite":
        yield f"sqlite:///{tmp / 'confide.db'}"
        return
    import psycopg

    name, user = request.getfixturevalue("pg_database")
    schema = f"api_{uuid.uuid4().hex[:12]}"
    dsn = f"host=127.0.0.1 port=5432 user={user} dbname={name}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"postgresql+psycopg://{user}@127.0.0.1:5432/{name}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _build_services(home: Path, url: str):
    from confide.services import Services
    from confide.settings import Settings

    settings = Settings(home=home, database_url=url, max_body_bytes=64 * 1024)
    return Services.from_settings(settings, create_key=True)


@pytest.fixture(
    scope="module",
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
)
def app_services(request, tmp_path_factory):
    home = tmp_path_factory.mktemp(f"api-{request.param}")
    with _database_url(request.param, home, request) as url:
        services = _build_services(home, url)
        try:
            yield services
        finally:
            services.close()


@pytest.fixture(scope="module")
def client(app_services):
    with TestClient(create_app(app_services)) as c:
        yield c


def _tenant(services, name="acme"):
    info, token = services.tenants.create(name)
    return info.tenant_id, token


def _auth(token):
    return {"Authorization": f"Bearer {token}"}


def _events(services, tenant_id, event_type):
    return [e for e in services.audit.events(tenant_id, 0, 10_000) if e.event_type == event_type]


def _assert_envelope(resp, status, code):
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body["error"]["message"]


# --------------------------------------------------------------------------- health


def test_health_ready_metrics_openapi(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ready", "checks": {"database": "ok", "keys": "ok"}}

    spec = client.get("/openapi.json").json()
    assert {"/v1/keys", "/v1/keys/{key_id}", "/v1/audit/events", "/v1/audit/verify"} <= set(
        spec["paths"]
    )

    client.get("/healthz")
    metrics = client.get("/metrics")
    assert metrics.status_code == 200
    assert metrics.headers["content-type"].startswith("text/plain")
    assert 'confide_http_requests_total{method="GET",route="/healthz",status="200"}' in (
        metrics.text
    )
    assert "confide_http_request_duration_seconds_bucket" in metrics.text


def test_readyz_is_503_when_the_database_is_gone(tmp_path):
    from confide.store.db import Database

    services = _build_services(tmp_path, f"sqlite:///{tmp_path / 'confide.db'}")
    with TestClient(create_app(services)) as c:
        assert c.get("/readyz").status_code == 200
        services.db = Database("postgresql+psycopg://nobody@127.0.0.1:1/none")
        r = c.get("/readyz")
    services.close()
    assert r.status_code == 503
    assert r.json() == {"status": "not_ready", "checks": {"database": "fail", "keys": "ok"}}


def test_readyz_is_503_when_the_master_key_cannot_unwrap(tmp_path):
    from sqlalchemy import text

    services = _build_services(tmp_path, f"sqlite:///{tmp_path / 'confide.db'}")
    with TestClient(create_app(services)) as c:
        assert c.get("/readyz").status_code == 200
        with services.db.engine.begin() as conn:
            conn.execute(
                text("UPDATE platform_keys SET wrapped_key = :w"), {"w": b"\x01" + b"0" * 60}
            )
        r = c.get("/readyz")
    services.close()
    assert r.status_code == 503
    assert r.json()["checks"] == {"database": "ok", "keys": "fail"}


def test_request_id_is_echoed_or_generated(client):
    given = client.get("/healthz", headers={"X-Request-ID": "550e8400-e29b-41d4-a716-446655440000"})
    assert given.headers["x-request-id"] == "550e8400-e29b-41d4-a716-446655440000"
    for unsafe in ("123-45-6789", "4111111111111111", "4111-1111-1111-1111", "trace-42"):
        echoed = client.get("/healthz", headers={"X-Request-ID": unsafe}).headers["x-request-id"]
        assert echoed != unsafe  # free-form or number-shaped ids never reach the logs
    fresh = client.get("/healthz", headers={"X-Request-ID": "bad id\twith spaces"})
    assert fresh.headers["x-request-id"] not in ("", "bad id\twith spaces")
    assert client.get("/healthz").headers["x-request-id"] != fresh.headers["x-request-id"]


# --------------------------------------------------------------------------- authentication


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({}, "auth.missing"),
        ({"Authorization": "Basic dXNlcjpwYXNz"}, "auth.malformed"),
        ({"Authorization": "Bearer not-a-key"}, "auth.malformed"),
        ({"Authorization": "Bearer cfk_00000000000000ff_" + "A" * 43}, "auth.unknown"),
    ],
)
def test_missing_or_invalid_key_is_401_and_audited(client, app_services, headers, reason):
    from confide.audit import SYSTEM_TENANT

    before = len(_events(app_services, SYSTEM_TENANT, "auth.denied"))
    r = client.get("/v1/keys", headers=headers)
    _assert_envelope(r, 401, "unauthorized")
    assert r.headers["www-authenticate"] == "Bearer"
    denied = _events(app_services, SYSTEM_TENANT, "auth.denied")
    assert len(denied) == before + 1
    assert denied[-1].reason == reason
    assert f'confide_auth_failures_total{{reason="{reason}"}}' in client.get("/metrics").text


def test_an_all_digit_key_id_in_a_token_is_audited_intact(client, app_services):
    from confide.audit import SYSTEM_TENANT

    before = len(_events(app_services, SYSTEM_TENANT, "auth.denied"))
    r = client.get("/v1/keys", headers=_auth("cfk_1234567890123456_" + "C" * 43))
    _assert_envelope(r, 401, "unauthorized")
    denied = _events(app_services, SYSTEM_TENANT, "auth.denied")
    assert len(denied) == before + 1
    assert (denied[-1].reason, denied[-1].actor) == ("auth.unknown", "apikey:1234567890123456")


def test_a_key_whose_id_is_all_digits_works_and_is_audited_intact(
    client, app_services, monkeypatch
):
    """Key ids are drawn never all digits now; one drawn before (any hex id) still works."""
    import confide.apikeys

    tenant_id, _ = _tenant(app_services)
    monkeypatch.setattr(confide.apikeys, "new_key_id", lambda: "2834879123805040")
    _, token = app_services.apikeys.create(tenant_id, ["admin"])
    monkeypatch.undo()
    r = client.post("/v1/keys", headers=_auth(token), json={"scopes": ["documents"]})
    assert r.status_code == 201, r.text
    missing = client.delete("/v1/keys/9876543210987654", headers=_auth(token))
    _assert_envelope(missing, 404, "not_found")
    events = app_services.audit.events(tenant_id, 0, 1000)
    created = [e for e in events if e.event_type == "apikey.created"]
    assert created[-1].actor == "apikey:2834879123805040"
    assert created[-1].details_dict()["key_id"] == r.json()["key"]["key_id"]
    assert [(e.actor, e.subject_ref) for e in events if e.event_type == "access.not_found"] == [
        ("apikey:2834879123805040", "apikey:9876543210987654")
    ]


def test_a_cached_key_is_checked_without_a_thread_hop(client, app_services, monkeypatch):
    import confide.server.auth

    hops = []
    real = confide.server.auth.run_in_threadpool

    async def counting(func, *args, **kwargs):
        hops.append(getattr(func, "__name__", "?"))
        return await real(func, *args, **kwargs)

    monkeypatch.setattr(confide.server.auth, "run_in_threadpool", counting)
    tenant_id, token = _tenant(app_services)
    app_services.apikeys.forget(tenant_id=tenant_id)
    for _ in range(3):
        assert client.get("/v1/whoami", headers=_auth(token)).json()["tenant_id"] == tenant_id
    assert hops == ["authenticate"]  # the first request only: the cache was cold
    assert client.get("/v1/whoami", headers=_auth(token + "x")).status_code == 401
    assert hops == ["authenticate", "authenticate", "append"]  # full check, then the audit


def test_wrong_secret_is_401_audited_in_the_keys_tenant(client, app_services):
    tenant_id, token = _tenant(app_services)
    key_id = token.split("_")[1]
    forged = f"cfk_{key_id}_{'B' * 43}"
    r = client.get("/v1/keys", headers=_auth(forged))
    _assert_envelope(r, 401, "unauthorized")
    denied = _events(app_services, tenant_id, "auth.denied")
    assert [(e.reason, e.actor) for e in denied] == [("auth.bad_secret", key_actor(key_id))]
    assert forged not in json.dumps([e.to_dict() for e in denied])


def test_revoked_and_expired_keys_are_401(client, app_services):
    from datetime import UTC, datetime, timedelta

    tenant_id, admin = _tenant(app_services)
    created = client.post("/v1/keys", headers=_auth(admin), json={"scopes": ["audit:read"]})
    assert created.status_code == 201, created.text
    token = created.json()["api_key"]
    key_id = created.json()["key"]["key_id"]
    assert client.get("/v1/audit/verify", headers=_auth(token)).status_code == 200

    r = client.delete(f"/v1/keys/{key_id}", headers=_auth(admin))
    assert r.status_code == 200 and r.json()["active"] is False
    _assert_envelope(client.get("/v1/audit/verify", headers=_auth(token)), 401, "unauthorized")

    _, expired = app_services.apikeys.create(
        tenant_id, ["audit:read"], expires_at=datetime.now(UTC) - timedelta(seconds=1)
    )
    _assert_envelope(client.get("/v1/audit/verify", headers=_auth(expired)), 401, "unauthorized")
    reasons = [e.reason for e in _events(app_services, tenant_id, "auth.denied")]
    assert reasons == ["auth.revoked", "auth.expired"]


# --------------------------------------------------------------------------- authorisation


def test_missing_scope_is_403_and_audited(client, app_services):
    tenant_id, admin = _tenant(app_services)
    _, convo = app_services.apikeys.create(tenant_id, ["conversations"])
    for method, path in (("GET", "/v1/keys"), ("GET", "/v1/audit/events")):
        msg = _assert_envelope(client.request(method, path, headers=_auth(convo)), 403, "forbidden")
        assert "scope" in msg
    forbidden = _events(app_services, tenant_id, "access.forbidden")
    assert [e.reason for e in forbidden] == ["auth.scope", "auth.scope"]
    assert [e.details_dict()["scope"] for e in forbidden] == ["admin", "audit:read"]
    # admin implies every scope of its tenant
    assert client.get("/v1/audit/events", headers=_auth(admin)).status_code == 200


def test_cross_tenant_key_is_404_like_an_unknown_one_and_audited(client, app_services):
    a_id, a_admin = _tenant(app_services, "tenant-a")
    b_id, b_admin = _tenant(app_services, "tenant-b")
    b_key = b_admin.split("_")[1]

    cross = client.delete(f"/v1/keys/{b_key}", headers=_auth(a_admin))
    unknown = client.delete("/v1/keys/00aa11bb22cc33dd", headers=_auth(a_admin))
    _assert_envelope(cross, 404, "not_found")
    assert cross.json() == unknown.json()
    assert {k for k in cross.headers if k != "x-request-id" and k != "content-length"} == {
        k for k in unknown.headers if k != "x-request-id" and k != "content-length"
    }

    # B's key still works and A's listing shows only A's keys
    assert client.get("/v1/keys", headers=_auth(b_admin)).status_code == 200
    a_keys = client.get("/v1/keys", headers=_auth(a_admin)).json()["keys"]
    assert {k["tenant_id"] for k in a_keys} == {a_id}
    assert b_key not in {k["key_id"] for k in a_keys}

    events = [
        e for e in app_services.audit.events(a_id, 0, 1000) if e.event_type.startswith("access.")
    ]
    assert [(e.event_type, e.subject_ref) for e in events] == [
        ("access.cross_tenant", key_actor(b_key)),
        ("access.not_found", "apikey:00aa11bb22cc33dd"),
    ]
    assert not _events(app_services, b_id, "apikey.revoked")


def test_tenant_comes_from_the_key_never_the_body(client, app_services):
    a_id, a_admin = _tenant(app_services, "tenant-a")
    b_id, _ = _tenant(app_services, "tenant-b")
    r = client.post(
        "/v1/keys", headers=_auth(a_admin), json={"scopes": ["admin"], "tenant_id": b_id}
    )
    msg = _assert_envelope(r, 422, "validation_error")
    assert "tenant_id" in msg and b_id not in msg
    created = client.post("/v1/keys", headers=_auth(a_admin), json={"scopes": ["documents"]})
    assert created.json()["key"]["tenant_id"] == a_id
    assert {k.tenant_id for k in app_services.apikeys.list(b_id)} <= {b_id}


def test_audit_routes_read_only_the_own_tenant(client, app_services):
    a_id, a_admin = _tenant(app_services, "tenant-a")
    _, b_admin = _tenant(app_services, "tenant-b")
    for i in range(3):
        client.post(
            "/v1/keys", headers=_auth(a_admin), json={"scopes": ["documents"], "name": f"k{i}"}
        )
    page1 = client.get("/v1/audit/events?limit=2", headers=_auth(a_admin)).json()
    assert [e["seq"] for e in page1["events"]] == [1, 2]
    page2 = client.get(
        f"/v1/audit/events?after_seq={page1['next_after_seq']}&limit=100", headers=_auth(a_admin)
    ).json()
    assert page2["events"][0]["seq"] == 3
    assert {e["tenant_id"] for e in page1["events"] + page2["events"]} == {a_id}
    b_events = client.get("/v1/audit/events", headers=_auth(b_admin)).json()["events"]
    assert a_id not in {e["tenant_id"] for e in b_events}

    v = client.get("/v1/audit/verify", headers=_auth(a_admin)).json()
    assert v["ok"] is True and v["tenant_id"] == a_id and v["checked"] >= 4
    _assert_envelope(
        client.get("/v1/audit/events?limit=0", headers=_auth(a_admin)), 422, "validation_error"
    )


# --------------------------------------------------------------------------- limits & errors


def test_oversize_body_is_413_by_header_and_while_streaming(client, app_services):
    _, admin = _tenant(app_services)
    limit = app_services.settings.max_body_bytes
    big = json.dumps({"scopes": ["admin"], "name": "x" * (limit + 10)})
    _assert_envelope(
        client.post(
            "/v1/keys", headers={**_auth(admin), "content-type": "application/json"}, content=big
        ),
        413,
        "body_too_large",
    )

    def chunks():
        data = big.encode()
        for i in range(0, len(data), 4096):
            yield data[i : i + 4096]

    # A generator body is sent chunked, without Content-Length: the limit is enforced on the
    # bytes as they arrive.
    streamed = client.post(
        "/v1/keys", headers={**_auth(admin), "content-type": "application/json"}, content=chunks()
    )
    _assert_envelope(streamed, 413, "body_too_large")
    assert "content-length" not in streamed.request.headers
    assert len(app_services.apikeys.list(app_services.apikeys.authenticate(admin).tenant_id)) == 1


def test_unknown_field_and_bad_values_are_422_without_echo(client, app_services):
    _, admin = _tenant(app_services)
    secret_value = "sk-live-DO-NOT-ECHO-123456"
    cases = [
        ({"scopes": ["admin"], "surprise": secret_value}, "surprise"),
        ({"scopes": [secret_value]}, "scopes"),
        ({"scopes": ["admin"], "expires_in_days": secret_value}, "expires_in_days"),
        ({"scopes": []}, "scopes"),
    ]
    for body, field in cases:
        msg = _assert_envelope(
            client.post("/v1/keys", headers=_auth(admin), json=body), 422, "validation_error"
        )
        assert field in msg
        assert secret_value not in msg
    bad_json = client.post(
        "/v1/keys",
        headers={**_auth(admin), "content-type": "application/json"},
        content=b'{"scopes": ["admin"' + secret_value.encode(),
    )
    assert secret_value not in _assert_envelope(bad_json, 422, "validation_error")


def test_error_envelope_for_framework_errors(client):
    _assert_envelope(client.get("/no/such/route"), 404, "not_found")
    _assert_envelope(client.delete("/healthz"), 405, "method_not_allowed")
    _assert_envelope(client.delete("/v1/keys/NOT-HEX"), 401, "unauthorized")


# --------------------------------------------------------------------------- logs


def test_logs_are_json_with_request_ids_and_no_tokens_or_bodies(client, app_services):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger(LOGGER_NAME)
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        _, admin = _tenant(app_services)
        marker = "PATIENT-Jane-Doe-555-0100"
        created = client.post(
            "/v1/keys",
            headers={**_auth(admin), "X-Request-ID": "0af7651916cd43dd8448eb211c80319c"},
            json={"scopes": ["documents"], "name": marker},
        )
        new_token = created.json()["api_key"]
        client.post("/v1/keys", headers=_auth(admin), json={"scopes": ["admin"], "x": marker})
        client.get("/v1/keys", headers=_auth(new_token))  # 403
        client.get("/v1/keys", headers={"Authorization": f"Bearer {new_token}x"})  # 401
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    text = stream.getvalue()
    lines = [json.loads(line) for line in text.splitlines()]
    assert lines, "no log lines captured"
    for secret in (admin, new_token, admin.split("_", 2)[2], new_token.split("_", 2)[2], marker):
        assert secret not in text
    access = [r for r in lines if r.get("event") == "http.request"]
    assert all(r["request_id"] for r in access)
    first = next(r for r in access if r["request_id"] == "0af7651916cd43dd8448eb211c80319c")
    assert first["status"] == 201 and first["route"] == "/v1/keys"
    assert first["key_id"] == admin.split("_")[1]
    assert {"auth.scope", "auth.bad_secret"} <= {r.get("reason") for r in access}
