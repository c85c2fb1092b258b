"""Write test recordings with PyAV's encoders, so that no binary fixture is committed.

``write_audio`` encodes float samples (channels × samples, in [-1, 1]) into any
container/codec pair PyAV ships; ``write_audio_blocks`` streams an iterator of
blocks so that hour-long files never sit in the test's memory at once.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import av
import numpy as np


@dataclass(frozen=True)
class Encoding:
    """One way a recording can be stored: container format, codec and file suffix."""

    label: str
    container: str
    codec: str
    suffix: str
    options: tuple[tuple[str, str], ...] = ()


ENCODINGS: dict[str, Encoding] = {e.label: e for e in (
    Encoding("wav-u8", "wav", "pcm_u8", ".wav"),
    Encoding("wav-s16", "wav", "pcm_s16le", ".wav"),
    Encoding("wav-s24", "wav", "pcm_s24le", ".wav"),
    Encoding("wav-s32", "wav", "pcm_s32le", ".wav"),
    Encoding("wav-f32", "wav", "pcm_f32le", ".wav"),
    Encoding("wav-f64", "wav", "pcm_f64le", ".wav"),
    Encoding("wav-ulaw", "wav", "pcm_mulaw", ".wav"),
    Encoding("wav-alaw", "wav", "pcm_alaw", ".wav"),
    Encoding("mp3", "mp3", "libmp3lame", ".mp3"),
    Encoding("m4a-aac", "ipod", "aac", ".m4a"),
    Encoding("flac", "flac", "flac", ".flac"),
    Encoding("ogg-vorbis", "ogg", "vorbis", ".ogg", (("strict", "experimental"),)),
    Encoding("ogg-opus", "ogg", "libopus", ".opus"),
    Encoding("amr-nb", "amr", "libopencore_amrnb", ".amr"),
)}

_LAYOUTS = {1: "mono", 2: "stereo", 4: "quad"}


def write_audio(path: Path, samples: np.ndarray, rate: int, encoding: Encoding) -> Path:
    """Write ``samples`` (channels × n floats) at ``rate`` to ``path`` with ``encoding``; return the path."""
    block = rate  # one second per frame keeps encoder memory flat
    return write_audio_blocks(path, (samples[:, i:i + block] for i in range(0, samples.shape[1], block)),
                              samples.shape[0], rate, encoding)


def write_audio_blocks(path: Path, blocks: Iterable[np.ndarray], channels: int, rate: int,
                       encoding: Encoding, blocks_rate: int | None = None) -> Path:
    """Encode each (channels × n) float block in turn into ``path`` at ``rate``; return the path.

    ``blocks_rate`` is the rate of the blocks when it differs from the file's (PyAV resamples).
    """
    layout = _LAYOUTS[channels]
    with av.open(str(path), "w", format=encoding.container) as container:
        stream = container.add_stream(encoding.codec, rate=rate, layout=layout)
        stream.codec_context.options = dict(encoding.options)
        resampler = av.AudioResampler(format=stream.codec_context.format.name, layout=layout, rate=rate,
                                      frame_size=stream.codec_context.frame_size or None)
        for block in blocks:
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(block, dtype=np.float32), format="fltp",
                                               layout=layout)
            frame.sample_rate = blocks_rate or rate
            for converted in resampler.resample(frame):
                container.mux(stream.encode(converted))
        for converted in resampler.resample(None):
            container.mux(stream.encode(converted))
        container.mux(stream.encode(None))
    return path


def handmade_wav(format_tag: int = 1, data: bytes = b"", rate: int = 8000, channels: int = 1) -> bytes:
    """Return WAV bytes with 16-bit samples of codec ``format_tag`` (1 = PCM) and the given data chunk.

    Used where PyAV cannot help: it writes no file when no packet is muxed, and
    only writes codecs it knows.
    """
    fmt = struct.pack("<HHIIHH", format_tag, channels, rate, rate * 2 * channels, 2 * channels, 16)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


def video_only_mp4(path: Path) -> Path:
    """Write a 0.5 s 32×32 black MPEG-4 video with no audio stream; return the path."""
    with av.open(str(path), "w", format="mp4") as container:
        stream = container.add_stream("mpeg4", rate=10)
        stream.width, stream.height, stream.pix_fmt = 32, 32, "yuv420p"
        for _ in range(5):
            frame = av.VideoFrame.from_ndarray(np.zeros((32, 32, 3), dtype=np.uint8), format="rgb24")
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


def tone(seconds: float, rate: int, channels: int = 1, amplitude: float = 0.3, hz: float = 440.0) -> np.ndarray:
    """Return a sine tone (channels × n), each channel one semitone higher than the one before."""
    t = np.arange(int(seconds * rate)) / rate
    channel_hz = [hz * 2 ** (c / 12) for c in range(channels)]
    return np.stack([amplitude * np.sin(2 * np.pi * f * t) for f in channel_hz]).astype(np.float32)


def repeat_stream(source: Path, target: Path, times: int) -> Path:
    """Write ``target`` holding the audio packets of ``source`` ``times`` times over, without re-encoding.

    Encoding an hour of MP3 takes over a minute here; remuxing one encoded
    minute sixty times takes about a second and gives the same kind of file.
    """
    with av.open(str(source)) as reader, av.open(str(target), "w", format=reader.format.name) as writer:
        original = reader.streams.audio[0]
        packets = [packet for packet in reader.demux(original) if packet.size]
        copy = writer.add_stream_from_template(original)
        period = packets[-1].pts + packets[-1].duration - packets[0].pts
        for turn in range(times):
            for packet in packets:
                repeated = av.Packet(bytes(packet))
                repeated.pts = repeated.dts = packet.pts + turn * period
                repeated.duration, repeated.time_base, repeated.stream = packet.duration, packet.time_base, copy
                writer.mux(repeated)
    return target
