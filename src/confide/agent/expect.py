"""Parsers for the `expect` kinds of the flow engine: yes_no, number, date, choice, text.

Each parser reads one user message (already pseudonymised: identifiers are placeholders such
as `<DATE_OF_BIRTH_1>`) and returns a `ParsedAnswer` with a normalised value, or None when
the message does not answer unambiguously. `certain` is False for hedged answers ("I think
so", "about 5"), relative or year-less dates, prefix matches of a choice, and free text that
reads like a question; the flow engine lets a message that looks like a question win over
such an answer. Parsers are pure and never raise on any text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from confide.agent.persona import parse_choices

#: Longest free-text answer kept (characters).
MAX_TEXT_CHARS = 500
#: A pseudonymisation placeholder, e.g. `<PERSON_1>`.
PLACEHOLDER = re.compile(r"<([A-Z_]+)_\d+>")
#: Placeholder entity types that stand for a date.
DATE_ENTITIES = frozenset({"DATE_OF_BIRTH", "DATE_TIME", "DATE"})


@dataclass(frozen=True, slots=True)
class ParsedAnswer:
    """An answer read from a message: the normalised value and whether it is unhedged."""

    value: str
    certain: bool = True


def _clean(text: str) -> str:
    """Lower-case, straight quotes, placeholders removed, single spaces."""
    text = PLACEHOLDER.sub(" ", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").casefold()
    return re.sub(r"\s+", " ", text).strip()


def _words(text: str) -> str:
    """`_clean` with punctuation (except apostrophes) turned into spaces."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w' ]+", " ", _clean(text))).strip()


def _any(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b")


_HEDGE = _any((r"i think", r"i guess", r"i believe", r"probably", r"maybe", r"perhaps",
               r"about", r"around", r"roughly", r"approximately", r"kind of", r"sort of",
               r"i suppose", r"possibly", r"likely", r"ish"))

# --- yes / no --------------------------------------------------------------------------------

_UNKNOWN = _any((r"not sure", r"unsure", r"i'?m not certain", r"not certain",
                 r"(?:i )?(?:don'?t|do not|dont) know", r"dunno", r"no idea",
                 r"(?:can'?t|cannot|don'?t|do not) (?:remember|recall)", r"not that i know",
                 r"yes and no", r"yes or no", r"sort of", r"kind of", r"partly", r"partially",
                 r"hard to say", r"depends", r"no clue", r"who knows", r"maybe"))
_NO_EXPLICIT = _any((r"no", r"nope", r"nah", r"nay", r"negative", r"not yet", r"not really",
                     r"not at all", r"never", r"no way", r"absolutely not", r"of course not",
                     r"certainly not", r"definitely not",
                     r"i (?:have|did|do|am|was|had|can|could|will|would) ?not",
                     r"i (?:haven|didn|don|wasn|hadn|can|couldn|won|wouldn)'?t",
                     r"i'?m not", r"incorrect", r"wrong", r"that'?s not right",
                     r"probably not", r"i doubt it", r"not that i know of"))
_NEUTRAL = _any((r"no problem", r"no worries", r"not a problem", r"no rush"))
_NO_GENERIC = re.compile(r"\b(?:not|\w+n't|none|nothing|neither)\b")
_AUX = r"(?:have|did|do|am|was|had|can|could|will|would|does|has)"
_YES_STRONG = _any((r"yes", r"yeah", r"yea", r"yep", r"yup", r"ya", r"aye", r"correct",
                    r"that'?s right", r"exactly", r"sure", r"absolutely", r"definitely",
                    r"certainly", r"of course", r"indeed", r"affirmative", r"uh huh",
                    r"mm hmm", r"yes please", r"i think so", r"i believe so", r"i guess so",
                    r"(?:i|we|they|it|there|he|she) " + _AUX + r"(?= *(?:$|[.,!;]))"))
_YES_WEAK = _any((r"right", r"ok", r"okay", r"alright", r"fine", r"got them", r"got it",
                  r"done", r"i'?m", r"(?:i|we|they|it|there|he|she) " + _AUX, r"probably"))


def parse_yes_no(text: str) -> ParsedAnswer | None:
    """`yes` or `no`; None for "I don't know", mixed or missing answers.

    Uncertain: hedged answers, a bare negation ("it doesn't"), weak agreement ("ok", "I have
    a ...").
    """
    t = _NEUTRAL.sub(" ; ", _clean(text))
    if not t or _UNKNOWN.search(t):
        return None
    hedged = bool(_HEDGE.search(t))
    explicit_no = bool(_NO_EXPLICIT.search(t))
    without_no = _NO_EXPLICIT.sub(" ; ", t)
    generic_no = bool(_NO_GENERIC.search(without_no))
    rest = _NO_GENERIC.sub(" ; ", without_no)
    strong_yes = bool(_YES_STRONG.search(rest))
    yes = strong_yes or bool(_YES_WEAK.search(rest))
    if strong_yes and (explicit_no or generic_no):
        return None
    if yes and (explicit_no or generic_no):  # "ok, no" / "I got them, they don't make sense"
        return ParsedAnswer("no", certain=False)
    if yes:
        return ParsedAnswer("yes", certain=strong_yes and not hedged)
    if explicit_no:
        return ParsedAnswer("no", certain=not hedged)
    if generic_no:
        return ParsedAnswer("no", certain=False)
    return None


# --- numbers ---------------------------------------------------------------------------------

_UNITS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen"))}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_NUMBER_WORDS = (r"(?:(?:" + "|".join(_TENS) + r")(?:[ -](?:" + "|".join(list(_UNITS)[1:10])
                 + r"))?|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r"|a dozen|dozen"
                 r"|a hundred|one hundred|hundred|a couple(?: of)?|couple of|a single|single"
                 r"|an?(?= (?:year|month|week|day|car|vehicle|time)s?\b))")
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w]|[.,]\d)"
                     r"|\b(" + _NUMBER_WORDS + r")\b(?: and a half\b)?")
