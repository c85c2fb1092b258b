"""Storage on SQLite and on a real PostgreSQL server: schema, idempotent writes, history, jobs, re-scoring."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, inspect, select

from audio.io import file_sha256
from qa.filenames import CallMetadata
from qa.model import Assessment
from qa.pipeline import assess_transcript
from qa.rescore import rescore_stored
from qa.store import Store, alembic_config
from qa.tables import AgentRow, AssessmentRow, Base, CallRow, FindingRow, TranscriptRow
from scoring.rubric import DEFAULT_RUBRIC, load_rubric
from tests.transcripts import transcript

TURNS = (("agent", 0.0, 3.0, "您好，很高兴为您服务，我是工号1024。"),
         ("customer", 3.5, 7.0, "我的宽带又断了，你们太差劲了！"),
         ("agent", 7.5, 11.0, "非常抱歉给您带来不便，我理解您的心情。"),
         ("agent", 11.5, 14.0, "请问是什么时候开始断的？"))


def scored(audio: Path, call_id: str = "c1") -> Assessment:
    """Return a real assessment of a hand-made transcript, stamped with ``audio``'s sha256."""
    assessment = assess_transcript(transcript(*TURNS), load_rubric(), call_id)
    assessment.source = {"file": audio.name, "sha256": file_sha256(audio), "sample_rate": 8000, "codec": "pcm_mulaw"}
    return assessment


