"""The fourteenth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout14.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout14.py`` (``generate.generate_set``, which has
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
HELDOUT14_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout14_telecom_roaming_bill",
        agent_id="A6501",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，移动客服，工号六五零幺。"),
            customer("去泰国玩了五天，回来话费扣了六百八！你们也太黑了吧？"),
            backchannel("agent", "嗯嗯。", at=0.5),
            agent("出趟门碰上这个数，谁都不痛快。您别急，我陪您对清楚。"),
            agent("在那边开的是手机流量吗？"),
            customer("就坐车时开了一阵导航。"),
            agent("您没开漫游包，导航扣了六百八，想减下来，是这意思不？"),
            customer("是。"),
            agent(
                "没开包按兆收费，所以贵。给您补成按天的漫游包，多扣的五百五十五三天内退回。"
                "这包达量限速，也就是用超了只降网速，不再扣钱。"
            ),
            agent("您看哪里不清楚？"),
            customer("清楚了。"),
            agent("感谢耐心，再见。"),
        ),
        # anger at a roaming bill after a holiday abroad (…你们也太黑了吧？): an agent backchannel 「嗯嗯。」 inside
        # the complaint; named (谁都不痛快) and soothed (您别急，我陪您对清楚: reassurance and commitment); asks how
        # the customer went online (了解状况); restates cause, amount and wish without a lead-in phrase (您没开漫游包，
        # …是这意思不？, confirmed); solves (why it cost so much, what is done, the refund and when) and checks
        # (您看哪里不清楚？, answered 清楚了): all six steps. 达量限速 explained in the same turn
        # (也就是…). Greeting with 工号, thanking close. No personal number (amounts only).
        expected=labels(True, True, True, True, True, True, jargon_explained=["达量限速"]),
    ),
    CallSpec(
        id="heldout14_banking_card_fraud_swipe",
        agent_id="A6502",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，信用卡中心，我是小周。"),
            customer("半夜短信说卡被刷了四千块！卡就在钱包里，我心到现在扑通跳。"),
            agent("这短信谁看了都吓一跳。您先稳住，卡我这就锁，钱有办法。"),
            agent("麻烦念一下卡号，我好冻卡。"),
            # 6217039582647156: a 16-digit bank card number with a valid Luhn check digit, read in groups of
            # four (幺 = 1); no digit follows itself
            customer("六二幺七，零三九五，八二六四，七幺五六。"),
            agent("锁好了。核实一下：那笔不是您刷的，您要追回来，对吧？"),
            customer("对。"),
            agent(
                "多半是绑卡的网站漏了信息。我给您提交调单，这笔先不用您出。"
                "您去派出所报案，回执拍照发公众号，四十五天出结果。"
            ),
            backchannel("customer", "嗯。", at=0.3),
            backchannel("customer", "报案是吧，好。", at=0.7),
            customer("行，我今天就去。"),
            agent("好，有事再打，再见。"),
        ),
        # fright at a fraudulent card charge in the night (…我心到现在扑通跳。): named (这短信谁看了都吓一跳) and
        # soothed (您先稳住，卡我这就锁，钱有办法); asks for the card number to block the card (了解状况, a lookup
        # question) and the customer reads it (one PII finding, needed); restates (锁好了。核实一下：…对吧？,
        # confirmed); solves (the likely cause, what is filed, that the charge is not owed meanwhile, what the
        # customer does, when the result comes) with customer backchannels 「嗯。」「报案是吧，好。」
        # inside it; 调单 unexplained, the customer does not ask (jargon without confusion); the customer states
        # her plan and the agent says goodbye: no check (确认理解 missing). Greeting with a name, no 工号; a goodbye
        # without thanks.
        expected=labels(True, True, True, True, True, False, jargon=["调单"], pii=["bank_card"]),
    ),
    CallSpec(
        id="heldout14_insurance_flight_delay_claim",
        agent_id="A6503",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("喂，您好，旅行险理赔。"),
            customer("你好，我买了延误险，前天飞成都晚了三个多钟头，怎么赔？"),
            agent("保单号报一下。"),
            # 8206391547: a 10-digit policy number, not a personal number
            customer("八二零六，三九幺五，四七。"),
            agent("延误险看起赔点，每满两个钟头赔两百。"),
            customer("起赔点是啥？没听懂，我们那趟本来两点起飞，结果拖到……"),
            agent("就是晚够两个钟头才开始赔。您晚了三个多钟头，算一档，两百。", interrupts=True),
            agent("延误证明拿到了吗？"),
            customer("拿到了。"),
            agent("那就在理赔小程序上传延误证明和登机牌照片，填好收款账户，审核完三个工作日到账。"),
            agent("怎么报，您记清楚了吗？"),
            customer("记清楚了，我回头就弄。"),
            agent("谢谢您来电，再见。"),
        ),
        # a calm question about a flight-delay claim (emotion steps not applicable). A fast agent asks the policy
        # number (a lookup) and later whether the delay certificate is there (了解状况; the 10-digit policy number is
        # not a personal number); 起赔点 unexplained, the customer says she did not understand and the explanation
        # comes only in the agent's next turn (jargon with confusion: the hit stands); that turn starts 1.6 s
        # before the customer's turn ends (one agent interruption); no restatement of the problem before the
        # answer (确认问题 missing); solves (why two hundred, what to upload where, when the money comes) and checks
        # (您记清楚了吗？, answered 记清楚了). Greeting without 工号; thanking close.
        expected=labels(None, None, True, False, True, True, agent_interruptions=1, jargon=["起赔点"]),
    ),
    CallSpec(
        id="heldout14_ecommerce_sofa_wrong_colour",
        agent_id="A6504",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("家居旗舰店售后。"),
            customer("订的浅灰沙发，送来是咖啡色！说好上门安装也没人来，我请假干等一天，你们到底怎么搞的？"),
            agent("收货手机号多少？"),
            # 13952708146: an 11-digit mainland mobile number (139 prefix), read in groups (幺 = 1);
            # no digit follows itself
            customer("幺三九，五二七零，八幺四六。"),
            agent("我调一下出库记录，您别挂。"),
            agent("记录是咖啡色。", pause_before=HOLD_S),
            agent("系统上就这么显示的，我这边也没辙。"),
            customer("那就是发错了！我要换，安装的人呢？"),
            agent("您要换浅灰的，再派人来装，是吧？"),
            customer("对啊，这还用问？"),
            agent("安装是外包师傅的事，您找他们去，跟我说不着。"),
            customer("行，我投诉你们。"),
        ),
        # anger at a sofa delivered in the wrong colour and an installer who never came (…你们到底怎么搞的？), never
        # acknowledged or soothed; asks only the delivery phone number (了解状况, a lookup) and the customer reads
        # her mobile number (one PII finding); announces the wait (我调一下出库记录，您别挂), 12 s of silence (a
        # hold); hides behind the system (系统上就这么显示的，我这边也没辙) and, after restating what the customer wants
        # (您要换浅灰的…是吧？, confirmed: 确认问题 found), pushes the installation off to a third party (安装是外包师傅的事，
        # 您找他们去，跟我说不着): two forbidden phrases; no way forward (解决问题 missing), no check, no closing (the
        # customer ends the call). No 您好, no 工号. Critical flag, so needs_review.
        expected=labels(
            False, False, True, True, False, False,
            forbidden=["系统上就这么显示的，我这边也没辙", "安装是外包师傅的事，您找他们去，跟我说不着"],
            pii=["mobile"],
            holds=1,
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout14_ecommerce_online_course_refund_mono",
        agent_id="A6505",
        industry="ecommerce",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            customer("喂，哪位？"),
            agent("您好，学而网课，工号六五零五，回您的退课申请。"),
            customer("哦，孩子的编程课上了四节，不想上了，能退多少？"),
            agent("是孩子不想学了吗？"),
            customer("周末要上别的班，排不开。"),
            agent("您是退剩下二十节，对吧？"),
            customer("对。"),
            agent("能退。按课消算，就是上过四节扣掉，剩下一千六全退，五天内到账。"),
            agent("钱数、时间，都清楚吗？"),
            customer("清楚了。"),
            agent("谢谢理解，再见。"),
        ),
        # an agent's call-back about a refund request for a child's online course; the customer answers the phone
        # first (喂，哪位？). A calm caller (emotion steps not applicable). A slow agent asks why (了解状况); restates
        # (您是退剩下二十节，对吧？, confirmed); solves (how much and why, by when) and checks (钱数、时间，都清楚吗？,
        # answered 清楚了). 课消 explained in the same turn (就是…). Greeting with 工号, thanking
        # close. No personal number (amounts only). Mono telephone band.
        expected=labels(None, None, True, True, True, True, jargon_explained=["课消"]),
    ),
    CallSpec(
        id="heldout14_utilities_muddy_tap_water",
        agent_id="A6506",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，自来水热线，工号六五零六。"),
            customer("一开龙头全是黄汤，孩子脸都没法洗！交了水费就用这个？"),
            agent("一拧开全是黄水，谁看着都膈应。您是哪个小区，几号楼？"),
            # 30826914: an 8-digit water account number, not a personal number
            customer("幸福里七号楼，户号三零八二，六九幺四。"),
            agent("您这栋是二次供水，前天管网检修，水箱的泥泛上来了。下午派人冲洗，晚上八点前恢复。"),
            customer("那这两天的水费怎么算？", interrupts=True),
            agent("水费照收，这是规定，您跟我讲也没用。"),
            customer("行吧。"),
            agent("冲完先放五分钟水，清了再用。"),
            agent("八点前恢复，先放水，记住了吗？"),
            customer("记住了。"),
            agent("那您先忙，有事随时打。"),
        ),
        # anger at muddy tap water (…交了水费就用这个？): named (谁看着都膈应) and the same turn moves on to the
        # address: no understanding, apology, reassurance or commitment (安抚情绪 missing); asks where (了解状况; the
        # water account number is not a personal number); goes from the answer straight to the cause and the repair
        # without restating the problem (确认问题 missing); 二次供水 unexplained, the customer does not ask (jargon
        # without confusion); the customer cuts into that turn (one customer interruption); the question about the
        # bill gets a brush-off (水费照收，这是规定，您跟我讲也没用: one forbidden phrase); solves (cause, who does what,
        # by when, what the customer does) and checks (…记住了吗？, answered 记住了). A fast agent. Greeting with
        # 工号; the close has neither thanks nor 再见. Critical flag, so needs_review.
        expected=labels(
            True, False, True, False, True, True,
            customer_interruptions=1,
            jargon=["二次供水"],
            forbidden=["水费照收，这是规定，您跟我讲也没用"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout14_banking_account_restricted_mono",
        agent_id="A6507",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            customer("喂？是人工吗？"),
            agent("在的，您好，工号六五零七。"),
            customer("工资卡突然转不出钱，房东天天催租，急死我了！"),
            agent("钱动不了、房租又催，换我也坐不住。您别慌，我这就查，今天给您准话。"),
            agent("先核对本人，念一下身份证号。"),
            # 430104197503282947: an 18-digit 身份证 number (Changsha 430104, born 1975-03-28) with a valid
            # ISO 7064 check digit (7), read in groups (幺 = 1); no digit follows itself
            customer("四三零幺零四，幺九七五零三二八，二九四七。"),
            agent("好了。最近有生人给您转过钱吗？"),
            customer("上周帮网友收过一笔五千的货款。"),
            agent(
                "卡被限了非柜面交易，就是手机转账、取款机都用不了。您是想赶紧解开交房租，对不对？",
                pause_before=DEAD_AIR_S,
            ),
            customer("对，今天能弄好吗？"),
            agent(
                "那笔五千被反诈系统拦了，所以限卡。今天带身份证去开户网点，说清钱的来历，当场就能解。"
            ),
            agent("带什么、说什么，记住了吗？"),
            customer("记住了，谢谢啊。"),
            agent("不客气，再见。"),
        ),
        # the customer speaks first (喂？是人工吗？). Distress over a salary card that cannot send money with the
        # rent due (…急死我了！): named (换我也坐不住) and soothed (您别慌，我这就查，今天给您准话); asks for
        # the 身份证 number to verify the caller (one PII finding, needed) and whether strangers sent money
        # (了解状况); 11 s of silence nobody announced (dead air), broken by the agent's explanation of 非柜面交易 in
        # the same turn (就是…) and a restatement (您是想…对不对？, confirmed); solves (the cause, what to bring where,
        # what to explain, when it is lifted) and checks (带什么、说什么，记住了吗？, answered 记住了). A fast agent. Greeting with
        # 工号; a goodbye without thanks (不客气，再见). Mono telephone band.
        expected=labels(True, True, True, True, True, True, jargon_explained=["非柜面交易"], pii=["id_card"], dead_air=1),
    ),
    CallSpec(
        id="heldout14_public_social_security_card_mono",
        agent_id="A6508",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("社保服务热线，请讲。"),
            customer("我社保卡丢了，银行那边已经挂失，想补一张，去哪补，带啥？"),
            agent("您是要补张新卡，是吗？"),
            customer("是的。"),
            agent("带身份证到就近社保网点，填张申请，十个工作日取卡。"),
            customer("卡里的医保钱不会受影响吧？"),
            agent("钱的事问银行，我们只管做卡，别的不归我们答。"),
            customer("哦，那我自己去问问，谢谢。"),
            agent("嗯。"),
        ),
        # a calm question about replacing a lost social security card (emotion steps not applicable). The customer
        # gives everything at once and a slow agent asks nothing (了解状况 missing); restates (您是要补张新卡，
        # 是吗？, confirmed); solves (what to bring, where, what to fill in, when to collect); answers the
        # follow-up question with a push-off (钱的事问银行，我们只管做卡，别的不归我们答: one forbidden phrase); no
        # check (确认理解 missing) and no closing (嗯。 to the customer's thanks). No 您好, no 工号. No personal
        # number. Critical flag, so needs_review. Mono telephone band.
        expected=labels(
            None, None, False, True, True, False,
            forbidden=["钱的事问银行，我们只管做卡，别的不归我们答"],
            needs_review=True,
        ),
    ),
)
