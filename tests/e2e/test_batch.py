"""``qa batch`` on real recordings, then ``qa report`` and ``qa rescore`` on what it stored."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from openpyxl import load_workbook
from sqlalchemy import func, select

from qa.store import Store
from qa.tables import AssessmentRow, CallRow
from scoring.rubric import DEFAULT_RUBRIC
from tests.conftest import SAMPLES

pytestmark = pytest.mark.slow

PATTERN = "{date}_{time}_{agent}_{direction}_{call}.wav"


def _wav(samples: np.ndarray, rate: int) -> bytes:
    buffer = io.BytesIO()
    sf.write(buffer, samples, rate, format="WAV", subtype="PCM_16")
    return buffer.getvalue()


def write_corrupt_files(folder: Path, names: tuple[str, ...] | None = None) -> dict[str, str]:
    """Write files a batch must reject (all ten, or ``names``); return name -> words its reason must contain."""
    real = (SAMPLES / "call_problems.wav").read_bytes()
    files = {
        "empty.wav": (b"", "empty"),
        "notes.txt": ("客服记录\n".encode() * 40, "not a recognisable audio file"),
        "random.wav": (np.random.default_rng(1).bytes(5000), "not a recognisable audio file"),
        "truncated.wav": (real[:30], "not a recognisable audio file"),
        "no_samples.wav": (_wav(np.zeros((0, 1), dtype="int16"), 8000), "no samples"),
        "six_channels.wav": (_wav(np.zeros((8000, 6), dtype="int16"), 8000), "6 audio channels"),
        "picture.wav": (b"\x89PNG\r\n\x1a\n" + bytes(500), "no audio stream"),
        "page.mp3": (b"<html><body>404</body></html>" * 20, "not a recognisable audio file"),
        "zeros.wav": (bytes(4000), "not a recognisable audio file"),
        "fake.flac": (b"fLaC" + np.random.default_rng(2).bytes(3000), "not a recognisable audio file"),
    }
    chosen = {name: entry for name, entry in files.items() if names is None or name in names}
    for name, (content, _) in chosen.items():
        (folder / name).write_bytes(content)
    return {name: reason for name, (_, reason) in chosen.items()}


def run_qa(*args: str, data_dir: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    env = {**os.environ, "QA_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "qa.cli", *args], capture_output=True, text=True, env=env,
                          timeout=timeout)


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    """A day's folder (two real calls named by the pattern, a sidecar CSV, three broken files), batched once."""
    root = tmp_path_factory.mktemp("batch")
    folder, data_dir = root / "2024-03-15", root / "data"
    folder.mkdir()
    shutil.copy(SAMPLES / "ecommerce_forbidden.wav", folder / "20240315_0930_A1024_in_C1.wav")
    shutil.copy(SAMPLES / "call_problems.wav", folder / "20240315_1012_A2048_out_C2.wav")
    (folder / "meta.csv").write_text("file,agent,queue\n20240315_1012_A2048_out_C2.wav,A3072,complaints\n",
                                     encoding="utf-8")
    corrupt = write_corrupt_files(folder, ("empty.wav", "notes.txt", "six_channels.wav"))
    result = run_qa("batch", str(folder), "--pattern", PATTERN, "--metadata", str(folder / "meta.csv"),
                    "--export", str(root / "day.xlsx"), data_dir=data_dir)
    return folder, data_dir, result, corrupt


def open_store(data_dir: Path) -> Store:
    return Store(f"sqlite:///{data_dir / 'callqa.db'}", data_dir / "audio")


