"""Signed webhooks: enqueued in the caller's transaction, delivered once, retried with backoff.

A delivery is a `webhook_deliveries` row whose JSON body is vault ciphertext (kind
`webhook.body`, record id = delivery id). `deliver_due` claims due rows so that several
servers sharing one PostgreSQL database never send the same delivery at the same time:
`SELECT ... FOR UPDATE SKIP LOCKED` in a short transaction that also pushes
`next_attempt_at` forward by a lease; the HTTP call happens after that commit. On SQLite
the `BEGIN IMMEDIATE` write lock serialises the claim. A process that dies mid-send leaves
the row to be retried when the lease ends (delivery is at least once; receivers dedupe on
`Confide-Webhook-Id`).

Requests are signed like the common webhook standards (Stripe, Standard Webhooks):

    Confide-Webhook-Id: wh_...
    Confide-Webhook-Timestamp: 1764284936
    Confide-Signature: t=1764284936,v1=<hex HMAC-SHA256(secret, f"{t}.{body}")>

with one random 32-byte secret per tenant (`whsec_<base64url>` when shown), stored as vault
ciphertext in `encrypted_records`. Receivers check a request with `verify_signature`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import random
import re
import secrets
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from confide import __version__, egress
from confide.agent.records import WEBHOOK_BODY, new_id
from confide.audit import AuditLog, register_retention
from confide.store.db import Database
from confide.store.models import EncryptedRecord, WebhookAttempt, WebhookDelivery, utcnow
from confide.vault import Vault, VaultError
from confide.workers import PollingWorker

__all__ = [
    "CONVERSATION_ENDED",
    "DEFAULT_SCHEDULE",
    "ESCALATION_OPENED",
    "HEADER_ID",
    "HEADER_SIGNATURE",
    "HEADER_TIMESTAMP",
    "OBJECTIVE_COMPLETED",
    "SECRET_KIND",
    "AttemptInfo",
    "DeliveryInfo",
    "WebhookNotFound",
    "WebhookService",
    "WebhookWorker",
    "format_secret",
    "parse_secret",
    "sign",
    "verify_signature",
]


HEADER_ID = "Confide-Webhook-Id"
HEADER_TIMESTAMP = "Confide-Webhook-Timestamp"
HEADER_SIGNATURE = "Confide-Signature"
USER_AGENT = f"Confide-Webhooks/{__version__}"
SECRET_KIND = "webhook.secret"  # noqa: S105 - a record kind, not a secret
SECRET_PREFIX = "whsec_"  # noqa: S105 - the display prefix

#: The events the conversation runtime sends (any dotted lowercase name is accepted).
OBJECTIVE_COMPLETED = "objective.completed"
ESCALATION_OPENED = "escalation.opened"
CONVERSATION_ENDED = "conversation.ended"

#: Seconds to wait after attempt 1, 2, ... fails (the last value repeats): 8 attempts in all
#: span about 27 hours, like Standard Webhooks' schedule.
DEFAULT_SCHEDULE: tuple[float, ...] = (5.0, 300.0, 1800.0, 7200.0, 18000.0, 36000.0, 36000.0)
JITTER = 0.1  # each delay is scaled by a random factor in [1 - JITTER, 1 + JITTER]
STATUSES = ("pending", "delivered", "failed")

_BODY_KIND: str = WEBHOOK_BODY.kind or "webhook.body"
_EVENT_TYPE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
_ID = re.compile(r"^[A-Za-z0-9_\-]{1,32}$")

# webhook.delivered / webhook.failed are operational activity; secret changes are config.
register_retention("webhook", "activity")
register_retention("webhook.secret_rotated", "config")
register_retention("webhook.secret_viewed", "config")


class WebhookNotFound(LookupError):
    """No delivery with that id belongs to the tenant."""


# -- signing -----------------------------------------------------------------------------
def sign(secret: bytes, timestamp: int, body: bytes) -> str:
    """The `Confide-Signature` value: `t=<timestamp>,v1=<hex HMAC-SHA256>` over
    `f"{timestamp}.".encode() + body`."""
    mac = hmac.new(secret, f"{int(timestamp)}.".encode() + body, hashlib.sha256)
    return f"t={int(timestamp)},v1={mac.hexdigest()}"


def verify_signature(secret: bytes | str, headers: Mapping[str, str], body: bytes, *,
                     tolerance_s: float = 300, now: float | None = None) -> bool:
    """True when `headers` carry a valid Confide signature of the exact `body` bytes.

    `secret` is the raw key or its `whsec_...` form; `headers` any case-insensitive or
    plain mapping of the request headers. The timestamp must be within `tolerance_s`
    seconds of `now` (default: the current time), so a captured request cannot be replayed
    later. Several `v1=` entries are accepted (any one matching suffices); comparison is
    constant time. Never raises on malformed input: it answers False.
    """
    key = parse_secret(secret) if isinstance(secret, str) else secret
    lowered = {str(k).lower(): str(v) for k, v in headers.items()}
    value = lowered.get(HEADER_SIGNATURE.lower())
    if not value:
        return False
    ts: int | None = None
    candidates: list[str] = []
    for part in value.split(","):
        name, _, item = part.strip().partition("=")
        if name == "t":
            try:
                ts = int(item)
            except ValueError:
                return False
        elif name == "v1" and item:
            candidates.append(item)
    if ts is None or not candidates:
        return False
    header_ts = lowered.get(HEADER_TIMESTAMP.lower())
    if header_ts is not None and header_ts.strip() != str(ts):
        return False
    current = time.time() if now is None else now
    if abs(current - ts) > tolerance_s:
        return False
    expected = sign(key, ts, body).split("v1=", 1)[1]
    ok = False
    for candidate in candidates:
        ok |= hmac.compare_digest(expected.encode(), candidate.encode("ascii", "replace"))
    return ok


def format_secret(secret: bytes) -> str:
    """A secret as shown to tenant admins: `whsec_<base64url, unpadded>`."""
    return SECRET_PREFIX + base64.urlsafe_b64encode(secret).rstrip(b"=").decode()


def parse_secret(value: str) -> bytes:
    """The raw key of a `whsec_...` string (ValueError when malformed)."""
    if not value.startswith(SECRET_PREFIX):
        raise ValueError("a webhook secret starts with whsec_")
    raw = value[len(SECRET_PREFIX):]
    try:
        return base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
    except (ValueError, TypeError):
        raise ValueError("a webhook secret is whsec_ followed by base64url") from None


def secret_record_id(tenant_id: str) -> str:
    """The `encrypted_records` id of a tenant's signing secret (deterministic, 63 chars)."""
    digest = hashlib.sha256(b"confide:webhook-secret:" + tenant_id.encode()).hexdigest()
    return "webhook.secret:" + digest[:48]


