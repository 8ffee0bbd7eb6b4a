"""Shared fixtures: database URLs on both backends and ready-built `Services`.

`db_url` is parametrised over SQLite (a file in the test's tmp dir) and PostgreSQL (a fresh
schema in a database created for this test session on 127.0.0.1:5432 and dropped at the
end; skipped with a reason when the server does not answer). `services` is the embedded
default (SQLite under a tmp `CONFIDE_HOME`); `services_any` runs on both backends.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# The tests' receivers and fake models listen on loopback, which the egress policy refuses
# by default; tests of the policy itself clear this.
TEST_EGRESS_ALLOW = "127.0.0.0/8,::1"
os.environ.setdefault("CONFIDE_EGRESS_ALLOW", TEST_EGRESS_ALLOW)

PG_HOST = os.environ.get("CONFIDE_TEST_PG_HOST", "127.0.0.1")
PG_PORT = int(os.environ.get("CONFIDE_TEST_PG_PORT", "5432"))


def _pg_connect(dbname: str = "postgres"):
    import psycopg

    last: Exception | None = None
    for user in ("postgres", "root"):
        try:
            return psycopg.connect(host=PG_HOST, port=PG_PORT, user=user, dbname=dbname,
                                   connect_timeout=3, autocommit=True), user
        except Exception as exc:
            last = exc
    raise RuntimeError(f"PostgreSQL at {PG_HOST}:{PG_PORT} does not answer: {last}")


@pytest.fixture(scope="session")
def pg_database() -> Iterator[tuple[str, str]]:
    """(database name, user) of a temporary PostgreSQL database for this session."""
    try:
        conn, user = _pg_connect()
    except Exception as exc:
        pytest.skip(f"PostgreSQL is not available: {exc}")
    name = f"confide_test_{uuid.uuid4().hex[:12]}"
    with conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield name, user
    finally:
        conn, _ = _pg_connect()
        with conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_database: tuple[str, str]) -> Iterator[str]:
    """A SQLAlchemy URL of a fresh, empty schema (dropped after the test)."""
    name, user = pg_database
    schema = f"t_{uuid.uuid4().hex[:12]}"
    conn, _ = _pg_connect(name)
    with conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield (f"postgresql+psycopg://{user}@{PG_HOST}:{PG_PORT}/{name}"
               f"?options=-csearch_path%3D{schema}")
    finally:
        conn, _ = _pg_connect(name)
        with conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db' / 'confide.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def confide_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A tmp `CONFIDE_HOME`, exported so subprocesses (the CLI) use it too."""
    for var in list(os.environ):
        if var.startswith("CONFIDE_"):
            monkeypatch.delenv(var)
    monkeypatch.setenv("CONFIDE_EGRESS_ALLOW", TEST_EGRESS_ALLOW)
    home = tmp_path / "confide-home"
    monkeypatch.setenv("CONFIDE_HOME", str(home))
    return home


@pytest.fixture
def services(confide_home: Path):
    """Services on the embedded default (SQLite + key file under a tmp home)."""
    from confide.services import Services
    from confide.settings import Settings

    svc = Services.from_settings(Settings(home=confide_home), create_key=True)
    yield svc
    svc.close()


@pytest.fixture
def services_any(confide_home: Path, db_url: str, monkeypatch: pytest.MonkeyPatch):
    """Services on each backend (SQLite and PostgreSQL), key file under a tmp home."""
    from confide.services import Services
    from confide.settings import Settings

    monkeypatch.setenv("CONFIDE_DATABASE_URL", db_url)
    svc = Services.from_settings(Settings(home=confide_home, database_url=db_url),
                                 create_key=True)
    yield svc
    svc.close()
