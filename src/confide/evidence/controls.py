"""The control catalogue: which findings evidence which control, and each control's status.

The mapping is data (`CATALOGUE`); the decision is one rule: a control fails when any of its
findings fails, passes when none fails and at least one passes, and is not applicable
otherwise (its findings are all `not_applicable` or `info`, or none was collected).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from confide.evidence.collect import Finding, Status

HIPAA = "HIPAA Security Rule (2025 proposed rule)"
EU_AI_ACT = "EU AI Act"
NIST = "NIST SP 800-53 Rev. 5"
SOC2 = "SOC 2 Trust Services Criteria"


@dataclass(frozen=True)
class Control:
    """One control of one framework, and the finding ids that evidence it."""

    id: str
    framework: str
    title: str
    findings: tuple[str, ...]


CATALOGUE: tuple[Control, ...] = (
    Control("HIPAA-164.312(a)(2)(iv)", HIPAA,
            "Encryption of ePHI at rest and in transit",
            ("encryption.master_key", "encryption.tenant_keys", "transit.tls",
             "transit.outbound")),
    Control("HIPAA-164.312(b)", HIPAA, "Audit controls: record and examine activity",
            ("audit.integrity",)),
    Control("HIPAA-164.312(d)", HIPAA, "Multi-factor authentication for administrative access",
            ("access.admin_mfa",)),
    Control("HIPAA-164.308(a)(1)(ii)(A)", HIPAA,
            "Technology asset inventory (models, sub-processors, data flows)",
            ("inventory.subprocessors",)),
    Control("EUAIA-Art.26(6)", EU_AI_ACT,
            "Deployers keep automatically generated logs for at least six months",
            ("audit.retention",)),
    Control("NIST-AC-2", NIST, "Account management: disable unused credentials",
            ("access.key_hygiene",)),
    Control("NIST-AC-6", NIST, "Least privilege",
            ("access.least_privilege", "tools.irreversible")),
    Control("NIST-AU-9", NIST, "Protection of audit information", ("audit.integrity",)),
    Control("NIST-AU-11", NIST, "Audit record retention", ("audit.retention",)),
    Control("NIST-CA-8", NIST, "Penetration testing (adversarial testing of the AI system)",
            ("redteam.results",)),
    Control("NIST-IA-2(1)", NIST, "Multi-factor authentication to privileged accounts",
            ("access.admin_mfa",)),
    Control("NIST-SC-8", NIST, "Transmission confidentiality and integrity",
            ("transit.tls", "transit.outbound")),
    Control("NIST-SC-28", NIST, "Protection of information at rest",
            ("encryption.master_key", "encryption.tenant_keys")),
    Control("NIST-SI-10", NIST, "Information input validation", ("shield.input_validation",)),
    Control("NIST-SI-12", NIST, "Information management and retention",
            ("data.retention",)),
    Control("SOC2-CC6.1", SOC2,
            "Logical access security: encryption, least privilege",
            ("encryption.master_key", "encryption.tenant_keys", "access.least_privilege",
             "tools.irreversible")),
    Control("SOC2-CC6.2", SOC2, "Credentials are issued, reviewed and removed",
            ("access.key_hygiene",)),
    Control("SOC2-CC6.7", SOC2, "Data in transmission is protected",
            ("transit.tls", "transit.outbound")),
    Control("SOC2-CC7.1", SOC2, "Detection of vulnerabilities and configuration weaknesses",
            ("redteam.results", "shield.input_validation")),
    Control("SOC2-CC7.2", SOC2, "System monitoring: logs are complete and intact",
            ("audit.integrity", "audit.retention")),
    Control("SOC2-CC9.2", SOC2, "Vendor and sub-processor risk is identified",
            ("inventory.subprocessors", "data.residency")),
    Control("SOC2-C1.2", SOC2, "Confidential information is disposed of on schedule",
            ("data.retention",)),
    Control("SOC2-P2.1", SOC2, "Consent is obtained for collecting and keeping personal data",
            ("privacy.consent",)),
)


@dataclass(frozen=True)
class ControlResult:
    """A control's status, why, and the finding keys behind it."""

    control: Control
    status: Status
    reason: str
    findings: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready view."""
        c = self.control
        return {"id": c.id, "framework": c.framework, "title": c.title, "status": self.status,
                "reason": self.reason, "findings": list(self.findings)}


def _decide(findings: Sequence[Finding]) -> tuple[Status, str]:
    failed = [f for f in findings if f.status == "fail"]
    if failed:
        return "fail", "; ".join(f"{f.key}: {f.reason}" for f in failed[:3]) + (
            f" (and {len(failed) - 3} more)" if len(failed) > 3 else "")
    passed = [f for f in findings if f.status == "pass"]
    if passed:
        more = f" and {len(passed) - 5} more" if len(passed) > 5 else ""
        return "pass", "evidenced by " + ", ".join(f.key for f in passed[:5]) + more
    if not findings:
        return "not_applicable", "no finding in scope evidences this control"
    return "not_applicable", "; ".join(f"{f.key}: {f.reason}" for f in findings[:2])


def evaluate(findings: Iterable[Finding],
             catalogue: Sequence[Control] = CATALOGUE) -> tuple[list[Finding],
                                                                 list[ControlResult]]:
    """The findings with their controls named, and each control decided."""
    items = list(findings)
    results = []
    for control in catalogue:
        mine = [f for f in items if f.id in control.findings]
        status, reason = _decide(mine)
        results.append(ControlResult(control, status, reason, tuple(f.key for f in mine)))
    mapped = [f.with_controls(c.id for c in catalogue if f.id in c.findings) for f in items]
    return mapped, results


__all__ = ["CATALOGUE", "Control", "ControlResult", "evaluate"]
