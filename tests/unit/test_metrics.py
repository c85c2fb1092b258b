import pytest

from qa.model import Segment, Word
from scoring.emotion import customer_emotions
from scoring.metrics import compute_metrics
from scoring.overlaps import is_backchannel, overlaps
from scoring.rubric import load_rubric
from scoring.silence import response_latency, silences
from scoring.speech_rate import (band_finding, speech_rate_cpm, speeding_up, turn_rates, variation,
                                 voiced_seconds)
from scoring.turns import build_turns
from scoring.voice import loudness_by_role, sudden_rises
from tests.transcripts import transcript, with_prosody


@pytest.fixture(scope="module")
def rubric():
    return load_rubric()


def _metrics(t, rubric):
    return compute_metrics(t, rubric, customer_emotions(t, rubric))


# --- speech rate ---------------------------------------------------------------------------

def test_speech_rate_counts_characters_without_punctuation_or_fillers_over_voiced_minutes():
    words = [Word("嗯", 0.0, 0.5), Word("您好", 0.5, 1.5), Word("请问", 3.0, 4.0)]
    seg = Segment("S0", "agent", 0.0, 4.0, "嗯，您好！请问？", words=words)
    # the 1.5 s pause (1.5 -> 3.0) is longer than 0.3 s, so voiced time is 1.5 + 1.0 = 2.5 s
    assert voiced_seconds([seg], max_pause_s=0.3) == pytest.approx(2.5)
    # 4 characters (嗯 is a filler, punctuation dropped) in 2.5 s -> 96 per minute
    assert speech_rate_cpm([seg], 0.3) == pytest.approx(96.0)


def test_short_pauses_stay_voiced_time():
    words = [Word("您好", 0.0, 1.0), Word("请问", 1.2, 2.0)]
    seg = Segment("S0", "agent", 0.0, 2.0, "您好请问", words=words)
    assert voiced_seconds([seg], max_pause_s=0.3) == pytest.approx(2.0)


def test_speech_rate_is_none_without_speech():
    assert speech_rate_cpm([], 0.3) is None


def test_per_turn_rates_and_their_variation():
    t = transcript(("agent", 0.0, 3.0, "您好请问有什么可以帮您"),  # 11 chars / 3 s = 220
                   ("customer", 3.5, 4.0, "嗯"),
                   ("agent", 5.0, 7.0, "我来帮您查一下订单记录"),  # 11 chars / 2 s = 330
                   ("customer", 7.5, 8.0, "好"))
    rates = turn_rates(build_turns(t), "agent", 0.3, min_chars=8)
    assert [r.cpm for r in rates] == [pytest.approx(220.0), pytest.approx(330.0)]
    assert variation(rates) == pytest.approx(0.2)
    assert turn_rates(build_turns(t), "customer", 0.3, min_chars=8) == []  # too short to time
    assert variation(rates[:1]) is None


def test_rate_outside_the_band_is_flagged_with_its_severity(rubric):
    assert band_finding(220.0, 0, 10, rubric) == []
    soft = band_finding(280.0, 0, 10, rubric)
    hard = band_finding(320.0, 0, 10, rubric)
    slow = band_finding(140.0, 0, 10, rubric)
    assert (soft[0].severity, soft[0].detail["type"]) == ("minor", "fast")
    assert (hard[0].severity, slow[0].detail["type"]) == ("major", "slow")
    assert band_finding(None, 0, 10, rubric) == []


def test_speeding_up_while_the_customer_is_upset(rubric):
    t = transcript(("agent", 0.0, 3.0, "您好请问有什么可以帮您"),  # 220
                   ("customer", 3.5, 6.0, "你们到底怎么回事气死了"),
                   ("agent", 6.5, 8.5, "这个我来帮您查一下订单"),  # 330: +50 % over the median 220
                   ("customer", 9.0, 10.0, "好吧"),
                   ("agent", 10.5, 13.5, "已经帮您查好了请您放心"))  # 220
    rates = turn_rates(build_turns(t), "agent", 0.3, 8)
    found = speeding_up(rates, [(3.5, 6.0)], rubric)
    assert [(f.kind, f.start, f.detail["type"]) for f in found] == [("speech_rate", 6.5, "speeding_up")]
    assert speeding_up(rates, [], rubric) == []  # calm customer: nothing to flag
    assert speeding_up(rates, [(9.0, 10.0)], rubric) == []  # the reply to that turn is not faster


# --- interruptions -------------------------------------------------------------------------

def test_agent_starting_while_customer_is_mid_turn_is_an_interruption(rubric):
    t = transcript(
        ("customer", 0.0, 6.0, "我刚才不是说了吗已经坏了你们到底管不管"),
        ("agent", 4.0, 7.0, "这个不归我们管您去找厂家"),
    )
    found = overlaps(t, rubric)
    assert [(f.kind, f.role) for f in found] == [("interruption", "agent")]
    detail = found[0].detail
    assert detail["overlap_s"] == pytest.approx(2.0, abs=0.01)
    assert (detail["interrupter"], detail["interrupted"]) == ("agent", "customer")
    assert detail["interrupter_words"].startswith("这个不归我们")  # what the agent said over the customer
    assert "管不管" in detail["interrupted_words"]


