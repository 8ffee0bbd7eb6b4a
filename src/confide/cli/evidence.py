"""`confide evidence`: write the controls report (JSON, Markdown, HTML) from the live state.

Exit status: 0 when no control fails, 1 when any control fails (or the report could not be
made: one `error:` line on stderr), 2 on a usage error.
"""

from __future__ import annotations

import errno
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from confide.cli.admin import _errors_to_exit, _open_services
from confide.cli.app import app

USAGE = 2


def _usage(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(USAGE)


def _formats(value: str) -> list[str]:
    from confide.evidence.report import FORMATS

    chosen = list(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        _usage(f"--format takes a comma-separated list of {', '.join(FORMATS)}"
               + (f" (unknown: {', '.join(unknown)})" if unknown else ""))
    return chosen


@app.command()
@_errors_to_exit
def evidence(
    tenant: Annotated[str | None, typer.Option(
        "--tenant", help="Only this tenant (default: every active tenant).")] = None,
    out: Annotated[Path, typer.Option(
        "--out", "-o", help="Folder for evidence.json, evidence.md, evidence.html.")
    ] = Path("evidence"),
    fmt: Annotated[str, typer.Option(
        "--format", help="Comma-separated: md,html,json.")] = "md,html,json",
    redteam_report: Annotated[Path | None, typer.Option(
        "--redteam-report", help="report.json of the last `confide redteam` run.")] = None,
    tls_cert: Annotated[Path | None, typer.Option(
        "--tls-cert", help="The TLS certificate the server uses (PEM).")] = None,
    tls_key: Annotated[Path | None, typer.Option(
        "--tls-key", help="The TLS private key the server uses (PEM).")] = None,
    tls_terminated_upstream: Annotated[bool, typer.Option(
        "--tls-terminated-upstream",
        help="Assert that a proxy in front of Confide terminates TLS.")] = False,
    max_transcript_days: Annotated[int, typer.Option(
        "--max-transcript-days", min=1, max=3650,
        help="Longest transcript retention a persona may set.")] = 365,
) -> None:
    """Write a controls-evidence report from the live configuration and state.

    Checks encryption at rest and in transit, the audit chains (verified now) and their
    retention, API keys, persona retention, consent, residency, the model and
    sub-processor inventory, irreversible tools, the Shield, and the last red-team run;
    maps each to HIPAA, EU AI Act, NIST SP 800-53 and SOC 2 controls.
    """
    from confide.evidence import EvidenceInputError, Options, run
    from confide.evidence.report import validate, write_reports

    formats = _formats(fmt)
    if (tls_cert is None) != (tls_key is None):
        _usage("TLS evidence needs both --tls-cert and --tls-key")
    if tls_cert is not None and tls_terminated_upstream:
        _usage("give either --tls-cert/--tls-key or --tls-terminated-upstream, not both")
    options = Options(tenant=tenant, tls_cert=tls_cert, tls_key=tls_key,
                      tls_terminated_upstream=tls_terminated_upstream,
                      redteam_report=redteam_report, max_transcript_days=max_transcript_days)
    with _open_services() as services:
        try:
            report = run(services, options)
        except EvidenceInputError as exc:
            _usage(str(exc))
    validate(report)
    try:
        paths = write_reports(report, out, formats)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            _usage(f"refusing to write through a symbolic link in {out}")
        _usage(f"cannot write to {out}: {exc.strerror or type(exc).__name__}")
    _summary(report)
    for path in paths:
        typer.echo(f"wrote {path}")
    if not report["summary"]["passed"]:
        raise typer.Exit(1)


def _summary(report: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    style = {"pass": "green", "fail": "bold red", "not_applicable": "dim"}
    console = Console(file=sys.stdout, width=None if sys.stdout.isatty() else 160)
    table = Table(title="Controls evidence")
    table.add_column("control")
    table.add_column("status")
    table.add_column("reason", overflow="fold")
    for c in report["controls"]:
        table.add_row(escape(c["id"]), f"[{style[c['status']]}]{c['status']}[/]",
                      escape(c["reason"]))
    console.print(table)
    overall = "PASS" if report["summary"]["passed"] else "FAIL"
    console.print(f"overall: {overall}")
