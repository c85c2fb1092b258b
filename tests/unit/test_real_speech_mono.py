"""scripts/real_speech_mono.py: how real clips are laid out as a two-speaker mono call."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "real_speech_mono.py"
spec = importlib.util.spec_from_file_location("real_speech_mono", SCRIPT)
real_speech_mono = importlib.util.module_from_spec(spec)
spec.loader.exec_module(real_speech_mono)


def test_each_speaker_s_clips_are_spread_over_the_call_agent_first():
    order = real_speech_mono.turn_order(["a1", "a2", "a3", "a4"], ["c1", "c2"])
    assert order == [("agent", "a1"), ("customer", "c1"), ("agent", "a2"), ("agent", "a3"), ("customer", "c2"),
                     ("agent", "a4")]


def test_turns_follow_each_other_with_the_sample_calls_gaps():
    rate = real_speech_mono.SAMPLE_RATE
    clips = {"a": np.ones(rate, np.float32), "b": np.ones(2 * rate, np.float32), "c": np.ones(rate, np.float32)}
    call, turns = real_speech_mono.lay_out([("agent", "a"), ("agent", "b"), ("customer", "c")], clips,
                                           {"a": "您好", "b": "请讲", "c": "我的宽带断了"})
    # 0.5 s lead-in, 0.4 s between one speaker's turns, 0.7 s between speakers, 0.5 s at the end
    assert [(t["role"], t["start"], t["end"], t["text"]) for t in turns] == [
        ("agent", 0.5, 1.5, "您好"), ("agent", 1.9, 3.9, "请讲"), ("customer", 4.6, 5.6, "我的宽带断了")]
    assert len(call) == round(6.1 * rate) and call[: rate // 2].max() == 0.0


def test_telephone_copy_is_8_khz_and_band_limited():
    rate = real_speech_mono.SAMPLE_RATE
    time = np.arange(rate) / rate
    low, speech = np.sin(2 * np.pi * 100 * time), np.sin(2 * np.pi * 1000 * time)
    assert len(real_speech_mono.telephone(speech.astype(np.float32))) == rate // 2
    kept = np.abs(real_speech_mono.telephone(low.astype(np.float32))).max()
    assert kept < 0.3 < np.abs(real_speech_mono.telephone(speech.astype(np.float32))).max()
