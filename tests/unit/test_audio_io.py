"""Decoding every telephone format, channel maps, memory, and files that are not usable audio.

Every recording except the committed samples is encoded here, at test time, with PyAV.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from scipy.signal import correlate

from audio.io import (
    SAMPLE_RATE,
    AudioDecodeError,
    AudioFileNotFound,
    ChannelMap,
    ChannelMapError,
    EmptyAudioFile,
    NoAudioSamples,
    NoAudioStream,
    NotAnAudioFile,
    SampleBuffer,
    UnsupportedCodec,
    UnsupportedLayout,
    load_audio,
)
from tests.conftest import SAMPLES
from tests.encoded_audio import (
    ENCODINGS,
    handmade_wav,
    repeat_stream,
    tone,
    video_only_mp4,
    write_audio,
    write_audio_blocks,
)

REPO = SAMPLES.parent
SPEECH_START_S, SPEECH_SECONDS = 4.0, 8.0  # the agent speaks, then the customer


@pytest.fixture(scope="module")
def telephone_speech() -> np.ndarray:
    """Return 8 s of the stereo μ-law sample call where both speak, decoded at 16 kHz (2 × n)."""
    start = int(SPEECH_START_S * SAMPLE_RATE)
    return load_audio(SAMPLES / "call_stereo_8k_ulaw.wav").samples[:, start: start + int(SPEECH_SECONDS * SAMPLE_RATE)]


def best_correlation(original: np.ndarray, decoded: np.ndarray, max_lag: int = 4000) -> float:
    """Return the highest normalised correlation of two signals within ±``max_lag`` samples (codec delay)."""
    n = min(original.size, decoded.size) - 2 * max_lag
    reference = original[max_lag: max_lag + n].astype(np.float64)
    candidate = decoded[: n + 2 * max_lag].astype(np.float64)
    products = correlate(candidate, reference, mode="valid", method="fft")
    energy = np.cumsum(np.concatenate([[0.0], candidate**2]))
    window_energy = energy[n:] - energy[:-n]
    return float(np.max(products / np.sqrt(window_energy * np.dot(reference, reference) + 1e-12)))


def test_stereo_mulaw_telephone_call_decodes_to_two_16k_channels():
    audio = load_audio(SAMPLES / "call_stereo_8k_ulaw.wav")
    assert audio.channels == 2 and audio.layout == "stereo" and audio.source_channels == 2
    assert audio.source_rate == 8000 and audio.codec == "pcm_mulaw"
    assert audio.samples.dtype == np.float32
    assert audio.duration == pytest.approx(80.1, abs=0.1)
    assert len(audio.sha256) == 64 and audio.warnings == []


def test_mono_pcm_call_decodes_to_one_channel():
    audio = load_audio(SAMPLES / "call_mono_16k.wav")
    assert audio.channels == 1 and audio.source_rate == SAMPLE_RATE


# Lossless codecs must give the waveform back; lossy ones only need to stay recognisably the same speech.
FORMATS = [
    ("wav-u8", 8000, 1, "pcm_u8", 0.97),
    ("wav-s16", 11025, 2, "pcm_s16le", 0.99),
    ("wav-s24", 22050, 1, "pcm_s24le", 0.99),
    ("wav-s32", 44100, 2, "pcm_s32le", 0.99),
    ("wav-f32", 48000, 2, "pcm_f32le", 0.99),
    ("wav-f64", 16000, 1, "pcm_f64le", 0.99),
    ("wav-ulaw", 8000, 2, "pcm_mulaw", 0.99),
    ("wav-alaw", 8000, 2, "pcm_alaw", 0.99),
    ("flac", 8000, 2, "flac", 0.99),
    ("flac", 32000, 1, "flac", 0.99),
    ("mp3", 44100, 2, "mp3float", 0.95),
    ("mp3", 8000, 1, "mp3float", 0.9),
    ("m4a-aac", 48000, 2, "aac", 0.95),
    ("m4a-aac", 8000, 1, "aac", 0.9),
    ("ogg-vorbis", 44100, 2, "vorbis", 0.9),
    ("ogg-opus", 48000, 2, "opus", 0.9),
    ("ogg-opus", 8000, 1, "opus", 0.9),
    ("amr-nb", 8000, 1, "amrnb", 0.8),
]


@pytest.mark.parametrize("label, rate, channels, codec, min_correlation", FORMATS,
                         ids=[f"{f[0]}-{f[1]}-{f[2]}ch" for f in FORMATS])
def test_real_speech_survives_every_format(tmp_path, telephone_speech, label, rate, channels, codec,
                                           min_correlation):
    encoding = ENCODINGS[label]
    original = telephone_speech[:channels]
    path = write_audio_blocks(tmp_path / f"call{encoding.suffix}", [original], channels, rate, encoding,
                              blocks_rate=SAMPLE_RATE)
    audio = load_audio(path)
    decoded_rate = 48000 if codec == "opus" else rate  # Opus always decodes at 48 kHz
    assert (audio.codec, audio.source_rate, audio.channels) == (codec, decoded_rate, channels)
    codec_padding_s = max(0.05, 2048 / rate)  # encoder priming and padding: up to two codec frames
    assert audio.duration == pytest.approx(SPEECH_SECONDS, abs=codec_padding_s)
    correlations = [best_correlation(original[c], audio.samples[c]) for c in range(channels)]
    assert min(correlations) >= min_correlation, correlations


@pytest.mark.parametrize("rate", [8000, 11025, 16000, 22050, 32000, 44100, 48000])
def test_every_rate_is_resampled_to_16k_with_channels_in_order(tmp_path, rate):
    path = write_audio(tmp_path / "tones.wav", tone(1.0, rate, channels=2, hz=440.0), rate, ENCODINGS["wav-s16"])
    audio = load_audio(path)
    assert audio.source_rate == rate and audio.samples.shape == (2, SAMPLE_RATE)
    assert [dominant_hz(channel) for channel in audio.samples] == pytest.approx([440.0, 466.2], abs=1.5)


def dominant_hz(samples: np.ndarray) -> float:
    """Return the frequency of the strongest spectral peak of ``samples`` (16 kHz)."""
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(samples.size)))
    return float(np.fft.rfftfreq(samples.size, 1 / SAMPLE_RATE)[spectrum.argmax()])


@pytest.fixture
def four_channel_file(tmp_path) -> Path:
    """A 1 s, 4-channel 8 kHz WAV; channel c holds 440 Hz raised by c semitones."""
    return write_audio(tmp_path / "quad.wav", tone(1.0, 8000, channels=4), 8000, ENCODINGS["wav-s16"])


def test_more_than_two_channels_needs_a_channel_map(four_channel_file):
    with pytest.raises(UnsupportedLayout, match=r"quad\.wav: 4 audio channels.*--channel-map 0,1"):
        load_audio(four_channel_file)


def test_channel_map_keeps_the_chosen_channels_in_the_given_order(four_channel_file):
    audio = load_audio(four_channel_file, ChannelMap.parse("3,1"))
    assert audio.layout == "stereo" and audio.source_channels == 4
    assert [dominant_hz(channel) for channel in audio.samples] == pytest.approx([523.3, 466.2], abs=1.5)


def test_channel_map_mix_downmixes_every_channel_to_mono(four_channel_file):
    audio = load_audio(four_channel_file, ChannelMap.parse("mix"))
    assert audio.layout == "mono"
    spectrum = np.abs(np.fft.rfft(audio.samples[0]))
    strongest = sorted(np.argsort(spectrum)[-4:])  # 1 s of audio: bin index = Hz
    assert strongest == pytest.approx([440, 466, 494, 523], abs=1)


def test_channel_map_can_swap_or_pick_one_channel_of_a_stereo_file(tmp_path):
    path = write_audio(tmp_path / "stereo.wav", tone(1.0, 8000, channels=2), 8000, ENCODINGS["wav-alaw"])
    assert dominant_hz(load_audio(path, ChannelMap.parse("1,0")).samples[0]) == pytest.approx(466.2, abs=1.5)
    assert load_audio(path, ChannelMap.parse(" 1 ")).layout == "mono"


def test_channel_map_naming_a_missing_channel_is_refused(four_channel_file):
    with pytest.raises(UnsupportedLayout, match="asks for channel 5 but the file has 4"):
        load_audio(four_channel_file, ChannelMap.parse("0,5"))


@pytest.mark.parametrize("text", ["left,right", "0,0", "0,1,2", "-1", ","])
def test_unreadable_channel_maps_are_refused(text):
    with pytest.raises(ChannelMapError, match="channel map"):
        ChannelMap.parse(text)


def test_no_channel_map_is_written_as_an_empty_setting():
    assert ChannelMap.parse("") is None


def test_sample_buffer_grows_when_the_header_understates_the_length():
    buffer = SampleBuffer(channels=2, capacity=SAMPLE_RATE)
    blocks = [np.full((2, 7000), float(i), dtype=np.float32) for i in range(10)]
    for block in blocks:
        buffer.append(block)
    np.testing.assert_array_equal(buffer.samples(), np.concatenate(blocks, axis=1))


# --- files that are not usable audio -------------------------------------------------------------------------


def wav_bytes(tmp_path: Path) -> bytes:
    return write_audio(tmp_path / "good.wav", tone(2.0, 8000), 8000, ENCODINGS["wav-s16"]).read_bytes()


def png_bytes() -> bytes:
    """Return a valid 1×1 grey PNG image."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x80"))
            + chunk(b"IEND", b""))


