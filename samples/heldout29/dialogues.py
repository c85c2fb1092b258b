"""The twenty-ninth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

A held-out measurement set (see ``README.md``; the per-call notes are in
``LABELS.md``, which must not be opened before the set has been measured): the
dialogues and the labels below were written together, from the definitions of
``shared/domain/seeds-reference.md`` and the label conventions of
``samples/README.md``, before anything was run on them. Nobody looked at the
scorer's code, lexicons, rubric or tests while writing them, and no scorer was
run on them. Nobody may tune the rules on these calls.

Reading this file shows the wording and the labels: whoever measures the set
must not read it before measuring.

The building blocks (``CallSpec``, ``agent``, ``customer``, ``backchannel``,
``labels``, the paces and pause lengths) come from ``samples/dialogues.py``;
``generate_heldout29.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout29.py`` (``generate.generate_set``, which has
``samples/`` on ``sys.path``): its own name is also ``dialogues``.
"""

from __future__ import annotations

from dialogues import (  # samples/dialogues.py: loaded by generate.generate_set, samples/ on sys.path
    DEAD_AIR_S,
    FAST_PACE,
    HOLD_S,
    NORMAL_PACE,
    SLOW_PACE,
    CallSpec,
    agent,
    backchannel,
    customer,
    labels,
)

