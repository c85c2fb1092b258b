"""The twenty-first held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout21.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout21.py`` (``generate.generate_set``, which has
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
HELDOUT21_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout21_telecom_video_membership_charge",
        agent_id="A7201",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，联讯通信，工号七二零幺。"),
            customer("每个月多扣我十五块视频会员费，我压根没办过！这不是偷钱吗？"),
            backchannel("agent", "是，我在听。", at=0.55),
            agent("被扣了都不知道，您肯定特别窝火。真对不住，我一定给您查清楚。"),
            agent("之前点过什么广告吗？"),
            customer("玩游戏时点过一个送流量的页面。"),
            agent("您是说没主动办过，扣了六个月，对吧？"),
            customer("对。"),
            agent("是那个页面默认订了增值业务，就是话费以外另收钱的服务。现在给您退订，九十块三天内退回。"),
            agent("这样处理您还有疑问吗？"),
            customer("没有了，谢谢。"),
            agent("感谢您的耐心，再见。"),
        ),
        # anger at a 15-yuan monthly video membership the customer never ordered (…这不是偷钱吗？); an agent
        # backchannel 「是，我在听。」 inside the complaint. Greeting with 您好 and 工号. Named (…您肯定特别窝火) and soothed
        # (真对不住: apology; 我一定给您查清楚: commitment), before any question; asks whether an ad was tapped
        # (了解状况); restates (您是说…对吧？, confirmed); solves (the cause: the free-data page subscribed
        # by default; cancel now; ninety yuan back within three days) with 增值业务 explained in the same turn (就是…);
        # checks (这样处理您还有疑问吗？, answered 没有了). Thanking close. A normal agent. No personal number.
        expected=labels(True, True, True, True, True, True, jargon_explained=["增值业务"]),
    ),
    CallSpec(
        id="heldout21_banking_atm_cash_not_dispensed",
        agent_id="A7202",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，华鼎银行。"),
            customer("刚在别家取款机取两千，钱没出来，卡倒扣了！这是房租钱！"),
            agent("钱没拿到还被扣，您肯定急坏了。几点在哪台机器取的？"),
            customer("十分钟前，建设路口。"),
            agent("您是说取两千没出钱，卡却扣了，对吧？"),
            customer("对。"),
            agent("您稍候，我把交易记录调出来看看。"),
            agent(
                "久等了。机器卡住没出钱，系统会自动冲正，两千原路退回卡上，最晚三个工作日。",
                pause_before=HOLD_S,
            ),
            customer("三个工作日？房东今晚就要啊！", interrupts=True),
            # 308627: a 6-digit case number, not a personal number
            agent("那我给您登记催办，今晚十点没到，您报登记号三零八六二七找我们。"),
            customer("行吧。"),
            agent("感谢您的耐心，再见。"),
        ),
        # anxiety about two thousand yuan of rent money debited by another bank's cash machine that paid nothing out
        # (…这是房租钱！). Greeting with 您好 and the bank's name, no 工号. A fast agent names the feeling (…您肯定
        # 急坏了) but never soothes it (no apology, empathy phrase, reassurance or commitment before the solution);
        # asks when and which machine (了解状况); restates (您是说…对吧？, confirmed); announces the wait (您稍候，
        # 我把交易记录调出来看看。), then 12 s of silence (a hold); solves (the cause: the machine jammed; automatic
        # reversal to the card; at most three working days) with 冲正 left unexplained; the customer cuts in 1.6 s
        # before the agent's turn ends (one customer interruption) about the time, not the word (jargon without
        # confusion); a chase-up with a case number (not a personal number); no check (确认理解 missing): the customer's
        # 行吧… is answered by the thanking close.
        expected=labels(
            True, False, True, True, True, False,
            customer_interruptions=1,
            jargon=["冲正"],
            holds=1,
        ),
    ),
    CallSpec(
        id="heldout21_insurance_burst_pipe_neighbour_mono",
        agent_id="A7203",
        industry="insurance",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，平和财险，工号七二零三。"),
            customer("你好，我家水管昨晚爆了，把楼下天花板泡坏了。我买了家财险，楼下的能赔吗？"),
            agent("哪天发现的？收款的卡号报一下。"),
            # 6230591482703615: a 16-digit bank card number with a valid Luhn check digit, read in groups of four
            # (幺 = 1); no digit follows itself
            customer("今早发现的。卡号六二三零，五九幺四，八二七零，三六幺五。"),
            agent("您是问楼下的损失能不能赔，对吗？"),
            customer("对。"),
            agent("保单带邻居损失，能赔。明天上午派人定损，就是上门看损失值多少钱。"),
            customer("楼下那家的也算在里面吧？"),
            agent("讲过了，楼下的就在里面，您认真听嘛。"),
            customer("哦，好。"),
            agent("还有不明白的吗？"),
            customer("没有了。"),
            agent("好，再见。"),
        ),
        # the agent speaks first (您好, company, 工号). A matter-of-fact question whether home insurance pays for a
        # neighbour's ceiling soaked by a burst pipe (no negative emotion: emotion steps not applicable). A slow agent
        # asks which day it was found (了解状况) and for the payout card, which the customer reads (one PII finding);
        # restates (您是问…对吗？, confirmed); solves (why: the policy covers neighbours' losses; an assessor tomorrow
        # morning) with 定损 explained in the same turn (就是…); the customer's repeat question gets a condescending
        # answer (讲过了，楼下的就在里面，您认真听嘛: one forbidden phrase); checks (还有不明白的吗？, answered 没有了).
        # Goodbye without thanks. Critical flag, so needs_review. Mono telephone band.
        expected=labels(
            None, None, True, True, True, True,
            jargon_explained=["定损"],
            forbidden=["讲过了，楼下的就在里面，您认真听嘛"],
            pii=["bank_card"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout21_ecommerce_presale_deposit_forfeit",
        agent_id="A7204",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("喂，优品商城。"),
            customer("交了两百定金订洗碗机，尾款晚付二十分钟，订单就关了，定金还不退，太黑了吧，我当时……"),
            agent("尾款时间早就公布了，过点不退，谁来都一样。", interrupts=True),
            customer("我那时候在医院陪我妈，手机没电了，不能通融一下吗？"),
            agent("我就是个接电话的，说了不算，您找商家磨去。"),
            customer("行，我打幺二三幺五去。"),
        ),
        # indignation at a 200-yuan pre-sale deposit kept after the balance was paid twenty minutes late (…这也太黑了
        # 吧). No 您好, no 工号 (喂，优品商城。). A slow agent cuts into the customer 1.6 s before the customer's turn ends
        # (one agent interruption) with a rigid it-is-the-rule answer (尾款时间早就公布了，过点不退，谁来都一样)
        # and then pushes the matter onto the merchant (我就是个接电话的，说了不算，您找商家磨去): two forbidden
        # phrases; never names or soothes the indignation, asks nothing, restates nothing, offers no solution (quoting
        # the rule is not one), checks nothing and does not close: the customer's threat to call 12315 ends the call.
        # No jargon, no personal number. Critical flag, so needs_review.
        expected=labels(
            False, False, False, False, False, False,
            agent_interruptions=1,
            forbidden=["尾款时间早就公布了，过点不退，谁来都一样", "我就是个接电话的，说了不算，您找商家磨去"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout21_utilities_gas_card_topup_mono",
        agent_id="A7205",
        industry="utilities",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            customer("喂？喂？能听见吗？"),
            agent("能听见，您好，城东燃气，您请说。"),
            customer("我昨天在手机上交了三百燃气费，今天灶还是打不着火，孩子等着吃饭呢，这叫什么事啊！"),
            agent("交了钱还开不了火，您肯定着急上火。别慌，这个好办，我一步步帮您弄好。户号多少？表上现在显示几？"),
            # 62048375: an 8-digit gas account number, not a personal number
            customer("户号六二零四，八三七五。表上显示零。"),
            agent("钱已经到账了，但还没圈存，所以表里没气。"),
            customer("圈存是啥？没听说过。"),
            agent("就是把买的气写进燃气卡里。您把卡贴在手机背面，在我们的应用里点写卡，再插回表上就能用。"),
            agent("这两步您都清楚了吧？"),
            customer("清楚了，谢谢啊。"),
            agent("不客气，感谢您的来电，再见。"),
        ),
        # the customer speaks first, checking the line (喂？喂？能听见吗？); the agent answers with 您好 and the company,
        # no 工号. Irritation at gas paid for yesterday that still does not light, with a child waiting for dinner
        # (…这叫什么事啊！). A fast agent names it (…您肯定着急上火) and soothes it (别慌，这个好办，我一步步帮您弄好:
        # reassurance and commitment); asks the account number and the meter reading (了解状况; an 8-digit account
        # number is not a personal number); no restatement (确认问题 missing); says 圈存 unexplained, the customer asks
        # what it is and the explanation comes only in the next agent turn (jargon with confusion: the hit stands); solves
        # (the cause: paid but not yet written to the card; the steps); checks (这两步您都清楚了吧？, answered 清楚了).
        # Thanking close. No personal number. Mono telephone band.
        expected=labels(True, True, True, False, True, True, jargon=["圈存"]),
    ),
    CallSpec(
        id="heldout21_public_night_construction_noise",
        agent_id="A7206",
        industry="public_services",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，市民热线，工号七二零六。"),
            customer("快十二点了，对面工地还在打桩，孩子都吓哭了，还让不让人睡了！"),
            agent("这么晚被吵醒，您一定又累又烦。真对不住，我来处理。工地在哪？几点开始的？"),
            customer("新华路光明街路口，九点就开始了。"),
            agent("您是说那工地从九点打桩到现在，对吗？"),
            customer("对。"),
            agent("夜里十点后施工要审批，这工地没有。我让城管半小时内去叫停，明天回电话告诉您结果。"),
            customer("半小时就到？今晚真能让他们停吗？", interrupts=True),
            agent("能，城管夜里有人值班。"),
            backchannel("customer", "嗯。", at=0.5),
            agent("这样安排您看行吗？"),
            customer("行。"),
            agent("谢谢您的反映，再见。"),
        ),
        # anger at pile-driving near midnight that woke and scared a child (…还让不让人睡了！). Greeting with 您好,
        # the hotline and 工号. Named (…您一定又累又烦) and soothed (真对不住: apology; 我来处理: commitment), before
        # the questions; asks where and since when (了解状况); restates (您是说…对吗？, confirmed); solves (the cause: night
        # work needs a permit this site lacks; the city inspectors within half an hour; a call with the result
        # tomorrow); the customer cuts in 1.6 s before the agent's turn ends (one customer interruption); a customer
        # backchannel 「嗯。」 inside the agent's answer; checks (这样安排您看行吗？, answered 行). Thanking close. A normal
        # agent. No jargon, no personal number.
        expected=labels(True, True, True, True, True, True, customer_interruptions=1),
    ),
    CallSpec(
        id="heldout21_ecommerce_return_refund_pending",
        agent_id="A7207",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，锦程商城售后。"),
            customer("羽绒服退回去五天了，钱还没退，我都打第三回了，还要拖多久？"),
            agent("下单的手机号是多少？"),
            # 15827360491: an 11-digit mainland mobile number (158 prefix), read in groups (幺 = 1); no digit
            # follows itself
            customer("幺五八，二七三六，零四九幺。"),
            agent("您这单被风控拦了，要人工再审，三到五个工作日退回原账户。", pause_before=DEAD_AIR_S),
            customer("凭什么拦我的？我前两次退货都好好的，这次怎么就……"),
            agent("系统自动判的，我们这边也看不到原因，您等着就行。", interrupts=True),
            customer("那行吧。"),
            agent("嗯，就这样。"),
        ),
        # frustration at a refund still missing five days after the coat went back, on the third call
        # (…还要拖多久？). Greeting with 您好 and the shop, no 工号. The agent never names or soothes the
        # frustration; asks only the mobile number (了解状况, a lookup; the customer reads it: one PII finding); then 11 s
        # of silence nobody announced (dead air) before the agent goes on without a word about it; no restatement
        # (确认问题 missing); solves (the cause: held by the risk check; a manual review; three to five working days back
        # to the original account) with 风控 unexplained, the customer asks why, not what the word means (jargon without
        # confusion); cuts into the customer 1.6 s before the customer's turn ends (one agent interruption) and hides
        # behind the system with a brush-off (系统自动判的，我们这边也看不到原因，您等着就行: one forbidden phrase); no check
        # (确认理解 missing); no thanks, no goodbye (嗯，就这样。). A normal agent. Critical flag, so needs_review.
        expected=labels(
            False, False, True, False, True, False,
            agent_interruptions=1,
            jargon=["风控"],
            forbidden=["系统自动判的，我们这边也看不到原因，您等着就行"],
            pii=["mobile"],
            dead_air=1,
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout21_telecom_broadband_relocation_mono",
        agent_id="A7208",
        industry="telecom",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            customer("你好，我姓顾，下午打过一次，让我晚上再打来问宽带搬家。"),
            agent("顾先生您好，联讯通信，工号七二零八。您是想把宽带搬到新家去，对吗？"),
            customer("对，下个月搬到翠湖花园，宽带还剩半年。"),
            agent("想哪天通网？麻烦报一下机主的身份证号。"),
            # 430104198706235272: an 18-digit 身份证 number (Hunan Changsha 430104, born 1987-06-23, odd sequence
            # digit: male) with a valid ISO 7064 check digit (2), read in groups (幺 = 1); no digit follows itself
            customer("三号之前吧。四三零幺零四，幺九八七零六二三，五二七二。"),
            agent("新地址能移机，也就是把宽带连同剩下的半年挪到新家用，不另收钱。二号上午装，师傅提前一小时打电话。"),
            agent("这些您都清楚了吗？"),
            customer("清楚了，谢谢。"),
            agent("也谢谢您，祝您搬家顺利，再见。"),
        ),
        # the customer speaks first, giving a surname and mentioning an earlier call; the agent answers with the
        # surname, 您好, the company and 工号 and checks the goal at once (您是想把宽带搬到新家去，对吗？, confirmed:
        # 确认问题). A calm request to move broadband to a new flat (emotion steps not applicable). The agent asks the
        # wanted date (了解状况) and the holder's 身份证 number (the customer reads it: one PII finding); solves
        # (possible, the remaining half year moves along, no charge, the date, the technician's call) with 移机 explained
        # in the same turn (也就是…); checks (这些您都清楚了吗？, answered 清楚了). Thanking close. A normal agent. Mono
        # telephone band.
        expected=labels(None, None, True, True, True, True, jargon_explained=["移机"], pii=["id_card"]),
    ),
)
