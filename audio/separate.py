"""Split a call into speakers and decide which one is the agent.

Stereo: one speaker per channel; the agent's channel is a setting (default 0).
Mono: the recognised words are attributed to the speakers that
``audio.diarize`` found (each word to the speaker whose voice covers its
middle), segments are cut wherever the speaker changes between two words, and
``audio.roles`` names the agent. Where the voice fits other partitions nearly
as well (``SpeakerTimeline.alternatives``), the words choose: the partition
whose speakers' words separate most cleanly into an agent's and a customer's
(``audio.roles.role_contrast``) is kept, the voice's own choice on a tie. The
split's confidence combines how well the speakers separate, the share of
ambiguous or overlapped words, and how sure the agent choice is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from audio.diarize import DiarizationSettings, SpeakerTimeline
from audio.io import DecodedAudio, UnsupportedLayout
from audio.roles import RoleSettings, apply_roles, decide_agent, role_contrast
from qa.model import Role, Segment, Word


@dataclass
class SpeakerChannel:
    """One channel's samples and who speaks on it (unknown for a mono mix)."""

    speaker: str
    role: Role
    samples: np.ndarray


@dataclass
class MonoSplit:
    """Mono segments with speakers and roles, the split's confidence, and the evidence behind it."""

    segments: list[Segment]
    confidence: float
    evidence: dict[str, Any] = field(default_factory=dict)


def speaker_channels(audio: DecodedAudio, agent_channel: int) -> list[SpeakerChannel]:
    """Return one ``SpeakerChannel`` per channel; stereo channels get their roles."""
    if audio.channels == 1:
        return [SpeakerChannel(speaker="mix", role="unknown", samples=audio.samples[0])]
    if agent_channel not in (0, 1):
        raise UnsupportedLayout(f"agent channel must be 0 or 1 for a stereo call, not {agent_channel}")
    return [
        SpeakerChannel(
            speaker=f"S{index}",
            role="agent" if index == agent_channel else "customer",
            samples=audio.samples[index],
        )
        for index in range(audio.channels)
    ]


def split_mono(segments: list[Segment], timeline: SpeakerTimeline, settings: DiarizationSettings,
               role_settings: RoleSettings = RoleSettings()) -> MonoSplit:
    """Return the mono segments cut at speaker changes, with speakers, roles and the split's confidence."""
    attributed, ambiguous, words = _attribute(segments, timeline, settings)
    if not attributed:
        return MonoSplit(segments=[], confidence=0.0, evidence={"method": "no speech to attribute"})
    voice = timeline
    decision = decide_agent(attributed, role_settings)
    contrast = role_contrast(attributed, role_settings, decision) if voice.alternatives else (0.0, 0.0)
    for alternative in voice.alternatives:  # best fit first: an alternative must read strictly better
        pieces, unsure, _ = _attribute(segments, alternative, settings)
        if not pieces:
            continue
        theirs = decide_agent(pieces, role_settings)
        if (clearer := role_contrast(pieces, role_settings, theirs)) > contrast:
            contrast, timeline, attributed, ambiguous, decision = clearer, alternative, pieces, unsure, theirs
    apply_roles(attributed, decision)
    separation = float(np.clip(timeline.separation / settings.full_separation, 0.0, 1.0))
    clear_share = 1.0 - ambiguous / words
    confidence = round(separation * clear_share * decision.confidence, 3)
    return MonoSplit(
        segments=attributed,
        confidence=confidence,
        evidence={
            "method": "resemblyzer d-vectors on VAD regions, spectral clustering, word-level attribution",
            "speakers": timeline.num_speakers,
            "partitions": 1 + len(voice.alternatives),  # the voice's choice and its near-equal alternatives
            "partition_by_words": timeline is not voice,
            "role_contrast": list(contrast),
            "separation": round(timeline.separation, 3),
            "ambiguous_words": ambiguous,
            "words": words,
            "overlaps": [list(span) for span in timeline.overlaps],
            "agent": decision.agent,
            "role_confidence": decision.confidence,
            "role_evidence": decision.evidence,
            "role_content": decision.content,
            "role_address": decision.address,
            "role_complaints": decision.complaints,
            "role_overruled_by_content": decision.overruled,
        },
    )


def _attribute(segments: list[Segment], timeline: SpeakerTimeline,
               settings: DiarizationSettings) -> tuple[list[Segment], int, int]:
    """Return the segments cut into speakers' pieces, the ambiguous words and the words (a wordless segment is one)."""
    attributed: list[Segment] = []
    ambiguous = words = 0
    for segment in segments:
        pieces, unsure = attribute_words(segment, timeline, settings.ambiguous_margin)
        attributed.extend(pieces)
        ambiguous += unsure
        words += max(1, len(segment.words))
    return attributed, ambiguous, words


def attribute_words(segment: Segment, timeline: SpeakerTimeline, ambiguous_margin: float) -> tuple[list[Segment], int]:
    """Return ``segment`` cut into runs of words of one speaker (and overlap state), and its ambiguous word count."""
    if not segment.words:
        speaker, margin, overlap = timeline.speaker_at(segment.start, segment.end)
        whole = _piece(segment, [], speaker, overlap)
        return [whole], int(overlap or margin < ambiguous_margin)
    runs: list[tuple[int, bool, list[Word]]] = []
    ambiguous = 0
    for word in segment.words:
        speaker, margin, overlap = timeline.speaker_at(word.start, word.end)
        ambiguous += int(overlap or margin < ambiguous_margin)
        if runs and runs[-1][:2] == (speaker, overlap):
            runs[-1][2].append(word)
        else:
            runs.append((speaker, overlap, [word]))
    if len(runs) == 1:
        speaker, overlap, _ = runs[0]
        return [_piece(segment, segment.words, speaker, overlap, keep_text=True)], ambiguous
    return [_piece(segment, run_words, speaker, overlap) for speaker, overlap, run_words in runs], ambiguous


def _piece(segment: Segment, words: list[Word], speaker: int, overlap: bool, keep_text: bool = False) -> Segment:
    """Return a segment of ``words`` (all of ``segment`` when empty) spoken by speaker number ``speaker``."""
    text = segment.text if keep_text or not words else "".join(w.text for w in words)
    start, end = (words[0].start, words[-1].end) if words else (segment.start, segment.end)
    return Segment(speaker=f"S{speaker}", role="unknown", start=start, end=end, text=text,
                   confidence=segment.confidence, words=list(words), overlap=overlap)
