"""Hand-made transcripts for unit tests: one word per character, evenly spaced."""

from __future__ import annotations

from qa.model import Segment, Transcript, Word


def segment(role: str, start: float, end: float, text: str) -> Segment:
    """Return a segment whose characters are spread evenly over [start, end]."""
    chars = [c for c in text if c.strip()]
    step = (end - start) / max(1, len(chars))
    words = [Word(c, round(start + i * step, 3), round(start + (i + 1) * step, 3), 0.9) for i, c in enumerate(chars)]
    return Segment(speaker="S0" if role == "agent" else "S1", role=role, start=start, end=end, text=text,
                   confidence=0.9, words=words)


def transcript(*turns: tuple[str, float, float, str], layout: str = "stereo") -> Transcript:
    """Return a transcript of (role, start, end, text) turns."""
    segments = [segment(*t) for t in turns]
    return Transcript(duration=max(s.end for s in segments) + 1.0, layout=layout, engine="test", model="test",
                      segments=segments)


def with_prosody(seg: Segment, rms_db: float, pitch_hz: float | None = None) -> Segment:
    """Return ``seg`` carrying loudness / pitch as ``audio.prosody`` stores them (``Segment.prosody``)."""
    seg.prosody = {"rms_db": rms_db, "pitch_hz": pitch_hz}
    return seg
