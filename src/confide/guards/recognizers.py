"""Confide's own PII/PHI recognizers, in Presidio's shape: patterns with scores, context words,
and one validation hook each.

A `ContextRecognizer` is mostly data: `PATTERNS` (name, regex, score), `CONTEXT` (words that,
found just before the match, raise the score to `CONTEXT_SCORE`), `NEEDS_CONTEXT` (drop a
match with no context word nearby), `ANTI_CONTEXT` (words nearby that veto a match) and
`validate(value) -> bool` (checksums, shapes). A pattern may mark the value with a named group
`v` so the reported span is the value alone (e.g. the name after "my name is").
Patterns use the `regex` module (Unicode classes such as `\\p{Lu}`).
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import ClassVar

import regex
from presidio_analyzer import EntityRecognizer, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import (
    EmailRecognizer,
    IbanRecognizer,
    SpacyRecognizer,
)

from confide.guards.content_safety import literal_gate
from confide.guards.lexicon import is_dictionary_word, is_drug_name

Pattern = tuple[str, str, float]  # (name, regex, score)


def luhn_ok(digits: str) -> bool:
    """True when the digit string passes the Luhn checksum."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _words(words: Sequence[str]) -> str:
    alts = sorted((regex.escape(w).replace(r"\ ", r"[\s_-]*") for w in words), key=len,
                  reverse=True)
    return r"(?<![\p{L}\p{N}])(?:" + "|".join(alts) + r")(?![\p{L}\p{N}])"


def _capital_gate(pattern: str, marker: str, flags: int) -> regex.Pattern:
    """A pattern that finds a capital letter right after a match of what comes before
    `marker` in `pattern`; `pattern` cannot match where it finds none. `marker` (after a
    group opening) must start with the capital letter."""
    at = pattern.index(marker)
    rest = pattern[at:]
    for opening in ("(?P<v>", "(?>"):
        rest = rest.removeprefix(opening)
    if not rest.startswith((r"\p{Lu}", r"[\p{Lu}]")):
        raise ValueError("a capital gate needs a pattern part that starts with a capital")
    return regex.compile(rf"\p{{Lu}}(?<={pattern[:at]}\p{{Lu}})", flags)


_ASCII_MEMBERS = {r"\p{Lu}": "A-Z", r"\p{Ll}": "a-z", r"\p{L}": "A-Za-z", r"\p{N}": "0-9",
                  r"\p{M}": ""}
_ASCII_ESCAPES = {r"\s": r"\t-\r ", r"\d": "0-9"}  # as `regex` reads them on ASCII text
_ASCII_NOT = {r"\S": r"[^\t-\r ]", r"\D": "[^0-9]"}


def ascii_twin(pattern: str, flags: int) -> re.Pattern[str] | None:
    """`pattern` (with `flags`, 0 or IGNORECASE), in `regex` syntax, for the standard
    engine, matching as it does on ASCII text (Unicode classes cut to their ASCII members);
    None when it uses a construct the standard engine lacks or may read otherwise."""
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            token = pattern[i:pattern.index("}", i) + 1] if pattern.startswith(r"\p{", i) \
                else pattern[i:i + 2]
            if token.startswith(r"\p{"):
                if token not in _ASCII_MEMBERS:
                    return None
                members = _ASCII_MEMBERS[token]
                out.append(members if in_class else f"[{members}]" if members else "(?!)")
            elif token in _ASCII_ESCAPES:
                members = _ASCII_ESCAPES[token]
                out.append(members if in_class else f"[{members}]")
            elif token in _ASCII_NOT:
                if in_class:
                    return None
                out.append(_ASCII_NOT[token])
            else:
                out.append(token)
            i += len(token)
            continue
        out.append(c)
        i += 1
        if c == "[" and not in_class:
            in_class = True
            for literal in ("^", "]"):  # a class's leading "^" and "]" are no ends
                if pattern.startswith(literal, i):
                    out.append(literal)
                    i += 1
        elif c == "]" and in_class:
            in_class = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a construct read otherwise ("possible nested set")
            return re.compile("".join(out), re.IGNORECASE if flags & regex.IGNORECASE else 0)
    except (re.error, FutureWarning):
        return None


def matches_at(rx: regex.Pattern, text: str, starts: Iterable[int]) -> Iterator[regex.Match]:
    """What `rx.finditer(text)` yields, given, in order, every place where one of its
    matches can start (`rx` cannot match the empty string): it is tried only there."""
    end = 0
    for start in starts:
        if start >= end:
            m = rx.match(text, start)
            if m is not None:
                end = m.end()
                yield m


class FindingRecognizer(LocalRecognizer):
    """A recognizer of one entity type that answers Presidio with its own `find()`."""

    ENTITY: str = ""

    def find(self, text: str) -> list[tuple[int, int, float]]:
        """(start, end, score) of every accepted match."""
        raise NotImplementedError

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        return [RecognizerResult(self.ENTITY, s, e, sc) for s, e, sc in self.find(text)]


class ContextRecognizer(FindingRecognizer):
    """A pattern recognizer whose knowledge is class data; subclasses override `validate`."""

    PATTERNS: Sequence[Pattern] = ()
    CONTEXT: Sequence[str] = ()
    CONTEXT_SCORE: float = 0.85
    NEEDS_CONTEXT: bool = False
    ANTI_CONTEXT: Sequence[str] = ()
    WINDOW_BEFORE: int = 40
    WINDOW_AFTER: int = 0
    FLAGS: int = regex.IGNORECASE
    #: pattern name -> the part of the pattern where a capital letter must come first: the
    #: pattern runs only on a text with a capital that what comes before it ends right before
    CAPITAL_AT: ClassVar[Mapping[str, str]] = {}
    #: pattern name -> a pattern whose matches start, on ASCII text, at every place where
    #: the named pattern can start: it is tried there alone (a cheap scan for a slow pattern)
    STARTS: ClassVar[Mapping[str, re.Pattern[str]]] = {}
    #: pattern name -> lower-case strings of which each match holds one, whatever its case
    #: (ASCII text without any of them skips the pattern)
    NEEDS: ClassVar[Mapping[str, tuple[str, ...]]] = {}
    #: names of patterns that the standard engine runs faster on ASCII text (see `ascii_twin`)
    ASCII_TWINS: ClassVar[frozenset[str]] = frozenset()

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__,
                         supported_language="en", context=[])

    def load(self) -> None:
        cls = type(self)
        self._patterns = [(name, regex.compile(rx, cls.FLAGS), score)
                          for name, rx, score in cls.PATTERNS]
        self._context = regex.compile(_words(cls.CONTEXT), regex.I) if cls.CONTEXT else None
        self._context_pieces = tuple(tuple(w.lower().split(" ")) for w in cls.CONTEXT)
        self._anti = regex.compile(_words(cls.ANTI_CONTEXT), regex.I) if cls.ANTI_CONTEXT \
            else None
        self._twins: dict[regex.Pattern, re.Pattern[str]] = {
            compiled: twin for (name, rx, _score), (_name, compiled, _s)
            in zip(cls.PATTERNS, self._patterns, strict=True)
            if name in cls.ASCII_TWINS and (twin := ascii_twin(rx, cls.FLAGS)) is not None}
        self._gates: dict[str, regex.Pattern] = {}
        for name, rx, _score in cls.PATTERNS:
            if name in cls.CAPITAL_AT:
                self._gates[name] = _capital_gate(rx, cls.CAPITAL_AT[name], cls.FLAGS)

    def validate(self, value: str) -> bool:
        """Checksum or shape check on the matched value; False drops the match."""
        return True

    def patterns_for(self, text: str, without: Sequence[str] = ()
                     ) -> list[tuple[str, regex.Pattern, float]]:
        """The compiled patterns to run on `text`, less those named in `without`: those whose
        capital gate (see `CAPITAL_AT`) finds a place where they could match, and, on ASCII
        text, whose `NEEDS` words it holds."""
        patterns = [p for p in self._patterns if p[0] not in without] if without \
            else self._patterns
        needs = self.NEEDS
        if needs and text.isascii():
            low = text.lower()
            patterns = [p for p in patterns
                        if p[0] not in needs or any(map(low.__contains__, needs[p[0]]))]
        gates = self._gates
        if not gates:
            return patterns
        return [p for p in patterns if p[0] not in gates or gates[p[0]].search(text)]

    def matches(self, name: str, rx: regex.Pattern, text: str) -> Iterator[regex.Match]:
        """`rx.finditer(text)` for the pattern `name`; on ASCII text, tried only where it can
        start (`STARTS`), or run by its twin in the standard engine (`ASCII_TWINS`)."""
        if not text.isascii():
            return rx.finditer(text)
        starts = self.STARTS.get(name)
        if starts is None:
            return self._twins.get(rx, rx).finditer(text)  # type: ignore[return-value]
        return matches_at(rx, text, (m.start() for m in starts.finditer(text)))

    def context_possible(self, text: str) -> bool:
        """False when no context word can occur in `text` (a cheap test that most texts
        fail): on ASCII text, the case-insensitive pattern matches what lower-casing finds,
        so a context word needs all its words as substrings."""
        if self._context is None:
            return False
        if text.isascii():
            low = text.lower()
            return any(all(piece in low for piece in pieces) for pieces in self._context_pieces)
        return True

    def context_in(self, text: str) -> bool:
        """Whether a context word occurs anywhere in `text`."""
        if self._context is None or not self.context_possible(text):
            return False
        return self._context.search(text) is not None

    def _near(self, rx: regex.Pattern | None, text: str, start: int, end: int) -> bool:
        if rx is None:
            return False
        before = text[max(0, start - self.WINDOW_BEFORE):start]
        after = text[end:end + self.WINDOW_AFTER] if self.WINDOW_AFTER else ""
        return bool(rx.search(before) or (after and rx.search(after)))

    def find(self, text: str) -> list[tuple[int, int, float]]:
        """(start, end, score) of every accepted match, before overlap resolution."""
        if not hasattr(self, "_patterns"):
            self.load()
        if self.NEEDS_CONTEXT and not self.context_in(text):
            return []
        out: list[tuple[int, int, float]] = []
        for name, rx, score in self.patterns_for(text):
            for m in self.matches(name, rx, text):
                start, end = m.span("v") if "v" in rx.groupindex and m.group("v") else m.span()
                if end <= start or not self.validate(text[start:end]):
                    continue
                if self._near(self._anti, text, start, end):
                    continue
                has_ctx = self._near(self._context, text, start, end)
                if self.NEEDS_CONTEXT and not has_ctx:
                    continue
                out.append((start, end, max(score, self.CONTEXT_SCORE) if has_ctx else score))
        return out



