"""Several machines: the job function as a Celery task, Redis as the broker, the shared database as the record.

``qa batch DIR --distributed`` plans the job as a local batch does (jobs, job_items), sends one task per file
that is not done to the queue, and follows the job_items table until every file has an outcome. ``qa worker``
runs the tasks: each calls ``qa.jobs.process_job_item``, which records the outcome on the item and stores a
call at most once. Tasks are acknowledged late, so a task whose worker dies is delivered again: at once
when only a pool process died (reject on worker lost), after the visibility timeout when the whole worker or
its host died. After ``broker_max_redeliveries`` such second chances a file whose worker is lost again is
failed, not tried again, so one file that crashes the scorer cannot take every worker down in turn.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import socket
import time
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit

from celery import Celery, signals
from kombu.exceptions import OperationalError

from qa.batch import BatchProgress, BatchRequest
from qa.config import Settings
from qa.jobs import ALREADY_STORED, FAILED, SCORED, FileOutcome, process_job_item
from qa.pipeline import ScoreOptions, get_engine
from qa.store import Store
from qa.tables import JobItemRow

log = logging.getLogger(__name__)

TASK_NAME = "callqa.score_job_item"
JOB_CHOICES = ("agent_channel", "channel_map", "rubric")  # decided by the batch, the same on every worker
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
PROGRESS_POLL_S = 1.0


class DistributedSetupError(ValueError):
    """The broker or database settings cannot work: SQLite across machines, or a broker out of reach."""


def broker_is_local(broker_url: str) -> bool:
    """Return whether the broker runs on this machine (a loopback address or a Unix socket)."""
    parts = urlsplit(broker_url)
    return parts.scheme.endswith("+socket") or parts.scheme == "socket" or (parts.hostname or "") in LOCAL_HOSTS


def check_shared_database(settings: Settings) -> str:
    """Return a warning when the database is SQLite on a local broker; raise when SQLite meets a remote broker.

    A SQLite file lives on one machine: workers on other hosts would write to databases of their own, and
    the batch would wait for ever. With a broker on this machine, workers and batch share the file.
    """
    if not settings.resolved_database_url.startswith("sqlite"):
        return ""
    if not broker_is_local(settings.broker_url):
        raise DistributedSetupError(
            f"the database is SQLite ({settings.resolved_database_url}) but the broker "
            f"({_without_password(settings.broker_url)}) is on another host: workers on other machines need "
            "a shared database; set QA_DATABASE_URL to PostgreSQL on every machine")
    return ("the database is SQLite: batch and workers must run on this machine; "
            "for several machines set QA_DATABASE_URL to PostgreSQL")


def make_app(settings: Settings) -> Celery:
    """Return the Celery app of these settings, with the scoring task registered."""
    app = Celery("callqa", broker=settings.broker_url, set_as_current=False)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_default_queue=settings.broker_queue,
        task_serializer="json",
        accept_content=["json"],
        task_ignore_result=True,  # outcomes are recorded on the job items, in the database
        broker_connection_retry_on_startup=True,
        broker_transport_options={
            "visibility_timeout": settings.broker_visibility_timeout_s,
            "unacked_restore_interval": settings.broker_restore_interval_s,
            "unacked_restore_throttle": 1,
        },
    )

    @app.task(name=TASK_NAME)
    def score_job_item(item_pk: int, attempts_before: int, job_choices: dict[str, Any]) -> str:
        """Score one job item on this worker; return its status afterwards."""
        return run_job_item(settings, item_pk, attempts_before, job_choices)

    def load_model_once(**_: Any) -> None:
        # Each pool process loads the model as it starts, so no task's time includes the load.
        options = ScoreOptions.from_settings(settings)
        try:
            get_engine(options.engine, options.engine_options)
        except Exception:  # the tasks will fail with the reason; the log says it at once
            log.exception("loading the %s model failed", options.engine)

    signals.worker_process_init.connect(load_model_once, weak=False)
    return app


def start_worker(settings: Settings, concurrency: int, pool: str) -> int:
    """Run a Celery worker on the settings' queue until it is stopped; return its exit status.

    Unless ``cpu_threads`` is set, the cores are shared out among the pool processes.
    """
    if not settings.cpu_threads:
        settings = dataclasses.replace(settings, cpu_threads=max(1, (os.cpu_count() or 1) // concurrency))
    Store(settings.resolved_database_url, settings.audio_dir).close()  # a wrong URL fails here; the schema is current
    worker = make_app(settings).Worker(
        concurrency=concurrency, pool_cls=pool, queues=[settings.broker_queue], loglevel="INFO",
        hostname=f"qa-{os.getpid()}@{socket.gethostname()}")
    worker.start()
    return worker.exitcode or 0


def job_choices(settings: Settings) -> dict[str, Any]:
    """Return the scoring choices a batch makes for all its files (agent channel, channel map, rubric)."""
    return {name: getattr(settings, name) for name in JOB_CHOICES}


def run_job_item(settings: Settings, item_pk: int, attempts_before: int, choices: dict[str, Any]) -> str:
    """Score a job item with this worker's settings and the job's choices; return the item's status after."""
    store = _store(settings.resolved_database_url, settings.audio_dir)
    item = store.get_job_item(item_pk)
    if item is None:
        log.warning("job item %s no longer exists; task dropped", item_pk)
        return "missing"
    host = socket.gethostname()
    starts = item.attempts - attempts_before
    if item.status == "running" and starts > settings.broker_max_redeliveries:
        store.finish_job_item(item_pk, FAILED, error=(
            f"{item.path}: the worker scoring it was lost {starts} times; not tried again "
            "(run the batch again to retry)"))
        log.error("item %s (%s): worker lost %s times, marked failed", item_pk, item.path, starts)
        return FAILED
    if item.status != "done" and not Path(item.path).is_file():
        store.finish_job_item(item_pk, FAILED, error=(
            f"{item.path}: not found on worker host {host} (the batch folder must be mounted at the same "
            "path on every worker)"))
        return FAILED
    log.info("item %s (%s): scoring on %s", item_pk, item.path, host)
    job_settings = {name: choices[name] for name in JOB_CHOICES if name in choices}  # nothing else from a message
    options = ScoreOptions.from_settings(dataclasses.replace(settings, **job_settings))
    try:
        outcome = process_job_item(store, item_pk, options)
    except Exception as exc:  # a missing model or unreadable rubric on this host: the item must not stay running
        store.finish_job_item(item_pk, FAILED, error=f"{item.path}: on worker host {host}: {exc}")
        raise
    log.info("item %s (%s): %s", item_pk, item.path, outcome.status)
    return FAILED if outcome.status == FAILED else "done"