BAD_FILES = {
    "empty file": (lambda tmp: b"", EmptyAudioFile, "empty"),
    "truncated header": (lambda tmp: wav_bytes(tmp)[:20], NotAnAudioFile, "header is damaged"),
    "text renamed .wav": (lambda tmp: "客服电话录音\nthis is a text file\n".encode() * 40, NotAnAudioFile,
                          "not a recognisable audio file"),
    "zero-length audio stream": (lambda tmp: handmade_wav(), NoAudioSamples, "holds no samples"),
    "PNG image renamed .wav": (lambda tmp: png_bytes(), NoAudioStream, "no audio stream, only video"),
    "MP4 with video only": (lambda tmp: video_only_mp4(tmp / "video.mp4").read_bytes(), NoAudioStream,
                            "no audio stream"),
    "unknown WAV codec tag": (lambda tmp: handmade_wav(format_tag=0x1234, data=bytes(1600)), UnsupportedCodec,
                              "codec of this file cannot be decoded"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_unreadable_files_raise_a_typed_error_a_person_can_act_on(tmp_path, case):
    make, error, what = BAD_FILES[case]
    path = tmp_path / "call 0042.wav"
    path.write_bytes(make(tmp_path))
    with pytest.raises(error) as raised:
        load_audio(path)
    message = str(raised.value)
    assert isinstance(raised.value, AudioDecodeError)
    assert message.startswith(str(path)) and what in message and "\n" not in message
    assert any(hint in message for hint in ("send", "export", "convert", "nothing to score"))


def test_missing_file(tmp_path):
    with pytest.raises(AudioFileNotFound, match="nope.wav: no such file; check the path"):
        load_audio(tmp_path / "nope.wav")


def test_truncated_recording_decodes_what_is_there_and_says_so(tmp_path):
    whole = write_audio(tmp_path / "whole.wav", tone(10.0, 8000), 8000, ENCODINGS["wav-s16"]).read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(whole[: len(whole) // 2])
    audio = load_audio(cut)
    assert audio.duration == pytest.approx(5.0, abs=0.05)
    assert audio.warnings == ["the audio stops at 5.0 s although the file announces 10.0 s: "
                              "the file looks truncated"]


def test_damaged_packets_are_skipped_and_counted(tmp_path):
    encoded = bytearray(write_audio(tmp_path / "ok.mp3", tone(3.0, 44100, channels=2), 44100,
                                    ENCODINGS["mp3"]).read_bytes())
    for position in range(2000, len(encoded) - 100, 997):
        encoded[position] = 0xFF
    damaged = tmp_path / "damaged.mp3"
    damaged.write_bytes(bytes(encoded))
    audio = load_audio(damaged)
    assert audio.duration == pytest.approx(3.0, abs=0.1)
    assert len(audio.warnings) == 1 and "damaged audio packet(s) could not be decoded" in audio.warnings[0]


# --- an hour-long call ---------------------------------------------------------------------------------------

PEAK_RSS_PROBE = textwrap.dedent("""
    import json, resource, sys
    from audio.io import load_audio
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    audio = load_audio(sys.argv[1])
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"before_kb": before, "peak_kb": after, "output_bytes": audio.samples.nbytes,
                      "duration": audio.duration}))
""")


def decode_in_fresh_process(path: Path) -> dict:
    """Return peak RSS (kB) before and after decoding ``path`` in a new interpreter, and the output size."""
    result = subprocess.run([sys.executable, "-c", PEAK_RSS_PROBE, str(path)], capture_output=True, text=True,
                            cwd=REPO, check=True, timeout=300)
    return json.loads(result.stdout)


@pytest.mark.slow
def test_an_hour_long_call_is_decoded_without_a_second_copy(tmp_path, telephone_speech):
    """Peak RSS may grow by the output array plus 64 MB (decoder, resampler, blocks in flight).

    Collecting frames in a list and concatenating them holds every sample twice
    (measured: +906 MB for this hour), so a regression to that fails here.
    """
    minute = [telephone_speech[:, : 6 * SAMPLE_RATE]] * 10  # 10 × 6 s
    ulaw = write_audio_blocks(tmp_path / "hour.wav", (b for _ in range(60) for b in minute), 2, 8000,
                              ENCODINGS["wav-ulaw"], blocks_rate=SAMPLE_RATE)
    one_minute_mp3 = write_audio_blocks(tmp_path / "minute.mp3", minute, 2, 44100, ENCODINGS["mp3"],
                                        blocks_rate=SAMPLE_RATE)
    mp3 = repeat_stream(one_minute_mp3, tmp_path / "hour.mp3", 60)
    for path in (ulaw, mp3):
        measured = decode_in_fresh_process(path)
        assert measured["duration"] == pytest.approx(3600, abs=5)
        grown_bytes = (measured["peak_kb"] - measured["before_kb"]) * 1024
        assert grown_bytes < measured["output_bytes"] + 64 * 2**20, (path.name, measured)
