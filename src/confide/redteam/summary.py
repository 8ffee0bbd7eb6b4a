"""Counts and attack success rates, overall and per OWASP category."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from confide.redteam.model import CATEGORIES, Outcome
from confide.redteam.runner import Result


@dataclass(frozen=True, slots=True)
class Tally:
    """Outcomes of a set of results; `asr` is succeeded / (succeeded + defended)."""

    succeeded: int = 0
    defended: int = 0
    errors: int = 0
    skipped: int = 0

    @property
    def total(self) -> int:
        return self.succeeded + self.defended + self.errors + self.skipped

    @property
    def scored(self) -> int:
        return self.succeeded + self.defended

    @property
    def asr(self) -> float | None:
        return self.succeeded / self.scored if self.scored else None

    def metric(self, name: str) -> float | None:
        """A named figure for thresholds: asr, succeeded, defended, errors, skipped, total."""
        if name == "asr":
            return self.asr
        if name == "error_rate":
            return self.errors / self.total if self.total else None
        return float(getattr(self, name))

    def to_dict(self) -> dict[str, Any]:
        asr = self.asr
        return {"total": self.total, "succeeded": self.succeeded, "defended": self.defended,
                "errors": self.errors, "skipped": self.skipped,
                "asr": None if asr is None else round(asr, 6)}


def tally(results: Iterable[Result]) -> Tally:
    counts = {o: 0 for o in Outcome}
    for r in results:
        counts[r.outcome] += 1
    return Tally(counts[Outcome.SUCCEEDED], counts[Outcome.DEFENDED], counts[Outcome.ERROR],
                 counts[Outcome.SKIPPED])


def by_category(results: Iterable[Result]) -> dict[str, Tally]:
    """A tally per category that has results, in OWASP order."""
    items = list(results)
    return {c: tally(r for r in items if r.attack.category == c) for c in CATEGORIES
            if any(r.attack.category == c for r in items)}
