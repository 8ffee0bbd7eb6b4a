"""The PII pipeline's shortcuts find exactly what the work they skip would find."""

from __future__ import annotations

import random
import string

import pytest
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from confide.guards.pii import _ASCII_PRECHECK, _PRECHECK, pipeline
from confide.guards.recognizers import (
    _ASCII_SPACE_DIGIT,
    _ASCII_TOKEN,
    _PREFIX_AT,
    _SPACE_DIGIT,
    _TOKEN,
    AnyCaseIbanRecognizer,
    ContextRecognizer,
    EmailFromAtRecognizer,
    StreetAddressRecognizer,
    _prefix_word_possible,
    ascii_twin,
    confide_recognizers,
)

TEXTS = [
    "", "@", "a@b", "mail me at maria.gonzalez@example.com, or bob@ex.org\tthanks",
    "x@y.z@w.com and  (ana+tag@mail.example.co.uk).", "\nfirst@example.com\nsecond@host.io",
    "no at sign here", "user@localhost and user@example", "ünïcode@exämple.com és más@correo.es",
    "My IBAN is DE89 3704 0044 0532 0130 00, or de89370400440532013000 in lower case.",
    "GB82WEST12345698765432 and gb82 west 1234 5698 7654 32", "ab12 cdef ghij",
    "Member ID HPX4471902, MRN 00456789, policy no. POL-2024-778812, claim CLM/2023/00991",
    "my d.o.b. is 03/03/1961; born 1961-03-03; date  of_birth 3 May 1970",
    "remember #12345678 and member #12345678; chart-number 1234567",
    "the driver's license D1234567 and DL# 99887766; lic no 123456",
]


def _random_texts(n: int = 300) -> list[str]:
    rng = random.Random(5)
    alphabet = string.ascii_letters + string.digits + " @.-_#/:\n\t,'é"
    words = ["member", "id", "mrn", "policy", "claim", "dob", "born", "license", "chart", "@",
             "de89", "370400440532013000", "example.com", "x@y.io", "npi", "dl", "#"]
    out = []
    for _ in range(n):
        parts = [rng.choice(words) if rng.random() < 0.5 else
                 "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
                 for _ in range(rng.randint(1, 12))]
        out.append(rng.choice([" ", "", "  ", "\n"]).join(parts))
    return out


def _spans(results) -> list[tuple[int, int, float]]:
    return sorted((r.start, r.end, r.score) for r in results)


@pytest.mark.parametrize("text", TEXTS + _random_texts())
def test_email_from_the_first_at_finds_what_presidio_finds(text: str) -> None:
    want = _spans(EmailRecognizer().analyze(text, ["EMAIL_ADDRESS"]))
    assert _spans(EmailFromAtRecognizer().analyze(text, ["EMAIL_ADDRESS"])) == want


def test_ascii_prechecks_hold_for_every_match() -> None:
    iban = AnyCaseIbanRecognizer()
    for text in TEXTS + _random_texts():
        if not text.isascii():
            continue
        if not _ASCII_PRECHECK["AnyCaseIbanRecognizer"].search(text):
            assert iban.analyze(text, ["IBAN_CODE"]) == []
    assert set(_ASCII_PRECHECK) <= set(_PRECHECK)


def test_context_word_test_agrees_with_the_context_pattern() -> None:
    recs = [r for r in confide_recognizers() if isinstance(r, ContextRecognizer) and r.CONTEXT]
    for rec in recs:
        rec.load()
        for text in TEXTS + _random_texts():
            assert rec.context_in(text) == (rec._context.search(text) is not None), text


def test_pipeline_uses_the_email_shortcut() -> None:
    assert any(isinstance(r, EmailFromAtRecognizer) for r in pipeline("regex").recognizers)


def test_patterns_tried_where_they_can_start_find_what_finditer_finds() -> None:
    recs = [r for r in confide_recognizers() if isinstance(r, ContextRecognizer) and r.STARTS]
    assert recs
    extra = ["id 12345678 -12345 ab-12345 x1-2345678 a12345 AB 12345 1EG4-TE5-MK73 1eg4te5mk73",
             "--123456 a-b-c-1234567 12-34-56-78 ZZZZ-99999 Q1234567890123456789"]
    for rec in recs:
        rec.load()
        for name, rx, _score in rec._patterns:
            if name not in rec.STARTS:
                continue
            for text in TEXTS + extra + _random_texts():
                want = [m.span() for m in rx.finditer(text)]
                assert [m.span() for m in rec.matches(name, rx, text)] == want, (name, text)


