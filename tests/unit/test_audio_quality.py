"""Signal checks: silent, quiet, noise-only and clipped channels become review reasons."""

from __future__ import annotations

import re

import numpy as np
import pytest

from audio.io import SAMPLE_RATE, DecodedAudio, load_audio
from audio.quality import (
    AUDIO_WARNING_PREFIX,
    ChannelSignal,
    SignalThresholds,
    audio_review_reasons,
    audio_warnings,
    channel_problems,
    measure_channel,
    signal_problems,
)
from tests.conftest import SAMPLES
from tests.encoded_audio import ENCODINGS, write_audio, write_audio_blocks

RNG_SEED = 7


@pytest.fixture(scope="module")
def speech() -> np.ndarray:
    """Return 10 s of the mono sample call at 16 kHz."""
    return load_audio(SAMPLES / "call_mono_16k.wav").samples[0, : 10 * SAMPLE_RATE]


def decoded(*channels: np.ndarray) -> DecodedAudio:
    return DecodedAudio(samples=np.stack(channels).astype(np.float32), source_rate=SAMPLE_RATE, codec="pcm_f32le",
                        sha256="")


def white_noise(seconds: float, level: float = 0.1) -> np.ndarray:
    return level * np.random.default_rng(RNG_SEED).standard_normal(int(seconds * SAMPLE_RATE))


def pink_noise(seconds: float, level: float = 0.1) -> np.ndarray:
    """Return noise whose power falls by 3 dB per octave (1/f), scaled to RMS ``level``."""
    n = int(seconds * SAMPLE_RATE)
    spectrum = np.fft.rfft(np.random.default_rng(RNG_SEED).standard_normal(n))
    frequencies = np.fft.rfftfreq(n, 1 / SAMPLE_RATE)
    spectrum[1:] /= np.sqrt(frequencies[1:])
    spectrum[0] = 0.0
    noise = np.fft.irfft(spectrum, n)
    return level * noise / noise.std()


@pytest.mark.parametrize("name", ["call_stereo_8k_ulaw.wav", "call_mono_16k.wav", "call_problems.wav"])
def test_the_sample_calls_have_no_signal_problems(name):
    assert signal_problems(load_audio(SAMPLES / name)) == []


def test_digital_silence_in_a_real_file_is_reported_per_channel(tmp_path, speech):
    silence = np.zeros_like(speech)
    path = write_audio_blocks(tmp_path / "dead.wav", [np.stack([silence, speech])], 2, 8000, ENCODINGS["wav-ulaw"],
                              blocks_rate=SAMPLE_RATE)
    audio = load_audio(path)
    assert signal_problems(audio, agent_channel=0) == ["the agent channel is silent (its loudest passages reach "
                                                       "-100 dBFS)"]
    assert signal_problems(audio, agent_channel=1)[0].startswith("the customer channel is silent")


def test_a_dc_offset_is_not_sound():
    assert signal_problems(decoded(np.full(SAMPLE_RATE * 5, 0.2)))[0].startswith("the recording is silent")


@pytest.mark.parametrize("noise", [white_noise, pink_noise], ids=["white", "pink"])
def test_noise_without_speech_is_reported(noise):
    problems = signal_problems(decoded(noise(10.0)))
    assert len(problems) == 1 and problems[0].startswith("the recording sounds like steady noise, not speech")


def test_speech_in_strong_noise_is_noisy_not_noise_only(speech):
    noisy = speech + white_noise(10.0, level=float(speech.std()))  # 0 dB signal-to-noise ratio overall
    [problem] = signal_problems(decoded(noisy))
    assert problem.startswith("the recording is noisy (speech only ")
    assert problem.endswith("dB above the background; below 15 dB recognition is unreliable)")


@pytest.mark.parametrize("snr_db, noisy", [(5, True), (20, False)])
def test_speech_is_noisy_below_a_signal_to_noise_ratio_of_about_ten_db(speech, snr_db, noisy):
    voiced = speech[np.abs(speech) > 0.01]
    level = float(np.sqrt(np.mean(voiced ** 2) / 10 ** (snr_db / 10)))
    problems = signal_problems(decoded(speech + white_noise(10.0, level=level)))
    assert [p.split(" (")[0] for p in problems] == (["the recording is noisy"] if noisy else [])


