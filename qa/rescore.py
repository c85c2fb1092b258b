"""``qa rescore``: apply a (changed) rubric to the stored transcripts, no re-transcription, history kept."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date

from qa.pipeline import assess_transcript
from qa.store import Store
from scoring.rubric import Rubric


@dataclass(frozen=True)
class RescoreSummary:
    """How many calls got a new assessment, and how many already had one under this rubric version."""

    rubric_version: str
    rescored: int
    already_current: int
    seconds: float


def rescore_stored(store: Store, rubric: Rubric, since: date | None = None, again: bool = False) -> RescoreSummary:
    """Add an assessment under ``rubric`` to every stored call (from ``since``) not already scored by it.

    ``again``: calls already scored by this rubric version too, for after an upgrade of callqa's scoring
    code (its explanations, e.g. the Chinese ones, or a fixed rule) under an unchanged rubric.
    """
    started = time.perf_counter()
    rescored = already_current = 0
    for call_pk, transcript_pk, transcript, current in store.current_transcripts(since):
        if current.rubric_version == rubric.stamp and not again:
            already_current += 1
            continue
        scoring_started = time.perf_counter()
        assessment = assess_transcript(transcript, rubric, current.call_id)
        assessment.source = dict(current.source)
        assessment.timings = {"scoring": round(time.perf_counter() - scoring_started, 3)}
        store.add_rescored(call_pk, transcript_pk, assessment)
        rescored += 1
    return RescoreSummary(rubric.stamp, rescored, already_current, round(time.perf_counter() - started, 2))
