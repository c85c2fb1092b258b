"""The thirteenth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout13.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout13.py`` (``generate.generate_set``, which has
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
HELDOUT13_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout13_telecom_video_ringtone",
        agent_id="A6401",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，话费专线，工号六四零幺。"),
            customer("我妈手机每月多扣十块，说是视频彩铃，她七十多了哪会弄这个？"),
            backchannel("agent", "嗯，我在听。", at=0.4),
            agent("老人的钱被这么扣，您肯定堵得慌。真对不住，马上给您弄好。"),
            agent("号码多少？"),
            # 13608927541: an 11-digit mainland mobile number (136 prefix), read in groups (幺 = 1);
            # no digit follows itself
            customer("幺三六，零八九二，七五四幺。"),
            agent("我捋一下：老人误订了彩铃，您要退订退钱，对吧？"),
            customer("对。"),
            agent(
                "链接收费字太小，老人误点的，怪我们。彩铃已退，五十块三天返还，"
                "增值业务也关了，就是套餐外另收钱的功能。"
            ),
            agent("还有哪块不明白？"),
            customer("明白了，谢谢。"),
            agent("谢谢您提醒，再见。"),
        ),
        # anger at a video ringback service charged to an elderly mother's phone (…她七十多了哪会弄这个？): an agent
        # backchannel 「嗯，我在听。」 inside the complaint; named (您肯定堵得慌) and soothed with an apology and a
        # commitment (真对不住，马上给您弄好); asks the number (了解状况, a lookup question) and the customer reads the
        # mother's mobile number (one PII finding); restates the problem with the wish (我捋一下：…对吧？, confirmed);
        # solves (cause and responsibility, cancelled, the refund and when, the paid extras switched off) and checks
        # (还有哪块不明白？, answered 明白了): all six steps. 增值业务 explained in the same turn (…就是…). Greeting
        # with 工号, thanking close.
        expected=labels(True, True, True, True, True, True, jargon_explained=["增值业务"], pii=["mobile"]),
    ),
    CallSpec(
        id="heldout13_banking_wrong_transfer_mono",
        agent_id="A6402",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，个人银行热线。"),
            customer("喂，我手机银行转错人了！八千六，孩子的学费，这可怎么办，我手都在抖。"),
            agent("学费转错谁都慌，您先缓口气，钱能查到，我陪您一步步来。"),
            agent("先核个身份，身份证号报一下？"),
            # 320106196908142574: an 18-digit 身份证 number (Nanjing 320106, born 1969-08-14) with a valid
            # ISO 7064 check digit (4), read in groups (幺 = 1); no digit follows itself
            customer("三二零幺零六，幺九六九零八幺四，二五七四。"),
            agent("对上了。几点转的，转给谁了？"),
            customer("十分钟前，本来转王莉，手滑点成了王丽。"),
            agent("我听明白了：八千六误转给了王丽，您想追回来，对吗？", pause_before=DEAD_AIR_S),
            customer("对对对，能追回来吗？"),
            agent(
                "钱进了对方账户，银行不能硬划回来，要收款人点头。我这就提交退回申请，"
                "三到五个工作日出结果，短信告诉您。对方不退，您就去报案。"
            ),
            customer("好，我等短信。"),
            agent("嗯，先这样，再见。"),
        ),
        # panic over school fees sent to the wrong person (…我手都在抖。): named (学费转错谁都慌) and soothed
        # (您先缓口气，钱能查到，我陪您一步步来); asks for the 身份证 number to verify (one PII finding, needed for the
        # lookup), then when and to whom (了解状况); 11 s of silence nobody announced (dead air), broken by the
        # agent's restatement (我听明白了：…对吗？, confirmed); solves (why the bank cannot take it back, what the agent
        # files now, when, the SMS, what to do if the payee refuses); the customer says she will wait and the agent
        # says goodbye: no check (确认理解 missing). A fast agent. Greeting without 工号, a goodbye without thanks.
        # No jargon. Mono telephone band.
        expected=labels(True, True, True, True, True, False, pii=["id_card"], dead_air=1),
    ),
    CallSpec(
        id="heldout13_banking_large_deposit_early",
        agent_id="A6403",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，财富热线，我姓陈。"),
            customer("你好，三年期大额存单能提前取吗？买房差首付。"),
            agent("能。全取还是取一部分？"),
            # 5826: the last four digits of a deposit, not a personal number
            customer("取一半，尾号五八二六。"),
            agent("提前取的按靠档计息。"),
            customer("靠档是啥？没听懂。"),
            agent("就是满两年按两年利率，零头按活期。您是取一半，剩下接着存，对吧？"),
            customer("对。"),
            agent("手机银行点存单，选部分支取就行，剩下一半利率照旧，比全取划算。"),
            agent("还有要问的吗？"),
            customer("没了，谢谢。"),
            agent("谢谢来电，再见。"),
        ),
        # a calm question about taking money out of a three-year large deposit early (emotion steps not
        # applicable). The agent asks (all or part?); 靠档计息 unexplained, the customer says she did not
        # understand and the explanation comes only in the next turn (jargon with confusion: the hit stands); that
        # turn restates with the wish (您是取一半…对吧？, confirmed); solves (where and what to tap, what happens to
        # the rest, why half is better) and checks (还有要问的吗？, answered 没了). Greeting with a name, no 工号;
        # thanking close. The deposit's last four digits are not a personal number.
        expected=labels(None, None, True, True, True, True, jargon=["靠档计息"]),
    ),
    CallSpec(
        id="heldout13_insurance_child_hospital_claim",
        agent_id="A6404",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("理赔专线，请说。"),
            customer("我儿子住院的钱你们拒赔了！买的时候说啥都保，这不糊弄人吗？"),
            agent("保单号。"),
            # 370528169402: a 12-digit policy number, not a personal number
            customer("三七零五，二八幺六，九四零二。"),
            agent("孩子投保前有哮喘，算既往症。"),
            customer("他这回是肺炎，跟哮喘两码事，你们硬扯……"),
            agent("投保时您没如实告知，出了事才找我们，怪不到公司头上。", interrupts=True),
            customer("那就这么算了？"),
            agent("这是总公司定的，我们说了不算。"),
            agent("不服就申请重新审核，近两年门诊病历拍照传到理赔页面，十五个工作日答复。赔款打哪张卡？"),
            # 6214835907362048: a 16-digit bank card number with a valid Luhn check digit, read in groups of
            # four (幺 = 1); no digit follows itself
            customer("六二幺四，八三五九，零七三六，二零四八。"),
            agent("记下了。"),
            customer("行，再不给我就去投诉。"),
        ),
        # anger at a rejected claim for a child's hospital stay (…这不糊弄人吗？), never acknowledged or soothed;
        # a fast agent's only situation question is the bare policy number (了解状况); 既往症 unexplained, the
        # customer argues but does not ask what it means (jargon without confusion); the agent cuts in before the
        # customer has finished (one agent interruption) to blame her (…怪不到公司头上) and then disowns the
        # decision (这是总公司定的，我们说了不算): two forbidden phrases; no restatement (确认问题 missing); a
        # concrete way forward (how to appeal, what to upload, where, when the answer comes: 解决问题); asks for the
        # card the money would go to and the customer reads it (one PII finding); no check, no closing (the
        # customer ends the call). No 您好, no 工号. Critical flag, so needs_review. The policy number is not a
        # personal number.
        expected=labels(
            False, False, True, False, True, False,
            agent_interruptions=1,
            jargon=["既往症"],
            forbidden=["投保时您没如实告知，出了事才找我们，怪不到公司头上", "这是总公司定的，我们说了不算"],
            pii=["bank_card"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout13_ecommerce_tradein_valuation",
        agent_id="A6405",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("喂，以旧换新售后，工号六四零五。"),
            customer("旧手机网上估一千二，寄过去只给四百五！这不明摆着压价吗？"),
            agent("您这是气得不轻啊。订单号？"),
            # 8140392756: a 10-digit order number, not a personal number
            customer("八幺四零，三九二七，五六。"),
            agent("屏幕有划痕，电池七成多，就值这个价。说白了您就是嫌少，想按一千二收，是不是？"),
            customer("那当然。"),
            agent("质检是外面公司做的，有意见找他们，我们不背这个。"),
            customer("那我不卖了，手机寄回来！"),
            agent("退不退的，您自己看着办吧。"),
            customer("行，我投诉你们。"),
        ),
        # anger at a trade-in phone valued far below the online estimate (这不明摆着压价吗？): named, flatly
        # (您这是气得不轻啊), and the same turn moves on to the order number: no understanding, apology, reassurance
        # or commitment (安抚情绪 missing); asks the order number (了解状况); restates the wish (说白了…是不是？,
        # confirmed: 确认问题 found, however curt); then shifts the blame to the inspector (质检是外面公司做的，有意见
        # 找他们，我们不背这个) and leaves the customer to it (退不退的，您自己看着办吧): two forbidden phrases;
        # no way forward (解决问题 missing), no check, no closing (the customer ends the call). 喂 instead of 您好,
        # with 工号. A fast agent. Critical flag, so needs_review. The order number is not a personal number.
        expected=labels(
            True, False, True, True, False, False,
            forbidden=["质检是外面公司做的，有意见找他们，我们不背这个", "退不退的，您自己看着办吧"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout13_ecommerce_price_protection_mono",
        agent_id="A6406",
        industry="ecommerce",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，家电商城，工号六四零六。"),
            # 6053817294: a 10-digit order number, not a personal number
            customer("你好，上周买的空气炸锅降了八十块，订单号六零五三，八幺七二，九四，差价能补吗？"),
            agent("我查下规则，您稍等。"),
            agent("您是想要回这八十块，是吧？", pause_before=HOLD_S),
            customer("对。"),
            agent("能补，这单有价保，就是七天内降价退差价。订单页点申请价保，一小时到账。"),
            customer("好，我这就点。"),
            agent("还有别的事吗？"),
            customer("没了。"),
            agent("感谢来电，再见。"),
        ),
        # a calm question about a price drop after purchase (emotion steps not applicable). The customer gives
        # everything at once (what, when, how much, the order number) and a slow agent asks nothing (了解状况
        # missing); announces the wait (我查下规则，您稍等), 12 s of silence (a hold); restates (您是想要回这八十块，
        # 是吧？, confirmed); solves (why it is possible, what to tap, how fast) and checks (还有别的事吗？, answered
        # 没了). 价保 explained in the same turn (…就是…). Greeting with 工号, thanking close. The order number is not
        # a personal number. Mono telephone band.
        expected=labels(None, None, False, True, True, True, jargon_explained=["价保"], holds=1),
    ),
    CallSpec(
        id="heldout13_utilities_radiator_cold",
        agent_id="A6407",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，热力热线，工号六四零七。"),
            customer("供暖半个月了，屋里才十五度，老伴裹着棉袄，收钱倒挺痛快！"),
            agent("老人受冻，您又心疼又窝火。实在抱歉，今天给您落实。"),
            agent("您家几楼？楼下也这样吗？"),
            customer("九号楼顶层，楼下挺热乎。"),
            agent("您家这是水力失调，明早九点到十二点，师傅上门调阀门。"),
            customer("明早？今晚怎么熬啊？", interrupts=True),
            agent("今晚把暖气片顶上的小阀门拧开，冒完气见水就拧上，能暖和点。"),
            backchannel("customer", "嗯。", at=0.3),
            backchannel("customer", "这个我会。", at=0.7),
            agent("今晚放气，明早上门，记住了吗？"),
            customer("记住了，谢谢。"),
            agent("应该的，祝老人身体健康。"),
        ),
        # anger at a cold flat with an elderly husband at home (…收钱倒挺痛快！): named (您又心疼又窝火) and soothed
        # with an apology and a commitment (实在抱歉，今天给您落实); asks which floor and about the neighbours
        # (了解状况); goes from the answer straight to the finding and the visit without restating the problem
        # (确认问题 missing); 水力失调 unexplained, the customer does not ask (jargon without confusion); the customer
        # cuts into that turn (one customer interruption); the answer (what to do tonight) with customer
        # backchannels 「嗯。」「这个我会。」 inside it; checks (今晚放气，明早上门，记住了吗？, answered 记住了).
        # Greeting with 工号; the close is a good wish, without thanks or 再见. The building number is not a
        # personal number.
        expected=labels(True, True, True, False, True, True, customer_interruptions=1, jargon=["水力失调"]),
    ),
    CallSpec(
        id="heldout13_public_medical_insurance_remote_mono",
        agent_id="A6408",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，医保热线。"),
            customer("你好，我退休了要去深圳跟女儿住，医保那边能用吗？"),
            agent("能用，先办异地就医备案，也就是登记常住城市。您长住吗？"),
            customer("长住。"),
            agent("您是想在深圳直接刷卡看病，对吗？"),
            customer("对。"),
            agent("医保平台点异地备案，填深圳住址，三天就批，之后直接结算。"),
            customer("女儿家边上的中医院能刷吗？"),
            agent("能不能刷是医院的事，您问医院去，别问我们。"),
            customer("哦，好吧。"),
            agent("怎么备案，记住了吧？"),
            customer("记住了。"),
            agent("好，再见。"),
        ),
        # a calm question about using the medical insurance after moving to another city (emotion steps not
        # applicable). A slow agent explains 异地就医备案 in the same turn (也就是…) and asks (您长住吗？: 了解状况);
        # restates (您是想…对吗？, confirmed); solves (where, what to tap and fill in, how long, what it changes);
        # answers the follow-up question by pushing the customer away (能不能刷是医院的事，您问医院去，别问我们:
        # one forbidden phrase); checks (怎么备案，记住了吧？, answered 记住了). Greeting without 工号, a goodbye
        # without thanks. No personal number. Critical flag, so needs_review. Mono telephone band.
        expected=labels(
            None, None, True, True, True, True,
            jargon_explained=["异地就医备案"],
            forbidden=["能不能刷是医院的事，您问医院去，别问我们"],
            needs_review=True,
        ),
    ),
)