# -- views -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DeliveryInfo:
    """What operators see of a delivery (never its body)."""

    delivery_id: str
    tenant_id: str
    conversation_id: str | None
    event_type: str
    url: str
    status: str
    attempts: int
    next_attempt_at: datetime
    last_status: int | None
    last_error: str | None
    created_at: datetime
    delivered_at: datetime | None


@dataclass(frozen=True, slots=True)
class AttemptInfo:
    """One attempt: when, HTTP status or error class, duration (never the response body)."""

    attempt: int
    at: datetime
    status_code: int | None
    error: str | None
    duration_ms: float


def _delivery_info(d: WebhookDelivery) -> DeliveryInfo:
    return DeliveryInfo(d.id, d.tenant_id, d.conversation_id, d.event_type, d.url, d.status,
                        d.attempts, d.next_attempt_at, d.last_status, d.last_error,
                        d.created_at, d.delivered_at)


@dataclass(frozen=True, slots=True)
class _Claimed:
    delivery_id: str
    tenant_id: str
    url: str
    body_blob: bytes
    attempt: int  # the number this attempt will have (1-based)


@dataclass(frozen=True, slots=True)
class _Outcome:
    status_code: int | None
    error: str | None
    duration_ms: float


def check_url(url: str) -> str:
    """`url` if it is an absolute http(s) URL without credentials; ValueError otherwise.

    The message never echoes the URL.
    """
    if not isinstance(url, str) or not url or len(url) > 2000:
        raise ValueError("a webhook URL must be a string of 1 to 2000 characters")
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018  (raises ValueError on a malformed port)
    except ValueError:
        raise ValueError("a webhook URL must be a valid http or https URL") from None
    if parts.scheme not in ("http", "https") or not host:
        raise ValueError("a webhook URL must be an absolute http or https URL")
    if parts.username is not None or parts.password is not None:
        raise ValueError("a webhook URL must not carry credentials (requests are signed)")
    if any(c.isspace() or ord(c) < 32 for c in url):
        raise ValueError("a webhook URL must not contain whitespace or control characters")
    return url


