import pytest

from qa.pipeline import assess_transcript
from scoring.rubric import RubricError, load_rubric
from tests.transcripts import transcript
from tests.unit.test_steps import BAD, GOOD


def test_good_call_scores_high_and_bad_call_is_capped_and_flagged():
    rubric = load_rubric()
    good = assess_transcript(GOOD, rubric, "good")
    bad = assess_transcript(BAD, rubric, "bad")
    assert good.rubric_version == "default@1"
    assert good.total >= 90 and good.grade == "A" and not good.critical
    assert bad.critical == ["forbidden_phrase"]
    assert bad.total <= rubric.setting("review", "critical_cap")
    assert bad.needs_review
    jargon = bad.findings_of("jargon")
    assert [f.quote for f in jargon] == ["后台"] and "负责处理的同事" in jargon[0].rule
    items = {i.id: i for i in bad.items}
    assert items["L1"].points == 4 and items["L3"].points == 3


def test_not_applicable_steps_leave_the_total():
    calm = transcript(("agent", 0.0, 3.0, "您好，请问有什么可以帮您？"), ("customer", 3.5, 5.0, "我想问下账单。"))
    result = assess_transcript(calm, load_rubric(), "calm")
    s1 = next(i for i in result.items if i.id == "S1")
    assert s1.points is None and not s1.applicable
    applicable = [i for i in result.items if i.points is not None]
    expected = 100 * sum(i.points for i in applicable) / sum(i.max for i in applicable)
    assert result.total == pytest.approx(round(expected, 1))


def test_mono_call_needs_review():
    mono = transcript(("agent", 0.0, 3.0, "您好"), layout="mono")
    assert assess_transcript(mono, load_rubric(), "m").needs_review


def test_thresholds_come_from_the_rubric(tmp_path):
    text = load_rubric().path.read_text(encoding="utf-8").replace("band = [180, 260]", "band = [100, 120]")
    strict = tmp_path / "strict.toml"
    strict.write_text(text, encoding="utf-8")
    t = transcript(("agent", 0.0, 3.0, "您好请问有什么可以帮您"))  # 10 characters in 3 s = 200 per minute
    default_item = next(i for i in assess_transcript(t, load_rubric(), "x").items if i.id == "D1")
    strict_item = next(i for i in assess_transcript(t, load_rubric(strict), "x").items if i.id == "D1")
    assert default_item.points == 5 and strict_item.points == 2.5


def test_broken_rubric_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[rubric]\nname='x'\n", encoding="utf-8")
    with pytest.raises(RubricError, match="name and a version"):
        load_rubric(bad)
    with pytest.raises(RubricError, match="not found"):
        load_rubric(tmp_path / "missing.toml")
