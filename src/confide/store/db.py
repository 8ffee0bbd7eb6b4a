"""The database handle: engine, sessions and programmatic migrations.

SQLite (the embedded default) runs in WAL mode with foreign keys on, a 30 s busy timeout,
`secure_delete=ON` (freed content is zeroed) and `synchronous=NORMAL` (a committed
transaction survives a killed process; an OS crash may lose the last few). Write
sessions on SQLite start with `BEGIN IMMEDIATE`, so read-then-write transactions (audit
appends) serialise instead of failing late;
`session(readonly=True)` starts a deferred transaction, a consistent snapshot that does
not block writers. PostgreSQL is used as is (READ COMMITTED; readonly sessions use
REPEATABLE READ for a consistent snapshot).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
ALEMBIC_INI = Path(__file__).with_name("alembic.ini")
_MIGRATION_LOCK_ID = 0x636F6E66  # "conf": PostgreSQL advisory lock held while migrating
SQLITE_BUSY_TIMEOUT_MS = 30_000


class Database:
    """One database (SQLite file or PostgreSQL) and its connection pool."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        parsed = make_url(url)
        self.dialect: str = parsed.get_backend_name()
        if self.dialect not in ("sqlite", "postgresql"):
            raise ValueError(f"unsupported database backend: {self.dialect}")
        kwargs: dict[str, Any] = {"echo": echo}
        if self.dialect == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000,
                                      "check_same_thread": False}
        else:
            kwargs.update(pool_pre_ping=True, pool_size=10, max_overflow=20)
        self.engine: Engine = create_engine(url, **kwargs)
        if self.dialect == "sqlite":
            _configure_sqlite(self.engine)
        self._readonly_engine = self.engine.execution_options(confide_readonly=True)
        if self.dialect == "postgresql":
            self._readonly_engine = self._readonly_engine.execution_options(
                isolation_level="REPEATABLE READ")
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._ro_sessions = sessionmaker(self._readonly_engine, expire_on_commit=False)

    @contextlib.contextmanager
    def session(self, *, readonly: bool = False) -> Iterator[Session]:
        """A session in one transaction: committed on exit, rolled back on error."""
        factory = self._ro_sessions if readonly else self._sessions
        with factory() as session:
            try:
                yield session
                if not readonly:
                    session.commit()
                # a readonly session is just closed: its transaction is rolled back by the
                # pool, and loaded objects stay usable (no expiry)
            except BaseException:
                session.rollback()
                raise

    @contextlib.contextmanager
    def connect(self, *, readonly: bool = False) -> Iterator[Any]:
        """A Core connection in one transaction (the fast path for bulk work)."""
        engine = self._readonly_engine if readonly else self.engine
        with engine.connect() as conn, conn.begin() as tx:
            yield conn
            if readonly:
                tx.rollback()

    def upgrade(self, revision: str = "head") -> None:
        """Apply the packaged Alembic migrations up to `revision`."""
        from alembic import command

        cfg = self.alembic_config()
        with self.engine.connect() as conn:
            if self.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK_ID})
                conn.commit()
            try:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                conn.commit()
            finally:
                if self.dialect == "postgresql":
                    conn.rollback()
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"),
                                 {"k": _MIGRATION_LOCK_ID})
                    conn.commit()

    def alembic_config(self) -> Any:
        """An Alembic `Config` pointing at the packaged migrations and this database."""
        from alembic.config import Config

        cfg = Config(str(ALEMBIC_INI)) if ALEMBIC_INI.exists() else Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        return cfg

    def ping(self) -> bool:
        """True when the database answers a trivial query."""
        try:
            with self._readonly_engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except Exception:
            return False

    def checkpoint_wal(self) -> None:
        """SQLite: fold the WAL into the main file and truncate it (no-op elsewhere)."""
        if self.dialect != "sqlite":
            return
        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Database({make_url(self.url).render_as_string(hide_password=True)!r})"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA secure_delete=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        readonly = conn.get_execution_options().get("confide_readonly", False)
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")
