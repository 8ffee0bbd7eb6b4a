"""The controls report as JSON (versioned, with a JSON Schema), Markdown and one HTML page.

The JSON shape is `confide/evidence/report.schema.json` (JSON Schema 2020-12,
`schema_version` "1.0"); `validate()` checks a report against it. Markdown and HTML are
rendered from that JSON, so all three say the same thing; every string from the live
configuration is escaped (HTML entities in both, pipes in Markdown tables).
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from confide.evidence.collect import PLATFORM, Finding, Options
from confide.evidence.controls import ControlResult
from confide.files import open_private

SCHEMA_VERSION = "1.0"
STATUSES = ("pass", "fail", "not_applicable", "info")
FORMATS = ("json", "md", "html")


def build_report(findings: Sequence[Finding], controls: Sequence[ControlResult],
                 options: Options, tenants: Sequence[str],
                 generated_at: datetime | None = None) -> dict[str, Any]:
    """The report as a JSON-ready dict."""
    from confide import __version__

    now = generated_at or options.now or datetime.now(UTC)
    tls = ("terminated_upstream" if options.tls_terminated_upstream
           else "server" if options.tls_cert else "none")
    f_counts = Counter(f.status for f in findings)
    c_counts = Counter(c.status for c in controls)
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "confide evidence", "version": __version__},
        "generated_at": now.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "scope": {"tenants": list(tenants), "all_active_tenants": options.tenant is None},
        "options": {"max_transcript_days": options.max_transcript_days,
                    "unused_key_days": options.unused_days, "tls": tls,
                    "redteam_report_supplied": options.redteam_report is not None},
        "summary": {"passed": not any(c.status == "fail" for c in controls)
                    and not any(f.status == "fail" for f in findings),
                    "findings": {s: f_counts.get(s, 0) for s in STATUSES},
                    "controls": {s: c_counts.get(s, 0) for s in STATUSES if s != "info"}},
        "controls": [c.to_dict() for c in controls],
        "findings": [f.to_dict() for f in findings],
    }


@lru_cache(maxsize=1)
def schema() -> Mapping[str, Any]:
    """The report's JSON Schema."""
    return json.loads(resources.files("confide.evidence").joinpath("report.schema.json")
                      .read_text(encoding="utf-8"))


def validate(report: Mapping[str, Any]) -> None:
    """Raise `jsonschema.ValidationError` when `report` does not follow the schema."""
    import jsonschema

    jsonschema.validate(report, schema(), cls=jsonschema.Draft202012Validator)


def render_json(report: Mapping[str, Any]) -> str:
    """The JSON text."""
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


# -- Markdown ------------------------------------------------------------------------------
def _md(value: Any) -> str:
    """Markdown text on one line: HTML-escaped; pipes, brackets and backticks escaped."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = html.escape(text, quote=False)
    for ch in "|[]`":
        text = text.replace(ch, "\\" + ch)
    return " ".join(text.split())


_LABEL = {"pass": "PASS", "fail": "FAIL", "not_applicable": "N/A", "info": "INFO"}


def _scopes(report: Mapping[str, Any]) -> list[tuple[str, list[Mapping[str, Any]]]]:
    groups: dict[str, list[Mapping[str, Any]]] = {PLATFORM: []}
    for t in report["scope"]["tenants"]:
        groups[t] = []
    for f in report["findings"]:
        groups.setdefault(f["scope"], []).append(f)
    return list(groups.items())


def render_markdown(report: Mapping[str, Any]) -> str:
    """The report as Markdown: summary, control table, then findings per scope."""
    s = report["summary"]
    lines = [
        "# Confide controls evidence", "",
        f"Generated {_md(report['generated_at'])} by {_md(report['tool']['name'])} "
        f"{_md(report['tool']['version'])} (report schema {_md(report['schema_version'])}).",
        f"Scope: {_md(', '.join(report['scope']['tenants']) or 'no tenants')}"
        + (" (all active tenants)." if report["scope"]["all_active_tenants"] else "."), "",
        f"**Overall: {'PASS' if s['passed'] else 'FAIL'}** — controls: "
        + ", ".join(f"{_LABEL[k]} {v}" for k, v in s["controls"].items()), "",
        "## Controls", "",
        "| Control | Framework | Title | Status | Reason |", "|---|---|---|---|---|",
    ]
    lines += [f"| {_md(c['id'])} | {_md(c['framework'])} | {_md(c['title'])} | "
              f"{_LABEL[c['status']]} | {_md(c['reason'])} |" for c in report["controls"]]
    for scope, items in _scopes(report):
        lines += ["", f"## {'Platform' if scope == PLATFORM else 'Tenant ' + _md(scope)}", ""]
        if not items:
            lines.append("No findings.")
        for f in items:
            lines += [f"### {_md(f['title'])} — {_LABEL[f['status']]}", "",
                      f"- id: `{_md(f['key'])}`", f"- reason: {_md(f['reason'])}",
                      f"- controls: {_md(', '.join(f['controls']) or 'none')}",
                      "- evidence:"]
            lines += [f"  - {_md(k)}: {_md(v)}" for k, v in f["evidence"].items()]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# -- HTML ----------------------------------------------------------------------------------
_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:75em;padding:0 1em;color:#222}
table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}
th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f3f3f3}.pass{color:#176b2c;font-weight:600}.fail{color:#b00020;font-weight:600}
.not_applicable{color:#666}.info{color:#1f4e99}code,pre{font-size:12px}
pre{background:#f7f7f7;padding:.5em;overflow-x:auto;white-space:pre-wrap}
"""


