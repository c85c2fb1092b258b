import pytest

from qa.pipeline import assess_transcript
from scoring.rubric import RubricError, load_rubric
from tests.transcripts import transcript
from tests.unit.test_steps import BAD, GOOD


def _rubric_with(tmp_path, old, new, name="custom.toml"):
    text = load_rubric().path.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return load_rubric(path)


def _items(result):
    return {i.id: i for i in result.items}


def test_good_call_scores_full_marks():
    result = assess_transcript(GOOD, load_rubric(), "good")
    assert result.rubric_version == "default@4"
    assert result.total == 100.0 and result.grade == "A" and not result.critical and not result.needs_review
    items = _items(result)
    assert items["D2"].points is None and "no prosody" in items["D2"].reason  # not measured: left out
    assert items["D4"].points is None  # no long customer turn to acknowledge


def test_bad_call_is_capped_flagged_and_every_deduction_has_evidence():
    rubric = load_rubric()
    bad = assess_transcript(BAD, rubric, "bad")
    assert bad.critical == ["forbidden_phrase"] and bad.needs_review
    assert bad.total <= 60 and bad.grade == "E"
    jargon = bad.findings_of("jargon")
    assert [f.quote for f in jargon] == ["后台"] and "负责处理的同事" in jargon[0].rule
    items = _items(bad)
    assert items["L1"].points == 4 and "后台" in items["L1"].reason
    assert items["L3"].points == 4 and "推卸责任" in items["L3"].reason
    assert items["L2"].points == 3 and "稍后" in items["L2"].reason
    assert items["O1"].points == 2  # 「稍后会提交后台处理」: no time, no channel
    assert items["L4"].points == 0


def test_partial_credit_for_steps():
    t = transcript(("agent", 0.0, 3.0, "您好，请问有什么可以帮您？"), ("customer", 3.5, 5.0, "网络断了。"),
                   ("agent", 5.5, 10.0, "我现在帮您派师傅，两个小时内上门，因为线路要检修。"),
                   ("agent", 10.5, 14.0, "我跟您确认一下，您是网络断了，对吗？"), ("customer", 14.5, 15.0, "对。"),
                   ("agent", 15.5, 17.0, "您看这样可以吗？"))
    items = _items(assess_transcript(t, load_rubric(), "partial"))
    assert items["S4"].points == 2 and "only after the solution" in items["S4"].reason
    assert items["S5"].points == 9  # cause 4 + steps 5, no reason for this option
    assert items["S6"].points == 4  # the customer never answered the check
    assert items["S7"].points == 2  # 确认问题 after 解决问题


def test_not_applicable_steps_leave_the_total():
    calm = transcript(("agent", 0.0, 3.0, "您好，请问有什么可以帮您？"), ("customer", 3.5, 5.0, "我想问下账单。"))
    result = assess_transcript(calm, load_rubric(), "calm")
    s1 = _items(result)["S1"]
    assert s1.points is None and not s1.applicable
    applicable = [i for i in result.items if i.points is not None]
    expected = 100 * sum(i.points for i in applicable) / sum(i.max for i in applicable)
    assert result.total == pytest.approx(round(expected, 1))


def test_interrupting_an_upset_customer_counts_double():
    t = transcript(("customer", 0.0, 6.0, "你们太过分了东西坏了也没人管我要投诉"),
                   ("agent", 4.0, 7.0, "您先听我说这个要找厂家"))
    item = _items(assess_transcript(t, load_rubric(), "x"))["D3"]
    assert item.points == 2 and "upset" in item.reason  # one interruption weighted 2 -> the 2-interruption row


def test_uncertain_speaker_split_is_not_deducted():
    mono = transcript(("customer", 0.0, 3.0, "你们太差了！"), ("agent", 3.5, 6.0, "这不归我们管，提交后台。"), layout="mono")
    mono.speaker_confidence = 0.3
    result = assess_transcript(mono, load_rubric(), "m")
    assert result.needs_review and any("speaker" in r for r in result.review_reasons)
    assert all(i.points == i.max for i in result.items if i.points is not None)
    s1 = _items(result)["S1"]
    assert s1.not_deducted.startswith("not deducted (0 measured)") and "speakers" in s1.not_deducted
    assert result.critical == ["forbidden_phrase"] and result.total == 60  # the flag still caps: words are trusted