# ---------------------------------------------------------------- identifiers (PHI, insurance)

_ID = (r"(?<![\p{L}\p{N}-])(?=[A-Z0-9-]*\d)[A-Z]{0,4}[-\s]?\d[\d-]{3,14}[A-Z0-9]{0,3}"
       r"(?![\p{L}\p{N}])")
# where `_ID` can start in ASCII text (case-insensitive): a run of letters, digits and dashes
# that holds a digit, not preceded by one of them
_ID_STARTS = re.compile(r"(?<![A-Za-z0-9-])[A-Za-z-]*[0-9]")


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


# letter and digit groups joined by dashes or slashes: "WC-AUTO-118832", "2024/CLM/00123"
_ID_GROUPS = (r"(?<![\p{L}\p{N}-])(?=[\p{L}\p{N}/-]*\d)[A-Z0-9]{1,12}(?:[-/][A-Z0-9]{1,12}){1,4}"
              r"(?![\p{L}\p{N}]|[-/][A-Z0-9])")
# a US phone number shape, and what marks one: an extension after it, a phone word before it
_PHONE_SHAPE = regex.compile(r"(?<!\d)(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?!\d)")
_EXT_AFTER = regex.compile(r"^\s?,?\s?(?i:x|ext\.?|extension)\s?\d")
_PHONE_BEFORE = regex.compile(r"(?i:phone|call|tel|mobile|cell|fax|dial|reach|text|ring)"
                              r"\p{L}*\W*(?:\w+\W+){0,3}$")
_ID_DATE = regex.compile(r"\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")


class IdentifierRecognizer(ContextRecognizer):
    """An account-style identifier next to its context words: at least 5 digits. A date is
    not an identifier, and a phone-shaped number with an extension or a phone word before it
    is left to the phone recognizer."""

    PATTERNS = (("id", _ID, 0.1), ("id-groups", _ID_GROUPS, 0.1))
    NEEDS_CONTEXT = True
    WINDOW_BEFORE = 30
    STARTS: ClassVar[Mapping[str, re.Pattern[str]]] = {"id": _ID_STARTS}
    ASCII_TWINS = frozenset({"id-groups"})

    def find(self, text: str) -> list[tuple[int, int, float]]:
        found = super().find(text)
        if not found:
            return found
        phones = [m.span() for m in _PHONE_SHAPE.finditer(text)
                  if _EXT_AFTER.match(text[m.end():m.end() + 12])
                  or _PHONE_BEFORE.search(text[max(0, m.start() - 30):m.start()])]
        return [(start, end, score) for start, end, score in found
                if not any(ps < end and start < pe for ps, pe in phones)]

    def validate(self, value: str) -> bool:
        return len(_digits(value)) >= 5 and not _ID_DATE.fullmatch(value.strip())


class SsnRecognizer(ContextRecognizer):
    """US social security numbers: 3-2-4 digits; bare 9 digits only with context."""

    ENTITY = "US_SSN"
    PATTERNS = (
        ("ssn-dashed", r"(?<![\d-])\d{3}([- .])\d{2}\1\d{4}(?![\d-])", 0.5),
        ("ssn-bare", r"(?<![\d-])\d{9}(?![\d-])", 0.05),
    )
    CONTEXT = ("ssn", "ssns", "social security", "social sec", "ss#", "ss #", "ss no",
               "social", "tax id", "taxpayer", "itin", "ssa")
    ANTI_CONTEXT = ("claim", "policy", "member", "account", "acct", "order", "invoice",
                    "reference", "ref", "ticket", "case", "npi", "mrn", "routing", "group",
                    "tracking", "confirmation", "phone", "call", "fax", "license")
    WINDOW_BEFORE = 30

    def validate(self, value: str) -> bool:
        d = _digits(value)
        if len(d) != 9 or len(set(d)) == 1 or d in ("123456789", "078051120", "219099999"):
            return False
        return not (d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00"
                    or d[5:] == "0000")


class NpiRecognizer(ContextRecognizer):
    """US National Provider Identifier: 10 digits, Luhn over "80840" + number, with context."""

    ENTITY = "US_NPI"
    PATTERNS = (("npi", r"(?<![\d-])[12]\d{9}(?![\d-])", 0.3),)
    CONTEXT = ("npi", "national provider", "provider id", "provider number", "prescriber")
    CONTEXT_SCORE = 0.95

    def validate(self, value: str) -> bool:
        return luhn_ok("80840" + value)


class MedicalRecordNumberRecognizer(IdentifierRecognizer):
    """Medical record numbers, only next to "MRN", "medical record", "chart", "patient id"."""

    ENTITY = "MEDICAL_RECORD_NUMBER"
    CONTEXT = ("mrn", "mr#", "mr #", "medical record", "medical records", "record number",
               "record no", "chart", "chart number", "patient id", "patient number",
               "patient no", "hospital number", "hospital id", "emr", "ehr")
    NEEDS_CONTEXT = True
    WINDOW_BEFORE = 30


class HealthPlanIdRecognizer(IdentifierRecognizer):
    """Health-plan member/subscriber ids, next to "member id", "subscriber", "insurance id"."""

    ENTITY = "HEALTH_PLAN_ID"
    PATTERNS = (
        ("member-id", _ID, 0.1),
        # Medicare Beneficiary Identifier: 11 characters, e.g. 1EG4-TE5-MK73
        ("mbi", r"(?<![\p{L}\p{N}])[1-9][A-Z][A-Z0-9]\d-?[A-Z][A-Z0-9]\d-?[A-Z]{2}\d{2}"
                r"(?![\p{L}\p{N}])", 0.1),
    )
    CONTEXT = ("member id", "member number", "member no", "member #", "membership number",
               "member", "subscriber", "subscriber id", "insurance id", "insurance number",
               "insurance card", "insurance", "insurer", "health plan", "plan id",
               "plan member", "medicare", "medicaid", "medi-cal", "beneficiary", "mbi", "hicn",
               "group number", "insured id", "id card", "enrollee", "enrollee id",
               "coverage id", "health insurance", "carrier", "bcbs", "blue cross",
               "blue shield", "aetna", "cigna", "humana", "unitedhealthcare",
               "united healthcare", "kaiser", "anthem", "tricare", "hmo", "ppo")
    ANTI_CONTEXT = ("policy", "policy number", "policy no", "claim", "claim number", "claim no")
    NEEDS_CONTEXT = True
    WINDOW_BEFORE = 45
    STARTS: ClassVar[Mapping[str, re.Pattern[str]]] = {"member-id": _ID_STARTS}
    #: MBI letters exclude S, L, O, I, B and Z; a strict MBI needs no context word
    _STRICT_MBI = regex.compile(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?"
                                r"[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?"
                                r"[AC-HJKMNP-RT-Y]{2}\d{2}")

    def find(self, text: str) -> list[tuple[int, int, float]]:
        out = super().find(text)
        if not hasattr(self, "_mbi"):
            self._mbi = regex.compile(self.PATTERNS[1][1], regex.I)
        seen = {(s, e) for s, e, _ in out}
        for m in self._mbi.finditer(text):
            value = m.group()
            if (m.start(), m.end()) not in seen and self._STRICT_MBI.fullmatch(value.upper()) \
                    and regex.search(r"[A-Za-z].*\d.*[A-Za-z]", value):
                out.append((m.start(), m.end(), 0.6))
        return out


class PolicyNumberRecognizer(IdentifierRecognizer):
    """Insurance policy numbers, next to "policy"."""

    ENTITY = "POLICY_NUMBER"
    CONTEXT = ("policy", "policy number", "policy no", "policy #", "pol no", "policy id",
               "certificate number", "contract number")
    NEEDS_CONTEXT = True
    WINDOW_BEFORE = 30


class ClaimNumberRecognizer(IdentifierRecognizer):
    """Insurance claim numbers, next to "claim"."""

    ENTITY = "CLAIM_NUMBER"
    CONTEXT = ("claim", "claims", "claim number", "claim no", "claim #", "claim id",
               "claim reference", "loss number", "case number")
    NEEDS_CONTEXT = True
    WINDOW_BEFORE = 30


