"""The rules alone, on the reference transcripts of every labelled tuning set (`qa eval --from-reference`).

No audio is heard, so these run in seconds and catch a rule change that breaks
a call the ASR never gets to. Only sets already read for tuning are here: a
floor on a blind set (the newest held-out set) would be tuning to it.
"""

from __future__ import annotations

import pytest

from qa.cli import load_manifest
from qa.evaluation import evaluate_dataset
from qa.pipeline import ScoreOptions
from tests.conftest import SAMPLES

TUNING_SETS = ("", "heldout") + tuple(f"heldout{n}" for n in range(2, 39))  # every set read so far
MIN_MACRO_F1 = 0.90


@pytest.fixture(scope="module", params=TUNING_SETS, ids=lambda name: name or "samples")
def summary(request) -> dict:
    folder = SAMPLES / request.param
    return evaluate_dataset(folder, load_manifest(folder), ScoreOptions(), from_reference=True)


def test_six_steps_from_the_reference_transcripts(summary):
    assert summary["transcripts"] == "reference"
    assert summary["cer"]["overall"] == 0.0
    assert summary["steps"]["macro"]["f1"] >= MIN_MACRO_F1


def test_no_forbidden_phrase_is_found_where_none_was_said(summary):
    assert summary["forbidden"]["fp"] == 0


def test_the_sample_calls_meet_every_target_when_heard_perfectly():
    summary = evaluate_dataset(SAMPLES, load_manifest(SAMPLES), ScoreOptions(), from_reference=True)
    assert summary["steps"]["macro"]["f1"] == 1.0
    for name in ("agent_interruptions", "customer_interruptions", "dead_air", "holds"):
        assert summary[name]["exact_share"] == 1.0, name
    assert summary["speech_rate"]["max_relative_error"] <= 0.05
    for name in ("jargon", "forbidden", "pii"):
        assert summary[name]["recall"] == 1.0 and summary[name]["precision"] == 1.0, name
