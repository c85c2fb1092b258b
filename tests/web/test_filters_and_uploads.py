"""Query-string filters are checked; uploads get safe names and are checked by content."""

from __future__ import annotations

import io
from datetime import date

import pytest
from werkzeug.datastructures import FileStorage

from tests.conftest import SAMPLES
from web.filters import CallFilter, FilterError
from web.transcript_view import highlight
from web.upload_checks import UploadRejected, safe_filename, save_upload


def test_filter_parses_and_round_trips():
    f = CallFilter.from_args({"date_from": "2024-05-01", "score_max": "70", "flag": "missing:确认问题",
                              "sort": "score", "order": "asc", "needs_review": "yes"})
    assert f.date_from == date(2024, 5, 1) and f.score_max == 70.0 and f.flag == "missing:确认问题"
    assert CallFilter.from_args(f.query_args()) == f
    assert CallFilter.from_args({}).query_args() == {}


@pytest.mark.parametrize("args", [{"date_from": "yesterday"}, {"score_min": "lots"}, {"flag": "rude"},
                                  {"sort": "password"}, {"needs_review": "maybe"}])
def test_filter_rejects_bad_values(args):
    with pytest.raises(FilterError, match=next(iter(args))):
        CallFilter.from_args(args)


@pytest.mark.parametrize("name, expected", [
    ("../../etc/passwd", "passwd"), ("C:\\calls\\坐席A_0501.wav", "坐席A_0501.wav"),
    ("a b;rm -rf.wav", "a_b_rm_-rf.wav"), ("...", "recording"), ("", "recording"),
])
def test_safe_filename(name, expected):
    assert safe_filename(name) == expected


def test_upload_accepts_real_audio_and_refuses_a_fake(tmp_path):
    audio = FileStorage(io.BytesIO((SAMPLES / "call_problems.wav").read_bytes()), filename="../x/通话.wav")
    accepted = save_upload(audio, tmp_path, max_bytes=50 * 2**20)
    assert accepted.path == tmp_path / "通话.wav" and accepted.path.stat().st_size > 0
    fake = FileStorage(io.BytesIO(b"MZ\x90\x00 not audio at all" * 100), filename="evil.wav")
    with pytest.raises(UploadRejected, match="evil.wav"):
        save_upload(fake, tmp_path, max_bytes=50 * 2**20)
    assert not (tmp_path / "evil.wav").exists()
    big = FileStorage(io.BytesIO((SAMPLES / "call_problems.wav").read_bytes()), filename="big.wav")
    with pytest.raises(UploadRejected, match="over the limit"):
        save_upload(big, tmp_path, max_bytes=1000)


def test_highlight_escapes_text_and_marks_terms():
    html = str(highlight("<b>这个归后台管</b>", [("后台", "jargon")]))
    assert html == '&lt;b&gt;这个归<mark class="jargon">后台</mark>管&lt;/b&gt;'
