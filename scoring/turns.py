"""Group a transcript's segments into turns: consecutive segments of one role."""

from __future__ import annotations

from dataclasses import dataclass

from qa.model import Segment, Transcript


@dataclass
class Turn:
    """One speaker's stretch of talk until the other speaker takes over."""

    role: str
    segments: list[Segment]

    @property
    def start(self) -> float:
        return self.segments[0].start

    @property
    def end(self) -> float:
        return max(s.end for s in self.segments)

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segments)


def build_turns(transcript: Transcript) -> list[Turn]:
    """Return the turns of the call in time order (by segment start)."""
    turns: list[Turn] = []
    for segment in sorted(transcript.segments, key=lambda s: s.start):
        if turns and turns[-1].role == segment.role:
            turns[-1].segments.append(segment)
        else:
            turns.append(Turn(role=segment.role, segments=[segment]))
    return turns


def speaker_runs(segments: list[Segment], max_gap_s: float) -> list[list[Segment]]:
    """Return one speaker's segments in runs: each segment starts less than ``max_gap_s`` after the last ended.

    A run is what the speaker said without a real pause, even when the other
    speaker cut in and the ASR split it into two segments.
    """
    runs: list[list[Segment]] = []
    for segment in sorted(segments, key=lambda s: s.start):
        if runs and segment.start - max(s.end for s in runs[-1]) < max_gap_s:
            runs[-1].append(segment)
        else:
            runs.append([segment])
    return runs
