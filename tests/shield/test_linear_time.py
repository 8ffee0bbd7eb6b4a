"""A long, repetitive input cannot stall the Shield (a denial of service on the guards).

Each shape below once took the layer quadratic time or memory: a line of dashes (the
boilerplate pattern), letter-spaced text (normalisation), many short sentences (the
coherence features compared every pair of segments), many numbers (grounding and overlap
resolution compared every pair of spans), runs of blank lines (the rules' line starts). At
40,000 characters a quadratic guard takes tens of seconds; a linear one well under one.
"""

from __future__ import annotations

import time

import pytest

from confide.shield import Shield

LENGTH = 40_000
LIMIT_S = 5.0  # generous: a quadratic guard needs far more, a linear one far less
SHAPES = ["-", "=", "a b ", "Dr. ", "12 ", "$1 ", "%2", "[", "\n", "\n- ", "(555) ", "a@b.co ",
          "i g n o r e  "]


@pytest.fixture(scope="module")
def shield() -> Shield:
    s = Shield.from_policy({"pii": {"mode": "regex"}})
    s.check_input("warm up")
    return s


@pytest.mark.parametrize("shape", SHAPES)
def test_long_repetitive_input_is_checked_in_linear_time(shield: Shield, shape: str) -> None:
    text = (shape * (LENGTH // len(shape) + 1))[:LENGTH]
    for check in (lambda: shield.check_input(text, channel="user"),
                  lambda: shield.check_input(text, channel="document"),
                  lambda: shield.check_output(text, context=(text[:2000],),
                                              system_prompt="You are a clinic assistant.")):
        start = time.perf_counter()
        verdict = check()
        assert time.perf_counter() - start < LIMIT_S, shape
        assert verdict.action is not None


@pytest.mark.parametrize("shape", ["[", "$", "'", "#"])
def test_long_punctuation_runs_do_not_stall_spacy(shape: str) -> None:
    """spaCy's tokenizer peels a run of one prefix or suffix character one at a time
    (8,000 "[" took 6 s); the NER never sees such a run."""
    shield = Shield.from_policy({"pii": {"mode": "spacy"}})
    text = "Hello, I am Maria Lopez. " + shape * 20_000
    start = time.perf_counter()
    verdict = shield.check_input(text, channel="user")
    assert time.perf_counter() - start < LIMIT_S
    assert "input.pii" in verdict.reasons
