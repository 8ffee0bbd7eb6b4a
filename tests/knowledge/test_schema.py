"""The knowledge tables: migration 0003 matches the models, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from confide.store.db import Database
from confide.store.models import Base
from tests.foundation.test_store import _table_of

KNOWLEDGE_TABLES = {"knowledge_state", "knowledge_documents", "knowledge_chunks"}


def test_knowledge_migration_matches_the_models(db_url: str) -> None:
    db = Database(db_url)
    db.upgrade()
    with db.engine.connect() as conn:
        diff = [d for d in compare_metadata(MigrationContext.configure(conn), Base.metadata)
                if _table_of(d) in KNOWLEDGE_TABLES]
    assert diff == []
    db.dispose()