_HALF = re.compile(r"and a half\b")
_ZERO = _any((r"none", r"nothing", r"zero", r"no", r"not any", r"never", r"nil"))


def _word_value(word: str) -> tuple[float, bool]:
    """A number word's value and whether it is exact."""
    w = word.replace("-", " ")
    if w in _UNITS:
        return _UNITS[w], True
    if "couple" in w:
        return 2, False
    if "dozen" in w:
        return 12, True
    if "hundred" in w:
        return 100, True
    if w in ("a", "an", "a single", "single"):
        return 1, True
    parts = w.split()
    return _TENS[parts[0]] + (_UNITS[parts[1]] if len(parts) > 1 else 0), True


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def parse_number(text: str) -> ParsedAnswer | None:
    """A non-negative number as digits (`3`, `2.5`); None for ranges like "3 or 4"."""
    t = _clean(text)
    values: list[float] = []
    exact = True
    for m in _NUMBER.finditer(t):
        if m.group(1):
            values.append(float(m.group(1).replace(",", "")))
        else:
            v, ok = _word_value(m.group(2))
            exact = exact and ok
            if _HALF.search(m.group(0)):
                v += 0.5
            values.append(v)
    if not values:
        if _ZERO.search(t) and not re.search(r"\d", t):
            return ParsedAnswer("0", certain=not _HEDGE.search(t))
        return None
    if len(set(values)) > 1:
        return None
    return ParsedAnswer(_fmt(values[0]), certain=exact and not _HEDGE.search(t))


# --- dates -----------------------------------------------------------------------------------

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# English names on purpose: `calendar` follows the process locale.
_MONTHS = {name: i for i, name in enumerate(_MONTH_NAMES, start=1)}
_MONTHS.update({name[:3]: i for i, name in enumerate(_MONTH_NAMES, start=1)})
_MONTHS["sept"] = 9
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAYS = {name: i for i, name in enumerate(_DAY_NAMES)}
_WEEKDAYS.update({name[:3]: i for i, name in enumerate(_DAY_NAMES)})
_WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})
_WEEKDAY = r"(?P<wd>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")"

