"""Find encoded payloads (base64, hex, ROT13, URL-encoding, leetspeak, `\\u` escapes and HTML
character references, reversed text, Morse code); decode plausible ones.

The Shield scans every decoded variant with the same detectors as the text itself, so an
instruction does not slip past by being encoded. A decoding is kept only when it yields
readable text; the result says which encoding it was and where it sat.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

VERSION = "decode-3"
MAX_DEPTH = 2
MAX_VARIANTS = 8


@dataclass(frozen=True, slots=True)
class Decoded:
    """One decoded payload: its encoding, the span of the encoded text, and the plain text."""

    encoding: str
    start: int
    end: int
    text: str


_B64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])")
# A base64 body wrapped over several lines (MIME attachments, PEM-like blocks): one payload.
_B64_BLOCK = re.compile(r"(?<![A-Za-z0-9+/=])(?:[A-Za-z0-9+/]{16,}\r?\n){2,}[A-Za-z0-9+/]{4,}={0,2}"
                        r"(?![A-Za-z0-9+/=])")
# eight or more hex pairs, not inside a longer hex run (the first digit comes before the test
# of what precedes it, so the scan skips to hex digits)
_HEX = re.compile(r"[0-9A-Fa-f](?<![0-9A-Fa-f][0-9A-Fa-f])[0-9A-Fa-f][\s:]?"
                  r"(?:[0-9A-Fa-f]{2}[\s:]?){7,}(?![0-9A-Fa-f])")
_HEX_ESC = re.compile(r"(?:\\x[0-9A-Fa-f]{2}){6,}")
_PCT = re.compile(r"%[0-9A-Fa-f]{2}")
# four or more escaped code points in a row: "\u0072\u0065...", "&#114;&#101;...", "&#x72;..."
_U_ESC = re.compile(r"(?:\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|\\u\{[0-9A-Fa-f]{1,6}\}){4,}")
_CHAR_REF = re.compile(r"(?:&#(?:[xX][0-9A-Fa-f]{1,6}|[0-9]{1,7});?\s?){4,}")
# Morse: at least six letters of dots and dashes, letters apart by a space, words by " / " or
# a wider gap
_MORSE = re.compile(r"(?<![\w.\-])[.\-]{1,7}(?:(?: {1,3}| ?/ ?)[.\-]{1,7}){5,}(?![\w.\-])")
_MORSE_CODE = dict(zip(
    ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- "
    ".-- -..- -.-- --.. ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----.".split(),
    "abcdefghijklmnopqrstuvwxyz0123456789", strict=True))
_LEET_TOKEN = re.compile(r"(?<![\w@$])(?=[\w@$]*[A-Za-z])(?=[\w@$]*[0-9@$])[\w@$]{2,20}(?![\w@$])")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
                       "9": "g", "@": "a", "$": "s"})
_COMMON_WORDS = frozenset(
    "the and you your all to of a in is it that for this are be with as not on now "
    "ignore previous instructions system prompt tell me what from reveal forget rules "
    "please do say print show write send new act pretend above below everything".split()
)


def _printable(raw: bytes) -> str | None:
    """Decode bytes as UTF-8 if (almost) every character is printable, else None."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(text) < 4:
        return None
    printable = sum(c.isprintable() or c in "\n\t\r" for c in text)
    return text if printable / len(text) >= 0.95 else None


def _is_language(text: str) -> bool:
    """Words separated by spaces (or one short word), not another random-looking token.
    Digits count as text when there are words around them ("my SSN is 412-55-7816")."""
    letters = sum(c.isalpha() for c in text)
    if " " not in text:
        return len(text) <= 24 and letters / len(text) >= 0.5
    wordy = sum(c.isalnum() or c.isspace() or c in ".,:;-/()'" for c in text)
    return letters / len(text) >= 0.5 or (letters / len(text) >= 0.25
                                          and wordy / len(text) >= 0.9)


def _plausible(raw: bytes, depth: int) -> str | None:
    """Readable text, or (above the last level) printable text that decodes further."""
    text = _printable(raw)
    if text is None:
        return None
    if _is_language(text) or (depth > 1 and _decode_once(text, depth - 1)):
        return text
    return None


