import pytest

from qa.evaluation import character_error_rate, edit_distance
from scoring.lexicons import (find_patterns, find_phrases, industries_available, jargon_glossary, load_lexicon,
                              load_pairs, load_patterns)
from scoring.text import drop_clause_fillers, normalize, sentences, spoken_characters


def test_normalize_drops_punctuation_converts_traditional_and_numbers():
    assert normalize("歡迎致電，工號1024！明天12點") == "欢迎致电工号一零二四明天十二点"
    assert normalize("第7天, 订单 778899") == "第七天订单七七八八九九"


def test_spoken_characters_ignore_punctuation_and_fillers():
    assert spoken_characters("嗯，您好！请问？", fillers=("嗯",)) == 4
    # numbers count as they are read aloud: 1024 -> 一零二四 (4), 12 -> 十二 (2)
    assert spoken_characters("工号1024，12点") == 9


def test_na_ge_is_a_filler_only_when_it_stands_alone():
    assert drop_clause_fillers("那个，我看一下", ("那个",)) == "，我看一下"
    assert drop_clause_fillers("那个订单", ("那个",)) == "那个订单"
    assert drop_clause_fillers("那个那个订单", ("那个",)) == "那个订单"
    assert spoken_characters("那个，我看一下那个订单", ("嗯",), ("那个",)) == 8


def test_edit_distance_and_cer():
    assert edit_distance("星辰客服", "亲诚客服") == 2
    assert character_error_rate("星辰客服。", "亲诚客服") == pytest.approx(0.5)


def test_phrases_match_exactly_or_by_sound_for_longer_phrases():
    forbidden = load_lexicon("forbidden")
    assert find_phrases("这个不归我们管，您去找厂家", forbidden) == ["不归我们管", "您去找厂家"]
    # an ASR homophone (馆 for 管) still matches by pinyin
    assert find_phrases("这个不归我们馆。", forbidden) == ["不归我们管"]
    jargon = tuple(jargon_glossary(("general",)))
    # two-character terms match exactly only
    assert find_phrases("提交后台处理", jargon) == ["后台"]
    assert find_phrases("提交候台处理", jargon) == []


def test_tagged_lexicons_and_industries():
    assert load_pairs("forbidden")["不归我们管"] == "推卸责任"
    assert load_pairs("customer_negative")["着急"] == "anxiety"
    assert set(industries_available()) >= {"general", "telecom", "banking", "insurance", "ecommerce", "utilities",
                                          "public_services"}
    assert jargon_glossary(("general",))["后台"] == "负责处理的同事"
    assert "光功率" in jargon_glossary(("all",)) and "光功率" not in jargon_glossary(("banking",))
    with pytest.raises(FileNotFoundError, match="aviation"):
        jargon_glossary(("aviation",))


def test_a_pattern_list_reports_a_broken_line(tmp_path):
    (tmp_path / "broken.txt").write_text("# a comment\ncomplaint: (unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match="broken.txt:2"):
        load_patterns("broken", tmp_path)
    (tmp_path / "untagged.txt").write_text("打了三次\n", encoding="utf-8")
    with pytest.raises(ValueError, match="untagged.txt:1: expected 'tag: regular expression'"):
        load_patterns("untagged", tmp_path)


def test_patterns_match_normalised_text_in_text_order(tmp_path):
    (tmp_path / "p.txt").write_text("late: 三天\nrepeat: 打了[二两三]次\n", encoding="utf-8")
    assert find_patterns("打了2次，3天了", load_patterns("p", tmp_path)) == [("打了二次", "repeat"), ("三天", "late")]


def test_sentences_split_after_their_end_marks_and_keep_them():
    assert sentences("一定帮您弄好。您是不是打了很多电话？好") == ["一定帮您弄好。", "您是不是打了很多电话？", "好"]
    assert sentences("") == [] and sentences("没有句号") == ["没有句号"]


def test_the_asr_s_spelling_of_a_word_is_matched_as_meant():
    from scoring.lexicons import find_patterns, load_pairs, matching_text, patterns_for
    from scoring.sounds import char_reading

    assert matching_text("五天内带身分证到往点补卡") == "五天内带身份证到网点补卡"
    # every pair is the same length and reads the same, so positions and sounds are kept
    for heard, meant in load_pairs("heard_spellings").items():
        assert len(heard) == len(meant) and [char_reading(c) for c in heard] == [char_reading(c) for c in meant]
    # a step to a named channel, heard with the ASR's spelling, is still one
    assert find_patterns("明天到往点补卡", patterns_for("solution_action")) == [("到网点补", "action")]
