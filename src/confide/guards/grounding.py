"""Grounding: factual claims in an answer must be supported by the conversation or knowledge.

Claims are numbers with units (doses, volumes, money, percentages, durations), dosing
frequencies, dates, weekdays, clock times, phone numbers and other long numbers, drug names
(from the committed list in `confide/data/grounding/drugs.json`) and titled or multi-word
proper names. Each claim is reduced to canonical keys ("10mg" and "10 mg" and "0.01 g"
are one key; "twice daily", "2x daily" and "BID" are one key; "5 March 2024", "2024-03-05"
and "03/05/2024" share one key) and is supported when the same key occurs in `ctx.context`
(and, optionally, the system prompt). Pseudonym placeholders such as `<PERSON_1>` are not
claims. No context means no check, unless `require_context=True`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from confide.guards.base import GuardContext
from confide.spans import SpanSet
from confide.verdict import Action, Entity, Verdict

REASON = "output.ungrounded"
ENTITY_TYPE = "UNGROUNDED_CLAIM"

Key = tuple[object, ...]

_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1,
              "half": 0.5, "single": 1}
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_NUMW = r"(?:" + _NUM + r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half)"

# unit spelling -> (dimension, factor to the dimension's base unit)
_UNITS: dict[str, tuple[str, float]] = {
    "mcg": ("mass", 0.001), "µg": ("mass", 0.001), "ug": ("mass", 0.001),
    "microgram": ("mass", 0.001), "micrograms": ("mass", 0.001),
    "mg": ("mass", 1.0), "milligram": ("mass", 1.0), "milligrams": ("mass", 1.0),
    "g": ("mass", 1000.0), "gram": ("mass", 1000.0), "grams": ("mass", 1000.0),
    "kg": ("weight", 1.0), "kilogram": ("weight", 1.0), "kilograms": ("weight", 1.0),
    "lb": ("weight", 0.45359), "lbs": ("weight", 0.45359), "pounds": ("weight", 0.45359),
    "ml": ("volume", 1.0), "millilitre": ("volume", 1.0), "milliliter": ("volume", 1.0),
    "millilitres": ("volume", 1.0), "milliliters": ("volume", 1.0), "cc": ("volume", 1.0),
    "l": ("volume", 1000.0), "litre": ("volume", 1000.0), "liter": ("volume", 1000.0),
    "litres": ("volume", 1000.0), "liters": ("volume", 1000.0),
    "tsp": ("volume", 5.0), "teaspoon": ("volume", 5.0), "teaspoons": ("volume", 5.0),
    "tbsp": ("volume", 15.0), "tablespoon": ("volume", 15.0), "tablespoons": ("volume", 15.0),
    "units": ("units", 1.0), "unit": ("units", 1.0), "iu": ("units", 1.0),
    "tablet": ("dose", 1.0), "tablets": ("dose", 1.0), "tabs": ("dose", 1.0),
    "pill": ("dose", 1.0), "pills": ("dose", 1.0), "capsule": ("dose", 1.0),
    "capsules": ("dose", 1.0), "caps": ("dose", 1.0), "puffs": ("dose", 1.0),
    "puff": ("dose", 1.0), "drops": ("dose", 1.0), "drop": ("dose", 1.0),
    "doses": ("dose", 1.0), "dose": ("dose", 1.0), "injections": ("dose", 1.0),
    "seconds": ("time", 1 / 3600), "minute": ("time", 1 / 60), "minutes": ("time", 1 / 60),
    "mins": ("time", 1 / 60), "min": ("time", 1 / 60),
    "hour": ("time", 1.0), "hours": ("time", 1.0), "hrs": ("time", 1.0), "hr": ("time", 1.0),
    "h": ("time", 1.0), "day": ("time", 24.0), "days": ("time", 24.0),
    "week": ("time", 168.0), "weeks": ("time", 168.0), "month": ("month", 1.0),
    "months": ("month", 1.0), "year": ("month", 12.0), "years": ("month", 12.0),
    "mmhg": ("pressure", 1.0), "bpm": ("rate", 1.0), "mmol/l": ("conc", 1.0),
    "mg/dl": ("mgdl", 1.0), "°f": ("tempf", 1.0), "°c": ("tempc", 1.0),
    "miles": ("distance", 1.609), "km": ("distance", 1.0),
}
_UNIT_ALT = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split())}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH_ALT = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FREQ_ABBR = {"qd": 1, "od": 1, "bid": 2, "bd": 2, "tid": 3, "tds": 3, "qid": 4, "qds": 4,
              "qhs": 1, "qam": 1, "qpm": 1}
_FREQ_WORD = {"once": 1, "twice": 2, "thrice": 3}
_PER = {"day": 1.0, "daily": 1.0, "night": 1.0, "nightly": 1.0, "week": 1 / 7,
        "weekly": 1 / 7, "month": 1 / 30, "monthly": 1 / 30, "hour": 24.0}
_TITLES = r"(?:Dr|Doctor|Mr|Mrs|Ms|Mx|Miss|Nurse|Prof|Professor|Sister)"
_COMMON_CAPS = frozenset(
    {"i", "the", "a", "an", "if", "please", "you", "your", "we", "our", "it", "this", "that",
     "for", "and", "or", "but", "in", "on", "at", "to", "of", "my", "yes", "no", "ok", "okay",
     "hello", "hi", "thanks", "thank", "dear", "note", "also", "however", "unfortunately"}
    | set(_WEEKDAYS) | set(_MONTHS))

_FLAGS = re.IGNORECASE
_P = {
    "freq_abbr": re.compile(r"\b(?:" + "|".join(_FREQ_ABBR) + r")\b", _FLAGS),
    "freq_every": re.compile(r"\bevery\s+(" + _NUMW + r")\s*(?:-|to)?\s*(?:" + _NUM +
                             r")?\s*(hours?|hrs?|h|days?|weeks?)\b", _FLAGS),
    "freq_words": re.compile(r"\b(once|twice|thrice|(" + _NUMW + r")\s*(?:x|times?))\s*"
                             r"(?:a|an|per|each|every|/)?\s*(day|daily|night|nightly|week|"
                             r"weekly|month|monthly|hour)\b", _FLAGS),
    "freq_q": re.compile(r"\bq\s?(\d{1,2})\s?h\b", _FLAGS),
    "money": re.compile(r"(?:[$£€]\s?(" + _NUM + r")(?:\s?(k|m|million|thousand))?"
                        r"|\b(" + _NUM + r")\s?(?:usd|dollars|gbp|eur|euros|pounds sterling)\b)",
                        _FLAGS),
    "percent": re.compile(r"(?<![\w.])(" + _NUM + r")\s?(?:%|percent\b|per cent\b)", _FLAGS),
    "quantity": re.compile(r"(?<![\w.])(" + _NUMW + r")(?:\s?(?:-|to)\s?(" + _NUM + r"))?"
                           r"\s?(" + _UNIT_ALT + r")(?![\w/])", _FLAGS),
    "date_iso": re.compile(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b"),
    "date_num": re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b"),
    "date_mdy": re.compile(r"\b(" + _MONTH_ALT + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b"
                           r"(?:,?\s+(\d{4}))?", _FLAGS),
    "date_dmy": re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(" + _MONTH_ALT + r")"
                           r"(?:,?\s+(\d{4}))?\b", _FLAGS),
    "weekday": re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")s?\b", _FLAGS),
    "time": re.compile(r"(?<![\d:])(\d{1,2})(?::([0-5]\d))?\s?([ap])(?:\.\s?m\.|\s?m\b)|"
                       r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])|\b(noon|midday|midnight)\b",
                       _FLAGS),
    "phone": re.compile(r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)|\d{2,5})"
                        r"(?:[\s.-]?\d{2,4}){2,4}(?![\w])"),
    "title_name": re.compile(r"\b" + _TITLES +
                             r"\.?\s+([A-Z][a-zA-Z'\-]+(?:\s+[A-Z][a-zA-Z'\-]+)?)"),
    "proper": re.compile(r"(?<![.!?:\n]\s)(?<!^)(?<=\s)([A-Z][a-zA-Z'\-]+(?:\s+(?:of\s+|the\s+)?"
                         r"[A-Z][a-zA-Z'\-]+)+)"),
    "number": re.compile(r"(?<![\w.,])(" + _NUM + r")(?![\w]|[.,]\d)"),
}
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*_\d+>|\[REDACTED_[A-Z_]+\]|\[(?:image|link) removed\]")
_WS = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Claim:
    """A checkable statement in a text: its kind, span and canonical keys."""

    kind: str
    start: int
    end: int
    keys: frozenset[Key]


@lru_cache(maxsize=1)
def drug_lexicon() -> tuple[dict[str, str], int]:
    """Spelling (lower case, single-spaced) -> generic name, and the longest spelling in words."""
    raw = json.loads(resources.files("confide").joinpath("data/grounding/drugs.json")
                     .read_text(encoding="utf-8"))
    spelling: dict[str, str] = {}
    for generic, brands in raw["drugs"].items():
        for name in (generic, *brands):
            spelling[" ".join(name.lower().split())] = generic
    return spelling, max(len(k.split()) for k in spelling)


_DRUG_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")


@lru_cache(maxsize=1)
def _drug_prefixes() -> frozenset[str]:
    """Every leading run of whole words of every spelling (each spelling included)."""
    spelling, _ = drug_lexicon()
    out: set[str] = set()
    for key in spelling:
        words = key.split(" ")
        out.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    return frozenset(out)


def _drug_mentions(t: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, generic) of each drug name in `t`, longest spelling first."""
    spelling, longest = drug_lexicon()
    prefixes = _drug_prefixes()
    words = list(_DRUG_WORD.finditer(t))
    i, count = 0, len(words)
    while i < count:
        # extend word by word while the words (space-separated) still begin a spelling
        best, best_key, key = 0, "", ""
        for n in range(1, min(longest, count - i) + 1):
            w = words[i + n - 1]
            if n > 1:
                if not t[words[i + n - 2].end():w.start()].isspace():
                    break
                key = f"{key} {w.group().lower()}"
            else:
                key = w.group().lower()
            if key not in prefixes:
                break
            if key in spelling:
                best, best_key = n, key
        if best:
            yield words[i].start(), words[i + best - 1].end(), spelling[best_key]
            i += best
        else:
            i += 1


