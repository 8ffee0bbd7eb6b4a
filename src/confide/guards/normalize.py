"""Text normalisation before detection: NFKC, invisible characters, homoglyphs, letter-spacing.

Detectors see the normalised text; `NormalizedText.span_to_original` maps a span of it back
to the text as received, so entity offsets always index what the caller sent. Each kind of
change is reported by name (`Normalization.*`), never with the characters involved.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

VERSION = "normalize-2"


class Normalization:
    """Names of the changes normalisation can make (they become reason sub-codes)."""

    NFKC = "nfkc"
    INVISIBLE = "invisible"  # zero-width and other format characters
    BIDI = "bidi"  # bidirectional overrides and isolates
    TAG_CHARS = "tag_chars"  # Unicode tag block: invisible ASCII ("ASCII smuggling")
    HOMOGLYPH = "homoglyph"  # look-alike letters from other scripts folded to Latin
    SPACING = "spacing"  # "i g n o r e" collapsed to "ignore"
    # invisible characters inside words ("ig\u200bnore"), at least `SPLIT_WORDS_MIN` times
    SPLIT_WORDS = "split_words"


# Obfuscation (as opposed to mere compatibility normalisation such as full-width digits).
# (`SPLIT_WORDS` never comes without one of the first three.)
OBFUSCATIONS = frozenset({Normalization.INVISIBLE, Normalization.BIDI,
                          Normalization.TAG_CHARS, Normalization.HOMOGLYPH})

_BIDI = frozenset(chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E,
                                   0x200F, 0x061C])
_INVISIBLE = frozenset(chr(c) for c in [0x200B, 0x200C, 0x200D, 0x2060, 0x2061, 0x2062, 0x2063,
                                        0x2064, 0xFEFF, 0x180E, 0x00AD, 0x034F, 0x115F, 0x1160,
                                        0x3164, 0xFFA0, *range(0xFE00, 0xFE10)])
_TAG_START, _TAG_END = 0xE0000, 0xE007F
# Invisible characters with a typographic use inside words: the soft hyphen (a hyphenation
# hint) and variation selectors. The others never need to sit between two letters of an
# alphabet that has no joining forms, so there they split a word to hide it.
_WORD_SAFE = frozenset(chr(c) for c in [0x00AD, *range(0xFE00, 0xFE10)])
_UNJOINED_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")
SPLIT_WORDS_MIN = 2  # one could be a stray paste; two are deliberate
_HIDDEN = frozenset({Normalization.INVISIBLE, Normalization.BIDI, Normalization.TAG_CHARS})


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The normalised text, where each of its characters came from, and what was changed."""

    original: str
    text: str
    origins: tuple[int, ...]  # origins[i] = index in `original` of text[i]
    changes: frozenset[str]
    hidden: str = ""  # text smuggled in Unicode tag characters, decoded to ASCII

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map [start, end) of `text` to the smallest covering span of `original`."""
        if not self.origins:
            return (0, 0)
        start = min(max(start, 0), len(self.origins) - 1)
        last = min(max(end - 1, start), len(self.origins) - 1)
        o_start, o_last = self.origins[start], self.origins[last]
        # Extend the end over everything that collapsed into the last character.
        o_end = self.origins[last + 1] if last + 1 < len(self.origins) else len(self.original)
        return (o_start, max(o_end, o_last + 1))

    @property
    def obfuscated(self) -> bool:
        return bool(self.changes & OBFUSCATIONS) or bool(self.hidden)


@lru_cache(maxsize=1)
def _homoglyph_map() -> dict[str, str]:
    """Non-ASCII characters that look like one ASCII letter or digit, from Unicode's data."""
    from confusable_homoglyphs import confusables

    mapping: dict[str, str] = {}
    for char, glyphs in confusables.confusables_data.items():
        if len(char) != 1 or char.isascii():
            continue
        for g in glyphs:
            c = g["c"]
            if len(c) == 1 and c.isascii() and c.isalnum():
                mapping[char] = c
                break
    return mapping


def _is_latin_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


_WORD = re.compile(r"\w+", re.UNICODE)
# Five or more single characters joined by one consistent separator: "i.g.n.o.r.e".
_SPACED = re.compile(r"(?<!\w)\w([ .\-_*/|·])\w(?:\1\w){3,}(?!\w)", re.UNICODE)
# Letter-spaced words separated by wider gaps: "i g n o r e   a l l".
# (it starts only where a run of spaced letters starts, and a run is never given back: linear
# time on a long "a b a b ...", which a start at every letter made quadratic)
_SPACED_WORDS = re.compile(r"(?<!(?<!\w)\w )(?<!\w)\w(?: \w(?!\w))++"
                           r"(?: {2,}\w(?!\w)(?: \w(?!\w))*+)+(?!\w)", re.UNICODE)


def _spaced_regions(text: str) -> list[tuple[int, int]]:
    regions = [m.span() for m in _SPACED.finditer(text)]
    for m in _SPACED_WORDS.finditer(text):
        if sum(c.isalnum() for c in m.group()) >= 5:
            regions.append(m.span())
    return regions


def _is_unjoined_letter(ch: str) -> bool:
    ch = unicodedata.normalize("NFKC", ch)[:1]  # full-width and mathematical letters too
    return ch.isalpha() and unicodedata.name(ch, "").startswith(_UNJOINED_SCRIPTS)


