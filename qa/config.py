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

from audio.diarize import DiarizationSettings
from audio.guards import GuardThresholds
from audio.roles import RoleSettings

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
    channel_map: str = ""  # recordings with >2 channels: keep "2,3" as channels 0 and 1, or "mix" them to mono
    engine: str = "faster-whisper"
    model_path: str = ""
    compute_type: str = "int8"
    beam_size: int = 5
    cpu_threads: int = 0
    redecode_voiced_s: float = 2.0  # voice Whisper skipped, this long or longer, is decoded again (0: off)
    # hallucination guards (audio.guards.GuardThresholds documents each; docs/audio.md has the table)
    guard_max_compression_ratio: float = GuardThresholds.max_compression_ratio
    guard_min_ngram_chars: int = GuardThresholds.min_ngram_chars
    guard_min_repeats: int = GuardThresholds.min_repeats
    guard_min_avg_logprob: float = GuardThresholds.min_avg_logprob
    guard_max_no_speech_prob: float = GuardThresholds.max_no_speech_prob
    guard_flag_penalty: float = GuardThresholds.flag_penalty
    guard_echo_min_share: float = GuardThresholds.echo_min_share
    guard_echo_min_chars: int = GuardThresholds.echo_min_chars
    guard_loop_drop_share: float = GuardThresholds.loop_drop_share
    guard_loop_drop_min_chars: int = GuardThresholds.loop_drop_min_chars
    # mono speaker split (audio.diarize.DiarizationSettings and audio.roles.RoleSettings document each)
    num_speakers: int = DiarizationSettings.num_speakers
    diarize_window_s: float = DiarizationSettings.window_s
    diarize_hop_s: float = DiarizationSettings.hop_s
    diarize_unit_gap_s: float = DiarizationSettings.unit_gap_s
    diarize_min_unit_s: float = DiarizationSettings.min_unit_s
    diarize_full_separation: float = DiarizationSettings.full_separation
    role_evidence_scale: float = RoleSettings.evidence_scale
    rubric: str = ""
    secret_key: str = ""
    upload_max_file_mb: int = 200       # web upload: largest accepted recording
    upload_max_total_mb: int = 4000     # web upload: largest request (all files of one upload)
    outlier_interruptions: int = 3      # dashboard: a call with this many agent interruptions is an outlier
    # several machines: `qa worker`, `qa batch --distributed` (docs/operations.md, "Several machines")
    broker_url: str = "redis://127.0.0.1:6379/0"
    broker_queue: str = "callqa"
    broker_visibility_timeout_s: int = 7200  # a task unacknowledged this long (its worker died) goes to another worker
    broker_restore_interval_s: int = 60      # how often a worker looks for such tasks
    broker_max_redeliveries: int = 1         # a file whose worker died once more than this is failed, not retried

    @property
    def guard_thresholds(self) -> GuardThresholds:
        """Return the guard thresholds from the ``guard_*`` settings."""
        return GuardThresholds(**{f.name: getattr(self, "guard_" + f.name) for f in fields(GuardThresholds)})

    @property
    def diarization(self) -> DiarizationSettings:
        """Return the mono speaker-split settings from ``num_speakers`` and the ``diarize_*`` settings."""
        return DiarizationSettings(
            num_speakers=self.num_speakers, window_s=self.diarize_window_s, hop_s=self.diarize_hop_s,
            unit_gap_s=self.diarize_unit_gap_s, min_unit_s=self.diarize_min_unit_s,
            full_separation=self.diarize_full_separation)

    @property
    def roles(self) -> RoleSettings:
        """Return the mono agent-finding settings."""
        return RoleSettings(evidence_scale=self.role_evidence_scale)

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
    if kind == "float":
        return float(raw)
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
