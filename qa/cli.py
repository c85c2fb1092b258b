"""The ``qa`` command line (DESIGN §9): score, serve, demo, users.

Exit status: 0 success, 2 bad input (one line on stderr), 1 internal error;
`qa batch`: 3 when some files failed (each listed with its reason).
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import logging
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from audio.io import AudioDecodeError, file_sha256
from audio.transcribe import ENGINES
from audio.weights import ModelNotAvailable
from qa.config import Settings, load_settings
from qa.pipeline import ScoreOptions, score_call
from qa.report import render_report
from qa.store import ROLES, Store
from scoring.rubric import RubricError

if TYPE_CHECKING:
    from qa.batch import BatchProgress, ItemRunner


DEMO_USER, DEMO_PASSWORD = "demo", "demo"
SAMPLES_DIR = Path(__file__).resolve().parent.parent / "samples"


class UsageError(Exception):
    """A command was given input it cannot use; exit status 2."""


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(
        config_file=getattr(args, "config", None),
        agent_channel=getattr(args, "agent_channel", None),
        channel_map=getattr(args, "channel_map", None),
        engine=getattr(args, "engine", None),
        model_path=getattr(args, "model", None),
        rubric=getattr(args, "rubric", None),
        beam_size=getattr(args, "beam_size", None),
        compute_type=getattr(args, "compute_type", None),
        cpu_threads=getattr(args, "threads", None),
    )


def open_store(settings: Settings) -> Store:
    """Return the store of the configured database and data directory."""
    return Store(settings.resolved_database_url, settings.audio_dir)


def cmd_score(args: argparse.Namespace) -> int:
    settings = _settings(args)
    path = Path(args.file)
    assessment = score_call(path, ScoreOptions.from_settings(settings), call_id=args.call_id)
    if not args.no_store:
        store = open_store(settings)
        started = time.perf_counter()
        store.save_assessment(assessment, path, agent_id=args.agent_id)
        assessment.timings["storage"] = round(time.perf_counter() - started, 3)
    if args.json:
        print(json.dumps(assessment.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_report(assessment))
    return 0


def _serve(settings: Settings, host: str, port: int) -> None:
    from waitress import serve

    from web import create_app

    app = create_app(settings=settings)
    print(f"callqa review UI on http://{host}:{port}  (Ctrl+C to stop)", flush=True)
    serve(app, host=host, port=port, threads=8)


def cmd_serve(args: argparse.Namespace) -> int:
    _serve(_settings(args), args.host, args.port)
    return 0


def load_manifest(folder: Path) -> list[dict]:
    """Return the entries of ``folder/manifest.jsonl`` (DESIGN §8)."""
    manifest = folder / "manifest.jsonl"
    if not manifest.is_file():
        raise UsageError(f"{manifest}: no manifest.jsonl in {folder}")
    return [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_samples(settings: Settings, folder: Path, store: Store) -> Iterator[str]:
    """Score and store every call of a manifest folder not stored yet; yield a progress line per step."""
    entries = load_manifest(folder)
    for number, entry in enumerate(entries, start=1):
        audio = folder / entry["audio"]
        known = store.find_call_by_sha256(file_sha256(audio))
        if known is not None:
            yield f"[{number}/{len(entries)}] {audio.name}: already scored (call {known.call_id})"
            continue
        yield f"[{number}/{len(entries)}] {audio.name}: scoring…"
        options = ScoreOptions.from_settings(settings)
        if "agent_channel" in entry:
            options = dataclasses.replace(options, agent_channel=entry["agent_channel"])
        assessment = score_call(audio, options, call_id=entry["id"])
        store.save_assessment(assessment, audio, agent_id=entry.get("agent_id"))
        yield (f"[{number}/{len(entries)}] {audio.name}: {assessment.total:.1f} ({assessment.grade})"
               f"{'  needs review' if assessment.needs_review else ''}")


def cmd_demo(args: argparse.Namespace) -> int:
    settings = _settings(args)
    store = open_store(settings)
    print(f"data directory: {settings.data_dir}", flush=True)
    for line in score_samples(settings, Path(args.samples), store):
        print(line, flush=True)
    store.add_user(DEMO_USER, DEMO_PASSWORD, "reviewer")
    print(f"demo login: user {DEMO_USER!r}, password {DEMO_PASSWORD!r}", flush=True)
    if args.no_serve:
        return 0
    _serve(settings, args.host, args.port)
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    from web.accounts import AccountError, save_account

    if args.role == "agent" and not args.agent_id:
        raise UsageError("an agent account needs --agent-id (the id that appears on that agent's calls)")
    password = args.password or getpass.getpass(f"password for {args.name}: ")
    with open_store(_settings(args)).session() as session:
        try:
            save_account(session, args.name, password, args.role, args.agent_id)
        except AccountError as exc:
            raise UsageError(str(exc)) from None
    print(f"user {args.name!r} saved with role {args.role}")
    return 0


def cmd_users_token(args: argparse.Namespace) -> int:
    from web.accounts import AccountError, issue_token

    with open_store(_settings(args)).session() as session:
        try:
            token = issue_token(session, args.name)
        except AccountError as exc:
            raise UsageError(str(exc)) from None
    print(token)
    print(f"API token of {args.name!r} (shown once; the previous token no longer works). Use it as "
          "'Authorization: Bearer <token>'.", file=sys.stderr)
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from qa.bench import BenchError, bench, render_table

    engines = [name.strip() for name in args.engines.split(",") if name.strip()]
    unknown = sorted(set(engines) - set(ENGINES))
    if unknown or not engines:
        raise UsageError(f"unknown engine(s) {', '.join(unknown) or '(none given)'}; available: {', '.join(ENGINES)}")
    folder = Path(args.folder)
    load_manifest(folder)
    try:
        runs = bench(folder, _settings(args), engines)
    except BenchError as exc:
        print(f"qa: bench failed: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps([run.to_dict() for run in runs], ensure_ascii=False, indent=2))
    else:
        print(render_table(runs, folder))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from qa.evaluation import evaluate_dataset, render_summary

    folder = Path(args.folder)
    entries = load_manifest(folder)
    unusable = [str(number) for number, entry in enumerate(entries, start=1) if not {"id", "audio"} <= set(entry)]
    if unusable:
        raise UsageError(f"{folder / 'manifest.jsonl'}: line(s) {', '.join(unusable)} lack \"id\" or \"audio\"")
    untranscribed = [entry["id"] for entry in entries if not entry.get("reference", {}).get("turns")]
    if args.from_reference and untranscribed:
        raise UsageError(f"--from-reference needs reference turns, and these entries have none: "
                         f"{', '.join(untranscribed)}")
    summary = evaluate_dataset(folder, entries, ScoreOptions.from_settings(_settings(args)),
                               progress=lambda line: print(line, file=sys.stderr, flush=True),
                               from_reference=args.from_reference)
    print(json.dumps(summary, ensure_ascii=False, indent=2) if args.json else render_summary(summary))
    return 0


def _day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"date {text!r}: write it as YYYY-MM-DD") from None


def cmd_batch(args: argparse.Namespace) -> int:
    from qa.batch import BatchProgress, BatchRequest, run_batch
    from qa.exports import write_export
    from qa.filenames import FileNaming, NamePattern, read_sidecar

    if args.workers < 1:
        raise UsageError("--workers must be 1 or more")
    export = Path(args.export) if args.export else None
    if export is not None and export.suffix.lower() not in (".csv", ".xlsx"):
        raise UsageError(f"{export}: --export writes a .csv or .xlsx file")
    sidecar = Path(args.metadata) if args.metadata else None
    naming = FileNaming(NamePattern.parse(args.pattern) if args.pattern else None,
                        read_sidecar(sidecar) if sidecar else {})
    settings = _settings(args)
    store = open_store(settings)
    request = BatchRequest(Path(args.folder), ScoreOptions.from_settings(settings), naming, args.workers,
                           exclude=frozenset({sidecar}) if sidecar else frozenset())
    progress = BatchProgress()
    run_items = _distributed_runner(args, settings, progress) if args.distributed else None
    summary = run_batch(store, request, progress, run_items)
    print(f"job {summary.job_pk}{' (resumed)' if summary.resumed else ''}: {summary.files} files, "
          f"{summary.count('scored')} scored now, {summary.count('already_stored')} already stored, "
          f"{len(summary.failures)} failed, {summary.seconds:.1f} s")
    for path, reason in summary.failures:
        print(f"failed: {path}: {reason}")
    if export is not None:
        call_pks = [item.call_pk for item in store.job_items(summary.job_pk, ("done",)) if item.call_pk]
        print(f"export: {write_export(store.current_results(call_pks=call_pks), export)}")
    return summary.exit_status


def _distributed_runner(args: argparse.Namespace, settings: Settings, progress: BatchProgress) -> ItemRunner:
    """Return the runner that sends a batch's files to the workers' queue (``qa batch --distributed``)."""
    from qa.distributed import DistributedRunner, check_shared_database

    per_worker = [flag for flag, value in (("--workers", args.workers != 1), ("--engine", args.engine),
                                          ("--beam-size", args.beam_size), ("--threads", args.threads)) if value]
    if per_worker:
        raise UsageError(f"{', '.join(per_worker)}: with --distributed these are set per worker host "
                         "(qa worker --concurrency/--engine/--beam-size/--threads)")
    settings = dataclasses.replace(settings, broker_queue=args.queue or settings.broker_queue)
    warning = check_shared_database(settings)
    if warning:
        progress.note(f"warning: {warning}")
    return DistributedRunner(settings, progress)


def cmd_worker(args: argparse.Namespace) -> int:
    from qa.distributed import check_shared_database, start_worker

    if args.concurrency < 1:
        raise UsageError("--concurrency must be 1 or more")
    settings = _settings(args)
    settings = dataclasses.replace(settings, broker_queue=args.queue or settings.broker_queue)
    warning = check_shared_database(settings)
    if warning:
        print(f"qa worker: warning: {warning}", file=sys.stderr, flush=True)
    return start_worker(settings, args.concurrency, args.pool)


def cmd_report(args: argparse.Namespace) -> int:
    from qa.exports import render_summary, write_export

    results = open_store(_settings(args)).current_results(day=_day(args.date))
    if args.export:
        print(f"{len(results)} calls written to {write_export(results, Path(args.export))}")
    else:
        print(render_summary(results))
    return 0


def cmd_rescore(args: argparse.Namespace) -> int:
    from qa.rescore import rescore_stored
    from scoring.rubric import load_rubric

    settings = _settings(args)
    rubric = load_rubric(args.rubric or settings.rubric or None)
    summary = rescore_stored(open_store(settings), rubric, since=_day(args.since), again=args.again)
    print(f"rubric {summary.rubric_version}: {summary.rescored} calls re-scored, "
          f"{summary.already_current} already scored with it, {summary.seconds:.1f} s")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``qa`` command."""
    parser = argparse.ArgumentParser(prog="qa", description="Score Mandarin customer-service calls.")
    parser.add_argument("--config", help="TOML settings file (or set QA_CONFIG)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    commands = parser.add_subparsers(dest="command", required=True)

    score = commands.add_parser("score", help="score one recording and print the report")
    score.add_argument("file")
    score.add_argument("--json", action="store_true", help="print the Assessment as JSON")
    score.add_argument("--agent-channel", type=int, help="stereo channel of the agent (default 0)")
    score.add_argument("--channel-map", help='channels of a multichannel file to use: "2,3" (agent, customer '
                       'with --agent-channel 0) or "mix" (all mixed to mono)')
    score.add_argument("--engine", choices=ENGINES, help="speech recognition engine (default faster-whisper)")
    score.add_argument("--model", help="a Whisper model: CTranslate2 directory or openai-whisper .pt file")
    score.add_argument("--rubric", help="scorecard TOML file (default: scoring/rubrics/default.toml)")
    score.add_argument("--beam-size", type=int, help="Whisper beam size (default 5)")
    score.add_argument("--compute-type", choices=["int8", "float32"], help="CTranslate2 precision")
    score.add_argument("--call-id", help="call id to store (default: the file name)")
    score.add_argument("--agent-id", help="agent id to store with the call")
    score.add_argument("--no-store", action="store_true", help="do not save the result")
    score.set_defaults(handler=cmd_score)

    for name, handler, text in (("serve", cmd_serve, "serve the review UI"),
                                ("demo", cmd_demo, "score the sample calls, then serve the review UI")):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--host", default="127.0.0.1")
        sub.add_argument("--port", type=int, default=5000)
        sub.set_defaults(handler=handler)
        if name == "demo":
            sub.add_argument("--samples", default=str(SAMPLES_DIR), help="folder with manifest.jsonl")
            sub.add_argument("--no-serve", action="store_true", help="score the samples and stop")

    users = commands.add_parser("users", help="manage accounts")
    user_commands = users.add_subparsers(dest="users_command", required=True)
    add = user_commands.add_parser("add", help="create or update an account")
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--agent-id")
    add.add_argument("--password", help="(prompted when omitted)")
    add.set_defaults(handler=cmd_users_add)
    token = user_commands.add_parser("token", help="issue a new API token for an account (printed once)")
    token.add_argument("name")
    token.set_defaults(handler=cmd_users_token)

    bench = commands.add_parser("bench", help="time every stage of each engine side by side")
    bench.add_argument("folder", nargs="?", default=str(SAMPLES_DIR), help="folder with manifest.jsonl")
    bench.add_argument("--engines", default=",".join(ENGINES), help="comma-separated engines to compare")
    bench.add_argument("--json", action="store_true", help="print the measurements as JSON")
    bench.add_argument("--model", help="a Whisper model: CTranslate2 directory or openai-whisper .pt file")
    bench.add_argument("--beam-size", type=int, help="Whisper beam size")
    bench.add_argument("--compute-type", choices=["int8", "float32"], help="CTranslate2 precision")
    bench.add_argument("--threads", type=int, help="CPU threads per engine (default: cores, at most 4)")
    bench.set_defaults(handler=cmd_bench)

    evaluate = commands.add_parser("eval", help="score a labelled dataset and measure accuracy (DESIGN §8)")
    evaluate.add_argument("folder", help="folder with manifest.jsonl")
    evaluate.add_argument("--json", action="store_true", help="print the measurements as JSON")
    evaluate.add_argument("--from-reference", action="store_true",
                          help="score the manifest's reference transcripts instead of the audio: the rules alone")
    evaluate.add_argument("--engine", choices=ENGINES, help="speech recognition engine (default faster-whisper)")
    evaluate.add_argument("--model", help="a Whisper model: CTranslate2 directory or openai-whisper .pt file")
    evaluate.add_argument("--rubric", help="scorecard TOML file (default: scoring/rubrics/default.toml)")
    evaluate.add_argument("--beam-size", type=int, help="Whisper beam size (default 5)")
    evaluate.set_defaults(handler=cmd_eval)
    batch = commands.add_parser("batch", help="score every recording in a folder (resumable); exit 3 if some failed")
    batch.add_argument("folder")
    batch.add_argument("--workers", type=int, default=1, help="worker processes, each loads the model once")
    batch.add_argument("--pattern", help="file-name pattern, e.g. {date}_{agent}_{call}.wav "
                       "(fields agent, call, date, time, direction; * matches anything)")
    batch.add_argument("--metadata", help="CSV with columns file,agent,call,date,time,direction (wins over --pattern)")
    batch.add_argument("--export", help="write a summary of the batch's calls to this .csv or .xlsx file")
    batch.add_argument("--rubric", help="scorecard TOML file (default: scoring/rubrics/default.toml)")
    batch.add_argument("--agent-channel", type=int, help="stereo channel of the agent (default 0)")
    batch.add_argument("--engine", choices=ENGINES, help="speech recognition engine (default faster-whisper)")
    batch.add_argument("--beam-size", type=int, help="Whisper beam size (default 5)")
    batch.add_argument("--threads", type=int, help="CPU threads per worker (default: the cores shared out)")
    batch.add_argument("--distributed", action="store_true", help="send the files to the workers of the queue "
                       "(qa worker on each host) and follow their progress")
    batch.add_argument("--queue", help="with --distributed: the queue to send to (default: setting broker_queue)")
    batch.set_defaults(handler=cmd_batch)

    worker = commands.add_parser("worker", help="score the files of distributed batches (Celery, Redis broker)")
    worker.add_argument("--concurrency", type=int, default=1, help="pool processes, each loads the model once")
    worker.add_argument("--queue", help="the queue to take files from (default: setting broker_queue)")
    worker.add_argument("--pool", choices=["prefork", "solo"], default="prefork",
                        help="prefork: a process per file at a time; solo: score in the worker process itself")
    worker.add_argument("--engine", choices=ENGINES, help="speech recognition engine (default faster-whisper)")
    worker.add_argument("--model", help="a Whisper model: CTranslate2 directory or openai-whisper .pt file")
    worker.add_argument("--beam-size", type=int, help="Whisper beam size (default 5)")
    worker.add_argument("--threads", type=int, help="CPU threads per pool process (default: the cores shared out)")
    worker.set_defaults(handler=cmd_worker)

    report = commands.add_parser("report", help="summarise stored calls, or export them to CSV/XLSX")
    report.add_argument("--date", help="only calls of this day (YYYY-MM-DD)")
    report.add_argument("--export", help="write to this .csv or .xlsx file instead of printing")
    report.set_defaults(handler=cmd_report)

    rescore = commands.add_parser("rescore", help="re-apply a rubric to stored transcripts (no re-transcription)")
    rescore.add_argument("--rubric", help="the new scorecard TOML file (default: the configured rubric)")
    rescore.add_argument("--since", help="only calls of this day or later (YYYY-MM-DD)")
    rescore.add_argument("--again", action="store_true",
                         help="also calls already scored with this rubric version (after upgrading callqa)")
    rescore.set_defaults(handler=cmd_rescore)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``qa`` command; return its exit status."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return args.handler(args)
    except (AudioDecodeError, RubricError, UsageError, ValueError, FileNotFoundError) as exc:
        print(f"qa: error: {exc}", file=sys.stderr)
        return 2
    except ModelNotAvailable as exc:
        print(f"qa: model not available: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
