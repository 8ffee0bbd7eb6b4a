"""Runtime tables: personas, conversations, messages, escalations, webhook deliveries.

Revision ID: 0002_runtime
Revises: 0001_foundation
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_runtime"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None

_BIGPK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_TS = sa.DateTime(timezone=True)


def _tenant_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"],
                                   name=f"fk_{table}_tenant_id_tenants")


def upgrade() -> None:
    op.create_table(
        "personas",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("tenant_id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("spec_blob", sa.LargeBinary(), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        _tenant_fk("personas"),
        sa.PrimaryKeyConstraint("id", name="pk_personas"),
        sa.UniqueConstraint("tenant_id", "name", "version", name="uq_personas_tenant_id"),
    )
    op.create_index("ix_personas_tenant_id", "personas", ["tenant_id"])
    op.create_table(
        "conversations",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("tenant_id", sa.String(64), nullable=False),
        sa.Column("persona_name", sa.String(64), nullable=False),
        sa.Column("persona_version", sa.Integer(), nullable=False),
        sa.Column("subject_ref", sa.String(64), nullable=False),
        sa.Column("subject_blob", sa.LargeBinary(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("consent", sa.Text(), nullable=False),
        sa.Column("residency_storage", sa.String(64), nullable=False),
        sa.Column("residency_inference", sa.String(64), nullable=False),
        sa.Column("state_blob", sa.LargeBinary(), nullable=True),
        sa.Column("turns", sa.Integer(), nullable=False),
        sa.Column("escalated", sa.Boolean(), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.Column("ended_at", _TS, nullable=True),
        sa.Column("expires_at", _TS, nullable=False),
        _tenant_fk("conversations"),
        sa.PrimaryKeyConstraint("id", name="pk_conversations"),
    )
    for col in ("tenant_id", "subject_ref", "expires_at"):
        op.create_index(f"ix_conversations_{col}", "conversations", [col])
    op.create_table(
        "messages",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("tenant_id", sa.String(64), nullable=False),
        sa.Column("conversation_id", sa.String(32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("text_blob", sa.LargeBinary(), nullable=False),
        sa.Column("redacted_blob", sa.LargeBinary(), nullable=False),
        sa.Column("verdicts", sa.Text(), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        _tenant_fk("messages"),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"],
                                name="fk_messages_conversation_id_conversations"),
        sa.PrimaryKeyConstraint("id", name="pk_messages"),
        sa.UniqueConstraint("conversation_id", "seq", name="uq_messages_conversation_id"),
    )
    op.create_index("ix_messages_tenant_id", "messages", ["tenant_id"])
    op.create_index("ix_messages_conversation_id", "messages", ["conversation_id"])
    op.create_table(
        "escalations",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("tenant_id", sa.String(64), nullable=False),
        sa.Column("conversation_id", sa.String(32), nullable=True),
        sa.Column("persona_name", sa.String(64), nullable=False),
        sa.Column("guardrail", sa.String(64), nullable=False),
        sa.Column("stage", sa.String(32), nullable=False),
        sa.Column("reason", sa.String(100), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("resolved_at", _TS, nullable=True),
        sa.Column("resolved_by", sa.String(200), nullable=True),
        sa.Column("note_blob", sa.LargeBinary(), nullable=True),
        _tenant_fk("escalations"),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"],
                                name="fk_escalations_conversation_id_conversations"),
        sa.PrimaryKeyConstraint("id", name="pk_escalations"),
    )
    op.create_index("ix_escalations_tenant_id", "escalations", ["tenant_id"])
    op.create_index("ix_escalations_conversation_id", "escalations", ["conversation_id"])
    op.create_table(
        "webhook_deliveries",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("tenant_id", sa.String(64), nullable=False),
        sa.Column("conversation_id", sa.String(32), nullable=True),
        sa.Column("event_type", sa.String(64), nullable=False),
        sa.Column("url", sa.String(2000), nullable=False),
        sa.Column("body_blob", sa.LargeBinary(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", _TS, nullable=False),
        sa.Column("last_status", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.String(200), nullable=True),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("delivered_at", _TS, nullable=True),
        _tenant_fk("webhook_deliveries"),
        sa.PrimaryKeyConstraint("id", name="pk_webhook_deliveries"),
    )
    for col in ("tenant_id", "conversation_id", "next_attempt_at"):
        op.create_index(f"ix_webhook_deliveries_{col}", "webhook_deliveries", [col])
    op.create_table(
        "webhook_attempts",
        sa.Column("id", _BIGPK, autoincrement=True, nullable=False),
        sa.Column("tenant_id", sa.String(64), nullable=False),
        sa.Column("delivery_id", sa.String(32), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("at", _TS, nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("error", sa.String(200), nullable=True),
        sa.Column("duration_ms", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["delivery_id"], ["webhook_deliveries.id"],
                                name="fk_webhook_attempts_delivery_id_webhook_deliveries"),
        sa.PrimaryKeyConstraint("id", name="pk_webhook_attempts"),
    )
    op.create_index("ix_webhook_attempts_tenant_id", "webhook_attempts", ["tenant_id"])
    op.create_index("ix_webhook_attempts_delivery_id", "webhook_attempts", ["delivery_id"])


def downgrade() -> None:
    for table in ("webhook_attempts", "webhook_deliveries", "escalations", "messages",
                  "conversations", "personas"):
        op.drop_table(table)