class UsDriverLicenseRecognizer(ContextRecognizer):
    """US driver's license numbers, next to "driver's license", "DL", "licence"."""

    ENTITY = "US_DRIVER_LICENSE"
    PATTERNS = (
        ("dl", r"(?<![\p{L}\p{N}-])[A-Z]{0,2}\d{5,14}(?![\p{L}\p{N}])", 0.1),
        ("dl-dashed", r"(?<![\p{L}\p{N}-])[A-Z]?\d{3,4}-\d{2,4}-\d{3,5}(?![\p{L}\p{N}-])", 0.1),
        ("dl-letters", r"(?<![\p{L}\p{N}])[A-Z]\d{3}-?\d{4}-?\d{4}(?:-?\d{1,3})?(?![\p{L}\p{N}])",
         0.1),
    )
    ASCII_TWINS = frozenset({"dl", "dl-letters"})
    CONTEXT = ("driver's license", "drivers license", "driver license", "driver's licence",
               "driving licence", "driving license", "license", "licence", "dl", "dl#",
               "dl no", "license number", "lic no", "lic #")
    NEEDS_CONTEXT = True
    WINDOW_BEFORE = 35


class PaymentCardRecognizer(ContextRecognizer):
    """Payment card numbers: 12-19 digits, optionally grouped, Luhn-valid; 12-digit ones and
    numbers with unusual prefixes need a word such as "card" nearby."""

    ENTITY = "CREDIT_CARD"
    PATTERNS = (
        ("card", r"(?<![\d-])\d{4}(?:[ -]?\d{4}){2}(?:[ -]?\d{1,7})?(?![\d-])", 0.5),
        ("card-amex", r"(?<![\d-])3[47]\d{2}[ -]?\d{6}[ -]?\d{5}(?![\d-])", 0.5),
    )
    CONTEXT = ("card", "cards", "credit", "debit", "cc", "visa", "mastercard", "amex",
               "american express", "discover", "maestro", "jcb", "diners", "payment", "pay",
               "paid", "charge", "charged", "billing", "cvv", "expiry")
    CONTEXT_SCORE = 1.0
    WINDOW_BEFORE = 40

    def find(self, text: str) -> list[tuple[int, int, float]]:
        out = []
        for start, end, score in super().find(text):
            digits = _digits(text[start:end])
            known = digits[:1] in "3456" or digits[:2] in ("22", "23", "24", "25", "26", "27")
            if score < self.CONTEXT_SCORE and (len(digits) < 13 or not known):
                continue
            out.append((start, end, score))
        return out

    def validate(self, value: str) -> bool:
        digits = _digits(value)
        return 12 <= len(digits) <= 19 and len(set(digits)) > 1 and luhn_ok(digits)


# ---------------------------------------------------------------------------- phone numbers

