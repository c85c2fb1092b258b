"""Storage: the only module that opens the database. SQLite by default, PostgreSQL (or any URL) by setting.

The tables live in ``qa.tables``; the schema is upgraded to the newest Alembic revision whenever a Store
opens. Audio is copied into the data directory under its sha256, so a file submitted twice is recognised.
Each scoring of a call adds an assessment row; the latest is the call's current result, older ones its history.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import and_, create_engine, event, func, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.security import check_password_hash, generate_password_hash

from qa.filenames import CallMetadata
from qa.model import Assessment, Transcript
from qa.tables import (ROLES, AgentRow, AssessmentRow, CallRow, FindingRow, JobItemRow, JobRow, TranscriptRow,
                       UserRow, utc_now)

__all__ = ["ROLES", "Store", "StoredCall", "CallResult", "alembic_config", "CallRow", "AssessmentRow", "UserRow"]

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
WRITE_ATTEMPTS = 5  # a write that loses a race on a unique key is retried this often, reading the winner


def alembic_config(database_url: str | None = None) -> Config:
    """Return an Alembic config for the packaged migrations (for ``command.revision`` and friends)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if database_url:
        config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets worker processes read while one writes; the busy timeout makes writers queue instead of failing.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=60000")
    cursor.close()


def upgrade_schema(engine: Engine) -> None:
    """Bring the database to the newest revision (no-op when it is there already)."""
    config = alembic_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as connection:
        if MigrationContext.configure(connection).get_current_revision() == head:
            return
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@dataclass(frozen=True)
class StoredCall:
    """Where a result went: the call, the assessment added (None when the audio was stored already)."""

    call_pk: int
    call_id: str
    assessment_pk: int | None

    @property
    def created(self) -> bool:
        return self.assessment_pk is not None


@dataclass(frozen=True)
class CallResult:
    """A call with its current assessment, as exports and reports read it."""

    call_pk: int
    call_id: str
    filename: str
    agent_id: str | None
    call_time: datetime | None
    created_at: datetime
    assessment: Assessment


