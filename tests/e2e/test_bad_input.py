"""``qa score`` on unreadable or unusable recordings: one clear line or a needs-review result, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from audio.io import SAMPLE_RATE, load_audio
from tests.conftest import SAMPLES
from tests.encoded_audio import ENCODINGS, tone, write_audio, write_audio_blocks



def run_qa(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QA_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "qa.cli", *args], capture_output=True, text=True, env=env,
                          timeout=300)


def assert_one_line_error(result: subprocess.CompletedProcess, *fragments: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("qa: error: ")
    for fragment in fragments:
        assert fragment in result.stderr


def test_text_renamed_wav_exits_2_with_one_line(tmp_path):
    bad = tmp_path / "call-0042.wav"
    bad.write_text("这不是录音，是一个文本文件。\n" * 30, encoding="utf-8")
    assert_one_line_error(run_qa("score", str(bad), data_dir=tmp_path),
                          "call-0042.wav: not a recognisable audio file", "export the recording again")


def test_four_channel_file_without_a_channel_map_exits_2_with_the_fix(tmp_path):
    quad = write_audio(tmp_path / "quad.wav", tone(1.0, 8000, channels=4), 8000, ENCODINGS["wav-s16"])
    assert_one_line_error(run_qa("score", str(quad), data_dir=tmp_path), "4 audio channels", "--channel-map 0,1")


def test_a_bad_channel_map_exits_2(tmp_path):
    assert_one_line_error(run_qa("score", str(SAMPLES / "call_mono_16k.wav"), "--channel-map", "agent,customer",
                                 data_dir=tmp_path), "channel map 'agent,customer'")


def score_json(path: Path, tmp_path: Path, *options: str) -> dict:
    result = run_qa("score", str(path), "--json", "--no-store", *options, data_dir=tmp_path)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return json.loads(result.stdout)


@pytest.mark.slow
def test_a_silent_call_is_scored_as_needs_review_with_the_reason(tmp_path):
    silent = write_audio(tmp_path / "silent.wav", np.zeros((2, 8000 * 10), dtype=np.float32), 8000,
                         ENCODINGS["wav-ulaw"])
    result = score_json(silent, tmp_path)
    assert result["needs_review"] is True and result["transcript"]["segments"] == []
    assert result["review_reasons"][:1] == ["no speech was recognised"]
    assert {"the agent channel is silent (its loudest passages reach -100 dBFS)",
            "the customer channel is silent (its loudest passages reach -100 dBFS)"} <= set(result["review_reasons"])
    warnings = result["transcript"]["warnings"]
    assert "audio: the agent channel is silent (its loudest passages reach -100 dBFS)" in warnings


@pytest.mark.slow
def test_channel_map_picks_the_speakers_out_of_a_four_channel_recording(tmp_path):
    call = load_audio(SAMPLES / "call_stereo_8k_ulaw.wav").samples[:, : 16 * SAMPLE_RATE]
    silence = np.zeros_like(call[0])
    quad = write_audio_blocks(tmp_path / "recorder.wav", [np.stack([silence, silence, call[0], call[1]])], 4, 8000,
                              ENCODINGS["wav-s16"], blocks_rate=SAMPLE_RATE)
    result = score_json(quad, tmp_path, "--channel-map", "2,3")
    transcript = result["transcript"]
    assert transcript["layout"] == "stereo" and not any(w.startswith("audio: ") for w in transcript["warnings"])
    agent_text = "".join(s["text"] for s in transcript["segments"] if s["role"] == "agent")
    customer_text = "".join(s["text"] for s in transcript["segments"] if s["role"] == "customer")
    assert "工号" in agent_text and "收到" in customer_text