@lru_cache(maxsize=4)
def _store(database_url: str, audio_dir: Path) -> Store:
    """Return this process's store (opened after the pool forked, so no connection is shared)."""
    return Store(database_url, audio_dir)


class DistributedRunner:
    """Run a batch's items on the workers of the queue: send one task per item, follow the database."""

    def __init__(self, settings: Settings, progress: BatchProgress, poll_s: float = PROGRESS_POLL_S) -> None:
        self.settings = settings
        self.progress = progress
        self.poll_s = poll_s
        self.app = make_app(settings)

    def __call__(self, store: Store, item_pks: list[int], _request: BatchRequest) -> Iterator[FileOutcome]:
        """Yield each item's outcome as a worker records it."""
        if not item_pks:
            return
        first = store.get_job_item(item_pks[0])
        assert first is not None, f"job item {item_pks[0]} does not exist"
        try:
            self._say_who_listens()
            attempts_before = self._send(store, first.job_pk, set(item_pks))
        except OperationalError as exc:
            raise DistributedSetupError(f"the broker {_without_password(self.settings.broker_url)} cannot be "
                                        f"reached ({exc}): start redis-server there or set QA_BROKER_URL") from None
        # An item is finished in this run once a worker started it (attempts grew) and recorded an outcome.
        waiting = set(attempts_before)
        while waiting:
            time.sleep(self.poll_s)
            finished = [item for item in store.job_items(first.job_pk, ("done", FAILED))
                        if item.id in waiting and item.attempts > attempts_before[item.id]]
            yield from self._outcomes(store, finished)
            waiting -= {item.id for item in finished}

    def _send(self, store: Store, job_pk: int, wanted: set[int]) -> dict[int, int]:
        """Send one task per wanted item of the job; return each item's attempts before this run."""
        choices, attempts_before = job_choices(self.settings), {}
        for item in store.job_items(job_pk):
            if item.id in wanted:
                attempts_before[item.id] = item.attempts
                self.app.send_task(TASK_NAME, args=(item.id, item.attempts, choices), queue=self.settings.broker_queue)
        return attempts_before

    def _say_who_listens(self) -> None:
        queue = self.settings.broker_queue
        answers = self.app.control.inspect(timeout=1.0).active_queues() or {}
        workers = sorted(name for name, queues in answers.items() if any(q["name"] == queue for q in queues))
        if workers:
            self.progress.note(f"queue {queue!r} on {_without_password(self.settings.broker_url)}: "
                               f"{len(workers)} worker(s): {', '.join(workers)}")
        else:
            self.progress.note(f"warning: no worker answered on queue {queue!r} at "
                               f"{_without_password(self.settings.broker_url)}; the files wait in the queue "
                               "until one starts (qa worker)")

    @staticmethod
    def _outcomes(store: Store, finished: list[JobItemRow]) -> Iterator[FileOutcome]:
        call_pks = [item.call_pk for item in finished if item.call_pk]
        results = {result.call_pk: result for result in store.current_results(call_pks=call_pks)} if call_pks else {}
        for item in finished:
            seconds = 0.0
            if item.finished_at and item.started_at:
                seconds = round((item.finished_at - item.started_at).total_seconds(), 3)
            if item.status == FAILED:
                yield FileOutcome(item.path, FAILED, error=item.error, seconds=seconds)
                continue
            result = results.get(item.call_pk)
            call_id = result.call_id if result else ""
            if item.assessment_pk is None or result is None:
                yield FileOutcome(item.path, ALREADY_STORED, call_id=call_id, seconds=seconds)
                continue
            assessment = result.assessment
            yield FileOutcome(item.path, SCORED, call_id=call_id, total=assessment.total, grade=assessment.grade,
                              needs_review=assessment.needs_review, seconds=seconds)


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":***@")).geturl()
