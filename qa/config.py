"""Settings in one place: defaults, then an optional TOML file, then environment.

Command-line flags override these per call (see ``qa.cli``). The data
directory (database, stored audio) and the cache directory (assembled model)
live outside the source tree by default.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

ENV_PREFIX = "QA_"


def _xdg_dir(variable: str, fallback: str) -> Path:
    base = os.environ.get(variable) or str(Path.home() / fallback)
    return Path(base) / "callqa"


@dataclass(frozen=True)
class Settings:
    """Everything a deployment may want to change, with sane defaults."""

    data_dir: Path
    cache_dir: Path
    database_url: str = ""
    agent_channel: int = 0
    engine: str = "faster-whisper"
    model_path: str = ""
    compute_type: str = "int8"
    beam_size: int = 5
    cpu_threads: int = 0
    rubric: str = ""
    secret_key: str = ""

    @property
    def resolved_database_url(self) -> str:
        """Return the database URL, defaulting to SQLite in the data directory."""
        return self.database_url or f"sqlite:///{self.data_dir / 'callqa.db'}"

    @property
    def audio_dir(self) -> Path:
        return self.data_dir / "audio"


def _coerce(name: str, raw: Any) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    if kind in ("Path",):
        return Path(str(raw)).expanduser()
    if kind == "int":
        return int(raw)
    return str(raw)


def load_settings(config_file: str | os.PathLike[str] | None = None, **overrides: Any) -> Settings:
    """Return settings from defaults, ``QA_CONFIG`` / ``config_file``, ``QA_*`` env vars, then overrides."""
    settings = Settings(
        data_dir=_xdg_dir("XDG_DATA_HOME", ".local/share"),
        cache_dir=_xdg_dir("XDG_CACHE_HOME", ".cache"),
    )
    names = [f.name for f in fields(Settings)]
    values: dict[str, Any] = {}
    path = config_file or os.environ.get(ENV_PREFIX + "CONFIG")
    if path:
        with open(path, "rb") as handle:
            file_values = tomllib.load(handle)
        unknown = sorted(set(file_values) - set(names))
        if unknown:
            raise ValueError(f"unknown setting(s) in {path}: {', '.join(unknown)}")
        values.update(file_values)
    for name in names:
        env_value = os.environ.get(ENV_PREFIX + name.upper())
        if env_value not in (None, ""):
            values[name] = env_value
    values.update({k: v for k, v in overrides.items() if v is not None})
    return replace(settings, **{k: _coerce(k, v) for k, v in values.items()})
