"""Crash safety: kill -9 a writer mid-stream; every acknowledged audit event survives and
the chain verifies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from confide.audit import AuditLog, StaticAuditKeys
from confide.store.db import Database

WRITER = textwrap.dedent("""
    import sys
    from confide.audit import AuditLog, NewEvent, StaticAuditKeys
    from confide.store.db import Database

    db = Database(sys.argv[1])
    log = AuditLog(db, StaticAuditKeys(b"k" * 32))
    i = 0
    while True:
        i += 1
        if i % 3 == 0:
            events = log.append_many("t_crash", [NewEvent("turn.input", "apikey:k", "c.b"),
                                                 NewEvent("turn.output", "apikey:k", "c.b")])
        else:
            events = [log.append("t_crash", "auth.denied", actor="apikey:k", reason="c.s",
                                 details={"i": i})]
        for e in events:  # acknowledged: append returned, so it is committed
            sys.stdout.write(f"{e.seq} {e.hash}\\n")
        sys.stdout.flush()
""")


@pytest.mark.timeout(120)
def test_kill_9_loses_no_acknowledged_event(db_url: str) -> None:
    db = Database(db_url)
    db.upgrade()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, db_url], stdout=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    acked: dict[int, str] = {}
    deadline = time.monotonic() + 60
    assert proc.stdout is not None
    try:
        while len(acked) < 300 and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            seq, digest = line.split()
            acked[int(seq)] = digest
    finally:
        os.kill(proc.pid, signal.SIGKILL)  # mid-write: the writer never stops on its own
        proc.wait(10)
        for line in proc.stdout:  # anything acknowledged before the kill landed
            if line.strip() and len(line.split()) == 2:
                seq, digest = line.split()
                acked[int(seq)] = digest
    assert proc.returncode == -signal.SIGKILL
    assert len(acked) >= 300, "the writer did not get going"

    log = AuditLog(Database(db_url), StaticAuditKeys(b"k" * 32))
    report = log.verify("t_crash")
    assert report.ok, report
    stored = {e.seq: e.hash for e in log.events("t_crash", limit=10_000)}
    missing = [s for s in acked if stored.get(s) != acked[s]]
    assert missing == []
    assert sorted(stored) == list(range(1, max(stored) + 1))
    assert max(stored) >= max(acked)
    db.dispose()