def test_customer_interruptions_are_reported_not_counted_against_the_agent(rubric):
    t = transcript(("agent", 0.0, 6.0, "您这个情况我们需要先核实一下然后再给您处理"),
                   ("customer", 3.0, 7.0, "我不要核实我现在就要退款"))
    metrics, findings = _metrics(t, rubric)
    assert [(f.kind, f.role, f.severity) for f in findings if f.kind == "interruption"] == [
        ("interruption", "customer", "info")]
    assert metrics["interruptions"] == {"agent": 0, "customer": 1}


def test_agent_starting_in_a_short_pause_of_the_customer_still_interrupts(rubric):
    t = transcript(
        ("customer", 0.0, 3.0, "我要投诉"),
        ("customer", 3.5, 5.0, "我要找你们领导"),
        ("agent", 3.2, 6.0, "这个不归我们管"),
    )
    assert [(f.kind, f.role) for f in overlaps(t, rubric)] == [("interruption", "agent")]


def test_backchannel_and_turn_taking_are_not_interruptions(rubric):
    t = transcript(
        ("customer", 0.0, 5.0, "我三天前买的东西到现在还没收到"),
        ("agent", 2.0, 2.4, "嗯"),
        ("agent", 5.7, 8.0, "非常抱歉让您久等了"),
    )
    found = overlaps(t, rubric)
    assert [f.kind for f in found] == ["overlap"]  # the backchannel overlaps but does not interrupt
    assert found[0].detail["backchannel"] and "backchannel" in found[0].rule
    assert is_backchannel("好的，明白。") and is_backchannel("是，是。") and not is_backchannel("好的我来处理")
    assert is_backchannel("嗯。那就好。") and not is_backchannel("那就好办了，我明天去")
    assert is_backchannel("哦，那行。") and is_backchannel("那挺好。") and not is_backchannel("那还行不行啊？")
    assert is_backchannel("哦，原来是这样。") and not is_backchannel("原来是这样收费的？")
    assert is_backchannel("不用跑就好。") and is_backchannel("能修好就好了。") and not is_backchannel("明天再来就好吗？")
    assert not is_backchannel("您把旧卡带来就好。")  # an instruction, longer than relief
    # a stray character before a backchannel is the ASR's spelling of 嗯; a negation or a question is not
    assert is_backchannel("闻，您说。") and is_backchannel("恩，我在听。") and is_backchannel("我再听。")
    assert not is_backchannel("不，您说。") and not is_backchannel("是吗？") and not is_backchannel("说吧，您说。")


def test_an_echo_with_a_backchannel_accepts_and_does_not_interrupt(rubric):
    said = "师傅周四上午装机，九点到十一点上门"
    assert is_backchannel("周四上午，行。", said) and is_backchannel("九点到十一点，好的。", said)
    assert not is_backchannel("周四上午，行。") and not is_backchannel("周四上午？好的。", said)
    assert not is_backchannel("上午不行。", said) and not is_backchannel("周五上午，行。", said)
    assert is_backchannel("好，九点到十一点。", said)  # the backchannel may come first
    assert not is_backchannel("可以装。", "能不能周四上午来装")  # an answer to a question
    t = transcript(("agent", 0.0, 6.0, said), ("customer", 4.0, 5.5, "周四上午，行。"),
                   ("agent", 8.0, 11.0, "上午不行的话改到下午两点"), ("customer", 9.0, 11.5, "下午不行我上班"))
    assert [f.kind for f in overlaps(t, rubric)] == ["overlap", "interruption"]


def test_a_backchannel_given_seconds_after_the_speaker_stopped_does_not_make_the_next_turn_an_interruption(rubric):
    t = transcript(
        ("customer", 0.0, 2.0, "对，是这样"),
        ("agent", 2.7, 16.0, "您家这个月多用了三百度电，主要是空调用的，电费按用量分档收，用得越多单价越高"),
        ("customer", 6.0, 6.3, "嗯"),
    )
    assert not [f for f in overlaps(t, rubric) if f.kind == "interruption"]
    assert [f.kind for f in overlaps(t, rubric)] == ["overlap"]  # the customer's 嗯 over the agent


def test_short_overlap_is_not_an_interruption(rubric):
    t = transcript(("customer", 0.0, 3.0, "好的谢谢你"), ("agent", 2.8, 5.0, "不客气祝您愉快"))
    assert not [f for f in overlaps(t, rubric) if f.kind == "interruption"]


def test_interruption_while_the_customer_vents_is_marked(rubric):
    t = transcript(("customer", 0.0, 6.0, "你们太过分了东西坏了也没人管我要投诉"),
                   ("agent", 4.0, 7.0, "您先听我说这个要找厂家"))
    _, findings = _metrics(t, rubric)
    interruption = next(f for f in findings if f.kind == "interruption")
    assert interruption.detail["customer_upset"] is True


