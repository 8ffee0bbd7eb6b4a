"""Storage: migrations, pragmas, sessions, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, select, text

from confide.store.db import Database
from confide.store.models import Base, Tenant


def test_upgrade_creates_every_model_table_and_is_idempotent(db_url: str) -> None:
    db = Database(db_url)
    db.upgrade()
    db.upgrade()
    tables = set(inspect(db.engine).get_table_names())
    assert {
        t.name
        for t in Base.metadata.sorted_tables
        if t.name
        in {
            "tenants",
            "data_keys",
            "platform_keys",
            "api_keys",
            "audit_heads",
            "audit_events",
            "audit_checkpoints",
            "encrypted_records",
        }
    } <= tables
    assert "alembic_version" in tables
    assert db.ping()
    db.dispose()


def test_migrations_match_the_models(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = Database(db_url)
    db.upgrade()
    with db.engine.connect() as conn:
        foundation = {
            "tenants",
            "data_keys",
            "platform_keys",
            "api_keys",
            "audit_heads",
            "audit_events",
            "audit_checkpoints",
            "encrypted_records",
        }
        diff = [
            d
            for d in compare_metadata(MigrationContext.configure(conn), Base.metadata)
            if _table_of(d) in foundation
        ]
    assert diff == []
    db.dispose()


def _table_of(diff: object) -> str | None:
    """The table an Alembic autogenerate diff entry is about."""
    d = diff[0] if isinstance(diff, list) else diff
    kind = d[0]
    if kind in ("add_table", "remove_table"):
        return d[1].name
    if kind in (
        "add_index",
        "remove_index",
        "add_constraint",
        "remove_constraint",
        "add_fk",
        "remove_fk",
    ):
        return d[1].table.name
    if kind in ("add_column", "remove_column") or kind.startswith("modify_"):
        return d[2]
    return None


def test_sqlite_pragmas(tmp_path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'x' / 'c.db'}")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    assert db.dialect == "sqlite"
    assert (tmp_path / "x").is_dir()
    db.dispose()


def test_session_commits_and_rolls_back(db_url: str) -> None:
    db = Database(db_url)
    db.upgrade()
    with db.session() as s:
        s.add(Tenant(id="t_ok", name="ok", status="active"))
    with pytest.raises(RuntimeError), db.session() as s:
        s.add(Tenant(id="t_gone", name="gone", status="active"))
        s.flush()
        raise RuntimeError("boom")
    with db.session(readonly=True) as s:
        ids = set(s.execute(select(Tenant.id)).scalars())
    assert ids == {"t_ok"}
    db.dispose()


def test_foreign_keys_are_enforced(db_url: str) -> None:
    from sqlalchemy.exc import IntegrityError

    from confide.store.models import DataKey

    db = Database(db_url)
    db.upgrade()
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(DataKey(tenant_id="t_missing", version=1, wrapped_key=b"x", provider_key_id="k"))
    db.dispose()


def test_ping_is_false_when_the_server_is_gone() -> None:
    db = Database("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=1")
    assert db.dialect == "postgresql"
    assert db.ping() is False


def test_unsupported_backend_is_refused() -> None:
    with pytest.raises(ValueError):
        Database("mysql://u@h/db")


def test_readonly_session_does_not_write(db_url: str) -> None:
    db = Database(db_url)
    db.upgrade()
    with db.session(readonly=True) as s:
        s.execute(
            text(
                "INSERT INTO tenants (id, name, status, created_at) "
                "VALUES ('t_ro', 'ro', 'active', CURRENT_TIMESTAMP)"
            )
        )
    with db.session(readonly=True) as s:
        assert s.get(Tenant, "t_ro") is None
    db.dispose()
