import pytest

from qa.pipeline import assess_transcript
from scoring.emotion import customer_emotions, emotion_findings, first_negative, text_sentiment
from scoring.rubric import load_rubric
from tests.transcripts import transcript, with_prosody


@pytest.fixture(scope="module")
def rubric():
    return load_rubric()


def test_anger_and_anxiety_words_make_a_turn_negative(rubric):
    t = transcript(("customer", 0.0, 3.0, "你们到底怎么回事？我急死了！"), ("agent", 3.5, 5.0, "您好"))
    [reading] = customer_emotions(t, rubric)
    assert reading.negative and reading.emotions == ["anger", "anxiety"]
    assert reading.cues == ["到底", "急死了", "你们到底怎么回事", "到底怎么回事"]  # the phrase, then each shape


def test_asking_calmly_what_happened_is_neutral(rubric):
    t = transcript(("customer", 0.0, 4.0, "我昨天网上交了燃气费，表上没变，怎么回事？"))
    [reading] = customer_emotions(t, rubric)
    assert reading.label == "neutral" and reading.cues == []


def test_a_calm_request_is_neutral(rubric):
    t = transcript(("customer", 0.0, 3.0, "我想查一下上个月的账单。"))
    [reading] = customer_emotions(t, rubric)
    assert reading.label == "neutral" and reading.cues == []
    assert first_negative([reading]) is None


def test_one_weak_cue_alone_is_not_enough(rubric):
    # the sentiment model scores this factual complaint very low, but nothing else says the customer is upset
    t = transcript(("customer", 0.0, 7.0, "我上周申请的退款被拒了，理由写的是不符合政策，我想知道具体是哪一条政策。"))
    [reading] = customer_emotions(t, rubric)
    assert reading.sentiment < rubric.setting("emotion", "sentiment_negative_below")
    assert reading.weak_cues and reading.label == "neutral"


def test_low_sentiment_and_a_faster_voice_together_are_negative(rubric):
    t = transcript(("customer", 0.0, 5.0, "我想问一下信用卡账单的事情。"),  # 13 characters in 5 s
                   ("agent", 5.5, 7.0, "好的您说。"),
                   ("customer", 7.5, 9.5, "我的信用卡被多扣了一笔钱。"))  # 12 characters in 2 s: much faster
    readings = customer_emotions(t, rubric)
    assert [r.label for r in readings] == ["neutral", "negative"]
    assert readings[1].rate_rise > rubric.setting("emotion", "rate_rise_ratio")
    assert len(readings[1].weak_cues) == 2 and readings[1].cues == []


def test_a_louder_voice_counts_when_prosody_exists(rubric):
    t = transcript(("customer", 0.0, 3.0, "我想问一下账单。"), ("customer", 3.1, 4.0, "就是这个月的。"),
                   ("agent", 4.5, 6.0, "好的。"), ("customer", 6.5, 9.0, "我的信用卡被多扣了一笔钱。"))
    for seg, db in zip(t.segments, (-30.0, -30.0, -30.0, -21.0)):
        with_prosody(seg, db)
    readings = customer_emotions(t, rubric)
    assert readings[-1].loudness_rise_db == pytest.approx(9.0)
    assert readings[-1].negative and any("dB" in cue for cue in readings[-1].weak_cues)


def test_sentiment_of_empty_text_is_unknown():
    assert text_sentiment("") is None
    assert 0.0 <= text_sentiment("谢谢，很满意。") <= 1.0


def test_emotion_timeline_and_findings_on_the_assessment(rubric):
    t = transcript(("agent", 0.0, 2.0, "您好，请问有什么可以帮您？"), ("customer", 2.5, 5.0, "太过分了，我要投诉！"),
                   ("agent", 5.5, 8.0, "非常抱歉，听得出来您很生气。"), ("customer", 8.5, 10.0, "好吧，谢谢。"))
    result = assess_transcript(t, rubric, "emotion")
    assert [(e["start"], e["label"]) for e in result.emotion_timeline] == [(2.5, "negative"), (8.5, "neutral")]
    assert [f.start for f in result.findings_of("customer_emotion")] == [2.5]
    assert emotion_findings(customer_emotions(t, rubric), t)[0].detail["emotions"] == ["anger", "complaint"]


