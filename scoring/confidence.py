"""How far the machine can trust its own hearing of a call, and whether a person must look."""

from __future__ import annotations

from qa.model import Transcript
from scoring.rubric import Rubric


def asr_confidence(transcript: Transcript) -> float:
    """Return the duration-weighted mean segment confidence (0 when nothing was heard)."""
    weights = [(s.confidence, max(s.duration, 0.1)) for s in transcript.segments]
    total = sum(w for _, w in weights)
    return round(sum(c * w for c, w in weights) / total, 3) if total else 0.0


def review_status(transcript: Transcript, rubric: Rubric) -> tuple[float, list[str]]:
    """Return the call's confidence (ASR × speaker split) and the reasons it needs review, if any."""
    heard = asr_confidence(transcript)
    reasons = []
    if not transcript.segments:
        reasons.append("no speech was recognised")
    elif heard < rubric.setting("review", "min_asr_confidence"):
        reasons.append(f"low speech-recognition confidence ({heard:.2f})")
    if transcript.layout == "mono":
        reasons.append("mono recording: speakers split by a pitch heuristic, not yet by diarization")
    if any(w.startswith("dropped segment") for w in transcript.warnings):
        reasons.append("Whisper produced text that the guards dropped (prompt echo or hallucination)")
    return round(heard * transcript.speaker_confidence, 3), reasons
