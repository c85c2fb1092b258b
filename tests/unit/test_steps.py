import pytest

from scoring.rubric import load_rubric
from scoring.steps import detect_steps
from tests.transcripts import transcript

GOOD = transcript(
    ("agent", 0.0, 3.0, "您好，很高兴为您服务，请问有什么可以帮您？"),
    ("customer", 3.5, 7.0, "我买的东西到现在还没收到，你们到底怎么回事？"),
    ("agent", 7.5, 11.0, "非常抱歉，听得出来您很着急，我理解您的感受。"),
    ("agent", 11.2, 13.0, "麻烦您提供一下订单号。"),
    ("customer", 13.5, 15.0, "订单号是七七八八九九。"),
    ("agent", 15.5, 20.0, "我跟您确认一下，您是三天前下的单，到今天还没收到，对吗？"),
    ("customer", 20.5, 21.0, "对。"),
    ("agent", 21.5, 30.0, "原因是包裹分拣出了差错，我现在给您重新安排配送，明天中午十二点前送到。"),
    ("agent", 30.2, 32.0, "您看这样处理可以吗？"),
    ("customer", 32.5, 33.0, "可以。"),
)

BAD = transcript(
    ("customer", 0.0, 3.0, "你们卖的东西质量太差了，才用两天就坏了！"),
    ("agent", 3.5, 5.0, "这个不归我们管。"),
    ("customer", 5.5, 7.0, "凭什么？"),
    ("agent", 7.5, 10.0, "我处已帮您记录，稍后会提交后台处理。"),
    ("agent", 10.2, 11.0, "请您耐心等待。"),
)


@pytest.fixture(scope="module")
def rubric():
    return load_rubric()


def _status(t, rubric):
    return {s.step: s.status for s in detect_steps(t, rubric)}


def test_every_step_found_in_a_good_call(rubric):
    steps = detect_steps(GOOD, rubric)
    assert [s.status for s in steps] == ["found"] * 6
    assert all(s.order_ok for s in steps)
    by_name = {s.step: s for s in steps}
    assert "听得出来" in by_name["感知情绪"].quote and by_name["感知情绪"].start == 7.5
    assert "理解您的感受" in by_name["安抚情绪"].quote
    assert by_name["了解状况"].quote == "麻烦您提供一下订单号。"
    assert "agrees" in by_name["确认问题"].rule
    assert by_name["解决问题"].start == 21.5
    assert by_name["确认理解"].quote == "您看这样处理可以吗？"


def test_every_step_missing_in_a_bad_call(rubric):
    assert _status(BAD, rubric) == {"感知情绪": "missing", "安抚情绪": "missing", "了解状况": "missing",
                                    "确认问题": "missing", "解决问题": "missing", "确认理解": "missing"}


def test_emotion_steps_not_applicable_for_a_calm_customer(rubric):
    calm = transcript(("agent", 0.0, 2.0, "您好，请问有什么可以帮您？"),
                      ("customer", 2.5, 5.0, "我想查一下上个月的账单。"),
                      ("agent", 5.5, 7.0, "请问您的手机号是多少？"))
    status = _status(calm, rubric)
    assert status["感知情绪"] == status["安抚情绪"] == "not_applicable"
    assert status["了解状况"] == "found"


def test_greeting_question_alone_is_not_understanding_the_situation(rubric):
    only_greeting = transcript(("agent", 0.0, 2.0, "您好，请问有什么可以帮您？"), ("customer", 2.5, 3.0, "没事了。"))
    assert _status(only_greeting, rubric)["了解状况"] == "missing"


def test_solution_needs_something_concrete(rubric):
    vague = transcript(("customer", 0.0, 2.0, "网络断了。"),
                       ("agent", 2.5, 6.0, "这是因为线路故障，我这边帮您处理，稍后会有人联系您。"))
    concrete = transcript(("customer", 0.0, 2.0, "网络断了。"),
                          ("agent", 2.5, 6.0, "这是因为线路故障，我这边帮您派师傅，两个小时内上门。"))
    assert _status(vague, rubric)["解决问题"] == "missing"
    assert _status(concrete, rubric)["解决问题"] == "found"


def test_steps_out_of_order_are_marked(rubric):
    t = transcript(
        ("customer", 0.0, 2.0, "我的包裹丢了，急死了。"),
        ("agent", 2.5, 6.0, "原因是快递出错，我现在给您重新寄，明天送到。"),
        ("agent", 6.2, 8.0, "非常抱歉，听得出来您很着急。"),
    )
    steps = {s.step: s for s in detect_steps(t, rubric)}
    # the solution comes before the emotion was acknowledged: emotion first, problem second (seed 004)
    assert steps["感知情绪"].order_ok is True
    assert steps["解决问题"].order_ok is False
