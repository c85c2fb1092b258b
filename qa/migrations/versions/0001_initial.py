"""Initial schema: every table of qa/tables.py.

Revision ID: 0001
Revises: (none, the first revision)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agent_id', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('team', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agents')),
    sa.UniqueConstraint('agent_id', name=op.f('uq_agents_agent_id'))
    )
    op.create_table('calls',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('call_id', sa.String(length=200), nullable=False),
    sa.Column('audio_sha256', sa.String(length=64), nullable=False),
    sa.Column('audio_path', sa.Text(), nullable=False),
    sa.Column('filename', sa.String(length=500), nullable=False),
    sa.Column('duration', sa.Float(), nullable=False),
    sa.Column('layout', sa.String(length=20), nullable=False),
    sa.Column('sample_rate', sa.Integer(), nullable=True),
    sa.Column('codec', sa.String(length=50), nullable=True),
    sa.Column('agent_id', sa.String(length=100), nullable=True),
    sa.Column('call_time', sa.DateTime(), nullable=True),
    sa.Column('direction', sa.String(length=10), nullable=True),
    sa.Column('metadata', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("direction IS NULL OR direction IN ('inbound', 'outbound')", name=op.f('ck_calls_direction')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calls')),
    sa.UniqueConstraint('audio_sha256', name=op.f('uq_calls_audio_sha256')),
    sa.UniqueConstraint('call_id', name=op.f('uq_calls_call_id'))
    )
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calls_agent_id'), ['agent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_calls_call_time'), ['call_time'], unique=False)
        batch_op.create_index(batch_op.f('ix_calls_created_at'), ['created_at'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=100), nullable=False),
    sa.Column('password_hash', sa.String(length=300), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('agent_id', sa.String(length=100), nullable=True),
    sa.Column('api_token_hash', sa.String(length=128), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("role IN ('admin', 'supervisor', 'reviewer', 'agent')", name=op.f('ck_users_role')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('api_token_hash', name=op.f('uq_users_api_token_hash')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_users_agent_id'), ['agent_id'], unique=False)

    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_pk', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(length=100), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('entity_id', sa.String(length=100), nullable=False),
    sa.Column('field', sa.String(length=100), nullable=False),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['user_pk'], ['users.id'], name=op.f('fk_audit_log_user_pk_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)

    op.create_table('jobs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('options', sa.JSON(), nullable=False),
    sa.Column('created_by_pk', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("status IN ('pending', 'running', 'done', 'failed')", name=op.f('ck_jobs_status')),
    sa.ForeignKeyConstraint(['created_by_pk'], ['users.id'], name=op.f('fk_jobs_created_by_pk_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_jobs'))
    )
    with op.batch_alter_table('jobs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_jobs_source'), ['source'], unique=False)

    op.create_table('transcripts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('call_pk', sa.Integer(), nullable=False),
    sa.Column('engine', sa.String(length=50), nullable=False),
    sa.Column('model', sa.String(length=200), nullable=False),
    sa.Column('body', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['call_pk'], ['calls.id'], name=op.f('fk_transcripts_call_pk_calls'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transcripts'))
    )
    with op.batch_alter_table('transcripts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transcripts_call_pk'), ['call_pk'], unique=False)

    op.create_table('assessments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('call_pk', sa.Integer(), nullable=False),
    sa.Column('transcript_pk', sa.Integer(), nullable=True),
    sa.Column('rubric_version', sa.String(length=100), nullable=False),
    sa.Column('total', sa.Float(), nullable=False),
    sa.Column('grade', sa.String(length=10), nullable=False),
    sa.Column('needs_review', sa.Boolean(), nullable=False),
    sa.Column('critical', sa.JSON(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['call_pk'], ['calls.id'], name=op.f('fk_assessments_call_pk_calls'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['transcript_pk'], ['transcripts.id'], name=op.f('fk_assessments_transcript_pk_transcripts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessments'))
    )
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessments_call_pk'), ['call_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessments_needs_review'), ['needs_review'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessments_rubric_version'), ['rubric_version'], unique=False)

    op.create_table('appeals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('call_pk', sa.Integer(), nullable=False),
    sa.Column('assessment_pk', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.String(length=100), nullable=False),
    sa.Column('filed_by_pk', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('decided_by_pk', sa.Integer(), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("status IN ('open', 'accepted', 'rejected')", name=op.f('ck_appeals_status')),
    sa.ForeignKeyConstraint(['assessment_pk'], ['assessments.id'], name=op.f('fk_appeals_assessment_pk_assessments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['call_pk'], ['calls.id'], name=op.f('fk_appeals_call_pk_calls'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['decided_by_pk'], ['users.id'], name=op.f('fk_appeals_decided_by_pk_users')),
    sa.ForeignKeyConstraint(['filed_by_pk'], ['users.id'], name=op.f('fk_appeals_filed_by_pk_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appeals'))
    )
    with op.batch_alter_table('appeals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appeals_call_pk'), ['call_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_appeals_status'), ['status'], unique=False)

    op.create_table('comments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('call_pk', sa.Integer(), nullable=False),
    sa.Column('assessment_pk', sa.Integer(), nullable=True),
    sa.Column('author_pk', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.String(length=100), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['assessment_pk'], ['assessments.id'], name=op.f('fk_comments_assessment_pk_assessments'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['author_pk'], ['users.id'], name=op.f('fk_comments_author_pk_users')),
    sa.ForeignKeyConstraint(['call_pk'], ['calls.id'], name=op.f('fk_comments_call_pk_calls'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comments'))
    )
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_comments_call_pk'), ['call_pk'], unique=False)

    op.create_table('findings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assessment_pk', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=50), nullable=False),
    sa.Column('severity', sa.String(length=20), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('start', sa.Float(), nullable=False),
    sa.Column('end', sa.Float(), nullable=False),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('rule', sa.Text(), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_pk'], ['assessments.id'], name=op.f('fk_findings_assessment_pk_assessments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_findings'))
    )
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_findings_assessment_pk'), ['assessment_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_findings_kind'), ['kind'], unique=False)

    op.create_table('job_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job_pk', sa.Integer(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('metadata', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('error', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('call_pk', sa.Integer(), nullable=True),
    sa.Column('assessment_pk', sa.Integer(), nullable=True),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("status IN ('pending', 'running', 'done', 'failed')", name=op.f('ck_job_items_status')),
    sa.ForeignKeyConstraint(['assessment_pk'], ['assessments.id'], name=op.f('fk_job_items_assessment_pk_assessments'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['call_pk'], ['calls.id'], name=op.f('fk_job_items_call_pk_calls'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['job_pk'], ['jobs.id'], name=op.f('fk_job_items_job_pk_jobs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_items')),
    sa.UniqueConstraint('job_pk', 'path', name='uq_job_items_job_pk_path')
    )
    with op.batch_alter_table('job_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_job_items_job_pk'), ['job_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_job_items_status'), ['status'], unique=False)

    op.create_table('reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assessment_pk', sa.Integer(), nullable=False),
    sa.Column('call_pk', sa.Integer(), nullable=False),
    sa.Column('reviewer_pk', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("status IN ('in_progress', 'reviewed')", name=op.f('ck_reviews_status')),
    sa.ForeignKeyConstraint(['assessment_pk'], ['assessments.id'], name=op.f('fk_reviews_assessment_pk_assessments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['call_pk'], ['calls.id'], name=op.f('fk_reviews_call_pk_calls'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reviewer_pk'], ['users.id'], name=op.f('fk_reviews_reviewer_pk_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reviews'))
    )
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reviews_assessment_pk'), ['assessment_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_reviews_call_pk'), ['call_pk'], unique=False)

    op.create_table('review_decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('review_pk', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.String(length=100), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('points', sa.Float(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("decision != 'override' OR points IS NOT NULL", name=op.f('ck_review_decisions_override_points')),
    sa.CheckConstraint("decision IN ('confirm', 'reject', 'override')", name=op.f('ck_review_decisions_decision')),
    sa.CheckConstraint('length(comment) > 0', name=op.f('ck_review_decisions_comment')),
    sa.ForeignKeyConstraint(['review_pk'], ['reviews.id'], name=op.f('fk_review_decisions_review_pk_reviews'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_decisions'))
    )
    with op.batch_alter_table('review_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_decisions_review_pk'), ['review_pk'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('review_decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_decisions_review_pk'))

    op.drop_table('review_decisions')
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reviews_call_pk'))
        batch_op.drop_index(batch_op.f('ix_reviews_assessment_pk'))

    op.drop_table('reviews')
    with op.batch_alter_table('job_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_job_items_status'))
        batch_op.drop_index(batch_op.f('ix_job_items_job_pk'))

    op.drop_table('job_items')
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_findings_kind'))
        batch_op.drop_index(batch_op.f('ix_findings_assessment_pk'))

    op.drop_table('findings')
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_comments_call_pk'))

    op.drop_table('comments')
    with op.batch_alter_table('appeals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appeals_status'))
        batch_op.drop_index(batch_op.f('ix_appeals_call_pk'))

    op.drop_table('appeals')
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessments_rubric_version'))
        batch_op.drop_index(batch_op.f('ix_assessments_needs_review'))
        batch_op.drop_index(batch_op.f('ix_assessments_call_pk'))

    op.drop_table('assessments')
    with op.batch_alter_table('transcripts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transcripts_call_pk'))

    op.drop_table('transcripts')
    with op.batch_alter_table('jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_jobs_source'))

    op.drop_table('jobs')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_users_agent_id'))

    op.drop_table('users')
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_calls_created_at'))
        batch_op.drop_index(batch_op.f('ix_calls_call_time'))
        batch_op.drop_index(batch_op.f('ix_calls_agent_id'))

    op.drop_table('calls')
    op.drop_table('agents')
