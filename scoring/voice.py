"""Loudness and pitch per speaker, read from ``Segment.prosody`` (filled by ``audio.prosody``).

Scoring never decodes audio. When a transcript has no prosody (hand-written,
or made before prosody existed) these functions return None / nothing and the
metrics say so.
"""

from __future__ import annotations

import statistics
from typing import Any

from qa.model import Finding, Segment, Transcript
from scoring.rubric import Rubric
from scoring.wording import SEMICOLON, Text, role_name, say

LOUDNESS_KEY = "rms_db"
PITCH_KEY = "pitch_hz"


def _prosody_value(segment: Segment, key: str) -> float | None:
    prosody = getattr(segment, "prosody", None)
    value = prosody.get(key) if isinstance(prosody, dict) else None
    return float(value) if isinstance(value, (int, float)) else None


def loudness_db(segment: Segment) -> float | None:
    """Return the segment's RMS loudness in dB, or None when not measured."""
    return _prosody_value(segment, LOUDNESS_KEY)


def pitch_hz(segment: Segment) -> float | None:
    """Return the segment's mean pitch in Hz, or None when not measured (or unvoiced)."""
    return _prosody_value(segment, PITCH_KEY)


def has_prosody(transcript: Transcript) -> bool:
    """Return True when at least one segment carries a loudness measurement."""
    return any(loudness_db(s) is not None for s in transcript.segments)


def baseline(segments: list[Segment], measure: Any) -> float | None:
    """Return the speaker's own baseline: the median of ``measure`` over their segments."""
    values = [v for v in (measure(s) for s in segments) if v is not None]
    return statistics.median(values) if values else None


def loudness_by_role(transcript: Transcript) -> dict[str, float | None]:
    """Return each speaker's median loudness (dB)."""
    return {role: (round(b, 1) if (b := baseline(transcript.by_role(role), loudness_db)) is not None else None)
            for role in ("agent", "customer")}


def loudness_rise(segment: Segment, base_db: float | None) -> float | None:
    """Return how many dB ``segment`` is above the speaker's baseline (None when unmeasured)."""
    level = loudness_db(segment)
    return None if level is None or base_db is None else round(level - base_db, 1)


def sudden_rises(transcript: Transcript, rubric: Rubric) -> list[Finding]:
    """Return a ``loudness`` finding per segment louder or higher than its speaker's own baseline by the rubric step."""
    rise_db = rubric.setting("voice", "loudness_rise_db")
    pitch_ratio = rubric.setting("voice", "pitch_rise_ratio")
    findings = []
    for role in ("agent", "customer"):
        segments = transcript.by_role(role)
        base_db, base_pitch = baseline(segments, loudness_db), baseline(segments, pitch_hz)
        for segment in segments:
            louder = loudness_rise(segment, base_db)
            pitch = pitch_hz(segment)
            higher = round(pitch / base_pitch - 1, 3) if pitch is not None and base_pitch else None
            reasons = []
            if louder is not None and louder >= rise_db:
                reasons.append(say("+{rise:.1f} dB over the {role}'s median {base:.1f} dB",
                                   "比{role}的中位音量 {base:.1f} dB 高 {rise:.1f} dB",
                                   rise=louder, role=role_name(role), base=base_db))
            if higher is not None and higher >= pitch_ratio:
                reasons.append(say("pitch +{rise:.0%} over the {role}'s median {base:.0f} Hz",
                                   "音调比{role}的中位音调 {base:.0f} Hz 高 {rise:.0%}",
                                   rise=higher, role=role_name(role), base=base_pitch))
            if reasons:
                rule = Text("sudden rise: ", "音量/音调骤升：") + SEMICOLON.join(reasons)
                findings.append(Finding(
                    kind="loudness", severity="minor" if role == "agent" else "info", role=role,
                    start=segment.start, end=segment.end, quote=segment.text, rule=rule.en, rule_zh=rule.zh,
                    detail={"rise_db": louder, "pitch_rise": higher, "baseline_db": base_db,
                            "baseline_pitch_hz": base_pitch}))
    return findings
