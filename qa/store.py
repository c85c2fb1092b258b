"""Storage: the only module that knows SQLAlchemy. SQLite by default, any URL SQLAlchemy takes.

Audio is copied into the data directory under its sha256, so a file submitted
twice is recognised. Each scoring of a call adds an assessment row; the latest
one is the call's current result and older ones are its history.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import (JSON, Boolean, DateTime, Float, ForeignKey, Integer, String, Text, create_engine,
                        func, select)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, sessionmaker
from werkzeug.security import check_password_hash, generate_password_hash

from qa.model import Assessment

ROLES = ("admin", "supervisor", "reviewer", "agent")


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class CallRow(Base):
    __tablename__ = "calls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_id: Mapped[str] = mapped_column(String(200), unique=True)
    audio_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    audio_path: Mapped[str] = mapped_column(Text)
    filename: Mapped[str] = mapped_column(String(500))
    agent_id: Mapped[str | None] = mapped_column(String(100), index=True)
    duration: Mapped[float] = mapped_column(Float)
    layout: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    assessments: Mapped[list[AssessmentRow]] = relationship(
        back_populates="call", order_by="AssessmentRow.id", cascade="all, delete-orphan"
    )


class AssessmentRow(Base):
    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_pk: Mapped[int] = mapped_column(ForeignKey("calls.id"), index=True)
    rubric_version: Mapped[str] = mapped_column(String(100))
    total: Mapped[float] = mapped_column(Float)
    grade: Mapped[str] = mapped_column(String(10))
    needs_review: Mapped[bool] = mapped_column(Boolean)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    call: Mapped[CallRow] = relationship(back_populates="assessments")


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))
    agent_id: Mapped[str | None] = mapped_column(String(100))


class Store:
    """Repository functions over one database and one audio directory."""

    def __init__(self, database_url: str, audio_dir: Path) -> None:
        if database_url.startswith("sqlite:///"):
            Path(database_url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(database_url)
        self.audio_dir = audio_dir
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        Base.metadata.create_all(self.engine)

    def session(self) -> Session:
        return self._sessions()

    def keep_audio(self, source: Path, sha256: str) -> Path:
        """Return the content-addressed copy of ``source`` in the data directory, copying it once."""
        target = self.audio_dir / sha256[:2] / f"{sha256}{source.suffix.lower()}"
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        return target

    def find_call_by_sha256(self, sha256: str) -> CallRow | None:
        with self.session() as session:
            return session.scalars(select(CallRow).where(CallRow.audio_sha256 == sha256)).first()

    def save_assessment(self, assessment: Assessment, audio_file: Path, agent_id: str | None = None) -> int:
        """Store the call (once per audio sha256) and a new assessment row; return the call's id."""
        sha256 = assessment.source["sha256"]
        stored = self.keep_audio(audio_file, sha256)
        with self.session() as session, session.begin():
            call = session.scalars(select(CallRow).where(CallRow.audio_sha256 == sha256)).first()
            if call is None:
                call = CallRow(call_id=self._free_call_id(session, assessment.call_id), audio_sha256=sha256,
                               audio_path=str(stored), filename=audio_file.name)
                session.add(call)
            call.agent_id = agent_id or call.agent_id
            call.duration = assessment.transcript.duration
            call.layout = assessment.transcript.layout
            assessment.call_id = call.call_id
            session.add(AssessmentRow(call=call, rubric_version=assessment.rubric_version,
                                      total=assessment.total, grade=assessment.grade,
                                      needs_review=assessment.needs_review,
                                      payload=json.loads(json.dumps(assessment.to_dict()))))
            session.flush()
            return call.id

    @staticmethod
    def _free_call_id(session: Session, wanted: str) -> str:
        candidate, n = wanted, 1
        while session.scalars(select(CallRow.id).where(CallRow.call_id == candidate)).first() is not None:
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def list_calls(self, agent_id: str | None = None) -> list[dict[str, Any]]:
        """Return every call with its latest assessment's headline numbers, newest first."""
        latest = (select(AssessmentRow.call_pk, func.max(AssessmentRow.id).label("aid"))
                  .group_by(AssessmentRow.call_pk).subquery())
        query = (select(CallRow, AssessmentRow)
                 .join(latest, latest.c.call_pk == CallRow.id)
                 .join(AssessmentRow, AssessmentRow.id == latest.c.aid)
                 .order_by(CallRow.created_at.desc(), CallRow.id.desc()))
        if agent_id is not None:
            query = query.where(CallRow.agent_id == agent_id)
        with self.session() as session:
            return [
                {"id": call.id, "call_id": call.call_id, "filename": call.filename, "agent_id": call.agent_id,
                 "duration": call.duration, "layout": call.layout, "created_at": call.created_at,
                 "total": row.total, "grade": row.grade, "needs_review": row.needs_review,
                 "rubric_version": row.rubric_version}
                for call, row in session.execute(query)
            ]

    def get_call(self, call_pk: int, agent_id: str | None = None) -> tuple[CallRow, Assessment] | None:
        """Return a call and its latest Assessment, or None (also when it is not ``agent_id``'s call)."""
        with self.session() as session:
            call = session.get(CallRow, call_pk)
            if call is None or not call.assessments or (agent_id is not None and call.agent_id != agent_id):
                return None
            return call, Assessment.from_dict(call.assessments[-1].payload)

    def add_user(self, username: str, password: str, role: str, agent_id: str | None = None) -> None:
        """Create or update a user with a hashed password."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        with self.session() as session, session.begin():
            user = session.scalars(select(UserRow).where(UserRow.username == username)).first()
            if user is None:
                user = UserRow(username=username)
                session.add(user)
            user.password_hash = generate_password_hash(password)
            user.role, user.agent_id = role, agent_id

    def check_login(self, username: str, password: str) -> UserRow | None:
        """Return the user if the password is right, else None."""
        with self.session() as session:
            user = session.scalars(select(UserRow).where(UserRow.username == username)).first()
            if user and check_password_hash(user.password_hash, password):
                return user
            return None

    def get_user(self, user_id: int) -> UserRow | None:
        with self.session() as session:
            return session.get(UserRow, user_id)
