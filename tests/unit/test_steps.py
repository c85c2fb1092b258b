import pytest

from scoring.emotion import customer_emotions
from scoring.rubric import load_rubric
from scoring.steps import detect_steps, echo_share
from tests.transcripts import transcript

# Times give the agent about 220 字/分钟, inside the default band.
GOOD = transcript(
    ("agent", 0.0, 5.5, "您好，星辰客服，工号一零二四，很高兴为您服务，请问有什么可以帮您？"),
    ("customer", 6.0, 11.0, "我买的东西到现在还没收到，你们到底怎么回事？"),
    ("agent", 11.5, 17.0, "非常抱歉，听得出来您很着急，我理解您的感受。"),
    ("agent", 17.2, 20.0, "麻烦您提供一下订单号。"),
    ("customer", 20.5, 22.5, "订单号是七七八八九九。"),
    ("agent", 23.0, 30.5, "我跟您确认一下，您是三天前下的单，到今天还没收到，对吗？"),
    ("customer", 31.0, 31.5, "对。"),
    ("agent", 32.0, 52.0, "原因是包裹分拣出了差错，我现在给您重新安排配送，因为这样比退款更快，明天中午十二点前送到，"
                          "配送员会提前给您打电话。"),
    ("agent", 52.2, 55.0, "您看这样处理可以吗？"),
    ("customer", 55.5, 56.5, "可以。"),
    ("agent", 57.0, 62.0, "感谢您的耐心和理解，祝您生活愉快，再见。"),
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


def _steps(t, rubric):
    return {s.step: s for s in detect_steps(t, rubric, customer_emotions(t, rubric))}


def _status(t, rubric):
    return {name: s.status for name, s in _steps(t, rubric).items()}


def test_every_step_found_in_a_good_call(rubric):
    steps = _steps(GOOD, rubric)
    assert [s.status for s in steps.values()] == ["found"] * 6
    assert all(s.order_ok for s in steps.values())
    assert "听得出来" in steps["感知情绪"].quote and steps["感知情绪"].start == 11.5
    assert steps["感知情绪"].latency_s == pytest.approx(0.5)  # 11.5 s − end of the negative turn at 11.0 s
    assert "理解您的感受" in steps["安抚情绪"].quote and steps["安抚情绪"].latency_s == pytest.approx(0.5)
    assert steps["了解状况"].quote == "麻烦您提供一下订单号。"
    assert steps["确认问题"].detail == {"customer_agreed": True, "before_solution": True}
    solution = steps["解决问题"]
    assert solution.start == 32.0 and solution.detail["cause"] and solution.detail["reason"]
    assert steps["确认理解"].quote == "您看这样处理可以吗？" and steps["确认理解"].detail["customer_confirmed"]


def test_every_step_missing_in_a_bad_call(rubric):
    assert _status(BAD, rubric) == {"感知情绪": "missing", "安抚情绪": "missing", "了解状况": "missing",
                                    "确认问题": "missing", "解决问题": "missing", "确认理解": "missing"}
    assert "太差了" in _steps(BAD, rubric)["感知情绪"].rule


def test_emotion_steps_not_applicable_for_a_calm_customer(rubric):
    calm = transcript(("agent", 0.0, 2.0, "您好，请问有什么可以帮您？"),
                      ("customer", 2.5, 5.0, "我想查一下上个月的账单。"),
                      ("agent", 5.5, 7.0, "请问您的手机号是多少？"))
    status = _status(calm, rubric)
    assert status["感知情绪"] == status["安抚情绪"] == "not_applicable"
    assert status["了解状况"] == "found"


def test_late_acknowledgement_is_found_with_its_turn_and_latency(rubric):
    t = transcript(("customer", 0.0, 3.0, "网络又断了，气死了！"), ("agent", 3.5, 5.0, "请问是哪个地址？"),
                   ("customer", 5.5, 7.0, "幸福小区三号楼。"), ("agent", 7.5, 10.0, "给您添麻烦了，真的很抱歉。"))
    steps = _steps(t, rubric)
    assert steps["感知情绪"].detail["agent_turns_after"] == 2
    assert steps["感知情绪"].latency_s == pytest.approx(4.5)


def test_acknowledgement_too_late_is_missing(rubric):
    turns = [("customer", 0.0, 2.0, "气死了，网又断了！")]
    for i in range(4):
        turns += [("agent", 3.0 + 4 * i, 4.0 + 4 * i, f"请问第{i}个问题？"), ("customer", 4.5 + 4 * i, 5.5 + 4 * i, "是的。")]
    turns.append(("agent", 20.0, 22.0, "非常抱歉，让您久等了。"))
    assert _status(transcript(*turns), rubric)["感知情绪"] == "missing"


def test_greeting_question_alone_is_not_understanding_the_situation(rubric):
    only_greeting = transcript(("agent", 0.0, 2.0, "您好，请问有什么可以帮您？"), ("customer", 2.5, 3.0, "没事了。"))
    assert _status(only_greeting, rubric)["了解状况"] == "missing"


def test_a_greeting_joined_to_a_question_by_commas_hides_it_no_more_but_an_offer_to_listen_asks_nothing(rubric):
    # the customer speaks first (a mono call); the ASR writes the agent's answer as one sentence
    said = ("customer", 0.0, 4.0, "我家暖气片一点都不热，屋里冷得待不住。")
    asks = transcript(said, ("agent", 4.5, 10.0, "你好，热力热线，工号三二一，哪栋楼，从什么时候开始不热的？"))
    step = _steps(asks, rubric)["了解状况"]
    assert step.status == "found" and step.quote.endswith("从什么时候开始不热的？")
    offers = transcript(said, ("agent", 4.5, 7.0, "您好，热力热线，请问有什么需要？"))
    assert _status(offers, rubric)["了解状况"] == "missing"


def test_a_question_after_the_solution_is_not_understanding_the_situation(rubric):
    t = transcript(("customer", 0.0, 2.0, "网络断了。"),
                   ("agent", 2.5, 6.0, "这是因为线路故障，我这边帮您派师傅，两个小时内上门。"),
                   ("agent", 6.5, 8.0, "您家里有人吗？"))
    assert _status(t, rubric)["了解状况"] == "missing"


def test_a_question_said_in_the_same_breath_as_the_first_step_still_asks(rubric):
    t = transcript(("customer", 0.0, 3.0, "楼后工地天天半夜打桩，倒是派人啊！"),
                   ("agent", 3.5, 7.0, "今晚就派人过去。工地在哪个路口？"))
    step = _steps(t, rubric)["了解状况"]
    assert step.status == "found" and step.quote == "工地在哪个路口？"
    assert _status(t, rubric)["解决问题"] == "found"


def test_a_question_after_the_greeting_in_the_same_segment_still_asks(rubric):
    t = transcript(("customer", 0.0, 4.0, "你好，我姓钱，想问下社保卡丢了怎么补。"),
                   ("agent", 4.5, 9.0, "您好，社保热线，工号二零四一。您卡是哪年办的？"))
    step = _steps(t, rubric)["了解状况"]
    assert step.status == "found" and step.quote == "您卡是哪年办的？"


def test_a_promise_said_while_soothing_gives_way_to_the_step_after_the_questions(rubric):
    said = [("customer", 0.0, 4.0, "暖气不热，屋里才十五度，冻死了！"), ("agent", 4.5, 7.0, "实在抱歉，今天给您落实。"),
            ("agent", 7.4, 9.0, "您家几楼？"), ("customer", 9.5, 10.5, "六楼。"),
            ("agent", 11.0, 15.0, "是水力失调，明早九点师傅上门调阀门。")]
    steps = _steps(transcript(*said), rubric)
    assert steps["了解状况"].quote == "您家几楼？"
    assert steps["解决问题"].quote == "是水力失调，明早九点师傅上门调阀门。"
    assert _steps(transcript(*said[:4]), rubric)["解决问题"].quote == "实在抱歉，今天给您落实。"  # no later step


def test_restatement_needs_the_customer_not_to_reject_it(rubric):
    rejected = transcript(("customer", 0.0, 2.0, "我的话费多扣了。"),
                          ("agent", 2.5, 5.0, "我跟您确认一下，您是流量超了，对吗？"), ("customer", 5.5, 6.5, "不对，是话费。"))
    assert _status(rejected, rubric)["确认问题"] == "missing"
    assert "rejected" in _steps(rejected, rubric)["确认问题"].rule
    unanswered = transcript(("customer", 0.0, 2.0, "我的话费多扣了。"),
                            ("agent", 2.5, 5.0, "我跟您确认一下，您是话费多扣了，对吗？"))
    step = _steps(unanswered, rubric)["确认问题"]
    assert step.status == "found" and step.detail["customer_agreed"] is False


def test_a_tag_word_inside_a_clause_asks_for_no_agreement(rubric):
    # 是不是 says what is checked (whether), and the customer's 行 accepts the step, not a restatement
    inside = transcript(("customer", 0.0, 2.0, "指纹怎么都录不进去。"),
                        ("agent", 2.5, 8.0, "系统要核对按上去的是不是本人的手指，您换个手指再录一次。"),
                        ("customer", 8.5, 9.5, "行吧。"))
    assert _status(inside, rubric)["确认问题"] == "missing"
    ending = transcript(("customer", 0.0, 2.0, "指纹怎么都录不进去。"),
                        ("agent", 2.5, 8.0, "您是说换了几个手指都录不进去，是不是？"), ("customer", 8.5, 9.5, "对。"))
    assert _status(ending, rubric)["确认问题"] == "found"
    # a later tag of the turn still asks
    later = transcript(("customer", 0.0, 2.0, "指纹怎么都录不进去。"),
                       ("agent", 2.5, 8.0, "您是想知道为什么录不进去，是不是手机坏了，对吗？"), ("customer", 8.5, 9.5, "对。"))
    assert _status(later, rubric)["确认问题"] == "found"


def test_restatement_without_marker_repeats_the_customer_or_is_agreed_to(rubric):
    echoed = transcript(("customer", 0.0, 2.0, "我的话费多扣了三十块。"),
                        ("agent", 2.5, 6.0, "您这个月的话费比上个月多扣了三十块，对吧？"), ("customer", 6.5, 7.0, "什么？"))
    agreed = transcript(("customer", 0.0, 2.0, "我的话费不对。"),
                        ("agent", 2.5, 6.0, "您是开通了国际漫游以后才这样的，对吧？"), ("customer", 6.5, 7.0, "对。"))
    neither = transcript(("customer", 0.0, 2.0, "我的话费不对。"),
                         ("agent", 2.5, 6.0, "您是开通了国际漫游以后才这样的，对吧？"), ("customer", 6.5, 7.0, "什么？"))
    step = _steps(echoed, rubric)["确认问题"]
    assert step.status == "found" and "repeating" in step.rule and step.detail["customer_agreed"] is False
    assert _status(agreed, rubric)["确认问题"] == "found"
    assert _status(neither, rubric)["确认问题"] == "missing"


def test_a_brief_reply_that_neither_denies_nor_asks_leaves_the_restatement_standing(rubric):
    # the customer's 「对」 came out of the 8 kHz ASR as 「横」: agreement unknown, not refused
    def call(reply: str):
        return transcript(("customer", 0.0, 2.0, "卡号六二幺四。"), ("agent", 2.5, 6.0, "改退到尾号三六四二这张卡里，对吗？"),
                          ("customer", 6.5, 7.0, reply))
    step = _steps(call("横"), rubric)["确认问题"]
    assert step.status == "found" and "brief reply 「横」" in step.rule and "of 15 characters" in step.rule
    assert step.detail["customer_agreed"] is None  # unknown, so the scorecard takes no points for it
    assert _status(call("什么？"), rubric)["确认问题"] == "missing"  # a question is no agreement
    assert _status(call("不对"), rubric)["确认问题"] == "missing"  # a denial rejects it
    assert _status(call("等一下我再想想"), rubric)["确认问题"] == "missing"  # heard, and no agreement


def test_a_restatement_the_agent_talks_past_stands_without_a_reply(rubric):
    t = transcript(("customer", 0.0, 2.0, "电视说认证失败。"),
                   ("agent", 2.5, 8.0, "就是电视一开就转圈，然后提示认证失败，对吧？"),
                   ("agent", 8.2, 12.0, "是我们漏登记了，我给您重新绑定。"))
    step = _steps(t, rubric)["确认问题"]
    assert step.status == "found" and step.detail["customer_agreed"] is None and "no customer reply" in step.rule


def test_echo_share():
    assert echo_share("您是话费多扣了", "我的话费多扣了") == pytest.approx(4 / 6, abs=0.001)
    assert echo_share("", "我的话费") == 0.0


def test_solution_needs_something_concrete(rubric):
    vague = transcript(("customer", 0.0, 2.0, "网络断了。"),
                       ("agent", 2.5, 6.0, "这是因为线路故障，我这边帮您处理，稍后会有人联系您。"))
    concrete = transcript(("customer", 0.0, 2.0, "网络断了。"),
                          ("agent", 2.5, 6.0, "这是因为线路故障，我这边帮您派师傅，两个小时内上门。"))
    assert _status(vague, rubric)["解决问题"] == "missing"
    assert _status(concrete, rubric)["解决问题"] == "found"


def test_confirm_understanding_records_the_customer_answer(rubric):
    t = transcript(("customer", 0.0, 2.0, "网络断了。"),
                   ("agent", 2.5, 6.0, "这是因为线路故障，我这边帮您派师傅，两个小时内上门。"),
                   ("agent", 6.5, 8.0, "您看这样可以吗？"), ("customer", 8.5, 9.5, "那我再想想。"))
    step = _steps(t, rubric)["确认理解"]
    assert step.status == "found" and step.detail["customer_confirmed"] is False


def test_steps_out_of_order_are_marked(rubric):
    t = transcript(
        ("customer", 0.0, 2.0, "我的包裹丢了，急死了。"),
        ("agent", 2.5, 6.0, "原因是快递出错，我现在给您重新寄，明天送到。"),
        ("agent", 6.2, 8.0, "非常抱歉，听得出来您很着急。"),
    )
    steps = _steps(t, rubric)
    # the solution comes before the emotion was acknowledged: emotion first, problem second (seed 004)
    assert steps["感知情绪"].order_ok is True
    assert steps["解决问题"].order_ok is False and "out of order" in steps["解决问题"].rule


def test_restatement_followed_by_the_solution_in_the_same_turn(rubric):
    # the customer's short 「对」 was not heard, so the agent's restatement and solution form one turn
    t = transcript(("customer", 0.0, 2.0, "我的快递三天了还没到。"),
                   ("agent", 2.5, 6.0, "我跟您确认一下，您是三天前下的单还没收到，对吗？"),
                   ("agent", 6.5, 12.0, "原因是分拣出错，我现在给您重新安排配送，明天送到。"))
    step = _steps(t, rubric)["确认问题"]
    assert step.detail == {"customer_agreed": None, "before_solution": True}
    assert "no customer reply heard" in step.rule


# A calm call worded differently from GOOD: a completed action, a 是吧 restatement, a 行吗 check.
OTHER_WORDING_TURNS = (
    ("agent", 0.0, 3.0, "您好，这里是客服中心，您请讲。"),
    ("customer", 3.5, 9.0, "我想把宽带从下个月起换成两百兆的，现在是一百兆。"),
    ("agent", 9.5, 12.0, "您现在的合约是哪年办的？"),
    ("customer", 12.5, 14.0, "前年办的。"),
    ("agent", 14.5, 20.0, "您是想下个月起从一百兆升到两百兆，是吧？"),
    ("customer", 20.5, 21.0, "对的。"),
    ("agent", 21.5, 28.0, "已经帮您改到下个月一号生效，月费多二十元。"),
    ("agent", 28.2, 30.0, "这样您看行吗？"),
    ("customer", 30.5, 31.0, "行。"),
)
OTHER_WORDING = transcript(*OTHER_WORDING_TURNS)


def test_other_wordings_of_restatement_solution_and_check_are_found(rubric):
    steps = _steps(OTHER_WORDING, rubric)
    assert steps["确认问题"].status == "found" and "是吧" in steps["确认问题"].rule
    assert steps["解决问题"].status == "found" and steps["解决问题"].detail["steps"] == "已经帮您"
    assert steps["确认理解"].status == "found" and steps["确认理解"].detail["customer_confirmed"]


def test_a_request_after_the_solution_is_not_a_check_of_understanding(rubric):
    t = transcript(*OTHER_WORDING_TURNS[:7], ("agent", 28.2, 31.0, "您还需要提供身份证照片。"))
    assert _steps(t, rubric)["确认理解"].status == "missing"


def test_an_instruction_is_a_concrete_step_and_a_question_about_the_result_is_a_check(rubric):
    t = transcript(("agent", 0.0, 2.0, "您好，请讲。"),
                   ("customer", 2.5, 6.0, "路由器的灯一直是红的，上不了网。"),
                   ("agent", 6.5, 12.0, "您先把路由器的电源拔了，等十秒再插上。"),
                   ("customer", 12.5, 13.0, "好。"),
                   ("agent", 13.5, 15.0, "现在灯变绿了吗？网能用了没有？"),
                   ("customer", 15.5, 16.5, "能用了。"))
    steps = _steps(t, rubric)
    assert steps["解决问题"].status == "found" and steps["解决问题"].detail["steps"].startswith("把路由器")
    assert steps["确认理解"].status == "found" and steps["确认理解"].quote == "现在灯变绿了吗？网能用了没有？"


def test_a_cause_and_a_free_way_back_are_a_solution_that_a_check_then_follows(rubric):
    t = transcript(("customer", 0.0, 4.0, "旧电脑估价三千，寄过去只给一千八，怎么回事？"),
                   ("agent", 4.5, 12.0, "检测发现电池鼓包，下单时您没选这项，所以扣了。不接受的话可以申请免费寄回。"),
                   ("agent", 12.5, 14.0, "我说明白了吗？"), ("customer", 14.5, 15.5, "明白了。"))
    steps = _steps(t, rubric)
    assert steps["解决问题"].status == "found" and steps["解决问题"].detail["concrete"] == "免费"
    assert steps["确认理解"].status == "found" and steps["确认理解"].quote == "我说明白了吗？"


def test_a_channel_step_is_a_solution_though_a_check_follows_in_its_turn(rubric):
    t = transcript(("customer", 0.0, 4.0, "航班取消了，我买了延误险，怎么赔？"),
                   ("agent", 4.5, 11.0, "核实了，航班确实没飞。七天内在官网传行程单就行。记下了吗？"),
                   ("customer", 11.5, 12.5, "记下了。"))
    steps = _steps(t, rubric)
    assert steps["解决问题"].status == "found" and steps["解决问题"].detail["steps"] == "在官网传"
    assert steps["确认理解"].status == "found"


@pytest.mark.parametrize(("reply", "action"), [("我让保洁两小时内过去。", "我让保洁两小时内过去"),
                                               ("明天回电话告诉您结果。", "回电话告诉您"),
                                               ("外卖平台不管，我让您自己去找。", "")])
def test_sending_someone_out_is_a_step_but_sending_the_customer_is_not(rubric, reply, action):
    t = transcript(("customer", 0.0, 4.0, "楼道里的垃圾堆了三天没人收，臭得不行。"), ("agent", 4.5, 9.0, reply))
    step = _steps(t, rubric)["解决问题"]
    assert (step.status, step.detail.get("steps", "")) == (("found", action) if action else ("missing", ""))


def test_what_someone_did_before_is_no_step_and_the_cover_that_pays_is_one(rubric):
    t = transcript(("customer", 0.0, 4.0, "我的电动车在楼下被撞了，对方跑了，能赔吗？"),
                   ("agent", 4.5, 7.0, "上个月我们给您赔过一笔钱。"), ("customer", 7.2, 8.0, "对，赔过。"),
                   ("agent", 9.5, 15.0, "这次可以走盗抢险赔，明年保费涨三成左右，划痕不深自己修更划算。"))
    step = _steps(t, rubric)["解决问题"]
    assert step.status == "found" and (step.detail["steps"], step.detail["concrete"]) == ("走盗抢险赔", "三成")


def test_looking_something_up_is_not_a_solution(rubric):
    t = transcript(("customer", 0.0, 3.0, "我的快递三天没动了。"), ("agent", 3.5, 6.0, "我帮您查一下，请稍等两分钟。"))
    assert _steps(t, rubric)["解决问题"].status == "missing"


@pytest.mark.parametrize("question", ["您家的路由器用了多久了", "您存的是原图还是截图", "您插卡时表响了一声没有",
                                      "您上个月是不是交过一次", "先把合同编号发给我", "这台电视能投屏还是只能看直播"])
def test_questions_without_a_mark_are_understanding_the_situation(rubric, question):
    t = transcript(("customer", 0.0, 3.0, "我家网一直连不上。"), ("agent", 3.5, 6.0, question))
    step = _steps(t, rubric)["了解状况"]
    assert step.status == "found" and step.quote == question


@pytest.mark.parametrize("statement", ["不用多久就好了", "您是上个月交的，是不是", "我先把单号发给您",
                                       "我能理解，还是只能按规定退"])
def test_statements_and_tag_questions_are_not_understanding_the_situation(rubric, statement):
    t = transcript(("customer", 0.0, 3.0, "我家网一直连不上。"), ("agent", 3.5, 6.0, statement))
    assert _status(t, rubric)["了解状况"] == "missing"


def test_a_tag_question_said_apart_from_its_restatement_still_confirms_it(rubric):
    # the ASR often cuts 「对吧」 into a segment of its own; the tag is not part of the echo
    said, restated = "一到周末网速就特别慢，平时还行。", "您这边是周末晚上上网慢，平时正常，"
    assert echo_share(restated + "对吧？", said) < rubric.setting("steps", "min_restatement_echo") <= echo_share(
        restated, said)
    t = transcript(("customer", 0.0, 4.0, said), ("agent", 4.5, 7.0, restated), ("agent", 7.2, 8.0, "对吧？"),
                   ("customer", 8.5, 9.0, "什么？"))
    step = _steps(t, rubric)["确认问题"]
    assert step.status == "found" and "repeating 21%" in step.rule


@pytest.mark.parametrize("said", ["下月一号开始扣，前一天短信提醒您。", "带上卡去柜台激活，当场就能用。"])
def test_a_scheduled_start_or_an_on_the_spot_action_is_a_concrete_solution(rubric, said):
    t = transcript(("customer", 0.0, 2.0, "我想改成自动扣费。"), ("agent", 2.5, 6.0, said))
    assert _status(t, rubric)["解决问题"] == "found"


@pytest.mark.parametrize("check, found", [("比等师傅上门快，这么安排行吗", True), ("今天就能寄出，这样办行吗", True),
                                          ("还有不明白的吗", True), ("您把单号发给我行吗", False)])
def test_asking_whether_the_arrangement_suits_or_anything_is_unclear_is_a_check(rubric, check, found):
    t = transcript(*OTHER_WORDING_TURNS[:7], ("agent", 28.2, 31.0, check))
    assert (_steps(t, rubric)["确认理解"].status == "found") is found


@pytest.mark.parametrize("said, step", [("这一折腾，可把您急坏了吧。", "感知情绪"), ("这事交给我，包在我身上。", "安抚情绪")])
def test_a_shape_of_the_pattern_files_finds_an_emotion_step(rubric, said, step):
    t = transcript(("customer", 0.0, 4.0, "我都打了三次电话了，你们到底管不管？"), ("agent", 4.5, 7.5, said))
    found = _steps(t, rubric)[step]
    assert found.status == "found" and not found.detail["by_meaning"]


def test_an_apology_for_the_trouble_is_no_solution(rubric):
    t = transcript(("customer", 0.0, 4.0, "宽带又断了，这都第三回了。"),
                   ("agent", 4.5, 8.0, "非常抱歉给您带来两次不便，给您添麻烦了。"))
    assert _status(t, rubric)["解决问题"] == "missing"


def test_a_check_ending_in_ba_is_a_check_of_understanding(rubric):
    t = transcript(("customer", 0.0, 4.0, "燃气费怎么翻了四倍？"),
                   ("agent", 4.5, 12.0, "这是估抄造成的，您拍张表盘照片发到公众号，多交的抵下个月。"),
                   ("agent", 12.5, 15.0, "拍照片、抵下月这两步，您都明白了吧"),
                   ("customer", 15.5, 16.5, "明白了。"))
    assert _status(t, rubric)["确认理解"] == "found"


def test_blame_worded_as_a_question_asks_nothing_about_the_situation(rubric):
    t = transcript(("customer", 0.0, 4.0, "你们凭什么只赔八千？"),
                   ("agent", 4.5, 7.5, "条款写得明明白白，谁让您当初不看条款。"))
    assert _status(t, rubric)["了解状况"] == "missing"


def test_asking_what_else_the_customer_has_is_a_question_not_a_check(rubric):
    t = transcript(("customer", 0.0, 4.0, "原来那张卡注销了，退款退不回去。"),
                   ("agent", 4.5, 7.0, "您手上还有别的本人银行卡吗？"))
    assert _status(t, rubric)["了解状况"] == "found"


def test_a_restatement_asking_for_agreement_is_no_solution(rubric):
    t = transcript(("customer", 0.0, 3.0, "我要退款。"),
                   ("agent", 3.5, 9.0, "您是说您昨天已经在APP上申请了三百元的退款，对吗？"))
    assert _status(t, rubric)["解决问题"] == "missing"


def test_an_action_said_as_the_time_of_something_else_is_no_solution(rubric):
    def call(agent: str):
        return transcript(("customer", 0.0, 3.0, "谁给我开的会员？"), ("agent", 3.5, 9.0, agent))
    assert _status(call("这是合作方的业务，开通的时候都要回短信确认。"), rubric)["解决问题"] == "missing"
    assert _status(call("您到营业厅的时候带上身份证，当场就能退订。"), rubric)["解决问题"] == "found"
    # the time clause names no step, but its time still makes the step after it concrete
    assert _status(call("下午三点的时候我给您处理。"), rubric)["解决问题"] == "found"


def test_an_amount_offset_against_next_month_s_bill_is_a_step(rubric):
    t = transcript(("customer", 0.0, 3.0, "漫游费一千三百多，太离谱了。"),
                   ("agent", 3.5, 9.0, "按封顶重算，多出的一千一百多，下月直接抵。"))
    assert _status(t, rubric)["解决问题"] == "found"


@pytest.mark.parametrize("check", ["刚才那一步，您跟我说一遍？", "扣多少、几天到，您听着都对得上吧？"])
def test_a_teach_back_or_does_it_add_up_is_a_check_of_understanding(rubric, check):
    t = transcript(("customer", 0.0, 4.0, "电视盒子一直显示错误码。"),
                   ("agent", 4.5, 10.0, "您断电一分钟再插上，三分钟内就好。"),
                   ("agent", 10.5, 13.0, check), ("customer", 13.5, 15.0, "断电一分钟，再插上。"))
    assert _status(t, rubric)["确认理解"] == "found"


def test_asking_for_a_detail_again_is_no_teach_back(rubric):
    t = transcript(("customer", 0.0, 4.0, "我想查一下快递。"), ("agent", 4.5, 7.0, "您再跟我说一遍您的手机号？"))
    assert _status(t, rubric)["确认理解"] == "missing"


@pytest.mark.parametrize("said", ["已经退了，钱三个工作日内原路回来。", "拖车四十分钟到，您先站到护栏外面等。",
                                  "您断电一分钟再插上。"])
def test_done_already_an_arrival_time_or_a_timed_power_cycle_is_a_solution(rubric, said):
    t = transcript(("customer", 0.0, 4.0, "麻烦帮我处理一下。"), ("agent", 4.5, 9.0, said))
    assert _status(t, rubric)["解决问题"] == "found"


def test_the_pipelines_forbidden_findings_give_the_same_steps_as_finding_them_again(rubric):
    from scoring.language import forbidden_phrases
    t = transcript(("customer", 0.0, 4.0, "你们到底怎么回事，又扣我钱？"),
                   ("agent", 4.5, 6.6, "您这火气我能明白，可跟我"), ("agent", 6.7, 7.5, "说没用。"))
    emotions = customer_emotions(t, rubric)
    given = detect_steps(t, rubric, emotions, forbidden_phrases(t, rubric.setting("conduct", "phrase_join_gap_s")))
    assert given == detect_steps(t, rubric, emotions) and given[0].status == "missing"


def test_a_question_that_guesses_the_feeling_acknowledges_it_and_asks_no_facts(rubric):
    steps = _steps(transcript(
        ("customer", 0.0, 5.0, "我爸上个月走了，号还在扣月租。一拿起电话心里就堵得慌。"),
        ("agent", 5.5, 9.0, "心里不好受吧？您节哀，手续我帮您办利索。"),
        ("agent", 9.5, 11.0, "号码多少？"),
    ), rubric)
    assert steps["感知情绪"].status == "found" and "心里不好受吧" in steps["感知情绪"].rule
    assert steps["安抚情绪"].status == "found" and "节哀" in steps["安抚情绪"].rule
    assert steps["了解状况"].quote == "号码多少？"


def test_saying_what_the_agent_looks_up_is_no_situation_question(rubric):
    t = transcript(("customer", 0.0, 3.0, "提前还款约到了明年三月。"),
                   ("agent", 3.5, 6.0, "我翻翻有没有人退号，您等我会儿。"))
    assert _status(t, rubric)["了解状况"] == "missing"
    t.segments.append(transcript(("agent", 7.0, 9.0, "还款卡号念给我。")).segments[0])
    assert _steps(t, rubric)["了解状况"].quote == "还款卡号念给我。"


@pytest.mark.parametrize("tag", ["我这么说没跑偏吧？", "我这么归纳行不行？", "我说得在不在点子上？", "我没听岔吧？", "我说全了吗？"])
def test_asking_whether_one_s_own_summary_is_right_closes_a_restatement(rubric, tag):
    t = transcript(("customer", 0.0, 4.0, "充到百分之三十就停了，却扣了一百五。"),
                   ("agent", 4.5, 9.0, f"归结起来：充到三十断了还扣一百五，多的想退，{tag}"),
                   ("customer", 9.5, 10.0, "对。"))
    assert _status(t, rubric)["确认问题"] == "found"


def test_asking_whether_the_customer_understood_is_no_restatement(rubric):
    t = transcript(("customer", 0.0, 4.0, "充到百分之三十就停了，却扣了一百五。"),
                   ("agent", 4.5, 9.0, "剩下的一百二十二今晚十二点前退回，我说清楚了吗？"),
                   ("customer", 9.5, 10.0, "清楚了。"))
    assert _status(t, rubric)["确认问题"] == "missing"


def test_a_tag_shape_split_over_two_segments_still_closes_the_restatement(rubric):
    t = transcript(("customer", 0.0, 4.0, "充到百分之三十就停了，却扣了一百五。"),
                   ("agent", 4.5, 8.0, "归结起来：充到三十断了还扣一百五，多的想退，我这么"),
                   ("agent", 8.1, 9.0, "说没跑偏吧？"),
                   ("customer", 9.5, 10.0, "对。"))
    steps = _steps(t, rubric)
    assert steps["确认问题"].status == "found" and steps["确认问题"].start == 8.1
