"""``qa batch DIR``: score a folder of recordings with N worker processes, resumably.

The job and its files live in the database (jobs, job_items). A run on a folder whose last job did not
finish resumes it: files done are skipped, files left running by a killed run are queued again, and the
audio's sha256 keeps any file from being stored twice. Each worker process loads the model once.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO

from tqdm import tqdm

from qa.filenames import FileNaming
from qa.jobs import FAILED, FileOutcome, process_job_item
from qa.pipeline import ScoreOptions
from qa.store import Store
from scoring.rubric import load_rubric

EXIT_SOME_FAILED = 3

ItemRunner = Callable[[Store, list[int], "BatchRequest"], Iterable[FileOutcome]]  # yields outcomes as files finish


@dataclass(frozen=True)
class BatchRequest:
    """What to score and how: the folder, how names map to metadata, scoring options, worker count."""

    folder: Path
    options: ScoreOptions
    naming: FileNaming = field(default_factory=FileNaming)
    workers: int = 1
    exclude: frozenset[Path] = frozenset()  # e.g. the metadata CSV inside the folder


@dataclass
class BatchSummary:
    """How a run went: this run's outcomes, and every file of the job that failed, with its reason."""

    job_pk: int
    resumed: bool
    files: int
    outcomes: list[FileOutcome]
    failures: list[tuple[str, str]]
    warnings: list[str]
    seconds: float

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def exit_status(self) -> int:
        return EXIT_SOME_FAILED if self.failures else 0


def recordings_in(folder: Path, exclude: frozenset[Path] = frozenset()) -> list[Path]:
    """Return every visible file under ``folder`` (sorted); non-audio files are reported by the scorer."""
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: no such folder")
    excluded = {p.resolve() for p in exclude}
    return sorted(
        path for path in folder.rglob("*")
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts)
        and path.resolve() not in excluded
    )


def plan_batch(store: Store, request: BatchRequest) -> tuple[int, bool, int, list[str]]:
    """Open (or resume) the folder's job and add its files; return job id, resumed, file count, name warnings."""
    folder = request.folder.resolve()
    files = recordings_in(folder, request.exclude)
    items, warnings = [], []
    for path in files:
        metadata, warning = request.naming.metadata(path, folder)
        items.append((str(path), metadata))
        if warning:
            warnings.append(warning)
    options = {"engine": request.options.engine, "rubric": request.options.rubric_path,
               "agent_channel": request.options.agent_channel, "workers": request.workers}
    job_pk, resumed = store.open_job(str(folder), options)
    store.add_job_items(job_pk, items)
    return job_pk, resumed, len(files), warnings


def run_batch(store: Store, request: BatchRequest, progress: BatchProgress,
              run_items: ItemRunner | None = None) -> BatchSummary:
    """Score every file of the folder not done yet (here, or by ``run_items``: the distributed runner)."""
    started = time.perf_counter()
    load_rubric(request.options.rubric_path or None)  # a broken rubric stops the run before any file
    job_pk, resumed, files, warnings = plan_batch(store, request)
    for warning in warnings:
        progress.note(f"warning: {warning}")
    todo = [item.id for item in store.job_items(job_pk, ("pending", "failed"))]
    progress.start(total=files, done=files - len(todo), resumed=resumed)
    outcomes = []
    for outcome in (run_items or _outcomes)(store, todo, request):
        outcomes.append(outcome)
        progress.advance(outcome)
    progress.close()
    store.close_job(job_pk)
    failures = [(item.path, item.error) for item in store.job_items(job_pk, ("failed",))]
    return BatchSummary(job_pk, resumed, files, outcomes, failures, warnings,
                        round(time.perf_counter() - started, 2))


def _outcomes(store: Store, item_pks: list[int], request: BatchRequest) -> Iterator[FileOutcome]:
    if request.workers <= 1 or len(item_pks) <= 1:
        for item_pk in item_pks:
            yield process_job_item(store, item_pk, request.options)
        return
    options = _options_per_worker(request.options, request.workers)
    # spawn: each worker starts clean (no inherited database connections or model threads) and loads the model once.
    with ProcessPoolExecutor(max_workers=request.workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_start_worker, initargs=(store.database_url, store.audio_dir, options)) as pool:
        futures = [pool.submit(_work, item_pk) for item_pk in item_pks]
        for future in as_completed(futures):
            yield future.result()


def _options_per_worker(options: ScoreOptions, workers: int) -> ScoreOptions:
    """Share the cores among the workers unless the thread count was set explicitly."""
    if options.engine_options.cpu_threads:
        return options
    threads = max(1, (os.cpu_count() or 1) // workers)
    return replace(options, engine_options=replace(options.engine_options, cpu_threads=threads))


_worker_store: Store | None = None
_worker_options: ScoreOptions | None = None


def _start_worker(database_url: str, audio_dir: Path, options: ScoreOptions) -> None:
    global _worker_store, _worker_options
    _worker_store, _worker_options = Store(database_url, audio_dir), options


def _work(item_pk: int) -> FileOutcome:
    assert _worker_store is not None and _worker_options is not None, "worker not initialised"
    return process_job_item(_worker_store, item_pk, _worker_options)


class BatchProgress:
    """The one progress display of a batch: a tqdm bar on a terminal, else one plain line per file."""

    def __init__(self, stream: TextIO = sys.stderr, bar: bool | None = None) -> None:
        self.stream = stream
        self.bar_enabled = stream.isatty() if bar is None else bar
        self._bar: tqdm | None = None
        self._total = self._done = self._this_run = 0
        self._started = 0.0

    def note(self, line: str) -> None:
        if self._bar is not None:
            self._bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream, flush=True)

    def start(self, total: int, done: int, resumed: bool) -> None:
        self._total, self._done, self._started = total, done, time.perf_counter()
        self.note(f"{'resuming' if resumed else 'starting'}: {total} files, {done} done already, "
                  f"{total - done} to score")
        if self.bar_enabled:
            self._bar = tqdm(total=total, initial=done, file=self.stream, unit="file", dynamic_ncols=True)

    def advance(self, outcome: FileOutcome) -> None:
        self._done += 1
        self._this_run += 1
        name = Path(outcome.path).name
        if outcome.status == FAILED:
            result = f"FAILED: {outcome.error}"
        elif outcome.total is None:
            result = f"already stored (call {outcome.call_id})" if outcome.call_id else "already stored"
        else:
            result = (f"{outcome.total:.1f} ({outcome.grade}){'  needs review' if outcome.needs_review else ''}"
                      f"  {outcome.seconds:.1f}s")
        elapsed = time.perf_counter() - self._started
        rate = self._this_run / elapsed if elapsed > 0 else 0.0
        eta = (self._total - self._done) / rate if rate > 0 else 0.0
        if self._bar is not None:
            self._bar.write(f"[{self._done}/{self._total}] {name}: {result}", file=self.stream)
            self._bar.update(1)
        else:
            self.note(f"[{self._done}/{self._total}] {name}: {result}  ({rate * 60:.1f} files/min, "
                      f"ETA {_duration(eta)})")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def _duration(seconds: float) -> str:
    minutes, rest = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{rest:02d}"