_PHONE = (
    r"(?<![\p{L}\p{N}+/.:-])"
    r"(?:(?:\+|00)\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?)?"
    r"(?:\(\d{1,5}\)[\s.-]?|\d{1,5}[\s.-])?"
    r"\d{1,10}(?:[\s.-]\d{1,10}){0,4}"
    r"(?:\s?,?\s?(?:x|ext\.?|extn\.?|extension|#)\s?\d{1,6})?"
    r"(?![\p{L}\p{N}°′″]|[.,:/-]\d)"
)
_DATE_SHAPE = regex.compile(
    r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$")
_TIME_SHAPE = regex.compile(r"^\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s|$)")


_SEPARATOR = regex.compile(r"[\s().-]")
_EXTENSION = regex.compile(r"\s?,?\s?(?:x|ext\.?|extn\.?|extension|#)\s?\d", regex.I)
_SSN_OR_IP = regex.compile(r"\d{3}-\d{2}-\d{4}|\d{1,3}(?:\.\d{1,3}){3}")
_GROUPS = regex.compile(r"[\s.()-]+")


class PhoneNumberRecognizer(ContextRecognizer):
    """Phone numbers in national and international forms, with extensions.

    A separated number of 9-15 digits scores on its own; shorter or unseparated ones need a
    word such as "phone", "call", "mobile" nearby.
    """

    ENTITY = "PHONE_NUMBER"
    PATTERNS = (("phone", _PHONE, 0.3),)
    PHONE_WORDS = ("phone", "phones", "telephone", "tel", "tel.", "cell", "cellphone", "mobile",
                   "fax", "desk", "call", "called", "calling", "ring", "text", "texted", "sms",
                   "whatsapp", "dial", "voicemail", "landline", "hotline", "pager", "extension")
    # weaker words: enough for a separated number ("answering at 71-33-52-22"), not for a
    # bare run of digits ("account number 1234567890")
    CONTEXT = (*PHONE_WORDS, "number", "contact", "reach", "reached", "messages", "answering",
               "on", "at")
    CONTEXT_SCORE = 0.6
    WINDOW_BEFORE = 25
    FLAGS = regex.IGNORECASE

    def load(self) -> None:
        super().load()
        self._strong = regex.compile(_words(self.PHONE_WORDS), regex.I)

    def find(self, text: str) -> list[tuple[int, int, float]]:
        out = []
        for start, end, score in super().find(text):
            value = text[start:end]
            digits = _digits(_EXTENSION.split(value)[0])
            separated = bool(_SEPARATOR.search(value.strip()))
            intl = value.lstrip().startswith(("+", "00", "("))
            if separated and (len(digits) >= 10 or (intl and len(digits) >= 8)):
                score = max(score, 0.7)
            elif separated and len(digits) >= 9:
                score = max(score, 0.5)
            elif score < self.CONTEXT_SCORE or not (
                    separated or self._near(self._strong, text, start, end)):
                score = min(score, 0.3)
            out.append((start, end, score))
        return out

    def validate(self, value: str) -> bool:
        core = _EXTENSION.split(value)[0]
        digits = _digits(core)
        if not 7 <= len(digits) <= 15 or len(set(digits)) == 1:
            return False
        stripped = core.strip()
        if _DATE_SHAPE.match(stripped) or _TIME_SHAPE.match(stripped):
            return False
        # 3-2-4 is the SSN shape; a bare run of digits of card length is not a phone
        if _SSN_OR_IP.fullmatch(stripped):
            return False
        groups = _GROUPS.split(stripped.lstrip("+"))
        groups = [g for g in groups if g]
        if len(groups) == 1 and len(digits) > 11:
            return False
        # "1998 2004 2010" is a list of years, not a phone
        return not (len(groups) >= 2 and all(len(g) == 4 and g[:2] in ("19", "20")
                                             for g in groups))


# ---------------------------------------------------------------------------- dates of birth

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# English, German, Spanish, French and Italian month names, full and abbreviated
_ANY_MONTH = (
    r"(?:jan(?:uary|uar|\.)?|janv(?:ier|\.)?|j[äa]n(?:ner)?|feb(?:ruary|ruar|\.)?|"
    r"f[ée]v(?:rier|\.)?|febrero|febbraio|mar(?:ch|\.)?|m[äa]rz|marzo|mars|apr(?:il|\.)?|"
    r"avr(?:il|\.)?|abr(?:il|\.)?|aprile|may|mai|mayo|maggio|june?|juni|junio|juin|giugno|"
    r"july?|juli|julio|juil(?:let|\.)?|luglio|aug(?:ust|\.)?|august|agosto|ao[ûu]t|"
    r"sep(?:t(?:ember|\.)?|\.)?|sept(?:iembre)?|septembre|settembre|setiembre|oct(?:ober|\.)?|"
    r"okt(?:ober|\.)?|octubre|octobre|ottobre|nov(?:ember|iembre|embre|\.)?|"
    r"dec(?:ember|\.)?|dez(?:ember|\.)?|dic(?:iembre|embre|\.)?|d[ée]c(?:embre|\.)?|"
    r"ene(?:ro|\.)?|gen(?:naio|\.)?)"
)
_WEEKDAY = (r"(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?|"
            r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|"
            r"mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo),?\s+")
_ORD_WORD = (r"(?:(?:twenty|thirty)[\s-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|"
             r"eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
             r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth")
_DAY = r"(?:[0-3]?\d(?:st|nd|rd|th|\.)?|" + _ORD_WORD + r")"
_DATE = (
    r"(?<![\p{L}\p{N}])(?:"
    r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    r"|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{4}}"
    r")(?![\p{L}\p{N}])"
)
# every common written form of a full date (or month and year), for birth dates
# what a birth date can start with: a digit, "the", or the first letters of a month, weekday
# or ordinal word (a cheap test that lets most word starts fail at once)
_DATE_START = (r"(?=\d|(?i:jan|j[äa]n|feb|f[ée]v|mar|m[äa]r|apr|avr|abr|may|mai|jun|jui|giu|"
               r"jul|lug|aug|ago|ao[ûu]|sep|set|oct|okt|ott|nov|dec|dez|dic|d[ée]c|ene|gen|"
               r"mon|tue|wed|thu|fri|sat|sun|lun|mi[ée]|mit|mag|jue|vie|s[áa]b|dom|die|don|fre|sam|"
               r"son|the|fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe))")
_BIRTH_DATE = (
    rf"(?<![\p{{L}}\p{{N}}]){_DATE_START}(?:{_WEEKDAY})?(?:the\s+)?(?:"
    # 03/05/1970, 3-5-70, 03.05.1970, 1970-05-03, 1970/5/3, 19700503
    r"\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(?:\d{4}|\d{2})"
    r"|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}"
    r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    # May 3, 1970 / May-03-1970 / May 3rd 1970 / May the third, 1970 / Sept. 9 '62
    rf"|{_ANY_MONTH}\.?[\s.-]*(?:the\s+)?{_DAY},?[\s.-]+(?:\d{{4}}|['’]\d{{2}})"
    # 3 May 1970 / 03-May-1970 / 3rd of May, 1970 / third of May 1970 / 3. Mai 1970 /
    # 3 de mayo de 1970
    rf"|{_DAY}(?:\s+of\s+|\s+de\s+|[\s.-]+){_ANY_MONTH}\.?,?(?:\s+de\s+|\s+del\s+|[\s.,-]+)"
    r"(?:\d{4}|['’]\d{2}|\d{2}(?![\d:]))"
    # 1970 May 3 / 1970-May-03
    rf"|\d{{4}}[\s.-]+{_ANY_MONTH}\.?[\s.-]+\d{{1,2}}"
    # May 1970 / Mai 1970
    rf"|{_ANY_MONTH}\.?,?\s+(?:of\s+|de\s+)?\d{{4}}"
    r")(?![\p{L}\p{N}])"
)
_BIRTH_WORDS = (
    "dob", "d.o.b", "d.o.b.", "d o b", "date of birth", "birth date", "birthdate", "birthday",
    "birth day", "bday", "b-day", "born", "birth", "geboren", "geb.", "geburtsdatum",
    "geburtstag", "fecha de nacimiento", "nacimiento", "nací", "naci", "nacido", "nacida",
    "nacio", "nació", "cumpleaños", "date de naissance", "né le", "née le", "né", "née",
    "data di nascita", "nato", "nata",
)
# a sentence end between the birth word and the date cuts the link
_SENTENCE_END = regex.compile(r"[.!?;](?:\s|$)|\n\s*\n")
_ONLY_LABEL_GAP = regex.compile(r"^[\s:=#.,\-–—()]*$")


def _valid_date(value: str) -> bool:
    """Numeric dates: a plausible day and month in one order or the other, a plausible year."""
    nums = [int(n) for n in regex.findall(r"\d+", value)]
    if len(nums) == 1 and len(str(nums[0])) == 8:  # 19700503
        y, m, d = divmod(nums[0], 10000)[0], nums[0] // 100 % 100, nums[0] % 100
        nums = [y, m, d]
    if len(nums) == 3 and not regex.search(r"\p{L}", value):
        if nums[0] > 31:  # year first
            y, a, b = nums
        else:
            a, b, y = nums
        if not (1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)):
            return False
        if y >= 100 and not 1880 <= y <= 2100:
            return False
    return all(n < 1000 or 1880 <= n <= 2100 for n in nums)


class DateOfBirthRecognizer(ContextRecognizer):
    """A date next to a birth word ("born", "DOB", "date of birth", "birthday", "geboren",
    "fecha de nacimiento", ...), before it (up to 60 characters) or after it ("... - that's
    my birthday", up to 45). A birth word belongs to the nearest date: a second date further
    on ("DOB 3/4/1961, seen on 10/12/2024") is not a birth date, and a sentence end cuts the
    link. A date alone is not a DOB."""

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = (("dob", _BIRTH_DATE, 0.1),)
    CONTEXT = _BIRTH_WORDS
    NEEDS_CONTEXT = True
    CONTEXT_SCORE = 0.9
    ASCII_TWINS = frozenset({"dob"})
    WINDOW_BEFORE = 60
    WINDOW_AFTER = 45

    def find(self, text: str) -> list[tuple[int, int, float]]:
        if not hasattr(self, "_patterns"):
            self.load()
        if not self.context_possible(text):
            return []
        words = [m.span() for m in self._context.finditer(text)]
        if not words:
            return []
        rx = self._patterns[0][1]
        # dates are only looked for near a birth word (the long pattern is the costly part)
        windows: list[list[int]] = []
        for ws, we in words:
            lo, hi = max(0, ws - self.WINDOW_AFTER - 60), min(len(text),
                                                               we + self.WINDOW_BEFORE + 60)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        if text.isascii():
            rx = self._twins.get(rx, rx)  # type: ignore[assignment]
        dates = [m.span() for lo, hi in windows for m in rx.finditer(text, lo, hi)
                 if _valid_date(m.group())]
        if not dates:
            return []
        out = []
        for i, (start, end) in enumerate(dates):
            prev_end = dates[i - 1][1] if i else 0
            next_start = dates[i + 1][0] if i + 1 < len(dates) else len(text)
            linked = False
            for ws, we in words:
                if we <= start and ws >= max(prev_end, start - self.WINDOW_BEFORE):
                    gap = text[we:start]
                    linked = not _SENTENCE_END.search(gap) or bool(_ONLY_LABEL_GAP.match(gap))
                elif ws >= end and we <= min(next_start, end + self.WINDOW_AFTER):
                    linked = not _SENTENCE_END.search(text[end:ws])
                if linked:
                    break
            if linked:
                out.append((start, end, self.CONTEXT_SCORE))
        return out


# ---------------------------------------------------------------------------- street addresses

_L = r"(?>[\p{L}][\p{L}\p{M}'’.-]*)"       # a word (atomic: never split by backtracking)
_CAP = r"(?>[\p{Lu}][\p{L}\p{M}'’.-]*)"    # a capitalised word
_NUM = r"\d{1,6}(?:[-/]\d{1,4})?[A-Za-z]?"
# USPS Publication 28 street suffixes: unambiguous ones match in any case; those that are also
# ordinary words ("spring", "park", "run") only when capitalised
_SUFFIX_STRONG = (
    r"(?i:street|st|str|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|"
    r"square|sq|terrace|ter|parkway|pkwy|highway|hwy|circle|cir|trail|trl|crescent|cres|alley|"
    r"aly|plaza|expressway|expy|freeway|fwy|turnpike|tpke|causeway|xing|jct|vlg|ctr|hts)\.?"
)
_SUFFIX_WEAK = (
    r"(?:Close|Way|Row|Walk|Loop|Pike|Route|Rte|Flats?|Dale|Coves?|Isle|Club|Gardens?|Green|"
    r"Hills?|Heights|Park|Ridge|Point|Pt|Views?|Village|Mews|Grove|Estates?|Crossing|"
    r"Junction|Mall|Manor|Meadows?|Mill|Orchard|Oval|Pass|Path|Port|Prairie|Ranch|Run|"
    r"Shores?|Springs?|Summit|Trace|Track|Valley|Vly|Vista|Wells?|Bypass|Center|Common|"
    r"Corner|Creek|Crest|Ferry|Fields?|Forest|Fork|Fort|Glen|Harbor|Haven|Hollow|Inlet|"
    r"Island|Key|Knoll|Lake|Landing|Light|Lodge|Mount|Mountain|Neck|Overpass|Pines?|Plains?|"
    r"Radial|Rapids?|Rest|River|Skyway|Spur|Station|Stream|Underpass|Union|Ville|Wall|"
    r"Parade|Esplanade|Quay|Wharf|Embankment|Broadway)\.?"
)
_SUFFIX = rf"(?:{_SUFFIX_STRONG}|{_SUFFIX_WEAK})"
# street-type words written before the name (Romance, Slavic, Greek...) or glued after it
_PREFIX_ANY_CASE = (
    r"rue|rúa|viale|vicolo|piazza|piazzale|calle|carrer|avenida|avda\.?|rua|travessa|"
    r"praça|praca|alameda|rambla|paseo|camino|carretera|chemin|allée|allee|impasse|quai|"
    r"strada|ulica|ul\.|aleja|osiedle|trg|ulitsa|prospekt|náměstí|namesti|nám\.|utca|út|"
    r"πλατεία|οδός|λεωφόρος|leof\.|odos|straße|strasse|str\.|calea|bulevardul|sokak|sokağı|"
    r"caddesi|cad\.|mahallesi|jalan|jl\.|thanon"
)
# English words too: only when capitalised
_PREFIX_CAPITALISED = (
    r"Via|Corso|Largo|Av\.|Boulevard|Bd\.?|Bld\.?|Route|Cours|Place|Al\.|Os\.|Pl\.|Ul|Pr\.|"
    r"Soi|C/"
)
_PREFIX_TYPE = rf"(?:(?i:{_PREFIX_ANY_CASE})|{_PREFIX_CAPITALISED})"
# a word that ends in a street-type ending (checked by a lookbehind at the word's end)
_GLUED = (
    r"(?>\p{L}[\p{L}\p{M}'’.-]*)(?=\s\d)(?<=(?i:straße|strasse|str\.|gasse|weg|allee|platz|ring|"
    r"damm|ufer|vej|gade|"
    r"vägen|gatan|gata|gränd|stig|veien|veg|vegen|vegur|braut|gata|stræde|tie|katu|kuja|polku|"
    r"tee|utca|útja|út|laan|straat|plein|gracht|kade|dreef|steeg|ulica|utcája|cesta|ulice|"
    r"třída|trida|nábřeží|sokak|caddesi|yolu|street|road|avenue|lane|terrasse|allé|"
    r"(?<![\p{L}])u\.))"
)
_UNIT = (r"(?i:apt\.?|apartment|suite|ste\.?|unit|flat|floor|fl\.?|room|rm\.?|bldg\.?|"
         r"building|no\.?|#)\s?\d{1,5}[A-Za-z]?")
# a separator inside an address: comma, line break (a list bullet may follow it), or spaces
_SEP = r"(?:[ \t]*[,\n](?:[ \t]*[,\n]){0,2}[ \t]*(?:[^\w\s,]{1,3}[ \t]+)?|[ \t]+)"
_ZIP = (r"(?:\d{5}(?:-\d{4})?|\d{3}\s\d{2}|\d{4}(?:\s?[A-Z]{2})?|\d{2}-\d{3}|\d{5}-\d{3}|"
        r"[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})")
# after the street: units, then up to 5 place words ending in a postcode
_TAIL = (rf"(?:{_SEP}{_UNIT}){{0,3}}"
         rf"(?:{_SEP}(?:{_L}(?:{_SEP}{_L}){{0,5}}?,?{_SEP}?)?{_ZIP}(?![\p{{L}}\p{{N}}]))?")
_STREET_ALTS = (
    # 123 Main Street / 3747 3911 fourth avenue / 90 Whitchurch Road / 31 Seneca Place
    rf"{_NUM}(?:\s{_NUM})?\s(?:{_L}\s){{0,3}}{_SUFFIX_STRONG}(?![\p{{L}}\p{{N}}])",
    # 45 Elm Park / 7 Cedar Springs: an ordinary-word suffix needs capitalised words
    rf"{_NUM}(?:\s{_NUM})?\s(?:{_CAP}\s){{1,3}}{_SUFFIX_WEAK}(?![\p{{L}}\p{{N}}])",
    # 20 Rue Hsine Eloued / 643 ul. Biskupa Bogedaina 118 / Via Roma 131 / Rua João Pessoa 1636
    # (a number before or after the street is required; "Rue de la Paix" alone needs context)
    rf"{_NUM}\s{_PREFIX_TYPE}(?:\s|(?<=[./])){_L}(?:\s{_L}){{0,3}}(?:\s{_NUM})?",
    rf"{_PREFIX_TYPE}(?:\s|(?<=[./])){_L}(?:\s{_L}){{0,3}}\s{_NUM}",
    # Søndergade 52 / Loorenstrasse 149 / Luite tee 87 / Koepenicker Str. 74
    rf"(?:{_NUM}\s)?(?:{_L}\s){{0,2}}{_GLUED}\s{_NUM}(?![\p{{L}}\p{{N}}])(?:\.(?=\s))?",
    # 4844 Søndergade 52 / 5638 Aasa 43: house number, capitalised name, number
    rf"\d{{1,6}}\s(?:{_CAP}\s){{1,3}}{_NUM}(?![\p{{L}}\p{{N}}]|:\d)",
)
_STREET_CORE = "|".join(_STREET_ALTS)
# the two alternatives that start before their number, and what each needs: a street-type
# word before it (at most 4 spaces before the space + digit), or a glued street-type ending
# right before a space + digit
_PREFIXED_ALT, _GLUED_ALT = 3, 4
_SPACE_DIGIT = regex.compile(r"\s(?=\d)")
_ASCII_SPACE_DIGIT = ascii_twin(_SPACE_DIGIT.pattern, 0) or _SPACE_DIGIT
_GLUED_END = regex.compile(_GLUED[_GLUED.index("(?<=(?i:"):])
# a match starts at a word start, never inside a run of letters, dots or hyphens (this also
# keeps the patterns linear on inputs such as "a.a.a.a...")
_START = r"(?<![\p{L}\p{N}\p{M}.'’-])"
_PREFIX_AT = regex.compile(_START + _PREFIX_TYPE)
_MILITARY = (
    r"(?i:(?:(?:unit|psc|cmr)\s\d{3,5},?\s(?:box\s\d{3,5})|(?:usns|uss|usnv|uscgc)\s[\p{L}]+)"
    r"[ \t]*[,\n]?[ \t]*(?:apo|fpo|dpo)\s(?:aa|ae|ap)\s\d{5})"
)
_PO_BOX = r"(?i:p\.?\s?o\.?\s?box|postbox|post office box)\s\d{1,6}"
_SUFFIX_FULL = (r"(?:Street|Road|Avenue|Boulevard|Lane|Drive|Terrace|Crescent|Parkway|Highway|"
                r"Square|Place|Court)")


# a space before a digit that ends what the prefixed alternative needs before its number
# (its words without the atomic groups: they match at least what the alternative matches)
_WORD_PLAIN = r"[\p{L}][\p{L}\p{M}'’.-]*"
_PREFIXED_END = regex.compile(
    rf"\s(?=\d)(?<={_START}{_PREFIX_TYPE}(?:\s|(?<=[./])){_WORD_PLAIN}"
    rf"(?:\s{_WORD_PLAIN}){{0,3}}\s)")


# strings of which a street-type word written before the name holds one: in lower case
# (for ASCII text lower-cased) or as written
_PREFIX_LITERALS = (literal_gate(re.compile(_PREFIX_ANY_CASE), 1),
                    literal_gate(re.compile(_PREFIX_CAPITALISED), 1))


def _prefix_word_possible(text: str) -> bool:
    """False when `text` is ASCII and holds no string that a street-type word written
    before the name needs (a cheap test)."""
    any_case, as_written = _PREFIX_LITERALS
    if any_case is None or as_written is None or not text.isascii():
        return True
    return any(map(text.__contains__, as_written)) or any(map(text.lower().__contains__,
                                                              any_case))


def _prefixed_possible(text: str, cuts: list[int]) -> bool:
    """Whether a street-type word and its words end at one of the `cuts` (a space before a
    digit), as the prefixed alternative needs."""
    return bool(cuts) and _PREFIXED_END.search(text, cuts[0]) is not None


class StreetAddressRecognizer(ContextRecognizer):
    """Street addresses: number + street + suffix, international street forms, units,
    city/state/postcode tails, military (APO/FPO/DPO) and PO boxes."""

    ENTITY = "STREET_ADDRESS"
    PATTERNS = (
        ("street", rf"{_START}(?<!\+)(?:{_STREET_CORE}){_TAIL}", 0.5),
        ("military", rf"(?<![\p{{L}}\p{{N}}]){_MILITARY}", 0.85),
        ("po-box", rf"(?<![\p{{L}}\p{{N}}]){_PO_BOX}{_TAIL}", 0.6),
        # a named street without a number: "on Marina Fort Street", "corner of ... and X Flat"
        ("named", rf"{_START}(?:{_CAP}[ \t]){{1,2}}{_SUFFIX}(?![\p{{L}}\p{{N}}])", 0.2),
        ("named-full", rf"{_START}(?:{_CAP}[ \t]){{1,2}}{_SUFFIX_FULL}"
                       rf"(?![\p{{L}}\p{{N}}])", 0.5),
        # "Rue de la Paix", "Via Roma" without a number, only after address words
        ("named-prefix", rf"{_START}{_PREFIX_TYPE}(?:\s|(?<=[./])){_CAP}(?:\s{_L}){{0,3}}",
         0.2),
        # "Joaquin Suarez 2906", "Kuusiku 7": a name and a number, only after address words
        ("name-number", rf"{_START}(?:{_CAP}[ \t]){{1,3}}{_NUM}(?![\p{{L}}\p{{N}}])", 0.15),
        # "Apt. 656", a bare unit line in an address block
        ("unit", rf"(?<![\p{{L}}\p{{N}}]){_UNIT}(?![\p{{L}}\p{{N}}])", 0.2),
    )
    CONTEXT = ("address", "addresses", "addr", "live", "lives", "living", "lived", "reside",
               "resides", "residing", "street", "corner", "located", "moved", "deliver",
               "delivery", "ship", "shipping", "mailing", "billing", "taxi", "postal")
    CONTEXT_SCORE = 0.6
    WINDOW_BEFORE = 30
    FLAGS = 0
    CAPITAL_AT: ClassVar[Mapping[str, str]] = {"named-prefix": _CAP}
    ASCII_TWINS = frozenset({"named", "named-prefix"})
    NEEDS: ClassVar[Mapping[str, tuple[str, ...]]] = {"military": ("apo", "fpo", "dpo"),
                                                      "po-box": ("box",)}

    def load(self) -> None:
        super().load()
        # the "street" pattern without the alternatives that a text cannot match
        # (see `patterns_for`); the same alternatives, in the same order, otherwise
        self._street = {
            skip: regex.compile(rf"{_START}(?<!\+)(?:"
                                + "|".join(a for i, a in enumerate(_STREET_ALTS) if i not in skip)
                                + rf"){_TAIL}", self.FLAGS)
            for skip in ((), (_PREFIXED_ALT,), (_GLUED_ALT,), (_PREFIXED_ALT, _GLUED_ALT))}
        self._street[()] = self._patterns[0][1]

    def patterns_for(self, text: str, without: Sequence[str] = ()
                     ) -> list[tuple[str, regex.Pattern, float]]:
        """Every pattern (less `without`); "named-prefix" only when the text can hold a
        street-type word written before the name; "street" without its prefixed and glued
        alternatives when no space + digit has a street-type ending right before it, or a
        street-type word within four spaces before it (each alternative needs one)."""
        space_digit = _ASCII_SPACE_DIGIT if text.isascii() else _SPACE_DIGIT
        cuts = [m.start() for m in space_digit.finditer(text)]
        prefix_word = _prefix_word_possible(text)
        skip: tuple[int, ...] = () if prefix_word and _prefixed_possible(text, cuts) \
            else (_PREFIXED_ALT,)
        if not any(_GLUED_END.match(text, q) for q in cuts):
            skip = (*skip, _GLUED_ALT)
        patterns = super().patterns_for(text, without if prefix_word
                                        else (*without, "named-prefix"))
        if not skip:
            return patterns
        name, _rx, score = patterns[0]
        return [(name, self._street[skip], score), *patterns[1:]]

    def find(self, text: str) -> list[tuple[int, int, float]]:
        out = []
        for start, end, score in super().find(text):
            value = text[start:end].rstrip()
            if not _ABBREV_END.search(value):  # keep the dot of "St." but not a full stop
                value = value.rstrip(",.;:")
            if not value:
                continue
            # an address block over several lines is an address even without context words
            if score < self.CONTEXT_SCORE and "\n" in value and any(c.isdigit() for c in value):
                score = self.CONTEXT_SCORE
            out.append((start, start + len(value), score))
        return out

    def validate(self, value: str) -> bool:
        return not (_DECADE.search(value) or _NOT_AN_ADDRESS.match(value)
                    or _A_DATE.fullmatch(value) or _STARTS_WITH_DATE.match(value))


_ABBREV_END = regex.compile(r"(?<![\p{L}])(?i:st|ave|rd|dr|blvd|ln|ct|str|ul|al|pl|av)\.$")
_DECADE = regex.compile(r"\d0s$")  # "Musicians Of The 70s"
_A_DATE = regex.compile(_DATE, regex.I)  # "9 June 1993" is a date, not "9 June" street
# "19 Feb- 15 Mar", "April 28": day and month
_STARTS_WITH_DATE = regex.compile(rf"^(?:\d{{1,2}}\s+{_MONTH}(?![\p{{L}}])|{_MONTH}\s+\d)",
                                  regex.I)
# "10 mg daily", "3 years ago": a number followed by a unit is not a house number
_NOT_AN_ADDRESS = regex.compile(r"^\d+\s(?i:mg|ml|mcg|g|kg|lb|lbs|years?|months?|weeks?|days?|"
                                r"hours?|minutes?|times|percent|units?|tablets?|pills?)\b")


# ---------------------------------------------------------------------------- person names

_TITLE = (r"(?:dr|mr|mrs|ms|mx|miss|prof|professor|doctor|nurse|sr|sra|herr|frau|mme|mlle|"
          r"monsieur|madame|sir|dame|rev|fr|sister|brother|captain|capt|judge|officer)\.?")
_NAME_WORD = r"\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?"
_PARTICLE = r"(?:van|von|der|den|de|da|del|della|di|du|le|la|al|el|bin|ibn|ter|ten|dos|das)"
_FULL_NAME = (rf"{_NAME_WORD}(?:\s(?:\p{{Lu}}\.?(?!\p{{L}})|{_PARTICLE}|{_NAME_WORD})){{0,3}}"
              rf"(?<!\s{_PARTICLE})")


class PersonContextRecognizer(ContextRecognizer):
    """Names introduced by context: "my name is", "Dr.", "Mr./Ms.", "Name:", "patient",
    signatures. The only PERSON source in regex mode besides the name lists."""

    ENTITY = "PERSON"
    FLAGS = 0
    PATTERNS = (
        ("title", rf"(?<!\p{{L}})(?i:{_TITLE})\s(?P<v>{_FULL_NAME})", 0.75),
        ("intro", rf"(?<!\p{{L}})(?i:my name is|my name's|name is|i am|i'm|this is|call me|"
                  rf"calls me|named|named (?:him|her|me)|called|signed|regards,|sincerely,|"
                  rf"thanks,|cheers,|"
                  rf"dear|hi|hello|hey|said|asked|told|speak (?:to|with)|talk (?:to|with)|"
                  rf"ask for|spoke (?:to|with)|married)\s+(?P<v>{_FULL_NAME})", 0.6),
        # a relation or role, then the name: "my wife Anna", "The recruiter, Mark, said"
        ("role", rf"(?<!\p{{L}})(?i:son|daughter|wife|husband|mother|father|sister|brother|partner|"
                 rf"fiancée?|friend|neighbou?r|colleague|cousin|aunt|uncle|grandson|"
                 rf"granddaughter|grandmother|grandfather|mum|mom|dad|boss|manager|supervisor|"
                 rf"recruiter|adjuster|attorney|lawyer|landlord|caseworker|counsel?lor|"
                 rf"therapist|surgeon|dentist|pharmacist|referee|reference|interviewer|"
                 rf"representative|agent|caregiver|carer|guardian|tenant|patient|client),?"
                 rf"\s+(?P<v>{_FULL_NAME})", 0.6),
        # "my name is ...", "her maiden name is ...", "his last name's ..." in lower case
        ("intro-lower", r"(?i:(?:my|her|his|their|your)\s(?:(?:maiden|last|first|family|middle|"
                        r"full|given|married|real)\s)?name(?:\sis|'s)|surname is)\s+"
                        r"(?P<v>\p{Ll}{2,}(?:\s(?!(?:and|but|or|so|is|was|who|from|in|at|on|of|"
                        r"to|with|the|not|if|because)(?!\p{L}))\p{Ll}{2,})?)(?=[\s.,!?]|$)", 0.5),
        ("label", rf"(?<!\p{{L}})(?i:name|full name|patient|patient name|claimant|candidate|"
                  rf"applicant|insured|policyholder|member|subscriber|contact|from|to|attn|cc|"
                  rf"emergency "
                  rf"contact|next of kin|guardian|caregiver|spouse|physician|provider|"
                  rf"referred by|seen by|referee|reference|witness|landlord|landlady|tenant|"
                  rf"adjuster|agent|driver|owner|employer|manager|supervisor|recruiter|"
                  rf"interviewer|attorney|lawyer|doctor|nurse|therapist|dentist|pharmacist|"
                  rf"prescriber|signed by|prepared by|approved by|author|sender|recipient|"
                  rf"beneficiary|dependent|dependant|mother|father|parent|son|daughter|wife|"
                  rf"husband|partner)\s?[:\-]\s?(?P<v>{_FULL_NAME})", 0.75),
        ("label-lower", r"(?i:name|full name|patient name)\s?:\s?(?P<v>\p{Ll}+(?:\s\p{Ll}+){1,2})"
                        r"(?=\s*$|\s*\n)", 0.6),
        # the subject of a verb only people take: "Sofie lives on", "Nikolaj spent a year at"
        ("subject", rf"(?<![\p{{L}}\p{{N}}])(?P<v>{_NAME_WORD}(?:\s{_NAME_WORD})?)\s(?i:lives|"
                    rf"lived|spent|is from|was born|had given|has given|gave|said|says|told|"
                    rf"asked|works|worked|studied|graduated|married|died|wants|needs|visited|"
                    rf"moved|was influenced|is influenced|calls|called me|emailed|texted|"
                    rf"phoned|wrote|signed|thinks|believes|feels|felt|smiled|laughed|"
                    rf"complained|applied|retired|resigned)\b", 0.5),
        # a transcript's speaker label: "Vinka: What a wife." (role words are in STOP)
        ("speaker", rf"(?m:^)[ \t]*(?P<v>{_NAME_WORD}(?:\s{_NAME_WORD})?):[ \t]+(?=\p{{L}})",
         0.5),
        # a name addressed at the start of a request: "Leif, can I please speak to..."
        ("vocative", rf"(?m:^)[ \t]*(?P<v>{_NAME_WORD}),\s(?i:can|could|would|will|please|"
                     rf"do|did|are|have|I|you|we|thanks|thank)\b", 0.5),
        # the maker of a work: "sung by Bonifacy Kaczmarek", "directed by Anna K. Berg"
        ("maker", rf"(?<!\p{{L}})(?i:by|starring|featuring|feat\.|ft\.|with)\s+"
                  rf"(?P<v>{_NAME_WORD}\s(?:\p{{Lu}}\.?\s)?{_NAME_WORD})(?!\s\p{{Lu}})", 0.5),
        # a two-word possessive: "Wisława Szczepańska's killers"
        ("possessive", rf"(?<!\p{{Lu}}[\p{{L}}\p{{M}}'’.]*\s|[\p{{L}}\p{{N}}])"
                       rf"(?P<v>{_NAME_WORD}\s(?:\p{{Lu}}\.?\s)?{_NAME_WORD})['’]s(?!\p{{L}})",
         0.5),
    )
    STOP = frozenset({
        "the", "a", "an", "and", "or", "not", "sure", "here", "there", "calling", "writing",
        "looking", "trying", "going", "fine", "good", "sorry", "unable", "able", "happy",
        "glad", "new", "just", "also", "still", "very", "so", "in", "on", "at", "with",
        "your", "you", "we", "they", "he", "she", "it", "i", "my", "our", "his", "her",
        "patient", "member", "customer", "user", "bot", "agent", "assistant", "support",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "phone", "email", "address", "date", "dob",
        "dr", "mr", "mrs", "ms", "miss", "prof", "no", "when", "if", "back", "again",
        "sir", "madam", "team", "everyone", "all", "doctor", "nurse", "mom", "dad",
        # labels and roles that head a line ("Phone: ...", "Agent: ...")
        "name", "mobile", "desk", "fax", "tel", "website", "web", "subject", "re", "note",
        "notes", "summary", "title", "answer", "question", "q", "caller", "client",
        "operator", "representative", "rep", "system", "human", "ai", "model", "speaker",
        "interviewer", "candidate", "claimant", "applicant", "adjuster", "physician",
        "provider", "pharmacist", "receptionist", "staff", "admin", "hi", "hello", "hey",
        "dear", "yes", "ok", "okay", "well", "thanks", "please", "warning", "error",
        "info", "personal", "status", "reason", "diagnosis", "medication", "medications",
        "allergies", "plan", "history", "result", "results", "time", "location", "policy",
        "claim", "total", "amount", "balance", "ps", "update", "important", "urgent", "tip",
        "step", "example", "source", "output", "input", "instructions", "context", "task",
        "contact", "contacts", "e-mail", "from", "to", "cc", "bcc", "sent", "attachment",
        "attachments", "company", "employer", "department", "role", "position", "signature",
        "reference", "ref", "id", "group", "office", "ward", "room", "unit", "site", "clinic",
        "hospital", "pharmacy", "insurer", "insurance",
    })
    CAPITAL_AT: ClassVar[Mapping[str, str]] = dict.fromkeys(
        ("title", "intro", "role", "label", "maker"), "(?P<v>")  # each name starts capitalised
    ASCII_TWINS = frozenset({"vocative"})
    NEEDS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "intro-lower": ("name",), "label-lower": ("name",), "possessive": ("'s",)}

    def validate(self, value: str) -> bool:
        first = _APOSTROPHE.split(value.split()[0].lower().strip("."))[0]
        return first not in self.STOP and not all(is_role_word(w) for w in value.split())

    def find(self, text: str) -> list[tuple[int, int, float]]:
        firsts = name_lists()[0]
        out = []
        lasts = name_lists()[1]
        for s, e, sc in super().find(text):
            value = text[s:e]
            words = [fold(w.strip(".,'’")) for w in value.split()]
            if is_label(text, s, e) or (len(words) > 1 and (
                    (any(w in _ORG_WORDS for w in words[1:]) and words[0] not in firsts)
                    or words[0] in _PLACE_PREFIX or words[0] in _COMMON_ADJECTIVES)):
                continue  # "Billing:", "by Lucas Oil Stadium", "St Mary's"
            # "insured with Blue Cross", "handled by State Farm": after a plain "by"/"with"
            # two capitalised words are a name only with a listed name, an initial or
            # letters beyond ASCII; after "written/directed/sung by" they always are
            if _PLAIN_BY.search(text[max(0, s - 40):s]) and not (
                    any(w in firsts or w in lasts for w in words)
                    or regex.search(r"\s\p{Lu}\.?\s", value) or not value.isascii()):
                continue
            out.append((s, e, sc))
        return out


