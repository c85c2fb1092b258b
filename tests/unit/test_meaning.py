"""Sentences recognised by meaning, with the real sentence encoder shipped in its wheel."""

from dataclasses import replace

import pytest

from scoring.emotion import customer_emotions
from scoring.lexicons import find_cue
from scoring.meaning import MeaningSettings, examples, match
from scoring.rubric import load_rubric
from scoring.steps import detect_steps
from tests.transcripts import transcript


@pytest.fixture(scope="module")
def settings():
    return MeaningSettings.from_rubric(load_rubric())


@pytest.mark.parametrize(("intent", "text"), [
    ("emotion_ack", "我听您说话都带着火了"),
    ("emotion_ack", "这事搁谁身上都堵得慌"),
    ("emotion_ack", "您肯定特别脑火"),  # 恼火 misheard: no phrase list holds it
    ("soothing", "您的事就是我的事，这回我一准给您办利索"),
    ("soothing", "您安心，这事我替您盯紧了"),
    ("confirm_understanding", "步骤我讲得够不够细？"),
])
def test_wording_no_list_holds_is_recognised_by_meaning(settings, intent, text):
    assert find_cue(text, intent) == ""  # no phrase or pattern of the intent's lexicon matches it
    found = match(text, intent, settings)
    assert found is not None and found.example in examples(intent)
    assert found.similarity >= settings.min_similarity and found.margin >= settings.min_margin


@pytest.mark.parametrize(("intent", "text"), [
    ("emotion_ack", "请问您的地址是哪里"),
    ("emotion_ack", "嫌贵您可以不续"),
    ("emotion_ack", "您随意。"),  # the answer to 「我要投诉你！」: a brush-off
    ("soothing", "那是业务员个人说的，公司不认"),  # blame shifting sits near soothing in wording
    ("soothing", "运费我们出"),
    ("confirm_understanding", "您家的宽带是哪一年装的"),
    ("confirm_understanding", ""),
])
def test_other_meanings_are_not_taken_for_the_intent(settings, intent, text):
    assert match(text, intent, settings) is None


def test_meaning_can_be_turned_off(settings):
    assert match("我们这次确实没办好，心里挺过意不去的", "soothing", replace(settings, enabled=False)) is None


def test_an_intent_without_examples_is_a_clear_error(settings):
    with pytest.raises(FileNotFoundError, match="no example sentences for intent 'gratitude'"):
        match("谢谢", "gratitude", settings)


def _steps(t):
    rubric = load_rubric()
    return {s.step: s for s in detect_steps(t, rubric, customer_emotions(t, rubric))}


def test_steps_said_in_other_words_are_found_by_meaning_with_the_nearest_example():
    steps = _steps(transcript(
        ("customer", 0.0, 4.0, "我的包裹丢了一个星期，你们到底怎么回事？"),
        ("agent", 4.5, 7.0, "我听您说话都带着火了。"),
        ("agent", 7.2, 10.0, "您的事就是我的事，这回我一准给您办利索。"),
        ("agent", 10.5, 18.0, "我现在给您重新发一个，明天中午十二点前送到。"),
        ("agent", 18.5, 21.0, "刚才说的这几步，您那边都对上号了吧？"),
        ("customer", 21.5, 22.0, "清楚了。"),
    ))
    for step in ("感知情绪", "安抚情绪", "确认理解"):
        assert steps[step].status == "found" and steps[step].detail["by_meaning"] is True
        assert "by meaning: like 「" in steps[step].rule and "按语义" in steps[step].rule_zh


def test_a_statement_is_no_check_of_understanding_even_when_it_sounds_like_one():
    steps = _steps(transcript(
        ("customer", 0.0, 3.0, "我想改一下收货地址。"),
        ("agent", 3.5, 10.0, "好的，我现在给您改成新地址，明天中午十二点前送到。"),
        ("agent", 10.5, 13.0, "三个工作日内短信告诉您结果。"),
    ))
    assert steps["确认理解"].status == "missing"


def test_naming_the_emotion_is_not_soothing_by_meaning(settings):
    # close to 「我非常理解您的心情」, but nearer to acknowledging than to soothing
    assert match("我知道您不高兴。", "soothing", settings) is not None
    assert match("我知道您不高兴。", "soothing", settings, rivals=("emotion_ack",)) is None
    steps = _steps(transcript(
        ("customer", 0.0, 4.0, "你们到底怎么回事，又扣我钱？"),
        ("agent", 4.5, 6.0, "我知道您不高兴。"),
        ("agent", 6.5, 9.0, "扣费记录我看一下。"),
    ))
    assert steps["感知情绪"].status == "found" and steps["安抚情绪"].status == "missing"


def test_a_sentence_with_a_forbidden_phrase_is_never_a_step_by_meaning(settings):
    hollow = "您这火气我能明白，可跟我说没用。"  # an acknowledgement in wording, a brush-off in fact
    assert match(hollow, "emotion_ack", settings) is not None
    steps = _steps(transcript(
        ("customer", 0.0, 4.0, "你们到底怎么回事，又扣我钱？"),
        ("agent", 4.5, 7.0, hollow),
    ))
    assert steps["感知情绪"].status == "missing"


def test_a_forbidden_phrase_split_between_segments_still_rules_the_sentence_out(settings):
    # the ASR cut 「跟我说没用」 in two; forbidden_phrases finds it over the agent's run, and so must the steps
    steps = _steps(transcript(
        ("customer", 0.0, 4.0, "你们到底怎么回事，又扣我钱？"),
        ("agent", 4.5, 6.6, "您这火气我能明白，可跟我"),
        ("agent", 6.7, 7.5, "说没用。"),
    ))
    assert match("您这火气我能明白，可跟我", "emotion_ack", settings) is not None
    assert steps["感知情绪"].status == "missing"
