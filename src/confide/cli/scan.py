"""`confide scan`: run the Shield over a JSONL file, one verdict line per input line."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

import typer

from confide.cli.app import app


class ScanChannel(StrEnum):
    user = "user"
    document = "document"
    output = "output"


def _error_line(line_no: int, item_id: Any, code: str, message: str) -> dict[str, Any]:
    return {"id": item_id, "line": line_no, "verdict": "error",
            "error": {"code": code, "message": message}}


def _as_context(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise TypeError("context must be a string or a list of strings")


def scan_lines(shield: Any, channel: ScanChannel, lines: IO[str], out: IO[str],
               progress: Any = None) -> tuple[int, int]:
    """Scan every JSONL line of `lines` into `out`; returns (scanned, errors)."""
    scanned = errors = 0
    for line_no, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        item_id: Any = None
        try:
            item = json.loads(raw)
            if not isinstance(item, dict):
                raise TypeError("line is not a JSON object")
            item_id = item.get("id")
            text = item.get("text")
            if not isinstance(text, str):
                raise TypeError("field 'text' must be a string")
            if channel is ScanChannel.output:
                system_prompt = item.get("system_prompt")
                if system_prompt is not None and not isinstance(system_prompt, str):
                    raise TypeError("field 'system_prompt' must be a string")
                if item.get("canary") is not None and not isinstance(item["canary"], str):
                    raise TypeError("field 'canary' must be a string")
                verdict = shield.check_output(text, context=_as_context(item.get("context")),
                                              system_prompt=system_prompt,
                                              canary=item.get("canary"))
            else:
                verdict = shield.check_input(text, channel=channel.value)
            record = {"id": item_id, **verdict.to_dict()}
            scanned += 1
        except json.JSONDecodeError:
            record = _error_line(line_no, None, "bad_json", "line is not valid JSON")
            errors += 1
        except TypeError as exc:
            record = _error_line(line_no, item_id, "bad_line", str(exc))
            errors += 1
        except Exception as exc:
            record = _error_line(line_no, item_id, "scan_failed", type(exc).__name__)
            errors += 1
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        if progress is not None:
            progress()
    return scanned, errors


@app.command()
def scan(
    channel: ScanChannel = typer.Option(..., "--channel", help="user, document or output"),
    in_path: Path = typer.Option(..., "--in", exists=True, dir_okay=False, readable=True,
                                 help='JSONL input: {"id", "text"} per line ("context", '
                                      '"system_prompt" for output)'),
    out_path: Path = typer.Option(..., "--out", dir_okay=False, help="JSONL verdicts"),
    policy: Path | None = typer.Option(None, "--policy", exists=True, dir_okay=False,
                                       help="Shield policy YAML"),
    pii_mode: str | None = typer.Option(None, "--pii-mode", help="spacy (default) or regex"),
) -> None:
    """Scan texts with the Shield and write one verdict per line."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from confide.shield import Shield
    from confide.shield_policy import PolicyError, ShieldPolicy

    try:
        p = ShieldPolicy.load(policy)
        if pii_mode:
            p = p.model_copy(update={"pii": p.pii.model_copy(update={"mode": pii_mode})})
            p = ShieldPolicy.load(p.model_dump())
        shield = Shield.from_policy(p)
    except PolicyError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None

    total = sum(1 for line in in_path.open(encoding="utf-8") if line.strip())
    with in_path.open(encoding="utf-8") as src, out_path.open("w", encoding="utf-8") as dst:
        if sys.stderr.isatty():
            with Progress("[progress.description]{task.description}", BarColumn(),
                          MofNCompleteColumn(), TimeElapsedColumn(), transient=True) as bar:
                task = bar.add_task(f"scanning ({channel.value})", total=total)
                scanned, errors = scan_lines(shield, channel, src, dst,
                                             progress=lambda: bar.advance(task))
        else:
            scanned, errors = scan_lines(shield, channel, src, dst)
    typer.echo(f"scanned {scanned} lines, {errors} errors -> {out_path}", err=True)
