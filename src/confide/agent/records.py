"""Runtime tables' registrations (tenant deletion, key rotation) and their small helpers."""

from __future__ import annotations

import hashlib
import hmac
import uuid

from confide.tenants import register_tenant_table
from confide.vault import CipherColumn, register_cipher_column

# Parents first: tenant deletion purges in reverse order, so children go before parents.
for _table in ("personas", "conversations", "messages", "escalations", "webhook_deliveries",
               "webhook_attempts"):
    register_tenant_table(_table)

PERSONA_SPEC = register_cipher_column(CipherColumn("personas", "spec_blob", kind="persona.spec"))
SUBJECT_ID = register_cipher_column(
    CipherColumn("conversations", "subject_blob", kind="conversation.subject"))
CONVERSATION_STATE = register_cipher_column(
    CipherColumn("conversations", "state_blob", kind="conversation.state"))
MESSAGE_TEXT = register_cipher_column(CipherColumn("messages", "text_blob", kind="message.text"))
MESSAGE_REDACTED = register_cipher_column(
    CipherColumn("messages", "redacted_blob", kind="message.redacted"))
ESCALATION_NOTE = register_cipher_column(
    CipherColumn("escalations", "note_blob", kind="escalation.note"))
WEBHOOK_BODY = register_cipher_column(
    CipherColumn("webhook_deliveries", "body_blob", kind="webhook.body"))


def new_id(prefix: str) -> str:
    """A random id with a short type prefix (`cv_…`, `msg_…`); 32 characters at most."""
    return f"{prefix}_{uuid.uuid4().hex[:32 - len(prefix) - 1]}"


def subject_ref(audit_key: bytes, subject_id: str) -> str:
    """The keyed hash a subject id is stored and looked up by (never the id in clear)."""
    return hmac.new(audit_key, b"subject:" + subject_id.encode("utf-8"),
                    hashlib.sha256).hexdigest()


def audit_subject_ref(stored_ref: str) -> str:
    """The short label an audit event names a subject by: a prefix of its keyed hash."""
    return f"subject:{stored_ref[:16]}"
