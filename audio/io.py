"""Decode a recording into 16 kHz float32 samples, one array per channel.

PyAV (a wheel with its own ffmpeg, installed with faster-whisper) decodes WAV
(PCM 8–32 bit, float, μ-law, A-law), MP3, M4A/AAC, FLAC, OGG Vorbis/Opus and
AMR without a system ffmpeg. Audio is resampled once, here, into one
preallocated array; every later stage works on these arrays.

Files that cannot be read raise a subclass of ``AudioDecodeError`` whose
message names the file, says what is wrong and what to do about it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import av
import numpy as np

SAMPLE_RATE = 16000
MAX_CHANNELS = 2
# A stream whose header promises more audio than decodes by both margins is reported as truncated.
TRUNCATION_MIN_GAP_S = 2.0
TRUNCATION_MIN_GAP_FRACTION = 0.05
_CAPACITY_MARGIN_S = 1.0  # the resampler may emit a few samples more than the header's duration
_UNKNOWN_LENGTH_CAPACITY_S = 600.0
_GROWTH_FACTOR = 1.5


class AudioDecodeError(Exception):
    """The file cannot be read as audio; the message says why, for a person."""


class AudioFileNotFound(AudioDecodeError):
    """There is no file at the given path."""


class EmptyAudioFile(AudioDecodeError):
    """The file has zero bytes."""


class NotAnAudioFile(AudioDecodeError):
    """No demuxer recognises the file: another kind of file, or a damaged header."""


class NoAudioStream(AudioDecodeError):
    """The file is a media file without an audio stream (an image, a video-only file)."""


class UnsupportedCodec(AudioDecodeError):
    """The audio stream uses a codec the bundled ffmpeg cannot decode."""


class NoAudioSamples(AudioDecodeError):
    """The audio stream decodes to no samples at all."""


class UnsupportedLayout(AudioDecodeError):
    """The audio has a channel layout the pipeline cannot split into speakers."""


class ChannelMapError(ValueError):
    """A channel map setting that cannot be parsed."""


@dataclass(frozen=True)
class ChannelMap:
    """Which source channels become the call's channels: chosen indices in order, or a mono mix of all."""

    picks: tuple[int, ...] = ()
    mix: bool = False

    @classmethod
    def parse(cls, text: str) -> ChannelMap | None:
        """Return the map written as ``"2,3"`` (keep channels 2 and 3), ``"1"`` or ``"mix"``; None for ``""``."""
        text = text.strip().lower()
        if not text:
            return None
        if text == "mix":
            return cls(mix=True)
        try:
            picks = tuple(int(part) for part in text.split(","))
        except ValueError:
            raise ChannelMapError(f"channel map {text!r}: write channel numbers such as 0,1 or the word mix") from None
        if not 1 <= len(picks) <= MAX_CHANNELS or len(set(picks)) != len(picks) or min(picks) < 0:
            raise ChannelMapError(f"channel map {text!r}: give one or two different channel numbers from 0 up")
        return cls(picks=picks)

    @property
    def output_channels(self) -> int:
        """Return how many channels this map makes."""
        return 1 if self.mix else len(self.picks)

    def apply(self, block: np.ndarray) -> np.ndarray:
        """Return ``block`` (source channels × samples) reduced to the mapped channels."""
        if self.mix:
            return block.mean(axis=0, keepdims=True)
        return block[list(self.picks)]


@dataclass
class DecodedAudio:
    """Decoded samples at ``SAMPLE_RATE``: shape (channels, samples), float32, full scale ±1.

    Resampling can overshoot full scale a little on clipped audio.
    """

    samples: np.ndarray
    source_rate: int
    codec: str
    sha256: str
    source_channels: int = 0
    warnings: list[str] = field(default_factory=list)  # decode problems a reviewer should know of

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


def load_audio(path: str | Path, channel_map: ChannelMap | None = None) -> DecodedAudio:
    """Return the recording at ``path`` decoded and resampled to 16 kHz, channels kept or mapped."""
    path = Path(path)
    if not path.is_file():
        raise AudioFileNotFound(f"{path}: no such file; check the path and that the recording was copied")
    if path.stat().st_size == 0:
        raise EmptyAudioFile(f"{path}: the file is empty (0 bytes); the upload or copy failed, "
                             "send the recording again")
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except av.error.InvalidDataError:
        raise NotAnAudioFile(
            f"{path}: not a recognisable audio file (another kind of file, or its header is damaged or cut off); "
            "export the recording again as WAV, MP3 or M4A"
        ) from None
    except av.error.FFmpegError as exc:
        raise AudioDecodeError(f"{path}: cannot be opened ({exc.strerror or exc})") from None
    with container:
        stream = _audio_stream(path, container)
        mapping = _checked_map(path, stream.codec_context.channels, channel_map)
        try:
            samples, warnings = _decode(container, stream, mapping, _stream_seconds(container, stream))
        except av.error.FFmpegError as exc:
            raise AudioDecodeError(f"{path}: decoding stopped with an error ({exc.strerror or exc}); "
                                   "the file is damaged, export the recording again") from None
        announced_s = _announced_seconds(path, container, stream)
        source_rate, codec = stream.codec_context.sample_rate, stream.codec_context.name
        source_channels = stream.codec_context.channels
    if samples.shape[1] == 0:
        raise NoAudioSamples(f"{path}: the audio stream holds no samples (a 0-second recording); nothing to score")
    decoded_s = samples.shape[1] / SAMPLE_RATE
    if announced_s - decoded_s > max(TRUNCATION_MIN_GAP_S, TRUNCATION_MIN_GAP_FRACTION * announced_s):
        warnings.append(
            f"the audio stops at {decoded_s:.1f} s although the file announces {announced_s:.1f} s: "
            "the file looks truncated"
        )
    return DecodedAudio(samples=samples, source_rate=source_rate, codec=codec, sha256=file_sha256(path),
                        source_channels=source_channels, warnings=warnings)


