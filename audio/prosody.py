"""Loudness and pitch of every segment, and their rise over the speaker's own baseline.

Computed once per call from the samples already decoded (never decoding
again): each channel is framed once (``frame_s`` / ``hop_s``) for RMS level and
YIN pitch (librosa), then every segment reads the frames under its words.
YIN was chosen over pYIN: on this machine it costs about 0.002 s per second of
audio against about 0.04 s for pYIN (20× more), and a segment's median pitch
needs no frame-level voicing probabilities.

Stored in ``Segment.prosody`` (what ``scoring.voice`` reads):

- ``rms_db``: RMS level of the segment's voiced frames, dBFS;
- ``pitch_hz``: median YIN F0 of those frames, or None when none is voiced;
- ``rms_rise_db``: ``rms_db`` minus the speaker's median ``rms_db`` over the call;
- ``pitch_rise``: ``pitch_hz`` / the speaker's median ``pitch_hz`` − 1.

A frame is voiced when its level is within ``voiced_range_db`` of the
channel's loud level (its ``loud_percentile`` frame level) and YIN's estimate
is strictly inside [fmin, fmax] (an estimate on the limit is YIN finding no
period). On a mono call both speakers share the channel, so a segment spoken
over by the other speaker measures both voices.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

import numpy as np

from audio.io import SAMPLE_RATE
from qa.model import Segment

SILENCE_DB = -120.0


@dataclass(frozen=True)
class ProsodySettings:
    """Framing, pitch range and the voiced-frame test for loudness and pitch."""

    frame_s: float = 0.064
    hop_s: float = 0.02
    fmin_hz: float = 75.0
    fmax_hz: float = 400.0
    voiced_range_db: float = 30.0  # frames this far below the channel's loud level are pauses
    loud_percentile: float = 95.0


@dataclass(frozen=True)
class ChannelFrames:
    """Frame-level level (dBFS) and pitch (Hz, nan where not voiced) of one channel."""

    level_db: np.ndarray
    pitch_hz: np.ndarray
    voiced: np.ndarray
    hop_s: float

    def span(self, start: float, end: float) -> slice:
        """Return the frames whose centre lies in [start, end]."""
        first = max(0, int(np.ceil(start / self.hop_s)))
        last = min(len(self.level_db), int(np.floor(end / self.hop_s)) + 1)
        return slice(first, max(first, last))


def channel_frames(samples: np.ndarray, settings: ProsodySettings = ProsodySettings(),
                   spans: list[tuple[float, float]] | None = None) -> ChannelFrames:
    """Return the frame levels and YIN pitch of one 16 kHz channel.

    With ``spans`` (seconds), pitch is tracked only inside them (nan elsewhere): on a stereo channel the
    speaker's segments cover about half the call, and YIN is most of the cost.
    """
    import librosa

    frame = round(settings.frame_s * SAMPLE_RATE)
    hop = round(settings.hop_s * SAMPLE_RATE)
    samples = np.asarray(samples, dtype=np.float32)
    if samples.size < frame:
        samples = np.pad(samples, (0, frame - samples.size))
    rms = librosa.feature.rms(y=samples, frame_length=frame, hop_length=hop)[0]
    level_db = 20 * np.log10(np.maximum(rms, 10 ** (SILENCE_DB / 20)))
    pitch = np.full(len(level_db), np.nan)
    for first, last in _frame_ranges(spans, settings, len(level_db)):
        piece = samples[first * hop: min(samples.size, last * hop + frame)]
        if piece.size >= frame:
            tracked = librosa.yin(piece, fmin=settings.fmin_hz, fmax=settings.fmax_hz, sr=SAMPLE_RATE,
                                  frame_length=frame, hop_length=hop)
            count = min(len(tracked), last - first)
            pitch[first: first + count] = tracked[:count]
    loud = np.percentile(level_db, settings.loud_percentile)
    voiced = level_db > max(loud - settings.voiced_range_db, SILENCE_DB)
    periodic = voiced & (pitch > settings.fmin_hz * 1.01) & (pitch < settings.fmax_hz * 0.99)
    return ChannelFrames(level_db=level_db, pitch_hz=np.where(periodic, pitch, np.nan), voiced=voiced,
                         hop_s=settings.hop_s)


def _frame_ranges(spans: list[tuple[float, float]] | None, settings: ProsodySettings,
                  frames: int) -> list[tuple[int, int]]:
    """Return the merged [first, last) frame ranges covering ``spans`` (all frames when None)."""
    if spans is None:
        return [(0, frames)]
    # a frame's window reaches half a frame to each side: pad ranges so no frame in a span sees the cut
    margin = int(np.ceil(settings.frame_s / 2 / settings.hop_s)) + 1
    ranges: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        first = max(0, int(start / settings.hop_s) - margin)
        last = min(frames, int(np.ceil(end / settings.hop_s)) + margin)
        if ranges and first <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], last))
        elif first < last:
            ranges.append((first, last))
    return ranges


def segment_prosody(segment: Segment, frames: ChannelFrames) -> dict[str, float | None]:
    """Return the segment's ``rms_db`` and ``pitch_hz`` over the voiced frames under its words."""
    spans = [(w.start, w.end) for w in segment.words] or [(segment.start, segment.end)]
    picked = np.zeros(len(frames.level_db), dtype=bool)
    for start, end in spans:
        picked[frames.span(start, end)] = True
    voiced = picked & frames.voiced
    if not voiced.any():
        return {"rms_db": None, "pitch_hz": None}
    power = np.mean(10 ** (frames.level_db[voiced] / 10))
    pitches = frames.pitch_hz[voiced]
    pitches = pitches[~np.isnan(pitches)]
    return {"rms_db": round(float(10 * np.log10(power)), 1),
            "pitch_hz": round(float(np.median(pitches)), 1) if pitches.size else None}


def measure_prosody(segments: list[Segment], tracks: dict[str, np.ndarray],
                    settings: ProsodySettings = ProsodySettings()) -> None:
    """Fill ``prosody`` on every segment from its speaker's track (``tracks[segment.speaker]``), with rises.

    Tracks shared by several speakers (a mono mix) are framed once.
    """
    on_track: dict[int, list[Segment]] = {}
    for segment in segments:
        on_track.setdefault(id(tracks[segment.speaker]), []).append(segment)
    for heard in on_track.values():
        frames = channel_frames(tracks[heard[0].speaker], settings, [(s.start, s.end) for s in heard])
        for segment in heard:
            segment.prosody = segment_prosody(segment, frames)
    for speaker in {s.speaker for s in segments}:
        own = [s for s in segments if s.speaker == speaker]
        add_rises(own)


def add_rises(segments: list[Segment]) -> None:
    """Add ``rms_rise_db`` and ``pitch_rise`` against the median of these (one speaker's) segments."""
    levels = [s.prosody["rms_db"] for s in segments if s.prosody.get("rms_db") is not None]
    pitches = [s.prosody["pitch_hz"] for s in segments if s.prosody.get("pitch_hz") is not None]
    base_level = statistics.median(levels) if levels else None
    base_pitch = statistics.median(pitches) if pitches else None
    for segment in segments:
        level, pitch = segment.prosody.get("rms_db"), segment.prosody.get("pitch_hz")
        segment.prosody["rms_rise_db"] = (round(level - base_level, 1)
                                          if level is not None and base_level is not None else None)
        segment.prosody["pitch_rise"] = (round(pitch / base_pitch - 1, 3)
                                         if pitch is not None and base_pitch else None)
