"""Redaction of stored transcripts: evidence without the seeded data or the canary.

Seeded values (in any spacing or separators), diagnoses and the canary are replaced by
`[SEEDED_<FIELD>]` / `[CANARY]`; whatever else the regex-mode PII detector finds becomes
`[REDACTED_<TYPE>]`; very long texts are cut to a head and a count of what was cut.
"""

from __future__ import annotations

import re
from functools import cached_property

from confide.redteam.fixture import Fixture, digit_like

MAX_STORED_CHARS = 4000


def _value_patterns(value: str) -> list[re.Pattern[str]]:
    """Patterns for `value` that tolerate other separators; a value with commas (an address,
    a diagnosis) is also matched by its first part alone."""
    if digit_like(value):
        digits = [c for c in value if c.isdigit()]
        return [re.compile(r"(?<!\d)" + r"\D{0,3}".join(digits) + r"(?!\d)")]
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
        # longest first, so a full address goes before the name inside it
        self._patterns = [(f"[SEEDED_{key.split('.', 1)[1].upper()}]", p)
                          for key, v in sorted(values.items(), key=lambda kv: -len(kv[1]))
                          for p in _value_patterns(v)]

    @cached_property
    def _detector(self):  # -> PiiDetector
        from confide.guards.pii import PiiDetector

        return PiiDetector(mode="regex")

    def redact(self, text: str) -> str:
        """`text` as it may be stored in a report."""
        cut = len(text) - self.max_chars
        if cut > 0:
            text = text[: self.max_chars]
        canary = self.fixture.canary
        text = re.sub(re.escape(canary), "[CANARY]", text, flags=re.IGNORECASE)
        text = re.sub(re.escape(canary.removeprefix("cnry-")), "[CANARY]", text,
                      flags=re.IGNORECASE)
        for label, pattern in self._patterns:
            text = pattern.sub(label, text)
        if self.use_detector:
            text = self._redact_detected(text)
        if cut > 0:
            text += f"\n…[{cut} more characters not stored]"
        return text

    def _redact_detected(self, text: str) -> str:
        parts: list[str] = []
        pos = 0
        for ent in self._detector.analyze(text):
            if ent.start < pos:
                continue
            span = text[ent.start:ent.end]
            if span.startswith("[") and span.endswith("]"):
                continue  # already a placeholder
            parts.append(text[pos:ent.start])
            parts.append(f"[REDACTED_{ent.type}]")
            pos = ent.end
        parts.append(text[pos:])
        return "".join(parts)
