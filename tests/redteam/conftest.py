"""Fixtures for the red-team tests: the seeded world and scripted OpenAI-compatible servers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from confide.redteam.fixture import Fixture
from tests.redteam.llm_server import llm_server


@pytest.fixture(scope="session")
def world() -> Fixture:
    return Fixture.build()


@pytest.fixture(scope="session")
def vulnerable_server() -> Iterator[Any]:
    with llm_server("vulnerable") as srv:
        yield srv


@pytest.fixture(scope="session")
def hardened_server() -> Iterator[Any]:
    with llm_server("hardened") as srv:
        yield srv
