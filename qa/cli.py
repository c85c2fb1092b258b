"""The ``qa`` command line (DESIGN §9): score, serve, demo, users.

Exit status: 0 success, 2 bad input (one line on stderr), 1 internal error.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
import time
from pathlib import Path
from typing import Iterator

from audio.io import AudioDecodeError, file_sha256
from audio.weights import ModelNotAvailable
from qa.config import Settings, load_settings
from qa.pipeline import ScoreOptions, score_call
from qa.report import render_report
from qa.store import ROLES, Store
from scoring.rubric import RubricError


DEMO_USER, DEMO_PASSWORD = "demo", "demo"
SAMPLES_DIR = Path(__file__).resolve().parent.parent / "samples"


class UsageError(Exception):
    """A command was given input it cannot use; exit status 2."""


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(
        config_file=getattr(args, "config", None),
        agent_channel=getattr(args, "agent_channel", None),
        engine=getattr(args, "engine", None),
        model_path=getattr(args, "model", None),
        rubric=getattr(args, "rubric", None),
        beam_size=getattr(args, "beam_size", None),
        compute_type=getattr(args, "compute_type", None),
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
            options = ScoreOptions(entry["agent_channel"], options.engine, options.engine_options,
                                   options.rubric_path)
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
    if args.role == "agent" and not args.agent_id:
        raise UsageError("an agent account needs --agent-id (the id that appears on that agent's calls)")
    password = args.password or getpass.getpass(f"password for {args.name}: ")
    if len(password) < 4:
        raise UsageError("the password must have at least 4 characters")
    open_store(_settings(args)).add_user(args.name, password, args.role, args.agent_id)
    print(f"user {args.name!r} saved with role {args.role}")
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
    score.add_argument("--engine", choices=["faster-whisper"], help="speech recognition engine")
    score.add_argument("--model", help="path to a CTranslate2 Whisper model directory")
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