def test_needed_words_are_in_every_match() -> None:
    recs = [r for r in confide_recognizers() if isinstance(r, ContextRecognizer) and r.NEEDS]
    assert recs
    extra = ["PSC 1234, Box 5678\nAPO AE 09204", "P.O. Box 12, Austin TX 78701", "POSTBOX 7",
             "My Name Is anna", "NAME: anna lee", "Anna Lee'S car", "Anna Lee's car"]
    for rec in recs:
        rec.load()
        for name, rx, _score in rec._patterns:
            for text in TEXTS + extra + _random_texts():
                if name in rec.NEEDS and text.isascii() and rx.search(text):
                    assert any(w in text.lower() for w in rec.NEEDS[name]), (name, text)


_ASCII_EXTRA = [
    "Call me at (415) 555-0134; I live at 1450 Oak Street, Apt 3, Springfield, IL 62704.",
    "born March 3, 1961, DOB 03/03/61, b-day: the third of May 1970; Tuesday, 3rd May '62",
    "Leif, can I speak to Dr. Ana K. Berg? Via Roma 131, 20 Rue Hsine Eloued, Place du Marche",
    "ul. Biskupa 5 and Al. Jana Pawla 12; Corso Italia, C/ Mayor 3; Cedar Springs, Elm Park",
    "\x1c\x1fA\x1cB 12\x1c34-56 DL#A123-4567-8901 driver license: a1234567 x\x0b5",
    "Vinka, could you? Joe, thanks\nMARIA, please; o'Neil, do",
]


def test_ascii_twins_find_what_the_patterns_find() -> None:
    recs = [r for r in confide_recognizers() if isinstance(r, ContextRecognizer)
            and r.ASCII_TWINS]
    assert recs
    texts = [t for t in TEXTS + _ASCII_EXTRA + _random_texts() if t.isascii()]
    for rec in recs:
        rec.load()
        twins = [(name, rx) for name, rx, _score in rec._patterns if rx in rec._twins]
        assert {name for name, _rx in twins} == set(rec.ASCII_TWINS) & {
            name for name, _rx, _score in rec.PATTERNS}
        for name, rx in twins:
            twin = rec._twins[rx]
            for text in texts:
                for lo, hi in ((0, len(text)), (3, max(3, len(text) - 4))):
                    want = [m.span() for m in rx.finditer(text, lo, hi)]
                    assert [m.span() for m in twin.finditer(text, lo, hi)] == want, (name, text)


def test_module_twins_find_what_their_patterns_find() -> None:
    texts = [t for t in TEXTS + _ASCII_EXTRA + _random_texts() if t.isascii()]
    for rx, twin in ((_TOKEN, _ASCII_TOKEN), (_SPACE_DIGIT, _ASCII_SPACE_DIGIT)):
        assert twin is not rx  # the twin exists
        for text in texts:
            assert [m.span() for m in twin.finditer(text)] == \
                [m.span() for m in rx.finditer(text)], text


def test_ascii_twin_refuses_what_it_cannot_carry_over() -> None:
    assert ascii_twin(r"\p{Greek}+", 0) is None
    assert ascii_twin(r"[\S]x", 0) is None
    assert ascii_twin(r"(?<=a|bc)d", 0) is None  # a lookbehind of varying width
    assert ascii_twin(r"\p{L}+\s\d", 0).pattern == r"[A-Za-z]+[\t-\r ][0-9]"


def test_street_type_word_test_holds_for_every_match() -> None:
    rec = StreetAddressRecognizer()
    rec.load()
    named_prefix = next(rx for name, rx, _score in rec._patterns if name == "named-prefix")
    for text in TEXTS + _ASCII_EXTRA + _random_texts():
        if _PREFIX_AT.search(text) or named_prefix.search(text):
            assert _prefix_word_possible(text), text
