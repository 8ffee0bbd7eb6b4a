"""Webhooks: signed, encrypted at rest, claimed once across workers, retried with backoff."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, text

from confide.server.app import create_app
from confide.store.models import WebhookAttempt, WebhookDelivery, utcnow
from confide.webhooks import (
    HEADER_ID,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
    WebhookNotFound,
    WebhookService,
    WebhookWorker,
    format_secret,
    parse_secret,
    sign,
    verify_signature,
)
from tests.webhook_receiver import Receiver

MARKER = "PAYLOAD-MARKER-7f3a"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


def _tenant(services: Any, name: str = "acme") -> tuple[str, str]:
    info, token = services.tenants.create(name)
    return info.tenant_id, token


def _service(services: Any, **kwargs: Any) -> WebhookService:
    return WebhookService(services.db, services.vault, services.audit, **kwargs)


def _events(services: Any, tenant_id: str, event_type: str) -> list[Any]:
    return [e for e in services.audit.events(tenant_id, limit=1000)
            if e.event_type == event_type]


# -- signing -------------------------------------------------------------------------------
def test_sign_and_verify_accept_a_genuine_request() -> None:
    secret = b"k" * 32
    ts = 1_764_284_936
    body = b'{"id":"wh_1"}'
    sig = sign(secret, ts, body)
    assert sig.startswith(f"t={ts},v1=") and len(sig.split("v1=")[1]) == 64
    headers = {HEADER_SIGNATURE: sig, HEADER_TIMESTAMP: str(ts), HEADER_ID: "wh_1"}
    assert verify_signature(secret, headers, body, now=ts + 10)
    assert verify_signature(format_secret(secret), headers, body, now=ts)
    lowered = {k.lower(): v for k, v in headers.items()}
    assert verify_signature(secret, lowered, body, now=ts)


def test_verify_rejects_tampering_wrong_secret_and_stale_timestamps() -> None:
    secret = b"k" * 32
    ts = 1_764_284_936
    body = b'{"id":"wh_1","data":{"ok":true}}'
    headers = {HEADER_SIGNATURE: sign(secret, ts, body), HEADER_TIMESTAMP: str(ts)}
    assert not verify_signature(secret, headers, body.replace(b"true", b"false"), now=ts)
    assert not verify_signature(b"x" * 32, headers, body, now=ts)
    assert not verify_signature(secret, headers, body, now=ts + 301)
    assert not verify_signature(secret, headers, body, now=ts - 301)
    assert verify_signature(secret, headers, body, now=ts + 3600, tolerance_s=7200)
    # the timestamp is signed: moving it forward breaks the signature
    moved = sign(secret, ts, body).replace(f"t={ts}", f"t={ts + 100}")
    assert not verify_signature(secret, {HEADER_SIGNATURE: moved}, body, now=ts + 100)
    # malformed or missing headers answer False, never raise
    for bad in ({}, {HEADER_SIGNATURE: ""}, {HEADER_SIGNATURE: "t=abc,v1=00"},
                {HEADER_SIGNATURE: f"t={ts}"}, {HEADER_SIGNATURE: "garbage"},
                {HEADER_SIGNATURE: f"t={ts},v1=\u00e9\u00e9"}):
        assert not verify_signature(secret, bad, body, now=ts)
    # a timestamp header that disagrees with the signed one is refused
    assert not verify_signature(secret, {**headers, HEADER_TIMESTAMP: str(ts + 1)}, body,
                                now=ts)


def test_verify_accepts_any_of_several_signatures() -> None:
    secret, ts, body = b"s" * 32, 1_700_000_000, b"{}"
    good = sign(secret, ts, body).split(",")[1]
    header = f"t={ts},v1={'0' * 64},{good}"
    assert verify_signature(secret, {HEADER_SIGNATURE: header}, body, now=ts)


def test_secret_format_round_trips() -> None:
    raw = bytes(range(32))
    shown = format_secret(raw)
    assert shown.startswith("whsec_") and "=" not in shown
    assert parse_secret(shown) == raw
    with pytest.raises(ValueError):
        parse_secret("sk_live_nope")


# -- enqueue -------------------------------------------------------------------------------
@pytest.mark.parametrize("url", [
    "ftp://example.com/hook", "file:///etc/passwd", "javascript:alert(1)", "example.com/hook",
    "", "http://", "https://user:pw@example.com/hook", "http://example.com:99999/",
    "https://example.com/a b", "http://example.com/" + "a" * 2000,
])
def test_enqueue_rejects_non_http_urls(services: Any, url: str) -> None:
    tenant_id, _ = _tenant(services)
    with pytest.raises(ValueError) as info:
        services.webhooks.enqueue(tenant_id, "conversation.ended", url, {"x": 1})
    if url:
        assert url not in str(info.value)
    with services.db.session(readonly=True) as s:
        assert s.execute(select(func.count()).select_from(WebhookDelivery)).scalar_one() == 0


def test_enqueue_rejects_bad_event_types_and_payloads(services: Any) -> None:
    tenant_id, _ = _tenant(services)
    wh = services.webhooks
    with pytest.raises(ValueError):
        wh.enqueue(tenant_id, "Conversation Ended", "https://example.com/h", {})
    with pytest.raises(ValueError):
        wh.enqueue(tenant_id, "conversation.ended", "https://example.com/h", {"x": object()})
    with pytest.raises(TypeError):
        wh.enqueue(tenant_id, "conversation.ended", "https://example.com/h", ["x"])  # type: ignore[arg-type]


def test_enqueue_joins_the_callers_transaction(services_any: Any) -> None:
    svc = services_any
    tenant_id, _ = _tenant(svc)
    with pytest.raises(RuntimeError), svc.db.session() as s:
        svc.webhooks.enqueue(tenant_id, "conversation.ended", "https://example.com/h",
                             {"n": 1}, session=s)
        raise RuntimeError("the turn failed")
    assert svc.webhooks.deliveries(tenant_id) == []
    with svc.db.session() as s:
        delivery_id = svc.webhooks.enqueue(tenant_id, "conversation.ended",
                                           "https://example.com/h", {"n": 2}, session=s)
    [d] = svc.webhooks.deliveries(tenant_id)
    assert d.delivery_id == delivery_id and d.status == "pending" and d.attempts == 0


def test_body_is_encrypted_at_rest(services_any: Any) -> None:
    svc = services_any
    tenant_id, _ = _tenant(svc)
    delivery_id = svc.webhooks.enqueue(tenant_id, "objective.completed",
                                       "https://example.com/h", {"note": MARKER},
                                       conversation_id="cv_1")
    with svc.db.engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM webhook_deliveries WHERE id = :i"),
                           {"i": delivery_id}).one()
    raw = b"".join(bytes(v) if isinstance(v, bytes | memoryview) else str(v).encode()
                   for v in row)
    assert MARKER.encode() not in raw
    blob = row._mapping["body_blob"]
    body = json.loads(svc.vault.decrypt(tenant_id, "webhook.body", delivery_id, bytes(blob)))
    assert body["id"] == delivery_id and body["type"] == "objective.completed"
    assert body["tenant_id"] == tenant_id and body["data"] == {"note": MARKER}
    assert body["created"].endswith("Z")


# -- delivery ------------------------------------------------------------------------------
def test_delivered_once_with_a_valid_signature(services_any: Any, receiver: Receiver) -> None:
    svc = services_any
    tenant_id, _ = _tenant(svc)
    receiver.secret = svc.webhooks.secret(tenant_id)
    delivery_id = svc.webhooks.enqueue(tenant_id, "conversation.ended", receiver.url,
                                       {"note": MARKER}, conversation_id="cv_1")
    assert svc.webhooks.deliver_due() == 1
    assert svc.webhooks.deliver_due() == 0
    [req] = receiver.requests
    assert req["verified"]
    h = req["headers"]
    assert h[HEADER_ID] == delivery_id
    assert h["Content-Type"] == "application/json"
    assert h["User-Agent"].startswith("Confide-Webhooks/")
    assert h[HEADER_SIGNATURE].startswith(f"t={h[HEADER_TIMESTAMP]},v1=")
    assert json.loads(req["body"])["data"] == {"note": MARKER}
    [d] = svc.webhooks.deliveries(tenant_id)
    assert (d.status, d.attempts, d.last_status) == ("delivered", 1, 200)
    assert d.delivered_at is not None
    [a] = svc.webhooks.attempts(tenant_id, delivery_id)
    assert (a.attempt, a.status_code, a.error) == (1, 200, None) and a.duration_ms > 0
    [ev] = _events(svc, tenant_id, "webhook.delivered")
    assert ev.subject_ref == delivery_id and ev.retention_class == "activity"
    assert MARKER not in ev.details and receiver.url not in ev.details


def test_retries_after_500_with_backoff_then_succeeds(services_any: Any,
                                                      receiver: Receiver) -> None:
    svc = services_any
    tenant_id, _ = _tenant(svc)
    receiver.secret = svc.webhooks.secret(tenant_id)
    receiver.statuses = [500, 503, 200]
    wh = _service(svc, schedule=(10, 100), max_attempts=5)
    delivery_id = wh.enqueue(tenant_id, "escalation.opened", receiver.url, {"n": 1})
    t0 = utcnow()
    assert wh.deliver_due(now=t0) == 1
    [d] = wh.deliveries(tenant_id)
    assert (d.status, d.attempts, d.last_status) == ("pending", 1, 500)
    wait = (d.next_attempt_at - t0).total_seconds()
    assert 9 <= wait <= 11  # 10 s with +-10 % jitter
    assert wh.deliver_due(now=t0 + timedelta(seconds=8)) == 0  # not due yet
    t1 = t0 + timedelta(seconds=12)
    assert wh.deliver_due(now=t1) == 1
    [d] = wh.deliveries(tenant_id)
    assert 90 <= (d.next_attempt_at - t1).total_seconds() <= 110
    assert wh.deliver_due(now=t1 + timedelta(seconds=50)) == 0
    assert wh.deliver_due(now=t1 + timedelta(seconds=111)) == 1
    [d] = wh.deliveries(tenant_id, status="delivered")
    assert d.attempts == 3
    attempts = wh.attempts(tenant_id, delivery_id)
    assert [(a.attempt, a.status_code) for a in attempts] == [(1, 500), (2, 503), (3, 200)]
    assert all(r["verified"] for r in receiver.requests) and len(receiver.requests) == 3
    assert receiver.ids() == Counter({delivery_id: 3})


def test_gives_up_after_max_attempts(services_any: Any, receiver: Receiver) -> None:
    svc = services_any
    tenant_id, _ = _tenant(svc)
    receiver.statuses = [500]
    wh = _service(svc, schedule=(1,), max_attempts=3)
    delivery_id = wh.enqueue(tenant_id, "conversation.ended", receiver.url, {"n": MARKER})
    now = utcnow()
    for _ in range(3):
        assert wh.deliver_due(now=now) == 1
        now += timedelta(seconds=5)
    assert wh.deliver_due(now=now + timedelta(days=2)) == 0
    [d] = wh.deliveries(tenant_id, status="failed")
    assert d.delivery_id == delivery_id and d.attempts == 3 and d.last_status == 500
    assert wh.deliveries(tenant_id, status="pending") == []
    assert len(wh.attempts(tenant_id, delivery_id)) == 3
    [ev] = _events(svc, tenant_id, "webhook.failed")
    assert ev.reason == "webhook.max_attempts" and ev.subject_ref == delivery_id
    assert ev.details_dict()["last_status"] == 500 and MARKER not in ev.details
    assert _events(svc, tenant_id, "webhook.delivered") == []


def test_a_slow_receiver_times_out(services: Any, receiver: Receiver) -> None:
    tenant_id, _ = _tenant(services)
    receiver.delay_s = 1.5
    wh = _service(services, timeout_s=0.3, schedule=(60,))
    delivery_id = wh.enqueue(tenant_id, "conversation.ended", receiver.url, {})
    started = time.monotonic()
    assert wh.deliver_due() == 1
    assert time.monotonic() - started < 1.4
    [a] = wh.attempts(tenant_id, delivery_id)
    assert a.status_code is None and a.error == "ReadTimeout"
    [d] = wh.deliveries(tenant_id)
    assert (d.status, d.last_error) == ("pending", "ReadTimeout")


def test_an_unreachable_receiver_is_an_error_class(services: Any) -> None:
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    tenant_id, _ = _tenant(services)
    wh = _service(services, timeout_s=1.0)
    delivery_id = wh.enqueue(tenant_id, "conversation.ended", f"http://127.0.0.1:{port}/", {})
    assert wh.deliver_due() == 1
    [a] = wh.attempts(tenant_id, delivery_id)
    assert a.error == "ConnectError" and a.status_code is None


def test_redirects_are_not_followed(services: Any, receiver: Receiver) -> None:
    tenant_id, _ = _tenant(services)
    receiver.statuses = [302]
    delivery_id = services.webhooks.enqueue(tenant_id, "conversation.ended", receiver.url, {})
    assert services.webhooks.deliver_due() == 1
    assert [r["path"] for r in receiver.requests] == ["/hook"]
    [a] = services.webhooks.attempts(tenant_id, delivery_id)
    assert a.status_code == 302
    assert services.webhooks.deliveries(tenant_id)[0].status == "pending"


def test_concurrent_workers_deliver_each_exactly_once(services_any: Any,
                                                      receiver: Receiver) -> None:
    svc = services_any
    tenant_id, _ = _tenant(svc)
    receiver.secret = svc.webhooks.secret(tenant_id)
    receiver.delay_s = 0.01
    n = 30
    ids = {svc.webhooks.enqueue(tenant_id, "conversation.ended", receiver.url, {"i": i})
           for i in range(n)}
    workers = [_service(svc, concurrency=2) for _ in range(2)]
    barrier = threading.Barrier(len(workers))
    counts: list[int] = [0] * len(workers)
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            barrier.wait()
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                done = workers[i].deliver_due(limit=4)
                counts[i] += done
                if done == 0 and not workers[i].deliveries(tenant_id, status="pending"):
                    return
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(workers))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    assert sum(counts) == n, counts
    assert receiver.ids() == Counter(dict.fromkeys(ids, 1))
    assert all(r["verified"] for r in receiver.requests)
    assert len(svc.webhooks.deliveries(tenant_id, status="delivered", limit=1000)) == n
    with svc.db.session(readonly=True) as s:
        assert s.execute(select(func.count()).select_from(WebhookAttempt)).scalar_one() == n


@pytest.mark.postgres
def test_a_row_locked_by_another_claimer_is_skipped(pg_url: str, confide_home: Any,
                                                    receiver: Receiver) -> None:
    from confide.services import Services
    from confide.settings import Settings

    svc = Services.from_settings(Settings(home=confide_home, database_url=pg_url),
                                 create_key=True)
    try:
        tenant_id, _ = _tenant(svc)
        first = svc.webhooks.enqueue(tenant_id, "conversation.ended", receiver.url, {"i": 1})
        second = svc.webhooks.enqueue(tenant_id, "conversation.ended", receiver.url, {"i": 2})
        with svc.db.session() as s:  # another server holds `first` mid-claim
            s.execute(select(WebhookDelivery).where(WebhookDelivery.id == first)
                      .with_for_update()).one()
            assert svc.webhooks.deliver_due() == 1
        assert receiver.ids() == Counter({second: 1})
        assert svc.webhooks.deliver_due() == 1
        assert receiver.ids() == Counter({first: 1, second: 1})
    finally:
        svc.close()


def test_a_claim_leases_the_row(services_any: Any, receiver: Receiver) -> None:
    svc = services_any
    tenant_id, _ = _tenant(svc)
    delivery_id = svc.webhooks.enqueue(tenant_id, "conversation.ended", receiver.url, {})
    now = utcnow()
    [claimed], _ = svc.webhooks._claim(10, now)  # a process that then dies before sending
    assert claimed.delivery_id == delivery_id
    assert svc.webhooks.deliver_due(now=now) == 0  # leased: nobody else sends it
    assert svc.webhooks.deliver_due(now=now + timedelta(minutes=10)) == 1  # lease ran out
    assert receiver.ids() == Counter({delivery_id: 1})


def test_no_request_starts_that_could_outlive_its_lease(services: Any, receiver: Receiver,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    tenant_id, _ = _tenant(services)
    wh = _service(services)
    monkeypatch.setattr(wh, "_lease_for", lambda claimed: 1.0)  # shorter than one request
    delivery_id = wh.enqueue(tenant_id, "conversation.ended", receiver.url, {})
    now = utcnow()
    assert wh.deliver_due(now=now) == 0
    assert receiver.requests == [] and wh.attempts(tenant_id, delivery_id) == []
    [d] = wh.deliveries(tenant_id)
    assert d.status == "pending" and d.attempts == 0 and d.next_attempt_at > now
    assert services.webhooks.deliver_due(now=d.next_attempt_at) == 1  # after the lease
    assert receiver.ids() == Counter({delivery_id: 1})


def test_one_endpoint_receives_its_deliveries_oldest_first(services: Any,
                                                          receiver: Receiver) -> None:
    tenant_id, _ = _tenant(services)
    other = Receiver()
    try:
        mine = [services.webhooks.enqueue(tenant_id, "objective.completed", receiver.url,
                                          {"i": i}) for i in range(6)]
        theirs = [services.webhooks.enqueue(tenant_id, "objective.completed", other.url,
                                            {"i": i}) for i in range(3)]
        assert services.webhooks.deliver_due() == 9
        assert [r["headers"][HEADER_ID] for r in receiver.requests] == mine
        assert [r["headers"][HEADER_ID] for r in other.requests] == theirs
    finally:
        other.close()


# -- secrets -------------------------------------------------------------------------------
def test_secret_is_per_tenant_stable_and_encrypted(services_any: Any) -> None:
    svc = services_any
    a, _ = _tenant(svc, "a")
    b, _ = _tenant(svc, "b")
    sa = svc.webhooks.secret(a)
    assert len(sa) == 32 and svc.webhooks.secret(a) == sa
    assert svc.webhooks.secret(b) != sa
    with svc.db.engine.connect() as conn:
        blobs = conn.execute(text("SELECT blob FROM encrypted_records WHERE kind = :k"),
                             {"k": "webhook.secret"}).scalars().all()
    assert len(blobs) == 2 and all(sa not in bytes(x) for x in blobs)


def test_rotation_changes_the_signature(services_any: Any, receiver: Receiver) -> None:
    svc = services_any
    tenant_id, _ = _tenant(svc)
    old = svc.webhooks.secret(tenant_id)
    new = svc.webhooks.rotate_secret(tenant_id, actor="user:ops")
    assert new != old and svc.webhooks.secret(tenant_id) == new
    [ev] = _events(svc, tenant_id, "webhook.secret_rotated")
    assert ev.actor == "user:ops" and ev.retention_class == "config"
    receiver.secret = new
    svc.webhooks.enqueue(tenant_id, "conversation.ended", receiver.url, {})
    assert svc.webhooks.deliver_due() == 1
    [req] = receiver.requests
    assert req["verified"]
    assert not verify_signature(old, req["headers"], req["body"])


# -- erasure -------------------------------------------------------------------------------
def test_erase_conversation_removes_its_deliveries_and_attempts(services_any: Any,
                                                                receiver: Receiver) -> None:
    svc = services_any
    tenant_id, _ = _tenant(svc)
    other, _ = _tenant(svc, "other")
    for _ in range(2):
        svc.webhooks.enqueue(tenant_id, "conversation.ended", receiver.url, {},
                             conversation_id="cv_a")
    kept = svc.webhooks.enqueue(tenant_id, "conversation.ended", receiver.url, {},
                                conversation_id="cv_b")
    theirs = svc.webhooks.enqueue(other, "conversation.ended", receiver.url, {},
                                  conversation_id="cv_a")
    assert svc.webhooks.deliver_due() == 4
    assert svc.webhooks.erase_conversation(other, "cv_b") == 0
    with svc.db.session() as s:
        assert svc.webhooks.erase_conversation(tenant_id, "cv_a", session=s) == 2
    assert [d.delivery_id for d in svc.webhooks.deliveries(tenant_id)] == [kept]
    assert [d.delivery_id for d in svc.webhooks.deliveries(other)] == [theirs]
    with svc.db.session(readonly=True) as s:
        left = set(s.execute(select(WebhookAttempt.delivery_id)).scalars())
    assert left == {kept, theirs}


# -- operators -----------------------------------------------------------------------------
def test_attempts_of_another_tenants_delivery_is_not_found(services: Any) -> None:
    a, _ = _tenant(services, "a")
    b, _ = _tenant(services, "b")
    delivery_id = services.webhooks.enqueue(a, "conversation.ended", "https://example.com", {})
    with pytest.raises(WebhookNotFound):
        services.webhooks.attempts(b, delivery_id)
    assert services.webhooks.attempts(a, delivery_id) == []
    assert services.webhooks.deliveries(b) == []
    with pytest.raises(ValueError):
        services.webhooks.deliveries(a, status="lost")


def test_routes(services: Any, receiver: Receiver) -> None:
    t1, token1 = _tenant(services, "t1")
    t2, token2 = _tenant(services, "t2")
    h1 = {"Authorization": f"Bearer {token1}"}
    h2 = {"Authorization": f"Bearer {token2}"}
    delivery_id = services.webhooks.enqueue(t1, "conversation.ended", receiver.url,
                                            {"n": MARKER}, conversation_id="cv_1")
    services.webhooks.enqueue(t1, "conversation.ended", receiver.url, {})
    assert services.webhooks.deliver_due(limit=1) == 1
    client = TestClient(create_app(services))  # no lifespan: no background worker

    r = client.get("/v1/webhooks/deliveries", headers=h1)
    assert r.status_code == 200
    rows = r.json()["deliveries"]
    assert len(rows) == 2 and MARKER not in r.text
    assert {"delivery_id", "status", "attempts", "url"} <= set(rows[0])
    assert "body" not in rows[0] and "body_blob" not in rows[0]
    r = client.get("/v1/webhooks/deliveries?status=delivered&limit=5", headers=h1)
    assert [d["delivery_id"] for d in r.json()["deliveries"]] == [delivery_id]
    assert client.get("/v1/webhooks/deliveries?status=lost", headers=h1).status_code == 422
    assert client.get("/v1/webhooks/deliveries", headers=h2).json() == {"deliveries": []}

    r = client.get(f"/v1/webhooks/deliveries/{delivery_id}/attempts", headers=h1)
    assert r.status_code == 200
    assert [a["status_code"] for a in r.json()["attempts"]] == [200]

    r = client.get(f"/v1/webhooks/deliveries/{delivery_id}/attempts", headers=h2)
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    unknown = client.get("/v1/webhooks/deliveries/wh_0123456789abcdef/attempts", headers=h2)
    assert unknown.status_code == 404 and unknown.json() == r.json()
    assert _events(services, t2, "access.cross_tenant")[0].subject_ref == \
        f"webhook_delivery:{delivery_id}"

    r = client.get("/v1/webhooks/secret", headers=h1)
    assert r.status_code == 200
    shown = r.json()["secret"]
    assert shown == format_secret(services.webhooks.secret(t1))
    assert _events(services, t1, "webhook.secret_viewed")
    r = client.post("/v1/webhooks/secret/rotate", headers=h1)
    assert r.status_code == 200
    rotated = r.json()["secret"]
    assert rotated != shown and parse_secret(rotated) == services.webhooks.secret(t1)
    assert client.get("/v1/webhooks/secret", headers=h2).json()["secret"] not in (shown,
                                                                                   rotated)

    _, conv_token = services.apikeys.create(t1, ["conversations"])
    r = client.get("/v1/webhooks/deliveries",
                   headers={"Authorization": f"Bearer {conv_token}"})
    assert r.status_code == 403
    assert client.get("/v1/webhooks/deliveries").status_code == 401


# -- the worker ----------------------------------------------------------------------------
def test_worker_delivers_in_the_background_and_stops_promptly(services: Any,
                                                              receiver: Receiver) -> None:
    tenant_id, _ = _tenant(services)
    worker = WebhookWorker(services.webhooks, interval_s=0.05)
    worker.start()
    try:
        delivery_id = services.webhooks.enqueue(tenant_id, "conversation.ended",
                                                receiver.url, {})
        deadline = time.monotonic() + 10
        while not receiver.requests and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        started = time.monotonic()
        worker.stop()
        assert time.monotonic() - started < 1.0
    assert not worker.running
    assert receiver.ids() == Counter({delivery_id: 1})


def test_the_server_runs_the_worker_in_its_lifespan(services: Any, receiver: Receiver) -> None:
    tenant_id, _ = _tenant(services)
    delivery_id = services.webhooks.enqueue(tenant_id, "conversation.ended", receiver.url, {})
    with TestClient(create_app(services)):
        deadline = time.monotonic() + 10
        while not receiver.requests and time.monotonic() < deadline:
            time.sleep(0.05)
    assert receiver.ids() == Counter({delivery_id: 1})
    services.settings.webhook_worker = False
    services.webhooks.enqueue(tenant_id, "conversation.ended", receiver.url, {})
    with TestClient(create_app(services)):
        time.sleep(1.5)
    assert len(receiver.requests) == 1
