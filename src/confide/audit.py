"""The tamper-evident audit log: per-tenant hash chains, redaction, retention, verify.

Each tenant (and the platform, `SYSTEM_TENANT`) has its own chain. Event `n` stores
`hash = HMAC-SHA256(audit_key(tenant), canonical_json(event) + prev_hash)` where
`prev_hash` is the hash of event `n-1` (64 zeros for the first). The audit key comes from
a `AuditKeySource`; the vault derives it from a platform audit root key, not from the
tenant's data keys, so a crypto-shredded tenant's chain still verifies.

Appends lock the tenant's chain-head row (`SELECT ... FOR UPDATE` on PostgreSQL,
`BEGIN IMMEDIATE` on SQLite) and `(tenant_id, seq)` is unique, so concurrent writers
never fork a chain. An append commits before it returns.

Retention classes (event types match by longest dotted prefix; unknown types get the
long default, `config`):

| class      | kept      | event types                                                     |
|------------|-----------|-----------------------------------------------------------------|
| `security` | 1 year    | auth.*, access.*, guard.*, safety.*, input.*, output.*, redteam.* |
| `activity` | 6 months  | turn.*, conversation.*, tool.* (except the decisions below)     |
| `config`   | 6 years   | tenant.*, apikey.*, key.*, config.*, persona.*, policy.*,         |
|            |           | permission.*, consent.*, erasure.*, approval.*, tool.approved,  |
|            |           | tool.denied, audit.*, and any type not listed                   |

`sweep` deletes expired events and writes an HMAC-signed checkpoint (chained to the
previous checkpoint) that records the deleted ranges and the chain head, so the rest of
the chain still verifies and truncating the tail below a checkpoint is detected.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from json.encoder import encode_basestring_ascii
from typing import Any, Protocol

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.orm import Session, configure_mappers

from confide.store.db import Database
from confide.store.models import AuditCheckpoint, AuditEvent, AuditHead, Tenant

SYSTEM_TENANT = "_system"
GENESIS = "0" * 64
_CANON = "confide.audit.v1"
_CP_CANON = "confide.audit.checkpoint.v1"
_DAY_US = 86_400 * 1_000_000

RETENTION_CLASSES: dict[str, int] = {
    "security": 366,
    "activity": 183,
    "config": 6 * 365 + 2,
}
DEFAULT_RETENTION_CLASS = "config"
_RETENTION_BY_PREFIX: dict[str, str] = {
    **dict.fromkeys(["auth", "access", "guard", "safety", "input", "output", "redteam"],
                    "security"),
    **dict.fromkeys(["turn", "conversation", "tool"], "activity"),
    **dict.fromkeys(["tenant", "apikey", "key", "config", "persona", "policy", "permission",
                     "consent", "erasure", "approval", "tool.approved", "tool.denied",
                     "audit"], "config"),
}

_EVENT_TYPE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
_CODE = re.compile(r"^[A-Za-z0-9_.:\-]{1,100}$")


class AuditError(Exception):
    """An audit event or query is invalid (never carries event content)."""


class AuditKeySource(Protocol):
    """Gives the HMAC key of one tenant's chain."""

    def audit_key(self, tenant_id: str) -> bytes: ...


