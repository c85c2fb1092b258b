"""The twenty-seventh held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout27.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout27.py`` (``generate.generate_set``, which has
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
HELDOUT27_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout27_telecom_broadband_slow_evenings",
        agent_id="A8701",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，广联通信，工号八七零幺，请问有什么可以帮您？"),
            customer("我家宽带一到晚上就卡，这个月都报了三回了，到底修不修？"),
            backchannel("agent", "嗯。", at=0.5),
            agent("报了三回都没好，换谁都窝火，实在抱歉，我一定跟到底。几点开始卡？网线也卡吗？"),
            customer("八点以后，插网线也卡。"),
            agent("您是说每晚八点以后，有线无线都卡，对吗？"),
            customer("对。"),
            agent("您家线路光衰偏高，晚上人一多就掉速。明天上午师傅上门换段入户线，不收钱，中午前弄完。"),
            customer("上午我上班，下午行吗？", interrupts=True),
            agent("行，改到明天下午两点到四点，师傅先打电话。这样行吗？"),
            customer("行，谢谢。"),
            agent("感谢您的来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, customer_interruptions=1, jargon=["光衰"]),
    ),
    CallSpec(
        id="heldout27_banking_card_annual_fee",
        agent_id="A8702",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，恒丰银行信用卡中心。"),
            customer("你好，我这个月账单里多了三百块年费，办卡的时候明明说免年费，怎么说扣就扣了？"),
            agent("平白多扣三百，换我也不痛快，给您添麻烦了。我马上帮您查，卡号报一下？"),
            # 6217583094615292: a 16-digit bank card number with a valid Luhn check digit, read in groups of four
            # (幺 = 1); no digit follows itself
            customer("六二幺七，五八三零，九四六幺，五二九二。"),
            agent("您去年这张卡大概刷过几次？"),
            customer("没几次，也就四五回吧。"),
            agent(
                "查到了，去年刷了五次。免年费要一年刷满六次，差一次，系统就自动收了。"
                "这次给您退回来，三百块算溢缴款，也就是多存进卡里的钱，下个月直接抵账单。这些您都清楚了吗？"
            ),
            backchannel("customer", "嗯。", at=0.4),
            customer("清楚了，谢谢。"),
            agent("不客气，感谢您的来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, False, True, True, jargon_explained=["溢缴款"], pii=["bank_card"]),
    ),
    CallSpec(
        id="heldout27_insurance_cracked_screen_cover",
        agent_id="A8703",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，安信保险。"),
            customer("我昨天把手机摔了，屏幕全裂了。买的时候加了碎屏险，能赶紧修吗？我靠手机跑单，等不起啊。"),
            agent("屏碎了又耽误干活，确实着急。现在还能开机吗？"),
            customer("能开机，就是划不动。"),
            customer("喂？还在吗？", pause_before=DEAD_AIR_S),
            agent("在。说到底是您自己没拿稳，怨不了别人。出险后两天内得先在小程序上报。"),
            customer("出险是什么意思？"),
            agent("就是出了保险管的事，像摔坏屏幕。报完传照片，审核过了去指定维修点免费换屏，三天内换好。听明白了吗？"),
            customer("明白了。"),
            agent("好的，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            True, False, True, False, True, True,
            jargon=["出险"],
            forbidden=["说到底是您自己没拿稳，怨不了别人"],
            dead_air=1,
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout27_ecommerce_stroller_broken_wheel",
        agent_id="A8704",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("喂，乐购商城。"),
            customer("我买的婴儿推车今天刚到，拆开一个轮子就是断的！孩子等着用，你们发货前都不检查吗？我跟你说……"),
            agent("订单号多少？", interrupts=True),
            # order number tail 4716: not a personal number
            customer("尾号四七幺六。"),
            agent("这单是快递送的，轮子压坏了是快递的事，您找快递去，我们这边管不了。"),
            customer("东西是在你们店买的，凭什么让我去找快递？"),
            agent("规矩就是这么定的，您乐意找就找，不乐意我也没招。"),
            customer("行了行了，我投诉你们去。", interrupts=True),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, False, False, False,
            agent_interruptions=1,
            customer_interruptions=1,
            forbidden=[
                "轮子压坏了是快递的事，您找快递去，我们这边管不了",
                "规矩就是这么定的，您乐意找就找，不乐意我也没招",
            ],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout27_public_streetlights_out",
        agent_id="A8705",
        industry="public_services",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，市民服务热线，工号八七零五，请问您要反映什么？"),
            customer("你好，我们小区后门那条路，路灯坏了快一个星期了，想报个修。"),
            agent("哪条路？几盏不亮？"),
            customer("青松路，十二号楼到公交站那段，四盏。"),
            agent("您是说青松路那段四盏路灯不亮，对吗？"),
            customer("对。"),
            # 205839: a case number, not a personal number
            agent(
                "这段归照明所管，我现在转过去，三个工作日内修好，修完电话告诉您。"
                "受理编号二零五八三九。留个手机号？"
            ),
            backchannel("customer", "嗯。", at=0.35),
            # 13761498205: an 11-digit mainland mobile number (137 prefix), read in groups (幺 = 1); no digit
            # follows itself
            customer("幺三七，六幺四九，八二零五。"),
            agent("记下了。还有别的要反映吗？"),
            customer("没有了，谢谢。"),
            agent("感谢您的反映，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, True, pii=["mobile"]),
    ),
    CallSpec(
        id="heldout27_telecom_number_transfer_to_son_mono",
        agent_id="A8706",
        industry="telecom",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            customer("我想把名下这个手机号过户给我儿子，电话里能办吗？"),
            agent("您好，广联通信，工号八七零六。先核实身份，请报一下您的身份证号。"),
            # 320106195803142573: an 18-digit 身份证 number (Jiangsu Nanjing Gulou 320106, born 1958-03-14, odd
            # sequence digit: male) with a valid ISO 7064 check digit (3), read in groups (幺 = 1); no digit follows
            # itself
            customer("三二零幺零六，幺九五八零三幺四，二五七三。"),
            agent("核实好了。这个号现在有欠费吗？"),
            customer("没欠费。"),
            agent("您是想把这个号连同余额一起转给您儿子，对吧？"),
            customer("对。"),
            agent("过户电话里办不了，得你们俩带身份证去营业厅当面签字，半小时办完，号码余额都不变。"),
            customer("那我们周末去。"),
            agent("行，那就这样，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, False, pii=["id_card"]),
    ),
    CallSpec(
        id="heldout27_ecommerce_split_order_parcel_mono",
        agent_id="A8707",
        industry="ecommerce",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，优品网客服，工号八七零七，很高兴为您服务。"),
            customer("你好，我买了碗碟和炒锅，今天只到了碗碟，锅呢？"),
            # order number tail 5286: not a personal number
            agent("麻烦报一下订单尾号。"),
            customer("五二八六。"),
            agent("请您稍等，我查一下物流。"),
            agent("让您久等了。您是问这单里的炒锅为什么没跟碗碟一起到，对吗？", pause_before=HOLD_S),
            customer("对。"),
            agent("您这单拆单了，也就是分成两个包裹从两个仓库发。炒锅明天下午送到，不另收运费。这样解释您能理解吗？"),
            customer("能，那我明天等着。"),
            agent("好的，感谢您的耐心，祝您生活愉快，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, True, jargon_explained=["拆单"], holds=1),
    ),
    CallSpec(
        id="heldout27_utilities_planned_outage_oxygen_mono",
        agent_id="A8708",
        industry="utilities",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("供电热线，请讲。"),
            customer("我收到短信，说明天八点到下午五点停电。我爸在家吸氧，制氧机一停电就用不了，这可怎么办啊，我心里慌得很。"),
            agent("停电是按计划统一安排的，我们这边改不了，您自己想办法吧。"),
            customer("就不能给我们这片晚一天吗？"),
            agent("短信上的时间不会变。"),
            customer("那好吧。"),
            agent("没别的事我先挂了。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, False, False, False, False,
            forbidden=["停电是按计划统一安排的，我们这边改不了，您自己想办法吧"],
            needs_review=True,
        ),
    ),
)
