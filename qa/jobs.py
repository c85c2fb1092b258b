"""The job function: score one file into the store, idempotently. Batch runs, uploads and queue workers call it.

``process_job_item(store, item_pk, options)`` is the unit a worker (a local process or a Celery task) runs:
it reads the item's file and metadata from the jobs table, scores the file unless its audio is stored
already, writes the result with insert-or-skip, and records the outcome on the item. Running it twice,
or in two workers at once, stores the call once.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from audio.io import AudioDecodeError, ChannelMapError, file_sha256
from audio.weights import ModelNotAvailable
from qa.filenames import CallMetadata
from qa.pipeline import ScoreOptions, score_call
from qa.store import Store
from scoring.rubric import RubricError

log = logging.getLogger(__name__)

SCORED, ALREADY_STORED, FAILED = "scored", "already_stored", "failed"


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file: scored now, found already stored, or failed (with the reason)."""

    path: str
    status: str
    call_id: str = ""
    total: float | None = None
    grade: str = ""
    needs_review: bool = False
    error: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status != FAILED


def score_file(store: Store, path: Path, metadata: CallMetadata,
               options: ScoreOptions) -> tuple[FileOutcome, int | None, int | None]:
    """Return the outcome of scoring ``path`` into ``store``, with the call id and new assessment id.

    Bad audio is an outcome (status failed, the decoder's message as the reason), not an exception; a
    missing model or a broken rubric is raised, since every other file would fail the same way.
    """
    started = time.perf_counter()

    def outcome(status: str, **fields: object) -> FileOutcome:
        return FileOutcome(str(path), status, seconds=round(time.perf_counter() - started, 3), **fields)

    try:
        known = store.find_call_by_sha256(file_sha256(path))
        if known is not None:
            return outcome(ALREADY_STORED, call_id=known.call_id), known.id, None
        assessment = score_call(path, options, call_id=metadata.call_id)
        stored = store.save_new_call(assessment, path, metadata)
    except (ModelNotAvailable, RubricError):
        raise
    except (AudioDecodeError, ChannelMapError) as exc:
        return outcome(FAILED, error=str(exc)), None, None
    except OSError as exc:
        return outcome(FAILED, error=f"{path}: cannot be read ({exc.strerror or exc})"), None, None
    except Exception as exc:  # one broken file must not stop a night's batch; the log keeps the traceback
        log.exception("scoring %s failed", path)
        return outcome(FAILED, error=f"{path}: internal error {type(exc).__name__}: {exc}"), None, None
    if not stored.created:
        return outcome(ALREADY_STORED, call_id=stored.call_id), stored.call_pk, None
    return (outcome(SCORED, call_id=stored.call_id, total=assessment.total, grade=assessment.grade,
                    needs_review=assessment.needs_review), stored.call_pk, stored.assessment_pk)


def process_job_item(store: Store, item_pk: int, options: ScoreOptions) -> FileOutcome:
    """Score one item of a job and record its outcome on the item; return the outcome."""
    item = store.get_job_item(item_pk)
    if item is None:
        raise LookupError(f"job item {item_pk} does not exist")
    if item.status == "done":  # a redelivered task, or a second worker on the same item
        return FileOutcome(item.path, ALREADY_STORED)
    store.start_job_item(item_pk)
    outcome, call_pk, assessment_pk = score_file(store, Path(item.path), CallMetadata.from_dict(item.meta), options)
    if outcome.ok:
        note = f"already stored as call {outcome.call_id}" if outcome.status == ALREADY_STORED else ""
        store.finish_job_item(item_pk, "done", note=note, call_pk=call_pk, assessment_pk=assessment_pk)
    else:
        store.finish_job_item(item_pk, "failed", error=outcome.error)
    return outcome
