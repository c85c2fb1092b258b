"""The fortieth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout40.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout40.py`` (``generate.generate_set``, which has
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
HELDOUT40_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout40_telecom_hunt_line_busy",
        agent_id="A4001",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，融通商务专线，工号四二七一，请问办理什么业务？"),
            customer("你好，我们公司总机两条线，最近客户老说打进来是忙音，想问问怎么回事。"),
            agent("您公司的客户编号是？"),
            # customer number 805263174: not a personal number
            customer("八零五，二六三，幺七四。"),
            agent("您是说一条线占着，来电没转到第二条，是吧？"),
            customer("对。"),
            agent(
                "上周您改套餐时，连选功能被一起取消了。连选就是一条线忙，电话自动跳到空着的线。"
                "我现在免费给您重开，半小时后生效。这样说清楚吗？"
            ),
            backchannel("customer", "嗯。", at=0.35),
            customer("清楚了，谢谢啊。"),
            agent("不客气，感谢来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, True, jargon_explained=["连选"]),
    ),
    CallSpec(
        id="heldout40_telecom_doorbell_offline_mono",
        agent_id="A4002",
        industry="telecom",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("云家智能客服，请讲。"),
            customer("宽带送的可视门铃，这两天老显示离线，有人按也收不到，快递都退回去了，烦死了。"),
            agent("家里路由器动过吗？"),
            customer("前天换了个新的。"),
            agent("这很简单，说明书上都写着呢，换路由器得重新配网。"),
            customer("我翻了，没找着。"),
            agent("我查一下，请您稍等。"),
            agent(
                "让您久等了。门铃还在连旧的无线网。您在应用里点门铃，选更换网络，输新密码，一分钟就连上。记下了吗？",
                pause_before=HOLD_S,
            ),
            customer("记下了。"),
            agent("好，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, False, True, True,
            jargon=["配网"],
            forbidden=["这很简单，说明书上都写着呢"],
            holds=1,
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout40_utilities_new_flat_power_connection",
        agent_id="A4003",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，南川供电，我是小许。"),
            customer("新房月初申请的通电，到现在没电，周末要搬家，孩子才满月，我急得睡不着。"),
            backchannel("agent", "嗯。", at=0.45),
            agent("带着小孩搬家还没电，换谁都急，真抱歉让您久等。申请编号多少？"),
            # application number 2047391856: not a personal number
            customer("二零四七，三九幺八，五六。"),
            agent("您的申请还排在装表接电。"),
            customer("装表接电？啥意思？"),
            agent("就是上门装电表、接通电，排到下周三。"),
            customer("那周末怎么搬？孩子那么小……"),
            agent("您是想周末前通上电，对吧？", interrupts=True),
            customer("对。"),
            agent("我给您加急，周五上午上门，当天通电，家里留人开门。这样清楚吗？"),
            customer("清楚了，谢谢。"),
            agent("谢谢您的耐心。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, agent_interruptions=1, jargon=["装表接电"]),
    ),
    CallSpec(
        id="heldout40_utilities_radiator_valve_dripping",
        agent_id="A4004",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("喂，供热热线。"),
            customer("我家暖气阀门一直滴水，地板泡了，楼下顶棚都渗水了，急死了！"),
            agent("地址？"),
            customer("河西路九号院，三号楼五零二。"),
            agent("户内的暖气是您自家的，按规定我们不管，您自己找人修。", pause_before=DEAD_AIR_S),
            customer("水都流到楼下了，你跟我说这个？", interrupts=True),
            agent("多半是垫圈老化。先把暖气片下面两个阀门拧紧，水就停。明早八点师傅上门换，留个手机号。"),
            # 13807215964: an 11-digit mainland mobile number (138 prefix), read in groups (幺 = 1); no digit follows
            # itself
            customer("幺三八，零七二幺，五九六四。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, False, True, False,
            customer_interruptions=1,
            forbidden=["按规定我们不管，您自己找人修"],
            pii=["mobile"],
            dead_air=1,
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout40_banking_cheque_returned",
        agent_id="A4005",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，恒信银行。"),
            customer("前天存的客户支票，两万八，今天钱没到，支票还给退了！货都发了，这怎么办？"),
            backchannel("agent", "嗯。", at=0.5),
            agent("钱没到，货又发了，您肯定心里没底。存进哪个账户的？"),
            # 6217480371952649: a 16-digit bank card number with a valid Luhn check digit, read in groups of four
            # (幺 = 1); no digit follows itself
            customer("这张卡，六二幺七，四八零三，七幺九五，二六四九。"),
            agent("退回原因是印鉴不符。"),
            customer("那我该怎么办？"),
            agent("您是想把这笔钱收回来，是吧？"),
            customer("对。"),
            agent("把支票交回开票公司，重开一张，盖跟银行留的一样的章，再来存，一般当天到账。"),
            customer("好，我去找他们。"),
            agent("好的，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, False, True, True, True, False, jargon=["印鉴不符"], pii=["bank_card"]),
    ),
    CallSpec(
        id="heldout40_insurance_rear_ended_subrogation",
        agent_id="A4006",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，泰安车险，工号六三零八。"),
            customer("我等红灯被追尾，对方全责，他的保险拖半个月不赔，修车钱我垫着，受够了。"),
            agent("被撞还得垫钱，搁谁都窝火。您别急，我们来帮您。保单号是？"),
            # policy number 1029475386: not a personal number
            customer("幺零二九，四七五三，八六。"),
            agent("您是想先从我们这拿到修车钱，对吗？"),
            customer("对。"),
            agent(
                "可以走代位求偿，就是我们先赔您，再找对方保险公司要。"
                "维修发票和事故认定书拍照发公众号，五个工作日到账。还有哪里不明白吗？"
            ),
            backchannel("customer", "嗯嗯。", at=0.45),
            customer("没有了，这下省心了。"),
            agent("感谢来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, jargon_explained=["代位求偿"]),
    ),
    CallSpec(
        id="heldout40_ecommerce_lemon_tree_pot_broken_mono",
        agent_id="A4007",
        industry="ecommerce",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，青禾园艺旗舰店，工号二九五三，很高兴为您服务。"),
            # order number 1507382469: not a personal number
            customer(
                "我订单号是幺五零七，三八二四，六九。买的那棵盆栽柠檬树今天到了，盆碎成好几块，土撒了一箱子，"
                "还折了两根枝子，三百多块钱呢！"
            ),
            agent("活体植物路上磕磕碰碰很正常，不算质量问题。"),
            customer("盆都碎了还不算？那你说我这棵树怎么办？"),
            agent("这个我这边也没办法，您自己跟快递商量吧。"),
            customer("行，我直接退货，再去给你们差评。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, False, False, False, False,
            forbidden=["活体植物路上磕磕碰碰很正常，不算质量问题", "这个我这边也没办法，您自己跟快递商量吧"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout40_public_parking_permit_mono",
        agent_id="A4008",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            customer("喂？喂，是办停车证的吧？"),
            agent("是，您好，停车服务中心，我姓韩。"),
            customer("我们小区门口那条路的停车证，今年续办怎么没通过？"),
            agent("您身份证号是？"),
            # 420102195703143649: an 18-digit 身份证 number (Hubei Wuhan Jiang'an 420102, born 1957-03-14, even
            # sequence digit: female) with a valid ISO 7064 check digit (9), read in groups (幺 = 1); no digit
            # follows itself
            customer("四二零幺零二，幺九五七零三幺四，三六四九。"),
            agent("车在您女儿名下。您是想续这辆车，对吧？"),
            customer("对，平时我开。"),
            agent("要车主本人办。让她带行驶证和身份证去街道窗口，当场办好。明白吗？"),
            customer("明白了，谢谢。"),
            agent("不客气，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, True, pii=["id_card"]),
    ),
)
