"""Foundation storage: audit append and verify throughput, record encryption, API-key checks.

Audit appends are measured on SQLite (WAL, file in a tmp dir) and PostgreSQL
(127.0.0.1:5432, a temporary database dropped afterwards; skipped if it does not answer),
with one commit per event and in batches. Run: `python -m benchmarks.foundation_storage`.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

COMMAND = ".venv/bin/python -m benchmarks.foundation_storage"


def _pct(samples: list[float], q: float) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, int(q * len(s)))]


@contextlib.contextmanager
def _pg_url() -> Iterator[str | None]:
    try:
        import psycopg

        admin = psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres",
                                connect_timeout=3, autocommit=True)
    except Exception:
        yield None
        return
    name = f"confide_bench_{uuid.uuid4().hex[:10]}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        import psycopg

        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _audit_numbers(url: str, single: int, batched: int, batch: int) -> dict[str, float]:
    from confide.audit import AuditLog, NewEvent, StaticAuditKeys
    from confide.store.db import Database

    db = Database(url)
    db.upgrade()
    log = AuditLog(db, StaticAuditKeys(os.urandom(32)))
    details = {"reason_codes": ["input.injection"], "score": 0.97, "layer": "input"}
    log.append("t_single", "guard.block", actor="apikey:0123456789abcdef", reason="warmup")
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(single):
        log.append("t_single", "guard.block", actor="apikey:0123456789abcdef",
                   reason="input.injection", subject_ref="subj_4f2a", details=details)
    single_rate = single / (time.perf_counter() - t0)
    single_cpu = single / (time.process_time() - c0)
    events = [NewEvent("turn.input", "apikey:0123456789abcdef", "input.ok", "subj_4f2a",
                       details)] * batch
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(batched // batch):
        log.append_many("t_batch", events)
    batch_rate = (batched // batch) * batch / (time.perf_counter() - t0)
    batch_cpu = (batched // batch) * batch / (time.process_time() - c0)
    log.verify("t_batch")  # warm caches
    runs, cpu_runs = [], []
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        report = log.verify("t_batch")
        runs.append(report.checked / (time.perf_counter() - t0))
        cpu_runs.append(report.checked / (time.process_time() - c0))
        assert report.ok
    db.dispose()
    return {"single": single_rate, "batched": batch_rate, "verify": statistics.median(runs),
            "single_cpu": single_cpu, "batched_cpu": batch_cpu,
            "verify_cpu": statistics.median(cpu_runs), "verify_n": report.checked}


def _timed(fn: Callable[[], object], n: int) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.perf_counter_ns()
        fn()
        out.append((time.perf_counter_ns() - t0) / 1000)
    return out


def run(quick: bool = False) -> str:
    """Measure and return the Markdown section."""
    from confide.services import Services
    from confide.settings import Settings

    single, batched, batch = (500, 5_000, 100) if quick else (5_000, 100_000, 100)
    load_before = os.getloadavg()[0]
    rows: list[str] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = _audit_numbers(f"sqlite:///{Path(tmp) / 'audit.db'}", single, batched, batch)
        rows.append(f"| audit append, one commit per event | SQLite | {sqlite['single']:,.0f} "
                    f"| {sqlite['single_cpu']:,.0f} | ≥ 5,000 events/s |")
        rows.append(f"| audit append, batches of {batch} | SQLite | {sqlite['batched']:,.0f} "
                    f"| {sqlite['batched_cpu']:,.0f} | |")
        with _pg_url() as pg_url:
            pg = _audit_numbers(pg_url, single, batched, batch) if pg_url else None
        if pg:
            rows.append(f"| audit append, one commit per event | PostgreSQL | "
                        f"{pg['single']:,.0f} | (server work not counted) | |")
            rows.append(f"| audit append, batches of {batch} | PostgreSQL | "
                        f"{pg['batched']:,.0f} | (server work not counted) | |")
        else:
            notes.append("PostgreSQL did not answer on 127.0.0.1:5432; its rows are missing.")
        rows.append(f"| audit verify ({sqlite['verify_n']:,} events) | SQLite | "
                    f"{sqlite['verify']:,.0f} | {sqlite['verify_cpu']:,.0f} "
                    "| ≥ 200,000 events/s |")
        if pg:
            rows.append(f"| audit verify ({pg['verify_n']:,} events) | PostgreSQL | "
                        f"{pg['verify']:,.0f} | (server work not counted) | |")
        audit_table = ["| measure (events/s) | store | wall clock | per CPU-second of this "
                       "process | aim |", "|---|---|---|---|---|", *rows]
        rows = []

        home = Path(tmp) / "home"
        svc = Services.from_settings(Settings(home=home), create_key=True)
        info, _ = svc.tenants.create("bench")
        t = info.tenant_id
        record = os.urandom(2048)
        blob = svc.vault.encrypt(t, "note", "r1", record)
        svc.vault.decrypt(t, "note", "r1", blob)
        n = 2_000 if quick else 20_000
        enc = _timed(lambda: svc.vault.decrypt(t, "note", "r1",
                                               svc.vault.encrypt(t, "note", "r1", record)), n)
        rows.append(f"| encrypt + decrypt, 2 KB record (key cached) | — | p50 "
                    f"{statistics.median(enc):.1f} µs, p99 {_pct(enc, 0.99):.1f} µs | |")

        from confide.apikeys import ApiKeyService

        tokens = [svc.apikeys.create(t, ["conversations"])[1] for _ in range(5 if quick else 20)]
        fresh = ApiKeyService(svc.db, None, cache_ttl_s=60)
        first = []
        for tok in tokens:
            t0 = time.perf_counter_ns()
            fresh.authenticate(tok)
            first.append((time.perf_counter_ns() - t0) / 1000)
        m = 20_000 if quick else 200_000
        cached = _timed(lambda: fresh.authenticate(tokens[0]), m)
        rows.append(f"| API-key check, first request (argon2id verify + lookup) | SQLite | p50 "
                    f"{statistics.median(first) / 1000:.1f} ms, p99 "
                    f"{_pct(first, 0.99) / 1000:.1f} ms | |")
        rows.append(f"| API-key check, cached | — | p50 {statistics.median(cached):.2f} µs, "
                    f"p99 {_pct(cached, 0.99):.2f} µs | ≤ 200 µs p50 |")
        svc.close()

    lines = [
        "## Foundation storage: audit log, vault, API keys",
        "",
        f"Command: `{COMMAND}`{' (quick: smaller samples)' if quick else ''}. "
        f"{single:,} single-commit appends; {batched:,} appended in batches of {batch}, then "
        f"verified (median of 3 passes); {n:,} encrypt+decrypt pairs; "
        f"{len(tokens)} first checks, {m:,} cached checks. SQLite: WAL, synchronous=NORMAL "
        "(a commit survives a killed process, not a power cut). PostgreSQL 15 on the same "
        "machine, default settings (`synchronous_commit=on`: each commit waits for an fsync, "
        "which bounds single-event commits). Wall-clock rates depend on what else runs on the "
        "machine; the CPU-second rate is this process's own cost (SQLite runs in-process). "
        f"Machine: {os.cpu_count()} cores, shared; load average "
        f"{load_before:.1f} before the run, {os.getloadavg()[0]:.1f} after.",
        "",
        *audit_table,
        "",
        "| measure | store | result | aim |",
        "|---|---|---|---|",
        *rows,
    ]
    if notes:
        lines += ["", *notes]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(run(quick=bool(os.environ.get("QUICK"))))
