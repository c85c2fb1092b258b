"""File-name patterns and the metadata sidecar CSV."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from qa.filenames import CallMetadata, FileNaming, MetadataError, NamePattern, read_sidecar


def test_pattern_reads_every_field():
    pattern = NamePattern.parse("{date}_{time}_{agent}_{direction}_{call}.wav")
    assert pattern.read("20240315_093015_A1024_in_C-77.wav") == {
        "date": "20240315", "time": "093015", "agent": "A1024", "direction": "in", "call": "C-77"}
    assert pattern.read("20240315_093015_A1024_in_C-77.mp3") is None


def test_star_matches_any_extension_and_dashed_dates():
    pattern = NamePattern.parse("{date}_{agent}_{call}.*")
    assert pattern.read("2024-03-15_A1_c9.flac") == {"date": "2024-03-15", "agent": "A1", "call": "c9"}


@pytest.mark.parametrize("text, complaint", [
    ("{agent}_{cal}.wav", "unknown field {cal}"),
    ("{agent}_{agent}.wav", "appears twice"),
    ("{agent}{call}.wav", "literal text between them"),
    ("{agent_{call}.wav", "unbalanced"),
    ("recording.wav", "no field"),
    ("{agent}_call}.wav", "unbalanced"),
])
def test_bad_patterns_say_what_is_wrong(text, complaint):
    with pytest.raises(MetadataError, match=complaint.replace("{", r"\{").replace("}", r"\}")):
        NamePattern.parse(text)


def test_naming_turns_fields_into_metadata(tmp_path):
    naming = FileNaming(NamePattern.parse("{date}_{time}_{agent}_{direction}_{call}.wav"))
    path = tmp_path / "20240315_0930_A1024_呼出_C-77.wav"
    assert naming.metadata(path, tmp_path) == (
        CallMetadata("C-77", "A1024", datetime(2024, 3, 15, 9, 30), "outbound"), None)


def test_a_name_that_does_not_match_keeps_its_stem_and_warns(tmp_path):
    naming = FileNaming(NamePattern.parse("{date}_{agent}_{call}.wav"))
    metadata, warning = naming.metadata(tmp_path / "odd name.wav", tmp_path)
    assert metadata == CallMetadata("odd name") and "does not match the pattern" in warning


def test_an_impossible_date_in_a_matching_name_warns_and_scores_without_metadata(tmp_path):
    naming = FileNaming(NamePattern.parse("{date}_{agent}.wav"))
    metadata, warning = naming.metadata(tmp_path / "20241399_A1.wav", tmp_path)
    assert metadata == CallMetadata("20241399_A1") and "20241399" in warning


def write_csv(folder: Path, text: str) -> Path:
    path = folder / "meta.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_sidecar_wins_over_the_pattern_field_by_field(tmp_path):
    sidecar = read_sidecar(write_csv(tmp_path, "file,agent,call,date,time,direction,queue\n"
                                               "20240315_A1_c1.wav,A2,,,14:05,out,billing\n"))
    naming = FileNaming(NamePattern.parse("{date}_{agent}_{call}.wav"), sidecar)
    assert naming.metadata(tmp_path / "20240315_A1_c1.wav", tmp_path) == (
        CallMetadata("c1", "A2", datetime(2024, 3, 15, 14, 5), "outbound", {"queue": "billing"}), None)


def test_sidecar_rows_match_paths_below_the_folder(tmp_path):
    sidecar = read_sidecar(write_csv(tmp_path, "file,agent,call\nteam1/x.wav,A5,call-5\n"))
    metadata, warning = FileNaming(sidecar=sidecar).metadata(tmp_path / "team1" / "x.wav", tmp_path)
    assert (metadata.call_id, metadata.agent_id, warning) == ("call-5", "A5", None)


@pytest.mark.parametrize("text, complaint", [
    ("agent,call\nA1,c1\n", "'file' column"),
    ("file,date\nx.wav,2024-02-30\n", "line 2: date"),
    ("file,time\nx.wav,25:00\n", "line 2: time"),
    ("file,direction\nx.wav,sideways\n", "line 2: direction"),
    ("file,agent\nx.wav,A1\nx.wav,A2\n", "listed twice"),
])
def test_bad_sidecars_say_where(tmp_path, text, complaint):
    with pytest.raises(MetadataError, match=complaint):
        read_sidecar(write_csv(tmp_path, text))


def test_metadata_round_trips_through_json():
    metadata = CallMetadata("c", "A", datetime(2024, 1, 2, 3, 4, 5), "inbound", {"k": "v"})
    assert CallMetadata.from_dict(metadata.to_dict()) == metadata
