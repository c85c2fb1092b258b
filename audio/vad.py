"""Voice activity: where in a 16 kHz channel someone speaks.

The model is silero VAD v6 as bundled (ONNX) by faster-whisper, so no weights
are fetched at run time. Whisper's own VAD pass (``audio.transcribe``) keeps
generous padding and bridges pauses up to 2 s so that no word is cut; speaker
diarization needs the opposite, tight regions that stop at every short pause,
so that an embedding window rarely holds two speakers. Both use the same model.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from audio.io import SAMPLE_RATE


@dataclass(frozen=True)
class VadSettings:
    """How speech regions are cut: silero's speech threshold, shortest pause and region, padding."""

    threshold: float = 0.5
    min_silence_s: float = 0.25  # a pause this long ends a region (turns are usually further apart)
    min_speech_s: float = 0.1  # shorter blips are dropped
    pad_s: float = 0.05  # added at each end of a region


@dataclass(frozen=True)
class SpeechRegion:
    """One stretch of speech, in seconds from the start of the channel."""

    start: float
    end: float


def speech_regions(samples: np.ndarray, settings: VadSettings = VadSettings()) -> list[SpeechRegion]:
    """Return the speech regions of a 16 kHz mono channel, in time order (none for silence or noise)."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    if samples.size == 0:
        return []
    options = VadOptions(
        threshold=settings.threshold,
        min_silence_duration_ms=round(settings.min_silence_s * 1000),
        min_speech_duration_ms=round(settings.min_speech_s * 1000),
        speech_pad_ms=round(settings.pad_s * 1000),
    )
    chunks = get_speech_timestamps(np.asarray(samples, dtype=np.float32), options, sampling_rate=SAMPLE_RATE)
    return [SpeechRegion(chunk["start"] / SAMPLE_RATE, chunk["end"] / SAMPLE_RATE) for chunk in chunks]

