"""The memories table's registrations: deleted with its tenant, re-encrypted on key rotation."""

from __future__ import annotations

from confide.audit import register_retention
from confide.tenants import register_tenant_table
from confide.vault import CipherColumn, register_cipher_column

register_tenant_table("memories")

MEMORY_FACT = register_cipher_column(CipherColumn("memories", "fact_blob", kind="memory.fact"))

# What was stored, read and expired is activity; erasure is evidence kept long; a fact
# dropped as an injection attempt is a security event.
register_retention("memory", "activity")
register_retention("memory.read", "security")
register_retention("memory.rejected", "security")
register_retention("memory.erased", "config")
