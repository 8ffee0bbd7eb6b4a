"""The JSON report: the run, its summary per OWASP category, gates, and every result.

The format is described by `confide/redteam/report.schema.json` (JSON Schema 2020-12);
`validate()` checks a report against it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from confide.redteam.model import CATEGORIES
from confide.redteam.runner import Run
from confide.redteam.summary import by_category, tally
from confide.redteam.thresholds import Threshold, evaluate

SCHEMA_VERSION = "1.0"


def _version() -> str:
    from confide import __version__

    return __version__


def build_report(run: Run, thresholds: Iterable[Threshold] = ()) -> dict[str, Any]:
    """The report of `run` as a JSON-ready dict, gates evaluated."""
    overall = tally(run.results)
    categories = by_category(run.results)
    gates = evaluate(thresholds, overall, categories)
    o = run.options
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "confide redteam", "version": _version()},
        "run": {
            "started_at": run.started_at.isoformat(),
            "finished_at": run.finished_at.isoformat(),
            "duration_s": round(run.duration_s, 3),
            "seed": o.seed, "concurrency": o.concurrency, "timeout_s": o.timeout,
            "max_attacks": o.max_attacks, "categories": list(o.categories),
            "converters": list(o.converters), "library_size": run.library_size,
            "garak": run.garak, "notes": list(run.notes),
        },
        "target": {"name": run.target, "capabilities": run.capabilities.to_dict()},
        "summary": overall.to_dict(),
        "categories": {c: {"name": CATEGORIES[c], **t.to_dict()} for c, t in categories.items()},
        "thresholds": gates,
        "passed": not any(g["crossed"] for g in gates),
        "results": [{
            "id": r.case_id, "attack_id": r.attack.id, "category": r.attack.category,
            "technique": r.attack.technique, "title": r.attack.title, "converter": r.converter,
            "source": r.attack.source, "scorer": r.attack.scorer, "outcome": r.outcome.value,
            "reasons": list(r.reasons), "error": r.error, "latency_ms": r.latency_ms,
            "transcript": [dict(t) for t in r.transcript],
        } for r in run.results],
    }


@lru_cache(maxsize=1)
def schema() -> Mapping[str, Any]:
    """The report's JSON Schema."""
    return json.loads(resources.files("confide.redteam").joinpath("report.schema.json")
                      .read_text(encoding="utf-8"))


def validate(report: Mapping[str, Any]) -> None:
    """Raise `jsonschema.ValidationError` when `report` does not follow the schema."""
    import jsonschema

    jsonschema.validate(report, schema(), cls=jsonschema.Draft202012Validator)


def write_json(report: Mapping[str, Any], path: Path) -> None:
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
