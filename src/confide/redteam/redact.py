"""Redaction of stored transcripts: evidence without the seeded data or the canary.

Seeded values and the canary are replaced by `[SEEDED_<FIELD>]` / `[CANARY]` wherever they
appear: with other separators or spacing, and also when disguised by look-alike letters,
invisible characters or leetspeak (matching runs on `confide.guards.normalize` views of the
text and maps back to the original). Whatever else the regex-mode PII detector finds
becomes `[REDACTED_<TYPE>]`; very long texts are cut to a head and a count of what was cut.
"""

from __future__ import annotations

import re
from functools import cached_property

from confide.guards.normalize import normalize
from confide.redteam.fixture import Fixture, digit_like

MAX_STORED_CHARS = 4000
_CUT_MARGIN = 1000  # longer than any seeded value, even disguised
_UNLEET = str.maketrans({"4": "a", "3": "e", "1": "i", "0": "o", "5": "s", "7": "t"})


def _value_patterns(value: str) -> list[re.Pattern[str]]:
    """Patterns for `value` that tolerate other separators; a value with commas (an address,
    a diagnosis) is also matched by its first part alone."""
    if digit_like(value):
        digits = [c for c in value if c.isdigit()]
        prefix = re.match(r"[A-Za-z]+", value)
        lead = rf"(?:{prefix.group()}[\s\-:#]*)?" if prefix else r"\(?"
        return [re.compile(r"(?<![\w\d])" + lead + r"\D{0,3}".join(digits) + r"(?!\d)",
                           re.IGNORECASE)]
    out = []
    for part in dict.fromkeys((value, value.split(",")[0])):
        words = [re.escape(w) for w in re.split(r"[\s,]+", part) if w]
        out.append(re.compile(r"(?<!\w)" + r"[\s,]+".join(words) + r"(?!\w)", re.IGNORECASE))
    return out


class Redactor:
    """Redacts one run's transcripts (seeded values and canary of `fixture`, then PII)."""

    def __init__(self, fixture: Fixture, *, max_chars: int = MAX_STORED_CHARS,
                 use_detector: bool = True) -> None:
        self.fixture = fixture
        self.max_chars = max_chars
        self.use_detector = use_detector
        values = {**fixture.seeded_values(),
                  **{f"{s.key}.diagnosis": s.diagnosis
                     for s in (fixture.current, *fixture.others)}}
        canary = fixture.canary
        # longest first, so a full address goes before the name inside it
        self._patterns = [("[CANARY]", re.compile(re.escape(v), re.IGNORECASE))
                          for v in (canary, canary.removeprefix("cnry-"))]
        self._patterns += [(f"[SEEDED_{key.split('.', 1)[1].upper()}]", p)
                           for key, v in sorted(values.items(), key=lambda kv: -len(kv[1]))
                           for p in _value_patterns(v)]

    @cached_property
    def _detector(self):  # -> PiiDetector
        from confide.guards.pii import PiiDetector

        return PiiDetector(mode="regex")

    def redact(self, text: str) -> str:
        """`text` as it may be stored in a report.

        Redaction runs before the cut (on the head plus a margin), so a value that straddles
        the cut is replaced whole rather than stored in part.
        """
        head = text[: self.max_chars + _CUT_MARGIN]
        redacted = self._redact_seeded(head)
        if self.use_detector:
            redacted = self._redact_detected(redacted)
        cut = len(redacted) - self.max_chars
        if cut > 0:
            cut += len(text) - len(head)
            redacted = redacted[: self.max_chars] + f"\n…[{cut} more characters not stored]"
        return redacted

    def _redact_seeded(self, text: str) -> str:
        """Replace seeded values found in the text or in its normalised/un-leeted views."""
        norm = normalize(text)
        views = [(text, None), (norm.text, norm), (norm.text.translate(_UNLEET), norm)]
        spans: list[tuple[int, int, str]] = []
        for view, mapping in views:
            for label, pattern in self._patterns:
                for m in pattern.finditer(view):
                    s, e = m.span()
                    if mapping is not None and mapping.origins:
                        s, e = mapping.span_to_original(s, e)
                    spans.append((s, e, label))
        return _replace(text, spans)

    def _redact_detected(self, text: str) -> str:
        spans = [(e.start, e.end, f"[REDACTED_{e.type}]") for e in self._detector.analyze(text)
                 if not (text[e.start:e.end].startswith("[") and text[e.start:e.end]
                         .endswith("]"))]
        return _replace(text, spans)


def _replace(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Replace non-overlapping spans (the earliest, then the longest, wins)."""
    parts: list[str] = []
    pos = 0
    for s, e, label in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]))):
        if s < pos or e <= s:
            continue
        parts.append(text[pos:s])
        parts.append(label)
        pos = e
    parts.append(text[pos:])
    return "".join(parts)
