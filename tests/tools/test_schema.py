"""The tool_actions table: migration 0005 matches the model, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from confide.store.db import Database
from confide.store.models import Base
from tests.foundation.test_store import _table_of


def test_tools_migration_matches_the_model(db_url: str) -> None:
    db = Database(db_url)
    db.upgrade()
    assert "tool_actions" in inspect(db.engine).get_table_names()
    with db.engine.connect() as conn:
        diff = [d for d in compare_metadata(MigrationContext.configure(conn), Base.metadata)
                if _table_of(d) == "tool_actions"]
    assert diff == []
    db.dispose()


def test_downgrade_drops_the_table(db_url: str) -> None:
    from alembic import command

    db = Database(db_url)
    db.upgrade()
    cfg = db.alembic_config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004_memories")
        conn.commit()
        assert "tool_actions" not in inspect(conn).get_table_names()
    db.dispose()
