"""Run every benchmark and rewrite BENCHMARKS.md: `make bench` (or `python -m benchmarks.run`).

Each benchmark module exposes `run(quick: bool = False) -> str` returning a Markdown section.
`--quick` runs smaller samples (for a smoke check); `--only NAME` runs a subset and replaces
only those sections of an existing file (each section starts with its module's marker), noting
in the header when, at which commit and on which machine they were run again.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import platform
import re
import subprocess
import sys
import time
import traceback
from pathlib import Path

from benchmarks.stats import machine

MODULES = [
    "foundation_storage",
    "foundation_api",
    "shield_injection",
    "shield_pii",
    "shield_safety",
    "shield_latency",
    "shield_eval",
    "runtime_guardrails",
    "runtime_turns",
    "redteam_layers",
    "knowledge_retrieval",
    "agentic.suite",
]
ROOT = Path(__file__).resolve().parent.parent
MARKER = "<!-- benchmarks.{} -->"
_MARKER_RE = re.compile(r"(?m)^<!-- benchmarks\.(\S+) -->\n")
RERUN = "Run again alone:"


def splice(old: str, fresh: dict[str, str], stamp: str) -> str:
    """`old` (a file this script wrote) with the sections of the modules in `fresh` put in
    place of theirs (a module it lacks goes at the end), and `stamp` ("on DATE at COMMIT
    (MACHINE)") recorded for each of them on the header's `RERUN` line."""
    parts = _MARKER_RE.split(old)
    header, found = parts[0], dict(zip(parts[1::2], parts[2::2], strict=True))
    sections = {**found, **{name: text.strip() + "\n\n" for name, text in fresh.items()}}
    lines = header.rstrip("\n").split("\n")
    noted = next((ln for ln in lines if ln.startswith(RERUN)), None)
    entries = dict(re.findall(r"`([^`]+)` (on .+?)(?:; (?=`)|\.$)", noted or ""))
    entries.update(dict.fromkeys(fresh, stamp))
    line = RERUN + " " + "; ".join(f"`{n}` {s}" for n, s in entries.items()) + "."
    lines = [line if ln is noted else ln for ln in lines] if noted else [*lines, "", line]
    body = "".join(MARKER.format(name) + "\n" + text for name, text in sections.items())
    return "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"


def _commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--out", default=str(ROOT / "BENCHMARKS.md"))
    args = parser.parse_args(argv)

    names = args.only or MODULES
    sections: list[str] = []
    failed = 0
    for name in names:
        started = time.perf_counter()
        print(f"== {name}", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            sections.append(module.run(quick=args.quick).strip())
        except Exception:  # a broken benchmark is reported, the others still run
            failed += 1
            sections.append(f"## {name}\n\nFAILED:\n\n```\n{traceback.format_exc()}\n```")
        print(f"   {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)

    out = Path(args.out)
    if args.only and out.exists() and _MARKER_RE.search(old := out.read_text("utf-8")):
        stamp = f"on {dt.date.today().isoformat()} at `{_commit()}` ({machine()})"
        out.write_text(splice(old, dict(zip(names, sections, strict=True)), stamp), "utf-8")
        print(f"updated {len(names)} section(s) of {out}", file=sys.stderr)
        return 1 if failed else 0
    header = (
        "# Benchmarks\n\n"
        f"Written by `make bench` (`python -m benchmarks.run{' --quick' if args.quick else ''}`)"
        f" on {dt.date.today().isoformat()}, commit `{_commit()}`.\n\n"
        f"Machine: {machine()}, {platform.system()}.\n\n"
        "Latency figures are medians (p50) and 99th percentiles (p99) after warm-up; rates carry "
        "95% Wilson confidence intervals. Every section names the command that reproduces it.\n"
    )
    body = "\n\n".join(MARKER.format(n) + "\n" + t for n, t in zip(names, sections, strict=True))
    out.write_text(header + "\n" + body + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
