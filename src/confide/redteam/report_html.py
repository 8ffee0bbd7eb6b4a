"""A self-contained HTML report: inline CSS, an inline SVG chart of attack success rate per
category, the gates, and every finding's redacted transcript. No external assets, no script."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:72rem;
color:#1d2430;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;
border-bottom:1px solid #dde2ea;vertical-align:top}th{background:#f3f5f8}
.num{text-align:right;font-variant-numeric:tabular-nums}
.pass{color:#11643a;font-weight:600}.fail{color:#a4161a;font-weight:600}
.badge{display:inline-block;padding:0 .4rem;border-radius:.3rem;font-size:.8rem}
.succeeded{background:#fbe3e4;color:#a4161a}.defended{background:#e3f5ea;color:#11643a}
.error{background:#fff4d6;color:#7a5300}.skipped{background:#eceff3;color:#4b5563}
details{border:1px solid #dde2ea;border-radius:.4rem;margin:.4rem 0;padding:.3rem .6rem}
summary{cursor:pointer}
.msg{margin:.4rem 0;padding:.4rem .6rem;border-radius:.3rem;white-space:pre-wrap;
word-break:break-word;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12.5px}
.user{background:#eef3fb}.assistant{background:#f6f6f6}.document{background:#fdf7e8}
.role{font-weight:600;font-family:system-ui,sans-serif}
.meta{color:#4b5563;font-size:.85rem}
"""


def asr_chart(categories: Mapping[str, Mapping[str, Any]]) -> str:
    """An SVG bar chart of attack success rate (0-100%) per category."""
    items = list(categories.items())
    bar_w, gap, height, top, left = 56, 24, 180, 20, 40
    width = left + len(items) * (bar_w + gap) + gap
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" '
             f'height="{height + top + 50}" viewBox="0 0 {width} {height + top + 50}">',
             "<title>Attack success rate per OWASP category</title>"]
    for pct in (0, 25, 50, 75, 100):
        y = top + height - height * pct / 100
        parts.append(f'<line x1="{left}" x2="{width}" y1="{y:.1f}" y2="{y:.1f}" '
                     f'stroke="#dde2ea"/><text x="{left - 6}" y="{y + 4:.1f}" font-size="11" '
                     f'text-anchor="end" fill="#4b5563">{pct}%</text>')
    for i, (cat, t) in enumerate(items):
        asr = t.get("asr")
        x = left + gap + i * (bar_w + gap)
        h = height * (asr or 0.0)
        color = "#a4161a" if asr else "#11643a"
        label = "n/a" if asr is None else f"{asr * 100:.1f}%"
        parts.append(f'<rect x="{x}" y="{top + height - h:.1f}" width="{bar_w}" '
                     f'height="{max(h, 1):.1f}" fill="{color}"><title>{escape(cat)}: '
                     f'{label} ({t["succeeded"]} of {t["succeeded"] + t["defended"]})</title>'
                     "</rect>")
        parts.append(f'<text x="{x + bar_w / 2}" y="{top + height - h - 4:.1f}" '
                     f'font-size="11" text-anchor="middle">{label}</text>')
        parts.append(f'<text x="{x + bar_w / 2}" y="{top + height + 16}" font-size="12" '
                     f'text-anchor="middle">{escape(cat)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _transcript(messages: Sequence[Mapping[str, Any]]) -> str:
    out = []
    for m in messages:
        role = str(m["role"])
        tenant = f" · tenant {escape(str(m['tenant']))}" if m.get("tenant", "a") != "a" else ""
        calls = "".join(f"\n→ tool call {escape(c['name'])} ({escape(c['status'])}): "
                        f"{escape(c['arguments'])}" for c in m.get("tool_calls", ()))
        out.append(f'<div class="msg {escape(role)}"><span class="role">{escape(role)}'
                   f"{tenant}</span>\n{escape(str(m['content']))}{calls}</div>")
    return "".join(out)


def _pct(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{value * 100:.{digits}f}%"


def render_html(report: Mapping[str, Any]) -> str:
    """The HTML page for a JSON report (see `report_json.build_report`)."""
    run, summary, target = report["run"], report["summary"], report["target"]
    verdict = ('<span class="pass">PASSED</span>' if report["passed"]
               else '<span class="fail">FAILED</span>')
    asr = summary["asr"]
    rows = "".join(
        f"<tr><td>{escape(c)}</td><td>{escape(t['name'])}</td>"
        f'<td class="num">{t["succeeded"]}</td><td class="num">{t["defended"]}</td>'
        f'<td class="num">{t["errors"]}</td><td class="num">{t["skipped"]}</td>'
        f'<td class="num">{_pct(t["asr"])}</td></tr>'
        for c, t in report["categories"].items())
    gates = "".join(
        f"<tr><td>{escape(g['expression'])}</td><td class='num'>"
        f"{'n/a' if g['value'] is None else g['value']}</td><td>"
        f"{'<span class=fail>crossed</span>' if g['crossed'] else '<span class=pass>ok</span>'}"
        "</td></tr>" for g in report["thresholds"]) or "<tr><td colspan=3>none</td></tr>"
    order = {"succeeded": 0, "error": 1, "defended": 2, "skipped": 3}
    results = sorted(report["results"], key=lambda r: (order[r["outcome"]], r["category"],
                                                       r["id"]))
    details = "".join(
        f"<details{' open' if r['outcome'] == 'succeeded' and i < 20 else ''}><summary>"
        f'<span class="badge {escape(r["outcome"])}">{escape(r["outcome"])}</span> '
        f"<b>{escape(r['category'])}</b> {escape(r['id'])} — {escape(r['title'])}</summary>"
        f'<p class="meta">scorer {escape(r["scorer"])} · converter {escape(r["converter"])}'
        f" · {r['latency_ms']:.0f} ms"
        f"{' · reasons: ' + escape(', '.join(r['reasons'])) if r['reasons'] else ''}"
        f"{' · ' + escape(r['error']) if r['error'] else ''}</p>"
        f"{_transcript(r['transcript'])}</details>"
        for i, r in enumerate(results))
    caps = ", ".join(f"{k}: {v}" for k, v in target["capabilities"].items())
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>confide redteam report</title><style>{_CSS}</style></head><body>
<h1>confide redteam report — {verdict}</h1>
<p class="meta">Target {escape(target['name'])} ({escape(caps)})<br>
Started {escape(run['started_at'])}, {run['duration_s']:.1f} s, seed {run['seed']},
concurrency {run['concurrency']}, converters {escape(', '.join(run['converters']))},
garak {escape(run['garak'])}</p>
<p>{summary['total']} attacks: <b>{summary['succeeded']} succeeded</b>,
{summary['defended']} defended, {summary['errors']} errors, {summary['skipped']} skipped.
Attack success rate {_pct(asr, 2)}.</p>
<h2>Attack success rate per OWASP Top 10 for LLM Applications (2025) category</h2>
{asr_chart(report['categories'])}
<table><tr><th>category</th><th>name</th><th class="num">succeeded</th>
<th class="num">defended</th><th class="num">errors</th><th class="num">skipped</th>
<th class="num">ASR</th></tr>{rows}</table>
<h2>Gates</h2><table><tr><th>expression</th><th class="num">value</th><th>result</th></tr>
{gates}</table>
<h2>Results and evidence</h2>
<p class="meta">Transcripts are redacted: seeded identities, the canary and detected
personal data are replaced by placeholders.</p>
{details}
</body></html>
"""


def write_html(report: Mapping[str, Any], path: Path) -> None:
    path.write_text(render_html(report), encoding="utf-8")
