"""The seventeenth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout17.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout17.py`` (``generate.generate_set``, which has
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
HELDOUT17_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout17_telecom_roaming_bill",
        agent_id="A6801",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，移动客服，工号六八零幺。"),
            customer("去泰国五天，扣了一千多话费！我都没怎么用，你们这是抢钱吧？"),
            backchannel("agent", "嗯，我在听。", at=0.5),
            agent("换谁都上火，这笔账我帮您查清楚。"),
            agent("出国前订过流量套餐吗？"),
            customer("没订。"),
            agent("您没订套餐，想问这一千多能不能退，是吗？"),
            customer("对。"),
            agent("没订套餐就按标准资费算，所以贵。给您补开日租包，就是境外按天收的流量套餐，一天二十五，多扣的九百多三天内退回。"),
            backchannel("customer", "嗯。", at=0.35),
            backchannel("customer", "那还行。", at=0.85),
            agent("退款的事，清楚了吗？"),
            customer("清楚了，谢谢。"),
            agent("谢谢您的理解，再见。"),
        ),
        # anger at a roaming bill of over a thousand yuan after a five-day trip (…你们这是抢钱吧？); an agent
        # backchannel 「嗯，我在听。」 inside the complaint. Named (换谁都上火) and soothed (这笔账我帮您查清楚: a
        # commitment); asks whether a data package was booked (了解状况); restates (您没订套餐，想问这一千多能不能退，
        # 是吗？, confirmed); solves (the cause, what is done, the price, the refund and when) with 日租包 explained in the
        # same turn (就是…) and customer backchannels 「嗯。」「那还行。」 inside it; checks (退款的事，清楚了吗？,
        # answered 清楚了): all six steps. Greeting with 工号, thanking close. A normal agent. No personal number.
        expected=labels(True, True, True, True, True, True, jargon_explained=["日租包"]),
    ),
    CallSpec(
        id="heldout17_banking_salary_card_frozen",
        agent_id="A6802",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，城东银行，我姓吴。"),
            customer("工资卡突然刷不了，说账户冻结，房租今天必须交，我特别慌，这到底是……"),
            agent("您先把完整卡号念给我。", interrupts=True),
            # 6217058391602749: a 16-digit bank card number with a valid Luhn check digit, read in groups of
            # four (幺 = 1); no digit follows itself
            customer("六二幺七，零五八三，九幺六零，二七四九。"),
            agent("最近有没有大额进账？"),
            customer("昨天朋友转给我五万块。"),
            agent("您是说卡被冻了，想今天就能正常用，对吧？"),
            customer("对对。"),
            agent("这是触发了风控，账户被临时限制了。"),
            customer("风控？什么风控？你说的我听不懂。"),
            agent("就是系统看到陌生大额进账，怕是诈骗，先锁卡。"),
            agent("今天带身份证和卡去任意网点，说明钱的来源，核实完当场解除。"),
            agent("带证件和卡去网点，这个清楚吧？"),
            customer("清楚了。"),
            agent("好，再见。"),
        ),
        # anxiety over a frozen salary card with the rent due today (…我特别慌…); a fast agent cuts into it
        # with a request for the card number, 1.6 s before it ends (one agent interruption), and never
        # acknowledges or soothes the worry; asks for the full card number (a lookup; the customer reads it: one
        # PII finding) and about recent large payments (了解状况); restates (您是说…对吧？,
        # confirmed); says 风控 without explaining it, the customer says they do not understand and the
        # explanation comes only in the agent's next turn (jargon with confusion: the hit stands); solves (the
        # cause, what to bring, where, what to explain, when it is lifted) and checks (…这个清楚吧？, answered
        # 清楚了). Greeting with a surname, no 工号; goodbye without thanks. No forbidden phrase.
        expected=labels(
            False, False, True, True, True, True,
            agent_interruptions=1,
            jargon=["风控"],
            pii=["bank_card"],
        ),
    ),
    CallSpec(
        id="heldout17_insurance_flight_delay",
        agent_id="A6803",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，出行保险，工号六八零三。"),
            customer("你好，航班晚了四小时，买了延误险，怎么赔？"),
            agent("报一下投保人的身份证号。"),
            # 320584197608132951: an 18-digit 身份证 number (Jiangsu Suzhou 320584, born 1976-08-13) with a valid
            # ISO 7064 check digit (1), read in groups (幺 = 1); no digit follows itself
            customer("三二零五八四，幺九七六零八幺三，二九五幺。"),
            agent("延误证明拿到了吗？"),
            customer("还没开。"),
            agent("您是想申请延误赔付，还缺证明，对吗？"),
            customer("对。"),
            agent("满三小时赔三百。您先在航空公司小程序开证明，再拍一张登机牌……"),
            customer("登机牌扔了，电子的行吗？", interrupts=True),
            agent("截图也行。材料传到公众号理赔入口，三天内到账。"),
            agent("这两步记下了吗？"),
            customer("记下了，谢谢。"),
            agent("感谢来电，再见。"),
        ),
        # a calm question about claiming flight-delay insurance (emotion steps not applicable). Asks for the
        # 身份证 number to find the policy (one PII finding, needed) and whether the delay certificate has
        # been issued (了解状况); restates (您是想申请延误赔付，还缺证明，对吗？, confirmed); explains what is covered and
        # the first step; the customer cuts into that turn with a question about the boarding pass (one customer
        # interruption); solves (what counts, where to upload, review time, amount, payment time) and checks
        # (这两步记下了吗？, answered 记下了). Greeting with 工号, thanking close. A normal agent. No jargon.
        expected=labels(None, None, True, True, True, True, customer_interruptions=1, pii=["id_card"]),
    ),
    CallSpec(
        id="heldout17_ecommerce_sofa_wrong_colour",
        agent_id="A6804",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，家居商城。"),
            customer("订的灰沙发，送来是土黄色，气得我饭都吃不下！"),
            agent("听您这口气是真气坏了。订单号？"),
            # 5930726841: a 10-digit order number, not a personal number
            customer("五九三零，七二六八，四幺。"),
            customer("喂？有人吗？", pause_before=DEAD_AIR_S),
            agent("在。是仓库拿错了颜色。"),
            customer("那赶紧给我换啊！"),
            agent("发错货是仓库的事，我们客服只管登记，您催我也没用。"),
            agent("走逆向物流，三天内拉走，灰色的一周左右到。"),
            customer("一周？行吧。"),
            agent("嗯，先这样。"),
        ),
        # anger at a sofa delivered in the wrong colour (…气得我饭都吃不下！): named (听您这口气是真气坏了) but
        # never soothed (no empathy, apology or commitment); asks the order number (了解状况; a 10-digit order
        # number is not a personal number); then 11 s of silence nobody announced (dead air) until the customer
        # asks whether anyone is there (喂？有人吗？); no restatement (确认问题 missing); pushes the fault onto the warehouse
        # (发错货是仓库的事，我们客服只管登记，您催我也没用: one forbidden phrase); solves (the cause, collection
        # within three days, the new sofa in about a week) with 逆向物流 unexplained, the customer does not ask
        # (jargon without confusion); no check, no thanks (嗯，先这样). 您好 without 工号. A normal agent. Critical
        # flag, so needs_review.
        expected=labels(
            True, False, True, False, True, False,
            jargon=["逆向物流"],
            forbidden=["发错货是仓库的事，我们客服只管登记，您催我也没用"],
            dead_air=1,
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout17_utilities_yellow_tap_water",
        agent_id="A6805",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，水务热线。"),
            customer("水龙头的水发黄，孩子等着冲奶粉，我心里直打鼓！"),
            agent("您担心是肯定的。先别用，马上派人。"),
            agent("对门也黄吗？"),
            customer("也一样。"),
            agent("您楼是二次供水，就是楼顶水箱加压的水，水箱脏了，下午四点前来洗。"),
            backchannel("customer", "嗯。", at=0.5),
            agent("留个手机号吧。"),
            # 13952074863: an 11-digit mainland mobile number (139 prefix), read in groups (幺 = 1);
            # no digit follows itself
            customer("幺三九，五二零七，四八六三。"),
            agent("四点前，记住了吗？"),
            customer("记住了，谢谢。"),
            agent("谢谢，再见。"),
        ),
        # worry about yellow, rusty tap water with a baby's formula to make (…我心里直打鼓！): named
        # (您担心是肯定的) and soothed (先别用，马上派人: guidance and commitment); asks whether the
        # neighbours opposite have it too (了解状况); no restatement before the answer (确认问题 missing); a slow
        # agent solves (the cause, what is done, by when) with 二次供水 explained in the same turn (就是…) and a
        # customer backchannel 「嗯。」 inside it; asks for a mobile number for the visit (one PII finding,
        # needed); checks (四点前，记住了吗？, answered 记住了). 您好 without 工号; thanking close (谢谢，再见).
        expected=labels(True, True, True, False, True, True, jargon_explained=["二次供水"], pii=["mobile"]),
    ),
    CallSpec(
        id="heldout17_public_medical_insurance_mono",
        agent_id="A6806",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，医保服务热线，工号六八零六，请问您要咨询什么？"),
            customer("你好，我爸退休后跟我搬到外地住了，他要是在这边看病，医保能报吗？"),
            agent("老人是在哪参保的？在这边主要是住院还是看门诊？"),
            customer("老家参保的，主要是住院。"),
            agent("您是想问，老人在外地住院，老家的医保能不能直接报，对吗？"),
            customer("对。"),
            agent("能报。您先在国家医保服务平台上登记老人的外地住址，登记后住院直接刷医保卡结算，超过起付线的部分按比例报销，当天就能登记好。"),
            customer("那外地报销比例是不是比老家低？能不能一样？"),
            agent("比例是上面定的，嫌低您找医保局提意见去，我们热线管不着这个。"),
            customer("行吧，我先去登记。"),
            agent("好的，再见。"),
        ),
        # the agent speaks first. A calm question about a retired father's medical insurance in another city
        # (emotion steps not applicable). A fast agent asks where he is insured and whether it is about hospital
        # stays (了解状况); restates (您是想问…对吗？, confirmed); solves (register the address online, pay by card
        # at the hospital, same day) with 起付线 unexplained, the customer does not ask (jargon without confusion);
        # the follow-up question about the lower rate is pushed off (比例是上面定的，嫌低您找医保局提意见去，我们热线
        # 管不着这个: one forbidden phrase); no check (确认理解 missing); goodbye without thanks. No personal
        # number. Critical flag, so needs_review. Mono telephone band.
        expected=labels(
            None, None, True, True, True, False,
            jargon=["起付线"],
            forbidden=["比例是上面定的，嫌低您找医保局提意见去，我们热线管不着这个"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout17_ecommerce_refurbished_phone_mono",
        agent_id="A6807",
        industry="ecommerce",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            customer("你好，我姓邓，上个月买的二手手机老闪屏，挺失望的。"),
            agent("邓女士您好，工号六八零七。让您失望了，真抱歉，我给您处理好。"),
            agent("调暗了才闪吗？买了几天？"),
            customer("对，调暗就闪，二十三天。"),
            agent("您是想换一台，对吗？"),
            customer("对。"),
            agent("请稍等，我查下保修。"),
            agent("让您久等了。还在保修期，是屏幕里连接线松了。建议换机，比修快。今天寄盒子，收到旧机两天内发新的。", pause_before=HOLD_S),
            agent("这样行吗？还有不清楚的吗？"),
            customer("都清楚了，谢谢。"),
            agent("谢谢您的耐心，再见。"),
        ),
        # the customer speaks first, greets and gives her name. Disappointment at a second-hand phone whose screen
        # flickers (…挺失望的…): named (让您失望了) and soothed (真抱歉，我给您处理好: apology and commitment);
        # asks when it flickers and how long ago it was bought (了解状况); restates (您是想换一台，对吗？, confirmed);
        # announces the wait (请稍等，我查下保修。), 12 s of silence (a hold); solves (warranty, the
        # cause, why an exchange, what is sent when) and checks (这样行吗？还有不清楚的吗？, answered 都清楚了): all six steps.
        # Agent greeting with 工号 after the customer's, thanking close. A normal agent. Mono telephone band.
        expected=labels(True, True, True, True, True, True, holds=1),
    ),
    CallSpec(
        id="heldout17_telecom_unwanted_addon_mono",
        agent_id="A6808",
        industry="telecom",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            customer("我这个月话费平白多了十五块，一查是个什么视频彩铃，我从来没开过！"),
            agent("工号六八零八。听得出来您挺恼火。"),
            customer("能不恼火吗？谁给我开的？钱必须退给我！"),
            agent("那多半是营业厅顺手给您加的，跟我们热线不相干，您找他们去。"),
            customer("我人在外地，回不去啊。"),
            agent("那我也没辙，规定就是这么定的，您自己在手机上关了吧。"),
            customer("算了，我去工信部投诉。"),
            agent("嗯，知道了。"),
        ),
        # the customer speaks first, without a greeting, straight into the complaint; the agent gives only a 工号
        # (no 您好). Anger at an add-on service billed without consent (…我从来没开过！): named (听得出来您挺恼火)
        # but never soothed. A slow agent asks nothing (了解状况 missing), restates nothing (确认问题 missing);
        # pushes the customer to the shop (那多半是营业厅顺手给您加的，跟我们热线不相干，您找他们去) and
        # refuses curtly (那我也没辙，规定就是这么定的，您自己在手机上关了吧): two forbidden phrases; a guess at the cause
        # (多半…), no step, no refund, no time (解决问题 missing); no check, no closing (嗯，知道了). No personal number.
        # Critical flag, so needs_review. Mono telephone band.
        expected=labels(
            True, False, False, False, False, False,
            forbidden=[
                "那多半是营业厅顺手给您加的，跟我们热线不相干，您找他们去",
                "那我也没辙，规定就是这么定的，您自己在手机上关了吧",
            ],
            needs_review=True,
        ),
    ),
)