def _iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds").replace("+00:00", "Z")


# -- the service -------------------------------------------------------------------------
class WebhookService:
    """Enqueue, sign, deliver and list a tenant's webhooks; manage its signing secret.

    `schedule` gives the delay after each failed attempt (the last repeats); a delivery is
    marked failed after `max_attempts`. `lease_s` is how long a claim holds a row (grown to
    cover the batch); `concurrency` how many endpoints of one batch are served at once
    (one endpoint's deliveries go one after another, oldest first).
    """

    def __init__(self, db: Database, vault: Vault, audit: AuditLog, *,
                 client: httpx.Client | None = None,
                 schedule: Sequence[float] = DEFAULT_SCHEDULE, max_attempts: int = 8,
                 timeout_s: float = 5.0, lease_s: float = 60.0, concurrency: int = 8) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if not schedule or any(s < 0 for s in schedule):
            raise ValueError("schedule must be a non-empty list of non-negative delays")
        self.db = db
        self.vault = vault
        self.audit = audit
        self.schedule = tuple(float(s) for s in schedule)
        self.max_attempts = max_attempts
        self.timeout_s = timeout_s
        self.lease_s = lease_s
        self.concurrency = max(1, concurrency)
        self._own_client = client is None
        self.client = client if client is not None else httpx.Client(
            timeout=httpx.Timeout(timeout_s), follow_redirects=False,
            transport=egress.transport())

    def close(self) -> None:
        """Close the HTTP client if this service created it."""
        if self._own_client:
            self.client.close()

    # -- enqueue -----------------------------------------------------------------------
    def enqueue(self, tenant_id: str, event_type: str, url: str, payload: dict[str, Any], *,
                conversation_id: str | None = None, session: Session | None = None) -> str:
        """Store a pending delivery of `payload` to `url`; returns the delivery id.

        With `session`, the row is written in the caller's transaction and commits (or
        rolls back) with it. The body is the envelope `{"id", "type", "created",
        "tenant_id", "data": payload}`, encrypted under the tenant's key.
        """
        check_url(url)
        if not isinstance(event_type, str) or len(event_type) > 64 \
                or not _EVENT_TYPE.match(event_type):
            raise ValueError("event type must be a dotted lowercase name like "
                             "conversation.ended (64 characters at most)")
        if conversation_id is not None and not _ID.match(conversation_id):
            raise ValueError("conversation id must be an id of at most 32 characters")
        if not isinstance(payload, dict):
            raise TypeError("a webhook payload must be a dict")
        delivery_id = new_id("wh")
        now = utcnow()
        envelope = {"id": delivery_id, "type": event_type, "created": _iso(now),
                    "tenant_id": tenant_id, "data": payload}
        try:
            body = json.dumps(envelope, separators=(",", ":"), ensure_ascii=False,
                              allow_nan=False).encode("utf-8")
        except (TypeError, ValueError):
            raise ValueError("a webhook payload must be JSON-serialisable") from None
        blob = self.vault.encrypt(tenant_id, _BODY_KIND, delivery_id, body)
        row = WebhookDelivery(id=delivery_id, tenant_id=tenant_id,
                              conversation_id=conversation_id, event_type=event_type, url=url,
                              body_blob=blob, status="pending", attempts=0,
                              next_attempt_at=now, created_at=now)
        if session is not None:
            session.add(row)
            session.flush()
        else:
            with self.db.session() as s:
                s.add(row)
        return delivery_id

    # -- secrets -----------------------------------------------------------------------
    def secret(self, tenant_id: str) -> bytes:
        """The tenant's signing secret (32 random bytes), created on first use."""
        record_id = secret_record_id(tenant_id)
        with self.db.session(readonly=True) as s:
            row = s.get(EncryptedRecord, record_id)
            blob = row.blob if row is not None and row.tenant_id == tenant_id else None
        if blob is not None:
            return self.vault.decrypt(tenant_id, SECRET_KIND, record_id, blob)
        key = secrets.token_bytes(32)
        new_blob = self.vault.encrypt(tenant_id, SECRET_KIND, record_id, key)
        try:
            with self.db.session() as s:
                s.add(EncryptedRecord(id=record_id, tenant_id=tenant_id, kind=SECRET_KIND,
                                      blob=new_blob, created_at=utcnow()))
        except IntegrityError:  # another process created it first: use theirs
            with self.db.session(readonly=True) as s:
                row = s.get(EncryptedRecord, record_id)
                if row is None or row.tenant_id != tenant_id:
                    raise
                blob = row.blob
            return self.vault.decrypt(tenant_id, SECRET_KIND, record_id, blob)
        return key

    def rotate_secret(self, tenant_id: str, *, actor: str) -> bytes:
        """Replace the tenant's signing secret with a new random one (audited); returns it.

        Requests sent from then on carry only the new signature.
        """
        record_id = secret_record_id(tenant_id)
        key = secrets.token_bytes(32)
        blob = self.vault.encrypt(tenant_id, SECRET_KIND, record_id, key)
        with self.db.session() as s:
            row = s.get(EncryptedRecord, record_id)
            if row is not None and row.tenant_id != tenant_id:  # pragma: no cover - sha256
                raise VaultError("secret record id collision")
            if row is None:
                s.add(EncryptedRecord(id=record_id, tenant_id=tenant_id, kind=SECRET_KIND,
                                      blob=blob, created_at=utcnow()))
            else:
                row.blob = blob
                row.created_at = utcnow()
            self.audit.append(tenant_id, "webhook.secret_rotated", actor=actor,
                              reason="webhook.secret_rotated", session=s)
        return key

    def reveal_secret(self, tenant_id: str, *, actor: str) -> str:
        """The tenant's secret in its `whsec_...` form for an admin; the read is audited."""
        value = format_secret(self.secret(tenant_id))
        self.audit.append(tenant_id, "webhook.secret_viewed", actor=actor,
                          reason="webhook.secret_viewed")
        return value

    # -- delivery ----------------------------------------------------------------------
    def deliver_due(self, limit: int = 50, now: datetime | None = None) -> int:
        """Claim up to `limit` due deliveries, send each once, record the outcome.

        Returns how many were attempted. Safe to call from several threads, processes or
        servers at once: a row is claimed by exactly one caller per lease.
        """
        now_given = now is not None
        now = now or utcnow()
        started = time.monotonic()  # the lease is counted from before the claim
        claimed, lease_s = self._claim(max(1, int(limit)), now)
        if not claimed:
            return 0
        # No request starts unless it can finish before the lease ends.
        budget = self._attempt_budget()
        deadline = started + lease_s
        keys: dict[str, bytes | str] = {}  # tenant -> secret, or the error class name
        for tenant_id in {c.tenant_id for c in claimed}:
            try:
                keys[tenant_id] = self.secret(tenant_id)
            except VaultError as exc:
                keys[tenant_id] = type(exc).__name__

        def run(group: list[_Claimed]) -> int:
            sent = 0
            for c in group:  # one endpoint's deliveries go one after another, oldest first
                if time.monotonic() + budget > deadline:
                    continue  # left leased: retried when the lease ends
                self._record(c, self._send(c, keys[c.tenant_id]), now if now_given else None)
                sent += 1
            return sent

        groups = list(_by_url(claimed).values())
        if self.concurrency == 1 or len(groups) == 1:
            return sum(run(g) for g in groups)
        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(groups)),
                                thread_name_prefix="confide-webhook") as pool:
            return sum(pool.map(run, groups))

    def _attempt_budget(self) -> float:
        # httpx timeouts are per phase (connect, write, read): allow each once, plus slack.
        return 3 * self.timeout_s + 1.0

    def _lease_for(self, claimed: Sequence[_Claimed]) -> float:
        """Seconds a batch may take: endpoints run `concurrency` at a time, each endpoint's
        requests in turn (a list-scheduling bound: total / workers + the longest group)."""
        longest = max((len(g) for g in _by_url(claimed).values()), default=0)
        rounds = math.ceil(len(claimed) / self.concurrency) + longest
        return self.lease_s + rounds * self._attempt_budget()

    def _claim(self, limit: int, now: datetime) -> tuple[list[_Claimed], float]:
        """Lease up to `limit` due rows to this caller; returns them and the lease (s)."""
        q = (select(WebhookDelivery)
             .where(WebhookDelivery.status == "pending", WebhookDelivery.next_attempt_at <= now)
             .order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.created_at,
                       WebhookDelivery.id)
             .limit(limit))
        # A cheap snapshot read first: an idle poll takes no write lock (SQLite) or row locks.
        with self.db.session(readonly=True) as s:
            if s.execute(q.with_only_columns(WebhookDelivery.id).limit(1)).first() is None:
                return [], 0.0
        if self.db.dialect == "postgresql":
            q = q.with_for_update(skip_locked=True)
        with self.db.session() as s:  # SQLite: BEGIN IMMEDIATE serialises claimers
            rows = list(s.execute(q).scalars())
            claimed = [_Claimed(r.id, r.tenant_id, r.url, r.body_blob, r.attempts + 1)
                       for r in rows]
            lease_s = self._lease_for(claimed)
            lease_until = now + timedelta(seconds=lease_s)
            for row in rows:
                row.next_attempt_at = lease_until
            return claimed, lease_s

    def _send(self, c: _Claimed, secret: bytes | str) -> _Outcome:
        started = time.perf_counter()
        if isinstance(secret, str):  # the tenant's keys are gone: nothing can be signed
            return _Outcome(None, secret, 0.0)
        try:
            body = self.vault.decrypt(c.tenant_id, _BODY_KIND, c.delivery_id, c.body_blob)
        except VaultError as exc:
            return _Outcome(None, type(exc).__name__, 0.0)
        ts = int(time.time())
        headers = {
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            HEADER_ID: c.delivery_id,
            HEADER_TIMESTAMP: str(ts),
            HEADER_SIGNATURE: sign(secret, ts, body),
        }
        try:
            egress.check(c.url)
            request = self.client.build_request("POST", c.url, content=body, headers=headers,
                                                timeout=httpx.Timeout(self.timeout_s))
            response = self.client.send(request, stream=True, follow_redirects=False)
            try:
                status = response.status_code  # the response body is never read
            finally:
                response.close()
        except Exception as exc:  # any failure is one failed attempt
            return _Outcome(None, type(exc).__name__[:200], _ms(started))
        return _Outcome(status, None, _ms(started))

    def _record(self, c: _Claimed, outcome: _Outcome, now: datetime | None) -> None:
        ok = outcome.status_code is not None and 200 <= outcome.status_code < 300
        q = select(WebhookDelivery).where(WebhookDelivery.id == c.delivery_id)
        if self.db.dialect == "postgresql":
            q = q.with_for_update()
        with self.db.session() as s:
            d = s.execute(q).scalar_one_or_none()
            if d is None or d.status != "pending":
                return  # erased (or settled) while the request was in flight
            s.add(WebhookAttempt(tenant_id=c.tenant_id, delivery_id=c.delivery_id,
                                 attempt=c.attempt, at=utcnow(),
                                 status_code=outcome.status_code, error=outcome.error,
                                 duration_ms=round(outcome.duration_ms, 3)))
            d.attempts = c.attempt
            d.last_status = outcome.status_code
            d.last_error = outcome.error
            details: dict[str, Any] = {"event_type": d.event_type, "attempts": c.attempt}
            if ok:
                d.status = "delivered"
                d.delivered_at = utcnow()
                details["status_code"] = outcome.status_code
                self.audit.append(c.tenant_id, "webhook.delivered", actor="system:webhooks",
                                  reason="webhook.delivered", subject_ref=c.delivery_id,
                                  details=details, session=s)
            elif c.attempt >= self.max_attempts:
                d.status = "failed"
                details["last_status"] = outcome.status_code
                details["last_error"] = outcome.error
                self.audit.append(c.tenant_id, "webhook.failed", actor="system:webhooks",
                                  reason="webhook.max_attempts", subject_ref=c.delivery_id,
                                  details=details, session=s)
            else:
                d.next_attempt_at = (now or utcnow()) + timedelta(seconds=self.delay(c.attempt))

    def delay(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number `attempt` (1-based), with jitter."""
        base = self.schedule[min(max(attempt, 1), len(self.schedule)) - 1]
        return base * random.uniform(1 - JITTER, 1 + JITTER)

    # -- operators ---------------------------------------------------------------------
    def deliveries(self, tenant_id: str, *, status: str | None = None,
                   limit: int = 100) -> list[DeliveryInfo]:
        """The tenant's deliveries, newest first (never their bodies)."""
        if status is not None and status not in STATUSES:
            raise ValueError("status must be pending, delivered or failed")
        q = (select(WebhookDelivery).where(WebhookDelivery.tenant_id == tenant_id)
             .order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id)
             .limit(max(1, min(int(limit), 1000))))
        if status is not None:
            q = q.where(WebhookDelivery.status == status)
        with self.db.session(readonly=True) as s:
            return [_delivery_info(d) for d in s.execute(q).scalars()]

    def attempts(self, tenant_id: str, delivery_id: str) -> list[AttemptInfo]:
        """The attempts of one of the tenant's deliveries, oldest first.

        Raises `WebhookNotFound` when the delivery is unknown or another tenant's.
        """
        with self.db.session(readonly=True) as s:
            d = s.get(WebhookDelivery, delivery_id)
            if d is None or d.tenant_id != tenant_id:
                raise WebhookNotFound("no such webhook delivery")
            rows = s.execute(select(WebhookAttempt)
                             .where(WebhookAttempt.delivery_id == delivery_id,
                                    WebhookAttempt.tenant_id == tenant_id)
                             .order_by(WebhookAttempt.attempt, WebhookAttempt.id)).scalars()
            return [AttemptInfo(a.attempt, a.at, a.status_code, a.error, a.duration_ms)
                    for a in rows]

    def owner_of(self, delivery_id: str) -> str | None:
        """The tenant a delivery belongs to, or None (for cross-tenant 404 auditing)."""
        with self.db.session(readonly=True) as s:
            return s.execute(select(WebhookDelivery.tenant_id)
                             .where(WebhookDelivery.id == delivery_id)).scalar_one_or_none()

    def erase_conversation(self, tenant_id: str, conversation_id: str,
                           session: Session | None = None) -> int:
        """Delete a conversation's deliveries and their attempts; returns deliveries deleted.

        With `session`, runs in the caller's transaction (subject erasure).
        """
        if session is None:
            with self.db.session() as s:
                return self._erase(s, tenant_id, conversation_id)
        return self._erase(session, tenant_id, conversation_id)

    @staticmethod
    def _erase(s: Session, tenant_id: str, conversation_id: str) -> int:
        ids = select(WebhookDelivery.id).where(
            WebhookDelivery.tenant_id == tenant_id,
            WebhookDelivery.conversation_id == conversation_id).scalar_subquery()
        s.execute(delete(WebhookAttempt).where(WebhookAttempt.tenant_id == tenant_id,
                                               WebhookAttempt.delivery_id.in_(ids)),
                  execution_options={"synchronize_session": False})
        result = s.execute(delete(WebhookDelivery).where(
            WebhookDelivery.tenant_id == tenant_id,
            WebhookDelivery.conversation_id == conversation_id),
            execution_options={"synchronize_session": False})
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _by_url(claimed: Sequence[_Claimed]) -> dict[str, list[_Claimed]]:
    groups: dict[str, list[_Claimed]] = {}
    for c in claimed:
        groups.setdefault(c.url, []).append(c)
    return groups


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000.0


# -- the worker --------------------------------------------------------------------------
class WebhookWorker(PollingWorker):
    """Delivers due webhooks from a daemon thread. Every server may run one."""

    name = "confide-webhook-worker"
    event = "webhook.worker_error"

    def __init__(self, service: WebhookService, interval_s: float = 1.0, *,
                 batch: int = 50) -> None:
        super().__init__(interval_s, batch=batch)
        self.service = service

    def tick(self) -> int:
        return self.service.deliver_due(self.batch)

    def stop_timeout(self) -> float | None:
        return self.service._attempt_budget()