def test_a_quiet_recording_is_reported(speech):
    problems = signal_problems(decoded(speech / 100))
    assert len(problems) == 1 and problems[0].startswith("the recording is very quiet (speech at -53 dBFS")


@pytest.mark.parametrize("encoding, rate", [("wav-ulaw", 8000), ("wav-s16", 16000), ("mp3", 44100)])
def test_a_clipped_recording_is_reported_with_its_clipped_share(tmp_path, speech, encoding, rate):
    overloaded = np.clip(speech * 8, -1.0, 1.0)  # 19 % of the samples at full scale
    path = write_audio_blocks(tmp_path / f"loud{ENCODINGS[encoding].suffix}", [overloaded[None]], 1, rate,
                              ENCODINGS[encoding], blocks_rate=SAMPLE_RATE)
    problems = signal_problems(load_audio(path))
    assert len(problems) == 1 and problems[0].endswith("of the samples on the recording are clipped "
                                                       "(the recording level was too high)")
    share = float(re.match(r"([\d.]+) %", problems[0]).group(1))
    assert 8 <= share <= 25  # lossy codecs smear the flat tops, so MP3 counts about half of them


def test_slightly_hot_speech_is_not_called_clipped(speech):
    assert signal_problems(decoded(speech * 1.3)) == []


def test_thresholds_are_settings_not_constants(speech):
    strict = SignalThresholds(quiet_below_dbfs=-5.0)
    assert signal_problems(decoded(speech), thresholds=strict)[0].startswith("the recording is very quiet")


def test_measurements_of_one_channel(speech):
    measured = measure_channel(speech.astype(np.float32), SignalThresholds())
    assert measured.speech_dbfs == pytest.approx(-12, abs=2) and measured.clipped_fraction == 0.0
    assert measured.level_range_db > 40  # pauses between the turns are digital silence


def test_decode_warnings_come_first_and_travel_through_the_transcript(tmp_path):
    whole = write_audio(tmp_path / "whole.wav", white_noise(10.0)[None], SAMPLE_RATE, ENCODINGS["wav-s16"])
    cut = tmp_path / "cut.wav"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    warnings = audio_warnings(load_audio(cut))
    reasons = audio_review_reasons(["S0: dropped segment 1.0–2.0 s (prompt echo)", *warnings])
    assert reasons[0].en.endswith("the file looks truncated") and reasons[0].zh.endswith("文件似乎被截断")
    assert reasons[1].en.startswith("the recording sounds like steady noise")
    assert len(reasons) == 2


@pytest.mark.parametrize("name, chinese_name", [("the recording", "录音"), ("the agent channel", "坐席声道"),
                                                ("the customer channel", "客户声道")])
def test_every_audio_problem_has_a_chinese_review_reason(name, chinese_name):
    thresholds = SignalThresholds()
    problems = (channel_problems(name, ChannelSignal(-100.0, -100.0, 0.0), thresholds)
                + channel_problems(name, ChannelSignal(-45.0, -42.0, 0.02), thresholds)  # quiet, noise, clipped
                + channel_problems(name, ChannelSignal(-20.0, -30.0, 0.0), thresholds))  # noisy
    decode = ["3 damaged audio packet(s) could not be decoded and were skipped",
              "the audio stops at 5.0 s although the file announces 10.0 s: the file looks truncated"]
    reasons = audio_review_reasons([AUDIO_WARNING_PREFIX + p for p in problems + decode])
    assert len(problems) == 5 and [r.en for r in reasons] == problems + decode
    for reason in reasons[:5]:
        assert chinese_name in reason.zh, reason.zh
    for reason in reasons:
        assert not set(re.findall(r"[A-Za-z]{3,}", reason.zh)) - {"dBFS"}, reason.zh
    assert "-45 dBFS" in reasons[1].zh and "2.0 %" in reasons[3].zh and "10 dB" in reasons[4].zh
    assert "10.0 秒" in reasons[6].zh
    assert audio_review_reasons(["audio: a new problem"])[0].zh == "音频问题：a new problem"
