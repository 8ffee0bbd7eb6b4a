"""Fixtures for the memory tests: the fake OpenAI-compatible server, one Shield per session,
and memory stores on the embedded default and on both backends."""

from __future__ import annotations

from typing import Any

import pytest

from confide.memory.store import MemoryStore
from confide.shield import Shield
from tests.agent.fake_openai import fake_openai, fake_openai_server  # noqa: F401


@pytest.fixture(scope="session")
def shield() -> Shield:
    """The default Shield (built once: its models load in about a second)."""
    return Shield.from_policy()


def _store(services: Any, shield: Shield) -> MemoryStore:
    services.memories = MemoryStore(services.db, services.vault, services.audit, shield=shield)
    return services.memories


@pytest.fixture
def memories(services: Any, shield: Shield) -> MemoryStore:
    """The memory store of the embedded default (SQLite)."""
    return _store(services, shield)


@pytest.fixture
def memories_any(services_any: Any, shield: Shield) -> MemoryStore:
    """The memory store on SQLite and on PostgreSQL."""
    return _store(services_any, shield)
