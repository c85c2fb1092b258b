"""``qa batch --distributed`` with a real Redis, a real PostgreSQL and two real ``qa worker`` processes.

One worker is killed with SIGKILL (its whole process group, as a host that dies) while it scores a file.
The task was not acknowledged, so after the visibility timeout the other worker gets it; the job item's
attempts and the audio sha256 keep the call from being stored twice.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Iterator

import psycopg
import pytest
import soundfile as sf

from tests.conftest import SAMPLES, _free_port
from tests.e2e.test_batch import write_corrupt_files

pytestmark = pytest.mark.slow

# (source, start s, length s): short stretches of speech, so each file takes seconds, not minutes.
CLIPS = [("call_problems.wav", 0.0, 4.0), ("call_stereo_8k_ulaw.wav", 1.0, 5.0), ("call_mono_16k.wav", 0.0, 4.0),
         ("telecom_pii.wav", 2.0, 5.0), ("ecommerce_forbidden.wav", 1.0, 4.0), ("utilities_fast_agent.wav", 1.0, 5.0),
         ("banking_announced_hold.wav", 2.0, 3.0)]
VISIBILITY_TIMEOUT_S = 30  # longer than any clip takes, short enough for a test
WORKER_START_S, KILL_WITHIN_S, BATCH_END_S = 180, 120, 240
STARTED = re.compile(r"item (\d+) \((.+?)\): scoring on")


def wait_for(condition: Callable[[], object], seconds: float, failure: str) -> object:
    """Return the condition's first true value, polled until ``seconds`` pass; fail the test with ``failure``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    pytest.fail(f"{failure} (waited {seconds:.0f} s)")


def stop_group(process: subprocess.Popen) -> None:
    """Kill a process started in its own session, with everything it started."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    """Start a throwaway redis-server (Debian's package) on a loopback port; yield its URL."""
    port = _free_port()
    log = (tmp_path / "redis.log").open("w")
    server = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no", "--daemonize", "no"], stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: "Ready to accept connections" in (tmp_path / "redis.log").read_text(), 20,
                 f"redis-server did not start: {(tmp_path / 'redis.log').read_text()[-500:]}")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


def write_clips(folder: Path) -> None:
    for number, (source, start, seconds) in enumerate(CLIPS, start=1):
        samples, rate = sf.read(SAMPLES / source, dtype="int16", always_2d=True)
        clip = samples[int(start * rate):int((start + seconds) * rate)]
        sf.write(folder / f"clip{number}_{source}", clip, rate, subtype="PCM_16")


def query(database_url: str, sql: str) -> list[tuple]:
    with psycopg.connect(database_url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        return connection.execute(sql).fetchall()


def test_worker_killed_mid_call_loses_nothing_and_stores_nothing_twice(tmp_path, redis_url, postgres_database):
    folder = tmp_path / "day"
    folder.mkdir()
    write_clips(folder)
    corrupt = write_corrupt_files(folder, ("truncated.wav",))
    env = {**os.environ, "QA_DATABASE_URL": postgres_database, "QA_BROKER_URL": redis_url,
           "QA_DATA_DIR": str(tmp_path / "data"), "QA_CPU_THREADS": "1",
           "QA_BROKER_VISIBILITY_TIMEOUT_S": str(VISIBILITY_TIMEOUT_S), "QA_BROKER_RESTORE_INTERVAL_S": "1"}
    logs = {name: tmp_path / f"{name}.log" for name in ("worker_a", "worker_b", "batch")}
    processes: dict[str, subprocess.Popen] = {}

    def start(name: str, *args: str) -> None:
        with logs[name].open("w") as log:
            processes[name] = subprocess.Popen([sys.executable, "-m", "qa.cli", *args], env=env, stdout=log,
                                               stderr=subprocess.STDOUT, start_new_session=True)

    def log_of(name: str) -> str:
        return logs[name].read_text(errors="replace")

    try:
        start("worker_a", "worker")
        start("worker_b", "worker")
        for name in ("worker_a", "worker_b"):
            wait_for(lambda: " ready." in log_of(name) or processes[name].poll() is not None, WORKER_START_S,
                     f"{name} did not start")
            assert processes[name].poll() is None, f"{name} exited:\n{log_of(name)[-3000:]}"
        start("batch", "batch", str(folder), "--distributed")

        def item_worker_a_is_scoring() -> str:
            started = STARTED.findall(log_of("worker_a"))
            if not started:
                return ""
            item_pk, path = started[-1]
            running = query(postgres_database, f"SELECT status FROM job_items WHERE id = {int(item_pk)}")
            return item_pk if running == [("running",)] and Path(path).name not in corrupt else ""

        killed_item = wait_for(item_worker_a_is_scoring, KILL_WITHIN_S, "worker A never started scoring a clip")
        os.killpg(processes["worker_a"].pid, signal.SIGKILL)
        processes["worker_a"].wait(timeout=30)
        assert not re.search(rf"item {killed_item} \(.+?\): (scored|already_stored|failed)", log_of("worker_a")), \
            "worker A finished the item before it was killed"

        wait_for(lambda: processes["batch"].poll() is not None, BATCH_END_S,
                 f"the batch did not finish; its log:\n{log_of('batch')[-3000:]}")
    finally:
        for process in processes.values():
            stop_group(process)

    output = log_of("batch")
    assert processes["batch"].returncode == 3, output
    assert f"{len(CLIPS)} scored now, 0 already stored, 1 failed" in output, output
    failed = [line for line in output.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 1 and "truncated.wav" in failed[0] and corrupt["truncated.wav"] in failed[0], failed

    per_audio = query(postgres_database, "SELECT c.audio_sha256, count(DISTINCT c.id), count(a.id) FROM calls c "
                                       "JOIN assessments a ON a.call_pk = c.id GROUP BY c.audio_sha256")
    assert len(per_audio) == len(CLIPS) and all(calls == 1 and assessments == 1 for _, calls, assessments in per_audio)
    assert query(postgres_database, f"SELECT status, attempts FROM job_items WHERE id = {int(killed_item)}") == \
        [("done", 2)], "the killed worker's file was not scored again exactly once"
    assert re.search(rf"item {killed_item} \(.+?\): scoring on", log_of("worker_b")), \
        "the killed worker's file was not redelivered to the other worker"


def test_batch_says_when_the_broker_cannot_be_reached(tmp_path):
    folder = tmp_path / "day"
    folder.mkdir()
    write_corrupt_files(folder, ("empty.wav",))
    env = {**os.environ, "QA_DATA_DIR": str(tmp_path / "data"), "QA_BROKER_URL": f"redis://127.0.0.1:{_free_port()}/0"}
    result = subprocess.run([sys.executable, "-m", "qa.cli", "batch", str(folder), "--distributed"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "cannot be reached" in result.stderr, result.stderr
