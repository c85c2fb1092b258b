"""Split a call into speakers and decide which one is the agent.

Stereo: one speaker per channel; the agent's channel is a setting (default 0).
Mono: a first, simple treatment until real diarization (VAD + speaker
embeddings + clustering, ``audio/diarize.py``) lands: each utterance (already
cut at pauses by ``audio.transcribe``) gets its median pitch, and the pitches
are split into two groups. The result is always marked for review.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from audio.io import SAMPLE_RATE, DecodedAudio, UnsupportedLayout
from qa.model import Role, Segment

AGENT_OPENING_MARKERS = ("工号", "很高兴为您服务", "有什么可以帮您", "客服")
MONO_SPEAKER_CONFIDENCE_CAP = 0.6


@dataclass
class SpeakerChannel:
    """One channel's samples and who speaks on it (unknown for a mono mix)."""

    speaker: str
    role: Role
    samples: np.ndarray


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


def split_mono(segments: list[Segment], samples: np.ndarray) -> tuple[list[Segment], float]:
    """Return the mono segments cut into utterances with speakers and roles, and a confidence."""
    utterances = list(segments)
    if not utterances:
        return [], 0.0
    pitches = np.array([_median_pitch(samples, u.start, u.end) for u in utterances])
    labels, separation = _two_groups(pitches)
    agent_label = _agent_label(utterances, labels)
    for utterance, label in zip(utterances, labels):
        utterance.speaker = f"S{label}"
        utterance.role = "agent" if label == agent_label else "customer"
    confidence = min(MONO_SPEAKER_CONFIDENCE_CAP, separation / 4.0)
    return utterances, round(float(confidence), 3)


def _median_pitch(samples: np.ndarray, start: float, end: float) -> float:
    """Return the median F0 (Hz) of voiced 40 ms frames by autocorrelation, or nan."""
    clip = samples[int(start * SAMPLE_RATE): int(end * SAMPLE_RATE)]
    frame, hop = 640, 320
    lag_min, lag_max = SAMPLE_RATE // 400, SAMPLE_RATE // 70
    if clip.size < frame:
        return float("nan")
    frames = np.lib.stride_tricks.sliding_window_view(clip, frame)[::hop]
    energy = (frames ** 2).mean(axis=1)
    voiced = frames[energy > 0.1 * energy.max()]
    voiced = voiced - voiced.mean(axis=1, keepdims=True)
    spectrum = np.fft.rfft(voiced, n=2 * frame, axis=1)
    autocorr = np.fft.irfft(np.abs(spectrum) ** 2, axis=1)[:, :frame]
    peaks = autocorr[:, lag_min:lag_max]
    strength = peaks.max(axis=1) / np.maximum(autocorr[:, 0], 1e-12)
    lags = peaks.argmax(axis=1) + lag_min
    periodic = strength > 0.4
    if not periodic.any():
        return float("nan")
    return float(np.median(SAMPLE_RATE / lags[periodic]))


def _two_groups(values: np.ndarray) -> tuple[list[int], float]:
    """Split values into a low (0) and high (1) group at the best threshold; return labels and separation.

    The separation is the distance between the group means in units of the
    pooled standard deviation; nan values join the group of the previous value.
    """
    known = np.sort(values[~np.isnan(values)])
    if known.size < 2:
        return [0] * len(values), 0.0
    best_threshold, best_spread = known[0], -1.0
    for cut in range(1, known.size):
        low, high = known[:cut], known[cut:]
        spread = low.size * high.size * (high.mean() - low.mean()) ** 2
        if spread > best_spread:
            best_spread, best_threshold = spread, (low[-1] + high[0]) / 2
    low, high = known[known <= best_threshold], known[known > best_threshold]
    pooled = np.sqrt((low.var() * low.size + high.var() * high.size) / known.size) or 1e-6
    separation = float((high.mean() - low.mean()) / pooled)
    labels: list[int] = []
    for value in values:
        if np.isnan(value):
            labels.append(labels[-1] if labels else 0)
        else:
            labels.append(int(value > best_threshold))
    return labels, separation


def _agent_label(utterances: list[Segment], labels: list[int]) -> int:
    """Return the group that opens like an agent (greeting, 工号), else the one that speaks first."""
    openers = {
        label
        for utterance, label in zip(utterances[:4], labels[:4])
        if any(marker in utterance.text for marker in AGENT_OPENING_MARKERS)
    }
    if len(openers) == 1:
        return openers.pop()
    return labels[0]
