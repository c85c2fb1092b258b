"""Compare an Assessment with a labelled reference (DESIGN §8): error rates and attributions."""

from __future__ import annotations

from typing import Any

from qa.model import Assessment
from scoring.text import normalize


def edit_distance(reference: str, hypothesis: str) -> int:
    """Return the Levenshtein distance between two strings (characters)."""
    previous = list(range(len(hypothesis) + 1))
    for i, ref_char in enumerate(reference, start=1):
        current = [i]
        for j, hyp_char in enumerate(hypothesis, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref_char != hyp_char)))
        previous = current
    return previous[-1]


def character_error_rate(reference: str, hypothesis: str) -> float:
    """Return CER: edit distance over reference length, both sides normalised (``scoring.text.normalize``)."""
    ref, hyp = normalize(reference), normalize(hypothesis)
    return edit_distance(ref, hyp) / max(1, len(ref))


def call_text(assessment: Assessment) -> str:
    """Return everything recognised in the call, in time order."""
    return "".join(s.text for s in sorted(assessment.transcript.segments, key=lambda s: s.start))


def turn_roles(assessment: Assessment, turns: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Return (reference role, predicted role) per reference turn: the role that speaks most inside it."""
    pairs = []
    for turn in turns:
        spoken: dict[str, float] = {}
        for segment in assessment.transcript.segments:
            for word in segment.words or []:
                inside = min(word.end, turn["end"]) - max(word.start, turn["start"])
                if inside > 0:
                    spoken[segment.role] = spoken.get(segment.role, 0.0) + inside
        pairs.append((turn["role"], max(spoken, key=spoken.get) if spoken else "none"))
    return pairs