def test_batch_scores_the_good_files_and_lists_the_bad_ones(day):
    folder, data_dir, result, corrupt = day
    assert result.returncode == 3, result.stderr
    assert "2 scored now, 0 already stored, 3 failed" in result.stdout
    failed = [line for line in result.stdout.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 3
    for name, reason in corrupt.items():
        assert any(name in line and reason in line for line in failed), (name, failed)
    progress = [line for line in result.stderr.splitlines() if line.startswith("[")]
    assert len(progress) == 5 and all("files/min, ETA" in line for line in progress)


def test_batch_stores_metadata_from_pattern_and_sidecar(day):
    _, data_dir, _, _ = day
    store = open_store(data_dir)
    calls = {c["call_id"]: c for c in store.list_calls()}
    assert set(calls) == {"C1", "C2"}
    first, _ = store.get_call(calls["C1"]["id"])
    second, assessment = store.get_call(calls["C2"]["id"])
    assert (first.agent_id, first.direction, first.call_time.isoformat()) == ("A1024", "inbound", "2024-03-15T09:30:00")
    assert (second.agent_id, second.direction, second.meta) == ("A3072", "outbound", {"queue": "complaints"})
    assert assessment.transcript.segments and assessment.source["file"] == "20240315_1012_A2048_out_C2.wav"
    store.close()


def test_batch_export_has_calls_and_agents(day):
    folder, data_dir, _, _ = day
    workbook = load_workbook(folder.parent / "day.xlsx")
    calls = list(workbook["calls"].iter_rows(values_only=True))
    header, rows = calls[0], {row[0]: dict(zip(calls[0], row)) for row in calls[1:]}
    assert header[:6] == ("call_id", "file", "date", "agent", "score", "grade")
    store = open_store(data_dir)
    for result in store.current_results():
        row = rows[result.call_id]
        assert (row["agent"], row["score"], row["grade"]) == (result.agent_id, result.assessment.total,
                                                              result.assessment.grade)
        assert row["missing_steps"] == "; ".join(s.step for s in result.assessment.steps if s.status == "missing")
        assert row["agent_interruptions"] == result.assessment.metrics["interruptions"]["agent"]
    agents = list(workbook["agents"].iter_rows(values_only=True))
    assert agents[0] == ("agent", "calls", "average_score", "needs_review", "most_missed_step")
    assert sorted((a[0], a[1]) for a in agents[1:]) == [("A1024", 1), ("A3072", 1)]
    store.close()


def test_a_second_run_scores_nothing_again(day):
    folder, data_dir, _, _ = day
    again = run_qa("batch", str(folder), "--pattern", PATTERN, "--metadata", str(folder / "meta.csv"),
                   data_dir=data_dir)
    assert again.returncode == 3
    assert "0 scored now, 2 already stored, 3 failed" in again.stdout
    store = open_store(data_dir)
    with store.session() as session:
        assert session.scalar(select(func.count(CallRow.id))) == 2
        assert session.scalar(select(func.count(AssessmentRow.id))) == 2
    store.close()


def test_report_regenerates_the_export_for_a_day(day, tmp_path):
    _, data_dir, _, _ = day
    exported = run_qa("report", "--date", "2024-03-15", "--export", str(tmp_path / "day.csv"), data_dir=data_dir)
    assert exported.returncode == 0, exported.stderr
    with open(tmp_path / "day.csv", encoding="utf-8-sig", newline="") as handle:
        assert sorted(row["call_id"] for row in csv.DictReader(handle)) == ["C1", "C2"]
    printed = run_qa("report", "--date", "2024-03-15", data_dir=data_dir)
    assert printed.returncode == 0 and "2 calls, average score" in printed.stdout and "A3072" in printed.stdout
    assert run_qa("report", "--date", "2024-03-16", data_dir=data_dir).stdout.strip() == "no calls"
    bad = run_qa("report", "--date", "15/03/2024", data_dir=data_dir)
    assert bad.returncode == 2 and bad.stderr.startswith("qa: error:")


def test_rescore_applies_a_new_rubric_and_keeps_history(day, tmp_path):
    _, data_dir, _, _ = day
    rubric = tmp_path / "v9.toml"
    text = DEFAULT_RUBRIC.read_text(encoding="utf-8").replace('version = "', 'version = "9-', 1)
    rubric.write_text(text.replace("cap = 60", "cap = 30"), encoding="utf-8")
    first = run_qa("rescore", "--rubric", str(rubric), "--since", "2024-03-15", data_dir=data_dir)
    assert first.returncode == 0, first.stderr
    assert "2 calls re-scored, 0 already scored with it" in first.stdout
    assert "0 calls re-scored, 2 already scored with it" in run_qa("rescore", "--rubric", str(rubric),
                                                                  data_dir=data_dir).stdout
    store = open_store(data_dir)
    for result in store.current_results():
        call, latest = store.get_call(result.call_pk)
        assert len(call.assessments) == 2 and latest.rubric_version.startswith("default@9-")
        assert latest.transcript.to_dict() == call.assessments[0].payload["transcript"]
    store.close()
    again = run_qa("rescore", "--rubric", str(rubric), "--again", data_dir=data_dir)  # after upgrading callqa
    assert "2 calls re-scored, 0 already scored with it" in again.stdout
    assert "2 calls re-scored" in run_qa("rescore", data_dir=data_dir).stdout  # the configured (default) rubric


def test_a_bad_pattern_is_refused_before_any_work(day, tmp_path):
    folder, _, _, _ = day
    result = run_qa("batch", str(folder), "--pattern", "{agent}{call}.wav", data_dir=tmp_path)
    assert result.returncode == 2 and "literal text between them" in result.stderr
    assert not (tmp_path / "callqa.db").exists()