def audio_file(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def count(store: Store, column) -> int:
    with store.session() as session:
        return session.scalar(select(func.count(column)))


def test_schema_is_migrated_to_head_and_matches_the_models(database_url, tmp_path):
    store = Store(database_url, tmp_path / "audio")
    Store(database_url, tmp_path / "audio").close()  # a second open finds the schema current
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() == head
        assert compare_metadata(context, Base.metadata) == []
    assert set(inspect(store.engine).get_table_names()) >= {
        "agents", "users", "calls", "transcripts", "assessments", "findings", "reviews", "review_decisions",
        "comments", "appeals", "audit_log", "jobs", "job_items"}
    store.close()


def test_a_new_call_is_stored_once_with_transcript_findings_and_metadata(database_url, tmp_path):
    store = Store(database_url, tmp_path / "audio")
    audio = audio_file(tmp_path, "in.wav", b"RIFF one call")
    assessment = scored(audio)
    metadata = CallMetadata("C-7", agent_id="A1024", call_time=datetime(2024, 3, 15, 9, 30), direction="inbound",
                            extra={"queue": "broadband"})
    first = store.save_new_call(assessment, audio, metadata)
    again = store.save_new_call(scored(audio), audio, metadata)
    assert first.created and not again.created and again.call_pk == first.call_pk
    call, latest = store.get_call(first.call_pk)
    assert (call.call_id, call.agent_id, call.direction, call.meta) == ("C-7", "A1024", "inbound", {"queue": "broadband"})
    assert (call.call_time, call.sample_rate, call.codec) == (datetime(2024, 3, 15, 9, 30), 8000, "pcm_mulaw")
    assert latest.to_dict() == assessment.to_dict()
    assert Path(call.audio_path).read_bytes() == b"RIFF one call"
    assert count(store, AssessmentRow.id) == count(store, TranscriptRow.id) == 1
    assert count(store, FindingRow.id) == len(assessment.findings) > 0
    with store.session() as session:
        assert session.scalars(select(AgentRow.agent_id)).all() == ["A1024"]
    store.close()


def test_saving_again_keeps_history_and_the_latest_is_current(database_url, tmp_path):
    store = Store(database_url, tmp_path / "audio")
    audio = audio_file(tmp_path, "in.wav", b"RIFF history")
    first = store.save_assessment(scored(audio), audio, agent_id="A1")
    newer = scored(audio)
    newer.total = 42.0
    assert store.save_assessment(newer, audio, agent_id="A1") == first
    call, latest = store.get_call(first)
    assert len(call.assessments) == 2 and latest.total == 42.0
    assert store.get_call(first, agent_id="A2") is None
    assert [c["total"] for c in store.list_calls(agent_id="A1")] == [42.0]
    store.close()


def test_racing_writers_store_one_call(database_url, tmp_path):
    stores = [Store(database_url, tmp_path / "audio") for _ in range(6)]
    audio = audio_file(tmp_path, "race.wav", b"RIFF raced")
    barrier, results, errors = threading.Barrier(len(stores)), [], []

    def write(store: Store) -> None:
        try:
            barrier.wait()
            results.append(store.save_new_call(scored(audio), audio, CallMetadata("race", agent_id="A9")))
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sum(r.created for r in results) == 1 and len({r.call_pk for r in results}) == 1
    assert count(stores[0], CallRow.id) == count(stores[0], AssessmentRow.id) == count(stores[0], AgentRow.id) == 1
    for store in stores:
        store.close()


def test_a_taken_call_id_gets_a_suffix(database_url, tmp_path):
    store = Store(database_url, tmp_path / "audio")
    one, two = audio_file(tmp_path, "1.wav", b"RIFF 1"), audio_file(tmp_path, "2.wav", b"RIFF 2")
    assert store.save_new_call(scored(one), one, CallMetadata("same")).call_id == "same"
    assert store.save_new_call(scored(two), two, CallMetadata("same")).call_id == "same-2"
    store.close()


def test_results_by_day_and_rescore_with_history(database_url, tmp_path):
    store = Store(database_url, tmp_path / "audio")
    for n, day in enumerate((date(2024, 3, 14), date(2024, 3, 15), date(2024, 3, 15))):
        audio = audio_file(tmp_path, f"{n}.wav", f"RIFF {n}".encode())
        store.save_new_call(scored(audio, f"c{n}"), audio, CallMetadata(f"c{n}", call_time=datetime.combine(day, datetime.min.time())))
    undated = audio_file(tmp_path, "u.wav", b"RIFF undated")
    store.save_new_call(scored(undated, "u"), undated, CallMetadata("u"))
    assert [r.call_id for r in store.current_results(day=date(2024, 3, 15))] == ["c1", "c2"]
    assert [r.call_id for r in store.current_results(day=date.today())] == ["u"]
    assert [r.call_id for r in store.current_results(since=date(2024, 3, 15))] == ["c1", "c2", "u"]

    changed = tmp_path / "stricter.toml"
    changed.write_text(DEFAULT_RUBRIC.read_text(encoding="utf-8").replace('version = "', 'version = "9-', 1),
                       encoding="utf-8")
    rubric = load_rubric(changed)
    summary = rescore_stored(store, rubric, since=date(2024, 3, 15))
    assert (summary.rescored, summary.already_current) == (3, 0)
    assert rescore_stored(store, rubric).rescored == 1  # only the call before --since is left
    assert rescore_stored(store, rubric).rescored == 0
    assert {r.assessment.rubric_version for r in store.current_results()} == {rubric.stamp}
    assert count(store, AssessmentRow.id) == 8 and count(store, TranscriptRow.id) == 4  # history kept, no re-transcription
    assert rescore_stored(store, rubric, since=date(2024, 3, 15), again=True).rescored == 3  # after an upgrade
    assert count(store, AssessmentRow.id) == 11
    store.close()


def test_job_resume_requeues_interrupted_items(database_url, tmp_path):
    store = Store(database_url, tmp_path / "audio")
    job, resumed = store.open_job("/day", {"workers": 2})
    assert not resumed
    items = [(f"/day/{n}.wav", CallMetadata(f"c{n}")) for n in range(3)]
    assert store.add_job_items(job, items) == 3 and store.add_job_items(job, items) == 0
    first, second, third = store.job_items(job)
    store.start_job_item(first.id)
    store.finish_job_item(first.id, "done")
    store.start_job_item(second.id)  # the run is killed while this one is running
    assert store.open_job("/day", {}) == (job, True)
    assert [i.status for i in store.job_items(job)] == ["done", "pending", "pending"]
    assert store.get_job_item(second.id).attempts == 1
    assert CallMetadata.from_dict(store.get_job_item(third.id).meta) == CallMetadata("c2")
    for item in (second, third):
        store.finish_job_item(item.id, "failed", error="bad")
    store.close_job(job)
    assert store.job_counts(job) == {"done": 1, "failed": 2}
    assert store.open_job("/day", {})[0] != job  # a finished job is not reopened
    store.close()


def test_created_times_read_back_with_their_zone(database_url, tmp_path):
    store = Store(database_url, tmp_path / "audio")
    audio = audio_file(tmp_path, "z.wav", b"RIFF zone")
    store.save_new_call(scored(audio), audio, CallMetadata("z"))
    (result,) = store.current_results()
    assert abs(result.created_at - datetime.now().astimezone()) < timedelta(minutes=5)
    store.close()
