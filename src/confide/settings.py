"""Runtime settings, read from `CONFIDE_*` environment variables.

`CONFIDE_HOME` (default `./.confide`) holds the embedded SQLite database and the local
master key file. `CONFIDE_DATABASE_URL` (`postgresql+psycopg://...`) switches to PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Confide configuration. Unset paths and URLs are derived from `home`."""

    model_config = SettingsConfigDict(env_prefix="CONFIDE_", extra="ignore")

    home: Path = Path(".confide")
    database_url: str | None = Field(default=None, repr=False)  # may carry a password
    key_provider: Literal["file", "env"] = "file"
    master_key_file: Path | None = None
    master_key_env: str = "CONFIDE_MASTER_KEY"
    max_body_bytes: int = 1_048_576
    max_document_bytes: int = 10 * 1_048_576  # request bodies under /v1/documents
    api_key_cache_ttl_s: float = 5.0
    log_level: str = "INFO"
    max_parallel_turns: int = Field(default=4, ge=1, le=256)  # turns in CPU-bound stages
    webhook_worker: bool = True  # deliver due webhooks from a thread in each API server

    @model_validator(mode="after")
    def _derive_defaults(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite:///{self.home / 'confide.db'}"
        if self.master_key_file is None:
            self.master_key_file = self.home / "master.key"
        return self

    @property
    def is_sqlite(self) -> bool:
        """True when the configured store is the embedded SQLite file."""
        return str(self.database_url).startswith("sqlite")


def get_settings() -> Settings:
    """Settings from the current environment (read afresh on each call)."""
    return Settings()
