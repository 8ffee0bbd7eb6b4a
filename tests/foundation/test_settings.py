"""Settings: environment prefix, derived defaults, backend switch."""

from __future__ import annotations

from pathlib import Path

import pytest

from confide.settings import Settings, get_settings


def test_defaults_derive_from_home(confide_home: Path) -> None:
    s = get_settings()
    assert s.home == confide_home
    assert s.database_url == f"sqlite:///{confide_home / 'confide.db'}"
    assert s.master_key_file == confide_home / "master.key"
    assert s.key_provider == "file"
    assert s.is_sqlite
    assert s.max_body_bytes == 1_048_576
    assert s.api_key_cache_ttl_s == 5.0


def test_environment_overrides(confide_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONFIDE_DATABASE_URL", "postgresql+psycopg://u@db:5432/confide")
    monkeypatch.setenv("CONFIDE_KEY_PROVIDER", "env")
    monkeypatch.setenv("CONFIDE_MAX_BODY_BYTES", "2048")
    monkeypatch.setenv("CONFIDE_API_KEY_CACHE_TTL_S", "0.5")
    s = get_settings()
    assert s.database_url == "postgresql+psycopg://u@db:5432/confide"
    assert not s.is_sqlite
    assert s.key_provider == "env"
    assert s.max_body_bytes == 2048
    assert s.api_key_cache_ttl_s == 0.5


def test_unknown_provider_is_rejected(confide_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONFIDE_KEY_PROVIDER", "plaintext")
    with pytest.raises(ValueError):
        Settings()


def test_repr_hides_the_database_password() -> None:
    s = Settings(database_url="postgresql+psycopg://confide:hunter2@db.internal/confide")
    assert "hunter2" not in repr(s) and "hunter2" not in str(s)
    assert s.database_url.endswith("@db.internal/confide")