# Labels: labels(感知情绪, 安抚情绪, 了解状况, 确认问题, 解决问题, 确认理解, **fields);
# True found, False missing, None not applicable (the customer shows no negative emotion).
HELDOUT29_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout29_telecom_topup_not_credited",
        agent_id="A2901",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，星河电信，工号三八六一。"),
            customer("我昨晚交了一百块话费，今天还是停机，这算怎么回事？"),
            backchannel("agent", "嗯。", at=0.5),
            agent("钱交了却打不了，确实让人窝火，真抱歉。您用什么交的，号码多少？"),
            # 13907265841: an 11-digit mainland mobile number (139 prefix), read in groups (幺 = 1); no digit
            # follows itself
            customer("手机银行，幺三九，零七二六，五八四幺。"),
            agent("我核对一下：昨晚交了一百，号码还停着，是这个情况吧？"),
            customer("没错。"),
            agent("银行昨晚维护，钱今早才到我们这边。我现在给您办复机，也就是把停掉的通话重新打开，十分钟内能打。我说清楚了吗？"),
            customer("清楚了，谢谢。"),
            agent("不客气，谢谢您打来，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, jargon_explained=["复机"], pii=["mobile"]),
    ),
    CallSpec(
        id="heldout29_banking_card_points_expired",
        agent_id="A2902",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，银河银行信用卡中心，请问您需要办理什么？"),
            customer("我攒了三年的两万多积分，上个月一下全没了！连个提醒都没有？"),
            agent("积分说没就没，您心里肯定不痛快。您是在哪里看到积分清空的？"),
            customer("手机应用里，积分那一栏变成零了。"),
            agent("积分每年年底清一次，满三年的会清掉，领卡协议里写着……"),
            customer("协议谁会一条条去看啊？你们总得发个短信提醒吧！", interrupts=True),
            agent("那是您自己没留意到期时间，银行这边不背这个锅。"),
            customer("那我这些分就白攒了？"),
            agent("清掉的积分系统里已经没有了，恢复不了。"),
            customer("行吧，我去消协问问。"),
            agent("好的，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            True, False, True, False, False, False,
            customer_interruptions=1,
            forbidden=["那是您自己没留意到期时间，银行这边不背这个锅"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout29_insurance_lost_luggage",
        agent_id="A2903",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，平和保险，工号四七零九。"),
            customer("我托运的箱子丢了，里面还有药，急得我睡不着。旅行险能赔吗？"),
            agent("连药都丢了，难怪您着急。您先放宽心，我来帮您办。请报一下身份证号。"),
            # 510104198703254638: an 18-digit 身份证 number (Sichuan Chengdu Jinjiang 510104, born 1987-03-25, odd
            # sequence digit: male) with a valid ISO 7064 check digit (8), read in groups (幺 = 1); no digit follows
            # itself
            customer("五幺零幺零四，幺九八七零三二五，四六三八。"),
            agent("查到了。机场给您开过丢失证明吗？"),
            customer("开了，有张事故记录单。"),
            agent("我理一下：箱子丢了，有记录单，想走理赔，对吗？"),
            customer("对。"),
            agent("能赔，最高两千。我们先赔，再向航空公司代位追偿。"),
            customer("代位追偿是什么意思？"),
            agent("就是我们替您找航空公司要钱。记录单拍照传到小程序上，三个工作日内打款。这样说清楚吗？"),
            backchannel("customer", "嗯。", at=0.5),
            customer("清楚了。"),
            agent("感谢您的信任，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, jargon=["代位追偿"], pii=["id_card"]),
    ),
    CallSpec(
        id="heldout29_ecommerce_mattress_odour",
        agent_id="A2904",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("家眠旗舰店，您说。"),
            customer("我买的乳胶床垫一股刺鼻的味道，孩子睡了一晚直咳嗽，我要退货！"),
            agent("订单尾号报一下。"),
            # order number tail 6038: not a personal number
            customer("六零三八。"),
            agent("拆了封的床垫不能退。这个味道放一阵子就散了。", pause_before=DEAD_AIR_S),
            customer("孩子都咳成那样了还让我等？你们这东西肯定有问题！"),
            agent("孩子咳嗽不见得是床垫闹的，您别什么都往我们身上推。要退您自己上平台申请去。"),
            customer("行，我去平台投诉你们。"),
            agent("好，拜拜。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, False, False, False,
            forbidden=["孩子咳嗽不见得是床垫闹的，您别什么都往我们身上推", "要退您自己上平台申请去"],
            dead_air=1,
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout29_utilities_low_water_pressure",
        agent_id="A2905",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，清源水务，工号五零二七，请问有什么可以帮您？"),
            customer("你好，我住十八楼，这个月水龙头出水特别小，热水器都打不着火。"),
            agent("是高层都这样，还是只有您家？", interrupts=True),
            customer("我问了二十楼，也一样。"),
            agent("也就是说，从这个月起，十八楼往上出水都小，没错吧？"),
            customer("对。"),
            agent(
                "你们楼是二次供水，就是靠楼里的加压泵把水送上高层。很可能是加压泵坏了一台。"
                "我今天派人去查，明天下午六点前修好，修好后发短信告诉您。"
            ),
            backchannel("customer", "嗯。", at=0.45),
            customer("好的。"),
            agent("多谢您反映，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, False, agent_interruptions=1, jargon_explained=["二次供水"]),
    ),
    CallSpec(
        id="heldout29_public_missing_manhole_cover_mono",
        agent_id="A2906",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            customer("喂？是市民热线吗？我家门口的井盖没了，刚才有辆电动车差点掉下去，吓死我了！"),
            agent("您好，我是热线小周。吓着您了吧，别慌，我马上处理。在哪条路？"),
            customer("建设路和东风街路口。"),
            agent("建设路东风街口，井盖没了，对吗？"),
            customer("对。"),
            agent("我这就通知抢修队，一小时内围起来，今晚换新的。这样行吗？"),
            customer("行，谢谢。"),
            agent("感谢您的反映，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True),
    ),
    CallSpec(
        id="heldout29_banking_fuel_double_charge_mono",
        agent_id="A2907",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，长宁银行，工号六幺四八。"),
            customer("你好，我前天加油刷了三百，账单上扣了两次。"),
            agent("请报一下卡号。"),
            # 6214839057261406: a 16-digit bank card number with a valid Luhn check digit, read in groups of four
            # (幺 = 1); no digit follows itself
            customer("六二幺四，八三九零，五七二六，幺四零六。"),
            agent("请您稍等，我查一下。"),
            agent("让您久等了。加油三百，扣了两笔，是吗？", pause_before=HOLD_S),
            customer("是的。"),
            agent("加油站机器没收到成功回执，又扣了一次。多扣的三百已经发起冲正，三个工作日内退回。"),
            customer("好。"),
            agent("还有其他需要帮您的吗？"),
            customer("没有了。"),
            agent("感谢来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, True, jargon=["冲正"], pii=["bank_card"], holds=1),
    ),
    CallSpec(
        id="heldout29_telecom_landline_crackle_mono",
        agent_id="A2908",
        industry="telecom",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("天音电信，故障报修。"),
            customer("我家座机一打电话就沙沙响，听不清对面说话，这都第三回报修了，你们到底能不能修好？"),
            agent("反反复复报修，确实烦人，真对不起。上回没修好是上门师傅那边的事，我们客服管不到他们。"),
            agent("这种沙沙声多半是楼下交接箱受潮。明天上午九点到十二点派人上门，把线头重新接好。"),
            customer("那明天上午我得在家等着？"),
            agent("对，师傅到之前先给您打电话。感谢您的来电。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            True, True, False, False, True, False,
            forbidden=["上回没修好是上门师傅那边的事，我们客服管不到他们"],
            jargon=["交接箱"],
            needs_review=True,
        ),
    ),
)
