"""The findings are read from the live state: keys, audit chains, API keys, personas."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from confide.apikeys import key_actor
from confide.evidence import Options, evaluate, run
from confide.evidence.collect import Finding, collect
from tests.evidence.conftest import RISKY, hospital, make_cert, put, redteam_report


def _find(findings: list[Finding], fid: str, scope: str = "platform") -> Finding:
    return next(f for f in findings if f.id == fid and f.scope == scope)


def _control(report: dict[str, Any], cid: str) -> dict[str, Any]:
    return next(c for c in report["controls"] if c["id"] == cid)


def test_key_version_and_rotation_time_are_live(services_any: Any) -> None:
    info, _ = services_any.tenants.create("Acme")
    tid = info.tenant_id
    before = _find(collect(services_any, Options()), "encryption.tenant_keys", tid)
    assert before.status == "pass"
    assert before.evidence["current_version"] == 1
    assert before.evidence["live_versions"] == 1
    assert before.evidence["last_rotation_at"] is None
    services_any.vault.rotate(tid)
    after = _find(collect(services_any, Options()), "encryption.tenant_keys", tid)
    assert after.evidence["current_version"] == 2
    assert after.evidence["live_versions"] == 2
    assert after.evidence["last_rotation_at"] is not None
    assert after.evidence["last_rotation_at"] >= before.evidence["current_key_created_at"]
    master = _find(collect(services_any, Options()), "encryption.master_key")
    assert master.status == "pass" and master.evidence["key_file_mode"] == "0600"


def test_shredded_keys_are_counted(services: Any, tenant: tuple[str, str]) -> None:
    tid, _ = tenant
    other, _ = services.tenants.create("Other")
    services.tenants.delete(other.tenant_id, actor="test")
    f = _find(collect(services, Options()), "encryption.tenant_keys", tid)
    assert f.evidence["destroyed_versions"] == 0
    # a deleted tenant is out of scope; its chain is still verified
    report = run(services, Options())
    assert report["scope"]["tenants"] == [tid]
    audit = next(f for f in report["findings"] if f["id"] == "audit.integrity")
    assert other.tenant_id in audit["evidence"]["events_by_chain"]


def test_tampered_audit_row_fails_naming_the_seq(services_any: Any) -> None:
    info, _ = services_any.tenants.create("Acme")
    tid = info.tenant_id
    for i in range(4):
        services_any.audit.append(tid, "config.changed", actor="test", reason="config.set",
                                  details={"i": i})
    ok = _find(collect(services_any, Options()), "audit.integrity")
    assert ok.status == "pass"
    with services_any.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET reason='edited' "
                          "WHERE tenant_id=:t AND seq=3"), {"t": tid})
    report = run(services_any, Options())
    bad = next(f for f in report["findings"] if f["id"] == "audit.integrity")
    assert bad["status"] == "fail"
    assert f"chain {tid} fails at seq 3" in bad["reason"]
    assert bad["evidence"]["failed_chains"][0]["first_bad_seq"] == 3
    for cid in ("NIST-AU-9", "HIPAA-164.312(b)", "SOC2-CC7.2"):
        assert _control(report, cid)["status"] == "fail"
    assert not report["summary"]["passed"]


def test_one_tenant_scope_verifies_its_chain_and_the_platform_chain(
        services: Any, tenant: tuple[str, str]) -> None:
    tid, _ = tenant
    services.tenants.create("Other")
    f = _find(collect(services, Options(tenant=tid)), "audit.integrity")
    assert set(f.evidence["events_by_chain"]) == {tid, "_system"}
    assert f.evidence["chains"] == 2


def test_audit_retention_meets_six_months() -> None:
    from confide.evidence.collect import check_audit_retention

    f = check_audit_retention()
    assert f.status == "pass" and f.evidence["classes_days"]["activity"] >= 183


def test_inventory_retention_shield_and_residency(services: Any,
                                                 tenant: tuple[str, str]) -> None:
    tid, _ = tenant
    put(services, tid, hospital())
    put(services, tid, RISKY)
    findings, _ = evaluate(collect(services, Options()))
    inv = _find(findings, "inventory.subprocessors", tid)
    assert {"llm.example.com", "hooks.example.org", "guard.example.net"} <= set(
        inv.evidence["subprocessor_hosts"])
    model = next(m for m in inv.evidence["models"] if m["persona"] == "risky-claims")
    assert model["model"] == "gpt-test-1" and model["subprocessor"] is True
    embedded = next(m for m in inv.evidence["models"] if m["persona"] == "hospital-discharge")
    assert embedded["backend"] == "flow" and embedded["host"] is None
    assert "HIPAA-164.308(a)(1)(ii)(A)" in inv.controls

    retention = _find(findings, "data.retention", tid)
    assert retention.status == "fail" and "risky-claims (3650 days)" in retention.reason
    assert "hospital-discharge" not in retention.reason
    shield = _find(findings, "shield.input_validation", tid)
    assert shield.status == "fail" and "risky-claims (injection)" in shield.reason
    assert "NIST-SI-10" in shield.controls
    residency = _find(findings, "data.residency", tid)
    assert residency.status == "info" and residency.evidence[
        "storage_differs_from_inference"] == ["risky-claims"]
    assert _find(findings, "transit.outbound", tid).status == "pass"
    assert _find(findings, "privacy.consent", tid).status == "pass"
    assert _find(findings, "tools.irreversible", tid).status == "not_applicable"
    # a longer allowance makes the retention item pass
    longer = _find(collect(services, Options(max_transcript_days=3650)), "data.retention", tid)
    assert longer.status == "pass"


def test_plaintext_outbound_and_missing_consent_fail(services: Any,
                                                    tenant: tuple[str, str]) -> None:
    tid, _ = tenant
    put(services, tid, RISKY.replace("https://hooks.example.org/x", "http://hooks.example.org/x")
        .replace("required: [transcript_storage]", "required: []"))
    findings = collect(services, Options())
    out = _find(findings, "transit.outbound", tid)
    assert out.status == "fail" and "hooks.example.org" in out.reason
    assert _find(findings, "privacy.consent", tid).status == "fail"


def test_irreversible_tools_need_approval_always(services: Any,
                                                tenant: tuple[str, str]) -> None:
    tid, _ = tenant
    common = ("description: d, parameters: {type: object}, "
              "executor: {type: python, entry_point: 'tools_module:fn'}")
    tools = ("tools:\n"
             f"  - {{name: issue_refund, effect: irreversible, approval: when_untrusted, "
             f"{common}}}\n"
             f"  - {{name: lookup, effect: read, approval: never, {common}}}\n")
    put(services, tid, RISKY + tools)
    f = _find(collect(services, Options()), "tools.irreversible", tid)
    assert f.status == "fail" and "issue_refund (approval when_untrusted)" in f.reason
    put(services, tid, RISKY + tools.replace("when_untrusted", "always"))
    f = _find(collect(services, Options()), "tools.irreversible", tid)
    assert f.status == "pass"
    assert f.evidence["irreversible"] == [
        {"persona": "risky-claims", "tool": "issue_refund", "approval": "always"}]


def test_least_privilege_rule(services: Any, tenant: tuple[str, str]) -> None:
    tid, _ = tenant
    f = _find(collect(services, Options()), "access.least_privilege", tid)
    assert f.status == "fail" and "1 of 1 active keys hold admin" in f.reason
    services.apikeys.create(tid, ["conversations"])
    f = _find(collect(services, Options()), "access.least_privilege", tid)
    assert f.status == "pass" and f.evidence["keys_by_scope"] == {"admin": 1,
                                                                  "conversations": 1}
    every, _ = services.apikeys.create(tid, ["conversations", "documents", "approvals",
                                             "escalations", "audit:read"])
    services.apikeys.create(tid, ["documents"])
    f = _find(collect(services, Options()), "access.least_privilege", tid)
    assert f.status == "fail" and every.key_id in f.reason
    assert f.evidence["all_scope_keys"] == [every.key_id]


def test_unused_and_stale_keys(services: Any, tenant: tuple[str, str]) -> None:
    tid, _ = tenant
    used, _ = services.apikeys.create(tid, ["conversations"],
                                      expires_at=datetime.now(UTC) + timedelta(days=400))
    revoked, _ = services.apikeys.create(tid, ["documents"])
    services.apikeys.revoke(tid, revoked.key_id)
    services.audit.append(tid, "conversation.started", actor=key_actor(used.key_id),
                          reason="conversation.started")
    f = _find(collect(services, Options()), "access.key_hygiene", tid)
    assert f.status == "pass"
    assert used.key_id not in f.evidence["unused_keys"]
    assert len(f.evidence["unused_keys"]) == 1  # the admin key
    assert f.evidence["revoked_keys"] == 1 and f.evidence["keys_without_expiry"] == 1
    # 100 days on, nothing was used in the last 90 days: both active keys are stale
    later = datetime.now(UTC) + timedelta(days=100)
    f = _find(collect(services, Options(now=later)), "access.key_hygiene", tid)
    assert f.status == "fail" and used.key_id in f.evidence["stale_keys"]
    assert f.evidence["oldest_active_key_age_days"] >= 99


def test_mfa_is_not_applicable_with_the_reason() -> None:
    from confide.evidence.collect import check_mfa

    f = check_mfa()
    assert f.status == "not_applicable" and "single-factor" in f.reason
    assert "identity provider" in f.reason


def test_tls_certificate_checks(tmp_path: Path) -> None:
    from confide.evidence.collect import NO_TLS_REASON, check_tls

    now = datetime.now(UTC)
    none = check_tls(Options(), now)
    assert none.status == "fail" and none.reason == NO_TLS_REASON
    up = check_tls(Options(tls_terminated_upstream=True), now)
    assert up.status == "pass" and "asserted by the operator" in up.reason
    cert, key = make_cert(tmp_path, days=30)
    good = check_tls(Options(tls_cert=cert, tls_key=key), now)
    assert good.status == "pass", good.reason
    assert good.evidence["key_matches_certificate"] is True
    assert 29 <= good.evidence["days_left"] <= 30
    (tmp_path / "old").mkdir()
    cert, key = make_cert(tmp_path / "old", expired=True)
    assert "expired" in check_tls(Options(tls_cert=cert, tls_key=key), now).reason
    (tmp_path / "mismatch").mkdir()
    cert, key = make_cert(tmp_path / "mismatch", other_key=True)
    assert "does not match" in check_tls(Options(tls_cert=cert, tls_key=key), now).reason
    missing = check_tls(Options(tls_cert=tmp_path / "nope.pem", tls_key=key), now)
    assert missing.status == "fail" and "does not exist" in missing.reason
    key.chmod(0o644)
    assert "readable by group or others" in check_tls(
        Options(tls_cert=cert, tls_key=key), now).reason


def test_redteam_results(tmp_path: Path) -> None:
    from confide.evidence.collect import check_redteam

    now = datetime.now(UTC)
    assert check_redteam(None, now).status == "fail"
    good = check_redteam(redteam_report(), now)
    assert good.status == "pass"
    assert good.evidence["asr_by_category"] == {"LLM01": 0.1}
    assert good.evidence["target"] == "persona:hospital-discharge"
    bad = check_redteam(redteam_report(crossed=True), now)
    assert bad.status == "fail" and "asr>0.05" in bad.reason
    assert check_redteam(redteam_report(gates=False), now).status == "info"
