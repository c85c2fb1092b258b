"""Shared fixtures: settings in a temporary data directory, the sample calls scored once."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path
from typing import Iterator

import psycopg
import pytest

from qa.cli import load_manifest
from qa.config import Settings, load_settings
from qa.model import Assessment
from qa.pipeline import ScoreOptions, score_call

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def manifest() -> list[dict]:
    """Return the sample calls' manifest entries."""
    return load_manifest(SAMPLES)


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings with a fresh data directory; the model cache is the user's (assembled by setup)."""
    return load_settings(data_dir=tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="session")
def scored_samples(settings: Settings) -> dict[str, tuple[dict, Assessment]]:
    """Return every sample call scored with the real model: id -> (manifest entry, Assessment)."""
    results = {}
    for entry in manifest():
        options = ScoreOptions.from_settings(settings)
        options = ScoreOptions(entry.get("agent_channel", 0), options.engine, options.engine_options)
        results[entry["id"]] = (entry, score_call(SAMPLES / entry["audio"], options, call_id=entry["id"]))
    return results


POSTGRES_BIN = Path(os.environ.get("QA_POSTGRES_BIN", "/usr/lib/postgresql/15/bin"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """Start a throwaway PostgreSQL server (Debian's binaries) on a loopback port; yield its admin URL."""
    if not (POSTGRES_BIN / "initdb").is_file():
        pytest.fail(f"PostgreSQL server binaries not found in {POSTGRES_BIN}: install them with "
                    "scripts/system-deps.sh (Debian package postgresql) or point QA_POSTGRES_BIN at them")
    # initdb refuses to run as root: the cluster belongs to the postgres user when the tests run as root.
    as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    cluster = Path(tempfile.mkdtemp(prefix="callqa-pg-"))
    if as_owner:
        shutil.chown(cluster, "postgres")
    port = _free_port()
    pg_ctl = [*as_owner, str(POSTGRES_BIN / "pg_ctl"), "-D", str(cluster)]
    subprocess.run([*as_owner, str(POSTGRES_BIN / "initdb"), "-D", str(cluster), "-A", "trust", "-U", "qa"],
                   check=True, capture_output=True)
    subprocess.run([*pg_ctl, "-o", f"-p {port} -k {cluster} -c listen_addresses=127.0.0.1",
                    "-l", str(cluster / "server.log"), "-w", "start"], check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://qa@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*pg_ctl, "-m", "fast", "-w", "stop"], capture_output=True)
        shutil.rmtree(cluster, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Yield the URL of an empty database: a SQLite file, or a fresh database on the test PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'callqa.db'}"
        return
    yield request.getfixturevalue("postgres_database")


@pytest.fixture
def postgres_database(postgres_url: str) -> Iterator[str]:
    """Yield the URL of a fresh database on the test PostgreSQL server, dropped afterwards."""
    name = f"test_{uuid.uuid4().hex[:12]}"
    admin = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield postgres_url.rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
