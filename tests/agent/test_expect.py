"""Answer parsers of the flow engine: yes/no, numbers, dates, choices, text, questions."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confide.agent.expect import (
    MAX_TEXT_CHARS,
    ParsedAnswer,
    looks_like_question,
    parse_answer,
)

TODAY = date(2026, 11, 27)  # a Friday
SHIFT = "choice:[day, evening, night]"
TIME_OF_DAY = "choice:[morning, afternoon, evening]"


def value(expect: str, text: str) -> str | None:
    parsed = parse_answer(expect, text, today=TODAY)
    return parsed.value if parsed else None


@pytest.mark.parametrize("text", [
    "yes", "Yes.", "yeah", "Yep!", "correct", "I did", "I have.", "sure", "Absolutely",
    "yes I did, thanks", "Of course", "That's right", "Yes please", "uh huh",
    "Yes, they make sense", "no problem, yes",
])
def test_yes(text: str) -> None:
    assert value("yes_no", text) == "yes"


@pytest.mark.parametrize("text", [
    "no", "No.", "nope", "not yet", "I haven't", "I have not", "I didn't", "not really",
    "Nah", "No, they don't make sense", "I don't think so", "never", "not at all",
])
def test_no(text: str) -> None:
    assert value("yes_no", text) == "no"


@pytest.mark.parametrize("text", [
    "I don't know", "yes and no", "I'm not sure", "maybe", "", "   ", "purple",
    "Yes, I haven't", "no idea", "kind of", "I can't remember", "no problem",
])
def test_yes_no_misses(text: str) -> None:
    assert value("yes_no", text) is None


def test_yes_no_certainty() -> None:
    assert parse_answer("yes_no", "yes") == ParsedAnswer("yes", True)
    assert not parse_answer("yes_no", "I think so").certain
    assert not parse_answer("yes_no", "ok what do you mean?").certain
    assert not parse_answer("yes_no", "I have a question about parking").certain
    assert not parse_answer("yes_no", "it doesn't").certain
    assert parse_answer("yes_no", "I got them but no, they don't make sense") == ParsedAnswer(
        "no", False)


@pytest.mark.parametrize(("text", "expected"), [
    ("3", "3"), ("three", "3"), ("Three years", "3"), ("twenty", "20"),
    ("twenty five", "25"), ("twenty-one", "21"), ("seventeen years", "17"), ("a couple", "2"),
    ("a couple of years", "2"), ("none", "0"), ("no experience", "0"), ("zero", "0"),
    ("just one", "1"), ("a year", "1"), ("2.5", "2.5"), ("two and a half years", "2.5"),
    ("12 years", "12"), ("about 5", "5"), ("a dozen", "12"), ("5,000", "5000"),
    ("Two vehicles, mine and one other... well two", None), ("<PHONE_NUMBER_1>, 4", "4"),
])
def test_numbers(text: str, expected: str | None) -> None:
    assert value("number", text) == expected


@pytest.mark.parametrize("text", ["3 or 4", "three or four", "between 2 and 5", "I don't know",
                                  "", "a few", "several", "<PHONE_NUMBER_1>"])
def test_number_misses(text: str) -> None:
    assert value("number", text) is None


def test_number_certainty() -> None:
    assert parse_answer("number", "4").certain
    assert not parse_answer("number", "about 4").certain
    assert not parse_answer("number", "a couple").certain


@pytest.mark.parametrize(("text", "expected"), [
    ("1961-03-03", "1961-03-03"),
    ("It was 2026-11-20.", "2026-11-20"),
    ("March 3rd 1961", "1961-03-03"),
    ("march 3, 1961", "1961-03-03"),
    ("3 March 1961", "1961-03-03"),
    ("the 3rd of March, 1961", "1961-03-03"),
    ("Sept 9 1999", "1999-09-09"),
    ("03/04/1961", "1961-03-04"),  # US month-first
    ("25/12/1961", "1961-12-25"),  # day-first when the first part exceeds 12
    ("03.04.1961", "1961-04-03"),  # dotted: day-first
    ("3/4/61", "1961-03-04"),
    ("tomorrow", "2026-11-28"),
    ("yesterday", "2026-11-26"),
    ("today", "2026-11-27"),
    ("the day after tomorrow", "2026-11-29"),
    ("next Tuesday", "2026-12-01"),
    ("on Tuesday", "2026-12-01"),
    ("next Friday", "2026-12-04"),
    ("last Friday", "2026-11-20"),
    ("on the 14th", "2026-12-14"),
    ("the 30th", "2026-11-30"),
    ("3 days ago", "2026-11-24"),
    ("in two weeks", "2026-12-11"),
    ("March 3", "2027-03-03"),
    ("<DATE_OF_BIRTH_1>", "<DATE_OF_BIRTH_1>"),
    ("sure, it's <DATE_TIME_2>", "<DATE_TIME_2>"),
])
def test_dates(text: str, expected: str) -> None:
    assert value("date", text) == expected


@pytest.mark.parametrize("text", [
    "February 30 1961", "13/13/2020", "2026-02-30", "on the 32nd", "March 1961",
    "I don't remember", "", "<DATE_TIME_1> or <DATE_TIME_2>", "<PERSON_1>",
    "tomorrow or the day after tomorrow", "1961-03-03 and 1962-04-04",
])
def test_date_misses(text: str) -> None:
    assert value("date", text) is None


def test_date_certainty() -> None:
    assert parse_answer("date", "1961-03-03", today=TODAY).certain
    assert parse_answer("date", "<DATE_OF_BIRTH_1>", today=TODAY).certain
    assert not parse_answer("date", "tomorrow", today=TODAY).certain
    assert not parse_answer("date", "March 3", today=TODAY).certain


def test_date_defaults_to_today() -> None:
    assert parse_answer("date", "1961-03-03") == ParsedAnswer("1961-03-03", True)
    assert parse_answer("date", "today") is not None


@pytest.mark.parametrize(("expect", "text", "expected"), [
    (SHIFT, "night", "night"), (SHIFT, "Nights", "night"), (SHIFT, "evening please", "evening"),
    (SHIFT, "the day shift", "day"), (SHIFT, "the first one", "day"),
    (SHIFT, "the last one", "night"), (SHIFT, "option 2", "evening"),
    (SHIFT, "second", "evening"), (SHIFT, "not nights, evenings", "evening"),
    (SHIFT, "I can't do the night shift, days are fine", "day"), (SHIFT, "eve", "evening"),
    (SHIFT, "overnight", "night"), (TIME_OF_DAY, "mornings", "morning"),
    (TIME_OF_DAY, "Mornings are best for me", "morning"), (TIME_OF_DAY, "AFTERNOON", "afternoon"),
    (TIME_OF_DAY, "morn", "morning"),
])
def test_choices(expect: str, text: str, expected: str) -> None:
    assert value(expect, text) == expected


@pytest.mark.parametrize(("expect", "text"), [
    (SHIFT, "day or night"), (SHIFT, "any"), (SHIFT, "evenings or nights"), (SHIFT, ""),
    (SHIFT, "the fifth one"), (TIME_OF_DAY, "after 5 is fine"), (TIME_OF_DAY, "whenever"),
    (SHIFT, "anything but nights"),
])
def test_choice_misses(expect: str, text: str) -> None:
    assert value(expect, text) is None


def test_choice_prefix_is_uncertain() -> None:
    assert parse_answer(SHIFT, "night") == ParsedAnswer("night", True)
    assert parse_answer(SHIFT, "eve") == ParsedAnswer("evening", False)


def test_text() -> None:
    assert value("text", "  the blue car  ") == "the blue car"
    assert value("text", "   ") is None
    assert len(value("text", "x" * 2000) or "") == MAX_TEXT_CHARS
    assert not parse_answer("text", "what do you mean?").certain
    assert value("unknown_kind", "yes") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("What time does the clinic open?", True), ("when does the clinic open", True),
    ("Is parking free", True), ("Can I park in garage B", True), ("Why?", True),
    ("ok so what time does it open", True), ("I have a question about parking", True),
    ("Yes.", False), ("no", False), ("will do", False), ("March 3rd 1961", False),
    ("I did", False), ("", False),
])
def test_looks_like_question(text: str, expected: bool) -> None:
    assert looks_like_question(text) is expected


EXPECTS = ["yes_no", "number", "date", "text", SHIFT, TIME_OF_DAY]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(EXPECTS), st.text(max_size=200))
def test_parsers_never_raise(expect: str, text: str) -> None:
    parsed = parse_answer(expect, text, today=TODAY)
    assert parsed is None or (isinstance(parsed.value, str) and parsed.value)
    looks_like_question(text)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_iso_and_written_dates_round_trip(d: date) -> None:
    assert value("date", d.isoformat()) == d.isoformat()
    assert value("date", f"{d:%B} {d.day}, {d.year}") == d.isoformat()
    assert value("date", f"{d.day} {d:%b} {d.year}") == d.isoformat()
    assert value("date", f"{d.month:02d}/{d.day:02d}/{d.year}") == d.isoformat()


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=99))
def test_digits_round_trip(n: int) -> None:
    assert value("number", f"{n} years") == str(n)


NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen", "twenty"]


@pytest.mark.parametrize(("n", "word"), list(enumerate(NUMBER_WORDS)))
def test_number_words_to_twenty(n: int, word: str) -> None:
    assert value("number", f"{word.capitalize()}.") == str(n)
