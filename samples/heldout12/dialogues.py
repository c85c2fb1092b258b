"""The twelfth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout12.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout12.py`` (``generate.generate_set``, which has
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
HELDOUT12_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout12_telecom_premium_number",
        agent_id="A6301",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，通信客服，您说。"),
            customer("我这号每月死扣一百二十八，想换三十八的，营业厅不给，凭啥？"),
            agent("您这是真生气了。号码哪年办的？"),
            customer("前年儿子给办的，尾号四个八。"),
            agent("那是靓号，办的时候签了两年低消。"),
            customer("低消是啥？听不懂。"),
            agent("就是每月至少交这么多。您是想降到三十八，对吧？"),
            customer("对。"),
            agent("号是您家自己挑的，现在反悔可不赖我们。"),
            customer("我哪知道还有这种规矩啊！", interrupts=True),
            agent("协议明年三月底到期，我给您约好四月一号自动换成三十八的，到时发短信。"),
            customer("那行吧。"),
            agent("好，再见。"),
        ),
        # irritation at a premium number's monthly minimum (…凭啥？): named, flatly (您这是真生气了), and the same
        # turn moves on to a question: no understanding, apology, reassurance or commitment (安抚情绪 missing);
        # asks when the number was taken (了解状况); 低消 unexplained, the customer asks what it is and the
        # explanation comes only in the next turn (jargon with confusion: the hit stands); that turn restates
        # (您是想降到三十八，对吧？, confirmed); blames the customer and disowns it (one forbidden phrase); the
        # customer cuts into that turn (one customer interruption); then solves (when the contract ends, what the
        # agent books now, when it takes effect, the SMS) but never checks (确认理解 missing), a bare goodbye.
        # Greeting without 工号. Critical flag, so needs_review. Amounts and the tail 四个八 are not personal numbers.
        expected=labels(
            True, False, True, True, True, False,
            customer_interruptions=1,
            jargon=["低消"],
            forbidden=["号是您家自己挑的，现在反悔可不赖我们"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout12_banking_atm_card_retained_mono",
        agent_id="A6302",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，借记卡服务，工号六三零二。"),
            customer("喂，我出差在外地，卡让取款机吞了！今晚住店都成问题！"),
            agent("人在外地钱又取不出，搁谁都发毛。您别慌，卡丢不了，我帮您弄好。"),
            agent("哪个网点的机器？卡号报一下。"),
            # 6217038529461739: a 16-digit debit card number with a valid Luhn check digit, read in groups of
            # four (幺 = 1); no digit follows itself
            customer("滨江支行门口那台。六二幺七，零三八五，二九四六，幺七三九。"),
            agent("我打给网点问问，您稍等，别挂。"),
            agent("让您等了，卡在网点收着呢。我归纳一下：卡被吞了，您今晚急着用钱，是吧？", pause_before=HOLD_S),
            customer("对。"),
            agent("取完钱没及时拿卡，机器就自动收了，防别人拿走。明早九点带身份证去网点领。今晚用手机银行扫码取款，不用插卡。"),
            agent("今晚扫码，明早领卡，您都记下了吗？"),
            customer("记下了，谢谢啊。"),
            agent("谢谢您耐心等，再见。"),
        ),
        # panic over a card swallowed by a cash machine far from home (…今晚住店都成问题！): named (搁谁都发毛) and
        # soothed with reassurance and a commitment (您别慌，卡丢不了，我帮您弄好); asks which branch and the card
        # number, and the customer reads all sixteen digits (one PII finding); announces the wait (我打给网点问问，
        # 您稍等，别挂), 12 s of silence (a hold); restates (我归纳一下：…是吧？, confirmed); solves (cause, where and
        # when to collect the card, what to bring, cash tonight without the card) and checks (…您都记下了吗？,
        # answered 记下了): all six steps. Greeting with 工号, thanking close. No jargon. Mono telephone band.
        expected=labels(True, True, True, True, True, True, pii=["bank_card"], holds=1),
    ),
    CallSpec(
        id="heldout12_insurance_car_scrape",
        agent_id="A6303",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，车险服务，我是小林。"),
            customer("你好，我倒车蹭了柱子，保险杠掉块漆，走保险划算吗？"),
            agent("今年赔过没有？掉了多大？"),
            customer("没赔过。就巴掌大。"),
            agent("建议自己修。补漆六七百，走保险明年保费涨一千多，不划算。"),
            customer("那随便找家店修就行？", interrupts=True),
            agent("对。真要走保险，先约定损。"),
            agent("您看明白了吗？"),
            customer("明白了，谢谢。"),
            agent("谢谢来电，再见。"),
        ),
        # a calm question whether a small scrape is worth a claim (emotion steps not applicable). A slow agent asks
        # (claims this year, how big the damage is); goes from the answers straight to the recommendation without
        # restating the question (确认问题 missing); solves (what to do, what each way costs, why); the customer
        # cuts into that turn with a question (one customer interruption); the answer uses 定损 unexplained and the
        # customer does not ask (jargon without confusion); checks (您看明白了吗？, answered 明白了). Greeting
        # with a name, no 工号; thanking close. No personal number.
        expected=labels(None, None, True, False, True, True, customer_interruptions=1, jargon=["定损"]),
    ),
    CallSpec(
        id="heldout12_insurance_policy_lapse_mono",
        agent_id="A6304",
        industry="insurance",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("保单服务，请讲。"),
            # 860327514902: a 12-digit policy number, not a personal number
            customer("喂，我那份重疾险怎么就失效了？工资卡换了，你们也不提醒一声，我上礼拜刚查出结节，这下全完了！"
                     "保单号八六零三，二七五幺，四九零二。"),
            agent("查到了。去年十月起扣款就没成功，宽限期一过，保单就停了。", pause_before=DEAD_AIR_S),
            agent("您换卡不来改信息，这个锅可甩不到我们头上。"),
            customer("那现在怎么办？还能救回来吗？"),
            agent("两年内能申请恢复。在官方小程序里点保单恢复，补交欠的保费，再如实填一遍健康情况，三个工作日出结果。"),
            agent("结节能不能过，那是审核的事，我这边管不着。"),
            customer("行吧，我自己弄。"),
        ),
        # distress at a lapsed critical-illness policy just after a diagnosis (…这下全完了！), never acknowledged or
        # soothed; the customer volunteers the policy number and the agent asks nothing (了解状况 missing); 11 s of
        # silence nobody announced (dead air), after which the agent resumes without a word about it; no
        # restatement (确认问题 missing); 宽限期 unexplained, the customer does not ask (jargon without confusion);
        # blames the customer (这个锅可甩不到我们头上) and disowns the outcome (那是审核的事，我这边管不着): two
        # forbidden phrases; between them a solution (cause, where to apply, what to pay and fill in, when the
        # answer comes); no check, no closing (the customer ends the call). No 您好, no 工号. A fast agent.
        # Critical flag, so needs_review. The policy number is not a personal number. Mono telephone band.
        expected=labels(
            False, False, False, False, True, False,
            jargon=["宽限期"],
            forbidden=["您换卡不来改信息，这个锅可甩不到我们头上", "结节能不能过，那是审核的事，我这边管不着"],
            dead_air=1,
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout12_ecommerce_spoiled_cherries",
        agent_id="A6305",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，鲜果售后，工号六三零五。"),
            customer("给爸妈订的车厘子，一开箱烂了一多半，这叫什么事！"),
            backchannel("agent", "嗯。", at=0.5),
            agent("特意给老人买的，换谁都来气。实在抱歉，这事我管到底。"),
            agent("订单号念一下？"),
            # 3072658491: a 10-digit order number, not a personal number
            customer("三零七二，六五八四，九幺。"),
            agent("咱们说清楚：果子坏了大半，您想换箱好的，没错吧？"),
            customer("没错。"),
            agent(
                "路上耽搁了一天，果子捂坏了，是我们发货慢了。这箱办仅退款，就是不用寄回，钱今天原路退。新的明早发，后天到。"
            ),
            agent("这么安排行不行？"),
            customer("行，谢谢你。"),
            agent("感谢您体谅，再见。"),
        ),
        # anger at spoiled fruit bought for elderly parents (…这叫什么事！): named (换谁都来气) and soothed with an
        # apology and a commitment (实在抱歉，这事我管到底); an agent backchannel 「嗯。」 inside the complaint; asks
        # the order number (了解状况); restates with the customer's wish (咱们说清楚：…没错吧？, confirmed);
        # solves (cause and responsibility, refund without return, when, the replacement and its delivery time)
        # and checks (这么安排行不行？, answered 行): all six steps. 仅退款 explained in the same turn (…就是…).
        # Greeting with 工号, thanking close. The order number is not a personal number.
        expected=labels(True, True, True, True, True, True, jargon_explained=["仅退款"]),
    ),
    CallSpec(
        id="heldout12_ecommerce_membership_renewal",
        agent_id="A6306",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("喂，会员中心。"),
            customer("你们会员怎么自己续上了？扣我两百四十八，这跟明抢有啥区别？"),
            agent("绑定手机号？"),
            # 18627049351: an 11-digit mainland mobile number (186 prefix), read in groups (幺 = 1);
            # no digit follows itself
            customer("幺八六，二七零四，九三五幺。"),
            agent("开的连续包年，扣款前一天发过短信，您自己没看，这能怨谁？"),
            customer("短信谁天天看！我就想把钱要回来，你们……"),
            agent("钱是应用商店扣的，跟我们会员中心不挨着。", interrupts=True),
            customer("那我找谁退？"),
            agent("谁扣的您找谁，我这边没法子。"),
            customer("好，我去告你们。"),
        ),
        # anger at an unwanted annual renewal (这跟明抢有啥区别？), never acknowledged or soothed; the bound mobile
        # number is the only question (了解状况) and the customer reads it (one PII finding); the agent blames the
        # customer (…您自己没看，这能怨谁？), cuts in before the customer has finished (one agent interruption) to
        # disown the charge (…跟我们会员中心不挨着) and brushes the customer off (谁扣的您找谁，我这边没法子): three
        # forbidden phrases; no restatement, no way forward, no check. No 您好 (喂，会员中心), no closing (the
        # customer ends the call). Critical flag, so needs_review.
        expected=labels(
            False, False, True, False, False, False,
            agent_interruptions=1,
            forbidden=[
                "扣款前一天发过短信，您自己没看，这能怨谁",
                "钱是应用商店扣的，跟我们会员中心不挨着",
                "谁扣的您找谁，我这边没法子",
            ],
            pii=["mobile"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout12_utilities_gas_card_meter_mono",
        agent_id="A6307",
        industry="utilities",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，燃气客服。"),
            customer("你好，我昨天网上交了两百燃气费，表上还是只剩三方气，怎么回事？"),
            agent("您家是插卡表吧？卡插过没有？"),
            # 40713826: an 8-digit gas account number, not a personal number
            customer("插过了，数没变。户号四零七幺，三八二六。"),
            agent("我复述一下：网上交了两百，插卡后气没加上，对吗？"),
            customer("对。"),
            agent("网上的钱还在账上，要先圈存，也就是把气写进卡里，插表才会加气。打开燃气公司小程序，把卡贴在手机背面就行。"),
            agent("这么弄行不行？"),
            customer("行，谢谢啊。"),
            agent("不客气，再见。"),
        ),
        # a calm question about gas paid online that does not show on the card meter (emotion steps not
        # applicable). A slow agent checks a hypothesis (插卡表吧？卡插过没有？); the customer adds the account
        # number; restates (我复述一下：…对吗？, confirmed); solves (why, what to do, where) and checks (这么弄行不行？,
        # answered 行). 圈存 explained in the same turn (也就是…). Greeting without 工号; a goodbye without thanks
        # (不客气，再见). The account number is not a personal number. Mono telephone band.
        expected=labels(None, None, True, True, True, True, jargon_explained=["圈存"]),
    ),
    CallSpec(
        id="heldout12_public_housing_fund_rent",
        agent_id="A6308",
        industry="public_services",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，公积金热线，工号六三零八。"),
            customer("你好，听说公积金能取出来交房租，怎么弄？"),
            agent("您名下在本市有房吗？"),
            customer("没有。"),
            agent("报下身份证号，我看看账户。"),
            # 510107198307265924: an 18-digit 身份证 number (Chengdu 510107, born 1983-07-26) with a valid
            # ISO 7064 check digit (4), read in groups (幺 = 1); no digit follows itself
            customer("五幺零幺零七，幺九八三零七二六，五九二四。"),
            agent("就是说您本市没房，想按租房来取，是吧？"),
            customer("对。"),
            agent("您已连续缴满三个月，符合条件。在市公积金的手机应用里点租房提取，每季度能取一次，最多三千六，三个工作日到您工资卡。"),
            backchannel("customer", "嗯。", at=0.3),
            backchannel("customer", "哦，这么方便。", at=0.66),
            agent("这些您都听明白了？"),
            customer("明白了，谢谢。"),
            agent("谢谢来电，再见。"),
        ),
        # a calm question about drawing the housing fund for rent (emotion steps not applicable). A fast agent asks
        # (a home in the city?) and asks for the 身份证 number (one PII finding, needed for the lookup); restates
        # (就是说…是吧？, confirmed); solves (why eligible, where, what to tap, how often, how much, when, to which
        # account) with customer backchannels 「嗯。」「哦，这么方便。」 inside that turn; checks (这些您都听明白了？,
        # answered 明白了). Greeting with 工号, thanking close. No jargon.
        expected=labels(None, None, True, True, True, True, pii=["id_card"]),
    ),
)
