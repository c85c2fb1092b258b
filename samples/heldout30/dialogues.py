"""The thirtieth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout30.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout30.py`` (``generate.generate_set``, which has
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
HELDOUT30_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout30_telecom_secondary_card_no_data",
        agent_id="A3001",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，远航移动，工号二七五三。"),
            customer("我给我爸办的副卡一直上不了网，老人天天问我，烦死了！"),
            agent("您夹在中间真闹心，抱歉让您受累了，我帮您弄好。副卡能打电话吗？主卡号码多少？"),
            # 18627490352: an 11-digit mainland mobile number (186 prefix), read in groups (幺 = 1); no digit
            # follows itself
            customer("电话能打，就是上不了网。号码是幺八六，二七四九，零三五二。"),
            agent("那就是说，副卡通话正常，只是上不了网，对吧？"),
            customer("对，就是这样。"),
            agent(
                "查到了，副卡没加进流量池，流量池就是主副卡共用的流量。"
                "我这就加上，半小时内能上网。这样行吗？"
            ),
            backchannel("customer", "嗯。", at=0.5),
            customer("行，谢谢你。"),
            agent("不客气，感谢来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, jargon_explained=["流量池"], pii=["mobile"]),
    ),
    CallSpec(
        id="heldout30_banking_credit_report_error",
        agent_id="A3002",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，瑞丰银行客服中心。"),
            customer("我房贷被拒了，说我征信有逾期！那张卡我去年就销了，怎么会逾期？"),
            agent("听得出这事把您急坏了。报一下那张卡的卡号。"),
            # 6217170830129869: a 16-digit bank card number with a valid Luhn check digit, read in groups of four
            # (幺 = 1); no digit follows itself
            customer("六二幺七，幺七零八，三零幺二，九八六九。"),
            agent("这张卡去年三月销户，可销户后又出了一笔年费，一百块没还，所以……"),
            customer("年费？销户的时候谁也没跟我说还有年费！", interrupts=True),
            agent("这种事办卡的时候都讲过，是您当时没听进去。"),
            customer("那我现在怎么办？"),
            agent("先把一百块年费还上，再到网点提异议申请，二十个工作日内出结果。"),
            customer("异议申请是什么意思？"),
            agent("就是请银行核实以后，把那条逾期记录撤掉。就这样。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            True, False, True, False, True, False,
            customer_interruptions=1,
            jargon=["异议申请"],
            forbidden=["这种事办卡的时候都讲过，是您当时没听进去"],
            pii=["bank_card"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout30_insurance_ebike_theft",
        agent_id="A3003",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，安泰保险，我是小林。"),
            customer("电动车昨晚被偷了，才买两个月，这可怎么办啊？"),
            backchannel("agent", "嗯。", at=0.55),
            agent("车刚买就丢，难怪您着急。别担心，我陪您办。请报一下身份证号。"),
            # 320104198507242634: an 18-digit 身份证 number (Jiangsu Nanjing Qinhuai 320104, born 1985-07-24, odd
            # sequence digit: male) with a valid ISO 7064 check digit (4), read in groups (幺 = 1); no digit follows
            # itself
            customer("三二零幺零四，幺九八五零七二四，二六三四。"),
            agent("请稍等，我调一下保单。"),
            agent("久等了。报警了吗？", pause_before=HOLD_S),
            customer("报了，有回执。"),
            agent("我核实一下：车被偷了，报了警，要申请理赔，对吗？"),
            customer("对。"),
            agent(
                "能赔，按购车价扣百分之十的绝对免赔。回执和发票拍照传公众号，"
                "五个工作日内打款。还有哪里不明白吗？"
            ),
            customer("没有了。"),
            agent("感谢您的信任，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, jargon=["绝对免赔"], pii=["id_card"], holds=1),
    ),
    CallSpec(
        id="heldout30_ecommerce_custom_curtains_short",
        agent_id="A3004",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，锦窗家居客服，请讲。"),
            customer("你好，定做的窗帘到了，短了一截，我下单填的是两米六……"),
            agent("订单号报我一下。", interrupts=True),
            # order number 3058726491: not a personal number
            customer("三零五八，七二六四，九幺。"),
            agent(
                "查到了，车间按两米四裁的，是我们裁错了。免费给您重做，七天内送到，"
                "旧的到时带走。这样处理，您还有什么不放心的吗？"
            ),
            customer("没有了，这样挺好。"),
            agent("感谢您的理解，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, False, True, True, agent_interruptions=1),
    ),
    CallSpec(
        id="heldout30_utilities_flickering_lights",
        agent_id="A3005",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，南岭供电，工号四零六八。"),
            customer("你好，我家这几天晚上灯老是一闪一闪的，白天还好。"),
            agent("闪的时候开着哪些电器？"),
            customer("空调热水器都开着，邻居家好像也闪。"),
            backchannel("agent", "嗯。", at=0.4),
            agent("我确认一下：晚上灯闪，邻居也闪，对吗？"),
            customer("对。"),
            agent(
                "晚上用电多，这片线路负荷不平衡，就是用电都挤在一根线上，电压不稳。"
                "小区里的线老化归物业，轮不到我们操心。明天上午派人调线路，中午前弄好。"
            ),
            customer("好，那我明天看看。"),
            agent("感谢您的反映，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            None, None, True, True, True, False,
            jargon_explained=["负荷不平衡"],
            forbidden=["小区里的线老化归物业，轮不到我们操心"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout30_public_fallen_tree_mono",
        agent_id="A3006",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("市民热线。"),
            customer("前天刮大风，小区门口倒了一棵树，横在人行道上。我前天就打过电话，到现在没人来，你们到底管不管？"),
            agent("哪个小区？"),
            customer("桂花路的金桂苑，北门。"),
            agent("树是园林局的事，我们热线只负责记下来转过去，您催我们也没用。"),
            customer("那到底什么时候能清走？老人孩子都得绕到马路上走！"),
            agent("我再给您登记一次，等那边安排吧。"),
            customer("行吧，再见。"),
            agent("再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, False, False, False,
            forbidden=["树是园林局的事，我们热线只负责记下来转过去，您催我们也没用"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout30_telecom_service_password_locked_mono",
        agent_id="A3007",
        industry="telecom",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，星辰通信，工号五幺三九。"),
            customer("你好，服务密码输错三次被锁了，网上营业厅登不上。"),
            agent("请说一下号码后四位。"),
            # the last four digits 8063: not a personal number
            customer("八零六三。"),
            agent("密码锁了，想重新设置，对吗？", pause_before=DEAD_AIR_S),
            customer("对。"),
            agent("输错三次系统就会锁上。我给您发条重置短信，点链接验证身份，就能设新密码。您记下了吗？"),
            customer("记下了。"),
            agent("感谢来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, True, dead_air=1),
    ),
    CallSpec(
        id="heldout30_ecommerce_coupon_not_applied_mono",
        agent_id="A3008",
        industry="ecommerce",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            customer("喂？能听到吗？"),
            agent("听得到，您好，优选商城，工号六二零七。"),
            customer("我刚下单，写着满三百减五十，我买了三百二，结账一分没减，这不是骗人吗？"),
            agent("优惠没兑现，难怪您生气，是我们的疏忽，对不起。您是说满减没抵扣，多付了五十，是吧？"),
            customer("对，就是这样。"),
            agent("您那单有一件是别家店的，跨店不算满减，所以没凑够三百。我退您五十到原账户，两小时内到账。您能接受吗？"),
            customer("可以，那我等着。"),
            agent("好的。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, False, True, True, True),
    ),
)
