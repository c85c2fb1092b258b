"""The database tables (SQLAlchemy 2 ORM). Only qa.store and web/ queries use them.

Tables
  agents       the agent directory: one row per agent id as it appears on calls ("A1024"), with a name/team.
               calls.agent_id and users.agent_id hold that same string (no foreign key, so a call can name an
               agent before anyone fills in the directory; qa.store adds the row when it first sees an id).
  users        logins: username, password hash, role (admin/supervisor/reviewer/agent), the agent id of an
               agent account, the hash of the API bearer token.
  calls        one row per distinct recording: audio sha256 (unique: the same file is never stored twice),
               call id (unique, from the file name or metadata), stored audio path, duration, layout, sample rate,
               codec, agent id, call time, direction, free metadata JSON.
  transcripts  what the recogniser heard, per call: the full qa.model.Transcript JSON. A call may gain a new
               transcript if it is re-transcribed; the latest is current. `qa rescore` reads these.
  assessments  one row per scoring of a call: rubric version, headline numbers, and the complete
               qa.model.Assessment JSON in `payload` (self-contained, so history stays exact). History is kept:
               the latest row (highest id) of a call is its current result.
  findings     the findings of each assessment, one row per occurrence, for filtering and statistics.
  reviews      a reviewer's pass over one assessment (status in_progress → reviewed).
  review_decisions  per scorecard item of a review: confirm / reject / override (with points); comment mandatory.
  comments     free comments on a call (optionally on one scorecard item).
  appeals      an agent contests one scorecard item of a call; open → accepted / rejected by a supervisor.
  audit_log    every change a person makes: who, when, entity + id, field, value before and after.
  jobs         a batch run (qa batch, a web upload, a distributed batch): source, status, options.
  job_items    one file of a job: status pending/running/done/failed, error, attempts, resulting call/assessment.

Schema changes: add a NEW revision file in qa/migrations/versions/ whose down_revision is the current head
(keep the chain linear, never edit a released revision), then change the model here to match.
qa.store upgrades every database it opens to the head revision.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (JSON, Boolean, CheckConstraint, DateTime, Float, ForeignKey, Integer, MetaData, String,
                        Text, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

ROLES = ("admin", "supervisor", "reviewer", "agent")
DIRECTIONS = ("inbound", "outbound")
REVIEW_STATUSES = ("in_progress", "reviewed")
DECISIONS = ("confirm", "reject", "override")
APPEAL_STATUSES = ("open", "accepted", "rejected")
JOB_STATUSES = ("pending", "running", "done", "failed")

# Named constraints, so later migrations (and SQLite batch mode) can refer to them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class AgentRow(Base):
    __tablename__ = "agents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    team: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class UserRow(Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint(_one_of("role", ROLES), name="role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))
    agent_id: Mapped[str | None] = mapped_column(String(100), index=True)
    api_token_hash: Mapped[str | None] = mapped_column(String(128), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class CallRow(Base):
    __tablename__ = "calls"
    __table_args__ = (CheckConstraint(f"direction IS NULL OR {_one_of('direction', DIRECTIONS)}", name="direction"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_id: Mapped[str] = mapped_column(String(200), unique=True)
    audio_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    audio_path: Mapped[str] = mapped_column(Text)
    filename: Mapped[str] = mapped_column(String(500))
    duration: Mapped[float] = mapped_column(Float)
    layout: Mapped[str] = mapped_column(String(20))
    sample_rate: Mapped[int | None] = mapped_column(Integer)
    codec: Mapped[str | None] = mapped_column(String(50))
    agent_id: Mapped[str | None] = mapped_column(String(100), index=True)
    call_time: Mapped[datetime | None] = mapped_column(DateTime, index=True)  # local wall time, as recorded
    direction: Mapped[str | None] = mapped_column(String(10))
    meta: Mapped[dict[str, Any]] = mapped_column("metadata", JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)

    transcripts: Mapped[list[TranscriptRow]] = relationship(
        back_populates="call", order_by="TranscriptRow.id", cascade="all, delete-orphan")
    assessments: Mapped[list[AssessmentRow]] = relationship(
        back_populates="call", order_by="AssessmentRow.id", cascade="all, delete-orphan")


class TranscriptRow(Base):
    __tablename__ = "transcripts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_pk: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    engine: Mapped[str] = mapped_column(String(50))
    model: Mapped[str] = mapped_column(String(200))
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    call: Mapped[CallRow] = relationship(back_populates="transcripts")


class AssessmentRow(Base):
    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_pk: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    transcript_pk: Mapped[int | None] = mapped_column(ForeignKey("transcripts.id", ondelete="SET NULL"))
    rubric_version: Mapped[str] = mapped_column(String(100), index=True)
    total: Mapped[float] = mapped_column(Float)
    grade: Mapped[str] = mapped_column(String(10))
    needs_review: Mapped[bool] = mapped_column(Boolean, index=True)
    critical: Mapped[list[str]] = mapped_column(JSON, default=list)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    call: Mapped[CallRow] = relationship(back_populates="assessments")
    findings: Mapped[list[FindingRow]] = relationship(
        back_populates="assessment", order_by="FindingRow.id", cascade="all, delete-orphan")


class FindingRow(Base):
    __tablename__ = "findings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_pk: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(50), index=True)
    severity: Mapped[str] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(20))
    start: Mapped[float] = mapped_column(Float)
    end: Mapped[float] = mapped_column(Float)
    quote: Mapped[str] = mapped_column(Text)
    rule: Mapped[str] = mapped_column(Text)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    assessment: Mapped[AssessmentRow] = relationship(back_populates="findings")


class ReviewRow(Base):
    __tablename__ = "reviews"
    __table_args__ = (CheckConstraint(_one_of("status", REVIEW_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_pk: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    call_pk: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    reviewer_pk: Mapped[int] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(20), default="in_progress")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    total: Mapped[float | None] = mapped_column(Float)  # the call's total after this review's decisions

    decisions: Mapped[list[ReviewDecisionRow]] = relationship(
        back_populates="review", order_by="ReviewDecisionRow.id", cascade="all, delete-orphan")


class ReviewDecisionRow(Base):
    __tablename__ = "review_decisions"
    __table_args__ = (
        CheckConstraint(_one_of("decision", DECISIONS), name="decision"),
        CheckConstraint("decision != 'override' OR points IS NOT NULL", name="override_points"),
        CheckConstraint("length(comment) > 0", name="comment"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_pk: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(100))
    decision: Mapped[str] = mapped_column(String(20))
    points: Mapped[float | None] = mapped_column(Float)
    comment: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    decided_by_pk: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    review: Mapped[ReviewRow] = relationship(back_populates="decisions")


class CommentRow(Base):
    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_pk: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    assessment_pk: Mapped[int | None] = mapped_column(ForeignKey("assessments.id", ondelete="SET NULL"))
    author_pk: Mapped[int] = mapped_column(ForeignKey("users.id"))
    item_id: Mapped[str | None] = mapped_column(String(100))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class AppealRow(Base):
    __tablename__ = "appeals"
    __table_args__ = (CheckConstraint(_one_of("status", APPEAL_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_pk: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    assessment_pk: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(String(100))
    filed_by_pk: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    decided_by_pk: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decision_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # the reviewer's step between the agent and the supervisor (revision 0002): open + forwarded_at = forwarded
    reviewer_pk: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reviewer_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    forwarded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AuditLogRow(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_pk: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    username: Mapped[str] = mapped_column(String(100))  # kept as written, so the trail survives a deleted user
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str] = mapped_column(String(100))
    field: Mapped[str] = mapped_column(String(100))
    before: Mapped[Any] = mapped_column(JSON, nullable=True)
    after: Mapped[Any] = mapped_column(JSON, nullable=True)


class JobRow(Base):
    __tablename__ = "jobs"
    __table_args__ = (CheckConstraint(_one_of("status", JOB_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(Text, index=True)  # the folder of a batch, or "upload"
    status: Mapped[str] = mapped_column(String(20), default="pending")
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_by_pk: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    items: Mapped[list[JobItemRow]] = relationship(
        back_populates="job", order_by="JobItemRow.id", cascade="all, delete-orphan")


class JobItemRow(Base):
    __tablename__ = "job_items"
    __table_args__ = (
        UniqueConstraint("job_pk", "path", name="uq_job_items_job_pk_path"),
        CheckConstraint(_one_of("status", JOB_STATUSES), name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_pk: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(Text)
    meta: Mapped[dict[str, Any]] = mapped_column("metadata", JSON, default=dict)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    error: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")  # e.g. "already stored as call X"
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    call_pk: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="SET NULL"))
    assessment_pk: Mapped[int | None] = mapped_column(ForeignKey("assessments.id", ondelete="SET NULL"))
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    job: Mapped[JobRow] = relationship(back_populates="items")
