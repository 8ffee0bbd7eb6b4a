"""Knowledge tables' registrations (tenant deletion, key rotation, audit retention).

Ciphertext kinds (the vault binds each into the blob's associated data):
`knowledge.document.name` (record id: document id), `knowledge.chunk.text` and
`knowledge.chunk.vector` (record id: chunk id).
"""

from __future__ import annotations

from confide.audit import register_retention
from confide.tenants import register_tenant_table
from confide.vault import CipherColumn, register_cipher_column

# Parents first: tenant deletion purges in reverse order, so children go before parents.
for _table in ("knowledge_state", "knowledge_documents", "knowledge_chunks"):
    register_tenant_table(_table)

DOCUMENT_NAME = register_cipher_column(
    CipherColumn("knowledge_documents", "name_blob", kind="knowledge.document.name"))
CHUNK_TEXT = register_cipher_column(
    CipherColumn("knowledge_chunks", "text_blob", kind="knowledge.chunk.text"))
CHUNK_VECTOR = register_cipher_column(
    CipherColumn("knowledge_chunks", "vector_blob", kind="knowledge.chunk.vector"))

register_retention("knowledge", "config")  # what was ingested, replaced, deleted
register_retention("knowledge.quarantined", "security")
register_retention("knowledge.document.rejected", "security")
