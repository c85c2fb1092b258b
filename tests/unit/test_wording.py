"""Bilingual explanations: ``Text`` / ``say``, and every Chinese explanation the scorer writes on hand-made calls."""

from __future__ import annotations

import re

import pytest

from qa.model import Assessment, Transcript
from qa.pipeline import assess_transcript
from scoring.rubric import load_rubric
from scoring.wording import EMPTY, SEMICOLON, Text, role_name, say
from tests.transcripts import transcript, with_prosody
from tests.unit.test_steps import BAD, GOOD
from tests.web.seed import CALLS

# English a Chinese explanation may keep: names and units.
ALLOWED_ENGLISH = {"Whisper", "dBFS"}
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
ASCII_PUNCTUATION = re.compile(r"[(),;:]")


def test_say_fills_both_templates_with_the_same_values():
    text = say("found at {at:.1f}s: 「{quote}」", "第 {at:.1f} 秒做到：「{quote}」", at=12.345, quote="您好")
    assert text == Text("found at 12.3s: 「您好」", "第 12.3 秒做到：「您好」")


def test_a_text_value_fills_each_language_with_its_own_side():
    text = say("{who} speaks", "{who}说话", who=role_name("agent"))
    assert text == Text("agent speaks", "坐席说话")
    assert role_name("robot") == Text("robot", "robot")


def test_texts_add_and_join_per_language():
    assert Text("a", "甲") + Text("b", "乙") == Text("ab", "甲乙")
    assert SEMICOLON.join([Text("a", "甲"), Text("b", "乙")]) == Text("a; b", "甲；乙")
    assert SEMICOLON.join([]) == EMPTY
    assert SEMICOLON.join(t for t in [Text("a", "甲")]) == Text("a", "甲")  # any iterable, as str.join


def test_text_is_a_value():
    with pytest.raises(AttributeError):
        Text("a", "甲").en = "b"  # type: ignore[misc]
    assert {Text("a", "甲"), Text("a", "甲")} == {Text("a", "甲")}


def _venting() -> Transcript:
    """An upset customer interrupted, a loud agent, a backchannel, a long customer turn, a hold and dead air."""
    t = transcript(
        ("agent", 0.0, 3.0, "您好请问有什么可以帮您"),
        ("customer", 3.5, 9.5, "你们太过分了东西坏了也没人管我要投诉"),
        ("agent", 7.5, 10.5, "您先听我说这个要找厂家"),
        ("customer", 11.0, 27.0, "我三天前买的洗衣机用了两次就坏了打电话给你们客服说要派人上门可是到现在都没有人来"),
        ("agent", 13.0, 13.4, "嗯"),
        ("agent", 27.5, 29.0, "这个我来帮您查一下订单"),
        ("agent", 29.5, 31.5, "请您稍等我帮您查一下"),
        ("agent", 43.0, 45.0, "查到了已经帮您查好了请您放心"),
        ("customer", 58.0, 59.0, "喂"),
    )
    levels = [(-30, 200), (-20, 220), (-12, 300), (-20, 220), (-30, 200), (-30, 200), (-30, 200), (-30, 200),
              (-10, 330)]
    for seg, (rms_db, pitch_hz) in zip(t.segments, levels):
        with_prosody(seg, rms_db, pitch_hz)
    return t


def _language() -> Transcript:
    """Jargon (confusing, explained), refusals, a caution phrase, a mechanical reply, personal numbers, promises."""
    return transcript(
        ("agent", 0.0, 3.0, "稍后会提交后台处理，就是这样。"), ("customer", 3.5, 5.0, "后台是什么？我听不懂。"),
        ("agent", 5.5, 9.0, "要先扣除免赔额，也就是您自己承担的五百块。"), ("customer", 9.5, 11.0, "那钱什么时候能到？"),
        ("agent", 11.5, 13.0, "这个无法办理。"), ("customer", 13.5, 14.0, "为什么？"),
        ("agent", 14.5, 18.5, "这个暂时无法办理，因为已经超过七天，不过您可以申请维修。"), ("customer", 19.0, 20.0, "好吧。"),
        ("agent", 20.5, 22.5, "您冷静一点，我们来看看。"), ("customer", 23.0, 24.0, "什么时候处理？"),
        ("agent", 24.5, 25.5, "请您耐心等待。"), ("customer", 26.0, 27.0, "到底什么时候？"),
        ("agent", 27.5, 28.5, "请您耐心等待。"), ("agent", 29.0, 32.0, "您的手机号是13812345678"),
        ("customer", 32.5, 34.0, "我的手机号是一三八一二三四五六七八"),
        ("agent", 34.5, 37.5, "两个小时内会有专人给您短信回复。"),
    )


def _untrusted() -> Transcript:
    """Poorly heard mono call: low confidence, guard warnings, an unsure speaker split, audio problems."""
    t = transcript(("customer", 0.0, 3.0, "你们卖的东西质量太差了，才用两天就坏了！"),
                   ("agent", 3.5, 5.0, "这个不归我们管。"), layout="mono")
    for segment in t.segments:
        segment.confidence = 0.2
    t.speaker_confidence, t.guard_confidence = 0.4, 0.5
    t.warnings = ["S0: dropped segment 7.0–9.0s (echo of the prompt): 以下是普通话客服电话录音。",
                  "audio: the agent channel is silent (its loudest passages reach -100 dBFS)",
                  "audio: 3 damaged audio packet(s) could not be decoded and were skipped"]
    return t