def _audio_stream(path: Path, container: av.container.InputContainer) -> av.audio.stream.AudioStream:
    """Return the first audio stream, or raise a typed error saying why there is none usable."""
    if not container.streams.audio:
        kinds = sorted({stream.type for stream in container.streams}) or ["no streams"]
        raise NoAudioStream(f"{path}: the file has no audio stream, only {', '.join(kinds)} "
                            "(an image or a silent video?); send the call recording itself")
    stream = container.streams.audio[0]
    if stream.codec_context is None:
        raise UnsupportedCodec(f"{path}: the audio codec of this file cannot be decoded here; "
                               "convert the recording to WAV, MP3 or M4A")
    return stream


def _checked_map(path: Path, source_channels: int, channel_map: ChannelMap | None) -> ChannelMap:
    """Return the channel map to apply, refusing layouts that cannot become one or two speakers."""
    if channel_map is None:
        if source_channels > MAX_CHANNELS:
            raise UnsupportedLayout(
                f"{path}: {source_channels} audio channels; callqa needs mono or stereo (one speaker per channel). "
                "Give a channel map: --channel-map 0,1 (agent channel, customer channel) or --channel-map mix"
            )
        return ChannelMap(picks=tuple(range(source_channels)))
    if not channel_map.mix and max(channel_map.picks) >= source_channels:
        raise UnsupportedLayout(
            f"{path}: the channel map asks for channel {max(channel_map.picks)} but the file has "
            f"{source_channels} channel(s), numbered from 0"
        )
    return channel_map


def _stream_seconds(container: av.container.InputContainer, stream: av.audio.stream.AudioStream) -> float:
    """Return the duration ffmpeg reads from the stream's header (clamped to the file for WAV), or 0."""
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    if container.duration:
        return container.duration / av.time_base
    return 0.0


def _announced_seconds(path: Path, container: av.container.InputContainer,
                       stream: av.audio.stream.AudioStream) -> float:
    """Return the duration the file's header announces, or 0 when it announces none."""
    if container.format.name == "wav":
        return _riff_announced_seconds(path, container, stream)
    return _stream_seconds(container, stream)


def _riff_announced_seconds(path: Path, container: av.container.InputContainer,
                            stream: av.audio.stream.AudioStream) -> float:
    """Return the seconds a WAV's RIFF size field announces (ffmpeg clamps its own figure to the file size).

    Streaming recorders write 0 or 0xFFFFFFFF there when they do not know the
    size yet; those and compressed WAVs (no fixed byte rate) announce nothing.
    """
    with open(path, "rb") as handle:
        header = handle.read(8)
    riff_size = int.from_bytes(header[4:8], "little")
    byte_rate = (stream.codec_context.bit_rate or 0) / 8
    if riff_size in (0, 0xFFFFFFFF) or not byte_rate:
        return 0.0
    return (riff_size + 8 - path.stat().st_size) / byte_rate + _stream_seconds(container, stream)


def _decode(container: av.container.InputContainer, stream: av.audio.stream.AudioStream, mapping: ChannelMap,
            expected_s: float) -> tuple[np.ndarray, list[str]]:
    """Return the mapped 16 kHz samples and decode warnings; damaged packets are skipped and counted."""
    expected_s = expected_s or _UNKNOWN_LENGTH_CAPACITY_S
    buffer = SampleBuffer(mapping.output_channels,
                          int((expected_s + _CAPACITY_MARGIN_S) * SAMPLE_RATE))
    resampler = av.AudioResampler(format="fltp", rate=SAMPLE_RATE)
    damaged = 0
    for packet in container.demux(stream):
        try:
            frames = packet.decode()
        except av.error.InvalidDataError:
            damaged += 1
            continue
        for frame in frames:
            for block in resampler.resample(frame):
                buffer.append(mapping.apply(block.to_ndarray()))
    for block in resampler.resample(None):
        buffer.append(mapping.apply(block.to_ndarray()))
    warnings = [f"{damaged} damaged audio packet(s) could not be decoded and were skipped"] if damaged else []
    return buffer.samples(), warnings


class SampleBuffer:
    """A (channels, capacity) float32 array filled block by block, grown rarely and by large steps.

    Decoding appends thousands of small frames; collecting them in a list and
    concatenating would hold every sample twice at the end. With the capacity
    taken from the file's header, an hour-long call is written in place once.
    """

    def __init__(self, channels: int, capacity: int) -> None:
        self._array = np.empty((channels, max(capacity, SAMPLE_RATE)), dtype=np.float32)
        self._length = 0

    def append(self, block: np.ndarray) -> None:
        """Copy ``block`` (channels × n) after the samples written so far."""
        end = self._length + block.shape[1]
        if end > self._array.shape[1]:
            grown = np.empty((self._array.shape[0], max(end, int(self._array.shape[1] * _GROWTH_FACTOR))),
                             dtype=np.float32)
            grown[:, : self._length] = self._array[:, : self._length]
            self._array = grown
        self._array[:, self._length:end] = block
        self._length = end

    def samples(self) -> np.ndarray:
        """Return the samples written, as a view without the unused capacity (each row contiguous).

        ``np.empty`` capacity that was never written is not resident memory,
        so the view costs nothing beyond the samples themselves.
        """
        return self._array[:, : self._length]