def derive_audit_key(root: bytes, tenant_id: str) -> bytes:
    """A tenant's audit HMAC key: HKDF-SHA256 of the platform audit root, info = tenant id."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"confide:audit:v1",
                info=tenant_id.encode()).derive(root)


class StaticAuditKeys:
    """Audit keys derived from a root held in memory, exactly as the vault derives them from
    its audit root (tests, benchmarks, offline verify with the unwrapped root)."""

    def __init__(self, root: bytes) -> None:
        self._root = root

    def audit_key(self, tenant_id: str) -> bytes:
        return derive_audit_key(self._root, tenant_id)


# -- retention ---------------------------------------------------------------------------
def retention_class(event_type: str) -> str:
    """The retention class of an event type (longest dotted prefix; long default)."""
    parts = event_type.split(".")
    for n in range(len(parts), 0, -1):
        cls = _RETENTION_BY_PREFIX.get(".".join(parts[:n]))
        if cls is not None:
            return cls
    return DEFAULT_RETENTION_CLASS


def register_retention(prefix: str, cls: str) -> None:
    """Map an event-type prefix (e.g. `erasure` or `tool.approved`) to a retention class."""
    if cls not in RETENTION_CLASSES:
        raise ValueError(f"unknown retention class {cls!r}")
    _RETENTION_BY_PREFIX[prefix] = cls


# -- redaction ---------------------------------------------------------------------------
RAW_TEXT_KEYS = frozenset({"text", "message", "messages", "content", "body", "prompt",
                           "completion", "transcript", "utterance", "raw", "excerpt_raw"})
SECRET_KEYS = frozenset({"password", "passwd", "secret", "token", "api_key", "apikey",
                         "authorization", "cookie", "credential", "credentials",
                         "private_key", "secret_key", "access_token", "refresh_token"})
_SECRET_VALUE = re.compile(
    r"(cfk_[0-9a-f]+_\S+|sk-[A-Za-z0-9_\-]{16,}|AKIA[0-9A-Z]{16}|ghp_[A-Za-z0-9]{20,}"
    r"|xox[abpr]-[A-Za-z0-9\-]{10,}|eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}"
    r"|-----BEGIN [A-Z ]*PRIVATE KEY|(?i:bearer)\s+\S{8,})")
_HIGH_ENTROPY = re.compile(r"^[A-Za-z0-9+/=_\-]{32,}$")
_HEX_ID = re.compile(r"^[0-9a-f]{32,64}$")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_LONG_NUMBER = re.compile(r"(?<!\w)\+?\(?\d(?:[\s\-.()]*\d){8,}(?!\w)")
# The platform's own identifiers, recognised by shape: a tenant id (`t_` + 16 hex), an
# API key reference (`apikey:` + the key's 16-hex id) and a subject reference (`subject:`
# + 16 hex of the subject's keyed hash, see `confide.agent.records.audit_subject_ref`).
# The hex is random, so it may happen to be all digits; labelled this way it is still an
# id, never a phone or card number. (A bare key id is never all digits: see
# `confide.apikeys.new_key_id`.)
_PLATFORM_REF = re.compile(r"t_[0-9a-f]{16}|apikey:[0-9a-f]{16}|subject:[0-9a-f]{16}")
MAX_DETAIL_STRING = 200


@functools.lru_cache(maxsize=4096)
def _key_kind(key: str) -> str | None:
    k = key.lower().replace("-", "_")
    if k in RAW_TEXT_KEYS or any(k.endswith("_" + r) for r in RAW_TEXT_KEYS):
        return "text"
    if k in SECRET_KEYS or any(k.endswith("_" + s) for s in SECRET_KEYS):
        return "secret"
    return None


def _redact_value(value: str) -> str:
    if _PLATFORM_REF.fullmatch(value):
        return value
    if _SECRET_VALUE.search(value):
        return "[redacted:secret]"
    if _HIGH_ENTROPY.match(value) and not _HEX_ID.match(value) and _mixed(value):
        return "[redacted:secret]"
    if _EMAIL.search(value) or _LONG_NUMBER.search(value):
        return "[redacted:pii]"
    if len(value) > MAX_DETAIL_STRING:
        return "[redacted:long]"
    return value


def _mixed(value: str) -> bool:
    return (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
            and any(c.islower() for c in value))


def redact_details(details: Mapping[str, Any] | None) -> dict[str, Any]:
    """A copy of `details` safe for the audit log.

    Values under keys that name raw text (`text`, `message`, `content`, `body`, `prompt`,
    ...) or secrets (`password`, `token`, ...) become `[redacted:text]`/`[redacted:secret]`;
    string values that look like secrets, e-mail addresses or long numbers, or are longer
    than 200 characters, are replaced too, except the platform's own identifiers
    (tenant ids, `apikey:<key id>`); keys get the same value checks. Nested dicts and
    lists are walked.
    """
    if not details:
        return {}
    return _redact_mapping(details)


def _redact_mapping(mapping: Mapping[Any, Any]) -> dict[str, Any]:
    # Keys are caller data too (e.g. `{email: count}`): they pass the same value checks.
    return {_redact_key(str(k)): _redact(str(k), v) for k, v in mapping.items()}


@functools.lru_cache(maxsize=4096)
def _redact_key(key: str) -> str:
    return _redact_value(key)


def _redact(key: str, value: Any) -> Any:
    kind = _key_kind(key)
    if kind is not None and value not in (None, "", [], {}):
        return f"[redacted:{kind}]"
    if isinstance(value, Mapping):
        return _redact_mapping(value)
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value) if isinstance(value, set | frozenset) else value
        return [_redact("", v) for v in items]
    if isinstance(value, str):
        return _redact_value(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    return _redact_value(str(value))


def is_reference(value: str) -> bool:
    """True when `value` may name an actor or subject in the audit log as it is: short, and
    nothing the redactor would hide (a long number, an e-mail address, a secret)."""
    return len(value) <= 200 and _redact_value(value) == value


@functools.lru_cache(maxsize=4096)
def _check_ref(name: str, value: str | None) -> None:
    if value is not None and not is_reference(value):
        raise AuditError(f"{name} must be a short pseudonymous reference, not raw data")


# -- reports -----------------------------------------------------------------------------
@dataclass(frozen=True)
class NewEvent:
    """One event to append (for `append_many`)."""

    event_type: str
    actor: str
    reason: str
    subject_ref: str | None = None
    details: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class VerifyReport:
    """The outcome of verifying one chain (or every chain, `tenant_id=None`)."""

    ok: bool
    tenant_id: str | None
    first_bad_seq: int | None
    checked: int
    problem: str | None = None
    head_seq: int = 0
    tenants: int = 1


@dataclass(frozen=True)
class SweepReport:
    """What a retention sweep deleted and checkpointed."""

    deleted: int
    tenants: int
    checkpoints: int
    skipped: list[str] = field(default_factory=list)


_esc = encode_basestring_ascii
_DETAILS_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                                    default=str)

try:  # the OpenSSL HMAC object itself: same result, without the pure-Python wrapper
    from _hashlib import hmac_new as _hmac_new
except ImportError:  # pragma: no cover - other Python builds
    def _hmac_new(key: bytes, digestmod: str) -> Any:
        return hmac.new(key, digestmod=digestmod)
_CANON_ESC = _esc(_CANON)


def _now_us() -> int:
    return time.time_ns() // 1000


def canonical_event(tenant_id: str, seq: int, ts_us: int, actor: str, event_type: str,
                    reason: str, subject_ref: str | None, details: str,
                    retention_class: str, expires_us: int) -> bytes:
    """The exact bytes an event's HMAC covers (before `prev_hash`): the compact JSON array
    `["confide.audit.v1", tenant_id, seq, ts_us, actor, event_type, reason, subject_ref,
    details, retention_class, expires_us]` (ASCII-escaped, as `json.dumps` writes it)."""
    subj = "null" if subject_ref is None else _esc(subject_ref)
    return (f"[{_CANON_ESC},{_esc(tenant_id)},{int(seq)},{int(ts_us)},{_esc(actor)},"
            f"{_esc(event_type)},{_esc(reason)},{subj},{_esc(details)},"
            f"{_esc(retention_class)},{int(expires_us)}]").encode()


class AuditLog:
    """Append, query, verify, sweep and export the audit chains."""

    def __init__(self, db: Database, key_source: AuditKeySource, *,
                 clock: Callable[[], int] = _now_us) -> None:
        self.db = db
        self.key_source = key_source
        self.clock = clock
        self._keys: dict[str, bytes] = {}
        self._macs: dict[str, Any] = {}
        self._sql = _Sql(db.dialect)

    def _key(self, tenant_id: str) -> bytes:
        key = self._keys.get(tenant_id)
        if key is None:
            key = self._keys[tenant_id] = self.key_source.audit_key(tenant_id)
        return key

    def _mac(self, tenant_id: str) -> Any:
        """A keyed HMAC-SHA256 to `.copy()` per event (saves the key schedule each time)."""
        mac = self._macs.get(tenant_id)
        if mac is None:
            mac = self._macs[tenant_id] = _hmac_new(self._key(tenant_id), digestmod="sha256")
        return mac

    # -- writing -----------------------------------------------------------------------
    def append(self, tenant_id: str, event_type: str, *, actor: str, reason: str,
               subject_ref: str | None = None, details: Mapping[str, Any] | None = None,
               session: Session | None = None) -> AuditEvent:
        """Append one event; committed before it returns (unless `session` is given, in
        which case it commits with that session's transaction)."""
        return self.append_many(tenant_id, [NewEvent(event_type, actor, reason, subject_ref,
                                                     details)], session=session)[0]

    def append_many(self, tenant_id: str, events: Iterable[NewEvent | Mapping[str, Any]],
                    *, session: Session | None = None) -> list[AuditEvent]:
        """Append several events of one tenant in one transaction (one commit)."""
        specs = [e if isinstance(e, NewEvent) else NewEvent(**e) for e in events]
        if not specs:
            return []
        prepared = [self._prepare(s) for s in specs]
        if session is not None:
            return self._write(session.connection(), tenant_id, prepared)
        raw = self.db.engine.raw_connection()
        try:
            if self.db.dialect == "sqlite":
                raw.cursor().execute("BEGIN IMMEDIATE")
            events = self._write_raw(raw, tenant_id, prepared)
            raw.commit()
            return events
        except BaseException:
            raw.rollback()
            raise
        finally:
            raw.close()

    def _prepare(self, e: NewEvent) -> tuple[str, str, str, str | None, str, str, int]:
        if not _EVENT_TYPE.match(e.event_type) or len(e.event_type) > 100:
            raise AuditError("event type must be a dotted lowercase name like auth.denied")
        if not _CODE.match(e.reason):
            raise AuditError("reason must be a short reason code")
        _check_ref("actor", e.actor)
        _check_ref("subject_ref", e.subject_ref)
        details = _DETAILS_ENCODER.encode(redact_details(e.details)) if e.details else "{}"
        cls = retention_class(e.event_type)
        return (e.event_type, e.actor, e.reason, e.subject_ref, details, cls,
                RETENTION_CLASSES[cls] * _DAY_US)

    def _lock_head(self, conn: Connection, tenant_id: str) -> tuple[int, str]:
        """Lock (creating if needed) the chain head row in `conn`'s transaction."""
        raw = conn.connection.dbapi_connection
        assert raw is not None
        return self._lock_head_raw(raw.cursor(), tenant_id)

    def _lock_head_raw(self, cur: Any, tenant_id: str) -> tuple[int, str]:
        cur.execute(self._sql.select_head, (tenant_id,))
        row = cur.fetchone()
        if row is None:
            cur.execute(self._sql.insert_head, (tenant_id, GENESIS))
            cur.execute(self._sql.select_head, (tenant_id,))
            row = cur.fetchone()
        return int(row[0]), str(row[1])

    def _write(self, conn: Connection, tenant_id: str,
               prepared: Sequence[tuple[str, str, str, str | None, str, str, int]]
               ) -> list[AuditEvent]:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        return self._write_raw(raw, tenant_id, prepared)

    def _write_raw(self, raw: Any, tenant_id: str,
                   prepared: Sequence[tuple[str, str, str, str | None, str, str, int]]
                   ) -> list[AuditEvent]:
        base = self._mac(tenant_id)
        cur = raw.cursor()
        seq, prev = self._lock_head_raw(cur, tenant_id)
        ts = self.clock()
        rows: list[tuple[Any, ...]] = []
        for event_type, actor, reason, subject_ref, details, cls, keep_us in prepared:
            seq += 1
            expires = ts + keep_us
            msg = canonical_event(tenant_id, seq, ts, actor, event_type, reason, subject_ref,
                                  details, cls, expires)
            mac = base.copy()
            mac.update(msg + prev.encode())
            digest = mac.hexdigest()
            rows.append((tenant_id, seq, ts, actor, event_type, reason, subject_ref, details,
                         cls, expires, prev, digest))
            prev = digest
        if len(rows) == 1:
            cur.execute(self._sql.insert_event, rows[0])
        else:
            cur.executemany(self._sql.insert_event, rows)
        cur.execute(self._sql.update_head, (seq, prev, tenant_id))
        return [_event(r) for r in rows]

    # -- reading -----------------------------------------------------------------------
    def events(self, tenant_id: str, after_seq: int = 0, limit: int = 100) -> list[AuditEvent]:
        """Events of one chain with `seq > after_seq`, oldest first, at most `limit`."""
        limit = max(1, min(int(limit), 10_000))
        with self.db.session(readonly=True) as s:
            return list(s.execute(
                select(AuditEvent).where(AuditEvent.tenant_id == tenant_id,
                                         AuditEvent.seq > after_seq)
                .order_by(AuditEvent.seq).limit(limit)).scalars())

    def tenants(self) -> list[str]:
        """Every tenant id that has a chain or must have one (including `SYSTEM_TENANT`)."""
        with self.db.session(readonly=True) as s:
            ids = set(s.execute(select(AuditHead.tenant_id)).scalars())
            ids |= set(s.execute(select(AuditEvent.tenant_id).distinct()).scalars())
            ids |= _expected_chains(s.connection())
        return sorted(ids)

    def export(self, tenant_id: str, path: str | os.PathLike[str]) -> int:
        """Write one chain as JSON lines (SIEM ingestion); returns the number of events.

        The file is owner-only (0600), also when it existed before; a symbolic link is
        refused rather than followed."""
        from confide.files import open_private

        n = 0
        with open_private(path) as fh:
            after = 0
            while True:
                batch = self.events(tenant_id, after_seq=after, limit=5000)
                for ev in batch:
                    fh.write(json.dumps(ev.to_dict(), ensure_ascii=False,
                                        separators=(",", ":")) + "\n")
                n += len(batch)
                if len(batch) < 5000:
                    break
                after = batch[-1].seq
        return n

    # -- verification ------------------------------------------------------------------
    def verify(self, tenant_id: str | None = None) -> VerifyReport:
        """Verify one chain, or every chain when `tenant_id` is None (first failure wins)."""
        if tenant_id is not None:
            with self.db.connect(readonly=True) as conn:
                return self._verify(conn, tenant_id)
        reports = self.verify_all()
        bad = next((r for r in reports if not r.ok), None)
        if bad is not None:
            return bad
        return VerifyReport(True, None, None, sum(r.checked for r in reports),
                            tenants=len(reports))

    def verify_all(self) -> list[VerifyReport]:
        """One report per chain."""
        out = []
        for tid in self.tenants():
            with self.db.connect(readonly=True) as conn:
                out.append(self._verify(conn, tid))
        return out

    def _checkpoint_mac(self, key: bytes, cp: Any) -> str:
        msg = json.dumps([_CP_CANON, cp.tenant_id, cp.cp_seq, cp.created_us, cp.head_seq,
                          cp.head_hash, cp.gaps, cp.deleted_count, cp.prev_mac],
                         separators=(",", ":")).encode()
        return hmac.digest(key, msg, hashlib.sha256).hex()

    def _verify(self, conn: Connection, tenant_id: str) -> VerifyReport:
        key = self._key(tenant_id)
        ht = AuditHead.__table__
        head = conn.execute(select(ht.c.seq, ht.c.hash).where(ht.c.tenant_id == tenant_id)
                            ).first()
        cpt = AuditCheckpoint.__table__
        gaps: dict[int, list[Any]] = {}
        anchors: dict[int, str] = {}
        prev_mac = GENESIS
        for n, cp in enumerate(conn.execute(select(cpt).where(cpt.c.tenant_id == tenant_id)
                                            .order_by(cpt.c.cp_seq)), start=1):
            if (cp.cp_seq != n or cp.prev_mac != prev_mac
                    or not hmac.compare_digest(self._checkpoint_mac(key, cp), cp.mac)):
                return VerifyReport(False, tenant_id, None, 0,
                                    f"checkpoint {n} is missing, reordered or forged")
            for g in json.loads(cp.gaps):
                gaps[int(g[0])] = g
            anchors[int(cp.head_seq)] = cp.head_hash
            prev_mac = cp.mac

        def bad(seq: int, problem: str, checked: int) -> VerifyReport:
            return VerifyReport(False, tenant_id, seq, checked, problem,
                                head_seq=int(head[0]) if head else 0)

        raw = conn.connection.dbapi_connection
        assert raw is not None
        cursor = raw.cursor()
        cursor.execute(self._sql.select_chain, (tenant_id,))
        cur, cur_hash, checked = 0, GENESIS, 0
        esc, base, tid = _esc, self._mac(tenant_id), _esc(tenant_id)
        try:
            while batch := cursor.fetchmany(5000):
                for (seq, ts, actor, etype, reason, subj, details, cls, expires, prev_hash,
                     stored) in batch:
                    if seq > cur + 1:
                        cur, cur_hash, problem = _skip_gaps(gaps, anchors, cur, cur_hash, seq)
                        if problem:
                            return bad(cur + 1, problem, checked)
                    if seq <= cur:
                        return bad(seq, "event inside a swept range or out of order", checked)
                    if prev_hash != cur_hash:
                        return bad(seq, "prev_hash does not link to the previous event",
                                   checked)
                    mac = base.copy()  # canonical_event, inlined for speed
                    subj_j = "null" if subj is None else esc(subj)
                    mac.update(f"[{_CANON_ESC},{tid},{seq},{ts},{esc(actor)},{esc(etype)},"
                               f"{esc(reason)},{subj_j},{esc(details)},{esc(cls)},{expires}]"
                               f"{cur_hash}".encode())
                    if not hmac.compare_digest(mac.hexdigest(), stored):
                        return bad(seq, "hash mismatch: event modified, reordered or forged",
                                   checked)
                    cur, cur_hash = seq, stored
                    checked += 1
                    anchor = anchors.get(cur)
                    if anchor is not None and anchor != cur_hash:
                        return bad(cur, "event differs from the one a checkpoint recorded",
                                   checked)
        finally:
            cursor.close()
        cur, cur_hash, _ = _skip_gaps(gaps, anchors, cur, cur_hash, None)
        top_anchor = max(anchors, default=0)
        if top_anchor > cur:
            return bad(cur + 1, f"events up to seq {top_anchor} recorded by a checkpoint are "
                       "missing (tail truncated)", checked)
        if head is None:
            if cur:
                return bad(1, "chain has events but no head", checked)
            if tenant_id in _expected_chains(conn):
                return bad(1, "chain is missing: the tenant exists but its events and head "
                           "are gone", checked)
        elif int(head[0]) > cur:
            return bad(cur + 1, f"events up to seq {head[0]} are missing (tail truncated)",
                       checked)
        elif int(head[0]) < cur:
            return bad(int(head[0]) + 1, "events beyond the chain head", checked)
        elif head[1] != cur_hash:
            return bad(cur, "chain head does not match the last event", checked)
        return VerifyReport(True, tenant_id, None, checked, None, head_seq=cur)

    # -- retention ---------------------------------------------------------------------
    def sweep(self, now: Any = None) -> SweepReport:
        """Delete expired events of every chain and checkpoint what was deleted.

        A chain that does not verify is left untouched (reported in `skipped`): a sweep
        must not launder tampering. `now` is a datetime or epoch microseconds.
        """
        now_us = _to_us(now) if now is not None else self.clock()
        deleted = checkpoints = 0
        skipped: list[str] = []
        tenants = self.tenants()
        for tid in tenants:
            with self.db.engine.begin() as conn:
                n, wrote, ok = self._sweep_one(conn, tid, now_us)
            deleted += n
            checkpoints += wrote
            if not ok:
                skipped.append(tid)
        if deleted or skipped:
            self.append(SYSTEM_TENANT, "audit.swept", actor="system", reason="audit.retention",
                        details={"deleted": deleted, "checkpoints": checkpoints,
                                 "skipped": len(skipped)})
        return SweepReport(deleted, len(tenants), checkpoints, skipped)

    def _sweep_one(self, conn: Connection, tenant_id: str, now_us: int) -> tuple[int, int, bool]:
        head_seq, head_hash = self._lock_head(conn, tenant_id)
        if not self._verify(conn, tenant_id).ok:
            return 0, 0, False
        et = AuditEvent.__table__
        expired = conn.execute(
            select(et.c.seq, et.c.prev_hash, et.c.hash)
            .where(et.c.tenant_id == tenant_id, et.c.expires_us <= now_us)
            .order_by(et.c.seq)).all()
        ranges: list[list[Any]] = []
        for seq, prev_hash, h in expired:
            if ranges and ranges[-1][1] == seq - 1:
                ranges[-1][1], ranges[-1][3] = seq, h
            else:
                ranges.append([seq, seq, prev_hash, h])
        cpt = AuditCheckpoint.__table__
        last = conn.execute(select(cpt.c.cp_seq, cpt.c.mac, cpt.c.head_seq)
                            .where(cpt.c.tenant_id == tenant_id)
                            .order_by(cpt.c.cp_seq.desc()).limit(1)).first()
        if not ranges and (head_seq == 0 or (last is not None and last.head_seq == head_seq)):
            return 0, 0, True
        for first, last_seq, _, _ in ranges:
            conn.execute(delete(et).where(et.c.tenant_id == tenant_id,
                                          et.c.seq.between(first, last_seq)))
        cp = _Cp(tenant_id=tenant_id, cp_seq=(last.cp_seq + 1) if last else 1,
                 created_us=now_us, head_seq=head_seq, head_hash=head_hash,
                 gaps=json.dumps(ranges, separators=(",", ":")), deleted_count=len(expired),
                 prev_mac=last.mac if last else GENESIS)
        values = dict(cp.__dict__)
        values["mac"] = self._checkpoint_mac(self._key(tenant_id), cp)
        conn.execute(insert(cpt).values(**values))
        return len(expired), 1, True


def _expected_chains(conn: Connection) -> set[str]:
    """The chains that must exist: every tenant ever created (deleted ones keep their row)
    writes `tenant.created` to its own chain and to the platform's; heads are never swept."""
    ids = set(conn.execute(select(Tenant.id)).scalars())
    return ids | {SYSTEM_TENANT} if ids else ids


_EVENT_COLUMNS = ("tenant_id", "seq", "ts_us", "actor", "event_type", "reason", "subject_ref",
                  "details", "retention_class", "expires_us", "prev_hash", "hash")


def _event(row: Sequence[Any]) -> AuditEvent:
    """A transient `AuditEvent` from a row tuple, without the ORM's per-attribute events."""
    manager = AuditEvent.__mapper__.class_manager
    if manager.mapper.configured is False:
        configure_mappers()
    obj = manager.new_instance()
    obj.__dict__.update(zip(_EVENT_COLUMNS, row, strict=True))
    return obj


class _Sql:
    """The hot-path statements, in the driver's own parameter style."""

    _SELECT_HEAD = "SELECT seq, hash FROM audit_heads WHERE tenant_id = ?"
    _INSERT_HEAD = ("INSERT INTO audit_heads (tenant_id, seq, hash) VALUES (?, 0, ?) "
                    "ON CONFLICT (tenant_id) DO NOTHING")
    _INSERT_EVENT = ("INSERT INTO audit_events (tenant_id, seq, ts_us, actor, event_type, "
                     "reason, subject_ref, details, retention_class, expires_us, prev_hash, "
                     "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    _UPDATE_HEAD = "UPDATE audit_heads SET seq = ?, hash = ? WHERE tenant_id = ?"
    _SELECT_CHAIN = ("SELECT seq, ts_us, actor, event_type, reason, subject_ref, details, "
                     "retention_class, expires_us, prev_hash, hash FROM audit_events "
                     "WHERE tenant_id = ? ORDER BY seq")

    def __init__(self, dialect: str) -> None:
        pg = dialect == "postgresql"

        def style(sql: str) -> str:
            return sql.replace("?", "%s") if pg else sql

        self.select_head = style(self._SELECT_HEAD) + (" FOR UPDATE" if pg else "")
        self.insert_head = style(self._INSERT_HEAD)
        self.insert_event = style(self._INSERT_EVENT)
        self.update_head = style(self._UPDATE_HEAD)
        self.select_chain = style(self._SELECT_CHAIN)


@dataclass
class _Cp:
    tenant_id: str
    cp_seq: int
    created_us: int
    head_seq: int
    head_hash: str
    gaps: str
    deleted_count: int
    prev_mac: str


def _skip_gaps(gaps: dict[int, list[Any]], anchors: dict[int, str], cur: int, cur_hash: str,
               until: int | None) -> tuple[int, str, str | None]:
    """Follow checkpointed gaps from `cur` (towards `until`); returns the new position."""
    while until is None or cur + 1 < until:
        g = gaps.get(cur + 1)
        if g is None or g[2] != cur_hash:
            if until is None:
                break
            return cur, cur_hash, "event missing (deleted without a checkpoint)"
        cur, cur_hash = int(g[1]), str(g[3])
        anchor = anchors.get(cur)
        if anchor is not None and anchor != cur_hash:
            return cur, cur_hash, "swept range differs from the checkpoint's head"
    return cur, cur_hash, None


def _to_us(value: Any) -> int:
    if isinstance(value, int | float):
        return int(value)
    return int(value.timestamp() * 1_000_000)


def iter_jsonl(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """Read back an export (one event dict per line)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


__all__ = [
    "DEFAULT_RETENTION_CLASS",
    "GENESIS",
    "RETENTION_CLASSES",
    "SYSTEM_TENANT",
    "AuditError",
    "AuditKeySource",
    "AuditLog",
    "NewEvent",
    "StaticAuditKeys",
    "SweepReport",
    "VerifyReport",
    "canonical_event",
    "derive_audit_key",
    "redact_details",
    "register_retention",
    "retention_class",
]
