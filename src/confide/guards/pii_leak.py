"""PII leak: personal data in an answer that this subject did not provide in this conversation.

Each PII entity the detector finds in the answer is compared with the subject's own values
(`ctx.subject_values`) and with the conversation/knowledge (`ctx.context`), normalised:
case and whitespace folded, and digits only for number-like types (phone, SSN, card, ...).
A value found in neither is a leak: it is replaced by `[REDACTED_<TYPE>]` (TRANSFORM) or the
answer is blocked (`action="block"`). Pseudonym placeholders such as `<PERSON_1>` are not
PII. A detector failure blocks the answer (fail closed).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

from confide.guards.base import GuardContext
from confide.verdict import Action, Entity, Verdict

if TYPE_CHECKING:
    from confide.guards.pii import PiiDetector

REASON = "output.pii_leak"
log = logging.getLogger(__name__)

DIGIT_TYPES = frozenset({"PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "US_BANK_NUMBER",
                         "US_PASSPORT", "US_DRIVER_LICENSE", "US_ITIN", "IBAN_CODE",
                         "MEDICAL_RECORD_NUMBER", "US_NPI", "MEMBER_ID", "POLICY_NUMBER",
                         "CLAIM_NUMBER", "IP_ADDRESS", "NHS_NUMBER"})
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*_\d+>|\[REDACTED_[A-Z_]+\]")
_WS = re.compile(r"\s+")
_NON_DIGIT = re.compile(r"\D")
_NUMBERISH = re.compile(r"[A-Za-z]{0,3}\d[\d\s().+\-/]*\d")


def _norm_text(value: str) -> str:
    return _WS.sub(" ", value).strip().casefold()


def _digits(value: str) -> str:
    return _NON_DIGIT.sub("", value)


class PiiLeakGuard:
    """Redacts (or blocks) PII in an answer that the subject or the context did not supply."""

    name = "pii_leak"
    version = "1.0.0"

    def __init__(self, detector: PiiDetector | None = None,
                 mode: Literal["regex", "spacy"] = "regex",
                 action: Action | Literal["transform", "block", "escalate"] = Action.TRANSFORM,
                 min_digits: int = 4) -> None:
        if detector is None:
            from confide.guards.pii import PiiDetector  # heavy import, only when needed

            detector = PiiDetector(mode=mode)
        self.detector = detector
        self.action = Action(action)
        self.min_digits = min_digits
        self.version = f"1.0.0+{getattr(detector, 'mode', mode)}"

    def _known(self, ctx: GuardContext) -> tuple[str, set[str]]:
        """Normalised text of everything the subject/context supplied, and its digit runs."""
        sources: list[str] = [*ctx.subject_values, *ctx.context]
        text = "\n".join(_norm_text(s) for s in sources)
        digit_runs: set[str] = set()
        for s in sources:
            digit_runs.add(_digits(s))
            digit_runs.update(_digits(m.group()) for m in _NUMBERISH.finditer(s))
        digit_runs.discard("")
        return text, digit_runs

    def _is_known(self, ent: Entity, value: str, known_text: str, runs: Iterable[str]) -> bool:
        if ent.type in DIGIT_TYPES or sum(c.isdigit() for c in value) >= self.min_digits:
            d = _digits(value)
            if len(d) >= self.min_digits:
                return any(d in r for r in runs)
        v = _norm_text(value)
        return bool(v) and v in known_text

    def check(self, text: str, ctx: GuardContext) -> Verdict:
        """Find PII in `text` and redact whatever was not supplied by the subject or context."""
        detectors = {self.name: self.version}
        try:
            found = self.detector.analyze(text)
        except Exception as exc:  # fail closed, never echo the text
            log.error("pii_leak detector failed: %s", type(exc).__name__)
            return Verdict(action=Action.BLOCK, reasons=(f"{REASON}.error",),
                           scores={self.name: 1.0}, detectors=detectors)
        placeholders = [m.span() for m in _PLACEHOLDER.finditer(text)]
        known_text, runs = self._known(ctx)
        leaks: list[Entity] = []
        for ent in found:
            if not (0 <= ent.start < ent.end <= len(text)):
                continue
            if any(ent.start < pe and ps < ent.end for ps, pe in placeholders):
                continue
            if self._is_known(ent, text[ent.start:ent.end], known_text, runs):
                continue
            leaks.append(Entity(ent.type, ent.start, ent.end, ent.score, self.name))
        if not leaks:
            return Verdict(scores={self.name: 0.0}, detectors=detectors)
        leaks.sort(key=lambda e: e.start)
        kinds = sorted({e.type.lower() for e in leaks})
        redacted = _redact(text, leaks) if self.action is Action.TRANSFORM else None
        return Verdict(action=self.action, reasons=(REASON, *(f"{REASON}.{k}" for k in kinds)),
                       scores={self.name: max(e.score for e in leaks)}, entities=tuple(leaks),
                       text=redacted, detectors=detectors)


def _redact(text: str, entities: list[Entity]) -> str:
    parts: list[str] = []
    pos = 0
    for e in entities:
        if e.start < pos:  # overlapping spans: extend the earlier redaction
            pos = max(pos, e.end)
            continue
        parts.append(text[pos:e.start])
        parts.append(f"[REDACTED_{e.type}]")
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)
