"""The tenth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout10.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout10.py`` (``generate.generate_set``, which has
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
HELDOUT10_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout10_telecom_gigabit_upgrade",
        agent_id="A6101",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，宽带中心，工号六幺零幺。"),
            customer("花钱升了千兆，一测还是九十来兆，这钱白交了？"),
            backchannel("agent", "嗯。", at=0.5),
            agent("钱花了网速没动，您觉得冤，我能体会，一定给您弄明白。"),
            agent("路由器用几年了？"),
            customer("五六年了。"),
            agent("我捋一下：升了千兆，测出来还不到一百兆，是吧？"),
            customer("没错。"),
            agent(
                "毛病在老路由器，它的协商速率，就是跟电脑谈好的最快速度，最高一百兆。"
                "免费给您换台新的，明天上午装好当场测。"
            ),
            agent("这么安排您看妥不妥？"),
            customer("妥，谢谢。"),
            agent("感谢耐心，再见。"),
        ),
        # annoyance at paying for an upgrade that changed nothing (这钱白交了？): named and validated
        # (您觉得冤，我能体会) with a commitment (一定给您弄明白); asks the router's age (a hypothesis); restates
        # (我捋一下：…是吧？, confirmed); solves (cause, what is done, at no cost, when, what happens) and checks
        # that the plan is accepted (这么安排您看妥不妥？, answered 妥): all six steps. 协商速率 explained in the
        # same turn (…就是…). An agent backchannel 「嗯。」 inside the complaint. Greeting with 工号, thanking
        # close.
        expected=labels(True, True, True, True, True, True, jargon_explained=["协商速率"]),
    ),
    CallSpec(
        id="heldout10_banking_mortgage_prepay",
        agent_id="A6102",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，房贷专线。"),
            customer("你好，我想提前还十万房贷，能办吗？"),
            agent("能办。您是想月供少点，还是早几年还清？"),
            customer("想月供少点。"),
            agent("那选减少月供，别选缩期。"),
            customer("缩期是什么意思？"),
            agent("就是月供不变，少还几年。我重复一遍：您还十万，图的是月供降下来，对吧？"),
            customer("对。"),
            agent("那给您约二十号，九点前把钱存进还款卡，下月起月供少一千一左右。"),
            customer("那利息是不是也跟着少了？", interrupts=True),
            agent("对。短信发哪个手机号？"),
            # 15983027461: an 11-digit mainland mobile number (159 prefix), read in groups (幺 = 1);
            # no digit follows itself
            customer("幺五九，八三零二，七四六幺。"),
            agent("好，再见。"),
        ),
        # a calm question about paying part of a mortgage early (emotion steps not applicable); asks what the
        # customer wants; 缩期 unexplained, the customer asks what it means and it is explained only afterwards
        # (jargon with confusion: the hit stands); restates (我重复一遍：…对吧？, confirmed); solves (the option
        # that fits the goal, the appointment, what to do by when, what changes); the customer cuts in with a
        # question (one customer interruption) and reads the mobile number (one PII finding); ends with a
        # goodbye, no check. Greeting, no 工号, no thanks.
        expected=labels(None, None, True, True, True, False, customer_interruptions=1, jargon=["缩期"],
                        pii=["mobile"]),
    ),
    CallSpec(
        id="heldout10_insurance_ceiling_leak",
        agent_id="A6103",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("喂，财产险理赔，请讲。"),
            customer("楼上水管爆了，天花板泡塌一块，地板全鼓了！报案四天，看现场的人影都没见着，你们这是……"),
            agent("报案号多少？我先查一下。", interrupts=True),
            # 2074931856: a 10-digit claim report number, not a personal number
            customer("二零七四，九三幺八，五六。"),
            agent("现场归公估公司看，人家排不过来，我这边使唤不动他们。"),
            customer("那我家就这么泡着？"),
            agent("说到底是楼上漏的水，这钱本来就该楼上赔，您先找他们要去。"),
            customer("我买的是你们的保险，让我自己去跟邻居扯皮？"),
            agent("公估排上了，自然会给您打电话。"),
            customer("行，我打幺二三七八投诉你们。"),
        ),
        # anger at a flooded home and four days without a visit (…你们这是……), never acknowledged or soothed;
        # the agent cuts in before the customer has finished (one agent interruption) to ask the report number
        # (了解状况); 公估 said twice, never explained, the customer does not ask about it (jargon without
        # confusion); denies any hold over the loss adjusters (我这边使唤不动他们) and pushes the bill onto the
        # neighbour (这钱本来就该楼上赔，您先找他们要去): two forbidden phrases; only a vague 公估排上了，自然会给您
        # 打电话: no way forward; no restatement, no check. No 您好, no closing. Critical flag, so needs_review.
        # The report number and the hotline number are not personal numbers.
        expected=labels(
            False, False, True, False, False, False,
            agent_interruptions=1,
            jargon=["公估", "公估"],
            forbidden=["我这边使唤不动他们", "这钱本来就该楼上赔，您先找他们要去"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout10_ecommerce_price_protection",
        agent_id="A6104",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，家电商城售后，工号六幺零四，您请讲。"),
            customer("你好，我三号买的扫地机器人，两千九百九，今天降到两千六百九了，这差价能退吗？"),
            agent("能退。是在自营店买的吧？订单号念一下。"),
            # 38205714906: an 11-digit order number (no mobile prefix, fails Luhn), not a personal number
            customer("自营的。三八二零，五七幺四，九零六。"),
            agent("您三号买的，现在降了三百，想把差价要回来，是这个意思吧？"),
            customer("对。"),
            agent(
                "您这单在价保期内，价保就是买完十五天里降了价，差价退给您。我这边直接提交，"
                "三百块两小时内原路退回，不用退货再重买，省事。"
            ),
            backchannel("customer", "嗯。", at=0.3),
            backchannel("customer", "哦，那挺好。", at=0.68),
            agent("两小时内退三百，您心里有数了吧？"),
            customer("有数了，谢谢。"),
            agent("不客气，感谢来电，再见。"),
        ),
        # a calm price-drop question (emotion steps not applicable). A fast agent asks (a hypothesis: 自营店;
        # the order number), restates (…是这个意思吧？, confirmed), solves (why it qualifies, what is done, how
        # much, when, where, why this way) and checks (…您心里有数了吧？, answered 有数了). 价保 said twice, both
        # in the turn that explains it (…就是…). Customer backchannels 「嗯。」「哦，那挺好。」 inside the
        # explanation. The order number is not a personal number. Greeting with 工号, thanking close.
        expected=labels(None, None, True, True, True, True, jargon_explained=["价保", "价保"]),
    ),
    CallSpec(
        id="heldout10_utilities_radiator_cold_mono",
        agent_id="A6105",
        industry="utilities",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，热力公司。"),
            customer("喂，我家暖气片上头温乎下头凉，屋里才十三度，这可咋整啊？"),
            agent("才十三度，您一定挺着急。别慌，今天就让它热起来。"),
            agent("几楼？别的屋也这样？"),
            customer("六楼顶楼，几个屋都这样。"),
            agent("顶楼，几个屋都上热下凉，对吧？"),
            customer("对对。"),
            agent("那是存了空气。顶上有个排气阀，就是带螺丝的小铜疙瘩，拧松放气，出水拧紧。"),
            customer("那我这就去试试。"),
            agent("还不热再打来，派师傅。再见。"),
        ),
        # worry in a cold flat (…这可咋整啊？): named (您一定挺着急) and soothed with a commitment (别慌，今天就让
        # 它热起来); asks (floor, other rooms); restates (顶楼，…对吧？, confirmed); solves (cause, where, what to
        # do, a fallback) but never checks that the customer understood (确认理解 missing). 排气阀 explained in
        # the same turn (就是…). A slow agent. Greeting without 工号; a goodbye without thanks. Mono telephone
        # band.
        expected=labels(True, True, True, True, True, False, jargon_explained=["排气阀"]),
    ),
    CallSpec(
        id="heldout10_public_medical_filing_mono",
        agent_id="A6106",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，医保热线，工号六幺零六。"),
            customer("你好，我爸医保在老家，现在在这边住院，能直接报吗？"),
            agent("能，要先做异地就医备案。老人身份证号报一下。"),
            # 370102195208142935: an 18-digit 身份证 number (Jinan 370102, born 1952-08-14) with a valid
            # ISO 7064 check digit (5), read in groups (幺 = 1); no digit follows itself
            customer("三七零幺零二，幺九五二零八幺四，二九三五。"),
            agent("不好意思，查到了，还没备案。", pause_before=DEAD_AIR_S),
            customer("医院说要你们开个证明才给报。"),
            agent("医院要什么是医院的规矩，我们这头不管这个。"),
            agent("不过手机上就能备案，国家医保服务平台里点异地备案，当场生效，出院时统筹那块直接扣。"),
            agent("这么办您听清楚了吗？"),
            customer("清楚了，谢谢。"),
            agent("感谢来电，再见。"),
        ),
        # a calm question about a parent hospitalised away from home (emotion steps not applicable); asks for
        # the father's 身份证 number (one PII finding); 11 s of silence nobody announced (dead air), broken by the
        # agent with an apology after the fact; goes from the lookup to the answer without restating
        # (确认问题 missing); pushes the hospital's demand away (医院要什么是医院的规矩，我们这头不管这个: one
        # forbidden phrase), then solves (where, what to click, when it takes effect, what it changes) and
        # checks (这么办您听清楚了吗？, answered 清楚了). 统筹 unexplained, the customer does not ask (jargon without
        # confusion). Greeting with 工号, thanking close. Critical flag, so needs_review. Mono telephone band.
        expected=labels(
            None, None, True, False, True, True,
            jargon=["统筹"],
            forbidden=["医院要什么是医院的规矩，我们这头不管这个"],
            pii=["id_card"],
            dead_air=1,
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout10_banking_wrong_transfer_mono",
        agent_id="A6107",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，我是六幺零七号客服。"),
            customer("坏了，转账输错卡号，孩子的学费转给陌生人了！"),
            agent("您现在一定特别慌。先稳住，钱能追，我陪您一步步来。"),
            agent("哪张卡转的？卡号念下。"),
            # 6214830257163948: a 16-digit debit card number with a valid Luhn check digit, read in groups of
            # four (幺 = 1); no digit follows itself
            customer("六二幺四，八三零二，五七幺六，三九四八。"),
            agent("我调下记录，您稍等别挂。"),
            agent("久等了。您转了八千，卡号错一位，进了个姓孙的账户，对吧？", pause_before=HOLD_S),
            customer("对，不认识他。"),
            agent("别人的户头，银行不能硬划。我这就登记，请对方银行联系他退，三到五个工作日短信告诉您。"),
            agent("这几步您都清楚吗？"),
            customer("清楚了。"),
            agent("感谢来电，再见。"),
        ),
        # panic over school fees sent to a stranger (…孩子的学费转给陌生人了！): named (您现在一定特别慌) and
        # soothed (先稳住，钱能追，我陪您一步步来); asks which card (the customer reads the whole card number: one
        # PII finding); announces the wait (我调下记录，您稍等别挂), 12 s of silence (a hold); restates (…对吧？,
        # confirmed); solves (why the bank cannot just reverse it, what the agent does now, when, by which
        # channel) and checks (这几步您都清楚吗？, answered 清楚了): all six steps. Self-identification by number
        # without the word 工号; thanking close. Mono telephone band.
        expected=labels(True, True, True, True, True, True, pii=["bank_card"], holds=1),
    ),
    CallSpec(
        id="heldout10_ecommerce_wardrobe_install",
        agent_id="A6108",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，请讲。"),
            customer("衣柜送来一个礼拜了，装柜子的师傅两回都放我鸽子，板子堆满客厅，你们到底管不管？"),
            agent("听您这口气，是真窝火了。不过安装外包给第三方了，派谁去不是我们说了算。"),
            customer("我在你们店下的单，钱也是交给你们的，现在跟我说第三方？那我找谁去……"),
            agent("师傅电话订单里有，您自己跟他约吧。", interrupts=True),
            customer("打了八遍都没人接！到底哪天能来？"),
            agent("这话我都跟您讲两遍了，您怎么还问……"),
            customer("算了，跟你说不通，我找平台投诉去！", interrupts=True),
        ),
        # fury at two missed installation appointments (…你们到底管不管？): the agent names it (听您这口气，是真窝火了)
        # but never soothes it; asks nothing (了解状况 missing); denies any say over the contracted installer
        # (派谁去不是我们说了算), cuts in before the customer has finished (one agent interruption) to send her
        # back to the installer (您自己跟他约吧), and talks down to her (这话我都跟您讲两遍了): three forbidden
        # phrases; the customer cuts into the last agent turn (one customer interruption) and hangs up. No
        # restatement, no solution, no check, no closing. Critical flag, so needs_review.
        expected=labels(
            True, False, False, False, False, False,
            agent_interruptions=1,
            customer_interruptions=1,
            forbidden=["派谁去不是我们说了算", "您自己跟他约吧", "这话我都跟您讲两遍了"],
            needs_review=True,
        ),
    ),
)
