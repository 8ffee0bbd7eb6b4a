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
