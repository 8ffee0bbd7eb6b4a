"""The `confide` console script, run as a real process against a tmp CONFIDE_HOME."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

CONFIDE = Path(sys.executable).with_name("confide")


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONFIDE_")}
    env["CONFIDE_HOME"] = str(home)
    return env


def confide(home: Path, *args: str, check: bool = True, timeout: float = 60):
    """Run `confide ARGS` with CONFIDE_HOME=home; returns the CompletedProcess."""
    proc = subprocess.run(
        [str(CONFIDE), *args], env=_env(home), capture_output=True, text=True, timeout=timeout
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"confide {' '.join(args)} -> {proc.returncode}\n{proc.stderr}")
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


@dataclass
class Home:
    path: Path
    tenant_id: str
    admin_key: str


def _init(path: Path) -> Home:
    out = confide(path, "init").stdout
    tenant = re.search(r"created tenant demo: (\S+)", out)
    key = re.search(r"admin API key .*: (cfk_\S+)", out)
    assert tenant and key, out
    return Home(path, tenant.group(1), key.group(1))


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Home:
    """One initialised home shared by the tests that only add to it."""
    return _init(tmp_path_factory.mktemp("cli") / "home")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(home: Home) -> Iterator[tuple[subprocess.Popen, str]]:
    yield from _serve(home.path)


def _serve(path: Path) -> Iterator[tuple[subprocess.Popen, str]]:
    port = _free_port()
    proc = subprocess.Popen(
        [str(CONFIDE), "serve", "--port", str(port)],
        env=_env(path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"serve exited: {proc.stderr.read().decode()}")
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError("server did not come up in 30 s")
            time.sleep(0.1)
        yield proc, base
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        proc.stderr.close()


# --------------------------------------------------------------------------- init & tenants


def test_init_creates_home_key_file_and_demo_tenant_once(home):
    key_file = home.path / "master.key"
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert (home.path.stat().st_mode & 0o077) == 0
    key_bytes = key_file.read_bytes()

    again = confide(home.path, "init").stdout
    assert "cfk_" not in again and "created tenant" not in again
    assert key_file.read_bytes() == key_bytes
    tenants = json.loads(confide(home.path, "tenants", "list", "--json").stdout)
    assert [t["name"] for t in tenants].count("demo") == 1


def test_tenants_create_json_prints_the_key_once_and_it_works(home):
    created = json.loads(confide(home.path, "tenants", "create", "Clinic North", "--json").stdout)
    assert created["tenant_id"] and created["api_key"].startswith("cfk_")
    listed = confide(home.path, "tenants", "list", "--json").stdout
    assert created["tenant_id"] in listed
    assert created["api_key"] not in listed
    keys = json.loads(
        confide(home.path, "keys", "list", "--tenant", created["tenant_id"], "--json").stdout
    )
    assert [k["scopes"] for k in keys] == [["admin"]]
    assert created["api_key"] not in json.dumps(keys)


# --------------------------------------------------------------------------- keys


def test_keys_create_list_revoke(home):
    out = confide(
        home.path,
        "keys",
        "create",
        "--tenant",
        home.tenant_id,
        "--scope",
        "documents",
        "--scope",
        "audit:read",
        "--expires-in-days",
        "7",
        "--json",
    ).stdout
    key = json.loads(out)
    assert sorted(key["scopes"]) == ["audit:read", "documents"]
    assert key["expires_at"] and key["api_key"].startswith(f"cfk_{key['key_id']}_")

    def listed():
        rows = json.loads(
            confide(home.path, "keys", "list", "--tenant", home.tenant_id, "--json").stdout
        )
        return {r["key_id"]: r for r in rows}

    assert listed()[key["key_id"]]["active"] is True
    confide(home.path, "keys", "revoke", "--tenant", home.tenant_id, key["key_id"])
    row = listed()[key["key_id"]]
    assert row["active"] is False and row["revoked_at"]


def test_keys_errors_are_one_line_and_nonzero(home):
    bad_scope = confide(
        home.path, "keys", "create", "--tenant", home.tenant_id, "--scope", "root", check=False
    )
    assert bad_scope.returncode == 1
    assert bad_scope.stderr.strip().startswith("error: ") and "root" in bad_scope.stderr
    assert len(bad_scope.stderr.strip().splitlines()) == 1

    other = confide(
        home.path, "keys", "revoke", "--tenant", home.tenant_id, "00aa11bb22cc33dd", check=False
    )
    assert other.returncode == 1 and other.stderr.startswith("error: ")


def test_keys_rotate_with_rewrap(home):
    out = confide(home.path, "keys", "rotate", "--tenant", home.tenant_id, "--rewrap").stdout
    assert re.search(r"data key version (\d+) is now current", out)
    assert "re-encrypted" in out


# --------------------------------------------------------------------------- audit


def test_audit_verify_exit_codes_and_export(tmp_path):
    h = _init(tmp_path / "home")
    confide(h.path, "keys", "create", "--tenant", h.tenant_id, "--scope", "documents")
    ok = confide(h.path, "audit", "verify", "--tenant", h.tenant_id)
    assert "intact" in ok.stdout
    out = tmp_path / "events.jsonl"
    confide(h.path, "audit", "export", "--tenant", h.tenant_id, "--out", str(out))
    events = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(events) >= 3
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))

    with sqlite3.connect(h.path / "confide.db") as db:
        db.execute(
            "UPDATE audit_events SET reason = 'edited' WHERE tenant_id = ? AND seq = 2",
            (h.tenant_id,),
        )
    bad = confide(h.path, "audit", "verify", "--tenant", h.tenant_id, check=False)
    assert bad.returncode == 1
    assert "seq 2" in bad.stderr
    every = confide(h.path, "audit", "verify", check=False)
    assert every.returncode == 1 and "intact" in every.stdout  # the other chains
    sweep = confide(h.path, "audit", "sweep", check=False)
    assert sweep.returncode == 1 and h.tenant_id in sweep.stderr


def test_audit_sweep_on_an_intact_log(home):
    out = confide(home.path, "audit", "sweep").stdout
    assert re.search(r"deleted \d+ expired events", out)


# --------------------------------------------------------------------------- deletion


def test_tenants_delete_needs_yes_then_shreds(home):
    t = json.loads(confide(home.path, "tenants", "create", "Doomed", "--json").stdout)
    refused = confide(home.path, "tenants", "delete", t["tenant_id"], check=False)
    assert refused.returncode == 1 and "--yes" in refused.stderr
    assert t["tenant_id"] in confide(home.path, "tenants", "list", "--json").stdout

    confide(home.path, "tenants", "delete", t["tenant_id"], "--yes")
    assert t["tenant_id"] not in confide(home.path, "tenants", "list", "--json").stdout
    after = confide(
        home.path, "keys", "create", "--tenant", t["tenant_id"], "--scope", "admin", check=False
    )
    assert after.returncode == 1 and after.stderr.startswith("error: ")


# --------------------------------------------------------------------------- serve


def test_serve_refuses_a_network_address_without_tls(home):
    r = confide(home.path, "serve", "--host", "0.0.0.0", "--port", "1", check=False)
    assert r.returncode == 1
    assert "without TLS" in r.stderr and "--insecure" in r.stderr
    half = confide(home.path, "serve", "--tls-cert", str(home.path / "master.key"), check=False)
    assert half.returncode == 1 and "--tls-key" in half.stderr


def test_serve_refuses_to_start_without_a_key_file(tmp_path):
    r = confide(tmp_path / "empty", "serve", "--port", str(_free_port()), check=False, timeout=30)
    assert r.returncode == 1
    assert "confide init" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_serve_answers_healthz_as_a_real_process(server, home):
    _, base = server
    assert httpx.get(f"{base}/healthz").json() == {"status": "ok"}
    r = httpx.get(f"{base}/v1/audit/verify", headers={"Authorization": f"Bearer {home.admin_key}"})
    assert r.status_code == 200 and r.json()["ok"] is True
    assert "x-request-id" in r.headers


def test_sigkill_during_audited_writes_loses_no_acknowledged_event(tmp_path):
    h = _init(tmp_path / "home")
    acked: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()
    errors: list[int] = []
    gen = _serve(h.path)
    proc, base = next(gen)

    def writer(n: int) -> None:
        with httpx.Client(base_url=base, timeout=10) as client:
            i = 0
            while not stop.is_set():
                i += 1
                try:
                    r = client.post(
                        "/v1/keys",
                        json={"scopes": ["documents"], "name": f"w{n}-{i}"},
                        headers={"Authorization": f"Bearer {h.admin_key}"},
                    )
                except httpx.TransportError:
                    return
                if r.status_code == 201:
                    with lock:
                        acked.append(r.json()["key"]["key_id"])
                else:
                    errors.append(r.status_code)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 30
    while len(acked) < 8 and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)  # while the writers still have requests in flight
    proc.wait(10)
    stop.set()
    for t in threads:
        t.join(15)
    gen.close()
    assert not errors
    assert len(acked) >= 8

    assert confide(h.path, "audit", "verify").returncode == 0
    keys = json.loads(confide(h.path, "keys", "list", "--tenant", h.tenant_id, "--json").stdout)
    stored = {k["key_id"] for k in keys}
    out = tmp_path / "events.jsonl"
    confide(h.path, "audit", "export", "--tenant", h.tenant_id, "--out", str(out))
    created = [
        json.loads(line)["details"].get("key_id")
        for line in out.read_text().splitlines()
        if json.loads(line)["event_type"] == "apikey.created"
    ]
    # Every acknowledged key is stored, and a key row and its audit event commit together:
    # one event per stored key, each naming it (unless the audit log redacted a number-like id).
    assert set(acked) <= stored
    assert len(created) == len(stored)
    assert {c for c in created if not c.startswith("[redacted")} <= stored