def _h(value: Any) -> str:
    return html.escape(value if isinstance(value, str) else str(value), quote=True)


def _badge(status: str) -> str:
    return f'<span class="{_h(status)}">{_h(_LABEL[status])}</span>'


def render_html(report: Mapping[str, Any]) -> str:
    """The report as one self-contained HTML page (no scripts, no external assets)."""
    s = report["summary"]
    out = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        'style-src \'unsafe-inline\'">',
        "<title>Confide controls evidence</title>", f"<style>{_CSS}</style></head><body>",
        "<h1>Confide controls evidence</h1>",
        f"<p>Generated {_h(report['generated_at'])} by {_h(report['tool']['name'])} "
        f"{_h(report['tool']['version'])} (report schema {_h(report['schema_version'])}). "
        f"Scope: {_h(', '.join(report['scope']['tenants']) or 'no tenants')}"
        f"{' (all active tenants)' if report['scope']['all_active_tenants'] else ''}.</p>",
        f"<p><strong>Overall: {_badge('pass' if s['passed'] else 'fail')}</strong> — controls: "
        + ", ".join(f"{_h(_LABEL[k])} {int(v)}" for k, v in s["controls"].items()) + "</p>",
        "<h2>Controls</h2><table><thead><tr><th>Control</th><th>Framework</th><th>Title</th>"
        "<th>Status</th><th>Reason</th></tr></thead><tbody>",
    ]
    out += [f"<tr><td>{_h(c['id'])}</td><td>{_h(c['framework'])}</td><td>{_h(c['title'])}"
            f"</td><td>{_badge(c['status'])}</td><td>{_h(c['reason'])}</td></tr>"
            for c in report["controls"]]
    out.append("</tbody></table>")
    for scope, items in _scopes(report):
        out.append(f"<h2>{'Platform' if scope == PLATFORM else 'Tenant ' + _h(scope)}</h2>")
        if not items:
            out.append("<p>No findings.</p>")
            continue
        out.append("<table><thead><tr><th>Finding</th><th>Status</th><th>Reason</th>"
                   "<th>Controls</th><th>Evidence</th></tr></thead><tbody>")
        out += [f"<tr><td>{_h(f['title'])}<br><code>{_h(f['key'])}</code></td>"
                f"<td>{_badge(f['status'])}</td><td>{_h(f['reason'])}</td>"
                f"<td>{_h(', '.join(f['controls']))}</td>"
                f"<td><pre>{_h(json.dumps(f['evidence'], indent=1, ensure_ascii=False))}"
                "</pre></td></tr>" for f in items]
        out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


RENDERERS = {"json": (render_json, "evidence.json"), "md": (render_markdown, "evidence.md"),
             "html": (render_html, "evidence.html")}


def write_private(path: Path, text: str) -> None:
    """Write `text` to `path` as an owner-only (0600) file; a symbolic link is refused."""
    with open_private(path) as fh:
        fh.write(text)


def write_reports(report: Mapping[str, Any], out_dir: Path,
                  formats: Sequence[str] = FORMATS) -> list[Path]:
    """Write the report in each format to `out_dir` (created 0700 if missing)."""
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    paths = []
    for fmt in formats:
        render, name = RENDERERS[fmt]
        path = out_dir / name
        write_private(path, render(report))
        paths.append(path)
    return paths


__all__ = ["FORMATS", "SCHEMA_VERSION", "build_report", "render_html", "render_json",
           "render_markdown", "schema", "validate", "write_reports"]
