"""The report files: schema-valid JSON, escaped Markdown and HTML, no secrets, CLI exits."""

from __future__ import annotations

import base64
import json
import os
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from confide.apikeys import key_actor
from confide.cli import app
from confide.evidence import Options, run
from confide.evidence.report import render_html, render_markdown, schema, validate
from tests.evidence.conftest import RISKY, hospital, make_cert, put, redteam_report

SUBJECT_PERSONA = """
name: intake
system_prompt: You are a polite assistant for a dental practice.
greeting: Hello from the practice.
llm: {backend: scripted, script: ["Thank you, noted."]}
pii: {mode: regex}
retention: {transcripts: 30}
consent: {required: [transcript_storage]}
"""
SUBJECT_ID = "patient-jane-roe-4471"
SUBJECT_TEXT = "I am Jane Roe, my phone is 617-555-0199 and my email jane.roe@example.com"


def _cli(*args: str) -> Any:
    return CliRunner().invoke(app, ["evidence", *args])


def _outputs(out: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.iterdir())}


def test_schema_is_a_valid_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


def test_json_validates_and_html_md_escape_config_text(services: Any,
                                                       tenant: tuple[str, str]) -> None:
    tid, _ = tenant
    put(services, tid, hospital())
    put(services, tid, RISKY)
    report = run(services, Options())
    validate(report)
    assert report["schema_version"] == "1.0"
    json.loads(json.dumps(report))
    page = render_html(report)
    assert "<script>" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)" in page
    assert "<link" not in page and "http://" not in page.replace(
        "http-equiv", "")  # self-contained: no external assets
    md = render_markdown(report)
    assert "<script>" not in md and "&lt;script&gt;" in md
    broken = dict(report, summary={"passed": "yes"})
    with pytest.raises(jsonschema.ValidationError):
        validate(broken)


def test_no_secret_or_subject_data_in_any_output(services: Any, tenant: tuple[str, str],
                                                 tmp_path: Path) -> None:
    from confide.agent.conversations import ConversationService
    from confide.agent.persona import load_persona

    tid, admin_token = tenant
    info, app_token = services.apikeys.create(tid, ["conversations"])
    conv = ConversationService(services)
    conv.upload_persona(tid, load_persona(SUBJECT_PERSONA), actor="test")
    view, _ = conv.start(tid, "intake", SUBJECT_ID, {"transcript_storage": True},
                         actor=key_actor(info.key_id))
    conv.message(tid, view.id, SUBJECT_TEXT, actor=key_actor(info.key_id))
    out = tmp_path / "out"
    result = _cli("--out", str(out), "--tls-terminated-upstream")
    assert result.exit_code == 1, result.output
    files = _outputs(out)
    assert set(files) == {"evidence.json", "evidence.md", "evidence.html"}
    master = (services.settings.home / "master.key").read_bytes()
    needles = [admin_token, admin_token.split("_", 2)[2], app_token,
               app_token.split("_", 2)[2], master.hex(), base64.b64encode(master).decode(),
               SUBJECT_ID, "Jane Roe", "617-555-0199", "jane.roe@example.com", "Acme Hospital",
               "dental practice"]  # the tenant's name and the system prompt
    for name, body in {**files, "stdout": result.output}.items():
        for needle in needles:
            assert needle not in body, (name, needle)
        assert master.decode("latin-1") not in body
    for name in files:
        assert (out / name).stat().st_mode & 0o777 == 0o600
    # the key that ran the conversation is in use; the admin key is not
    hygiene = next(f for f in json.loads(files["evidence.json"])["findings"]
                   if f["id"] == "access.key_hygiene")
    assert info.key_id not in hygiene["evidence"]["unused_keys"]


def test_cli_exit_zero_when_nothing_fails(services: Any, tenant: tuple[str, str],
                                          tmp_path: Path) -> None:
    tid, _ = tenant
    services.apikeys.create(tid, ["conversations"])
    put(services, tid, hospital())
    rt = tmp_path / "report.json"
    rt.write_text(json.dumps(redteam_report()), encoding="utf-8")
    cert, key = make_cert(tmp_path)
    out = tmp_path / "out"
    result = _cli("--out", str(out), "--redteam-report", str(rt), "--tls-cert", str(cert),
                  "--tls-key", str(key), "--format", "json")
    assert result.exit_code == 0, result.output
    assert "overall: PASS" in result.output and "NIST-SC-28" in result.output
    assert sorted(os.listdir(out)) == ["evidence.json"]
    report = json.loads((out / "evidence.json").read_text())
    validate(report)
    assert report["summary"]["passed"] is True
    statuses = {c["id"]: c["status"] for c in report["controls"]}
    assert statuses["HIPAA-164.312(d)"] == "not_applicable"
    assert statuses["NIST-AC-6"] == "pass"  # tools: n/a, keys: pass
    assert "fail" not in statuses.values()
    # one tenant, same result
    result = _cli("--out", str(out), "--tenant", tid, "--redteam-report", str(rt),
                  "--tls-terminated-upstream")
    assert result.exit_code == 0, result.output


def test_cli_exit_one_when_a_control_fails(services: Any, tenant: tuple[str, str],
                                           tmp_path: Path) -> None:
    tid, _ = tenant
    put(services, tid, RISKY)
    result = _cli("--out", str(tmp_path / "o"))
    assert result.exit_code == 1, result.output
    assert "overall: FAIL" in result.output
    report = json.loads((tmp_path / "o" / "evidence.json").read_text())
    failed = {c["id"] for c in report["controls"] if c["status"] == "fail"}
    assert {"NIST-SC-8", "NIST-SI-10", "NIST-SI-12", "NIST-CA-8", "NIST-AC-6"} <= failed


@pytest.mark.parametrize(("args", "message"), [
    (["--tls-cert", "c.pem"], "both --tls-cert and --tls-key"),
    (["--tls-cert", "c.pem", "--tls-key", "k.pem", "--tls-terminated-upstream"], "not both"),
    (["--format", "pdf"], "unknown: pdf"),
    (["--tenant", "t_0000000000000000"], "no active tenant"),
    (["--redteam-report", "missing.json"], "cannot read red-team report"),
    (["--max-transcript-days", "0"], ""),
])
def test_cli_usage_errors_exit_two(services: Any, tmp_path: Path, args: list[str],
                                   message: str) -> None:
    result = _cli("--out", str(tmp_path / "o"), *args)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert not (tmp_path / "o").exists()


def test_cli_invalid_redteam_report_is_a_usage_error(services: Any, tmp_path: Path) -> None:
    bad = tmp_path / "r.json"
    bad.write_text(json.dumps({"schema_version": "1.0"}), encoding="utf-8")
    result = _cli("--out", str(tmp_path / "o"), "--redteam-report", str(bad))
    assert result.exit_code == 2 and "does not follow the report schema" in result.output


def test_cli_refuses_to_write_through_a_symlink(services: Any, tmp_path: Path) -> None:
    out = tmp_path / "o"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (out / "evidence.md").symlink_to(victim)
    result = _cli("--out", str(out), "--format", "md")
    assert result.exit_code == 2 and "symbolic link" in result.output
    assert victim.read_text(encoding="utf-8") == "keep me"


def test_markdown_escapes_table_breakers(services: Any, tenant: tuple[str, str]) -> None:
    tid, _ = tenant
    put(services, tid, RISKY.replace("Claims intake", "a | b [link](javascript:x)"))
    md = render_markdown(run(services, Options()))
    assert re.search(r"a \\\| b \\\[link\\\]\(javascript:x\)", md)
