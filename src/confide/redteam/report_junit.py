"""JUnit XML: one testsuite per OWASP category, one testcase per attack; a successful attack
is a failure, a target error an error, an attack the target cannot take is skipped. Crossed
`--fail-on` gates are failures of a `thresholds` suite, so CI shows why the job failed."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import Any

_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    """`text` without the characters XML 1.0 cannot hold."""
    return _NOT_XML.sub("\ufffd", text)


def _text(messages: list[Mapping[str, Any]], limit: int = 20_000) -> str:
    body = "\n\n".join(f"[{m['role']}] {m['content']}" for m in messages)
    return _clean(body[:limit])


def render_junit(report: Mapping[str, Any]) -> str:
    """The JUnit XML document for a JSON report."""
    root = ET.Element("testsuites", name="confide redteam",
                      time=f"{report['run']['duration_s']:.3f}")
    by_cat: dict[str, list[Mapping[str, Any]]] = {}
    for r in report["results"]:
        by_cat.setdefault(r["category"], []).append(r)
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for cat, results in by_cat.items():
        name = report["categories"].get(cat, {}).get("name", "")
        suite = ET.SubElement(root, "testsuite", name=f"{cat} {name}".strip())
        counts = {"tests": len(results), "failures": 0, "errors": 0, "skipped": 0}
        for r in results:
            case = ET.SubElement(suite, "testcase", classname=f"redteam.{cat}",
                                 name=_clean(r["id"]), time=f"{r['latency_ms'] / 1000:.3f}")
            if r["outcome"] == "succeeded":
                counts["failures"] += 1
                el = ET.SubElement(case, "failure", type="attack_succeeded",
                                   message=_clean(f"{r['title']}: " + ", ".join(r["reasons"])))
                el.text = _text(r["transcript"])
            elif r["outcome"] == "error":
                counts["errors"] += 1
                ET.SubElement(case, "error", type="target_error", message=_clean(r["error"] or ""))
            elif r["outcome"] == "skipped":
                counts["skipped"] += 1
                ET.SubElement(case, "skipped", message=_clean(r["error"] or ""))
        for k, v in counts.items():
            suite.set(k, str(v))
            totals[k] += v
    if report["thresholds"]:
        suite = ET.SubElement(root, "testsuite", name="thresholds")
        crossed = 0
        for g in report["thresholds"]:
            case = ET.SubElement(suite, "testcase", classname="redteam.thresholds",
                                 name=g["expression"])
            if g["crossed"]:
                crossed += 1
                ET.SubElement(case, "failure", type="threshold_crossed",
                              message=f"{g['expression']}: measured {g['value']}")
        suite.set("tests", str(len(report["thresholds"])))
        suite.set("failures", str(crossed))
        totals["tests"] += len(report["thresholds"])
        totals["failures"] += crossed
    for k, v in totals.items():
        root.set(k, str(v))
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode")


def write_junit(report: Mapping[str, Any], path: Path) -> None:
    path.write_text(render_junit(report) + "\n", encoding="utf-8")
