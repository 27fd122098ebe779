"""Urgent messages: what got the urgent reply, redacted, for the staff page.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table(
        "urgent_messages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("seen_at", sa.DateTime, nullable=True),
        sa.Column("seen_by", sa.String(64), nullable=False),
    )
    op.create_index("ix_urgent_messages_created_at", "urgent_messages", ["created_at"])


def downgrade() -> None:
    op.drop_table("urgent_messages")