_PLAIN_BY = regex.compile(
    r"(?<!(?i:written|directed|sung|composed|painted|performed|produced|arranged|illustrated|"
    r"edited|narrated|translated|signed|prepared|reviewed|approved|referred|seen|examined|"
    r"speak|spoke|talk|talked|met|meet|meeting|speaking|talking)\s)"
    r"(?<![\p{L}])(?i:by|with|starring|featuring|feat\.|ft\.)\s+$")

#: Kinship, role and relation words: "Mom", "Aunt", "Grandpa", "Landlord" alone are not names
_ROLE_WORDS = frozenset("""mom mum mommy mummy mother mama mamma ma dad daddy father papa pa
aunt auntie aunty uncle grandma granny grandmother grandpa grandad granddad grandfather nana
nan gran grandson granddaughter son daughter brother sister sis bro wife husband spouse partner
fiance fiancee cousin nephew niece stepmom stepdad stepmother stepfather stepson stepdaughter
baby kid kids child children boyfriend girlfriend hubby honey darling sweetie babe friend
buddy neighbor neighbour boss manager supervisor landlord landlady tenant roommate flatmate
witness witnesses doctor nurse surgeon therapist dentist pharmacist physician caregiver carer
guardian attorney lawyer counsel adjuster agent broker recruiter interviewer reference
references referee referees employer employee coworker colleague teacher coach pastor priest
officer sheriff judge clerk cashier driver owner buyer seller vendor landowner insured
claimant applicant candidate patient member subscriber beneficiary dependent dependant
policyholder defendant plaintiff respondent petitioner sender recipient reviewer approver
author editor customer client caller user admin host guest visitor resident student
parent parents relative relatives sibling siblings family folks""".split())
#: Words that head a line as a label ("Billing:", "Notes:", "Allergies:")
_LABEL_WORDS = frozenset("""billing shipping delivery payment invoice receipt account accounts
address addresses phone email mail fax mobile cell home work office business contact contacts
name names date dates time dob birthday age gender sex height weight diagnosis diagnoses
symptoms symptom medications medication meds allergies allergy history notes note comments
comment remarks summary subject topic re regarding description details detail reason reasons
status outcome result results findings assessment plan treatment procedure procedures
prescription prescriptions dosage dose instructions directions attachments attachment
enclosure enclosures experience education skills skill languages qualifications
certifications objective profile interests hobbies availability salary location department
position title role employer company school university degree major references
reference insurance coverage policy claim claims incident accident damage damages loss
estimate total amount balance deductible copay premium vehicle property witness
witnesses evidence statement question questions answer answers update updates warning
caution important urgent action actions next step steps todo priority category type source
signature signed approved reviewed submitted received sent from to cc bcc attn ps
emergency pharmacy provider physician doctor nurse referral appointment visit admission
discharge followup follow-up vitals labs imaging""".split())
_LABEL_SUFFIX = regex.compile(r"(?:ing|ings|ment|ments|tion|tions|sion|sions|ness|ity|ities|"
                              r"ance|ances|ence|ences|ship|ships|ure|ures|ist|ists|ant|ants|"
                              r"ery|ory|ies|age|ages|ics|ioner|ioners|ator|ators|ntor|ntors|"
                              r"ee|ees|ary|aries)$")
