"""``qa bench`` on a short real call: both engines side by side, per stage, with memory and CER."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import soundfile

from tests.conftest import SAMPLES, manifest

pytestmark = pytest.mark.slow
CLIP_SECONDS = 21.3  # between two turns: the clip holds whole turns only


@pytest.fixture(scope="module")
def short_call(tmp_path_factory):
    """Return a folder with the first 21.3 s of call_problems.wav (five whole turns) and a manifest of the turns inside them."""
    folder = tmp_path_factory.mktemp("bench")
    entry = next(e for e in manifest() if e["id"] == "call_problems")
    samples, rate = soundfile.read(SAMPLES / entry["audio"], dtype="int16")
    soundfile.write(folder / "clip.wav", samples[: int(CLIP_SECONDS * rate)], rate)
    turns = [t for t in entry["reference"]["turns"] if t["end"] <= CLIP_SECONDS]
    clip = {**entry, "id": "clip", "audio": "clip.wav", "reference": {"turns": turns}}
    (folder / "manifest.jsonl").write_text(json.dumps(clip, ensure_ascii=False) + "\n", encoding="utf-8")
    return folder


def qa(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "qa.cli", *args], capture_output=True, text=True, timeout=600)


def test_bench_prints_both_engines_side_by_side(short_call):
    done = qa("bench", str(short_call))
    assert done.returncode == 0, done.stderr
    print(done.stdout)
    lines = done.stdout.splitlines()
    assert "faster-whisper" in lines[1] and "openai-whisper" in lines[1]
    rows = {line.split()[0]: line.split()[1:] for line in lines[3:] if line.strip()}
    for stage in ("decode", "vad", "asr", "scoring", "storage"):
        assert len(rows[stage]) == 6, (stage, rows[stage])  # wall s, RTF and peak MB for each engine
    assert "int8" in done.stdout and "float32" in done.stdout
    assert "CER clip" in done.stdout and "peak RSS" in done.stdout and "warm-up (20 s per layout)" in done.stdout
    assert "peak MB" in lines[2]
    assert "ASR speed-up: faster-whisper is" in done.stdout


def test_bench_json_has_stage_times_memory_and_cer(short_call):
    done = qa("bench", str(short_call), "--engines", "faster-whisper", "--json", "--beam-size", "1")
    assert done.returncode == 0, done.stderr
    (run,) = json.loads(done.stdout)
    assert run["engine"] == "faster-whisper" and run["beam_size"] == 1 and run["compute_type"] == "int8"
    assert run["audio_seconds"] == pytest.approx(CLIP_SECONDS, abs=0.05)
    assert run["stages"]["asr"] > 0 and run["stages"]["storage"] > 0
    # the clip's first 20 s were scored once before the timed pass: model load and warm-up kept apart
    assert run["load_model_s"] > 0 and run["warm_up_s"] > 0
    # each stage's own peak resident memory, never above the whole process's
    assert {"decode", "asr", "scoring", "storage"} <= set(run["stage_peaks_mb"])
    assert all(100 < peak <= run["peak_rss_mb"] for peak in run["stage_peaks_mb"].values())
    assert 100 < run["peak_rss_mb"] < 4000
    assert run["calls"][0]["cer"] < 0.5
    assert run["pipeline_rtf"] == pytest.approx(run["pipeline_s"] / run["audio_seconds"], rel=0.01)


def test_bench_rejects_an_unknown_engine(short_call):
    done = qa("bench", str(short_call), "--engines", "whisper.cpp")
    assert done.returncode == 2 and "unknown engine(s) whisper.cpp" in done.stderr
