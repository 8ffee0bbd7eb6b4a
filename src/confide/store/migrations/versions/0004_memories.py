"""Memories: facts carried to a subject's next conversation with a persona.

Revision ID: 0004_memories
Revises: 0003_knowledge
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_memories"
down_revision = "0003_knowledge"
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "memories",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("tenant_id", sa.String(64), nullable=False),
        sa.Column("persona_name", sa.String(64), nullable=False),
        sa.Column("subject_ref", sa.String(64), nullable=False),
        sa.Column("source_conversation", sa.String(32), nullable=True),
        sa.Column("fact_blob", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("expires_at", _TS, nullable=False),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"],
                                name="fk_memories_tenant_id_tenants"),
        sa.PrimaryKeyConstraint("id", name="pk_memories"),
    )
    for col in ("tenant_id", "subject_ref", "expires_at"):
        op.create_index(f"ix_memories_{col}", "memories", [col])


def downgrade() -> None:
    op.drop_table("memories")
