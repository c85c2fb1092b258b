"""The eighteenth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout18.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout18.py`` (``generate.generate_set``, which has
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
HELDOUT18_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout18_telecom_broadband_relocation",
        agent_id="A6901",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，电信客服，工号六九零幺。"),
            customer("你好，下月十号搬家，宽带能挪过去吗？"),
            agent("能办。新家在哪个小区？"),
            customer("滨江花园七栋，当天就想用。"),
            agent("您是要十号当天在新家用上宽带，对吗？"),
            customer("对。"),
            agent("您别挂，我看看那边的线路。"),
            agent(
                "久等了。那栋楼有空闲端口，就是楼里留给宽带接线的口子。"
                "九号前在公众号预约，十号上门接好，不收费。",
                pause_before=HOLD_S,
            ),
            backchannel("customer", "嗯。", at=0.3),
            backchannel("customer", "不收钱就好。", at=0.8),
            agent("都清楚了吗？"),
            customer("清楚了，谢谢。"),
            agent("感谢来电，再见。"),
        ),
        # a calm request to move home broadband to a new flat (emotion steps not applicable). Greeting with
        # 工号; asks which estate (了解状况); restates (您是要十号当天在新家用上宽带，对吗？, confirmed); announces
        # the check (您别挂，我看看那边的线路。), then 12 s of silence (a hold) and 久等了; solves (a free port, book
        # before the ninth, connected on the tenth, no fee) with 端口 explained in the same turn (就是…) and
        # customer backchannels 「嗯。」「不收钱就好。」 inside it; checks (都清楚了吗？, answered 清楚了). Thanking
        # close. A normal agent. No personal number (七栋, dates).
        expected=labels(None, None, True, True, True, True, jargon_explained=["端口"], holds=1),
    ),
    CallSpec(
        id="heldout18_banking_atm_swallowed_card",
        agent_id="A6902",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，安和银行，请讲。"),
            customer("取款机把我卡吞了！明早七点的飞机，身上没现金，急死了。"),
            agent("大晚上卡被吞还赶飞机，换谁都急。别慌，我先帮您把卡保住。"),
            agent("几点吞的？屏幕提示什么？"),
            customer("十点四十，说交易超时。"),
            agent("卡号报一下。"),
            # 6236815039472653: a 16-digit bank card number with a valid Luhn check digit, read in groups of
            # four; no digit follows itself
            customer("六二三六，八幺五零，三九四七，二六五三。"),
            agent("您是怕卡丢了，又要出门前拿到钱，是吧？"),
            customer("对。"),
            agent(
                "超时吞卡是机器自我保护，别人拿不走。我先给您做止付。明早八点半您带身份证去网点取卡……"
            ),
            customer("七点就出门了，等不到啊！", interrupts=True),
            agent("那就用手机银行扫码取现，不用带卡，我们哪台机器都行，一天最多五千。"),
            customer("行，我试试，谢谢。"),
            agent("祝您一路顺利，再见。"),
        ),
        # anxiety over a card swallowed by a cash machine late at night with a flight at seven (…急死了。). A fast
        # agent names it (大晚上卡被吞还赶飞机，换谁都急) and soothes it (别慌，我先帮您把卡保住: guidance and
        # commitment); asks when and what the screen said, and the card number (了解状况; the customer reads the full
        # number: one PII finding); restates (您是怕卡丢了，又要出门前拿到钱，是吧？, confirmed); solves (the cause,
        # the card is safe, a stop on the account) with 止付 unexplained, the customer does not ask about it (jargon without
        # confusion); the customer cuts into the pick-up plan (one customer interruption) and gets a card-free
        # withdrawal by phone instead (how, where, how much); no check (确认理解 missing): the call ends with the
        # customer's own 行，我试试 and a goodbye wish. Greeting without 工号; closing without thanks. No forbidden phrase.
        expected=labels(
            True, True, True, True, True, False,
            customer_interruptions=1,
            jargon=["止付"],
            pii=["bank_card"],
        ),
    ),
    CallSpec(
        id="heldout18_banking_mortgage_prepayment_mono",
        agent_id="A6903",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，顺和银行，工号六九零三。"),
            customer("你好，房贷还剩三十万，手上有十万，想提前还款，划算吗？"),
            agent("还剩几年？是等额本息吗？"),
            customer("十二年。等额本息是什么？没听懂。"),
            agent("就是每月扣的钱都一样多。"),
            customer("哦，对，每月扣三千二。"),
            agent("划算，本金少了利息就少。手机银行申请提前还款，选缩短年限，能省五万多。"),
            agent("这几步记住了吗？"),
            customer("记住了，谢谢啊。"),
            agent("不客气，感谢来电，再见。"),
        ),
        # the agent speaks first (greeting with 工号). A calm question about paying part of a mortgage early
        # (emotion steps not applicable). A slow agent asks how many years are left and how it is repaid
        # (了解状况); says 等额本息 without explaining it, the customer says they did not follow and the
        # explanation comes only in the agent's next turn (jargon with confusion: the hit stands); no restatement
        # of the request (确认问题 missing); solves (worth it and why, where, what to choose, how much it saves) and
        # checks (这几步记住了吗？, answered 记住了). Thanking close. No personal number (amounts, years).
        # Mono telephone band.
        expected=labels(None, None, True, False, True, True, jargon=["等额本息"]),
    ),
    CallSpec(
        id="heldout18_insurance_windscreen_crack",
        agent_id="A6904",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("喂，车险服务。"),
            customer("你好，我车在高速上被前车甩起来的石子打了，挡风玻璃裂了一道大口子，这个能不能报……"),
            agent("保单号报一下。", interrupts=True),
            # 3904726158: a 10-digit policy number, not a personal number
            customer("三九零四，七二六幺，五八。"),
            agent("当时报警或者拍照了没有？"),
            customer("拍了照片。可是我翻了合同，上面写着玻璃好像要单独……"),
            agent("您这单没买玻璃险，赔不了。", interrupts=True),
            customer("我每年交六千多保费，连块玻璃都不管？当初业务员也没提这事啊！"),
            agent("买的时候条款都给您看过，没勾就是您自己没选，现在找我们也没用。"),
            customer("行，我投诉你们业务员去。"),
        ),
        # no greeting, no 工号. The agent cuts into the customer twice (保单号报一下。 and 您这单没买玻璃险，赔不了。,
        # each 1.6 s before the customer's turn ends: two agent interruptions); asks the policy number (a
        # 10-digit policy number is not a personal number) and whether photos were taken (了解状况); no
        # restatement (确认问题 missing); the customer turns indignant (…连块玻璃都不管？…) and is neither acknowledged
        # nor soothed; the agent blames the customer (买的时候条款都给您看过，没勾就是您自己没选，现在找我们也没用:
        # one forbidden phrase); a refusal without a reason beyond the cover or any alternative (解决问题 missing);
        # no check, no closing. A normal agent. Critical flag, so needs_review.
        expected=labels(
            False, False, True, False, False, False,
            agent_interruptions=2,
            forbidden=["买的时候条款都给您看过，没勾就是您自己没选，现在找我们也没用"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout18_ecommerce_locker_parcel_missing",
        agent_id="A6905",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，优选商城售后，工号六九零五。"),
            customer("空气炸锅显示签收了，柜子里压根是空的，这不是耍人吗？"),
            backchannel("agent", "嗯，嗯。", at=0.45),
            agent("东西没见着，搁谁都窝火。真对不住，这事我管到底。"),
            agent("收货手机号和取件码说一下？"),
            # 15870349261: an 11-digit mainland mobile number (158 prefix), read in groups (幺 = 1); no digit follows
            # itself. 470285: a pick-up code, not a personal number
            customer("幺五八，七零三四，九二六幺。取件码四七零二八五。"),
            agent("快递说放柜里了，您开柜是空的，对吗？"),
            customer("没错。"),
            agent("快递员放错了楼，被人取走了，责任在我们。今天补发一台，明天下午到……"),
            customer("还要我再付钱吗？", interrupts=True),
            agent("不用付，丢的我们找快递追。"),
            agent("这样您看行吗？"),
            customer("行。"),
            agent("感谢您的耐心，再见。"),
        ),
        # anger at a parcel shown as signed for but missing from the locker (…这不是耍人吗？); an agent backchannel
        # 「嗯，嗯。」 inside the complaint. Named (东西没见着，搁谁都窝火) and soothed (真对不住，这事我管到底: apology and
        # commitment); asks the phone number and pick-up code (了解状况, a lookup; the customer reads the mobile
        # number: one PII finding; the pick-up code is not personal); restates (快递说放柜里了，您开柜是空的，对吗？,
        # confirmed); solves (the cause and who is responsible, a new one today, delivered tomorrow afternoon); the
        # customer cuts in with a question about paying (one customer interruption), answered (no charge); checks
        # (这样您看行吗？, answered 行): all six steps. Greeting with 工号, thanking close. A normal agent. No jargon.
        expected=labels(True, True, True, True, True, True, customer_interruptions=1, pii=["mobile"]),
    ),
    CallSpec(
        id="heldout18_utilities_gas_card_topup",
        agent_id="A6906",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，燃气服务热线，我是小秦。"),
            customer("手机上交了两百气费，插卡表里还是零，一家老小等着做饭，真烦人。"),
            agent("一家人都等着开火，您心里肯定急。卡插上以后表上显示多少？"),
            customer("就是零，一直没变。"),
            agent("您是网上交了钱，可表里没加上气，对吧？"),
            customer("对。"),
            agent(
                "网上交的钱不会自己进表，要先圈存，就是用手机碰一下燃气卡，把买的气写进卡里。"
                "您打开缴费页面，点写卡，手机贴着卡等三秒，再插表就有了。"
            ),
            backchannel("customer", "哦。", at=0.35),
            backchannel("customer", "原来是这样。", at=0.85),
            customer("我试试……好了，有数了。"),
            agent("显示有气了吧？还有别的问题吗？"),
            customer("没了，谢谢。"),
            agent("谢谢您，再见。"),
        ),
        # irritation at a gas top-up that did not reach the meter, the family waiting to cook (…真烦人。). A fast
        # agent names it (一家人都等着开火，您心里肯定急) but never soothes it (no apology, empathy phrase or
        # commitment) and goes straight to a question about the meter (了解状况); restates (您是网上交了钱，可表里没
        # 加上气，对吧？, confirmed); solves (why, what to tap, how long) with 圈存 explained in the same turn (就是…) and
        # customer backchannels 「哦。」「原来是这样。」 inside it; the customer tries it on the call; the agent checks the
        # result and any other question (显示有气了吧？还有别的问题吗？, answered 没了，谢谢). Greeting with a name, no 工号; thanking close.
        expected=labels(True, False, True, True, True, True, jargon_explained=["圈存"]),
    ),
    CallSpec(
        id="heldout18_public_housing_fund_mono",
        agent_id="A6907",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            # 410105198705263821: an 18-digit 身份证 number (Henan Zhengzhou 410105, born 1987-05-26) with a valid
            # ISO 7064 check digit (1), read in groups (幺 = 1); no digit follows itself
            customer("你好，我姓付，问下公积金能不能取。身份证号是四幺零幺零五，幺九八七零五二六，三八二幺。"),
            agent("付先生您好，公积金中心，工号六九零七。您取出来做什么用？"),
            customer("上个月辞职了，想取出来交房租。"),
            agent("您是想把公积金取出来付房租，对吗？"),
            customer("对。"),
            agent("能取，不过您的账户还没封存，要原单位先办好。办完带身份证和租房合同到办事大厅，当天到账。"),
            customer("原单位拖着不办呢？"),
            agent("单位办不办是您跟单位的事，我们中心插不上手，您自己去跟单位磨吧。"),
            customer("行吧。"),
            agent("好的，再见。"),
        ),
        # the customer speaks first: greets, gives his surname and volunteers his 身份证 number before the agent
        # says anything (one PII finding, unasked). A calm question about withdrawing the housing fund after
        # leaving a job (emotion steps not applicable). The agent greets with 工号 after it; asks what the money is
        # for (了解状况); restates (您是想把公积金取出来付房租，对吗？, confirmed); solves (who must act first, what to
        # bring, where, when paid) with 封存 unexplained, the customer does not ask (jargon without confusion); the
        # follow-up about a slow employer is pushed back (单位办不办是您跟单位的事，我们中心插不上手，您自己去跟
        # 单位磨吧: one forbidden phrase); no check (确认理解 missing); goodbye without thanks. A normal agent.
        # Critical flag, so needs_review. Mono telephone band.
        expected=labels(
            None, None, True, True, True, False,
            jargon=["封存"],
            forbidden=["单位办不办是您跟单位的事，我们中心插不上手，您自己去跟单位磨吧"],
            pii=["id_card"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout18_public_night_construction_mono",
        agent_id="A6908",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            customer("我是锦华苑三期的，对面工地天天半夜打桩，孩子明天考试，这都第三回打电话了！"),
            agent("夜间施工是城管的事，我们热线只管记录。", pause_before=DEAD_AIR_S),
            customer("每回都说记录，有什么用？"),
            agent("反映的人多了，我一个接线的也变不出办法，您再等等吧。"),
            customer("那到底什么时候能停？"),
            agent("我转给街道执法队，今晚十二点半前到工地查看，查完给您回电。"),
            customer("行，我等电话。"),
        ),
        # the customer speaks first, no greeting, straight into the complaint with the place. Anger at night-time
        # pile driving, the third call (…这都第三回打电话了！). 11 s of silence follow that nobody announced (dead
        # air) until the agent speaks, without a greeting or 工号. A slow agent never names or soothes the anger,
        # asks nothing (了解状况 missing), restates nothing (确认问题 missing); pushes the matter to other bodies
        # (夜间施工是城管的事，我们热线只管记录) and brushes the customer off (反映的人多了，我一个接线的也变不出办法，
        # 您再等等吧): two forbidden phrases; then hands it to the street law-enforcement team with a time and a
        # call back (解决问题 found); no check, no closing. No personal number. Critical flag, so needs_review.
        # Mono telephone band.
        expected=labels(
            False, False, False, False, True, False,
            forbidden=["夜间施工是城管的事，我们热线只管记录", "反映的人多了，我一个接线的也变不出办法，您再等等吧"],
            dead_air=1,
            needs_review=True,
        ),
    ),
)
