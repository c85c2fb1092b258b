"""Timing measurements of a call: speech rate, interruptions, silences, talk ratio.

Every formula is described in ``docs/scoring.md``; every threshold comes from
the rubric. Functions take a ``Transcript`` and return numbers or findings.
"""

from __future__ import annotations

from typing import Any

from qa.model import Finding, Segment, Transcript, Word
from scoring.lexicons import contains_any, load_lexicon
from scoring.rubric import Rubric
from scoring.text import normalize, spoken_characters


def voiced_seconds(segments: list[Segment], max_pause_s: float) -> float:
    """Return the speaking time of ``segments``: word spans, pauses over ``max_pause_s`` excluded."""
    total = 0.0
    for segment in segments:
        spans = [(w.start, w.end) for w in segment.words] or [(segment.start, segment.end)]
        run_start, run_end = spans[0]
        for start, end in spans[1:]:
            if start - run_end > max_pause_s:
                total += run_end - run_start
                run_start = start
            run_end = max(run_end, end)
        total += run_end - run_start
    return total


def speech_rate_cpm(segments: list[Segment], max_pause_s: float, fillers: tuple[str, ...]) -> float | None:
    """Return characters per minute of voiced time (no punctuation, no fillers), or None if silent."""
    seconds = voiced_seconds(segments, max_pause_s)
    if seconds <= 0:
        return None
    characters = sum(spoken_characters(s.text, fillers) for s in segments)
    return round(characters / (seconds / 60.0), 1)


def _is_backchannel(text: str, backchannels: tuple[str, ...]) -> bool:
    bare = normalize(text)
    for phrase in backchannels:
        bare = bare.replace(phrase, "")
    return not bare


def _words(segments: list[Segment]) -> list[tuple[float, float]]:
    return sorted((w.start, w.end) for s in segments for w in (s.words or [Word(s.text, s.start, s.end)]))


def interruptions(
    transcript: Transcript, min_overlap_s: float, min_chars: int, mid_turn_gap_s: float
) -> list[Finding]:
    """Return one finding per interruption and per other overlap.

    An utterance of speaker B that starts a new turn (B silent for
    ``mid_turn_gap_s`` before it) while speaker A is mid-turn (A spoke within
    ``mid_turn_gap_s`` before B's onset and goes on speaking after it) is an
    interruption when they talk at once for ``min_overlap_s`` or more and B says
    ``min_chars`` or more characters that are not backchannels. Other
    simultaneous speech is reported as kind ``overlap``.
    """
    backchannels = load_lexicon("backchannel")
    words_by_role = {role: _words(transcript.by_role(role)) for role in ("agent", "customer", "unknown")}
    findings = []
    for later in sorted(transcript.segments, key=lambda s: s.start):
        onset = later.start
        own = words_by_role.get(later.role, [])
        if any(onset - mid_turn_gap_s <= end <= onset for _, end in own):
            continue  # B is continuing its own turn, not starting one
        for role, words in words_by_role.items():
            if role == later.role or not words:
                continue
            before = any(start < onset and end >= onset - mid_turn_gap_s for start, end in words)
            during = [(start, end) for start, end in words if onset <= start < later.end or start < onset < end]
            if not (before and during):
                continue
            overlap = min(later.end, max(end for _, end in during)) - onset
            if overlap <= 0:
                continue
            substantive = (
                not _is_backchannel(later.text, backchannels) and spoken_characters(later.text) >= min_chars
            )
            is_interruption = substantive and overlap >= min_overlap_s
            findings.append(
                Finding(
                    kind="interruption" if is_interruption else "overlap",
                    severity=("major" if later.role == "agent" else "info") if is_interruption else "info",
                    role=later.role,
                    start=onset,
                    end=round(onset + overlap, 2),
                    quote=later.text,
                    rule=f"{later.role} starts at {onset:.1f}s while {role} is mid-turn; "
                         f"both speak for {overlap:.1f}s",
                    detail={"interrupted": role, "overlap_s": round(overlap, 2)},
                )
            )
    return findings


def silences(transcript: Transcript, dead_air_s: float) -> tuple[list[Finding], float]:
    """Return dead-air and hold findings, and the longest silence between speech (s).

    Dead air: nobody speaks for ``dead_air_s`` or more between two utterances,
    unless the agent announced a hold right before (then kind ``hold``).
    """
    holds = load_lexicon("hold")
    findings = []
    longest = 0.0
    ordered = sorted(transcript.segments, key=lambda s: s.start)
    speech_end = None
    last_agent: Segment | None = None
    for segment in ordered:
        if speech_end is not None and segment.start > speech_end:
            gap = segment.start - speech_end
            longest = max(longest, gap)
            if gap >= dead_air_s:
                announced = last_agent is not None and contains_any(last_agent.text, holds)
                findings.append(
                    Finding(
                        kind="hold" if announced else "dead_air",
                        severity="info" if announced else "major",
                        role="agent",
                        start=round(speech_end, 2),
                        end=segment.start,
                        quote=last_agent.text if announced and last_agent else "",
                        rule=f"nobody speaks for {gap:.1f}s (threshold {dead_air_s:g}s)"
                        + (f"; announced by 「{announced}」" if announced else "; not announced"),
                        detail={"seconds": round(gap, 2)},
                    )
                )
        speech_end = segment.end if speech_end is None else max(speech_end, segment.end)
        if segment.role == "agent":
            last_agent = segment
    return findings, round(longest, 2)


def compute_metrics(transcript: Transcript, rubric: Rubric) -> tuple[dict[str, Any], list[Finding]]:
    """Return the call's metrics (DESIGN §4 ``metrics``) and the timing findings."""
    fillers = load_lexicon("fillers")
    max_pause = rubric.setting("speech_rate", "max_pause_s")
    roles = ("agent", "customer")
    rate = {r: speech_rate_cpm(transcript.by_role(r), max_pause, fillers) for r in roles}
    voiced = {r: voiced_seconds(transcript.by_role(r), max_pause) for r in roles}
    talk_total = sum(voiced.values())
    overlap_findings = interruptions(
        transcript,
        rubric.setting("interruption", "min_overlap_s"),
        rubric.setting("interruption", "min_chars"),
        rubric.setting("interruption", "mid_turn_gap_s"),
    )
    silence_findings, longest = silences(transcript, rubric.setting("silence", "dead_air_s"))
    counted = [f for f in overlap_findings if f.kind == "interruption"]
    metrics = {
        "speech_rate_cpm": rate,
        "interruptions": {r: sum(1 for f in counted if f.role == r) for r in roles},
        "overlaps": sum(1 for f in overlap_findings if f.kind == "overlap"),
        "talk_ratio": {r: round(voiced[r] / talk_total, 3) if talk_total else 0.0 for r in roles},
        "voiced_s": {r: round(voiced[r], 2) for r in roles},
        "dead_air": sum(1 for f in silence_findings if f.kind == "dead_air"),
        "longest_silence_s": longest,
    }
    return metrics, overlap_findings + silence_findings