_GERMAN_SUFFIX = regex.compile(r"(?:ung|ungen|heit|keit|schaft|nummer|versicherung|kasse)$")
_GERMAN_NOUN = regex.compile(r"(?:ung|ungen|heit|keit|schaft|chen|lein|tät|nis|ismus|ium|"
                             r"lich|isch|ierung)$|[äöüß]")


def is_role_word(word: str) -> bool:
    """A kinship or role word ("Mom", "Aunt", "Landlord")."""
    return fold(word.strip(".,:;'’")) in _ROLE_WORDS


def is_label(text: str, start: int, end: int) -> bool:
    """A single word followed by a colon that is a label, a role or an ordinary noun shape
    ("Witness:", "Billing:", "References:"), not a speaker's name."""
    value = text[start:end]
    if " " in value.strip() or not regex.match(r"\s*:", text[end:end + 3]):
        return False
    low = fold(value.strip())
    firsts, lasts, _ambiguous = name_lists()
    if low in firsts or low in lasts:
        return low in _ROLE_WORDS or low in _LABEL_WORDS
    return low in _ROLE_WORDS or low in _LABEL_WORDS or bool(_LABEL_SUFFIX.search(low)) or \
        len(low) > 12


_APOSTROPHE = regex.compile(r"['’]")
_WORD = regex.compile(r"[\p{L}\p{M}'’.-]+")
_FOLD = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ð": "d",
                       "þ": "th", "ı": "i", "œ": "oe"})


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lowercase, without diacritics: the form names are compared in."""
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def name_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(first names, surnames, ambiguous first names) from the committed lists, lowercased."""
    base = resources.files("confide") / "data" / "pii"

    def read(fname: str) -> frozenset[str]:
        words: set[str] = set()
        for line in (base / fname).read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                words.update(fold(w) for w in line.split())
        return frozenset(words)

    return read("first_names.txt"), read("surnames.txt"), read("ambiguous_names.txt")


