"""The fifteenth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout15.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout15.py`` (``generate.generate_set``, which has
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
HELDOUT15_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout15_telecom_broadband_move",
        agent_id="A6601",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，电信宽带，工号六六零幺。"),
            customer("移机报了十天，还没人来装！我天天跑外面蹭网上班，真是受够了。"),
            agent("十天没网，搁谁都憋屈。对不住您，今天一定给您准信。"),
            agent("师傅上过门吗？"),
            customer("来过一趟，瞅了瞅楼道就走了。"),
            agent("我捋一捋：师傅没装成，您想尽快通网，对吗？"),
            customer("对。"),
            agent("您那栋楼分纤箱满了，就是楼道里接光纤的盒子没空位。明天上午加接口，下午两点到五点上门装。"),
            backchannel("customer", "嗯。", at=0.35),
            backchannel("customer", "明天下午，行。", at=0.75),
            agent("还有哪块不踏实？"),
            customer("没了。"),
            agent("谢谢您耐心等，再见。"),
        ),
        # frustration over a broadband move that has waited ten days (…真是受够了。): named (搁谁都憋屈) and
        # soothed (apology 对不住您 and commitment 今天一定给您准信); asks whether the installer came (了解状况);
        # restates with a lead-in (我捋一捋：…对吗？, confirmed); solves (the cause, what is done tomorrow morning, the
        # visit window) with 分纤箱 explained in the same turn (就是…) and customer backchannels 「嗯。」「明天下午，行。」
        # inside it; checks (还有哪块不踏实？, answered 没了): all six steps. Greeting with 工号, thanking close. No
        # personal number. A normal agent.
        expected=labels(True, True, True, True, True, True, jargon_explained=["分纤箱"]),
    ),
    CallSpec(
        id="heldout15_banking_mortgage_prepay",
        agent_id="A6602",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，房贷热线，我是小林。"),
            customer("你好，我想拿八万提前还款一部分，怎么弄？"),
            agent("扣月供的卡号念一下，我调合同。"),
            # 6230581407926359: a 16-digit bank card number with a valid Luhn check digit, read in groups of
            # four (幺 = 1); no digit follows itself
            customer("六二三零，五八幺四，零七九二，六三五九。"),
            agent("八万是一次拿出来吗？"),
            customer("对，一次。"),
            agent("您是想一次提前还款八万，对吧？"),
            customer("对。"),
            agent("不收违约金，建议您选缩期。"),
            customer("缩期？啥意思，没明白。"),
            agent("就是月供不变，年限缩短，这样省的利息最多。"),
            agent("手机银行点贷款，选提前还款和缩期，三个工作日生效。"),
            agent("您都记下了吗？"),
            customer("记下了，谢谢。"),
            agent("感谢来电，再见。"),
        ),
        # a calm question about repaying part of a mortgage early (emotion steps not applicable). A fast agent asks
        # for the card the instalments are taken from (a lookup; the customer reads the full card number: one PII
        # finding) and whether the money comes at once (了解状况); restates (您是想…对吧？, confirmed); says 缩期
        # without explaining it, the customer says she does not understand, and the explanation comes only in the
        # agent's next turn (jargon with confusion: the hit stands); solves (why this option, where to tap, when it
        # takes effect) and checks (您都记下了吗？, answered 记下了). Greeting with a name, no 工号; thanking close.
        expected=labels(None, None, True, True, True, True, jargon=["缩期"], pii=["bank_card"]),
    ),
    CallSpec(
        id="heldout15_insurance_scooter_collision",
        agent_id="A6603",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，车险报案，工号六六零三。"),
            customer("倒车把骑电动车的大姐碰倒了，人还流着血，我腿都软了，咋办啊？"),
            agent("心慌太正常了。别怕，有保险兜着，我带您办。"),
            agent("报一下身份证号。"),
            # 370203198609275136: an 18-digit 身份证 number (Qingdao Shinan 370203, born 1986-09-27) with a valid
            # ISO 7064 check digit (6), read in groups (幺 = 1); no digit follows itself
            customer("三七零二零三，幺九八六零九二七，五幺三六。"),
            agent("请稍等，我调保单。"),
            agent("人送医院了吗？", pause_before=HOLD_S),
            customer("送了，交警也在。"),
            agent("您是问医药费怎么赔，对吗？"),
            customer("对。"),
            agent("这走三者险，伤者医药费保额内都能赔。"),
            customer("医院要押金，要我先垫吗？", interrupts=True),
            agent("先垫上，认定书出来后上传发票，五个工作日到账。"),
            agent("这几步清楚了吗？"),
            customer("清楚了。"),
            agent("谢谢报案，再见。"),
        ),
        # fear after knocking down a scooter rider while reversing (…我腿都软了，咋办啊？): named (心慌太正常了)
        # and soothed (别怕，有保险兜着，我带您办: reassurance and commitment); asks for the 身份证 number to identify the
        # policy holder (one PII finding, needed); announces the wait (请稍等，我调保单。), 12 s of silence (a hold);
        # asks whether the injured woman is in hospital (了解状况); restates (您是问医药费怎么赔，对吗？, confirmed);
        # 三者险 unexplained, the customer does not ask about it (jargon without confusion); the customer cuts into
        # that turn with her question about the deposit (one customer interruption); solves (what the insurance
        # covers, who pays now, what to upload when, how long) and checks (这几步清楚了吗？, answered 清楚了): all six
        # steps. Greeting with 工号, thanking close (谢谢报案，再见). A normal agent.
        expected=labels(
            True, True, True, True, True, True,
            customer_interruptions=1,
            jargon=["三者险"],
            pii=["id_card"],
            holds=1,
        ),
    ),
    CallSpec(
        id="heldout15_ecommerce_thawed_shrimp",
        agent_id="A6604",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("生鲜售后，说吧。"),
            customer("买的冻虾到家全化了，箱子一开一股臭味，泡沫箱都塌了！一家子等着过节吃呢，我打了三回电话都没人……"),
            agent("订单号报一下。", interrupts=True),
            # 7305824619: a 10-digit order number, not a personal number
            customer("七三零五，八二四六，幺九。"),
            agent("哪天签收的？"),
            customer("昨天下午。"),
            agent("签收时您自己不验，现在说化了，这我们可说不清。"),
            customer("我拆开就是化的！你的意思是怪我？"),
            agent("冷链是快递在管，化不化的您跟快递掰扯去，跟店里扯不上。"),
            customer("行，你们就等着差评吧。"),
        ),
        # anger at frozen shrimp that arrived thawed and stinking (…我打了三回电话都没人……), never acknowledged or
        # soothed; a fast agent cuts into the complaint with a request for the order number, 1.6 s before it ends
        # (one agent interruption); asks the order number and the delivery day (了解状况, lookups; the 10-digit
        # order number is not a personal number); no restatement; blames the customer for signing (签收时您自己不验，
        # 现在说化了，这我们可说不清) and pushes her to the courier (冷链是快递在管，化不化的您跟快递掰扯去，跟店里扯不上):
        # two forbidden phrases; no way forward, no check, no closing (the customer ends the call). No 您好, no
        # 工号. Critical flag, so needs_review.
        expected=labels(
            False, False, True, False, False, False,
            agent_interruptions=1,
            forbidden=["签收时您自己不验，现在说化了，这我们可说不清", "冷链是快递在管，化不化的您跟快递掰扯去，跟店里扯不上"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout15_ecommerce_video_autorenew_mono",
        agent_id="A6605",
        industry="ecommerce",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            customer("你好你好，是视频会员客服吗？"),
            agent("您好，工号六六零五。"),
            customer("早不看了，还自动扣了三个月，真寒心。"),
            agent("白扣三个月，难怪您心凉。抱歉，这就帮您办。"),
            agent("会员绑的手机号？"),
            # 15827093641: an 11-digit mainland mobile number (158 prefix), read in groups (幺 = 1);
            # no digit follows itself
            customer("幺五八，二七零九，三六四幺。"),
            agent("想停续费、退钱，是吗？"),
            customer("是的。"),
            agent("首月特价带续费，所以月月扣。已关续费，七十五元三天内退回。"),
            customer("那行，谢谢。"),
            agent("感谢来电，再见。"),
        ),
        # the customer speaks first and greets (你好你好…). Disappointment at a membership that renewed itself for
        # three months (…真寒心。): named (难怪您心凉) and soothed (抱歉，这就帮您办: apology and commitment); a slow
        # agent asks for the mobile number of the account (了解状况, a lookup; one PII finding); restates (想停续费、
        # 退钱，是吗？, confirmed); solves (why it renewed, what is done, how much, by when); the customer thanks and
        # the agent says goodbye without checking (确认理解 missing). Greeting with 工号, thanking close. Mono
        # telephone band.
        expected=labels(True, True, True, True, True, False, pii=["mobile"]),
    ),
    CallSpec(
        id="heldout15_utilities_gas_card_topup",
        agent_id="A6606",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，燃气热线。"),
            customer("昨天充了三百燃气费，表上还是零。我妈八十多了，饭都做不成，我在外地干着急！"),
            backchannel("agent", "嗯，您说。", at=0.45),
            agent("您肯定火烧火燎。户号多少？"),
            # 62084735: an 8-digit gas account number, not a personal number
            customer("六二零八，四七三五。"),
            agent("也就是钱扣了没到表，想今天用上，对吧？"),
            customer("对。"),
            agent("线上充值还没圈存，所以显示零。让老人去楼下自助机插卡，一分钟到表。"),
            customer("她腿脚不好，能派人上门吗？"),
            agent("上门不归热线管，我们就是接个电话，别的帮不了。"),
            customer("那我叫邻居帮忙。"),
            agent("插卡就到表，明白了吗？"),
            customer("明白了。"),
            agent("嗯，再见。"),
        ),
        # worry about an elderly mother with no gas after a top-up that did not arrive (…我在外地干着急！): an agent
        # backchannel 「嗯，您说。」 inside the complaint; named (您肯定火烧火燎) and the same turn moves on to the
        # account number: no understanding, apology, reassurance or commitment (安抚情绪 missing); asks the account
        # number (了解状况, a lookup; the 8-digit account number is not a personal number); restates (也就是…对吧？,
        # confirmed); solves (the cause, what to do where, how long) with 圈存 unexplained, the customer does not ask
        # (jargon without confusion); the request for a home visit gets a push-off (上门不归热线管，我们就是接个电话，
        # 别的帮不了: one forbidden phrase); checks (插卡就到表，明白了吗？, answered 明白了). 您好 without 工号; a
        # goodbye without thanks. A normal agent. Critical flag, so needs_review.
        expected=labels(
            True, False, True, True, True, True,
            jargon=["圈存"],
            forbidden=["上门不归热线管，我们就是接个电话，别的帮不了"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout15_banking_atm_card_kept_mono",
        agent_id="A6607",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，城商银行，工号六六零七。"),
            customer("卡被取款机吞了！明早要坐火车去看病，身上没现金，怎么办啊？"),
            agent("出远门前卡被吞，换谁都慌神。别急，卡丢不了，保证不耽误您明天出门。"),
            agent("哪个网点的机器？尾号多少？"),
            # 4072: the last four digits of a card, not a personal number
            customer("解放路支行门口，尾号四零七二。"),
            agent("吞卡前屏幕提示什么了？"),
            customer("提示超时，我光顾着看手机了。"),
            agent("超时没取卡，机器会收回。卡要等清机，就是网点员工开机器取卡，一般第二天上午。", pause_before=DEAD_AIR_S),
            agent("您今天带身份证去柜台，不用卡也能取现金；明早九点后领卡。"),
            agent("取钱、领卡的时间，记住了吗？"),
            customer("记住了，谢谢你啊。"),
            agent("谢谢您耐心，一路顺风，再见。"),
        ),
        # the agent speaks first. Panic over a card kept by a cash machine the night before a trip (…怎么办啊？):
        # named (换谁都慌神) and soothed (别急，卡丢不了，保证不耽误您明天出门); asks which machine, the card's last four
        # digits and what the screen said (了解状况; the last four digits are not a personal number); 11 s of
        # silence nobody announced (dead air) before a fast agent's explanation, which explains 清机 in the same
        # turn (…就是…); no restatement of the problem (确认问题 missing); solves (the cause, cash today at the
        # counter, the card back tomorrow after nine) and checks (取钱、领卡的时间，记住了吗？, answered 记住了).
        # Greeting with 工号, thanking close. Mono telephone band.
        expected=labels(True, True, True, False, True, True, jargon_explained=["清机"], dead_air=1),
    ),
    CallSpec(
        id="heldout15_public_housing_fund_rent_mono",
        agent_id="A6608",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            customer("喂，您好，是公积金中心吧？"),
            agent("对，公积金咨询。"),
            customer("我租房住，想取公积金交房租，每月能取多少？"),
            agent("您是想取钱交房租，是吧？"),
            customer("对。"),
            agent("每月最多一千五，小程序申请，三天到账。"),
            customer("能多取点吗？"),
            agent("取多少是上头定的，您找定政策的去，我们不管解释。"),
            customer("哦。"),
            agent("小程序申请，三天到账，清楚了吧？"),
            customer("清楚了。"),
            agent("嗯，就这样。"),
        ),
        # the customer speaks first and greets (喂，您好…); the agent answers without a greeting (对，公积金咨询。).
        # A calm question about drawing housing-fund money for rent (emotion steps not applicable). A slow agent
        # asks nothing about the situation (了解状况 missing); restates (您是想取钱交房租，是吧？, confirmed); solves
        # (how much, where, when); answers the follow-up question with a push-off (取多少是上头定的，您找定政策的去，
        # 我们不管解释: one forbidden phrase); checks (小程序申请，三天到账，清楚了吧？, answered 清楚了); no closing
        # (嗯，就这样。). No 您好 from the agent, no 工号. No personal number. Critical flag, so needs_review. Mono
        # telephone band.
        expected=labels(
            None, None, False, True, True, True,
            forbidden=["取多少是上头定的，您找定政策的去，我们不管解释"],
            needs_review=True,
        ),
    ),
)
