"""`confide ingest`: files in, summary out, exit 1 when a file failed (the others stored)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from confide.cli import app
from tests.knowledge.conftest import DISCHARGE_MD, INJECTED_MD
from tests.knowledge.test_extract import minimal_pdf


def test_ingest_files_with_tags_and_a_summary(services, tenant, tmp_path):
    (tmp_path / "discharge.md").write_text(DISCHARGE_MD)
    (tmp_path / "logistics.md").write_text(INJECTED_MD)
    (tmp_path / "claims.pdf").write_bytes(minimal_pdf(["Report within 30 days."]))
    files = [str(tmp_path / n) for n in ("discharge.md", "logistics.md", "claims.pdf")]
    r = CliRunner().invoke(app, ["ingest", "--tenant", tenant, "--tags", "a, b", *files])
    assert r.exit_code == 0, r.output
    assert "3 of 3 files ingested: 6 chunks, 1 quarantined" in r.output
    assert "Ignore" not in r.output
    docs = services.knowledge.list(tenant)
    assert sorted(d.name for d in docs) == ["claims.pdf", "discharge.md", "logistics.md"]
    assert all(d.tags == ("a", "b") for d in docs)


def test_a_failed_file_is_reported_and_exits_1(services, tenant, tmp_path):
    (tmp_path / "ok.txt").write_text("The clinic opens at 8 am.")
    (tmp_path / "empty.md").write_text("\n\n")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    files = [str(tmp_path / n) for n in ("ok.txt", "empty.md", "photo.png", "missing.md")]
    r = CliRunner().invoke(app, ["ingest", "--tenant", tenant, "--json", *files])
    assert r.exit_code == 1
    out = json.loads(r.stdout)
    assert out["failed"] == 3 and out["documents"][0]["chunks"] == 1
    assert [d.get("code") for d in out["documents"][1:3]] == ["knowledge.empty",
                                                              "knowledge.unsupported_type"]
    assert "cannot read" in out["documents"][3]["error"]
    assert [d.name for d in services.knowledge.list(tenant)] == ["ok.txt"]


def test_an_unknown_tenant_is_one_line_and_exit_1(services, tmp_path):
    (tmp_path / "a.md").write_text("text")
    r = CliRunner().invoke(app, ["ingest", "--tenant", "t_nope", str(tmp_path / "a.md")])
    assert r.exit_code == 1 and "no active tenant" in r.output