_DATE_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(p)) for kind, p in (
    ("iso", r"\b(?P<year>\d{4})[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})\b"),
    ("mdy", r"\b(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})\b"),
    ("name", r"\b" + _MONTH + r"\s+(?:the\s+)?" + _DAY + r"(?:\s*,?\s*" + _YEAR + r")?\b"),
    ("name", r"\b(?:the\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:\s*,?\s*" + _YEAR
     + r")?\b"),
))
_RELATIVE_DAY = re.compile(r"\b(?P<word>the day after tomorrow|day after tomorrow"
                           r"|the day before yesterday|day before yesterday|today|tonight"
                           r"|tomorrow|yesterday)\b")
_WEEKDAY_REF = re.compile(r"\b(?:(?P<rel>next|this|last|coming|past|on)\s+)?" + _WEEKDAY
                          + r"\b")
_OFFSET = re.compile(r"\b(?:in\s+(?P<n1>\w+|a|an)\s+(?P<u1>day|week)s?(?:\s+time)?"
                     r"|(?P<n2>\w+|a|an)\s+(?P<u2>day|week)s?\s+ago)\b")
_ORDINAL_DAY = re.compile(r"\b(?:on\s+(?:the\s+)?|the\s+)(?P<day>\d{1,2})(?:st|nd|rd|th)\b")


def _year(raw: str, today: date) -> int:
    y = int(raw)
    if len(raw) == 2:
        y += 2000
        if y > today.year + 10:
            y -= 100
    return y


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _next_day_of_month(day: int, today: date) -> date | None:
    """The first date on or after `today` that falls on `day` (None if `day` never does)."""
    if not 1 <= day <= 31:
        return None
    y, m = today.year, today.month
    for _ in range(13):
        d = _safe_date(y, m, day)
        if d is not None and d >= today:
            return d
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return None


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word in ("a", "an"):
        return 1
    return _UNITS.get(word) if word in _UNITS else None


def _explicit_dates(t: str, today: date) -> tuple[list[date], bool]:
    """Absolute dates in `t`, and whether any candidate was impossible or year-less."""
    found: list[date] = []
    spans: list[tuple[int, int]] = []
    vague = False
    for kind, pattern in _DATE_FORMS:
        for m in pattern.finditer(t):
            if any(s <= m.start() < e for s, e in spans):
                continue
            spans.append(m.span())
            if kind == "iso":
                d = _safe_date(int(m["year"]), int(m["mon"]), int(m["day"]))
            elif kind == "mdy":
                a, b = int(m["a"]), int(m["b"])
                month, day = (b, a) if m["sep"] == "." or a > 12 else (a, b)
                d = _safe_date(_year(m["year"], today), month, day)
            else:
                month, day = _MONTHS[m["mon"]], int(m["day"])
                if m["year"]:
                    d = _safe_date(int(m["year"]), month, day)
                else:
                    vague = True
                    d = _safe_date(today.year, month, day)
                    if d is not None and d < today:
                        d = _safe_date(today.year + 1, month, day)
                    elif d is None and month == 2 and day == 29:
                        d = next((x for x in (_safe_date(y, 2, 29) for y in
                                              range(today.year, today.year + 8)) if x), None)
            if d is None:
                return [], True
            found.append(d)
    return found, vague


