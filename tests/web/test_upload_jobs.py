"""Upload jobs: a server restart picks up unfinished upload jobs; bad files end as failed with the reason."""

from __future__ import annotations

import time

from qa.config import load_settings
from qa.filenames import CallMetadata
from web import batch_jobs, create_app


def test_unfinished_upload_job_is_resumed_when_the_server_starts(tmp_path):  # type: ignore[no-untyped-def]
    settings = load_settings(data_dir=tmp_path, secret_key="s")
    store = create_app({"TESTING": True}, settings=settings).extensions["callqa_store"]
    broken = tmp_path / "uploads" / "u1" / "broken.wav"
    broken.parent.mkdir(parents=True)
    broken.write_bytes(b"RIFF\x00\x00\x00\x00WAVEjunk" * 10)
    job_pk, _ = store.open_job(str(broken.parent), {"kind": batch_jobs.UPLOAD_SOURCE})
    store.add_job_items(job_pk, [(str(broken), CallMetadata(call_id="broken"))])
    store.add_job_items(store.open_job("/nightly", {})[0], [(str(broken), CallMetadata(call_id="x"))])

    restarted = create_app({"TESTING": True}, settings=settings)  # resumes the upload job, not the `qa batch` one
    deadline = time.monotonic() + 60
    with restarted.app_context(), store.session() as session:
        while (job := batch_jobs.job_view(session, job_pk)).status != "done" and time.monotonic() < deadline:
            time.sleep(0.2)
            session.expire_all()
        assert job.status == "done" and job.failed == 1 and job.finished
        assert "broken.wav" in job.items[0].error and job.progress()["items"][0]["status"] == "failed"
        assert [j.status for j in batch_jobs.recent_jobs(session, 5)] == ["running", "done"]