_LOWER_WORD = re.compile(r"[a-z]+")
#: the common words as ROT13 writes them: on ASCII text, ROT13 maps the lower-case words to
#: the words of the ROT13 text, one for one
_ROT13_COMMON_WORDS = frozenset(codecs.encode(w, "rot13") for w in _COMMON_WORDS)
#: the common words read backwards: the words of a reversed text are its words reversed
#: (less the ones that are words forwards too: "won", "ton", "era")
_REVERSED_COMMON_WORDS = (frozenset(w[::-1] for w in _COMMON_WORDS if len(w) > 2)
                          - _COMMON_WORDS - {"won", "ton", "era", "wen", "yas"})


def _english_words(text: str) -> int:
    return sum(map(_COMMON_WORDS.__contains__, _LOWER_WORD.findall(text.lower())))


def _base64_tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, base64 text) for multi-line blocks and for single tokens outside them."""
    tokens = [(m.start(), m.end(), re.sub(r"\s", "", m.group()))
              for m in _B64_BLOCK.finditer(text)]
    for m in _B64.finditer(text):
        if not any(s <= m.start() < e for s, e, _ in tokens):
            tokens.append((m.start(), m.end(), m.group()))
    return tokens


def _decode_once(text: str, depth: int = 1) -> list[Decoded]:
    found: list[Decoded] = []
    for start, end, token in _base64_tokens(text):
        if token.isalpha() and (token.islower() or token.isupper()):
            continue  # a plain long word, not base64
        padded = token + "=" * (-len(token) % 4)
        for decoder in (base64.b64decode, base64.urlsafe_b64decode):
            try:
                plain = _plausible(decoder(padded), depth)
            except (binascii.Error, ValueError):
                plain = None
            if plain:
                found.append(Decoded("base64", start, end, plain))
                break
    for regex in (_HEX, _HEX_ESC) if "\\x" in text else (_HEX,):
        for m in regex.finditer(text):
            digits = re.sub(r"[^0-9A-Fa-f]", "", m.group().replace("\\x", ""))
            try:
                plain = _plausible(bytes.fromhex(digits), depth)
            except ValueError:
                plain = None
            if plain:
                found.append(Decoded("hex", m.start(), m.end(), plain))
    if len(_PCT.findall(text)) >= 3:
        plain = unquote(text)
        if plain != text:
            found.append(Decoded("url", 0, len(text), plain))
    if "\\u" in text or "\\U" in text:
        found += _decode_runs(_U_ESC, "unicode_escape", text, _unescape_u, depth)
    if "&#" in text:
        found += _decode_runs(_CHAR_REF, "html_entity", text, html.unescape, depth)
    if "-" in text and "." in text:
        found += _decode_runs(_MORSE, "morse", text, _unmorse, depth)
    lower_words = _LOWER_WORD.findall(text.lower())
    words = sum(map(_COMMON_WORDS.__contains__, lower_words))
    rot_words = (sum(map(_ROT13_COMMON_WORDS.__contains__, lower_words)) if text.isascii()
                 else _english_words(codecs.decode(text, "rot13")))
    if rot_words >= max(2, words + 2):
        found.append(Decoded("rot13", 0, len(text), codecs.decode(text, "rot13")))
    if any(map(_REVERSED_COMMON_WORDS.__contains__, lower_words)):
        found += _reversed_parts(text)
    if _reads_better_in_leet(text, words):
        leet = _LEET_TOKEN.sub(lambda m: m.group().lower().translate(_LEET), text)
        found.append(Decoded("leetspeak", 0, len(text), leet))
    return found


def _decode_runs(regex: re.Pattern[str], encoding: str, text: str,
                 decode: Callable[[str], str], depth: int) -> list[Decoded]:
    """Each run of `regex` in `text` decoded, where the decoding reads as text."""
    found = []
    for m in regex.finditer(text):
        try:
            plain = _plausible(decode(m.group()).encode("utf-8", "replace"), depth)
        except (ValueError, OverflowError):
            plain = None
        if plain:
            found.append(Decoded(encoding, m.start(), m.end(), plain))
    return found


_PART = re.compile(r"[^\n:!?]+")


def _reversed_parts(text: str) -> list[Decoded]:
    """Lines or clauses (after a colon, "!" or "?") that read as English backwards: more
    common words reversed than forwards ("Read this backwards: .snoitcurtsni ...")."""
    found = []
    for m in _PART.finditer(text):
        words = _LOWER_WORD.findall(m.group().lower())
        backwards = sum(map(_REVERSED_COMMON_WORDS.__contains__, words))
        if backwards >= max(3, sum(map(_COMMON_WORDS.__contains__, words)) + 2):
            part = m.group()
            start = m.start() + len(part) - len(part.lstrip())
            found.append(Decoded("reversed", start, start + len(part.strip()), part.strip()[::-1]))
    return found


def _unescape_u(run: str) -> str:
    r"""A run of `\u0072`, `\U0001F600` or `\u{72}` escapes as the characters it names."""
    return "".join(chr(int(h, 16)) for h in re.findall(r"[0-9A-Fa-f]+", run.replace("\\U", " ")
                                                      .replace("\\u", " ")))


def _unmorse(run: str) -> str:
    """Dots and dashes as letters; " / " or a gap of two or more spaces between words."""
    words = [w.split() for w in re.split(r" ?/ ?| {2,}", run.strip())]
    if sum(len(code) >= 3 for w in words for code in w) < 3:
        raise ValueError("dots and dashes, not Morse")  # "- . - . - ." in a pain diary
    return " ".join("".join(_MORSE_CODE.get(code, "?") for code in w) for w in words)


def _reads_better_in_leet(text: str, words: int) -> bool:
    """Whether the leetspeak reading of `text` has more common words than its `words`."""
    if not text.isascii():
        if not _LEET_TOKEN.search(text):
            return False
        leet = _LEET_TOKEN.sub(lambda m: m.group().lower().translate(_LEET), text)
        return _english_words(leet) > words
    # on ASCII text a word never runs across a token's edge: only the tokens change the count
    tokens = [m.group().lower() for m in _LEET_TOKEN.finditer(text)]
    return sum(_english_words(t.translate(_LEET)) - _english_words(t) for t in tokens) > 0


# Encodings with everyday harmless uses (upload codes, tokens, escaped JSON or HTML) are read
# in place. Reversed text, Morse, ROT13 and leetspeak are not: few write them but to hide.
_READ_IN_PLACE = frozenset({"base64", "hex", "unicode_escape", "html_entity"})


def in_place(text: str, decoded: list[Decoded]) -> tuple[str, tuple[str, ...]]:
    """`text` with each span in an encoding of `_READ_IN_PLACE` replaced by its plain text
    (the innermost decoding of a nested payload), so that a reader of the whole message sees
    words, not the encoding; and the encodings replaced, in order of position."""
    best: dict[tuple[int, int], Decoded] = {}
    for d in decoded:
        if d.encoding.split("+", 1)[0] in _READ_IN_PLACE:
            best[(d.start, d.end)] = d  # later decodings are deeper
    out: list[str] = []
    encodings: list[str] = []
    at = 0
    for (start, end), d in sorted(best.items()):
        if start >= at:  # overlapping spans: the first one wins
            out += [text[at:start], d.text]
            encodings.append(d.encoding)
            at = end
    return "".join(out) + text[at:], tuple(encodings)


def decode_payloads(text: str) -> list[Decoded]:
    """All plausible decodings of `text`, nested up to MAX_DEPTH (e.g. base64 of hex); at
    most MAX_VARIANTS of them (`decode_payloads_checked` says whether more were left)."""
    return decode_payloads_checked(text)[0]


def decode_payloads_checked(text: str) -> tuple[list[Decoded], bool]:
    """`decode_payloads`, and True when `text` holds more plausible decodings than
    MAX_VARIANTS: the rest were not decoded, so a caller must not treat them as scanned."""
    results: list[Decoded] = []
    frontier = [Decoded("", 0, len(text), text)]
    for level in range(MAX_DEPTH):
        nxt: list[Decoded] = []
        for parent in frontier:
            for d in _decode_once(parent.text, MAX_DEPTH - level):
                if parent.encoding:  # nested: report the outer span
                    d = Decoded(f"{parent.encoding}+{d.encoding}", parent.start, parent.end,
                                d.text)
                if all(d.text != r.text for r in results):
                    if len(results) >= MAX_VARIANTS:
                        return results, True
                    results.append(d)
                    nxt.append(d)
        frontier = nxt
    return results, False
