"""The acceptance scenario: 200 files with 10 corrupt, the batch killed with SIGKILL mid-way, then run again.

Whisper takes seconds per call here, so the 190 good files are short real clips: each begins a sample call
(its quiet opening, or its first words for a few), made byte-distinct by a different number of trailing
silent samples. Every file goes through the real job function, decoder, model and store.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import soundfile as sf

from audio.io import file_sha256
from tests.conftest import SAMPLES
from tests.e2e.test_batch import run_qa, write_corrupt_files

pytestmark = pytest.mark.slow

GOOD_FILES = 190
SPEECH = {"call_problems.wav": 2.0, "call_mono_16k.wav": 1.0}  # seconds of each call's first words
QUIET_OPENING_S = 0.3
KILL_AFTER_DONE = 40


def write_good_files(folder: Path) -> None:
    """Write 190 distinct short clips of the sample calls; the few with speech sort last (the slow tail)."""
    sources = ["call_problems.wav", "call_stereo_8k_ulaw.wav", "call_mono_16k.wav"]
    clips = [(f"speech_{name.removesuffix('.wav')}_{n}.wav", name, seconds, n)
             for name, seconds in SPEECH.items() for n in (1, 2)]
    clips += [(f"quiet_{n:03d}.wav", sources[n % 3], QUIET_OPENING_S, n)
              for n in range(GOOD_FILES - len(clips))]
    for target, source, seconds, padding in clips:
        samples, rate = sf.read(SAMPLES / source, dtype="int16", always_2d=True)
        clip = samples[:int(seconds * rate)]
        padded = clip.copy()
        padded.resize((len(clip) + 1 + padding, clip.shape[1]), refcheck=False)
        sf.write(folder / target, padded, rate, subtype="PCM_16")


def done_items(database: Path) -> int:
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(database, timeout=5) as connection:
            return connection.execute("SELECT count(*) FROM job_items WHERE status = 'done'").fetchone()[0]
    except sqlite3.OperationalError:  # the tables are being created
        return 0


def stored(database: Path) -> tuple[int, int, int]:
    with sqlite3.connect(database) as connection:
        return connection.execute(
            "SELECT (SELECT count(*) FROM calls), (SELECT count(DISTINCT audio_sha256) FROM calls), "
            "(SELECT count(*) FROM assessments)").fetchone()


def test_200_files_killed_mid_way_then_resumed(tmp_path):
    folder, data_dir = tmp_path / "day", tmp_path / "data"
    folder.mkdir()
    write_good_files(folder)
    corrupt = write_corrupt_files(folder)
    assert len(list(folder.iterdir())) == 200 and len(corrupt) == 10
    database = data_dir / "callqa.db"

    env = {**os.environ, "QA_DATA_DIR": str(data_dir)}
    batch = subprocess.Popen([sys.executable, "-m", "qa.cli", "batch", str(folder), "--workers", "2"],
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while done_items(database) < KILL_AFTER_DONE and batch.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert batch.poll() is None, "the batch ended before it could be killed"
    finally:
        os.killpg(batch.pid, signal.SIGKILL)  # the batch and its worker processes, as a crash would
        batch.wait()
    calls_after_kill, _, _ = stored(database)
    assert KILL_AFTER_DONE <= calls_after_kill < GOOD_FILES

    rerun = run_qa("batch", str(folder), "--workers", "2", data_dir=data_dir)
    assert rerun.returncode == 3, rerun.stderr
    assert "(resumed): 200 files" in rerun.stdout and "10 failed" in rerun.stdout
    failed = [line for line in rerun.stdout.splitlines() if line.startswith("failed: ")]
    assert sorted(Path(line.split(": ")[1]).name for line in failed) == sorted(corrupt)
    for line in failed:
        name = Path(line.split(": ")[1]).name
        assert corrupt[name] in line, line
    assert stored(database) == (GOOD_FILES, GOOD_FILES, GOOD_FILES)  # none lost, none twice
    kept = [p for p in (data_dir / "audio").rglob("*.wav")]  # a copy cut short by the kill stays a .partial file
    assert len(kept) == GOOD_FILES and all(file_sha256(p) == p.stem for p in kept)

    third = run_qa("batch", str(folder), data_dir=data_dir)
    assert "0 scored now, 190 already stored, 10 failed" in third.stdout
    assert stored(database) == (GOOD_FILES, GOOD_FILES, GOOD_FILES)
