"""Tool actions: calls held for approval or allowed by the policy, and their outcome.

Revision ID: 0005_tools
Revises: 0004_memories
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_tools"
down_revision = "0004_memories"
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "tool_actions",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("tenant_id", sa.String(64), nullable=False),
        sa.Column("conversation_id", sa.String(32), nullable=True),
        sa.Column("tool", sa.String(64), nullable=False),
        sa.Column("effect", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("args_blob", sa.LargeBinary(), nullable=False),
        sa.Column("spec_blob", sa.LargeBinary(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("idempotency_key", sa.String(64), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("expires_at", _TS, nullable=False),
        sa.Column("decided_at", _TS, nullable=True),
        sa.Column("decided_by", sa.String(200), nullable=True),
        sa.Column("reason_blob", sa.LargeBinary(), nullable=True),
        sa.Column("lease_until", _TS, nullable=True),
        sa.Column("executed_at", _TS, nullable=True),
        sa.Column("result_status", sa.String(64), nullable=True),
        sa.Column("result_blob", sa.LargeBinary(), nullable=True),
        sa.Column("notified_at", _TS, nullable=True),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"],
                                name="fk_tool_actions_tenant_id_tenants"),
        sa.PrimaryKeyConstraint("id", name="pk_tool_actions"),
        sa.UniqueConstraint("idempotency_key", name="uq_tool_actions_idempotency_key"),
    )
    op.create_index("ix_tool_actions_tenant_id", "tool_actions", ["tenant_id"])
    op.create_index("ix_tool_actions_conversation_id", "tool_actions", ["conversation_id"])
    op.create_index("ix_tool_actions_status", "tool_actions", ["status"])
    op.create_index("ix_tool_actions_expires_at", "tool_actions", ["expires_at"])


def downgrade() -> None:
    op.drop_table("tool_actions")