def _hides(ch: str) -> bool:
    return ch in _INVISIBLE or ch in _BIDI or _TAG_START <= ord(ch) <= _TAG_END


def split_words(text: str) -> int:
    """How many runs of invisible, bidi or tag characters sit between two letters of the
    Latin, Greek or Cyrillic alphabets, which have no joining forms that would need them."""
    count = 0
    i, n = 0, len(text)
    while i < n:
        if not _hides(text[i]):
            i += 1
            continue
        j = i
        while j < n and _hides(text[j]):
            j += 1
        before = i - 1
        while before >= 0 and unicodedata.combining(text[before]):
            before -= 1  # "é" written as "e" + U+0301 is still a letter
        if (before >= 0 and j < n and any(c not in _WORD_SAFE for c in text[i:j])
                and _is_unjoined_letter(text[before]) and _is_unjoined_letter(text[j])):
            count += 1
        i = j
    return count


def invisible_as_spaces(text: str) -> str:
    """`text` with invisible and bidi characters turned into spaces: the reading in which a
    zero-width character separated two words rather than split one."""
    return "".join(" " if (ch in _INVISIBLE or ch in _BIDI) else ch for ch in text)


def normalize(text: str) -> NormalizedText:
    """Normalise `text` for detection and keep the map back to the original."""
    if text.isascii() and not _spaced_regions(text):
        return NormalizedText(text, text, tuple(range(len(text))), frozenset())

    changes: set[str] = set()
    chars: list[str] = []
    origins: list[int] = []
    hidden: list[str] = []

    # 1. Drop invisible, bidi and tag characters; NFKC each remaining character.
    for i, ch in enumerate(text):
        cp = ord(ch)
        if _TAG_START <= cp <= _TAG_END:
            changes.add(Normalization.TAG_CHARS)
            if 0xE0020 <= cp <= 0xE007E:
                hidden.append(chr(cp - 0xE0000))
            continue
        if ch in _BIDI:
            changes.add(Normalization.BIDI)
            continue
        if ch in _INVISIBLE:
            changes.add(Normalization.INVISIBLE)
            continue
        if ch.isascii():
            chars.append(ch)
            origins.append(i)
            continue
        folded = unicodedata.normalize("NFKC", ch)
        if folded != ch:
            changes.add(Normalization.NFKC)
        for f in folded:
            chars.append(f)
            origins.append(i)

    if changes & _HIDDEN and split_words(text) >= SPLIT_WORDS_MIN:
        changes.add(Normalization.SPLIT_WORDS)

    # 2. Recompose combining sequences the per-character pass left apart (e.g. "e" + U+0301).
    if any(unicodedata.combining(c) for c in chars):
        chars, origins = _compose(chars, origins)

    # 3. Fold homoglyphs inside words that mix scripts, or everywhere when the text is Latin.
    glyphs = _homoglyph_map()
    if any(c in glyphs for c in chars):
        joined = "".join(chars)
        latin = sum(1 for c in chars if _is_latin_letter(c))
        letters = sum(1 for c in chars if c.isalpha()) or 1
        mostly_latin = latin / letters >= 0.5
        for m in _WORD.finditer(joined):
            word = m.group()
            if not any(c in glyphs for c in word):
                continue
            if mostly_latin or any(_is_latin_letter(c) for c in word):
                for k in range(m.start(), m.end()):
                    if chars[k] in glyphs:
                        chars[k] = glyphs[chars[k]]
                        changes.add(Normalization.HOMOGLYPH)

    # 4. Collapse letter-spacing.
    joined = "".join(chars)
    regions = _spaced_regions(joined)
    if regions:
        chars, origins = _collapse_spacing(joined, origins, regions)
        changes.add(Normalization.SPACING)

    return NormalizedText(text, "".join(chars), tuple(origins), frozenset(changes),
                          "".join(hidden))


def _compose(chars: list[str], origins: list[int]) -> tuple[list[str], list[int]]:
    out_c: list[str] = []
    out_o: list[int] = []
    for c, o in zip(chars, origins, strict=True):
        if out_c and unicodedata.combining(c):
            merged = unicodedata.normalize("NFKC", out_c[-1] + c)
            if len(merged) == 1:
                out_c[-1] = merged
                continue
        out_c.append(c)
        out_o.append(o)
    return out_c, out_o


def _collapse_spacing(joined: str, origins: list[int],
                      regions: list[tuple[int, int]]) -> tuple[list[str], list[int]]:
    """Drop the separators inside letter-spaced regions; a wider gap becomes one space."""
    keep = [True] * len(joined)
    for start, end in regions:
        k = start
        while k < end:
            c = joined[k]
            if c.isalnum():
                k += 1
                continue
            gap_end = k
            while gap_end < end and not joined[gap_end].isalnum():
                gap_end += 1
            wide = c == " " and gap_end - k >= 2
            for j in range(k + (1 if wide else 0), gap_end):
                keep[j] = False
            k = gap_end
    out_c = [c for k, c in enumerate(joined) if keep[k]]
    out_o = [origins[k] for k in range(len(joined)) if keep[k]]
    return out_c, out_o
