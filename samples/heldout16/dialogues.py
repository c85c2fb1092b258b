"""The sixteenth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout16.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout16.py`` (``generate.generate_set``, which has
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
HELDOUT16_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout16_telecom_stolen_phone",
        agent_id="A6701",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，联通，工号六七零幺。"),
            customer("手机在地铁上被偷了！绑着支付和银行卡，我手都在抖。"),
            backchannel("agent", "嗯，您慢慢说。", at=0.4),
            agent("手机丢了还绑着钱，发慌太正常了。别担心，我先帮您停号。"),
            agent("先报一下身份证号。"),
            # 420106198307254610: an 18-digit 身份证 number (Wuhan Wuchang 420106, born 1983-07-25) with a valid
            # ISO 7064 check digit (0), read in groups (幺 = 1); no digit follows itself
            customer("四二零幺零六，幺九八三零七二五，四六幺零。"),
            agent("多久前发现的？"),
            customer("二十分钟前。"),
            agent("您要先停机，再补卡，对吗？"),
            customer("对。"),
            agent("号码停了，别人用不了。带身份证到营业厅补卡，十分钟办好；支付先借手机冻结。"),
            backchannel("customer", "嗯。", at=0.3),
            backchannel("customer", "好，先冻结。", at=0.8),
            agent("这三步清楚了吗？"),
            customer("清楚了，谢谢。"),
            agent("感谢来电，再见。"),
        ),
        # fear after a phone was stolen on the underground with payment apps bound to it (…我手都在抖。); an agent
        # backchannel 「嗯，您慢慢说。」 inside the complaint. Named (发慌太正常了) and soothed (别担心，我先帮您停号:
        # reassurance and commitment); asks for the 身份证 number to identify the account holder (one PII finding,
        # needed) and when the phone went missing (了解状况); restates (您要先停机，再补卡，对吗？, confirmed); solves
        # (what is done, what it prevents, where to go, how long, what else to do) with customer backchannels
        # 「嗯。」「好，先冻结。」 inside it; checks (这三步清楚了吗？, answered 清楚了): all six steps. Greeting with
        # 工号, thanking close. A normal agent. No jargon.
        expected=labels(True, True, True, True, True, True, pii=["id_card"]),
    ),
    CallSpec(
        id="heldout16_banking_wrong_transfer",
        agent_id="A6702",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，网银中心，我是小何。"),
            customer("交房租转错人了，八千块！账号输错一位，这钱还能要回来吗，我现在……"),
            agent("转出的卡号说一下。", interrupts=True),
            # 6214830951726040: a 16-digit bank card number with a valid Luhn check digit, read in groups of
            # four (幺 = 1); no digit follows itself
            customer("六二幺四，八三零九，五幺七二，六零四零。"),
            agent("收款人叫什么？"),
            customer("姓马，我根本不认识。"),
            agent("钱已经入账了，没法冲正。"),
            customer("冲正？冲正是什么？我听不明白。"),
            agent("就是银行直接把钱撤回来，进了别人账户就撤不了。"),
            agent("转账前您不核对，这个责任在您，怪不到银行头上。"),
            customer("我就问怎么办！"),
            agent("我给您提交退回申请，联系对方银行请收款人退钱，三个工作日内短信通知。对方不退，就带凭证去派出所报案。"),
            agent("等短信，不退就报案，记住了吗？"),
            customer("记住了。"),
            agent("好，再见。"),
        ),
        # anxiety over eight thousand yuan of rent sent to a stranger (…这钱还能要回来吗，我现在……); a fast agent cuts
        # into it with a request for the card number, 1.6 s before it ends (one agent interruption), and never
        # acknowledges or soothes the worry; asks for the card number (a lookup; the customer reads the full card
        # number: one PII finding) and the payee's name (了解状况); no restatement; says 冲正 without explaining it,
        # the customer says they do not understand and the explanation comes only in the agent's next turn (jargon
        # with confusion: the hit stands); blames the customer (转账前您不核对，这个责任在您，怪不到银行头上: one
        # forbidden phrase); solves (why the bank cannot pull the money back, what is done, by when, what if the
        # payee refuses) and checks (等短信，不退就报案，记住了吗？, answered 记住了). Greeting with a name, no 工号;
        # goodbye without thanks. Critical flag, so needs_review.
        expected=labels(
            False, False, True, False, True, True,
            agent_interruptions=1,
            jargon=["冲正"],
            forbidden=["转账前您不核对，这个责任在您，怪不到银行头上"],
            pii=["bank_card"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout16_insurance_burst_pipe",
        agent_id="A6703",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，家财险，工号六七零三。"),
            customer("水管爆了，漏到楼下，人家堵门要我赔，我脑子一片乱！"),
            agent("被人堵门，心里乱很正常。别慌，楼下损失能赔，我陪您报。"),
            agent("什么时候爆的？"),
            customer("早上七点，阀关了。"),
            agent("保单号报一下。"),
            # 3075284691: a 10-digit policy number, not a personal number
            customer("三零七五，二八四六，九幺。"),
            agent("也就是说，您想知道楼下那边怎么赔，是吗？"),
            customer("是。"),
            agent("明天上午派公估上门，两家一起看损失。"),
            customer("那他们现在就要钱，我给不给？", interrupts=True),
            agent("先别私下给，核完我们直接赔楼下，十个工作日左右。今天先拍照留底。"),
            agent("有进展短信通知您，再见。"),
        ),
        # distress after a burst pipe flooded the flat below, with the neighbours at the door (…我脑子一片乱！): named
        # (心里乱很正常) and soothed (别慌，楼下损失能赔，我陪您报: reassurance and commitment); asks when it burst
        # and the policy number (了解状况; the 10-digit policy number is not a personal number); restates (也就是说，
        # …是吗？, confirmed); 公估 unexplained, the customer does not ask about it (jargon without confusion); the
        # customer cuts into that turn with a question about paying the neighbours (one customer interruption);
        # solves (who comes when, who pays whom, how long, what to do today); then says goodbye without checking
        # anything (确认理解 missing). Greeting with 工号; a goodbye without thanks. A normal agent.
        expected=labels(
            True, True, True, True, True, False,
            customer_interruptions=1,
            jargon=["公估"],
        ),
    ),
    CallSpec(
        id="heldout16_ecommerce_rice_cooker_price_drop",
        agent_id="A6704",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，工号六七零四。"),
            customer("你好，电饭煲买了两天就降价两百，差价能退吗？"),
            agent("订单号多少？"),
            # 5820639147: a 10-digit order number, not a personal number
            customer("五八二零，六三九幺，四七。"),
            agent("退两百差价，对吧？"),
            customer("对。"),
            agent("这单有价保，就是七天内降价退差价。两百今天退，三天到账。"),
            backchannel("customer", "嗯。", at=0.45),
            agent("这样清楚吗？"),
            customer("清楚了，谢谢。"),
            agent("感谢来电，再见。"),
        ),
        # a calm question about a price drop two days after buying a rice cooker (emotion steps not applicable). A
        # slow agent asks for the order number (了解状况, a lookup; the 10-digit order number is not a personal
        # number); restates (退两百差价，对吧？, confirmed); solves (why it can be refunded, how much, when, by when)
        # with 价保 explained in the same turn (就是…) and a customer backchannel 「嗯。」 inside it; checks
        # (这样清楚吗？, answered 清楚了). Greeting with 工号, thanking close. No personal number.
        expected=labels(None, None, True, True, True, True, jargon_explained=["价保"]),
    ),
    CallSpec(
        id="heldout16_public_residence_permit_mono",
        agent_id="A6705",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            customer("你好，是市民热线吧？"),
            agent("是的，您好，工号六七零五。"),
            customer("我居住证快到期了，孩子九月上小学要用，怎么续？"),
            agent("您现在住哪个区？"),
            customer("高新区，租的房子。"),
            agent("您是想续证，赶九月孩子报名，对吗？"),
            customer("对。"),
            agent("请稍候，我查一下办理点。"),
            agent("居住证每年要签注，就是在证上再续一年。带身份证和租房合同去区政务中心二楼，当天办好。", pause_before=HOLD_S),
            agent("留个手机号，清单短信发您。"),
            # 13607294815: an 11-digit mainland mobile number (136 prefix), read in groups (幺 = 1);
            # no digit follows itself
            customer("幺三六，零七二九，四八幺五。"),
            agent("发了。材料和地点记住了吗？"),
            customer("记住了，谢谢。"),
            agent("感谢来电，再见。"),
        ),
        # the customer speaks first and greets (你好，是市民热线吧？). A calm question about renewing a residence
        # permit for a child's school enrolment (emotion steps not applicable). Asks which district (了解状况);
        # restates (您是想续证…对吗？, confirmed); announces the wait (请稍候，我查一下办理点。), 12 s of silence (a
        # hold); solves (what renewing means, what to bring, where, how long) with 签注 explained in the same turn
        # (就是…); asks for a mobile number to send the list by text (one PII finding); checks (材料和地点记住了吗？,
        # answered 记住了). Greeting with 工号, thanking close. A normal agent. Mono telephone band.
        expected=labels(None, None, True, True, True, True, jargon_explained=["签注"], pii=["mobile"], holds=1),
    ),
    CallSpec(
        id="heldout16_utilities_heating_cold",
        agent_id="A6706",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，热力公司服务热线。"),
            customer("暖气半个月都是温的，屋里才十四度，你们到底管不管？"),
            agent("十四度确实冻人，您着急是应该的，这事我一定给您落实。"),
            agent("您住几楼？整栋都不热吗？"),
            customer("六楼顶层，楼下挺热。"),
            agent("您这是管网末端水力失调。今天下午派人调阀门，明早能到二十度。"),
            customer("那暖气费能退点吗？"),
            agent("退费的事跟热线不沾边，您找收费窗口去，我这边管不了。"),
            customer("行吧。"),
            agent("下午两点到六点上门，时间记下了吗？"),
            customer("记下了。"),
            agent("感谢反馈，再见。"),
        ),
        # anger at a radiator that has stayed lukewarm for two weeks (…你们到底管不管？): named (十四度确实冻人，您着急
        # 是应该的) and soothed (这事我一定给您落实: a commitment); asks the floor and whether the whole building is
        # cold (了解状况); no restatement before the answer (确认问题 missing); solves (the cause, what is done this
        # afternoon, the temperature by tomorrow morning) with 水力失调 unexplained, the customer does not ask
        # (jargon without confusion); the request for a partial refund gets a push-off (退费的事跟热线不沾边，您找收费
        # 窗口去，我这边管不了: one forbidden phrase); checks the visit time (…时间记下了吗？, answered 记下了). 您好
        # without 工号; thanking close. A normal agent. Critical flag, so needs_review.
        expected=labels(
            True, True, True, False, True, True,
            jargon=["水力失调"],
            forbidden=["退费的事跟热线不沾边，您找收费窗口去，我这边管不了"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout16_ecommerce_birthday_flowers_mono",
        agent_id="A6707",
        industry="ecommerce",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，花礼网客服，工号六七零七，请问有什么需要？"),
            customer("订的生日花说好中午到，现在都傍晚了！寿宴都散了，我真的很失望。"),
            agent("生日花没赶上寿宴，换成我也特别失落。实在抱歉，今天这事我负责到底。"),
            agent("订单号后四位和收花地址？"),
            # 8306: the last four digits of an order number, not a personal number
            customer("后四位八三零六，城南花园九栋。"),
            agent("您是想知道花现在到哪了，还要个说法，对吗？"),
            customer("对。"),
            agent("花店接错了单，送去了城北，是我们的问题。已经重新配送，七点前送到；这单全额退款，原路返回，三天内到账。", pause_before=DEAD_AIR_S),
            agent("七点前送到、全额退款，您看这样可以吗？"),
            customer("行吧，晚是晚了，能送到就好。"),
            agent("再次抱歉，谢谢您体谅，再见。"),
        ),
        # the agent speaks first. Disappointment at birthday flowers that missed the party (…我真的很失望。): named
        # (换成我也特别失落) and soothed (实在抱歉，今天这事我负责到底: apology and commitment); asks the order
        # number's last four digits and the address (了解状况; four digits are not a personal number); restates
        # (您是想…对吗？, confirmed); then 11 s of silence nobody announced (dead air) before a fast agent's answer;
        # solves (the cause and who is responsible, what is done, by when, the refund and its timing) and checks
        # (…您看这样可以吗？, answered 行吧…能送到就好): all six steps. Greeting with 工号, thanking close. Mono
        # telephone band.
        expected=labels(True, True, True, True, True, True, dead_air=1),
    ),
    CallSpec(
        id="heldout16_telecom_tv_no_signal_mono",
        agent_id="A6708",
        industry="telecom",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            customer("喂？喂？是有线电视吧？"),
            agent("嗯，说。"),
            customer("电视昨晚起就没信号，打了两回电话都没人接，烦死了。"),
            agent("就是没信号呗？"),
            customer("对，就是没信号。"),
            agent("机顶盒那是装机师傅的活，您找他们去，我这边不接这个。"),
            customer("可机顶盒就是你们公司给装的啊？"),
            agent("这种电话我一天接几十个，您等着吧，过两天自己就好了。"),
            customer("算了，我自己想办法。"),
            agent("嗯。"),
        ),
        # the customer speaks first, without a greeting (喂？喂？…); the agent answers 嗯，说。 (no 您好, no 工号).
        # Annoyance at a television with no signal since last night and two unanswered calls (…烦死了。), never
        # acknowledged or soothed. A slow agent asks nothing (了解状况 missing); restates curtly (就是没信号呗？,
        # confirmed: 确认问题 found); pushes the customer to the installer (机顶盒那是装机师傅的活，您找他们去，我这边不接
        # 这个) and brushes them off (这种电话我一天接几十个，您等着吧，过两天自己就好了): two forbidden phrases; no
        # cause, no step, no time (解决问题 missing), no check, no closing. No personal number. Critical flag, so
        # needs_review. Mono telephone band.
        expected=labels(
            False, False, False, True, False, False,
            forbidden=["机顶盒那是装机师傅的活，您找他们去，我这边不接这个", "这种电话我一天接几十个，您等着吧，过两天自己就好了"],
            needs_review=True,
        ),
    ),
)
