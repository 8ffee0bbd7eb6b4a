"""Shared Shield instances: models load once per test session."""

import pytest


@pytest.fixture(scope="session")
def shield():
    from confide.shield import Shield

    return Shield.from_policy({"pii": {"mode": "spacy", "reidentify": ["PERSON"]}})


@pytest.fixture(scope="session")
def regex_shield():
    from confide.shield import Shield

    return Shield.from_policy({"pii": {"mode": "regex"}})


@pytest.fixture(scope="session")
def user():
    """The user-channel injection guard."""
    from confide.guards.injection import InjectionGuard
    from confide.verdict import Channel

    return InjectionGuard(Channel.USER)


@pytest.fixture(scope="session")
def document():
    """The document-channel injection guard."""
    from confide.guards.injection import InjectionGuard
    from confide.verdict import Channel

    return InjectionGuard(Channel.DOCUMENT)