@pytest.mark.parametrize("said, cue", [
    ("这是我第三次打电话了，还是那个问题。", "第三次打"),
    ("理赔报了两个星期，钱还没到。", "两个星期钱还没到"),
    ("半个月了都没人联系我。", "半个月了都没人"),
    ("这个问题我已经反映了好几次。", "反映了好几次"),
])
def test_a_customer_describing_repeated_calls_or_a_long_wait_is_negative(rubric, said, cue):
    [reading] = customer_emotions(transcript(("customer", 0.0, 4.0, said)), rubric)
    assert reading.negative and cue in reading.cues and "complaint" in reading.emotions


@pytest.mark.parametrize("said", ["我这两天都不在家，能改个时间吗？", "我想问一下宽带怎么开通。",
                                  "我上周买的衣服想退，三天能到吗？"])
def test_a_calm_description_with_days_or_counts_is_not_a_complaint(rubric, said):
    [reading] = customer_emotions(transcript(("customer", 0.0, 4.0, said)), rubric)
    assert reading.cues == []


@pytest.mark.parametrize("said, cue, emotion", [
    ("这已经是第五回了，还是老样子。", "第五回了", "complaint"),
    ("你们说停就停，也不提前通知。", "说停就停", "anger"),
    ("改了时间连条短信都没有。", "连条短信都没", "complaint"),
    ("叫你们经理来跟我说。", "叫你们经理", "complaint"),
    ("每到周末电视就卡。", "每到周末电视就卡", "complaint"),
    ("我就怕到时候赶不上飞机。", "怕到时候赶不上", "anxiety"),
    ("你们这服务可真够周到的。", "可真够", "anger"),  # sarcasm
    ("这是什么道理？", "什么道理", "anger"),
    ("算了，我也不指望你们了。", "不指望", "complaint"),
    ("你们这账扣的可真是够快的。", "扣的可真是够快", "complaint"),  # sarcastic praise of the charging
    ("打个电话比请客吃饭还贵。", "比请客吃饭还贵", "complaint"),
    ("三言两语就打发了。", "就打发了", "complaint"),
    ("路由器插拔了好几回都没用。", "好几回都没用", "complaint"),  # trying in vain
    ("说好免息的分期，怎么还收钱？", "说好免息的", "complaint"),  # a broken promise
    ("孩子在后座一直哭。", "哭", "anxiety"),
    ("改来改去，这不是耍人吗？", "耍人", "anger"),  # session 14
])
def test_indignation_sarcasm_resignation_and_escalation_are_negative(rubric, said, cue, emotion):
    [reading] = customer_emotions(transcript(("customer", 0.0, 4.0, said)), rubric)
    assert reading.negative and cue in reading.cues and emotion in reading.emotions
    assert len(reading.cues) == len(set(reading.cues))  # a phrase that is also a pattern is one cue


@pytest.mark.parametrize("said", ["我想问一下怎么连上网？", "我说一下地址，就是人民路十号。", "这是我第一次打过来。",
                                  "我怕麻烦您，就直接问了。", "这个月比上个月多用了一点。", "你们师傅办得真快，谢谢啊。",
                                  "我重启了两次，现在好了。"])
def test_words_of_those_shapes_in_a_calm_request_are_not_negative(rubric, said):
    [reading] = customer_emotions(transcript(("customer", 0.0, 4.0, said)), rubric)
    assert reading.cues == []


@pytest.mark.parametrize(("text", "emotion"), [
    ("我爸上个月走了，号还在扣月租，想销掉。", "sadness"),
    ("降压药快吃完了，我心里直发慌。", "anxiety"),
    ("排到明年三月，成心多收利息吧？", "anger"),
    ("这保险买来看的？", "anger"),
    ("你们卖的，总不能装不知道吧？", "anger"),
])
def test_grief_fright_and_suspicion_are_negative(rubric, text, emotion):
    [reading] = customer_emotions(transcript(("customer", 0.0, 4.0, text)), rubric)
    assert reading.negative and emotion in reading.emotions


@pytest.mark.parametrize("text", ["我不是故意的，按错了。", "我妈刚走，我替她问一下。", "我心里有数，就想确认一下。"])
def test_near_misses_of_those_shapes_stay_neutral(rubric, text):
    [reading] = customer_emotions(transcript(("customer", 0.0, 4.0, text)), rubric)
    assert not reading.negative
