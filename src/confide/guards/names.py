"""Person names the NER misses or mislabels, from the shape of the text (spaCy mode only).

`NameShapeRecognizer` adds names from four general signals:

- a given name, a middle initial and a family name ("Ana K Lindqvist", "ana k. lindqvist");
- family-name endings that are rare in ordinary words ("-ović", "-dóttir", "-escu", "-enko",
  "-poulos", "-ova"...), on a word that no English dictionary knows;
- a list of names after a plural word for people ("our founders: Ortiz, Haddad and Moreau",
  "the witnesses were Lund and Okafor");
- a document's first line when it is only a name (the header of a CV or a letter).

`refine_persons` then works on the resolved entities: a name found once is found again
elsewhere in the same text ("directed by Ana Lindqvist and starring Lindqvist"), and a firm
name of the form "Ortiz, Haddad and Moreau" (bare family names joined by commas and "and",
with no word for people before it) is not three people.

Every test here is a shape, a dictionary look-up or a small set of function words; no name is
listed. Words an English dictionary knows are never taken as names on shape alone
(`lexicon.is_dictionary_word`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache

import regex

from confide.guards.lexicon import is_dictionary_word, is_drug_name
from confide.guards.recognizers import (
    _LABEL_WORDS,
    _ORG_WORDS,
    _OTHER_FUNCTION_WORDS,
    _PLACE_PREFIX,
    _ROLE_WORDS,
    FindingRecognizer,
    PersonContextRecognizer,
    fold,
    looks_english,
    name_lists,
)
from confide.verdict import Entity

_UP = r"\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?"  # "Lindqvist", "Ruiz-Ortega"
_LOW = r"\p{Ll}[\p{Ll}\p{M}'’]+(?:-\p{Ll}[\p{Ll}\p{M}'’]+)?"
_EDGE_L = r"(?<![\p{L}\p{N}\p{M}'’.-])"
_EDGE_R = r"(?![\p{L}\p{N}\p{M}]|['’]\p{L}{2})"

# given name, one-letter initial (dot optional), family name; all capitalised or all lower
_INITIAL = regex.compile(
    rf"{_EDGE_L}(?:(?P<f>{_UP})[ \t](?P<i>\p{{Lu}})\.?[ \t](?P<l>{_UP})"
    rf"|(?P<f>{_LOW})[ \t](?P<i>\p{{Ll}})\.?[ \t](?P<l>{_LOW})){_EDGE_R}")

# family-name endings (Slavic, Nordic, Romanian, Ukrainian, Greek, Georgian, Turkish...)
_SURNAME_END = (r"(?:ović|ovič|ević|evič|vić|vič|ić|ič|ová|ova|eva|ovna|evna|ovich|"
                r"evich|ovych|ovský|ovská|owski|owska|ewski|ewska|inski|inska|yński|ński|ńska|"
                r"wicz|czyk|sson|sdóttir|dóttir|dottir|escu|eanu|enko|chuk|czuk|poulos|poulou|"
                r"opoulos|akis|idis|shvili|adze|oğlu|ovs|ovas|ytė|aitė|ienė|auskas|ckas)")
# (the whole word is taken at once, then its ending is tested: no backtracking per letter)
_SURNAME_SHAPE = regex.compile(
    rf"{_EDGE_L}(?>\p{{L}}[\p{{Ll}}\p{{M}}]{{4,}})(?<={_SURNAME_END}){_EDGE_R}")
# the same endings in lower case count only when they are long and distinctive
_LOWER_END = regex.compile(r"(?:ović|ević|vić|ová|ova|eva|ovna|evna|sson|dóttir|escu|enko|"
                           r"poulos|shvili|wicz)$")

# plural words for people, then a list of names
_PEOPLE = (r"(?:founders|co-founders|cofounders|authors|co-authors|attendees|participants|"
           r"witnesses|guests|speakers|panelists|panellists|organi[sz]ers|siblings|children|"
           r"kids|sons|daughters|parents|grandparents|grandchildren|friends|colleagues|"
           r"roommates|flatmates|employees|coworkers|co-workers|doctors|nurses|physicians|"
           r"surgeons|therapists|teachers|students|candidates|applicants|winners|players|"
           r"signatories|beneficiaries|dependents|dependants|heirs|executors|trustees|"
           r"tenants|patients|people|persons|members)")
#: what every word of `_PEOPLE` contains (a cheap test before the list pattern runs)
_PEOPLE_STEMS = ("founder", "author", "attendee", "participant", "witness", "guest", "speaker",
                 "panel", "organi", "sibling", "children", "kids", "sons", "daughters",
                 "parent", "grandchildren", "friend", "colleague", "mates", "employee",
                 "workers", "doctor", "nurse", "physician", "surgeon", "therapist", "teacher",
                 "student", "candidate", "applicant", "winner", "player", "signator",
                 "beneficiar", "dependen", "dependan", "heirs", "executor", "trustee",
                 "tenant", "patient", "people", "persons", "member")
_NAME_ITEM = rf"{_UP}(?:[ \t]{_UP})?"
_PEOPLE_LIST = regex.compile(
    rf"(?<![\p{{L}}])(?i:{_PEOPLE})(?:[ \t]+(?i:are|were|include|included|being|named|called))?"
    rf"[ \t]*[:,–—-]?[ \t]*"
    rf"(?P<list>{_NAME_ITEM}(?:,[ \t]*{_NAME_ITEM})*,?[ \t]+(?:and|&)[ \t]+{_NAME_ITEM})")
_ITEM = regex.compile(_NAME_ITEM)

# a firm name: three bare capitalised words, "Ortiz, Haddad and Moreau"
_FIRM = regex.compile(rf"{_EDGE_L}{_UP},[ \t]{_UP},?[ \t](?:and|&)[ \t]{_UP}{_EDGE_R}")
_PEOPLE_BEFORE = regex.compile(rf"(?i:{_PEOPLE})\b[^.!?\n]{{0,25}}$")

# the first line of a document: two or three words (an initial allowed), then a line break
_HEADER = regex.compile(
    r"\A[ \t]*(?:[^\w\s]{1,3}[ \t]+)?(?P<v>\p{L}[\p{L}\p{M}'’-]+(?:[ \t](?:\p{L}\.?|"
    r"\p{L}[\p{L}\p{M}'’-]+)){1,2})[ \t]*\n")

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*")
_LONE_LETTER = regex.compile(r"(?<=\p{L}[ \t])\p{L}\.?[ \t]\p{L}")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'’-])\p{L}[\p{L}\p{M}'’-]*[ \t]$")
_SENTENCE_START = regex.compile(r"(?:\A|[.!?:;\n\"“(]\s*|^\s*[-*•]\s+)$")
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")
_TITLE_WORDS = frozenset("dr mr mrs ms mx miss prof sir madam dame rev".split())


@cache
def _english_stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _plain(word: str) -> str:
    return fold(word.strip(".'’"))


@lru_cache(maxsize=16384)
def _ordinary(word: str) -> bool:
    """A word that is not a name on shape alone: a dictionary, function, role or label
    word, an organisation or place word."""
    low = _plain(word)
    return (is_dictionary_word(low) or is_drug_name(low) or low in PersonContextRecognizer.STOP
            or low in _english_stop_words()
            or low in _ROLE_WORDS or low in _LABEL_WORDS or low in _ORG_WORDS
            or low in _PLACE_PREFIX or low in _OTHER_FUNCTION_WORDS or low in _TITLE_WORDS)


def _known(word: str) -> bool:
    firsts, lasts, _ambiguous = name_lists()
    low = _plain(word)
    return low in firsts or low in lasts


class NameShapeRecognizer(FindingRecognizer):
    """PERSON spans from name shapes (see the module docstring). Added in spaCy mode only."""

    ENTITY = "PERSON"

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], name="NameShapeRecognizer",
                         supported_language="en", context=[])

    def load(self) -> None:
        pass

    def find(self, text: str) -> list[tuple[int, int, float]]:
        out: list[tuple[int, int, float]] = []
        if not looks_english(text):
            # the shapes are read as English: in German, French or Spanish text capitalised
            # nouns, "à", "y" and endings such as "-eva" ("Nueva") are ordinary words
            return out
        for lone in _LONE_LETTER.finditer(text):
            before = _WORD_BEFORE.search(text, max(0, lone.start() - 40), lone.start())
            m = _INITIAL.match(text, before.start()) if before is not None else None
            if m is None:
                continue
            first, last = m.group("f"), m.group("l")
            # "Vitamin D Supplements", "Hepatitis B Vaccine": ordinary words around a letter
            # a lone vowel or "y" is a word ("ayer y tengo", "lettre à votre"), not an initial
            if m.group("i").lower() not in _CONSONANTS or (_ordinary(last) and not _known(first)):
                continue
            if _known(first) or not _ordinary(first):
                out.append((m.start(), m.end(), 0.6))
        for m in _SURNAME_SHAPE.finditer(text):
            word = m.group()
            if word[0].islower() and (len(word) < 7 or not _LOWER_END.search(word)):
                continue
            after = _WORD.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
            if after is not None and _plain(after.group()) in _ORG_WORDS:
                continue  # "Eriksson Bridge", "Petrović Holdings": a place or a company
            if not _ordinary(word):
                out.append((m.start(), m.end(), 0.6))
        low = text.lower()
        lists = _PEOPLE_LIST.finditer(text) if any(w in low for w in _PEOPLE_STEMS) else ()
        for m in lists:
            start = m.start("list")
            for item in _ITEM.finditer(m.group("list")):
                words = item.group().split()
                if all(_ordinary(w) for w in words) and not any(_known(w) for w in words):
                    continue
                out.append((start + item.start(), start + item.end(), 0.6))
        header = _HEADER.match(text)
        if header is not None:
            words = [w for w in _WORD.findall(header.group("v")) if len(w) > 1]
            if len(words) >= 2 and not any(_ordinary(w) for w in words) and \
                    not any(ch.isdigit() for ch in header.group("v")):
                out.append((header.start("v"), header.end("v"), 0.55))
        return out


def _firm_spans(text: str) -> list[tuple[int, int]]:
    """Spans of firm-shaped names with no plural word for people just before them."""
    firsts = name_lists()[0]
    spans = []
    for m in _FIRM.finditer(text):
        words = _WORD.findall(m.group())
        if all(_plain(w) in firsts for w in words if w not in ("and",)):
            continue  # "Anna, Maria and Sofia": given names are people
        if _PEOPLE_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
            continue
        spans.append(m.span())
    return spans


_SPEAKER = regex.compile(r"(?m:^)[ \t]*(\p{Lu}[\p{Ll}\p{M}'’-]+):[ \t]")
# a title or a phrase that introduces a name: what follows is a name even if it is a word
_TITLE_BEFORE = regex.compile(r"(?i:\b(?:dr|mr|mrs|ms|mx|miss|prof|professor|doctor|sir|dame|"
                              r"rev|herr|frau|mme|mlle|madame|monsieur)\.?|name is|name's|"
                              r"named|call me|name:)\s+$")


def _all_ordinary(value: str) -> bool:
    """Every word ordinary and not a listed name; an ambiguous given name written in lower
    case ("max", "will") counts as the ordinary word."""
    ambiguous = name_lists()[2]
    words = _WORD.findall(value)
    return bool(words) and all(_ordinary(w) and (not _known(w) or (
        w[0].islower() and _plain(w) in ambiguous)) for w in words)


def refine_persons(text: str, entities: Iterable[Entity]) -> list[Entity]:
    """Drop names inside firm names; find again, elsewhere in the text, the words of the
    names found (a family name or given name used alone later on)."""
    ents = list(entities)
    if not any(e.type == "PERSON" for e in ents):
        return ents
    # a name made only of ordinary words ("Frequently Asked Questions", "Reminder:") is
    # dropped, unless a title stands before it ("Dr. Key") or the text is a transcript whose
    # other speakers have names ("Ella: ...\nDestiny: ...")
    speakers = _SPEAKER.findall(text)
    transcript = any(not _ordinary(w) for w in speakers)
    ents = [e for e in ents if not (
        e.type == "PERSON" and _all_ordinary(text[e.start:e.end])
        and not _TITLE_BEFORE.search(text[max(0, e.start - 16):e.start])
        and not (transcript and text[e.end:e.end + 1] == ":"))]
    if "," in text:
        firms = _firm_spans(text)
        if firms:
            ents = [e for e in ents if e.type != "PERSON" or not any(
                fs <= e.start and e.end <= fe for fs, fe in firms)]
    # the words of every name found, in the case they were written in
    name_words: set[str] = set()
    for e in ents:
        if e.type != "PERSON":
            continue
        for w in _WORD.findall(text[e.start:e.end]):
            if w.endswith(("'s", "’s")):
                w = w[:-2]
            low = _plain(w)
            if len(w) < 3 or low in PersonContextRecognizer.STOP or low in _ROLE_WORDS or \
                    low in _TITLE_WORDS or low in _ORG_WORDS or low in _OTHER_FUNCTION_WORDS \
                    or low in _english_stop_words():
                continue
            if w[0].islower() and _ordinary(w):
                continue  # a lower-case dictionary word is not looked for again
            name_words.add(w)
    if not name_words:
        return ents
    taken = sorted((e.start, e.end) for e in ents)
    added: list[Entity] = []
    if not any(text.count(w) > 1 for w in name_words):
        return ents  # no word of a name occurs twice: nothing to find again
    for m in _WORD.finditer(text):
        word = m.group()
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        if word not in name_words:
            continue
        start, end = m.start(), m.start() + len(word)
        if any(s < end and start < e for s, e in taken):
            continue
        if _SENTENCE_START.search(text[max(0, start - 4):start]) and _ordinary(word):
            continue  # "Key" opening a sentence is the word, not Mr. Key
        # a given name found again may be followed by its family name: "Nikolaj Petrussen"
        nxt = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
        if nxt is not None and nxt.group()[0].isupper() and not _ordinary(nxt.group()) and \
                not any(s < nxt.end() and nxt.start() < e for s, e in taken):
            end = nxt.end()
        added.append(Entity("PERSON", start, end, 0.6, "pii"))
        taken.append((start, end))
    return sorted(ents + added, key=lambda e: e.start) if added else ents
