import pytest

from qa.model import Segment, Word
from scoring.metrics import compute_metrics, interruptions, silences, speech_rate_cpm, voiced_seconds
from scoring.rubric import load_rubric
from tests.transcripts import transcript


def test_speech_rate_counts_characters_without_punctuation_or_fillers_over_voiced_minutes():
    words = [Word("嗯", 0.0, 0.5), Word("您好", 0.5, 1.5), Word("请问", 3.0, 4.0)]
    seg = Segment("S0", "agent", 0.0, 4.0, "嗯，您好！请问？", words=words)
    # the 1.5 s pause (1.5 -> 3.0) is longer than 0.3 s, so voiced time is 1.5 + 1.0 = 2.5 s
    assert voiced_seconds([seg], max_pause_s=0.3) == pytest.approx(2.5)
    # 4 characters (嗯 is a filler, punctuation dropped) in 2.5 s -> 96 per minute
    assert speech_rate_cpm([seg], 0.3, fillers=("嗯",)) == pytest.approx(96.0)


def test_speech_rate_is_none_without_speech():
    assert speech_rate_cpm([], 0.3, ()) is None


def test_agent_starting_while_customer_is_mid_turn_is_an_interruption():
    t = transcript(
        ("customer", 0.0, 6.0, "我刚才不是说了吗已经坏了你们到底管不管"),
        ("agent", 4.0, 7.0, "这个不归我们管您去找厂家"),
    )
    found = interruptions(t, min_overlap_s=0.5, min_chars=2, mid_turn_gap_s=1.0)
    assert [(f.kind, f.role) for f in found] == [("interruption", "agent")]
    assert found[0].detail["overlap_s"] == pytest.approx(2.0, abs=0.01)
    assert found[0].detail["interrupted"] == "customer"


def test_agent_starting_in_a_short_pause_of_the_customer_still_interrupts():
    t = transcript(
        ("customer", 0.0, 3.0, "我要投诉"),
        ("customer", 3.5, 5.0, "我要找你们领导"),
        ("agent", 3.2, 6.0, "这个不归我们管"),
    )
    kinds = [(f.kind, f.role) for f in interruptions(t, 0.5, 2, 1.0)]
    assert kinds == [("interruption", "agent")]


def test_backchannel_and_turn_taking_are_not_interruptions():
    t = transcript(
        ("customer", 0.0, 5.0, "我三天前买的东西到现在还没收到"),
        ("agent", 2.0, 2.4, "嗯"),
        ("agent", 5.7, 8.0, "非常抱歉让您久等了"),
    )
    found = interruptions(t, 0.5, 2, 1.0)
    assert [f.kind for f in found] == ["overlap"]  # the backchannel overlaps but does not interrupt


def test_short_overlap_is_not_an_interruption():
    t = transcript(("customer", 0.0, 3.0, "好的谢谢你"), ("agent", 2.8, 5.0, "不客气祝您愉快"))
    assert not [f for f in interruptions(t, 0.5, 2, 1.0) if f.kind == "interruption"]


def test_dead_air_and_announced_hold():
    t = transcript(
        ("agent", 0.0, 2.0, "请您稍等我帮您查一下"),
        ("agent", 14.0, 16.0, "查到了"),
        ("customer", 30.0, 31.0, "喂"),
    )
    found, longest = silences(t, dead_air_s=10.0)
    assert [f.kind for f in found] == ["hold", "dead_air"]
    assert longest == pytest.approx(14.0)


def test_compute_metrics_counts_per_role_and_talk_ratio():
    t = transcript(("agent", 0.0, 3.0, "您好请问有什么可以帮您"), ("customer", 3.5, 4.5, "我要退款"))
    metrics, _ = compute_metrics(t, load_rubric())
    assert metrics["interruptions"] == {"agent": 0, "customer": 0}
    assert metrics["talk_ratio"]["agent"] == pytest.approx(0.75)
    assert metrics["dead_air"] == 0