_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*|\S")
_ASCII_TOKEN = ascii_twin(_TOKEN.pattern, 0) or _TOKEN  # `_TOKEN` on ASCII text, faster

#: Words that make a capitalised phrase an organisation, a venue or an event, not a person
_ORG_WORDS = frozenset("""inc inc. ltd ltd. llc plc corp corp. corporation incorporated company
co co. group partners holdings investments bank university college school hospital clinic
orchestra band foundation institute agency associates solutions systems technologies services
consulting media records studios press stadium arena field memorial olympics games cup league
championship tournament cowboys rams chargers giants club fc united city county state airport
station hotel museum theatre theater centre center hall church cathedral bridge river lake
mountain island valley beach park street road avenue boulevard oil motors airlines
foods pharma pharmaceuticals health healthcare insurance trust fund capital permanente medicare
medicaid advantage farm mutual allstate geico nationwide tricare humana aetna cigna anthem
assurance""".split())
#: Words before a given name that make it part of a place name ("San Diego", "Los Angeles")
_PLACE_PREFIX = frozenset("""san santa santo são sao los las el la st st. saint sainte new port
fort mount lake north south east west upper lower""".split())


@cache
def _common_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | _ORG_WORDS | _PLACE_PREFIX | _ROLE_WORDS | _LABEL_WORDS | \
        PersonContextRecognizer.STOP | _COMMON_ADJECTIVES


#: Capitalised words that open company and brand names more often than given names
_COMMON_ADJECTIVES = frozenset("""blue red green black white golden silver gold royal grand great
big little old general national american united first central western eastern northern
southern pacific atlantic global international federal liberty independence union state city
county public private standard premier prime""".split())


def _not_a_first_name(low: str) -> bool:
    """A word that does not open a name: a function word, label, role or place prefix."""
    return low in _common_words() or bool(_LABEL_SUFFIX.search(low))


