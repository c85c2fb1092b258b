"""The fifth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

A held-out measurement set (see ``README.md``): the dialogues and the labels
below were written together, from the definitions of
``shared/domain/seeds-reference.md`` and the label conventions of
``samples/README.md``, before any scorer output on them was seen. Nobody looked
at the scorer's code, lexicons, rubric or tests while writing them, and no
scorer was run on them. Nobody may tune the rules on these calls.

The building blocks (``CallSpec``, ``agent``, ``customer``, ``backchannel``,
``labels``, the paces and pause lengths) come from ``samples/dialogues.py``;
``generate_heldout5.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout5.py`` (``generate.generate_set``, which has
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
HELDOUT5_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout5_telecom_fiber_repeat_calls",
        agent_id="A5601",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，宽带报修。"),
            customer("这都第三回了！一到晚上八点就断网，报了两回都没人管。"),
            backchannel("agent", "嗯嗯。", at=0.45),
            agent("您肯定一肚子火。我理解您的心情，非常抱歉给您带来不便。"),
            agent("白天也断吗？"),
            customer("白天没事。"),
            agent("您是说只有晚上断，两回都没人来，对吗？"),
            customer("对。"),
            agent(
                "楼道的分光器老化了，分光器就是把光纤分到各家的小盒子，人一多就掉线。前两回地址录错了，怪我们。"
                "换新的比重启管用，明早十点前上门，师傅打哪个电话？"
            ),
            # 13862751904: an 11-digit mainland mobile number (138 prefix), read in groups (幺 = 1);
            # no digit follows itself
            customer("幺三八，六二七五，幺九零四。"),
            agent("您看还有什么不清楚的吗？"),
            customer("没了。"),
        ),
        # anger about calling for the third time (这都第三回了！…报了两回都没人管): the agent names it
        # (您肯定一肚子火), soothes with the plain formulas (我理解您的心情, 非常抱歉给您带来不便), asks,
        # restates (您是说…对吗？), solves (cause: the old splitter, and the wrong address as the
        # company's fault; why a new one beats restarting it; when) and checks (您看还有什么不清楚的吗？):
        # all six steps. An agent backchannel 「嗯嗯。」 inside the complaint. 分光器 explained in the
        # same turn (…就是…). The customer reads a mobile number aloud for the technician's call.
        expected=labels(True, True, True, True, True, True, jargon_explained=["分光器"], pii=["mobile"]),
    ),
    CallSpec(
        id="heldout5_banking_scam_freeze_hold",
        agent_id="A5602",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，银行客服。"),
            customer("我，我好像被骗了，刚给冒充客服的转了三万，那是孩子学费啊。"),
            backchannel("agent", "我在听。", at=0.5),
            agent("先别怕，听得出来您吓坏了，我陪您一步步来。"),
            agent("是哪张卡转的？"),
            # 6217059381426305: a 16-digit debit card number with a valid Luhn check digit,
            # read in groups of four (幺 = 1); no digit follows itself
            customer("六二幺七，零五九三，八幺四二，六三零五。"),
            agent("您是想先保住卡里剩下的钱，对吗？"),
            customer("对。"),
            agent("您别挂，稍等，我先冻卡。"),
            agent(
                "冻好了，卡里的钱转不走了。转走的三万只有公安能让对方银行扣住，您马上打幺幺零报案，"
                "明天带身份证来换卡。",
                pause_before=HOLD_S,
            ),
            customer("好，我这就报警。"),
        ),
        # a frightened, near-tearful scam victim (我，我好像被骗了…那是孩子学费啊): the agent names the
        # fear (听得出来您吓坏了), calms and commits (先别怕…我陪您一步步来), asks which card,
        # restates the goal (您是想先保住卡里剩下的钱，对吗？), announces the wait (您别挂，稍等，
        # 我先冻卡) and then 12 s of silence (a hold, not dead air), solves (why the freeze helps, why
        # the police and not the bank, what to do now and tomorrow); the call ends on the customer's
        # 「好，我这就报警。」 with no check (确认理解 missing). An agent backchannel 「我在听。」 inside
        # the customer's first turn. The customer reads a whole bank card number (one PII finding);
        # 幺幺零 is the police number, not a personal one.
        expected=labels(True, True, True, True, True, False, pii=["bank_card"], holds=1),
    ),
    CallSpec(
        id="heldout5_insurance_hospital_claim_refused",
        agent_id="A5603",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，健康险理赔。"),
            customer("交了六年保费，头一回住院，你们一句不赔就打发了。说真的，挺寒心的。"),
            agent("住院是什么病？以前查出过吗？"),
            customer("糖尿病。五年前体检说血糖偏高，当时医生说不用吃药，我就没当回事。"),
            agent("那就算既往症，不在保障范围。", interrupts=True),
            customer("既往症？什么意思？"),
            agent("就是投保前就有的病。当初是业务员给您办的，您找他去。"),
            customer("那这钱就一分都不赔了？"),
            agent("公司定的事，我们客服管不着。"),
            customer("行，我算是看明白了。"),
        ),
        # a disappointed policy holder (说真的，挺寒心的) is never acknowledged or soothed; the agent
        # asks about the illness, then cuts into the answer (one agent interruption) with 既往症; the
        # customer asks what it means (explained only afterwards, so the hit stands); then pushes the
        # customer to the salesman and to "the company" (two responsibility-shifting phrases); no
        # restatement, no solution or way forward, no check. Critical flag, so needs_review.
        expected=labels(
            False, False, True, False, False, False,
            agent_interruptions=1,
            jargon=["既往症"],
            forbidden=["您找他去", "我们客服管不着"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout5_utilities_gas_estimate_fast",
        agent_id="A5604",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，燃气客服。"),
            customer("你好，我家这个月燃气费四百多，平时才一百出头，想问问怎么回事。"),
            agent("最近家里常开火吗？还是一直没人？"),
            customer("我出差两个月，家里一直空着，回来一看，还以为账单寄错了呢。"),
            agent("明白了，您是想问家里没人用气，燃气费怎么反倒翻了几倍，对吧？", interrupts=True),
            customer("对。"),
            agent(
                "这是估抄造成的，估抄就是抄表员进不了门，按往年用量先估了个数。"
                "您拍张表盘照片发到公众号，按实际读数重算，多交的抵下个月，比等人上门快，两天内出结果。"
            ),
            backchannel("customer", "嗯。", at=0.3),
            backchannel("customer", "哦，这样。", at=0.7),
            agent("拍照片、抵下月这两步，您都明白了吧？"),
            customer("明白了，谢谢。"),
        ),
        # a calm billing question (emotion steps not applicable) answered by a fast agent; the agent
        # asks, then restates while cutting into the end of the customer's answer (one agent
        # interruption); solves (cause: an estimated reading, the fix, why a photo beats waiting for a
        # visit, when) and checks both steps; 估抄 explained in the same turn (…就是…); customer
        # backchannels 「嗯。」「哦，这样。」 during the explanation
        expected=labels(None, None, True, True, True, True, agent_interruptions=1, jargon_explained=["估抄"]),
    ),
    CallSpec(
        id="heldout5_ecommerce_sofa_impatient",
        agent_id="A5605",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，家具售后。"),
            customer("赶紧的，沙发说好上周到，到底哪天送？我马上要开会。"),
            agent("您赶时间，我长话短说。订单尾号多少？"),
            customer("五三零七。"),
            agent("您这单被挂起了。扶手缺货，新一批周五到仓，比退了重下单快，送货是这么安排的。"),
            customer("行了行了，就说哪天到！", interrupts=True),
            agent("周六上午送到，司机提前一小时打电话。"),
            customer("行。"),
        ),
        # an impatient customer (赶紧的…到底哪天送？): the agent notices and adapts (您赶时间，我长话短说)
        # but neither shows understanding, apologises nor reassures (安抚情绪 missing); asks for the
        # order's tail number; 挂起 left unexplained (the customer does not ask); gives cause, why
        # waiting beats re-ordering and when, with no restatement before it; the customer cuts into
        # the explanation (a customer interruption); the call ends on 「行。」 with no check.
        # 订单尾号五三零七 is not a personal number.
        expected=labels(True, False, True, False, True, False, customer_interruptions=1, jargon=["挂起"]),
    ),
    CallSpec(
        id="heldout5_telecom_roaming_dead_air_mono",
        agent_id="A5606",
        industry="telecom",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，移动客服。"),
            customer("去趟日本，话费扣了八百多，比机票还贵，你们这账算得真是一流。"),
            agent("听您这口气，憋了一肚子委屈吧。八百多不是小数，让您闹心了，我马上查。"),
            agent("出国前办过漫游套餐吗？"),
            customer("没有，我以为会有短信提醒。"),
            agent(
                "提醒短信错发到您另一个号码上，是我们的问题。四天按每天三十的漫游套餐补算是一百二，"
                "退您六百八，比走投诉快，明天中午前到账。",
                pause_before=DEAD_AIR_S,
            ),
            agent("这么处理您看行吗？"),
            customer("行吧。"),
        ),
        # sarcasm about a roaming bill (你们这账算得真是一流): the agent reads the grievance behind it
        # (听您这口气，憋了一肚子委屈吧), affirms and commits (八百多不是小数，让您闹心了，我马上查);
        # one question; after the customer's answer 11 s of silence nobody announced (dead air); then
        # cause and fault, the refund, why and when, with no restatement before it (确认问题 missing);
        # the agent checks the result (这么处理您看行吗？). Amounts only, no personal numbers.
        # Mono telephone band.
        expected=labels(True, True, True, False, True, True, dead_air=1),
    ),
    CallSpec(
        id="heldout5_banking_transfer_limit_id_mono",
        agent_id="A5607",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，手机银行服务。"),
            customer("你好，我要给房东转八万押金，手机上一转就说超限额，怎么办？"),
            agent("今天就要转吗？"),
            customer("对，下午签合同。"),
            agent("您是想今天一次把八万转给房东，对吗？"),
            customer("是的。"),
            agent("麻烦报下身份证号，核实一下。"),
            # 320106198507264350: an 18-digit 身份证 number (Nanjing 320106, born 1985-07-26) with a
            # valid ISO 7064 check digit (0), read in groups (幺 = 1); no digit follows itself
            customer("三二零幺零六，幺九八五零七二六，四三五零。"),
            agent(
                "核实好了。单日上限五万，是为了防盗刷。我给您临时调到十万，今天有效，"
                "比跑柜台省事，十分钟后您重新转就行。"
            ),
            agent("临时额度只限今天，十分钟后再转，您都清楚了吧？"),
            customer("清楚了，谢谢。"),
        ),
        # a calm request (emotion steps not applicable): asks, restates (您是想…对吗？), verifies the
        # caller, solves (why the limit exists, the temporary raise, why not the counter, when, what
        # to do) and checks both points; the customer reads a whole 身份证 number (one PII finding).
        # Mono telephone band.
        expected=labels(None, None, True, True, True, True, pii=["id_card"]),
    ),
    CallSpec(
        id="heldout5_ecommerce_return_deduction_16k",
        agent_id="A5608",
        industry="ecommerce",
        layout="mono",
        sample_rate=16000,
        encoding="pcm_s16le",
        telephone_band=False,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，退换货服务。"),
            customer("退个吹风机，凭什么扣我一百五？就拆了个包装，太欺负人了！"),
            agent("规则是总部定的，我说了不算。"),
            customer("我用都没用过，你倒是查查啊！"),
            agent("嫌扣得多您可以不退啊。"),
            customer("你这什么态度？我要投诉你！"),
            agent("您随意。"),
        ),
        # plain anger (凭什么扣我一百五？…太欺负人了！) is never acknowledged or soothed; the agent asks
        # nothing, not even when the customer asks her to check (了解状况 missing); pushes the rule onto
        # head office (我说了不算), then brushes the customer off twice (嫌扣得多您可以不退啊, 您随意);
        # no restatement, no solution, no check. Critical flag, so needs_review. Mono 16 kHz.
        expected=labels(
            False, False, False, False, False, False,
            forbidden=["我说了不算", "嫌扣得多您可以不退啊", "您随意"],
            needs_review=True,
        ),
    ),
)
