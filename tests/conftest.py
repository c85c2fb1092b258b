"""Shared fixtures: settings in a temporary data directory, the sample calls scored once."""

from __future__ import annotations

from pathlib import Path

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
