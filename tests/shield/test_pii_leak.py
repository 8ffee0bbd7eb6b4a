"""PII leak: PII in an answer that the subject/context did not supply is redacted or blocked."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from confide.guards.base import GuardContext
from confide.guards.pii import PiiDetector
from confide.guards.pii_leak import PiiLeakGuard
from confide.verdict import Action, Channel, Entity

SUBJECT = frozenset({"Jane Doe", "123-45-6789"})
CONTEXT = ("My phone is 555 201 3344 and my email is jane.doe@example.com",)


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(mode="regex")


@pytest.fixture(scope="module")
def guard(detector: PiiDetector) -> PiiLeakGuard:
    return PiiLeakGuard(detector=detector)


def ctx(context: tuple[str, ...] = CONTEXT, subject: frozenset[str] = SUBJECT) -> GuardContext:
    return GuardContext(Channel.OUTPUT, "", context=context, subject_values=subject)


def test_subject_own_values_in_other_formats_are_not_leaks(guard: PiiLeakGuard) -> None:
    text = "We'll call you at (555) 201-3344 or write to JANE.DOE@example.com; SSN 123 45 6789."
    v = guard.check(text, ctx())
    assert v.action is Action.ALLOW and v.reasons == ()


def test_other_persons_values_are_redacted(guard: PiiLeakGuard) -> None:
    text = "The other patient's SSN is 536-22-1984 and his number is 212-555-0187."
    v = guard.check(text, ctx())
    assert v.action is Action.TRANSFORM
    assert "output.pii_leak" in v.reasons
    assert v.text is not None
    assert "536-22-1984" not in v.text and "212-555-0187" not in v.text
    assert "[REDACTED_US_SSN]" in v.text and "[REDACTED_PHONE_NUMBER]" in v.text
    for e in v.entities:
        assert text[e.start:e.end] in {"536-22-1984", "212-555-0187"}


def test_block_option(detector: PiiDetector) -> None:
    v = PiiLeakGuard(detector=detector, action="block").check("Card: 4111 1111 1111 1111", ctx())
    assert v.action is Action.BLOCK and v.text is None


def test_placeholders_are_not_leaks(guard: PiiLeakGuard) -> None:
    v = guard.check("Thanks <PERSON_1>, we will text <PHONE_NUMBER_1>.", ctx((), frozenset()))
    assert v.action is Action.ALLOW


def test_no_pii_allows(guard: PiiLeakGuard) -> None:
    v = guard.check("How can I help you today?", ctx())
    assert v.action is Action.ALLOW and v.scores == {"pii_leak": 0.0}


class _Broken:
    mode = "regex"

    def analyze(self, text: str) -> list[Entity]:
        raise RuntimeError(text)


def test_detector_failure_fails_closed_without_text() -> None:
    v = PiiLeakGuard(detector=_Broken()).check("SSN 536-22-1984", ctx())  # type: ignore[arg-type]
    assert v.action is Action.BLOCK
    assert "536-22-1984" not in repr(v.to_dict())


def test_verdict_never_carries_the_leaked_value(guard: PiiLeakGuard) -> None:
    v = guard.check("Her email is mary.smith@hospital.org.", ctx())
    assert v.action is Action.TRANSFORM
    blob = repr(v.reasons) + repr(v.entities) + repr(v.scores) + repr(v.detectors)
    assert "mary.smith" not in blob


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200), st.text(max_size=80))
def test_arbitrary_unicode_never_crashes(guard: PiiLeakGuard, text: str, context: str) -> None:
    v = guard.check(text, ctx((context,)))
    for e in v.entities:
        assert 0 <= e.start < e.end <= len(text)
