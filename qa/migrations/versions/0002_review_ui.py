"""review UI: total after review, who made each decision, the reviewer's step of an appeal

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column("total", sa.Float(), nullable=True))
    with op.batch_alter_table("review_decisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("decided_by_pk", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_review_decisions_decided_by_pk_users"), "users",
                                    ["decided_by_pk"], ["id"], ondelete="SET NULL")
    with op.batch_alter_table("appeals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reviewer_pk", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("reviewer_note", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("forwarded_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_appeals_reviewer_pk_users"), "users",
                                    ["reviewer_pk"], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("appeals", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_appeals_reviewer_pk_users"), type_="foreignkey")
        batch_op.drop_column("forwarded_at")
        batch_op.drop_column("reviewer_note")
        batch_op.drop_column("reviewer_pk")
    with op.batch_alter_table("review_decisions", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_review_decisions_decided_by_pk_users"), type_="foreignkey")
        batch_op.drop_column("decided_by_pk")
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_column("total")
