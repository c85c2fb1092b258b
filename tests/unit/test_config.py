from pathlib import Path

import pytest

from qa.config import load_settings


def test_defaults_env_file_and_overrides(tmp_path, monkeypatch):
    monkeypatch.delenv("QA_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert load_settings().data_dir == tmp_path / "xdg" / "callqa"
    config = tmp_path / "callqa.toml"
    config.write_text('agent_channel = 1\nbeam_size = 2\n', encoding="utf-8")
    monkeypatch.setenv("QA_BEAM_SIZE", "3")
    settings = load_settings(config_file=config, compute_type="float32")
    assert (settings.agent_channel, settings.beam_size, settings.compute_type) == (1, 3, "float32")
    assert settings.resolved_database_url == f"sqlite:///{settings.data_dir / 'callqa.db'}"


def test_unknown_setting_in_file_is_an_error(tmp_path):
    config = tmp_path / "c.toml"
    config.write_text("agent_chanel = 1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="agent_chanel"):
        load_settings(config_file=config)


def test_data_dir_is_outside_the_source_tree(monkeypatch):
    monkeypatch.delenv("QA_DATA_DIR", raising=False)
    source = Path(__file__).resolve().parents[2]
    assert source not in load_settings().data_dir.parents


def test_the_re_decode_of_skipped_speech_is_a_setting(monkeypatch):
    from audio.transcribe import EngineOptions
    from qa.pipeline import ScoreOptions

    assert load_settings().redecode_voiced_s == EngineOptions().redecode_voiced_s == 2.0
    monkeypatch.setenv("QA_REDECODE_VOICED_S", "0")
    assert ScoreOptions.from_settings(load_settings()).engine_options.redecode_voiced_s == 0.0
