"""Storage: SQLAlchemy models, the `Database` handle and packaged Alembic migrations."""

from confide.store.db import Database
from confide.store.errors import ApiKeyNotFound, NotFound, TenantNotFound

__all__ = ["ApiKeyNotFound", "Database", "NotFound", "TenantNotFound"]