class Store:
    """Repository functions over one database and one audio directory."""

    def __init__(self, database_url: str, audio_dir: Path) -> None:
        if database_url.startswith("sqlite:///"):
            Path(database_url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(database_url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.audio_dir = audio_dir
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        upgrade_schema(self.engine)

    @property
    def database_url(self) -> str:
        """Return the URL this store was opened with (password included, for worker processes)."""
        return self.engine.url.render_as_string(hide_password=False)

    def session(self) -> Session:
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()

    # -- audio -------------------------------------------------------------------------------------------------

    def keep_audio(self, source: Path, sha256: str) -> Path:
        """Return the content-addressed copy of ``source`` in the data directory, copying it once."""
        target = self.audio_dir / sha256[:2] / f"{sha256}{source.suffix.lower()}"
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            # Copy beside the target, then rename: a killed copy never leaves a half file under the final name.
            handle, partial = tempfile.mkstemp(dir=target.parent, prefix=".partial-")
            os.close(handle)
            try:
                shutil.copyfile(source, partial)
                os.replace(partial, target)
            finally:
                Path(partial).unlink(missing_ok=True)
        return target

    # -- calls and assessments ---------------------------------------------------------------------------------

    def find_call_by_sha256(self, sha256: str) -> CallRow | None:
        with self.session() as session:
            return session.scalars(select(CallRow).where(CallRow.audio_sha256 == sha256)).first()

    def save_assessment(self, assessment: Assessment, audio_file: Path, agent_id: str | None = None,
                        metadata: CallMetadata | None = None) -> int:
        """Store the call (once per audio sha256) and add this assessment to its history; return the call's id."""
        metadata = metadata or CallMetadata(call_id=assessment.call_id, agent_id=agent_id)
        return self._write_call(assessment, audio_file, metadata, add_when_known=True).call_pk

    def save_new_call(self, assessment: Assessment, audio_file: Path, metadata: CallMetadata) -> StoredCall:
        """Store the call and its assessment unless this audio is stored already (insert-or-skip)."""
        return self._write_call(assessment, audio_file, metadata, add_when_known=False)

    def _write_call(self, assessment: Assessment, audio_file: Path, metadata: CallMetadata,
                    add_when_known: bool) -> StoredCall:
        sha256 = assessment.source["sha256"]
        stored_audio = self.keep_audio(audio_file, sha256)
        attempts = 0
        while True:
            try:
                with self.session() as session, session.begin():
                    call = session.scalars(select(CallRow).where(CallRow.audio_sha256 == sha256)).first()
                    if call is not None and not add_when_known:
                        return StoredCall(call.id, call.call_id, None)
                    if call is None:
                        call = self._new_call(session, assessment, stored_audio, audio_file.name, metadata)
                    elif metadata.agent_id:
                        call.agent_id = metadata.agent_id
                    if call.agent_id:
                        self._ensure_agent(session, call.agent_id)
                    assessment.call_id = call.call_id
                    assessment_pk = self._add_assessment(session, call, assessment)
                    return StoredCall(call.id, call.call_id, assessment_pk)
            except IntegrityError:
                # Another process stored the same audio, call id or agent first: read again and go on from there.
                attempts += 1
                if attempts == WRITE_ATTEMPTS:
                    raise

    def _new_call(self, session: Session, assessment: Assessment, stored_audio: Path, filename: str,
                  metadata: CallMetadata) -> CallRow:
        transcript = assessment.transcript
        call = CallRow(call_id=self._free_call_id(session, metadata.call_id), audio_sha256=assessment.source["sha256"],
                       audio_path=str(stored_audio), filename=filename, duration=transcript.duration,
                       layout=transcript.layout, sample_rate=assessment.source.get("sample_rate"),
                       codec=assessment.source.get("codec"), agent_id=metadata.agent_id,
                       call_time=metadata.call_time, direction=metadata.direction, meta=dict(metadata.extra))
        session.add(call)
        session.flush()
        return call

    @staticmethod
    def _ensure_agent(session: Session, agent_id: str) -> None:
        if session.scalars(select(AgentRow.id).where(AgentRow.agent_id == agent_id)).first() is None:
            session.add(AgentRow(agent_id=agent_id))
            session.flush()

    @staticmethod
    def _add_assessment(session: Session, call: CallRow, assessment: Assessment,
                        transcript_pk: int | None = None) -> int:
        """Add the assessment (and its transcript unless ``transcript_pk`` names a stored one); return its id."""
        if transcript_pk is None:
            transcript = TranscriptRow(call_pk=call.id, engine=assessment.transcript.engine,
                                       model=assessment.transcript.model, body=_json(assessment.transcript.to_dict()))
            session.add(transcript)
            session.flush()
            transcript_pk = transcript.id
        row = AssessmentRow(call_pk=call.id, transcript_pk=transcript_pk, rubric_version=assessment.rubric_version,
                            total=assessment.total, grade=assessment.grade, needs_review=assessment.needs_review,
                            critical=list(assessment.critical), confidence=assessment.confidence,
                            payload=_json(assessment.to_dict()))
        row.findings = [FindingRow(kind=f.kind, severity=f.severity, role=f.role, start=f.start, end=f.end,
                                   quote=f.quote, rule=f.rule, detail=_json(f.detail)) for f in assessment.findings]
        session.add(row)
        session.flush()
        return row.id

    @staticmethod
    def _free_call_id(session: Session, wanted: str) -> str:
        candidate, n = wanted, 1
        while session.scalars(select(CallRow.id).where(CallRow.call_id == candidate)).first() is not None:
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def list_calls(self, agent_id: str | None = None) -> list[dict[str, Any]]:
        """Return every call with its latest assessment's headline numbers, newest first."""
        query = (select(CallRow, AssessmentRow)
                 .join(AssessmentRow, AssessmentRow.id == _latest_assessment_pk())
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

    def current_results(self, day: date | None = None, since: date | None = None,
                        call_pks: list[int] | None = None) -> list[CallResult]:
        """Return each call's current assessment, by call id; ``day``/``since``/``call_pks`` narrow the calls.

        A call's day is its recorded time (from the file name or metadata), else the local day it was stored.
        """
        query = (select(CallRow, AssessmentRow)
                 .join(AssessmentRow, AssessmentRow.id == _latest_assessment_pk())
                 .order_by(CallRow.call_id))
        if call_pks is not None:
            query = query.where(CallRow.id.in_(call_pks))
        if day is not None:
            query = query.where(_on_days(day, day + timedelta(days=1)))
        if since is not None:
            query = query.where(_on_days(since))
        with self.session() as session:
            return [CallResult(call.id, call.call_id, call.filename, call.agent_id, call.call_time,
                               _aware(call.created_at), Assessment.from_dict(row.payload))
                    for call, row in session.execute(query)]

    def current_transcripts(self, since: date | None = None) -> Iterator[tuple[int, int, Transcript, Assessment]]:
        """Yield (call id, transcript id, transcript, current assessment) of every call, for re-scoring."""
        query = (select(CallRow.id, TranscriptRow.id, TranscriptRow.body, AssessmentRow.payload)
                 .join(TranscriptRow, TranscriptRow.id == _latest_transcript_pk())
                 .join(AssessmentRow, AssessmentRow.id == _latest_assessment_pk())
                 .order_by(CallRow.id))
        if since is not None:
            query = query.where(_on_days(since))
        with self.session() as session:
            rows = session.execute(query).all()
        for call_pk, transcript_pk, body, payload in rows:
            yield call_pk, transcript_pk, Transcript.from_dict(body), Assessment.from_dict(payload)

    def add_rescored(self, call_pk: int, transcript_pk: int, assessment: Assessment) -> int:
        """Add a re-scored assessment of a stored transcript to the call's history; return its id."""
        with self.session() as session, session.begin():
            return self._add_assessment(session, session.get(CallRow, call_pk), assessment, transcript_pk)

    # -- users ---------------------------------------------------------------------------------------------------

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
            if agent_id:
                self._ensure_agent(session, agent_id)

    def check_login(self, username: str, password: str) -> UserRow | None:
        """Return the user if the password is right, else None."""
        with self.session() as session:
            user = session.scalars(select(UserRow).where(UserRow.username == username)).first()
            if user and user.active and check_password_hash(user.password_hash, password):
                return user
            return None

    def get_user(self, user_id: int) -> UserRow | None:
        with self.session() as session:
            return session.get(UserRow, user_id)

    # -- batch jobs ----------------------------------------------------------------------------------------------

    def open_job(self, source: str, options: dict[str, Any]) -> tuple[int, bool]:
        """Return the unfinished job of ``source`` to resume, or a new one; and whether it is resumed."""
        with self.session() as session, session.begin():
            job = session.scalars(select(JobRow).where(JobRow.source == source, JobRow.status.in_(("pending", "running")))
                                  .order_by(JobRow.id.desc())).first()
            if job is not None:
                # Items a killed run left "running" are not done: they go back in the queue.
                session.execute(update(JobItemRow).where(JobItemRow.job_pk == job.id, JobItemRow.status == "running")
                                .values(status="pending"))
                job.status = "running"
                return job.id, True
            job = JobRow(source=source, status="running", options=_json(options))
            session.add(job)
            session.flush()
            return job.id, False

    def add_job_items(self, job_pk: int, items: list[tuple[str, CallMetadata]]) -> int:
        """Add the files not in the job yet (path, metadata); return how many were added."""
        with self.session() as session, session.begin():
            known = set(session.scalars(select(JobItemRow.path).where(JobItemRow.job_pk == job_pk)))
            fresh = [JobItemRow(job_pk=job_pk, path=path, meta=metadata.to_dict())
                     for path, metadata in items if path not in known]
            session.add_all(fresh)
            return len(fresh)

    def job_items(self, job_pk: int, statuses: tuple[str, ...] | None = None) -> list[JobItemRow]:
        """Return the job's items (of the given statuses), in the order they were added."""
        query = select(JobItemRow).where(JobItemRow.job_pk == job_pk).order_by(JobItemRow.id)
        if statuses is not None:
            query = query.where(JobItemRow.status.in_(statuses))
        with self.session() as session:
            return list(session.scalars(query))

    def get_job_item(self, item_pk: int) -> JobItemRow | None:
        with self.session() as session:
            return session.get(JobItemRow, item_pk)

    def start_job_item(self, item_pk: int) -> None:
        """Mark an item running and count the attempt."""
        with self.session() as session, session.begin():
            session.execute(update(JobItemRow).where(JobItemRow.id == item_pk).values(
                status="running", attempts=JobItemRow.attempts + 1, started_at=utc_now(), error=""))

    def finish_job_item(self, item_pk: int, status: str, *, error: str = "", note: str = "",
                        call_pk: int | None = None, assessment_pk: int | None = None) -> None:
        """Record how an item ended: done (with its call) or failed (with the reason)."""
        with self.session() as session, session.begin():
            session.execute(update(JobItemRow).where(JobItemRow.id == item_pk).values(
                status=status, error=error, note=note, call_pk=call_pk, assessment_pk=assessment_pk,
                finished_at=utc_now()))

    def job_counts(self, job_pk: int) -> dict[str, int]:
        """Return how many of the job's items are in each status."""
        query = (select(JobItemRow.status, func.count()).where(JobItemRow.job_pk == job_pk)
                 .group_by(JobItemRow.status))
        with self.session() as session:
            return {status: count for status, count in session.execute(query)}

    def close_job(self, job_pk: int) -> None:
        """Mark the job done once no item is pending or running (failed items stay listed on it)."""
        counts = self.job_counts(job_pk)
        if counts.get("pending") or counts.get("running"):
            return
        with self.session() as session, session.begin():
            session.execute(update(JobRow).where(JobRow.id == job_pk).values(status="done", finished_at=utc_now()))


def _latest_assessment_pk() -> Any:
    return (select(func.max(AssessmentRow.id)).where(AssessmentRow.call_pk == CallRow.id)
            .correlate(CallRow).scalar_subquery())


def _latest_transcript_pk() -> Any:
    return (select(func.max(TranscriptRow.id)).where(TranscriptRow.call_pk == CallRow.id)
            .correlate(CallRow).scalar_subquery())


def _on_days(first: date, until: date | None = None) -> Any:
    """Return the condition "the call's day is ``first`` or later (and before ``until``)".

    A call's day is its recorded local time, else the local day it was stored (kept in UTC).
    """
    def utc_midnight(day: date) -> datetime:
        return datetime.combine(day, time()).astimezone().astimezone(timezone.utc)

    recorded = [CallRow.call_time >= datetime.combine(first, time())]
    stored = [CallRow.call_time.is_(None), CallRow.created_at >= utc_midnight(first)]
    if until is not None:
        recorded.append(CallRow.call_time < datetime.combine(until, time()))
        stored.append(CallRow.created_at < utc_midnight(until))
    return or_(and_(*recorded), and_(*stored))


def _aware(stamp: datetime) -> datetime:
    """Return a stored UTC time with its zone (SQLite hands times back without one)."""
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)


def _json(value: Any) -> Any:
    """Return ``value`` as plain JSON types (tuples to lists, numpy floats to floats)."""
    return json.loads(json.dumps(value, default=float))