def _num(s: str) -> float:
    s = s.lower().replace(",", "")
    return float(_NUM_WORDS[s]) if s in _NUM_WORDS else float(s)


def _r(x: float) -> float:
    return round(x, 4)


def _date_keys(y: int | None, m: int, d: int) -> set[Key]:
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return set()
    if y is not None and y < 100:
        y += 2000
    return {("date", y, m, d)} if y is not None else {("md", m, d)}


def extract_claims(text: str) -> list[Claim]:
    """Claims in `text`, earliest first; overlapping matches keep the more specific kind."""
    masked = _PLACEHOLDER.sub(lambda m: " " * len(m.group()), text)
    found: list[Claim] = []
    taken = SpanSet(len(masked))

    def add(kind: str, start: int, end: int, keys: Iterable[Key]) -> None:
        ks = frozenset(keys)
        if not ks or end <= start or not taken.free(start, end):
            return
        taken.add(start, end)
        found.append(Claim(kind, start, end, ks))

    for kind, start, end, keys in _iter_candidates(masked):
        add(kind, start, end, keys)
    found.sort(key=lambda c: c.start)
    return found


def _iter_candidates(t: str) -> Iterator[tuple[str, int, int, set[Key]]]:
    # the order is precedence: more specific kinds first
    for m in _P["date_iso"].finditer(t):
        yield "date", *m.span(), _date_keys(int(m[1]), int(m[2]), int(m[3]))
    for m in _P["date_num"].finditer(t):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        yield "date", *m.span(), _date_keys(y, a, b) | _date_keys(y, b, a)
    for m in _P["date_mdy"].finditer(t):
        yield "date", *m.span(), _date_keys(int(m[3]) if m[3] else None,
                                            _MONTHS[m[1].lower().rstrip(".")], int(m[2]))
    for m in _P["date_dmy"].finditer(t):
        yield "date", *m.span(), _date_keys(int(m[3]) if m[3] else None,
                                            _MONTHS[m[2].lower().rstrip(".")], int(m[1]))
    for m in _P["time"].finditer(t):
        if m[6]:
            minutes = 0 if m[6].lower() == "midnight" else 720
        elif m[3]:
            h = int(m[1]) % 12 + (12 if m[3].lower() == "p" else 0)
            minutes = h * 60 + int(m[2] or 0)
            if int(m[1]) > 12:
                continue
        else:
            minutes = int(m[4]) * 60 + int(m[5])
        yield "time", *m.span(), {("time", minutes)}
    for m in _P["freq_every"].finditer(t):
        hours = _num(m[1]) * _UNITS[m[2].lower()][1]
        if hours > 0:
            yield "frequency", *m.span(), {("freq", _r(24 / hours))}
    for m in _P["freq_words"].finditer(t):
        n = _FREQ_WORD.get(m[1].lower()) or _num(m[2])
        yield "frequency", *m.span(), {("freq", _r(n * _PER[m[3].lower()]))}
    for m in _P["freq_q"].finditer(t):
        if int(m[1]) > 0:
            yield "frequency", *m.span(), {("freq", _r(24 / int(m[1])))}
    for m in _P["freq_abbr"].finditer(t):
        if m.group().isupper() or m.group().lower() in ("bid", "tid", "qid"):
            yield "frequency", *m.span(), {("freq", float(_FREQ_ABBR[m.group().lower()]))}
    for m in _P["money"].finditer(t):
        raw = m[1] or m[3]
        mult = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6}.get((m[2] or "").lower(), 1)
        yield "money", *m.span(), {("money", _r(_num(raw) * mult))}
    for m in _P["percent"].finditer(t):
        yield "percent", *m.span(), {("pct", _r(_num(m[1])))}
    for m in _P["quantity"].finditer(t):
        dim, factor = _UNITS[m[3].lower()]
        keys = {("qty", dim, _r(_num(m[1]) * factor))}
        if m[2]:
            keys = {("qtyr", dim, _r(_num(m[1]) * factor), _r(_num(m[2]) * factor))}
        yield "dosage" if dim in ("mass", "volume", "units", "dose") else "quantity", \
            *m.span(), keys
    for start, end, generic in _drug_mentions(t):
        yield "drug", start, end, {("drug", generic)}
    for m in _P["phone"].finditer(t):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) >= 7:
            yield "phone", *m.span(), {("digits", digits[-10:])}
    for m in _P["weekday"].finditer(t):
        yield "weekday", *m.span(), {("weekday", m[1].lower())}
    for m in _P["title_name"].finditer(t):
        yield "name", *m.span(), {("name", m[1].split()[-1].lower())}
    for m in _P["proper"].finditer(t):
        words = m[1].split()
        if all(w.lower() in _COMMON_CAPS for w in words):
            continue
        yield "entity", *m.span(), {("text", _norm_text(m[1]))}
    for m in _P["number"].finditer(t):
        raw = m[1]
        if len(raw.replace(",", "").replace(".", "")) < 2 and "." not in raw:
            continue  # single digits: list numbering, counts; too generic to check
        yield "number", *m.span(), {("num", _r(_num(raw)))}