def test_untrusted_words_are_not_deducted_and_not_capped():
    t = transcript(("customer", 0.0, 3.0, "你们太差了！"), ("agent", 3.5, 6.0, "这不归我们管。"))
    for segment in t.segments:
        segment.confidence = 0.2
    result = assess_transcript(t, load_rubric(), "low")
    assert result.needs_review and "low speech-recognition confidence" in result.review_reasons[0]
    assert result.total == 100.0 and "forbidden_phrase" in result.critical  # reviewed, not punished


def test_a_bad_line_makes_the_words_untrusted():
    t = transcript(("customer", 0.0, 3.0, "你们太差了！"), ("agent", 3.5, 6.0, "这不归我们管。"))
    t.warnings.append("audio: the recording is noisy (speech only 11 dB above the background; "
                      "below 15 dB recognition is unreliable)")
    result = assess_transcript(t, load_rubric(), "noisy")
    assert result.needs_review and len(result.review_reasons) == 2
    assert result.review_reasons[0] == ("the recording is noisy (speech only 11 dB above the background; "
                                        "below 15 dB recognition is unreliable)")
    assert result.review_reasons[1].startswith("critical flag: forbidden_phrase")
    assert result.review_reasons_zh[0].startswith("录音噪声过大")
    assert result.total == 100.0 and "forbidden_phrase" in result.critical  # reviewed, not punished


def test_hallucination_warning_makes_the_words_untrusted():
    t = transcript(("agent", 0.0, 3.0, "您好"))
    t.warnings.append("S0: dropped segment 9.0–10.0s (hallucination): 字幕由Amara.org社区提供")
    result = assess_transcript(t, load_rubric(), "h")
    assert result.needs_review and any("suspect text" in r for r in result.review_reasons)


def test_abusive_language_fails_the_call():
    t = transcript(("customer", 0.0, 2.0, "你们怎么回事？"), ("agent", 2.5, 4.0, "你有病吧。"))
    result = assess_transcript(t, load_rubric(), "abuse")
    assert set(result.critical) == {"forbidden_phrase", "abusive_language"} and result.total == 0


def test_critical_effects_come_from_the_rubric(tmp_path):
    review_only = _rubric_with(tmp_path, 'effect = "cap"\ncap = 60', 'effect = "review"')
    result = assess_transcript(BAD, review_only, "bad")
    assert result.critical == ["forbidden_phrase"] and result.needs_review and result.total > 20
    assert result.total == assess_transcript(BAD, review_only, "again").total


def test_thresholds_come_from_the_rubric(tmp_path):
    strict = _rubric_with(tmp_path, "band = [180, 260]", "band = [100, 120]")
    t = transcript(("agent", 0.0, 3.0, "您好请问有什么可以帮您"))  # 11 characters in 3 s = 220 per minute
    default_item = _items(assess_transcript(t, load_rubric(), "x"))["D1"]
    strict_item = _items(assess_transcript(t, strict, "x"))["D1"]
    assert default_item.points == 5 and strict_item.points == 2.5


def test_broken_rubric_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[rubric]\nname='x'\n", encoding="utf-8")
    with pytest.raises(RubricError, match="name and a version"):
        load_rubric(bad)
    with pytest.raises(RubricError, match="not found"):
        load_rubric(tmp_path / "missing.toml")
    with pytest.raises(RubricError, match="lacks per_hit"):
        _rubric_with(tmp_path, "per_hit = 2            # per distinct", "# per distinct", "nohit.toml")
    with pytest.raises(RubricError, match="unknown effect"):
        _rubric_with(tmp_path, 'effect = "fail"', 'effect = "explode"', "effect.toml")
    with pytest.raises(RubricError, match="gives no cap"):
        _rubric_with(tmp_path, "cap = 60\n", "", "nocap.toml")
    with pytest.raises(RubricError, match="no lexicon for aviation"):
        _rubric_with(tmp_path, 'industries = ["all"]', 'industries = ["aviation"]', "industry.toml")


def test_flagged_segments_alone_do_not_make_the_words_untrusted_but_a_low_guard_share_does():
    t = transcript(("agent", 0.0, 3.0, "您好"))
    t.warnings.append("S0: flagged segment 0.0–3.0s (high no-speech probability 0.66): 您好")
    assert not assess_transcript(t, load_rubric(), "flag").needs_review
    t.guard_confidence = 0.5
    result = assess_transcript(t, load_rubric(), "guard")
    assert result.needs_review and any("kept only 50%" in r for r in result.review_reasons)