def _relative_dates(t: str, today: date) -> list[date]:
    found: list[date] = []
    for m in _RELATIVE_DAY.finditer(t):
        w = m["word"].removeprefix("the ")
        offset = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1,
                  "day after tomorrow": 2, "day before yesterday": -2}[w]
        found.append(today + timedelta(days=offset))
    for m in _WEEKDAY_REF.finditer(t):
        if m["wd"] in ("sat", "sun", "mon", "wed", "fri") and not m["rel"]:
            continue  # bare abbreviations are too easily other words
        target = _WEEKDAYS[m["wd"]]
        ahead = (target - today.weekday()) % 7
        if m["rel"] in ("last", "past"):
            found.append(today - timedelta(days=(today.weekday() - target) % 7 or 7))
        elif m["rel"] == "next":
            found.append(today + timedelta(days=ahead or 7))
        else:
            found.append(today + timedelta(days=ahead))
    for m in _OFFSET.finditer(t):
        n = _count(m["n1"] or m["n2"])
        if n is None:
            continue
        days = n * (7 if (m["u1"] or m["u2"]) == "week" else 1)
        found.append(today + timedelta(days=days if m["n1"] else -days))
    for m in _ORDINAL_DAY.finditer(t):
        d = _next_day_of_month(int(m["day"]), today)
        if d is None:
            return []
        found.append(d)
    return found


def parse_date(text: str, today: date | None = None) -> ParsedAnswer | None:
    """An ISO date (`YYYY-MM-DD`), or the date placeholder itself (`<DATE_OF_BIRTH_1>`).

    Numeric dates with `/` or `-` are US month-first unless the first part exceeds 12; with
    `.` they are day-first. Relative and year-less dates resolve against `today`, forwards
    ("the 14th" is the next 14th) unless marked past ("last Tuesday", "3 days ago").
    """
    placeholders = {m.group(0) for m in PLACEHOLDER.finditer(text)
                    if m.group(1) in DATE_ENTITIES}
    if len(placeholders) == 1:
        return ParsedAnswer(placeholders.pop())
    if placeholders:
        return None
    today = today or date.today()
    t = re.sub(r"\s*,\s*", ", ", _clean(text))
    explicit, vague = _explicit_dates(t, today)
    if vague and not explicit:
        return None  # an impossible date
    relative = _relative_dates(t, today) if not explicit else []
    dates = set(explicit) | set(relative)
    if len(dates) != 1:
        return None
    return ParsedAnswer(dates.pop().isoformat(), certain=bool(explicit) and not vague
                        and not _HEDGE.search(t))


# --- choices ---------------------------------------------------------------------------------

_ORDINALS = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3,
             "4th": 3, "fifth": 4, "5th": 4, "last": -1, "final": -1}
_ORDINAL_REF = re.compile(r"\b(?:the (?P<o1>" + "|".join(_ORDINALS) + r")\b(?: (?:one|option"
                          r"|choice))?|(?P<o2>" + "|".join(_ORDINALS) + r") (?:one|option|choice)"
                          r"|(?:option|number|choice) (?P<n>\d))\b")
_NEGATED = (r"\b(?:not|no|never|except|excluding|without|but not|can't do|cannot do|nor"
            r"|anything but|other than|rather than|instead of)\s+")
_FILLER = r"(?:(?:the|any|a|an|do|doing|work|working|on)\s+)*"
#: Words too common to be read as the prefix of an option ("after" is not "afternoon").
_NOT_PREFIXES = frozenset({"after", "even", "mor", "more", "day", "any", "all", "the", "and",
                           "not", "can", "some", "ever", "every"})
_SYNONYMS = {"morning": ("am", "mornings", "before noon", "early"),
             "afternoon": ("afternoons", "after lunch", "midday"),
             "evening": ("evenings", "after work"),
             "night": ("nights", "overnight", "overnights", "graveyard", "nighttime"),
             "day": ("days", "daytime", "days shift", "daytimes")}


def _option_forms(option: str, options: list[str]) -> list[str]:
    """Phrases that name `option`: itself, its plural, and synonyms no other option claims."""
    key = option.casefold().strip()
    forms = [key, key + "s"]
    others = {o.casefold().strip() for o in options} - {key}
    forms += [s for s in _SYNONYMS.get(key, ()) if s not in others]
    return [f for f in forms if f]