def _norm_text(s: str) -> str:
    return _WS.sub(" ", s).strip().casefold()


def _support_keys(claims: Iterable[Claim]) -> set[Key]:
    keys: set[Key] = set()
    for c in claims:
        for k in c.keys:
            keys.add(k)
            if k[0] == "date":
                keys.add(("md_of", k[2], k[3]))
                keys.add(("num", float(k[1])))
            elif k[0] == "md":
                keys.add(("md_any", k[1], k[2]))
            elif k[0] in ("qty", "money", "pct"):
                keys.add(("num", k[-1]))
            elif k[0] == "qtyr":
                keys.update({("qty", k[1], k[2]), ("qty", k[1], k[3])})
            elif k[0] == "digits":
                keys.add(("num", float(k[1])))
    return keys


def _supported(claim: Claim, keys: set[Key], text: str, compact: str, surface: str) -> bool:
    for k in claim.keys:
        if k in keys:
            return True
        if k[0] == "date" and ("md_any", k[2], k[3]) in keys:
            return True  # the context gave the day without a year
        if k[0] == "md" and ("md_of", k[1], k[2]) in keys:
            return True
        if k[0] == "name" and re.search(r"\b" + re.escape(str(k[1])) + r"\b", text):
            return True
        if k[0] == "text" and str(k[1]) in text:
            return True
        if k[0] == "digits" and str(k[1]) in compact:
            return True
    squeezed = re.sub(r"[\s,]", "", surface.casefold())
    return len(squeezed) >= 2 and squeezed in compact


