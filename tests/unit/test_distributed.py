"""The distributed path without a broker: setup checks, the task body's guards, the CLI's refusals."""

from __future__ import annotations

import pytest

from qa.cli import main
from qa.config import load_settings
from qa.distributed import DistributedSetupError, broker_is_local, check_shared_database, make_app, run_job_item
from qa.filenames import CallMetadata
from qa.store import Store


@pytest.mark.parametrize("url, local", [
    ("redis://127.0.0.1:6379/0", True), ("redis://localhost/1", True), ("redis://:secret@[::1]:6380/0", True),
    ("redis+socket:///run/redis.sock", True), ("redis://queue.example:6379/0", False),
    ("rediss://:pw@10.0.0.5:6380/0", False)])
def test_broker_is_local(url, local):
    assert broker_is_local(url) is local


def test_sqlite_works_with_a_local_broker_only(tmp_path):
    local = load_settings(data_dir=tmp_path, broker_url="redis://127.0.0.1:6379/0")
    assert "SQLite" in check_shared_database(local)
    remote = load_settings(data_dir=tmp_path, broker_url="redis://:pw@queue.example:6379/0")
    with pytest.raises(DistributedSetupError, match="PostgreSQL") as error:
        check_shared_database(remote)
    assert "pw" not in str(error.value)
    shared = load_settings(data_dir=tmp_path, broker_url="redis://queue.example:6379/0",
                           database_url="postgresql+psycopg://qa@db.example/callqa")
    assert check_shared_database(shared) == ""


def test_app_acknowledges_late_and_takes_one_task_at_a_time(tmp_path):
    settings = load_settings(data_dir=tmp_path, broker_visibility_timeout_s=900, broker_queue="night")
    conf = make_app(settings).conf
    assert (conf.task_acks_late, conf.task_reject_on_worker_lost, conf.worker_prefetch_multiplier) == (True, True, 1)
    assert conf.broker_transport_options["visibility_timeout"] == 900
    assert conf.task_default_queue == "night" and conf.accept_content == ["json"]


@pytest.fixture
def job(tmp_path):
    """A store with a job of two items: a file that exists (not audio) and one that does not."""
    settings = load_settings(data_dir=tmp_path / "data")
    store = Store(settings.resolved_database_url, settings.audio_dir)
    present = tmp_path / "present.wav"
    present.write_bytes(b"not audio")
    job_pk, _ = store.open_job(str(tmp_path), {})
    store.add_job_items(job_pk, [(str(present), CallMetadata(call_id="present")),
                                 (str(tmp_path / "gone.wav"), CallMetadata(call_id="gone"))])
    present_pk, gone_pk = (item.id for item in store.job_items(job_pk))
    return settings, store, present_pk, gone_pk


def test_a_file_the_worker_cannot_see_fails_with_the_host_named(job):
    settings, store, _, gone_pk = job
    assert run_job_item(settings, gone_pk, 0, {}) == "failed"
    assert "not found on worker host" in store.get_job_item(gone_pk).error


def test_a_file_whose_worker_died_twice_is_failed_not_tried_again(job):
    settings, store, present_pk, _ = job
    store.start_job_item(present_pk)  # the first worker died while scoring it ...
    assert run_job_item(settings, present_pk, 0, {}) == "failed"  # ... the second try runs (and finds bad audio)
    assert "not a recognisable audio file" in store.get_job_item(present_pk).error
    store.start_job_item(present_pk)  # a later run: the worker dies twice more
    store.start_job_item(present_pk)
    assert run_job_item(settings, present_pk, 2, {}) == "failed"
    item = store.get_job_item(present_pk)
    assert "lost 2 times" in item.error and item.attempts == 4  # refused without a fifth start


def test_a_done_item_is_not_scored_again(job):
    settings, store, _, gone_pk = job
    store.finish_job_item(gone_pk, "done", note="scored elsewhere")
    assert run_job_item(settings, gone_pk, 0, {}) == "done"
    assert store.get_job_item(gone_pk).note == "scored elsewhere"


def test_cli_refuses_what_cannot_work_distributed(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("QA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("QA_DATABASE_URL", raising=False)
    assert main(["batch", str(tmp_path), "--distributed", "--workers", "2"]) == 2
    assert "--workers" in capsys.readouterr().err
    monkeypatch.setenv("QA_BROKER_URL", "redis://queue.example:6379/0")
    assert main(["batch", str(tmp_path), "--distributed"]) == 2
    assert "PostgreSQL" in capsys.readouterr().err
    assert main(["worker"]) == 2
    assert main(["worker", "--concurrency", "0"]) == 2