class NameListRecognizer(FindingRecognizer):
    """Names made of a listed first name, optional initial, and a surname-like word; or a
    listed first name and listed surname in any case ("naomi ryan")."""

    ENTITY = "PERSON"

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], name="NameListRecognizer",
                         supported_language="en", context=[])

    def load(self) -> None:
        pass

    def find(self, text: str) -> list[tuple[int, int, float]]:
        firsts, lasts, ambiguous = name_lists()
        tokens = (_ASCII_TOKEN if text.isascii() else _TOKEN).finditer(text)
        toks = [(m.group(), m.start(), m.end()) for m in tokens]
        out: list[tuple[int, int, float]] = []
        i = 0
        while i < len(toks):
            word, s, e = toks[i]
            low = fold(word)
            cap = word[:1].isupper()
            if low in firsts and (cap or low not in ambiguous) and \
                    not (i and fold(toks[i - 1][0]) in _PLACE_PREFIX):
                j = i + 1
                end = e
                # optional middle initial ("Katie E Miles", "Ken N. Fukuda")
                if j < len(toks) and len(toks[j][0]) == 1 and toks[j][0].isupper() and \
                        toks[j][1] == end + 1:
                    end_i = toks[j][2]
                    if j + 1 < len(toks) and toks[j + 1][0] == "." and toks[j + 1][1] == end_i:
                        end_i = toks[j + 1][2]
                        j += 1
                    j += 1
                    end = end_i
                surname = None
                if j < len(toks) and toks[j][1] - end in (1,) and toks[j][0][:1].isalpha():
                    nxt = toks[j][0]
                    if (cap and nxt[:1].isupper() and len(nxt) > 1) or fold(nxt) in lasts:
                        surname = toks[j]
                if surname is not None and fold(surname[0]) in _ORG_WORDS:
                    i = j + 1  # "Randall Stadium", "Lucas Oil": not a person
                    continue
                if surname is not None and (cap or fold(surname[0]) in lasts):
                    out.append((s, surname[2], 0.7 if low not in ambiguous else 0.5))
                    i = j + 1
                    continue
                if low not in ambiguous and len(low) > 2:
                    out.append((s, e, 0.5))
            elif cap and word[1:].islower() and len(low) > 2 and i + 1 < len(toks) and \
                    toks[i + 1][1] == e + 1 and toks[i + 1][0][:1].isupper() and \
                    fold(toks[i + 1][0]) in lasts and fold(toks[i + 1][0]) not in ambiguous \
                    and fold(toks[i + 1][0]) not in _ORG_WORDS and not _not_a_first_name(low) \
                    and fold(toks[i + 1][0]) not in ("day", "eve", "week") \
                    and not (i and toks[i - 1][0][:1].isupper()) \
                    and not (i + 2 < len(toks) and toks[i + 2][0][:1].isupper()
                             and toks[i + 2][1] == toks[i + 1][2] + 1):
                # an unlisted given name before a listed surname: "Caitlyn Schulz"
                out.append((s, toks[i + 1][2], 0.5))
                i += 2
                continue
            i += 1
        return out



def confide_recognizers() -> list[EntityRecognizer]:
    """Every Confide recognizer (no NLP model needed)."""
    return [PaymentCardRecognizer(), SsnRecognizer(), NpiRecognizer(),
            MedicalRecordNumberRecognizer(), HealthPlanIdRecognizer(), PolicyNumberRecognizer(),
            ClaimNumberRecognizer(),
            UsDriverLicenseRecognizer(), PhoneNumberRecognizer(), DateOfBirthRecognizer(),
            StreetAddressRecognizer(), PersonContextRecognizer(), NameListRecognizer()]


# ---------------------------------------------------------------------------- email


class EmailFromAtRecognizer(EmailRecognizer):
    """Presidio's email recognizer, run on the text from the last space before the first
    "@": no address starts earlier, and the pattern is slow on text before an "@"."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        at = text.find("@")
        if at < 0:
            return []
        # an address holds no whitespace, and a cut right after whitespace keeps every word
        # boundary the pattern tests where it was
        cut = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at), text.rfind("\t", 0, at)) + 1
        results = super().analyze(text[cut:], entities, nlp_artifacts, regex_flags)
        for r in results:
            r.start += cut
            r.end += cut
        return results


# ---------------------------------------------------------------------------- IBAN


class AnyCaseIbanRecognizer(IbanRecognizer):
    """Presidio's IBAN recognizer (checksum-validated), also for IBANs typed in lower case."""

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts)
        upper = text.upper()
        if upper != text and len(upper) == len(text):  # same offsets
            seen = {(r.start, r.end) for r in results}
            results += [r for r in super().analyze(upper, entities, nlp_artifacts)
                        if (r.start, r.end) not in seen]
        return results


# ---------------------------------------------------------------------------- NER names



# an unknown single word right after these is more often a place or a company than a person
_PLACE_BEFORE = regex.compile(r"(?i:\b(?:in|at|from|for|near|into|across|around|visiting|"
                              r"visited|towards?|the|a|an|this|that|our|their|of)\s+)$")


# ... or right after another capitalised word the NER left out ("Cautionary Tales")
_CAPITAL_BEFORE = regex.compile(r"(?<![.!?:]\s|^)(?<=\p{L}\s|^)\p{Lu}[\p{Ll}\p{M}]+\s$")


def looks_english(text: str) -> bool:
    """False when the text has more German, French or Spanish function words than English
    ones (at least two); text with neither (address blocks, lists) counts as English."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = _LATIN_WORD.findall(text.lower())
    other = sum(w in _OTHER_FUNCTION_WORDS for w in words)
    return other == 0 or sum(w in STOP_WORDS for w in words) > other


_LATIN_WORD = regex.compile(r"[\p{Ll}']+")
_PARTICLE_RX = regex.compile(_PARTICLE)
_SENTENCE_START = regex.compile(r"(?:^|[.!?:\n]\s*|^\s+)$")
_OTHER_FUNCTION_WORDS = frozenset("""der die das und ist nicht ich sie wir ihr ein eine einen mit
für auf zu den dem des von wie was kann können welche welcher warum wer wo bitte mein meine
sind oder auch noch sehr gibt es im vom zum zur seit bei nach aus bis über unter
habe haben wird werden war mir mich dich ihm uns kein keine nur schon heute ja nein le la les
et est je vous nous une des du pour avec pas dans
sur qui que il elle ce cette mais el los las y es yo una para con por del muy pero como está
son""".split())


#: Street-type words, spelt out (an abbreviation such as "Dr" or "St" is also a title)
_STREET_WORD = regex.compile(r"(?:street|avenue|road|boulevard|lane|drive|court|place|square|"
                             r"terrace|parkway|highway|circle|trail|crescent|alley|plaza|"
                             r"expressway|freeway|turnpike|causeway|bridge|cliff|gardens)s?")


class PersonNerRecognizer(SpacyRecognizer):
    """spaCy NER PERSON spans, scored by evidence: a span with a listed first name or surname
    scores 0.85, an unknown multi-word name 0.6, an unknown single capitalised word 0.5
    (dropped after "in/at/from/the..."); organisation-like spans and pronouns are dropped, and
    so are unknown names in text that is clearly not English. Also passes LOCATION, DATE_TIME
    and NRP through when asked for."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON", "LOCATION", "DATE_TIME", "NRP"])

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        firsts, lasts, _ambiguous = name_lists()
        out = []
        english: bool | None = None
        for r in super().analyze(text, entities, nlp_artifacts):
            if r.entity_type != "PERSON":
                out.append(r)
                continue
            # "Aunt Mary" is Mary; "Mom", "my aunt", "Witness:" are no names
            while r.end > r.start and is_role_word(text[r.start:r.end].split()[0]) and \
                    len(text[r.start:r.end].split()) > 1:
                first = text[r.start:r.end].split()[0]
                r.start = text.index(first, r.start) + len(first)
                r.start += len(text[r.start:r.end]) - len(text[r.start:r.end].lstrip())
            if "\n" in text[r.start:r.end]:  # a name does not run over a line break
                r.end = r.start + text[r.start:r.end].index("\n")
            words = _WORD.findall(text[r.start:r.end])
            folded = [fold(w.strip(".'’")) for w in words]
            if not folded or any(w in _ORG_WORDS for w in folded) or \
                    _APOSTROPHE.split(folded[0])[0] in PersonContextRecognizer.STOP or \
                    all(w in _ROLE_WORDS for w in folded) or is_label(text, r.start, r.end):
                continue
            if len(words) == 1 and not (folded[0] in firsts or folded[0] in lasts) and (
                    len(words[0]) >= 16 or _GERMAN_SUFFIX.search(words[0].lower()) or (
                        _SENTENCE_START.search(text[max(0, r.start - 3):r.start])
                        and _GERMAN_NOUN.search(words[0].lower()))):
                continue  # a (German) compound or noun, not a name
            known = any(w in firsts or w in lasts for w in folded)
            if not known and len(folded) > 1 and _STREET_WORD.fullmatch(folded[-1]):
                continue  # "Kishiev Squares", "Waechter Turnpike": a street, not a person
            if not known and all(is_dictionary_word(w) or is_drug_name(w) or w in _ROLE_WORDS
                                 or w in _LABEL_WORDS or w in PersonContextRecognizer.STOP
                                 for w in folded):
                continue  # "Nights", "Claims Department", "Ondansetron": ordinary words
            if english is None:
                english = looks_english(text)
            if known:
                r.score = 0.85
            elif not english:
                continue  # an English NER on German or French tags capitalised nouns as names
            elif len(words) >= 2:
                if any(w[:1].islower() and not _PARTICLE_RX.fullmatch(w) for w in words):
                    continue  # "Rechnung kommt morgen": a phrase, not a name
                r.score = 0.6
            elif words[0][:1].isupper() and not words[0].isupper() and \
                    not _PLACE_BEFORE.search(text[max(0, r.start - 16):r.start]) and \
                    not _CAPITAL_BEFORE.search(text[max(0, r.start - 30):r.start]):
                r.score = 0.5
            else:
                continue
            out.append(r)
        return out