# --- silence, latency, talk ratio ----------------------------------------------------------

def test_dead_air_and_announced_hold():
    t = transcript(
        ("agent", 0.0, 2.0, "请您稍等我帮您查一下"),
        ("agent", 14.0, 16.0, "查到了"),
        ("customer", 30.0, 31.0, "喂"),
    )
    found, longest = silences(t, dead_air_s=10.0)
    assert [f.kind for f in found] == ["hold", "dead_air"]
    assert found[0].severity == "info" and found[1].severity == "major"
    assert longest == pytest.approx(14.0)


def test_a_hold_announced_across_segments_or_answered_by_the_customer_is_not_dead_air():
    split = transcript(("agent", 0.0, 3.0, "麻烦您别挂机，我查查能加哪种包，"), ("agent", 3.5, 4.5, "大概十几秒。"),
                       ("agent", 17.0, 19.0, "久等了。"))
    answered = transcript(("agent", 0.0, 2.0, "您稍候，"), ("customer", 2.3, 2.6, "好。"), ("agent", 15.0, 16.0, "久等了。"))
    for t in (split, answered):
        found, _ = silences(t, dead_air_s=10.0)
        assert [f.kind for f in found] == ["hold"]


def test_asking_the_customer_to_stay_on_the_line_announces_a_hold():
    t = transcript(("agent", 0.0, 2.5, "我调下明细，电话先拿着。"), ("agent", 15.0, 17.0, "没收利息，是手续费。"))
    assert [f.kind for f in silences(t, dead_air_s=10.0)[0]] == ["hold"]
    t = transcript(("agent", 0.0, 2.5, "您别挂，我瞧瞧库存。"), ("agent", 15.0, 17.0, "还有两台。"))
    assert [f.kind for f in silences(t, dead_air_s=10.0)[0]] == ["hold"]


def test_saying_what_you_do_is_not_announcing_a_wait():
    t = transcript(("agent", 0.0, 2.0, "我给您改好了。"), ("agent", 14.0, 15.0, "还在吗？"))
    assert [f.kind for f in silences(t, dead_air_s=10.0)[0]] == ["dead_air"]


def test_short_silences_are_not_dead_air():
    t = transcript(("agent", 0.0, 2.0, "您好"), ("customer", 6.0, 7.0, "你好"))
    found, longest = silences(t, dead_air_s=10.0)
    assert found == [] and longest == pytest.approx(4.0)


def test_response_latency_after_the_customer_stops():
    t = transcript(("customer", 0.0, 2.0, "我要退款"), ("agent", 3.0, 4.0, "好的"),
                   ("customer", 5.0, 6.0, "快点"), ("agent", 5.8, 7.0, "马上"))
    assert response_latency(build_turns(t)) == {"mean": 0.5, "max": 1.0, "count": 2}
    assert response_latency(build_turns(transcript(("agent", 0.0, 1.0, "您好"))))["count"] == 0


def test_compute_metrics_counts_per_role_and_talk_ratio(rubric):
    t = transcript(("agent", 0.0, 3.0, "您好请问有什么可以帮您"), ("customer", 3.5, 4.5, "我要退款"))
    metrics, _ = _metrics(t, rubric)
    assert metrics["interruptions"] == {"agent": 0, "customer": 0}
    assert metrics["talk_ratio"]["agent"] == pytest.approx(0.75)
    assert metrics["dead_air"] == 0
    assert metrics["prosody"].startswith("absent") and metrics["loudness_db"] == {"agent": None, "customer": None}


# --- loudness from prosody -------------------------------------------------------------------

def test_loudness_per_speaker_and_sudden_rises(rubric):
    t = transcript(("agent", 0.0, 2.0, "您好"), ("customer", 2.5, 4.0, "我要投诉"), ("agent", 4.5, 6.0, "您说"),
                   ("agent", 6.5, 8.0, "我知道了"), ("customer", 8.5, 10.0, "快点处理"))
    for seg, db in zip(t.segments, (-30.0, -28.0, -31.0, -22.0, -27.0)):
        with_prosody(seg, db, 200.0)
    assert loudness_by_role(t) == {"agent": -30.0, "customer": -27.5}
    rises = sudden_rises(t, rubric)
    assert [(f.kind, f.role, f.start) for f in rises] == [("loudness", "agent", 6.5)]  # +8 dB over -30
    metrics, _ = _metrics(t, rubric)
    assert metrics["prosody"] == "measured" and metrics["loudness_rises"] == {"agent": 1, "customer": 0}


def test_no_prosody_means_no_loudness_findings(rubric):
    t = transcript(("agent", 0.0, 2.0, "您好"), ("agent", 3.0, 4.0, "请讲"))
    assert sudden_rises(t, rubric) == []


def test_a_hold_announced_in_other_words_is_not_dead_air():
    t = transcript(("agent", 0.0, 2.0, "我翻翻有没有人退号，您等我会儿。"), ("agent", 14.0, 16.0, "有了。"))
    assert [f.kind for f in silences(t, dead_air_s=10.0)[0]] == ["hold"]
