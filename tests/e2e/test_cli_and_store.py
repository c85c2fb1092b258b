"""The ``qa`` command and SQLite storage, for real."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from qa.store import Store
from tests.conftest import SAMPLES

pytestmark = pytest.mark.slow


def run_qa(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QA_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "qa.cli", *args], capture_output=True, text=True, env=env,
                          timeout=300)


def test_qa_score_json_prints_the_assessment_and_stores_it(tmp_path):
    result = run_qa("score", str(SAMPLES / "call_problems.wav"), "--json", "--agent-id", "A3072",
                    data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["call_id"] == "call_problems" and data["rubric_version"] == "default@4"
    assert set(data["timings"]) >= {"decode", "asr", "scoring", "storage"}
    assert data["metrics"]["interruptions"]["agent"] == 1
    assert (data["source"]["sample_rate"], data["source"]["codec"]) == (8000, "pcm_alaw")
    calls = Store(f"sqlite:///{tmp_path / 'callqa.db'}", tmp_path / "audio").list_calls()
    assert [(c["call_id"], c["agent_id"]) for c in calls] == [("call_problems", "A3072")]


def test_qa_score_report_is_readable(tmp_path):
    result = run_qa("score", str(SAMPLES / "call_problems.wav"), "--no-store", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    for heading in ("转写 Transcript", "语速 Speech rate", "打断 Interruptions", "六步法 Six steps", "评分 Scorecard"):
        assert heading in result.stdout
    assert "✗ 确认问题" in result.stdout and "✓ 了解状况" in result.stdout
    assert not (tmp_path / "callqa.db").exists()


@pytest.mark.parametrize("content", [b"", b"plain text, not audio\n" * 50])
def test_bad_input_exits_2_with_one_line(tmp_path, content):
    bad = tmp_path / "bad.wav"
    bad.write_bytes(content)
    result = run_qa("score", str(bad), data_dir=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("qa: error:") and "Traceback" not in result.stderr


def test_same_audio_twice_is_one_call_with_history(tmp_path, scored_samples):
    _, assessment = scored_samples["call_mono_16k"]
    store = Store(f"sqlite:///{tmp_path / 'db.sqlite'}", tmp_path / "audio")
    first = store.save_assessment(assessment, SAMPLES / "call_mono_16k.wav", agent_id="A2048")
    second = store.save_assessment(assessment, SAMPLES / "call_mono_16k.wav", agent_id="A2048")
    assert first == second
    call, latest = store.get_call(first)
    assert len(call.assessments) == 2 and latest.to_dict() == assessment.to_dict()
    assert Path(call.audio_path).read_bytes() == (SAMPLES / "call_mono_16k.wav").read_bytes()
    assert store.get_call(first, agent_id="someone-else") is None
    assert len(store.list_calls(agent_id="A2048")) == 1 and store.list_calls(agent_id="nobody") == []