class GroundingGuard:
    """Flags numbers, dates, doses, drugs and names in an answer that the context lacks."""

    name = "grounding"
    version = "1.0.0"

    def __init__(self, *, action: Action | str = Action.ALLOW, require_context: bool = False,
                 use_system_prompt: bool = True, min_unsupported_share: float = 0.0) -> None:
        self.action = Action(action)
        self.require_context = require_context
        self.use_system_prompt = use_system_prompt
        self.min_unsupported_share = min_unsupported_share

    def check(self, text: str, ctx: GuardContext) -> Verdict:
        """Mark each claim of `text` that `ctx.context` does not support."""
        detectors = {self.name: self.version}
        sources = [c for c in ctx.context if c and c.strip()]
        if not sources and not self.require_context:
            return Verdict(detectors=detectors)
        claims = extract_claims(text)
        if not claims:
            return Verdict(scores={self.name: 0.0}, detectors=detectors)
        if self.use_system_prompt and ctx.system_prompt and sources:
            sources.append(ctx.system_prompt)
        joined = "\n".join(sources)
        keys = _support_keys(extract_claims(joined))
        norm = _norm_text(joined)
        compact = re.sub(r"[\s,]", "", norm)
        unsupported = [c for c in claims
                       if not _supported(c, keys, norm, compact, text[c.start:c.end])]
        share = len(unsupported) / len(claims)
        if not unsupported or share < self.min_unsupported_share:
            return Verdict(scores={self.name: share}, detectors=detectors)
        kinds = sorted({c.kind for c in unsupported})
        entities = tuple(Entity(ENTITY_TYPE, c.start, c.end, 1.0, self.name)
                         for c in unsupported)
        return Verdict(action=self.action, reasons=(REASON, *(f"{REASON}.{k}" for k in kinds)),
                       scores={self.name: share}, entities=entities, detectors=detectors)
