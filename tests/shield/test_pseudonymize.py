"""Pseudonymiser: stable placeholders, restore by type, secrets never restorable, collisions
with typed placeholders, storage round trip."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confide.pseudonymize import Pseudonymizer, normalize_value
from confide.verdict import Entity


def ents(text: str, *pairs: tuple[str, str]) -> list[Entity]:
    out = []
    for etype, value in pairs:
        i = text.index(value)
        out.append(Entity(etype, i, i + len(value), 0.9))
    return out


def test_stable_placeholders_across_turns() -> None:
    p = Pseudonymizer()
    t1 = "I'm Ana Ruiz, call (415) 555-0132."
    t2 = "ana  ruiz again; my number is 415.555.0132 and my SSN 536-22-8811."
    out1 = p.apply(t1, ents(t1, ("PERSON", "Ana Ruiz"), ("PHONE_NUMBER", "(415) 555-0132")))
    out2 = p.apply(t2, ents(t2, ("PERSON", "ana  ruiz"), ("PHONE_NUMBER", "415.555.0132"),
                            ("US_SSN", "536-22-8811")))
    assert out1 == "I'm <PERSON_1>, call <PHONE_NUMBER_1>."
    assert out2 == "<PERSON_1> again; my number is <PHONE_NUMBER_1> and my SSN <US_SSN_1>."
    t3 = "Also Ben Ode."
    assert p.apply(t3, ents(t3, ("PERSON", "Ben Ode"))) == "Also <PERSON_2>."


def test_restore_only_allowed_types() -> None:
    p = Pseudonymizer()
    t = "Ana Ruiz, SSN 536-22-8811"
    p.apply(t, ents(t, ("PERSON", "Ana Ruiz"), ("US_SSN", "536-22-8811")))
    answer = "Thanks <PERSON_1>, we have your SSN <US_SSN_1> and <PERSON_9>."
    assert p.restore(answer, {"PERSON"}) == \
        "Thanks Ana Ruiz, we have your SSN <US_SSN_1> and <PERSON_9>."
    assert p.restore(answer, set()) == answer


def test_secrets_are_never_restorable_nor_stored() -> None:
    p = Pseudonymizer()
    t = "password is hunter2, key AKIAIOSFODNN7EXAMPLE, again hunter2"
    first = t.index("hunter2")
    second = t.rindex("hunter2")
    out = p.apply(t, [Entity("SECRET_PASSWORD", first, first + 7, 1.0),
                      Entity("SECRET_API_KEY", t.index("AKIA"), t.index("AKIA") + 20, 1.0),
                      Entity("SECRET_PASSWORD", second, second + 7, 1.0)])
    assert out == "password is <SECRET_1>, key <SECRET_2>, again <SECRET_1>"
    assert p.restore(out, {"SECRET_PASSWORD", "SECRET_API_KEY", "SECRET"}) == out
    blob = json.dumps(p.to_dict()) + repr(p) + repr(p.values())
    assert "hunter2" not in blob and "AKIA" not in blob


def test_typed_placeholder_cannot_leak_a_value() -> None:
    p = Pseudonymizer()
    t1 = "I'm Ana Ruiz."
    p.apply(t1, ents(t1, ("PERSON", "Ana Ruiz")))
    t2 = "Who is <PERSON_1>? And <US_SSN_1>?"
    out = p.apply(t2, [])
    assert "<PERSON_1>" not in out
    assert "Ana Ruiz" not in p.restore(out, {"PERSON", "US_SSN"})


def test_overlapping_entities_prefer_secrets_then_longer() -> None:
    p = Pseudonymizer()
    t = "pin 4155550132 and Ana Ruiz Lopez"
    i = t.index("4155550132")
    j = t.index("Ana")
    out = p.apply(t, [Entity("PHONE_NUMBER", i, i + 10, 0.7),
                      Entity("SECRET_PASSWORD", i, i + 10, 0.9),
                      Entity("PERSON", j, j + 8, 0.8), Entity("PERSON", j, j + 14, 0.8)])
    assert out == "pin <SECRET_1> and <PERSON_1>"


def test_offsets_out_of_range_fail_closed_without_values() -> None:
    p = Pseudonymizer()
    with pytest.raises(ValueError) as err:
        p.apply("Ana Ruiz", [Entity("PERSON", 0, 99, 0.9)])
    assert "Ana" not in str(err.value)


def test_values_and_round_trip() -> None:
    p = Pseudonymizer()
    t = "Ana Ruiz at 12 Main Street; (415) 555-0132 / 415.555.0132"
    a, b = t.index("(415)"), t.index("415.555")
    p.apply(t, [*ents(t, ("PERSON", "Ana Ruiz"), ("STREET_ADDRESS", "12 Main Street")),
                Entity("PHONE_NUMBER", a, a + 14, 0.7), Entity("PHONE_NUMBER", b, b + 12, 0.7)])
    assert p.values() == {"Ana Ruiz", "12 Main Street", "(415) 555-0132", "415.555.0132"}
    data = json.loads(json.dumps(p.to_dict()))
    q = Pseudonymizer.from_dict(data)
    assert q.values() == p.values()
    assert q.restore("<PERSON_1> <STREET_ADDRESS_1>", {"PERSON", "STREET_ADDRESS"}) == \
        "Ana Ruiz 12 Main Street"
    t2 = "Ben and Ana Ruiz"
    assert q.apply(t2, ents(t2, ("PERSON", "Ben"), ("PERSON", "Ana Ruiz"))) == \
        "<PERSON_2> and <PERSON_1>"
    with pytest.raises(ValueError):
        Pseudonymizer.from_dict({"version": 99})


def test_normalize_value() -> None:
    assert normalize_value("PHONE_NUMBER", "+1 (415) 555-0132") == "14155550132"
    assert normalize_value("PERSON", "  Ana\n RUIZ ") == "ana ruiz"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200), st.data())
def test_apply_never_crashes_and_restore_round_trips(text: str, data) -> None:
    p = Pseudonymizer()
    spans = []
    if text:
        for _ in range(data.draw(st.integers(0, 3))):
            s = data.draw(st.integers(0, len(text) - 1))
            e = data.draw(st.integers(s + 1, len(text)))
            spans.append(Entity(data.draw(st.sampled_from(["PERSON", "US_SSN"])), s, e, 0.9))
    out = p.apply(text, spans)
    restored = p.restore(out, {"PERSON", "US_SSN"})
    if not spans and "<" not in text:
        assert restored == text
