"""Run every benchmark and rewrite BENCHMARKS.md: `make bench` (or `python -m benchmarks.run`).

Each benchmark module exposes `run(quick: bool = False) -> str` returning a Markdown section.
`--quick` runs smaller samples (for a smoke check); `--only NAME` runs a subset.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import platform
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

    header = (
        "# Benchmarks\n\n"
        f"Written by `make bench` (`python -m benchmarks.run{' --quick' if args.quick else ''}`)"
        f" on {dt.date.today().isoformat()}, commit `{_commit()}`.\n\n"
        f"Machine: {machine()}, {platform.system()}.\n\n"
        "Latency figures are medians (p50) and 99th percentiles (p99) after warm-up; rates carry "
        "95% Wilson confidence intervals. Every section names the command that reproduces it.\n"
    )
    Path(args.out).write_text(header + "\n" + "\n\n".join(sections) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
