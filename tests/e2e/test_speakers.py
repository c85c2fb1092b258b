"""Real Whisper + diarization on labelled calls: which role spoke each recognised word.

Word-level speaker attribution (``qa.evaluation.word_attribution``, also in
``qa eval``): a word is right when its segment's role is the role of the
reference turn under the word's midpoint. Targets: ≥ 90 % on
every labelled mono call, ≥ 97 % on stereo.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa.cli import load_manifest
from qa.evaluation import word_attribution
from qa.model import Transcript
from qa.pipeline import ScoreOptions, transcribe_call
from tests.conftest import SAMPLES, manifest

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parents[2] / "samples" / "diarization"
MONO_TARGET = 0.90
STEREO_TARGET = 0.97
# Calls measured below target (docs/audio.md); since session 17 the words choose among near-equal partitions and
# both former members (similar_pitch_16k 88 %, utilities_neutral_mono 55 %) reach it.
BELOW_TARGET: dict[str, str] = {}


def fixture_entries() -> list[dict]:
    lines = (FIXTURES / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def attribution(transcript: Transcript, turns: list[dict]) -> tuple[float, int]:
    """Return the share of words given the right role (``qa.evaluation.word_attribution``) and the word count."""
    right, total = word_attribution(transcript, turns)
    return right / max(1, total), total


@pytest.fixture(scope="module")
def fixture_transcripts(settings) -> dict[str, tuple[dict, Transcript, dict]]:
    """Return id -> (manifest entry, transcript, timings) for every call in samples/diarization."""
    results = {}
    for entry in fixture_entries():
        timings: dict[str, float] = {}
        transcript, _ = transcribe_call(FIXTURES / entry["audio"], ScoreOptions.from_settings(settings), timings)
        results[entry["id"]] = (entry, transcript, timings)
    return results


def mark_below_target(call_id: str):
    reason = BELOW_TARGET.get(call_id)
    return pytest.param(call_id, marks=pytest.mark.xfail(reason=reason, strict=True)) if reason else call_id


@pytest.mark.parametrize("call_id", [mark_below_target(e["id"]) for e in fixture_entries()])
def test_words_are_attributed_on_labelled_mono_fixtures(fixture_transcripts, call_id):
    entry, transcript, timings = fixture_transcripts[call_id]
    accuracy, words = attribution(transcript, entry["reference"]["turns"])
    print(f"\n{call_id}: word attribution {accuracy:.3f} over {words} words, speaker confidence "
          f"{transcript.speaker_confidence:.2f}, timings {timings}")
    assert transcript.layout == "mono" and {"vad", "diarize", "prosody"} <= set(timings)
    assert accuracy >= MONO_TARGET


@pytest.mark.parametrize("call_id", [mark_below_target(e["id"]) for e in manifest() if e["layout"] == "mono"])
def test_words_are_attributed_on_the_mono_samples(scored_samples, call_id):
    entry, assessment = scored_samples[call_id]
    accuracy, words = attribution(assessment.transcript, entry["reference"]["turns"])
    print(f"\n{call_id}: word attribution {accuracy:.3f} over {words} words, speaker confidence "
          f"{assessment.transcript.speaker_confidence:.2f}")
    assert accuracy >= MONO_TARGET


@pytest.mark.parametrize("call_id", [e["id"] for e in manifest() if e["layout"] == "stereo"])
def test_words_are_attributed_on_the_stereo_samples(scored_samples, call_id):
    entry, assessment = scored_samples[call_id]
    accuracy, words = attribution(assessment.transcript, entry["reference"]["turns"])
    print(f"\n{call_id}: word attribution {accuracy:.3f} over {words} words")
    assert accuracy >= STEREO_TARGET


def test_a_call_of_two_turns_is_split_between_two_speakers():
    """Two units cannot be clustered by unit; their windows are (before: one speaker for the whole call)."""
    from audio.diarize import DiarizationSettings, diarize
    from audio.io import load_audio
    from audio.vad import speech_regions

    entry = next(e for e in manifest() if e["id"] == "call_mono_16k")
    agent, customer = entry["reference"]["turns"][2:4]  # agent 4.8 s, then the customer 2.5 s
    assert (agent["role"], customer["role"]) == ("agent", "customer")
    start, end = agent["start"] - 0.3, customer["end"] + 0.3
    clip = load_audio(SAMPLES / entry["audio"]).samples[0][round(start * 16000): round(end * 16000)]
    timeline = diarize(clip, speech_regions(clip), DiarizationSettings())
    assert len(timeline.units) == 2
    first, second = timeline.units
    assert first.speaker != second.speaker and timeline.separation > 0.25
    assert first.end < customer["start"] - start < second.start + 0.3


def test_long_turns_of_both_speakers_are_not_taken_for_one_speaker(settings):
    """heldout27's number transfer: the long units of both voices resemble each other more than their own short
    units; clustered as they are, the split follows length (43 % of words right). The clustering of the units without
    their length direction fits the units better and is kept (docs/audio.md)."""
    folder = SAMPLES / "heldout27"
    entry = next(e for e in load_manifest(folder) if e["id"] == "heldout27_telecom_number_transfer_to_son_mono")
    transcript, _ = transcribe_call(folder / entry["audio"], ScoreOptions.from_settings(settings), {})
    accuracy, words = attribution(transcript, entry["reference"]["turns"])
    print(f"\nword attribution {accuracy:.3f} over {words} words")
    assert accuracy >= MONO_TARGET


def test_overlapped_speech_on_a_mono_mix_is_marked(fixture_transcripts):
    """call_problems: the agent starts 1.6 s before the customer stops (17.70–19.30 s)."""
    _, transcript, _ = fixture_transcripts["call_problems_mono"]
    marked = [s for s in transcript.segments if s.overlap]
    assert marked and all(s.start < 21.0 and s.end > 17.0 for s in marked), [(s.start, s.end) for s in marked]
    assert transcript.diarization["overlaps"]


def test_mono_segments_carry_prosody_and_the_evidence_for_roles(fixture_transcripts):
    _, transcript, _ = fixture_transcripts["similar_pitch_8k"]
    assert all(s.prosody.get("rms_db") is not None for s in transcript.segments)
    agent = transcript.diarization["agent"]
    assert "self_id: 工号" in transcript.diarization["role_evidence"][agent]
    assert {s.role for s in transcript.segments} == {"agent", "customer"}
