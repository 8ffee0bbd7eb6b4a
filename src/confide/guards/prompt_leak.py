"""System-prompt leakage: a per-conversation canary token, and overlap with the prompt's text.

Two signals, either one blocks the answer:

- the conversation's canary (see `make_canary`) appears in the answer, also when it is
  spaced out, re-cased, interleaved with invisible characters, split across lines, or
  base64/hex encoded;
- the answer contains enough of the system prompt's wording: content-word bigram shingles
  (stop words dropped, light stemming) make the match robust to light paraphrase, to
  reordered sentences and to bullet-point dumps, while a short generic overlap ("How can I
  help you today?") stays well under the thresholds.
"""

from __future__ import annotations

import base64
import re
import secrets
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from confide.guards.base import GuardContext
from confide.verdict import Action, Entity, Verdict

REASON = "output.system_prompt_leak"
CANARY_PREFIX = "cnry-"

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOP_WORDS = (
    """a an the and or but if then else of to in on at by for with from as is are was were be
    been being am do does did done have has had having i me my we our us you your yours he him
    his she her it its they them their this that these those there here what which who whom
    whose when where why how all any each some no not nor so than too very can could will would
    shall should may might must just also only own same such into over under about above below
    up down out off again further once both few more most other s t don isn aren wasn weren"""
)
_STOP = frozenset(_STOP_WORDS.split())
_SUFFIXES = (("ingly", ""), ("ings", ""), ("ing", ""), ("edly", ""), ("ied", "y"), ("ies", "y"),
             ("ed", ""), ("ly", ""), ("s", ""))


def make_canary() -> str:
    """A fresh, unguessable token to place in one conversation's system prompt."""
    return CANARY_PREFIX + secrets.token_hex(8)


def _stem(word: str) -> str:
    for suf, repl in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3 and not word.endswith("ss"):
            return word[: -len(suf)] + repl
    return word


def _content_tokens(text: str) -> list[tuple[str, int, int]]:
    """Stemmed content words of `text` with their offsets."""
    out: list[tuple[str, int, int]] = []
    for m in _WORD.finditer(text):
        w = m.group().casefold()
        if w in _STOP or len(w) < 2:
            continue
        out.append((_stem(w), m.start(), m.end()))
    return out


def _shingles(tokens: list[tuple[str, int, int]], n: int) -> set[tuple[str, ...]]:
    words = [t[0] for t in tokens]
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


# Latin look-alikes (Cyrillic, Greek) of the characters a canary is made of; NFKC covers the
# full-width and mathematical forms.
_LOOKALIKES = str.maketrans({
    "а": "a", "в": "b", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x", "у": "y", "к": "k",
    "н": "h", "т": "t", "м": "m", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "А": "A", "В": "B", "С": "C", "Е": "E", "О": "O", "Р": "P", "Х": "X", "К": "K", "Н": "H",
    "Т": "T", "М": "M", "α": "a", "ε": "e", "ο": "o", "ρ": "p", "ν": "v", "κ": "k", "τ": "t",
    "Α": "A", "Β": "B", "Ε": "E", "Ο": "O", "Ρ": "P", "Χ": "X", "Κ": "K", "Η": "H", "Τ": "T",
    "Μ": "M", "Ν": "N", "Ζ": "Z", "Ι": "I",
})