HAND_MADE = {
    "good": GOOD, "bad": BAD, **{name: transcript(*turns) for name, (_, _, turns) in CALLS.items()},
    "venting": _venting(), "language": _language(), "untrusted": _untrusted(),
    "silent": Transcript(duration=5.0, layout="stereo", engine="test", model="test"),
    "speeding_up": transcript(("agent", 0.0, 3.0, "您好请问有什么可以帮您"), ("customer", 3.5, 6.0, "你们到底怎么回事气死了"),
                              ("agent", 6.5, 8.5, "这个我来帮您查一下订单"), ("customer", 9.0, 10.0, "好吧"),
                              ("agent", 10.5, 13.5, "已经帮您查好了请您放心")),
    "unsteady": transcript(("agent", 0.0, 2.0, "您好请问有什么可以帮您"), ("customer", 2.5, 4.0, "我要查话费"),
                           ("agent", 4.5, 12.0, "好的这边帮您查一下话费"), ("customer", 12.5, 13.0, "好"),
                           ("agent", 13.5, 15.0, "查好了本月话费五十元")),
    "late_ack": transcript(("customer", 0.0, 3.0, "你们太过分了，我要投诉！"), ("agent", 3.5, 5.0, "好的我看一下。"),
                           ("customer", 5.5, 6.5, "快点！"), ("agent", 7.0, 10.0, "听得出来您很着急，非常抱歉。")),
    "rejected": transcript(("customer", 0.0, 2.0, "我的话费多扣了。"), ("agent", 2.5, 5.0, "我跟您确认一下，您是流量超了，对吗？"),
                           ("customer", 5.5, 6.5, "不对，是话费。")),
    "echoed": transcript(("customer", 0.0, 2.0, "我的话费多扣了三十块。"),
                         ("agent", 2.5, 6.0, "您这个月的话费比上个月多扣了三十块，对吧？"), ("customer", 6.5, 7.0, "什么？")),
    "unconfirmed": transcript(("customer", 0.0, 2.0, "网络断了。"),
                              ("agent", 2.5, 6.0, "这是因为线路故障，我这边帮您派师傅，两个小时内上门。"),
                              ("agent", 6.5, 8.0, "您看这样可以吗？"), ("customer", 8.5, 9.5, "那我再想想。")),
    "out_of_order": transcript(("customer", 0.0, 2.0, "我的包裹丢了，急死了。"),
                               ("agent", 2.5, 6.0, "原因是快递出错，我现在给您重新寄，明天送到。"),
                               ("agent", 6.2, 8.0, "非常抱歉，听得出来您很着急。")),
    "unanswered": transcript(("customer", 0.0, 2.0, "我的快递三天了还没到。"),
                             ("agent", 2.5, 6.0, "我跟您确认一下，您是三天前下的单还没收到，对吗？"),
                             ("agent", 6.5, 12.0, "原因是分拣出错，我现在给您重新安排配送，明天送到。")),
}
# The test is only as good as what the calls raise: every finding kind with a rule of its own must occur.
KINDS = {"interruption", "overlap", "dead_air", "hold", "speech_rate", "loudness", "customer_emotion", "jargon",
         "forbidden_phrase", "mechanical_reply", "caution_phrase", "greeting", "self_id", "closing", "commitment",
         "refusal", "vague", "pii"}


@pytest.fixture(scope="module")
def assessed() -> dict[str, Assessment]:
    rubric = load_rubric()
    return {name: assess_transcript(t, rubric, name) for name, t in HAND_MADE.items()}


def explanations(a: Assessment) -> list[tuple[str, str, str]]:
    """Return (where, English, Chinese) of every explanation of an assessment."""
    found = [(f"step {s.step}", s.rule, s.rule_zh) for s in a.steps]
    found += [(f"finding {f.kind} at {f.start}", f.rule, f.rule_zh) for f in a.findings]
    found += [(f"item {i.id}", i.reason, i.reason_zh) for i in a.items]
    found += [(f"item {i.id} not deducted", i.not_deducted, i.not_deducted_zh) for i in a.items if i.not_deducted]
    found += [("review reason", en, zh) for en, zh in zip(a.review_reasons, a.review_reasons_zh)]
    return found


def test_the_hand_made_calls_raise_every_kind_of_explanation(assessed):
    kinds = {f.kind for a in assessed.values() for f in a.findings}
    assert KINDS <= kinds, KINDS - kinds
    assert any(i.not_deducted for a in assessed.values() for i in a.items)
    assert len(assessed["untrusted"].review_reasons) >= 6  # confidence, guards, speaker split, audio, critical flag
    assert assessed["silent"].review_reasons == ["no speech was recognised"]


@pytest.mark.parametrize("name", HAND_MADE)
def test_every_explanation_has_chinese_without_english_words(assessed, name):
    a = assessed[name]
    assert len(a.review_reasons_zh) == len(a.review_reasons)
    for where, english, chinese in explanations(a):
        assert english and chinese, f"{name} {where}: {english!r} has no Chinese"
        words = set(ENGLISH_WORD.findall(chinese)) - ALLOWED_ENGLISH
        assert not words, f"{name} {where}: English {sorted(words)} in {chinese!r}"
        assert not ASCII_PUNCTUATION.search(chinese), f"{name} {where}: ASCII punctuation in {chinese!r}"