def parse_choice(options: list[str], text: str) -> ParsedAnswer | None:
    """The one option named (by word, plural, synonym, ordinal or unambiguous prefix)."""
    if not options:
        return None
    t = _words(text)
    if not t:
        return None
    named: set[int] = set()
    negated: set[int] = set()
    for i, option in enumerate(options):
        for form in _option_forms(option, options):
            pattern = re.escape(form).replace(r"\ ", r"[\s_-]+")
            for m in re.finditer(r"\b" + pattern + r"\b", t):
                before = t[:m.start()]
                if re.search(_NEGATED + _FILLER + r"$", before):
                    negated.add(i)
                else:
                    named.add(i)
    named -= negated
    if len(named) == 1:
        return ParsedAnswer(options[named.pop()])
    if named:
        return None
    m = _ORDINAL_REF.search(t)
    if m is None and t.removeprefix("the ") in _ORDINALS:
        index = _ORDINALS[t.removeprefix("the ")]
    elif m is not None:
        index = int(m["n"]) - 1 if m["n"] else _ORDINALS[m["o1"] or m["o2"]]
    else:
        index = None
    if index is not None:
        if -len(options) <= index < len(options) and (index >= 0 or index == -1):
            return ParsedAnswer(options[index])
        return None
    keys = [o.casefold() for o in options]
    hits = {i for token in t.split() if len(token) >= 3 and token not in _NOT_PREFIXES
            for i, k in enumerate(keys)
            if (k.startswith(token) or token.startswith(k)) and i not in negated}
    if len(hits) == 1:
        return ParsedAnswer(options[hits.pop()], certain=False)
    return None


# --- free text and questions -----------------------------------------------------------------

_QUESTION_START = re.compile(
    r"^(?:(?:and|but|so|ok|okay|sorry|um|uh|oh|well|also|wait|hi|hello|actually|quick"
    r" question|one question)[,\s]+)*"
    r"(?:what|what's|whats|when|where|why|how|who|whom|whose|which|can|could|should|shall|is"
    r"|isn't|are|aren't|am|was|were|do|does|did|don't|doesn't|didn't|will|won't|would"
    r"|wouldn't|may|might|must|have|has|had|haven't|hasn't|can't|couldn't|is there|are there"
    r"|tell me|explain)\b(?=\s+\S+\s+\S)"
    r"|^(?:what|what's|whats|when|where|why|how|who|which)\b(?=\s+\S)")

_QUESTION_PHRASE = _any((r"i have a question", r"quick question", r"i was wondering",
                         r"i wonder", r"(?:can|could) you tell me", r"i'?d like to know",
                         r"i want to know"))


def looks_like_question(text: str) -> bool:
    """True when the message ends with "?" or opens like a question ("what", "can I", ...)."""
    t = _clean(text)
    if not t:
        return False
    if t.rstrip(" .!\"')").endswith("?"):
        return True
    return bool(_QUESTION_START.match(t) or _QUESTION_PHRASE.search(t))


def parse_text(text: str) -> ParsedAnswer | None:
    """Any non-empty text, trimmed to `MAX_TEXT_CHARS`; uncertain when it reads as a question."""
    t = " ".join(text.split())[:MAX_TEXT_CHARS].strip()
    if not t:
        return None
    return ParsedAnswer(t, certain=not looks_like_question(t))


def parse_answer(expect: str, text: str, today: date | None = None) -> ParsedAnswer | None:
    """Parse `text` as an answer of kind `expect` (yes_no, number, date, text, choice:[...]).

    Returns None on a miss (no answer, an ambiguous or impossible one, an unknown kind).
    """
    if not isinstance(text, str):
        return None
    kind = expect.strip()
    if kind == "yes_no":
        return parse_yes_no(text)
    if kind == "number":
        return parse_number(text)
    if kind == "date":
        return parse_date(text, today)
    if kind == "text":
        return parse_text(text)
    options = parse_choices(kind)
    if options:
        return parse_choice(options, text)
    return None


__all__ = ["MAX_TEXT_CHARS", "PLACEHOLDER", "ParsedAnswer", "looks_like_question",
           "parse_answer", "parse_choice", "parse_date", "parse_number", "parse_text",
           "parse_yes_no"]
