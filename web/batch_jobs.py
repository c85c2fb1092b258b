"""Uploaded files become a batch job scored in the background by the batch job function (``qa.jobs``).

One worker thread per server scores the queued items one at a time, so uploads
never run more Whisper models at once than the machine has room for; the job and
its items live in the database (``jobs`` / ``job_items``), so the progress page
and the JSON it polls read the same state ``qa batch`` writes.
"""

from __future__ import annotations

import logging
import queue
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from flask import Flask
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from qa.filenames import CallMetadata
from qa.jobs import process_job_item
from qa.pipeline import ScoreOptions
from qa.store import Store
from qa.tables import AssessmentRow, CallRow, JobItemRow, JobRow, UserRow
from web.upload_checks import AcceptedFile

log = logging.getLogger(__name__)
UPLOAD_SOURCE = "upload"


@dataclass
class JobItemView:
    file: str
    status: str
    call_pk: int | None
    call_id: str | None
    total: float | None
    grade: str | None
    error: str


@dataclass
class JobView:
    id: int
    status: str
    created_at: datetime
    total: int
    done: int
    failed: int
    items: list[JobItemView] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.done + self.failed >= self.total

    def progress(self) -> dict[str, Any]:
        """Return what the progress bar polls."""
        return {"id": self.id, "status": self.status, "total": self.total, "done": self.done,
                "failed": self.failed, "finished": self.finished,
                "items": [{"file": i.file, "status": i.status, "call_id": i.call_id, "total": i.total,
                           "grade": i.grade, "error": i.error} for i in self.items]}


class _Worker:
    """The server's one scoring thread and its queue of job ids."""

    def __init__(self) -> None:
        self.jobs: queue.Queue[tuple[Store, ScoreOptions, int]] = queue.Queue()
        self.thread: threading.Thread | None = None
        self.lock = threading.Lock()

    def submit(self, store: Store, options: ScoreOptions, job_pk: int) -> None:
        self.jobs.put((store, options, job_pk))
        with self.lock:
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._run, name="callqa-upload-jobs", daemon=True)
                self.thread.start()

    def _run(self) -> None:
        while True:
            store, options, job_pk = self.jobs.get()
            try:
                for item in store.job_items(job_pk, statuses=("pending",)):
                    process_job_item(store, item.id, options)
            except Exception:  # a missing model or a broken rubric fails the rest of the job, not the server
                log.exception("upload job %s stopped", job_pk)
                for item in store.job_items(job_pk, statuses=("pending", "running")):
                    store.finish_job_item(item.id, "failed", error="scoring stopped: see the server log")
            finally:
                store.close_job(job_pk)
                self.jobs.task_done()


WORKER = _Worker()


def start(app: Flask, files: list[AcceptedFile], agent_id: str | None, username: str) -> int:
    """Create a job for the accepted files, queue it for the worker thread, and return its id."""
    store: Store = app.extensions["callqa_store"]
    settings = app.config["CALLQA_SETTINGS"]
    folder = str(files[0].path.parent)
    job_pk, _resumed = store.open_job(folder, {"kind": UPLOAD_SOURCE, "agent_id": agent_id, "by": username})
    store.add_job_items(job_pk, [(str(f.path), CallMetadata(call_id=f.path.stem, agent_id=agent_id))
                                 for f in files])
    with store.session() as session, session.begin():
        user_pk = session.scalar(select(UserRow.id).where(UserRow.username == username))
        session.execute(update(JobRow).where(JobRow.id == job_pk).values(created_by_pk=user_pk))
    WORKER.submit(store, ScoreOptions.from_settings(settings), job_pk)
    return job_pk


def resume_unfinished(app: Flask) -> int:
    """Queue again the upload jobs a stopped server left unfinished; return how many."""
    store: Store = app.extensions["callqa_store"]
    with store.session() as session:
        unfinished = [(job.source, job.options) for job in session.scalars(
            select(JobRow).where(JobRow.status.in_(("pending", "running"))).order_by(JobRow.id))
            if (job.options or {}).get("kind") == UPLOAD_SOURCE]
    options = ScoreOptions.from_settings(app.config["CALLQA_SETTINGS"])
    for source, job_options in unfinished:
        job_pk, _resumed = store.open_job(source, job_options)  # items left "running" go back to "pending"
        WORKER.submit(store, options, job_pk)
    return len(unfinished)


def job_view(session: Session, job_pk: int) -> JobView | None:
    """Return a job with its items and their results, or None."""
    job = session.get(JobRow, job_pk)
    if job is None:
        return None
    rows = session.execute(
        select(JobItemRow, CallRow.call_id, AssessmentRow.total, AssessmentRow.grade)
        .outerjoin(CallRow, CallRow.id == JobItemRow.call_pk)
        .outerjoin(AssessmentRow, AssessmentRow.id == JobItemRow.assessment_pk)
        .where(JobItemRow.job_pk == job_pk).order_by(JobItemRow.id))
    items = [JobItemView(file=Path(item.path).name,
                         status=item.status, call_pk=item.call_pk, call_id=call_id, total=total, grade=grade,
                         error=item.error or item.note)
             for item, call_id, total, grade in rows]
    return JobView(job.id, job.status, job.created_at, len(items), sum(i.status == "done" for i in items),
                   sum(i.status == "failed" for i in items), items)


def recent_jobs(session: Session, limit: int) -> list[JobView]:
    """Return the latest jobs, newest first (items left out)."""
    jobs = session.scalars(select(JobRow).order_by(JobRow.id.desc()).limit(limit))
    views = []
    for job in jobs:
        statuses = list(session.scalars(select(JobItemRow.status).where(JobItemRow.job_pk == job.id)))
        views.append(JobView(job.id, job.status, job.created_at, len(statuses), statuses.count("done"),
                             statuses.count("failed")))
    return views
