"""The twenty-fifth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout25.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout25.py`` (``generate.generate_set``, which has
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
HELDOUT25_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout25_telecom_new_sim_suspended",
        agent_id="A7601",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，联信通信，工号七六零幺。"),
            customer("新办的卡打不出去，验证码收不到，房租都交不了！怎么搞的？"),
            backchannel("agent", "嗯，您讲。", at=0.5),
            agent("新卡就停还误了交房租，确实急人。别慌，今天给您弄好。号码多少？"),
            # 13659207481: an 11-digit mainland mobile number (136 prefix), read in groups (幺 = 1); no digit follows
            # itself
            customer("幺三六，五九二零，七四八幺。"),
            agent("最近打了很多陌生号码吧？"),
            customer("对，在找工作。"),
            agent("您是说打了不少陌生电话，卡就停了，对吗？"),
            customer("对。"),
            agent("系统当成诈骗风险自动停了。在应用首页刷脸核验，半小时内复机，也就是恢复通话和短信。入口找到了吗？"),
            customer("找到了，谢谢。"),
            agent("感谢您的来电，再见。"),
        ),
        # anger at a new SIM card that cannot call or receive texts, so the rent cannot be paid (…怎么搞的？); an
        # agent backchannel 「嗯，您讲。」 inside it. Greeting with 您好, the company and 工号, no offer of help. Names the
        # feeling (新卡就停还误了交房租，确实急人) and soothes it (别慌: calming; 今天给您弄好: commitment), before the
        # questions; asks for the number (a lookup; the customer reads it: one PII finding) and checks a hypothesis
        # (最近打了很多陌生号码吧？) (了解状况); restates (您是说…对吗？, answered 对); solves (the cause: the calls to unknown
        # numbers taken for a fraud risk; the step: a face check on the app's home page; the time: within half an hour) with
        # 复机 explained in the same turn (也就是…); checks (入口找到了吗？, answered 找到了). Thanking close (感谢您的来电，
        # 再见). A normal agent.
        expected=labels(True, True, True, True, True, True, jargon_explained=["复机"], pii=["mobile"]),
    ),
    CallSpec(
        id="heldout25_banking_atm_kept_card",
        agent_id="A7602",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，恒达银行。"),
            customer("取款机把我卡吞了！明天一早要给我爸交住院押金，这可怎么办？"),
            backchannel("agent", "嗯，嗯。", at=0.45),
            agent("卡被吞押金又急，您肯定慌了。别急，我帮您想办法。卡号和机器位置说一下？"),
            # 6216904738520915: a 16-digit bank card number with a valid Luhn check digit, read in groups of four
            # (幺 = 1); no digit follows itself
            customer("六二幺六，九零四七，三八五二，零九幺五。城东路那台。"),
            agent("卡超时没取，机器收回了。周一清机后带身份证去城东路支行领。"),
            customer("那明天押金怎么办？", interrupts=True),
            agent("明天柜台照常开，带身份证去哪家支行都能不用卡取现。记下了吗？"),
            customer("记下了，谢谢。"),
            agent("不客气，再见。"),
        ),
        # worry about a card the cash machine kept, with a hospital deposit due the next morning (…这可怎么办？); an
        # agent backchannel 「嗯，嗯。」 inside it. Greeting with 您好 and the bank, no 工号. Names the feeling (…您肯定慌了)
        # and soothes it (别急: calming; 我帮您想办法: commitment); asks for the card number and where the machine is
        # (了解状况; the customer reads the number: one PII finding); no restatement (确认问题 missing); solves (the cause:
        # the card was not taken in time and the machine drew it back; when and where to collect it) with 清机 unexplained,
        # the customer does not ask about the word (jargon without confusion); the customer cuts in 1.6 s before the agent's
        # turn ends (one customer interruption); the rest of the solution (cash at any branch counter tomorrow without the
        # card, with the 身份证); checks (记下了吗？, answered 记下了). Close 不客气，再见 (no thanks for the call). A normal
        # agent.
        expected=labels(
            True, True, True, False, True, True,
            customer_interruptions=1,
            jargon=["清机"],
            pii=["bank_card"],
        ),
    ),
    CallSpec(
        id="heldout25_insurance_windscreen_stone_crack_mono",
        agent_id="A7603",
        industry="insurance",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，安信车险，工号七六零三，请问有什么需要？"),
            customer("你好，昨天高速上被石子崩了，前挡风玻璃裂了条缝，保险能换吗？"),
            agent("车还能正常开吗？保单号报一下。"),
            # 8037296541: a 10-digit policy number, not a personal number
            customer("能开。八零三七，二九六五，四幺。"),
            agent("您是想问这条裂缝能不能走保险换玻璃，对吧？"),
            customer("对。"),
            agent("您保了车损险，玻璃单独碎了也能赔。在应用里点报案，拍下裂缝，三天内给您约好修理厂，费用我们跟厂里直接结。"),
            customer("能去我常去的那家店吗？"),
            agent("条款里写着呢，您投保时没看吗？只能去合作厂。"),
            customer("哦，那行。"),
            agent("报案、拍照、等电话，这三步清楚了吗？"),
            customer("清楚了。"),
            agent("感谢您的来电，再见。"),
        ),
        # the agent speaks first (您好, company, 工号, 请问有什么需要？). A calm question whether a windscreen cracked
        # by a stone is covered (no negative emotion: emotion steps not applicable; 哦，那行 is acceptance, not a complaint).
        # A fast agent asks whether the car can still be driven and for the policy number (了解状况; a 10-digit policy
        # number is not a personal number); restates (您是想问…对吧？, confirmed); solves (why it pays: glass alone is inside
        # the own-damage cover; the steps: report in the app, photo of the crack, a garage booked within three days, the
        # bill settled directly); the customer's wish for their own garage is answered with a dig (条款里写着呢，您投保时没看吗:
        # one forbidden phrase, condescension; 只能去合作厂 after it is the rule itself); checks (这三步清楚了吗？, answered
        # 清楚了). Thanking close. No jargon (车损险 is a cover on the customer's own policy). Critical flag, so
        # needs_review. Mono telephone band.
        expected=labels(
            None, None, True, True, True, True,
            forbidden=["条款里写着呢，您投保时没看吗"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout25_ecommerce_presale_deposit_refused",
        agent_id="A7604",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，美途家电旗舰店。"),
            customer("洗衣机预售交了两百定金，不想要了，退款被驳回！两百说扣就扣？你今天得说清楚……"),
            agent("预售定金本来就不退，规则页写得明明白白，是您下单没看。", interrupts=True),
            customer("东西都没发，凭什么不退？"),
            agent("订单号是多少？"),
            # 7039268514: a 10-digit order number, not a personal number
            customer("七零三九，二六八五，幺四。"),
            agent("您这单定金已经膨胀了，退不了。"),
            customer("膨胀是什么意思？我就要退钱。"),
            agent("就是付尾款时两百当四百用。非要退，找平台客服去，我们店管不了。"),
            customer("行，我投诉你们。"),
        ),
        # anger at a presale deposit the shop will not refund (…你今天得说清楚……). Greeting with 您好 and the shop, no
        # 工号. The agent cuts into the customer 1.6 s before the customer's turn ends (one agent interruption) and blames
        # the customer (预售定金本来就不退，规则页写得明明白白，是您下单没看: one forbidden phrase); never names or soothes the
        # anger; asks only for the order number (了解状况; a 10-digit order number is not a personal number); no
        # restatement; says 膨胀 unexplained, the customer asks what it means and it is explained only in the next agent turn
        # (jargon with confusion: the hit stands); no solution (a refusal with no step, time or alternative), the customer is
        # sent to the platform (非要退，找平台客服去，我们店管不了: a second forbidden phrase); no check, no closing (the
        # customer ends the call with a threat to complain). A normal agent. Critical flag, so needs_review.
        expected=labels(
            False, False, True, False, False, False,
            agent_interruptions=1,
            jargon=["膨胀"],
            forbidden=[
                "预售定金本来就不退，规则页写得明明白白，是您下单没看",
                "非要退，找平台客服去，我们店管不了",
            ],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout25_utilities_cold_radiators",
        agent_id="A7605",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("暖心热力，工号七六零五，请讲。"),
            customer("供暖一周了屋里才十五度，老人冻得睡不着，收了钱就不管了？"),
            agent("老人受冻，您肯定着急。暖气片全凉还是上温下凉？户号也报一下。"),
            # 30758264: an 8-digit heating account number, not a personal number
            customer("上温下凉。户号三零七五，八二六四。"),
            customer("喂？人还在吗？", pause_before=DEAD_AIR_S),
            agent("在。您是说暖气上温下凉，对吗？"),
            customer("对。"),
            agent("片子里存了空气，您单元分户阀也只开了一半。今晚七点前师傅上门放气开阀，两小时内就热。"),
            backchannel("customer", "嗯。", at=0.35),
            agent("还有别的问题吗？"),
            customer("没了。"),
            agent("谢谢您的反馈，再见。"),
        ),
        # anger at cold radiators with an elderly relative at home (…收了钱就不管了？). The agent opens with the company,
        # 工号 and 请讲: no 您好. Names the feeling (老人受冻，您肯定着急) but never soothes it (no apology, empathy phrase,
        # reassurance or commitment before the solution); asks whether the radiators are cold all over and for the account
        # number (了解状况; not a personal number); then 11 s of silence nobody announced (dead air), broken by the customer
        # (喂？人还在吗？); the agent says 在 with no word about the wait; restates (您是说…对吗？, confirmed); solves (the
        # cause: air in the radiators and a valve half open; the action and the times) with 分户阀 unexplained, the customer
        # does not ask about the word (jargon without confusion); a customer backchannel 「嗯。」 inside that answer; checks
        # (还有别的问题吗？, answered 没了). Thanking close (谢谢您的反馈，再见). A normal agent.
        expected=labels(True, False, True, True, True, True, jargon=["分户阀"], dead_air=1),
    ),
    CallSpec(
        id="heldout25_public_child_passport_rush_mono",
        agent_id="A7606",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            customer("喂，出入境吗？孩子第一次办护照，十二天后出国，来得及吗？"),
            agent("是，市出入境热线。机票订好了吗？孩子身份证号报一下。"),
            # 420106201507241835: an 18-digit 身份证 number (Hubei Wuhan Wuchang 420106, born 2015-07-24, odd sequence
            # digit: a boy) with a valid ISO 7064 check digit (5), read in groups (幺 = 1); no digit follows itself
            customer("订好了。四二零幺零六，二零幺五零七二四，幺八三五。"),
            agent("我查一下加急的规定，请您稍等。"),
            agent("让您等了。您是想十二天内拿到护照，对吗？", pause_before=HOLD_S),
            customer("对。"),
            agent("来得及，有机票能加急，五个工作日出来。父母一方带孩子、户口本、身份证和机票，到出入境大厅现场办。"),
            customer("好，谢谢。"),
            agent("不客气，再见。"),
        ),
        # the customer speaks first, with 喂 and the question in the same turn, no greeting. A calm question whether a
        # child's first passport can be ready within twelve days (no negative emotion: emotion steps not applicable). The
        # agent answers 是 and the hotline: no 您好, no 工号. Asks whether the tickets are booked and for the child's 身份证
        # number (了解状况; the customer reads it: one PII finding); announces the wait (我查一下加急的规定，请您稍等。), then
        # 12 s of silence (a hold), then 让您等了; restates (您是想…对吗？, confirmed); solves (yes; why the rush service
        # applies: the tickets; how long; who must come, what to bring, where); the customer says 好，谢谢 and the agent only
        # says goodbye: no check of the result or of anything else (确认理解 missing). Close 不客气，再见 (no thanks for the
        # call). A normal agent. No jargon. Mono telephone band.
        expected=labels(None, None, True, True, True, False, pii=["id_card"], holds=1),
    ),
    CallSpec(
        id="heldout25_banking_transfer_limit_mono",
        agent_id="A7607",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，工号七六零七，请讲。"),
            customer("你好，给车行转十二万，手机银行说超限额，转不过去。"),
            agent("卡的后四位多少？"),
            # 3850: the last four digits of a card, not a personal number
            customer("三八五零。"),
            agent("这卡非柜面每天限五万，非柜面就是手机银行这类不在柜台的转账。带身份证和卡去柜台能调高限额，也能直接转。"),
            customer("那我明天去柜台转。"),
            agent("两样都带上，记住了吗？"),
            customer("记住了。"),
            agent("感谢您的来电，再见。"),
        ),
        # the agent speaks first (您好, 工号, 请讲; no bank name). A calm question why a 120,000-yuan payment for a car
        # will not go through in mobile banking (no negative emotion: emotion steps not applicable). A slow agent asks only
        # for the card's last four digits (了解状况; not a personal number); no restatement (确认问题 missing); solves (the
        # cause: a daily limit of 50,000 on such transfers; two ways at the counter, with what to bring) with 非柜面 said
        # twice in the turn that explains it (非柜面就是…); checks (两样都带上，记住了吗？, answered 记住了). Thanking close.
        # No personal number. Mono telephone band.
        expected=labels(None, None, True, False, True, True, jargon_explained=["非柜面", "非柜面"]),
    ),
    CallSpec(
        id="heldout25_ecommerce_membership_auto_renewal",
        agent_id="A7608",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，乐购平台，工号七六零八，您请讲。"),
            customer("我从没开过会员，今天扣了我九十九，说是自动续费！这跟偷钱有什么两样？你们……"),
            agent("您开通的时候勾了自动续费，这个算您自己同意的。", interrupts=True),
            customer("我根本没勾过！"),
            agent("平白无故被扣了钱，换谁都窝心。我刚才话说急了，对不住，这钱我负责给您要回来。"),
            agent("您是要退这九十九，再把自动续费关掉，对吗？"),
            customer("对。"),
            agent("是去年领的试用会员到期转成了付费。现在全额退您，两小时内原路到账，自动续费也关了。"),
            agent("这样处理您看行吗？"),
            customer("行，以后可别再乱扣了。"),
            agent("好的，再见。"),
        ),
        # anger at 99 yuan taken for a membership renewed automatically (…这跟偷钱有什么两样？你们……). Greeting with 您好,
        # the platform, 工号 and 您请讲. A fast agent cuts into the customer 1.6 s before the customer's turn ends (one agent
        # interruption) and puts it on the customer (您开通的时候勾了自动续费，这个算您自己同意的: one forbidden phrase);
        # after the customer protests, names the feeling (平白无故被扣了钱，换谁都窝心) and soothes it (an apology for the
        # earlier words and 这钱我负责给您要回来: commitment); asks nothing about the situation (了解状况 missing: the
        # restatement's 对吗 is its tag, not a question about the situation); restates (您是要…对吗？, confirmed); solves (the
        # cause: a trial membership that turned paid; the refund, how and when; the renewal switched off); checks
        # (这样处理您看行吗？, answered 行). A goodbye without thanks (好的，再见). Critical flag, so needs_review.
        expected=labels(
            True, True, False, True, True, True,
            agent_interruptions=1,
            forbidden=["您开通的时候勾了自动续费，这个算您自己同意的"],
            needs_review=True,
        ),
    ),
)
