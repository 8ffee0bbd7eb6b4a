"""The tool_actions table's registrations: deleted with its tenant, re-encrypted on rotation."""

from __future__ import annotations

from confide.audit import register_retention
from confide.tenants import register_tenant_table
from confide.vault import CipherColumn, register_cipher_column

register_tenant_table("tool_actions")

TOOL_ARGUMENTS = register_cipher_column(
    CipherColumn("tool_actions", "args_blob", kind="tool.arguments"))
TOOL_SPEC = register_cipher_column(CipherColumn("tool_actions", "spec_blob", kind="tool.spec"))
TOOL_DECISION_REASON = register_cipher_column(
    CipherColumn("tool_actions", "reason_blob", kind="tool.decision_reason"))
TOOL_RESULT = register_cipher_column(
    CipherColumn("tool_actions", "result_blob", kind="tool.result"))

# Decisions about tools are security evidence; approvals and denials (a person's decision)
# are kept as long as configuration; execution outcomes are activity.
register_retention("tool.refused", "security")
register_retention("tool.held", "security")
register_retention("tool.allowed", "activity")
register_retention("tool.executed", "activity")
register_retention("tool.failed", "activity")
register_retention("tool.expired", "activity")
register_retention("tool.approved", "config")
register_retention("tool.denied", "config")
