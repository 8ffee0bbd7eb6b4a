"""The vocabulary every stage speaks: a verdict (action + reason codes) for one piece of text.

A stage (a guard, a policy, a tool check) returns a `Verdict`. Verdicts of one turn are
combined with `combine()`; the audit log, the metrics and the red-team scorer all read
the same fields. Reason codes are short dotted strings, `<layer>.<what>` such as
`input.injection` or `output.pii_leak`; a verdict never carries the text a check matched.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any


class Action(StrEnum):
    """What should happen to the text. Ordered by severity: allow < transform < escalate < block."""

    ALLOW = "allow"
    TRANSFORM = "transform"
    ESCALATE = "escalate"
    BLOCK = "block"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {Action.ALLOW: 0, Action.TRANSFORM: 1, Action.ESCALATE: 2, Action.BLOCK: 3}


class Channel(StrEnum):
    """Where a piece of text came from, which decides how suspicious an instruction in it is."""

    USER = "user"
    DOCUMENT = "document"
    OUTPUT = "output"


@dataclass(frozen=True, slots=True)
class Entity:
    """A span found in the *original* text (offsets index the text as received)."""

    type: str
    start: int
    end: int
    score: float
    detector: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "start": self.start, "end": self.end,
                "score": round(self.score, 4)}


@dataclass(frozen=True, slots=True)
class Verdict:
    """The decision of one or more stages about one text.

    `text` is the transformed text (only meaningful when `action` is TRANSFORM);
    `detectors` maps each stage that contributed to its version, so an old decision
    can be explained after a model update. `repr()` leaves `text` out.
    """

    action: Action = Action.ALLOW
    reasons: tuple[str, ...] = ()
    scores: Mapping[str, float] = field(default_factory=dict)
    entities: tuple[Entity, ...] = ()
    text: str | None = field(default=None, repr=False)  # may hold restored values
    detectors: Mapping[str, str] = field(default_factory=dict)
    latency_ms: float = 0.0

    @property
    def allowed(self) -> bool:
        """True when the text may go on (possibly transformed)."""
        return self.action in (Action.ALLOW, Action.TRANSFORM)

    def with_latency(self, latency_ms: float) -> Verdict:
        return replace(self, latency_ms=latency_ms)

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.action.value,
            "reasons": list(self.reasons),
            "scores": {k: round(v, 4) for k, v in self.scores.items()},
            "entities": [e.to_dict() for e in self.entities],
            "text": self.text if self.action is Action.TRANSFORM else None,
            "detectors": dict(self.detectors),
            "latency_ms": round(self.latency_ms, 3),
        }


ALLOW = Verdict()


def allow(detector: str = "", version: str = "", **scores: float) -> Verdict:
    """An allow verdict that records which detector looked and what it scored."""
    return Verdict(scores=scores, detectors={detector: version} if detector else {})


def combine(verdicts: Iterable[Verdict], text: str | None = None) -> Verdict:
    """Merge the verdicts of several stages: the most severe action wins, the rest is unioned.

    Reasons come most severe first (stages in order within one action), so `reasons[0]` names
    what decided. `text` is the final transformed text, if any stage transformed it.
    """
    verdicts = list(verdicts)
    action = Action.ALLOW
    reasons: list[str] = []
    scores: dict[str, float] = {}
    entities: list[Entity] = []
    detectors: dict[str, str] = {}
    for v in sorted(verdicts, key=lambda v: -v.action.severity):
        reasons.extend(r for r in v.reasons if r not in reasons)
    for v in verdicts:
        if v.action.severity > action.severity:
            action = v.action
        for k, s in v.scores.items():
            scores[k] = max(s, scores.get(k, 0.0))
        entities.extend(v.entities)
        detectors.update(v.detectors)
    entities.sort(key=lambda e: (e.start, e.end))
    return Verdict(action=action, reasons=tuple(reasons), scores=scores,
                   entities=tuple(entities), text=text, detectors=detectors)
