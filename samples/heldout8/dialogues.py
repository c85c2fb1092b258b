"""The eighth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

A held-out measurement set (see ``README.md``; the per-call notes are in
``LABELS.md``, which must not be opened before the set has been measured): the
dialogues and the labels below were written together, from the definitions of
``shared/domain/seeds-reference.md`` and the label conventions of
``samples/README.md``, before any scorer output on them was seen. Nobody looked
at the scorer's code, lexicons, rubric or tests while writing them, and no
scorer was run on them. Nobody may tune the rules on these calls.

Reading this file shows the wording and the labels: whoever measures the set
must not read it before measuring.

The building blocks (``CallSpec``, ``agent``, ``customer``, ``backchannel``,
``labels``, the paces and pause lengths) come from ``samples/dialogues.py``;
``generate_heldout8.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout8.py`` (``generate.generate_set``, which has
``samples/`` on ``sys.path``): its own name is also ``dialogues``.
"""

from __future__ import annotations

from dialogues import (  # samples/dialogues.py: loaded by generate.generate_set, samples/ on sys.path
    DEAD_AIR_S,
    FAST_PACE,
    HOLD_S,
    NORMAL_PACE,
    CallSpec,
    agent,
    backchannel,
    customer,
    labels,
)

# Labels: labels(感知情绪, 安抚情绪, 了解状况, 确认问题, 解决问题, 确认理解, **fields);
# True found, False missing, None not applicable (the customer shows no negative emotion).
HELDOUT8_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout8_telecom_roaming_bill",
        agent_id="A5901",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，通信客服。"),
            customer("刚从泰国回来，账单一千三百多！才去五天，话费比机票还贵，抢钱呢？"),
            backchannel("agent", "嗯。", at=0.45),
            agent("换谁都会吓一跳。您消消气，不该收的，一分都不让您多掏。"),
            agent("手机号多少？在那边开着流量吧？"),
            # 13907254816: an 11-digit mainland mobile number (139 prefix), read in groups (幺 = 1);
            # no digit follows itself
            customer("幺三九，零七二五，四八幺六。开着呢。"),
            agent("就是说，没开漫游包，想把多收的退回来，对吧？"),
            customer("对。"),
            agent(
                "没开漫游包就按标准价计了。泰国有日封顶，就是一天最多收三十，"
                "重算下来多出的一千一百多，下月直接抵。"
            ),
            agent("这么处理您能接受吗？"),
            customer("能接受，谢谢啊。"),
        ),
        # shock and anger at a roaming bill (…抢钱呢？): the agent names it (换谁都会吓一跳) and soothes
        # with a commitment (您消消气，不该收的，一分都不让您多掏); asks the number and checks a hypothesis
        # (在那边开着流量吧？); restates (就是说，…对吧？, confirmed); solves (cause, the cap, the
        # recalculation, how the money comes back) and checks that the handling is accepted (这么处理您能
        # 接受吗？, answered 能接受): all six steps. 日封顶 explained in the same turn (就是…). An agent
        # backchannel 「嗯。」 inside the customer's first turn. The customer reads the mobile number (one
        # PII finding).
        expected=labels(True, True, True, True, True, True, jargon_explained=["日封顶"], pii=["mobile"]),
    ),
    CallSpec(
        id="heldout8_banking_card_blocked_mono",
        agent_id="A5902",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，银行客服。"),
            customer("出差回来卡就刷不了了，房东下午要房租，我手都在抖。"),
            agent("节骨眼上卡用不了，搁谁都慌。钱没少，今天一定让您交上。"),
            agent("卡号多少？"),
            # 6217594032615872: a 16-digit debit card number with a valid Luhn check digit, read in
            # groups of four (幺 = 1); no digit follows itself
            customer("六二幺七，五九四零，三二六幺，五八七二。"),
            agent("您别挂，我调一下记录，十来秒。"),
            agent("久等了。您是卡用不了，今天要转房租，对吧？", pause_before=HOLD_S),
            customer("没错。"),
            agent("您在境外连刷了几笔，非柜面交易就被暂停了。已经给您解开，五分钟后就能转。"),
            customer("好。"),
            agent("好的，再见。"),
        ),
        # panic about rent due today (我手都在抖): named (搁谁都慌) and soothed (钱没少，今天一定让您
        # 交上); asks the card number; announces the wait (您别挂，我调一下记录，十来秒), 12 s of silence
        # (a hold), thanks for waiting; restates (…对吧？, confirmed); solves (cause, done now, when);
        # ends with a goodbye, no check (确认理解 missing). 非柜面交易 left unexplained, the
        # customer does not ask. The whole card number is read (one PII finding). Mono telephone band.
        expected=labels(True, True, True, True, True, False, jargon=["非柜面交易"], pii=["bank_card"],
                        holds=1),
    ),
    CallSpec(
        id="heldout8_insurance_flight_delay_payout",
        agent_id="A5903",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，保险热线。"),
            customer("航班延误险，飞机晚了四个多小时，三个礼拜了钱还没到，每回都说在处理，到底处理到哪了？"),
            agent("保单号报一下。"),
            customer("九七三零，二五八幺，航班号是五七二三。"),
            agent("还在核赔。延误数据是航空公司推的，他们不推我们也没辙。"),
            customer("核赔是什么意思？三个礼拜了还没核完？"),
            agent("您当时在页面上没传登机牌，这个怪不了我们，系统就一直卡着等材料。"),
            customer("那你们倒是早说啊！三个礼拜没一个人提过登机牌！", interrupts=True),
            agent("您要是急，自己打航空公司电话问问吧。"),
            customer("行，我发到网上让大家评评理。"),
        ),
        # irritation after three weeks and repeated calls (每回都说在处理…), never acknowledged or
        # soothed; asks the policy number; 核赔 unexplained and the customer asks what it means (jargon
        # with confusion, never answered); pushes it onto the airline (他们不推我们也没辙), blames the
        # customer (这个怪不了我们) and sends her to the airline (自己打航空公司电话问问吧): three
        # forbidden phrases; the customer cuts into the agent's turn (a customer interruption); a cause
        # but no way forward, no restatement, no check. Critical flag, so needs_review. The policy
        # number 九七三零二五八幺 and the flight number 五七二三 are not personal numbers.
        expected=labels(
            False, False, True, False, False, False,
            customer_interruptions=1,
            jargon=["核赔"],
            forbidden=["他们不推我们也没辙", "这个怪不了我们", "自己打航空公司电话问问吧"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout8_ecommerce_wrong_shoes",
        agent_id="A5904",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，请问遇到什么问题了？"),
            customer("你好，我买的男款黑跑鞋，四十二码，拆开是一双小孩的粉凉鞋，估计是发错了。"),
            agent("订单号方便念一下吗？鞋盒上的标签印的是什么？"),
            customer("二零五八，三七幺九，四六，标签写的童鞋。"),
            agent("明白，您订的是四十二码男款黑跑鞋，收到的是童款粉凉鞋，要换回原来那双，是吧？"),
            customer("对。"),
            agent(
                "是仓库拣货拿错了，责任在我们。跑鞋今天就先给您发，不用等凉鞋退回来，后天能到；"
                "明天上午快递上门取凉鞋，来回运费都不用您出。"
            ),
            backchannel("customer", "嗯。", at=0.3),
            backchannel("customer", "好。", at=0.7),
            agent("取件的时候把凉鞋装回原来的鞋盒，交给快递员就行。"),
            customer("吊牌我剪了，不要紧吧？", interrupts=True),
            agent("不要紧，不影响换货。这么安排您看行吗？"),
            customer("行，谢谢。"),
            agent("不客气，再见。"),
        ),
        # a calm report of a wrong item (估计是发错了): emotion steps not applicable. A fast agent asks
        # (order number, the label), restates (…是吧？, confirmed), solves (cause and responsibility,
        # what is sent when and why first, pick-up, no cost, how to hand it over) and checks (这么安排
        # 您看行吗？). Customer backchannels 「嗯。」「好。」 inside the explanation; the customer cuts into
        # the hand-over instructions with a question (a customer interruption). The order number
        # 二零五八三七幺九四六 is not a personal number.
        expected=labels(None, None, True, True, True, True, customer_interruptions=1),
    ),
    CallSpec(
        id="heldout8_utilities_water_bill_leak",
        agent_id="A5905",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，自来水公司。"),
            customer("水费八百多！就两口人，平时才三四十，你们抄错了还是表坏了？这钱我可一分都……"),
            agent("八百多，您这是真急了。水龙头全关上，表上那个小转盘还动不动？", interrupts=True),
            customer("我看了，关着也在慢慢动。"),
            agent("我对一下：水全关着表还在走，您想弄清这八百多怎么来的，对吧？"),
            customer("对，就这个。"),
            agent(
                "那是漏在表后，就是水表往您家那一侧的管子，多半埋在地下。"
                "您找人修好，带维修单来营业厅，漏的那部分水费能减一半。"
            ),
            customer("行，我先找人修。"),
            agent("好，再见。"),
        ),
        # anger at a bill twenty times the usual (…你们抄错了还是表坏了？): the agent cuts into the
        # customer's turn (one agent interruption) to name it (您这是真急了) and check a hypothesis
        # (小转盘还动不动？), but never soothes it (no understanding, apology, reassurance or commitment);
        # restates (我对一下：…对吧？, confirmed); solves (cause, where, what to do, what it brings); ends
        # with a goodbye, no check. 表后 explained in the same turn (就是…).
        expected=labels(True, False, True, True, True, False, agent_interruptions=1, jargon_explained=["表后"]),
    ),
    CallSpec(
        id="heldout8_public_kindergarten_fee_mono",
        agent_id="A5906",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，市民缴费热线。"),
            customer("你好，问个事。给孩子交幼儿园保教费，银行扣了四千二，老师说系统里还显示没交，这钱去哪了？"),
            agent("孩子的身份证号报一下，我按孩子的信息查。"),
            # 510104201906275839: an 18-digit 身份证 number (Chengdu 510104, born 2019-06-27) with a
            # valid ISO 7064 check digit (9), read in groups (幺 = 1); no digit follows itself
            customer("五幺零幺零四，二零幺九零六二七，五八三九。"),
            agent(
                "查到了。您这笔是掉单，就是银行扣了钱，我们没收到银行的到账通知，所以老师那看着没交。"
                "不用再交，我现在手工补上，明天上午十点以后就显示已交。"
            ),
            agent("不用重交、明天十点以后再看，这两点您清楚了吗？"),
            customer("清楚了，谢谢你。"),
            agent("不客气，再见。"),
        ),
        # a calm question about a school fee taken by the bank but not shown as paid (emotion steps not
        # applicable); asks for the child's 身份证 number (one PII finding); goes from the lookup straight
        # to the answer, no restatement (确认问题 missing); solves (cause, no second payment, what the agent
        # does, when it shows) and checks (…这两点您清楚了吗？, answered 清楚了). 掉单 explained in the
        # same turn (就是…). Mono telephone band.
        expected=labels(None, None, True, False, True, True, jargon_explained=["掉单"], pii=["id_card"]),
    ),
    CallSpec(
        id="heldout8_telecom_parent_video_membership",
        agent_id="A5907",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("喂，您好，请讲。"),
            customer("我妈七十多了，手机每月被扣二十五的视频会员，扣了整整一年！她连视频都不会看，谁给她开的？"),
            agent("这是合作方的代计费业务，开通的时候都要回短信确认。"),
            customer("她哪会回什么短信？她连字都看不清，准是你们自己偷偷……"),
            agent("系统里这个号就是回过确认码，老人家自己点的，这可赖不到我们头上。", interrupts=True),
            customer("她一个老太太懂什么确认码？一年三百，就这么吞了？全给我退！"),
            agent("退是退不了，您要觉得冤，尽管找工信部去。"),
            customer("好，我这就去营业厅找你们领导。"),
        ),
        # an angry son or daughter (…谁给她开的？), never acknowledged or soothed; the agent asks nothing;
        # 代计费 left unexplained (the customer asks about the text message, not the term); cuts into the
        # customer's turn (one agent interruption); blames the mother and denies any part (这可赖不到我们
        # 头上) and dares the customer to complain (尽管找工信部去): two forbidden phrases; a flat refusal
        # with no reason or alternative, no restatement, no check. Critical flag, so needs_review.
        expected=labels(
            False, False, False, False, False, False,
            agent_interruptions=1,
            jargon=["代计费"],
            forbidden=["这可赖不到我们头上", "尽管找工信部去"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout8_insurance_car_renewal_mono",
        agent_id="A5908",
        industry="insurance",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，车险服务。"),
            customer("你好，前天续车险，卡被扣了两次，每次三千一百八，多的那笔怎么退？"),
            agent("保单号多少？两笔是同一张卡吗？"),
            customer("三零七二，五八四九，六幺，是同一张卡。"),
            agent("看到了。您续一份车险被扣了两回，要退多的那笔，是吧？", pause_before=DEAD_AIR_S),
            customer("没错。"),
            agent("付款时页面超时，您又点了一次，就扣了两回。第二笔我撤销了，三个工作日内原路退回，有短信提醒。"),
            agent("这样处理您看行吗？"),
            customer("行，谢谢。"),
            agent("不客气，再见。"),
        ),
        # a calm question about a double charge (emotion steps not applicable); asks (policy number,
        # same card?); after the customer's answer 11 s of silence nobody announced (dead air), broken by
        # the agent without a word about it; restates (…是吧？, confirmed); solves (cause, done now, when,
        # where, notice) and checks (这样处理您看行吗？). The policy number 三零七二五八四九六幺 is not a
        # personal number. Mono telephone band.
        expected=labels(None, None, True, True, True, True, dead_air=1),
    ),
)
