"""Decode a recording into 16 kHz float32 samples, one array per channel.

PyAV (shipped as a wheel with faster-whisper) decodes WAV (PCM, μ-law,
A-law), MP3, M4A, FLAC and OGG without a system ffmpeg. Audio is resampled
once, here; every later stage works on these arrays.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

SAMPLE_RATE = 16000
MAX_CHANNELS = 2


class AudioDecodeError(Exception):
    """The file cannot be read as audio; the message says why, for a person."""


class UnsupportedLayout(AudioDecodeError):
    """The audio has a channel layout the pipeline cannot split into speakers."""


@dataclass
class DecodedAudio:
    """Decoded samples at ``SAMPLE_RATE``: shape (channels, samples), float32 in [-1, 1]."""

    samples: np.ndarray
    source_rate: int
    codec: str
    sha256: str

    @property
    def channels(self) -> int:
        return int(self.samples.shape[0])

    @property
    def duration(self) -> float:
        return self.samples.shape[1] / SAMPLE_RATE

    @property
    def layout(self) -> str:
        return "stereo" if self.channels == 2 else "mono"


def file_sha256(path: Path) -> str:
    """Return the hex sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def load_audio(path: str | Path) -> DecodedAudio:
    """Return the recording at ``path`` decoded and resampled to 16 kHz, channels kept."""
    path = Path(path)
    if not path.is_file():
        raise AudioDecodeError(f"{path}: no such file")
    if path.stat().st_size == 0:
        raise AudioDecodeError(f"{path}: the file is empty")
    try:
        samples, source_rate, codec = _decode(path)
    except av.error.FFmpegError as exc:
        raise AudioDecodeError(f"{path}: not a readable audio file ({exc.strerror or exc})") from exc
    if samples.shape[1] == 0:
        raise AudioDecodeError(f"{path}: the file holds no audio samples")
    return DecodedAudio(samples=samples, source_rate=source_rate, codec=codec, sha256=file_sha256(path))


def _decode(path: Path) -> tuple[np.ndarray, int, str]:
    with av.open(str(path), metadata_errors="ignore") as container:
        if not container.streams.audio:
            raise AudioDecodeError(f"{path}: the file has no audio stream")
        stream = container.streams.audio[0]
        channels = stream.codec_context.channels
        if channels > MAX_CHANNELS:
            raise UnsupportedLayout(
                f"{path}: {channels} channels; only mono or stereo (one speaker per channel) is supported"
            )
        layout = "stereo" if channels == 2 else "mono"
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=SAMPLE_RATE)
        chunks: list[np.ndarray] = []
        for frame in container.decode(stream):
            chunks.extend(out.to_ndarray() for out in resampler.resample(frame))
        chunks.extend(out.to_ndarray() for out in resampler.resample(None))
        source_rate = stream.codec_context.sample_rate
        codec = stream.codec_context.name
    if not chunks:
        return np.zeros((channels or 1, 0), dtype=np.float32), source_rate, codec
    return np.concatenate(chunks, axis=1).astype(np.float32, copy=False), source_rate, codec
