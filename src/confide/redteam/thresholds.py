"""`--fail-on` gates: `asr>0.02`, `LLM07:asr>0`, `succeeded>=1`, `errors>5`."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from confide.redteam.model import CATEGORIES
from confide.redteam.summary import Tally

METRICS = ("asr", "succeeded", "defended", "errors", "skipped", "total", "error_rate")
_OPS: Mapping[str, Callable[[float, float], bool]] = {
    ">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le, "==": operator.eq}
_EXPR = re.compile(r"^\s*(?:(LLM\d\d)\s*:\s*)?([a-z_]+)\s*(>=|<=|==|>|<)\s*([0-9]*\.?[0-9]+)"
                   r"\s*(%?)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Threshold:
    """One gate: the run fails when `metric` (overall or of `category`) `op` `limit`."""

    expression: str
    category: str | None
    metric: str
    op: str
    limit: float

    def check(self, overall: Tally, categories: Mapping[str, Tally]) -> tuple[float | None, bool]:
        """The measured value and whether the gate is crossed (no data crosses nothing)."""
        t = categories.get(self.category) if self.category else overall
        value = t.metric(self.metric) if t is not None else None
        return value, value is not None and _OPS[self.op](value, self.limit)


def parse_threshold(expression: str) -> Threshold:
    """Parse one gate; percentages are allowed (`asr>2%`)."""
    m = _EXPR.match(expression)
    if not m:
        raise ValueError(f"bad --fail-on {expression!r}; write e.g. 'asr>0.02' or 'LLM07:asr>0'")
    category, metric, op, limit, pct = m.groups()
    category = category.upper() if category else None
    if category and category not in CATEGORIES:
        raise ValueError(f"unknown category {category} in --fail-on {expression!r}")
    metric = metric.lower()
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}; use one of {', '.join(METRICS)}")
    value = float(limit) / (100 if pct else 1)
    return Threshold(expression.strip(), category, metric, op, value)


def parse_thresholds(expressions: Iterable[str]) -> list[Threshold]:
    """Gates from repeated options or comma-separated lists."""
    return [parse_threshold(part) for e in expressions for part in e.split(",") if part.strip()]


def evaluate(thresholds: Iterable[Threshold], overall: Tally,
             categories: Mapping[str, Tally]) -> list[dict[str, Any]]:
    """Each gate with its measured value and whether it was crossed."""
    out = []
    for t in thresholds:
        value, crossed = t.check(overall, categories)
        out.append({"expression": t.expression, "category": t.category, "metric": t.metric,
                    "op": t.op, "limit": t.limit,
                    "value": None if value is None else round(value, 6), "crossed": crossed})
    return out