def _compact(text: str, keep_case: bool) -> tuple[str, list[int]]:
    """Alphanumerics of `text` (format/invisible characters and separators dropped), with the
    index in `text` of each kept character."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch).translate(_LOOKALIKES)
        for c in folded:
            if c.isalnum() or (keep_case and c in "+/=-_"):
                for out in (c if keep_case else c.casefold()):  # casefold("ß") == "ss"
                    chars.append(out)
                    index.append(i)
    return "".join(chars), index


def _b64_variants(token: bytes) -> set[str]:
    """Base64 substrings that appear whenever `token` is base64-encoded at any byte alignment."""
    variants: set[str] = set()
    for pad in range(3):
        enc = base64.b64encode(b"\0" * pad + token).decode()
        start = {0: 0, 1: 2, 2: 3}[pad]  # skip characters mixed with the padding bytes
        end = len(enc) - 4  # the tail is mixed with whatever follows
        core = enc[start:end]
        if len(core) >= 8:
            variants.add(core)
            variants.add(core.replace("+", "-").replace("/", "_"))
    return variants


@dataclass(frozen=True)
class _Overlap:
    score: float  # share of the prompt's shingles found in the answer (containment)
    share: float  # share of the answer's shingles that come from the prompt
    matched: int
    spans: tuple[tuple[int, int], ...]


class PromptLeakGuard:
    """Blocks answers that reveal the conversation's canary or the system prompt's text."""

    name = "prompt_leak"
    version = "1.0.0"

    def __init__(self, *, shingle_size: int = 2, min_matched: int = 6,
                 containment_threshold: float = 0.35, answer_share_threshold: float = 0.5,
                 absolute_matched: int = 12,
                 min_canary_chars: int = 8, action: Action | str = Action.BLOCK) -> None:
        self.shingle_size = shingle_size
        self.min_matched = min_matched
        self.containment_threshold = containment_threshold
        self.answer_share_threshold = answer_share_threshold
        self.absolute_matched = absolute_matched
        self.min_canary_chars = min_canary_chars
        self.action = Action(action)

    # -- canary -------------------------------------------------------------------------
    def _canary_spans(self, text: str, canary: str) -> list[tuple[int, int]]:
        needle, _ = _compact(canary, keep_case=False)
        if len(needle) < self.min_canary_chars:
            return []
        spans: list[tuple[int, int]] = []
        hay, idx = _compact(text, keep_case=False)
        needles = {needle}
        tail, _ = _compact(canary.removeprefix(CANARY_PREFIX), keep_case=False)
        if len(tail) >= self.min_canary_chars:
            needles.add(tail)  # the random part alone identifies the conversation too
        for n in needles:
            spans.extend(_find_all(hay, idx, n))
        hex_needle = canary.encode().hex()
        spans.extend(_find_all(hay, idx, hex_needle))
        hay_cs, idx_cs = _compact(text, keep_case=True)
        raw = canary.encode()
        for variant in _b64_variants(raw) | _b64_variants(needle.encode()):
            spans.extend(_find_all(hay_cs, idx_cs, variant))
        return spans

    # -- overlap ------------------------------------------------------------------------
    def _overlap(self, text: str, system_prompt: str) -> _Overlap:
        n = self.shingle_size
        prompt_sh = _shingles(_content_tokens(system_prompt), n)
        if not prompt_sh:
            return _Overlap(0.0, 0.0, 0, ())
        tokens = _content_tokens(text)
        words = [t[0] for t in tokens]
        hit_tokens: set[int] = set()
        matched: set[tuple[str, ...]] = set()
        for i in range(len(words) - n + 1):
            sh = tuple(words[i : i + n])
            if sh in prompt_sh:
                matched.add(sh)
                hit_tokens.update(range(i, i + n))
        containment = len(matched) / len(prompt_sh)
        share = len(matched) / max(1, len(_shingles(tokens, n)))
        spans = _merge((tokens[i][1], tokens[i][2]) for i in sorted(hit_tokens))
        return _Overlap(containment, share, len(matched), tuple(spans))

    def _overlap_leaks(self, ov: _Overlap) -> bool:
        if ov.matched >= self.absolute_matched:
            return True
        return ov.matched >= self.min_matched and (
            ov.score >= self.containment_threshold or ov.share >= self.answer_share_threshold)

    # -- guard --------------------------------------------------------------------------
    def check(self, text: str, ctx: GuardContext) -> Verdict:
        """Score `text` (a model answer) against `ctx.canary` and `ctx.system_prompt`."""
        reasons: list[str] = []
        entities: list[Entity] = []
        score = 0.0
        if ctx.canary:
            spans = self._canary_spans(text, ctx.canary)
            if spans:
                score = 1.0
                reasons.append(REASON + ".canary")
                entities.extend(Entity("CANARY", s, e, 1.0, self.name) for s, e in _merge(spans))
        if ctx.system_prompt:
            ov = self._overlap(text, ctx.system_prompt)
            strength = min(1.0, max(ov.score / self.containment_threshold,
                                    ov.matched / self.absolute_matched))
            leaked = self._overlap_leaks(ov)
            score = max(score, strength if leaked else min(strength, 0.49))
            if leaked:
                reasons.append(REASON + ".overlap")
                entities.extend(Entity("SYSTEM_PROMPT_OVERLAP", s, e, round(strength, 4),
                                       self.name) for s, e in ov.spans)
        detectors = {self.name: self.version}
        scores = {self.name: score}
        if not reasons:
            return Verdict(scores=scores, detectors=detectors)
        entities.sort(key=lambda e: (e.start, e.end))
        return Verdict(action=self.action, reasons=(REASON, *reasons), scores=scores,
                       entities=tuple(entities), detectors=detectors)


def _find_all(hay: str, index: list[int], needle: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = hay.find(needle)
    while start != -1:
        out.append((index[start], index[start + len(needle) - 1] + 1))
        start = hay.find(needle, start + 1)
    return out


def _merge(spans: Iterable[tuple[int, int]], gap: int = 1) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1] + gap:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]
