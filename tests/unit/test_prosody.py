"""Loudness and pitch per segment, measured on synthetic tones and chirps of known level and pitch."""

from __future__ import annotations

import numpy as np
import pytest

from audio.io import SAMPLE_RATE
from audio.prosody import channel_frames, measure_prosody, segment_prosody
from qa.model import Segment, Word

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def tone(hz: float, seconds: float, peak: float) -> np.ndarray:
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    return (peak * np.sin(2 * np.pi * hz * t)).astype(np.float32)


def spoken(speaker: str, start: float, end: float) -> Segment:
    return Segment(speaker=speaker, role="unknown", start=start, end=end, text="话",
                   words=[Word("话", start, end)])


def test_a_tone_has_its_level_and_pitch():
    samples = tone(200.0, 2.0, 0.5)  # RMS of a sine = peak / sqrt(2): -9.03 dBFS
    measured = segment_prosody(spoken("S0", 0.2, 1.8), channel_frames(samples))
    assert measured["rms_db"] == pytest.approx(-9.0, abs=0.3)
    assert measured["pitch_hz"] == pytest.approx(200.0, rel=0.01)


def test_a_chirp_reads_its_pitch_where_it_is():
    t = np.arange(4 * SAMPLE_RATE) / SAMPLE_RATE
    f0 = 120.0 + 60.0 * t  # 120 Hz rising to 360 Hz over 4 s
    chirp = (0.3 * np.sin(2 * np.pi * np.cumsum(f0) / SAMPLE_RATE)).astype(np.float32)
    frames = channel_frames(chirp)
    early = segment_prosody(spoken("S0", 0.4, 0.6), frames)["pitch_hz"]
    late = segment_prosody(spoken("S0", 3.4, 3.6), frames)["pitch_hz"]
    assert early == pytest.approx(150.0, rel=0.03)
    assert late == pytest.approx(330.0, rel=0.03)


def test_pitch_tracked_only_inside_spans_is_the_same_there():
    t = np.arange(4 * SAMPLE_RATE) / SAMPLE_RATE
    f0 = 120.0 + 60.0 * t
    chirp = (0.3 * np.sin(2 * np.pi * np.cumsum(f0) / SAMPLE_RATE)).astype(np.float32)
    whole, parts = channel_frames(chirp), channel_frames(chirp, spans=[(0.4, 0.6), (3.4, 3.6), (3.5, 3.7)])
    for start, end in ((0.4, 0.6), (3.4, 3.7)):
        inside = whole.span(start, end)
        np.testing.assert_allclose(parts.pitch_hz[inside], whole.pitch_hz[inside], rtol=1e-4)
    assert np.isnan(parts.pitch_hz[whole.span(1.0, 3.0)]).all()  # outside every span: not tracked
    np.testing.assert_array_equal(parts.level_db, whole.level_db)  # levels are framed everywhere


def test_silence_has_no_level_and_noise_no_pitch():
    rng = np.random.default_rng(3)
    samples = np.concatenate([np.zeros(SAMPLE_RATE, np.float32),
                              (0.1 * rng.standard_normal(SAMPLE_RATE)).astype(np.float32)])
    frames = channel_frames(samples)
    assert segment_prosody(spoken("S0", 0.2, 0.8), frames) == {"rms_db": None, "pitch_hz": None}
    noise = segment_prosody(spoken("S0", 1.2, 1.8), frames)
    assert noise["rms_db"] == pytest.approx(-20.0, abs=0.5)


def test_rises_are_against_each_speakers_own_median():
    # S0 speaks at 200 Hz, then 6 dB louder and 25 % higher; S1 speaks quietly and low throughout
    s0 = np.concatenate([tone(200, 1.0, 0.1), tone(200, 1.0, 0.1), tone(250, 1.0, 0.2)])
    s1 = np.concatenate([tone(120, 1.5, 0.02), tone(120, 1.5, 0.02)])
    segments = [spoken("S0", 0.1, 0.9), spoken("S0", 1.1, 1.9), spoken("S0", 2.1, 2.9),
                spoken("S1", 0.1, 1.4), spoken("S1", 1.6, 2.9)]
    measure_prosody(segments, {"S0": s0, "S1": s1})
    loud = segments[2].prosody
    # median of (-23, -23, -17) is -23: the last segment rises 6 dB and 25 % in pitch
    assert loud["rms_rise_db"] == pytest.approx(6.0, abs=0.2)
    assert loud["pitch_rise"] == pytest.approx(0.25, abs=0.01)
    assert segments[0].prosody["rms_rise_db"] == 0.0
    assert [s.prosody["rms_rise_db"] for s in segments[3:]] == [0.0, 0.0]
    assert segments[3].prosody["pitch_hz"] == pytest.approx(120.0, rel=0.01)


def test_a_shared_mono_track_is_framed_once_and_read_per_speaker():
    mix = np.concatenate([tone(220, 1.0, 0.3), tone(140, 1.0, 0.3)])
    segments = [spoken("S0", 0.1, 0.9), spoken("S1", 1.1, 1.9)]
    measure_prosody(segments, {"S0": mix, "S1": mix})
    assert segments[0].prosody["pitch_hz"] == pytest.approx(220.0, rel=0.01)
    assert segments[1].prosody["pitch_hz"] == pytest.approx(140.0, rel=0.01)
