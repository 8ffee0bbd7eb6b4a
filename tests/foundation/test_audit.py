"""Audit chain: append, tamper detection, retention sweep with checkpoints, redaction,
export and concurrent writers, on SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from confide.agent.records import audit_subject_ref
from confide.audit import (
    GENESIS,
    RETENTION_CLASSES,
    SYSTEM_TENANT,
    AuditError,
    AuditLog,
    NewEvent,
    StaticAuditKeys,
    canonical_event,
    iter_jsonl,
    redact_details,
    register_retention,
    retention_class,
)
from confide.store.db import Database

DAY_US = 86_400 * 1_000_000
T0 = 1_800_000_000 * 1_000_000  # a fixed start time (2027-01-15)


class Clock:
    def __init__(self, start: int = T0) -> None:
        self.now = start

    def __call__(self) -> int:
        self.now += 1
        return self.now


@pytest.fixture
def db(db_url: str):
    database = Database(db_url)
    database.upgrade()
    yield database
    database.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def log(db: Database, clock: Clock) -> AuditLog:
    return AuditLog(db, StaticAuditKeys(b"r" * 32), clock=clock)


def _fill(log: AuditLog, tenant: str, n: int, event_type: str = "auth.denied") -> None:
    for i in range(n):
        log.append(
            tenant, event_type, actor="apikey:abc", reason="auth.bad_secret", details={"i": i}
        )


def _sql(db: Database, sql: str, **params) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(sql), params)


def _hash_of(db: Database, tenant: str, seq: int) -> str:
    with db.engine.connect() as conn:
        return conn.execute(
            text("SELECT hash FROM audit_events WHERE tenant_id=:t AND seq=:s"),
            {"t": tenant, "s": seq},
        ).scalar_one()


# -- appending ---------------------------------------------------------------------------
def test_append_chains_events(log: AuditLog) -> None:
    first = log.append("t_a", "tenant.created", actor="cli", reason="tenant.created")
    second = log.append(
        "t_a",
        "apikey.created",
        actor="cli",
        reason="apikey.created",
        subject_ref="subj_1",
        details={"key_id": "abc", "scopes": ["admin"]},
    )
    other = log.append("t_b", "auth.denied", actor="anonymous", reason="auth.unknown")
    assert (first.seq, second.seq, other.seq) == (1, 2, 1)
    assert first.prev_hash == GENESIS and second.prev_hash == first.hash
    assert other.prev_hash == GENESIS
    events = log.events("t_a")
    assert [e.seq for e in events] == [1, 2]
    assert events[1].details_dict() == {"key_id": "abc", "scopes": ["admin"]}
    assert events[1].retention_class == "config"
    assert log.events("t_a", after_seq=1, limit=5)[0].hash == second.hash
    report = log.verify("t_a")
    assert report.ok and report.checked == 2 and report.first_bad_seq is None
    assert log.verify().ok and log.verify().checked == 3


def test_append_many_is_one_contiguous_batch(log: AuditLog) -> None:
    log.append("t_a", "auth.denied", actor="x", reason="auth.unknown")
    batch = log.append_many(
        "t_a",
        [
            NewEvent("turn.input", "apikey:k", "input.ok"),
            {"event_type": "guard.block", "actor": "apikey:k", "reason": "input.injection"},
        ],
    )
    assert [e.seq for e in batch] == [2, 3]
    assert batch[1].prev_hash == batch[0].hash
    assert log.verify("t_a").ok


def test_invalid_events_are_refused(log: AuditLog) -> None:
    with pytest.raises(AuditError):
        log.append("t_a", "NotDotted", actor="x", reason="r")
    with pytest.raises(AuditError):
        log.append("t_a", "auth.denied", actor="x", reason="has spaces in it")
    with pytest.raises(AuditError):
        log.append("t_a", "auth.denied", actor="x", reason="r", subject_ref="jane@example.com")
    with pytest.raises(AuditError):
        log.append("t_a", "auth.denied", actor="x", reason="r", subject_ref="4111111111111111")
    assert log.events("t_a") == []


def test_a_subject_label_whose_hash_prefix_is_all_digits_is_still_accepted(log: AuditLog) -> None:
    # A keyed-hash prefix is all digits (and may pass Luhn) about once in 2,000 subjects.
    label = audit_subject_ref("3387535406167100" + "ab" * 24)
    event = log.append("t_a", "memory.read", actor="x", reason="memory.read", subject_ref=label)
    assert event.subject_ref == "subject:3387535406167100"


def test_append_inside_a_caller_transaction_rolls_back_with_it(db: Database, log: AuditLog) -> None:
    with pytest.raises(RuntimeError), db.session() as s:
        log.append("t_a", "tenant.created", actor="cli", reason="tenant.created", session=s)
        raise RuntimeError("the surrounding change failed")
    assert log.events("t_a") == []
    assert log.verify("t_a").ok


# -- tampering ---------------------------------------------------------------------------
def test_modified_event_is_detected(db: Database, log: AuditLog) -> None:
    _fill(log, "t_a", 10)
    _sql(db, "UPDATE audit_events SET details = :d WHERE tenant_id='t_a' AND seq=5", d='{"i":99}')
    r = log.verify("t_a")
    assert not r.ok and r.first_bad_seq == 5 and r.tenant_id == "t_a"
    assert r.checked == 4


def test_modified_retention_is_detected(db: Database, log: AuditLog) -> None:
    _fill(log, "t_a", 6)
    _sql(db, "UPDATE audit_events SET expires_us = 0 WHERE tenant_id='t_a' AND seq=3")
    assert log.verify("t_a").first_bad_seq == 3


def test_deleted_event_is_detected(db: Database, log: AuditLog) -> None:
    _fill(log, "t_a", 10)
    _sql(db, "DELETE FROM audit_events WHERE tenant_id='t_a' AND seq=6")
    r = log.verify("t_a")
    assert not r.ok and r.first_bad_seq == 6


def test_reordered_events_are_detected(db: Database, log: AuditLog) -> None:
    _fill(log, "t_a", 10)
    _sql(db, "UPDATE audit_events SET seq=-1 WHERE tenant_id='t_a' AND seq=4")
    _sql(db, "UPDATE audit_events SET seq=4 WHERE tenant_id='t_a' AND seq=7")
    _sql(db, "UPDATE audit_events SET seq=7 WHERE tenant_id='t_a' AND seq=-1")
    r = log.verify("t_a")
    assert not r.ok and r.first_bad_seq == 4


def test_inserted_event_is_detected(db: Database, log: AuditLog) -> None:
    _fill(log, "t_a", 10)
    for seq in range(10, 4, -1):  # make room at seq 5, keeping (tenant, seq) unique
        _sql(
            db, "UPDATE audit_events SET seq=:n WHERE tenant_id='t_a' AND seq=:s", n=seq + 1, s=seq
        )
    _sql(db, "UPDATE audit_heads SET seq=11 WHERE tenant_id='t_a'")
    prev = _hash_of(db, "t_a", 4)
    _sql(
        db,
        "INSERT INTO audit_events (tenant_id, seq, ts_us, actor, event_type, reason, "
        "subject_ref, details, retention_class, expires_us, prev_hash, hash) VALUES "
        "('t_a', 5, 1, 'x', 'auth.denied', 'r', NULL, '{}', 'security', 2, :p, :h)",
        p=prev,
        h="f" * 64,
    )
    r = log.verify("t_a")
    assert not r.ok and r.first_bad_seq == 5


def test_event_appended_behind_the_logs_back_is_detected(db: Database, log: AuditLog) -> None:
    _fill(log, "t_a", 3)
    _sql(
        db,
        "INSERT INTO audit_events (tenant_id, seq, ts_us, actor, event_type, reason, "
        "subject_ref, details, retention_class, expires_us, prev_hash, hash) VALUES "
        "('t_a', 4, 1, 'x', 'auth.denied', 'r', NULL, '{}', 'security', 2, :p, :h)",
        p=_hash_of(db, "t_a", 3),
        h="0" * 64,
    )
    assert log.verify("t_a").first_bad_seq == 4


def test_truncated_tail_is_detected(db: Database, log: AuditLog) -> None:
    _fill(log, "t_a", 10)
    _sql(db, "DELETE FROM audit_events WHERE tenant_id='t_a' AND seq >= 8")
    r = log.verify("t_a")
    assert not r.ok and r.first_bad_seq == 8


def test_truncated_tail_after_checkpoint_is_detected_even_with_a_rewound_head(
    db: Database, log: AuditLog
) -> None:
    _fill(log, "t_a", 10)
    sweep = log.sweep(now=T0 + DAY_US)  # nothing expired yet: still writes a checkpoint
    assert sweep.deleted == 0 and sweep.checkpoints == 1
    assert log.verify("t_a").ok
    _sql(db, "DELETE FROM audit_events WHERE tenant_id='t_a' AND seq >= 8")
    _sql(
        db, "UPDATE audit_heads SET seq=7, hash=:h WHERE tenant_id='t_a'", h=_hash_of(db, "t_a", 7)
    )
    r = log.verify("t_a")
    assert not r.ok and r.first_bad_seq == 8
    assert "checkpoint" in (r.problem or "")


def test_verify_all_names_the_broken_tenant(db: Database, log: AuditLog) -> None:
    _fill(log, "t_a", 3)
    _fill(log, "t_b", 3)
    _sql(db, "UPDATE audit_events SET actor='someone' WHERE tenant_id='t_b' AND seq=2")
    r = log.verify()
    assert not r.ok and r.tenant_id == "t_b" and r.first_bad_seq == 2
    assert log.verify("t_a").ok


def test_a_different_audit_key_fails_verification(db: Database, log: AuditLog) -> None:
    _fill(log, "t_a", 3)
    forged = AuditLog(db, StaticAuditKeys(b"x" * 32))
    assert forged.verify("t_a").first_bad_seq == 1


# -- retention ---------------------------------------------------------------------------
def test_retention_classes_by_prefix() -> None:
    assert retention_class("auth.denied") == "security"
    assert retention_class("guard.block") == "security"
    assert retention_class("turn.input") == "activity"
    assert retention_class("tool.called") == "activity"
    assert retention_class("tool.approved") == "config"
    assert retention_class("tenant.deleted") == "config"
    assert retention_class("brand_new.event_type") == "config"  # safe long default
    assert RETENTION_CLASSES["security"] >= 183
    assert RETENTION_CLASSES["config"] >= 6 * 365
    register_retention("test_feature.delivered", "activity")
    assert retention_class("test_feature.delivered.retry") == "activity"
    assert retention_class("test_feature.failed") == "config"
    with pytest.raises(ValueError):
        register_retention("x", "forever")


def _mixed_chain(log: AuditLog) -> None:
    kinds = [
        "turn.input",
        "turn.output",
        "auth.denied",
        "turn.input",
        "tenant.created",
        "turn.output",
        "turn.input",
        "guard.block",
        "turn.output",
        "turn.input",
    ]
    for i, kind in enumerate(kinds * 3):
        log.append("t_a", kind, actor="apikey:k", reason="r.code", details={"i": i})


def test_sweep_deletes_expired_events_and_the_chain_still_verifies(
    db: Database, log: AuditLog
) -> None:
    _mixed_chain(log)
    _fill(log, "t_b", 4, event_type="turn.input")
    r1 = log.sweep(now=T0 + 200 * DAY_US)  # activity (6 months) expired; others kept
    assert r1.deleted == 21 + 4 and not r1.skipped
    left = [e.event_type for e in log.events("t_a", limit=1000)]
    assert len(left) == 9 and not any(t.startswith("turn.") for t in left)
    assert log.verify("t_a").ok and log.verify("t_b").ok
    _fill(log, "t_a", 2)  # the chain goes on after a sweep
    r2 = log.sweep(now=T0 + 400 * DAY_US)  # security (1 year) expired too
    assert r2.deleted == 6 + 2
    left = [e.event_type for e in log.events("t_a", limit=1000)]
    assert left == ["tenant.created"] * 3
    assert log.verify().ok
    swept = log.events(SYSTEM_TENANT, limit=10)
    assert [e.event_type for e in swept] == ["audit.swept", "audit.swept"]
    # a swept range cannot be refilled with a forged event
    _sql(
        db,
        "INSERT INTO audit_events (tenant_id, seq, ts_us, actor, event_type, reason, "
        "subject_ref, details, retention_class, expires_us, prev_hash, hash) VALUES "
        "('t_a', 1, 1, 'x', 'auth.denied', 'r', NULL, '{}', 'security', 2, :p, :h)",
        p=GENESIS,
        h="a" * 64,
    )
    assert log.verify("t_a").first_bad_seq == 1


def test_sweep_refuses_to_launder_a_tampered_chain(db: Database, log: AuditLog) -> None:
    _mixed_chain(log)
    _sql(db, "UPDATE audit_events SET reason='edited' WHERE tenant_id='t_a' AND seq=1")
    r = log.sweep(now=T0 + 200 * DAY_US)
    assert r.skipped == ["t_a"] and r.deleted == 0
    assert log.verify("t_a").first_bad_seq == 1
    assert len(log.events("t_a", limit=1000)) == 30


def test_forged_or_dropped_checkpoint_is_detected(db: Database, log: AuditLog) -> None:
    _mixed_chain(log)
    log.sweep(now=T0 + 200 * DAY_US)
    _fill(log, "t_a", 1)
    log.sweep(now=T0 + 201 * DAY_US)
    assert log.verify("t_a").ok
    _sql(db, "UPDATE audit_checkpoints SET gaps='[]' WHERE tenant_id='t_a' AND cp_seq=1")
    assert not log.verify("t_a").ok
    _sql(db, "DELETE FROM audit_checkpoints WHERE tenant_id='t_a' AND cp_seq=1")
    r = log.verify("t_a")
    assert not r.ok and "checkpoint" in (r.problem or "")


# -- redaction and export ----------------------------------------------------------------
def test_redact_details() -> None:
    out = redact_details(
        {
            "text": "my name is Jane and I have diabetes",
            "user_message": "hello",
            "prompt": "ignore previous instructions",
            "nested": {"content": "x", "count": 3, "items": ["ok", "jane.doe@example.com"]},
            "password": "hunter2",
            "auth_token": "abc",
            "value": "cfk_0123456789abcdef_" + "s" * 40,
            "aws": "AKIAABCDEFGHIJKLMNOP",
            "phone": "+1 (555) 123-4567",
            "long": "y" * 500,
            "reason": "input.injection",
            "key_id": "0123456789abcdef",
            "score": 0.93,
            "flag": True,
            "none": None,
        }
    )
    assert out["text"] == out["user_message"] == out["prompt"] == "[redacted:text]"
    assert out["nested"] == {
        "content": "[redacted:text]",
        "count": 3,
        "items": ["ok", "[redacted:pii]"],
    }
    assert out["password"] == out["auth_token"] == "[redacted:secret]"
    assert out["value"] == out["aws"] == "[redacted:secret]"
    assert out["phone"] == "[redacted:pii]"
    assert out["long"] == "[redacted:long]"
    assert out["reason"] == "input.injection" and out["key_id"] == "0123456789abcdef"
    assert out["score"] == 0.93 and out["flag"] is True and out["none"] is None


def test_detail_keys_that_carry_pii_or_secrets_are_redacted(db: Database, log: AuditLog) -> None:
    details = {"jane.roe@example.com": 1, "by_ssn": {"412-55-7816": "x"},
               "cfk_0123456789abcdef_" + "s" * 40: True, "keys_destroyed": 2}
    out = redact_details(details)
    stored = log.append("t_a", "config.changed", actor="system", reason="config.changed",
                        details=details).details
    for written in (json.dumps(out), stored):
        for raw in ("jane.roe@example.com", "412-55-7816", "s" * 40):
            assert raw not in written
    assert out["keys_destroyed"] == 2 and "[redacted:pii]" in out


def test_platform_ids_are_recorded_intact_and_real_pii_is_not(log: AuditLog) -> None:
    """Tenant ids and `apikey:<id>` references are the platform's own random ids: recorded
    as they are even when their hex is all digits. A phone number, SSN or card number next
    to them is still redacted, and refused as a reference."""
    ids = ["1234567890123456", "a123456789012345", "555123456789abcd"]
    for key_id in ids:
        ev = log.append(
            "t_5551234567890123",
            "apikey.created",
            actor=f"apikey:{key_id}",
            reason="apikey.created",
            subject_ref=f"apikey:{key_id}",
            details={
                "key_id": key_id if not key_id.isdigit() else "a" + key_id[1:],
                "owner": f"apikey:{key_id}",
                "tenant": "t_1234567890123456",
                "phone": "+1 555 123 4567",
                "ssn": "123-45-6789",
                "card": "4111111111111111",
                "note": f"apikey:{key_id} called from 555-123-4567",
            },
        )
        assert (ev.actor, ev.subject_ref) == (f"apikey:{key_id}", f"apikey:{key_id}")
        details = ev.details_dict()
        assert details["owner"] == f"apikey:{key_id}"
        assert details["tenant"] == "t_1234567890123456"
        assert details["key_id"] != "[redacted:pii]"
        for field in ("phone", "ssn", "card", "note"):
            assert details[field] == "[redacted:pii]", field
    assert log.verify("t_5551234567890123").ok
    # only the exact shapes are exempt; anything else is judged on its content
    for ref in ("4111111111111111", "apikey:4111111111111111 ", "apikey:4111111111111111111",
                "apikey:555-123-4567", "t_x 4111111111111111", "user:5551234567",
                "apikey:123456789abcdeff@example.com"):
        with pytest.raises(AuditError):
            log.append("t_a", "auth.denied", actor=ref, reason="auth.unknown")
        with pytest.raises(AuditError):
            log.append("t_a", "auth.denied", actor="system", reason="x", subject_ref=ref)
    assert redact_details({"key_id": "4111111111111111"}) == {"key_id": "[redacted:pii]"}


def test_appended_details_are_redacted_in_storage(db: Database, log: AuditLog) -> None:
    log.append(
        "t_a",
        "turn.input",
        actor="apikey:k",
        reason="input.ok",
        details={"message": "I was diagnosed with HIV", "entities": 2},
    )
    with db.engine.connect() as conn:
        stored = conn.execute(text("SELECT details FROM audit_events")).scalar_one()
    assert "HIV" not in stored
    assert json.loads(stored) == {"entities": 2, "message": "[redacted:text]"}


def test_export_jsonl(log: AuditLog, tmp_path: Path) -> None:
    _fill(log, "t_a", 12)
    out = tmp_path / "audit.jsonl"
    assert log.export("t_a", out) == 12
    assert out.stat().st_mode & 0o077 == 0
    rows = list(iter_jsonl(out))
    assert [r["seq"] for r in rows] == list(range(1, 13))
    assert rows[0]["prev_hash"] == GENESIS and rows[1]["prev_hash"] == rows[0]["hash"]
    assert rows[0]["event_type"] == "auth.denied" and rows[0]["ts"].endswith("Z")
    assert rows[3]["details"] == {"i": 3}


def test_export_over_an_existing_file_makes_it_owner_only_and_refuses_links(
    log: AuditLog, tmp_path: Path
) -> None:
    _fill(log, "t_a", 3)
    out = tmp_path / "audit.jsonl"
    out.write_text("old\n")
    out.chmod(0o644)
    assert log.export("t_a", out) == 3
    assert out.stat().st_mode & 0o777 == 0o600
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(elsewhere)
    with pytest.raises(OSError):
        log.export("t_a", link)
    assert elsewhere.read_text() == "keep\n"


# -- concurrency -------------------------------------------------------------------------
def _writer(url: str, tenant: str, n: int, start: multiprocessing.synchronize.Event) -> None:
    db = Database(url)
    log = AuditLog(db, StaticAuditKeys(b"r" * 32))
    start.wait(30)
    for i in range(n):
        if i % 5 == 4:
            log.append_many(
                tenant,
                [
                    NewEvent("auth.denied", f"proc:{os.getpid()}", "c.batch"),
                    NewEvent("auth.denied", f"proc:{os.getpid()}", "c.batch"),
                ],
            )
        else:
            log.append(tenant, "auth.denied", actor=f"proc:{os.getpid()}", reason="c.single")
    db.dispose()


def _check_linear(log: AuditLog, tenant: str, expected: int) -> None:
    report = log.verify(tenant)
    assert report.ok, report
    events = log.events(tenant, limit=10_000)
    assert [e.seq for e in events] == list(range(1, expected + 1))
    for a, b in itertools.pairwise(events):
        assert b.prev_hash == a.hash
    assert len({e.actor for e in events}) > 1


@pytest.mark.timeout(180)
def test_concurrent_writer_processes_keep_the_chain_linear(db_url: str, db: Database) -> None:
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Event()
    procs, per = 4, 40
    workers = [
        ctx.Process(target=_writer, args=(db_url, "t_shared", per, start)) for _ in range(procs)
    ]
    for w in workers:
        w.start()
    start.set()
    for w in workers:
        w.join(150)
        assert w.exitcode == 0
    expected = procs * (per + per // 5)
    _check_linear(AuditLog(db, StaticAuditKeys(b"r" * 32)), "t_shared", expected)


@pytest.mark.timeout(120)
def test_concurrent_writer_threads_with_their_own_connections(db_url: str, db: Database) -> None:
    start = threading.Event()
    errors: list[BaseException] = []

    def run(index: int) -> None:
        try:
            db = Database(db_url)  # its own engine and connections
            log = AuditLog(db, StaticAuditKeys(b"r" * 32))
            start.wait(30)
            for _ in range(25):
                log.append("t_thr", "auth.denied", actor=f"thread:{index}", reason="c.thread")
            db.dispose()
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    start.set()
    for t in threads:
        t.join(100)
    assert not errors
    db = Database(db_url)
    _check_linear(AuditLog(db, StaticAuditKeys(b"r" * 32)), "t_thr", 100)
    db.dispose()


# -- canonical form ----------------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(st.text(), st.integers(0, 2**62), st.text(), st.one_of(st.none(), st.text()),
       st.text())
def test_canonical_event_is_the_compact_json_array(tenant: str, n: int, actor: str,
                                                   subj: str | None, details: str) -> None:
    expected = json.dumps(["confide.audit.v1", tenant, n, n + 1, actor, "a.b", "r", subj,
                           details, "security", n + 2], separators=(",", ":")).encode()
    assert canonical_event(tenant, n, n + 1, actor, "a.b", "r", subj, details, "security",
                           n + 2) == expected
