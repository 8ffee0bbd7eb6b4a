"""`confide redteam` through the console script (and its error paths in-process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from confide.cli import redteam as _registered  # noqa: F401  (registers the command)
from confide.cli.app import app
from confide.redteam.report_json import validate

ROOT = Path(__file__).resolve().parents[2]
CONFIDE = Path(sys.executable).with_name("confide")


def _console_script() -> Path:
    if not CONFIDE.exists():
        pytest.skip("the confide console script is not installed in this environment")
    helptext = subprocess.run([str(CONFIDE), "--help"], capture_output=True, text=True,
                              timeout=60, check=False).stdout
    if "redteam" not in helptext:
        pytest.skip("`redteam` is not registered in confide.cli yet")
    return CONFIDE


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([str(_console_script()), "redteam", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd, env=env, check=False)


def test_cli_finds_flaws_and_fails_the_gate(vulnerable_server, tmp_path: Path) -> None:
    out = tmp_path / "rep"
    proc = _run("--target", "openai:" + vulnerable_server.base_url, "--model", "m",
                "--seed", "3", "--max-attacks", "40", "--concurrency", "4",
                "--fail-on", "asr>0.02", "--fail-on", "LLM07:asr>0", "--out", str(out),
                "--no-garak")
    assert proc.returncode == 1, proc.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    validate(report)
    assert report["summary"]["succeeded"] > 30 and not report["passed"]
    assert report["run"]["seed"] == 3 and report["run"]["garak"] == "disabled"
    assert (out / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    junit = ET.parse(out / "junit.xml").getroot()
    assert int(junit.get("failures")) >= report["summary"]["succeeded"]
    assert "crossed" in proc.stderr
    for s in ("219-09-4417", "318-52-6604", "Daniel Okafor"):
        assert s not in proc.stdout + proc.stderr
        assert s not in (out / "report.json").read_text(encoding="utf-8")


def test_cli_python_target_hardened_passes(tmp_path: Path) -> None:
    out = tmp_path / "rep"
    proc = _run("--target", "python:tests.redteam.callables:hardened", "--converters", "none",
                "--categories", "LLM01,LLM07", "--fail-on", "asr>0", "--out", str(out),
                "--quiet")
    assert proc.returncode == 0, proc.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["passed"] and report["summary"]["succeeded"] == 0
    assert set(report["categories"]) == {"LLM01", "LLM07"}
    assert report["summary"]["defended"] == 22  # 13 LLM01 + 9 LLM07 seeds


@pytest.mark.parametrize("args, message", [
    (["--target", "persona:intake"], "bundled persona"),
    (["--target", "http://127.0.0.1:8080"], "openai:http://127.0.0.1:8080"),
    (["--target", "openai:http://127.0.0.1:9/v1"], "--model"),
    (["--target", "openai:http://127.0.0.1:9/v1", "--model", "m", "--fail-on", "asr"],
     "bad --fail-on"),
    (["--target", "openai:http://127.0.0.1:9/v1", "--model", "m", "--categories", "LLM03"],
     "unknown categories"),
    (["--target", "openai:http://127.0.0.1:9/v1", "--model", "m", "--converters", "rot13"],
     "unknown converters"),
    (["--target", "openai:http://127.0.0.1:9/v1", "--model", "m", "--api-key-env",
      "RT_SURELY_UNSET_VAR"], "RT_SURELY_UNSET_VAR"),
])
def test_cli_usage_errors(args: list[str], message: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["redteam", *args, "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())


def test_cli_unwritable_out_is_a_clean_error(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("")
    result = CliRunner().invoke(app, ["redteam", "--target",
                                      "python:tests.redteam.callables:hardened",
                                      "--converters", "none", "--categories", "LLM07",
                                      "--max-attacks", "1", "--quiet",
                                      "--out", str(blocker / "rep")])
    assert result.exit_code == 2, result.output
    assert "cannot write the reports" in " ".join(result.output.split())
    assert result.exception is None or isinstance(result.exception, SystemExit)
