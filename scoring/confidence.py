"""How far the machine can trust its own hearing of a call, and whether a person must look."""

from __future__ import annotations

from dataclasses import dataclass, field

from qa.model import Transcript
from scoring.rubric import Rubric

WORDS = "words"  # the recognised text cannot be trusted
SPEAKERS = "speakers"  # who said what cannot be trusted


@dataclass(frozen=True)
class ReviewStatus:
    """The call's confidence, why a person must review it, and which inputs are not trusted."""

    confidence: float
    reasons: list[str] = field(default_factory=list)
    untrusted: frozenset[str] = frozenset()


def asr_confidence(transcript: Transcript) -> float:
    """Return the duration-weighted mean segment confidence (0 when nothing was heard)."""
    weights = [(s.confidence, max(s.duration, 0.1)) for s in transcript.segments]
    total = sum(w for _, w in weights)
    return round(sum(c * w for c, w in weights) / total, 3) if total else 0.0


def review_status(transcript: Transcript, rubric: Rubric) -> ReviewStatus:
    """Return the call's confidence (ASR × speaker split × guard share), the review reasons and the untrusted inputs."""
    heard = asr_confidence(transcript)
    reasons: list[str] = []
    untrusted: set[str] = set()
    if not transcript.segments:
        reasons.append("no speech was recognised")
        untrusted.add(WORDS)
    elif heard < rubric.setting("review", "min_asr_confidence"):
        reasons.append(f"low speech-recognition confidence ({heard:.2f})")
        untrusted.add(WORDS)
    markers = rubric.setting("review", "untrusted_warnings")
    guarded = [w for w in transcript.warnings if any(m in w for m in markers)]
    if guarded:
        reasons.append(f"Whisper produced suspect text ({len(guarded)} warning(s): hallucination, repetition "
                       f"or prompt echo)")
        untrusted.add(WORDS)
    if transcript.guard_confidence < rubric.setting("review", "min_guard_share"):
        reasons.append(f"the Whisper guards kept only {transcript.guard_confidence:.0%} of the recognised speech")
        untrusted.add(WORDS)
    if transcript.speaker_confidence < rubric.setting("review", "min_speaker_confidence"):
        reasons.append(f"uncertain speaker split ({transcript.layout}, speaker confidence "
                       f"{transcript.speaker_confidence:.2f})")
        untrusted.add(SPEAKERS)
    confidence = heard * transcript.speaker_confidence * transcript.guard_confidence
    return ReviewStatus(round(confidence, 3), reasons, frozenset(untrusted))
