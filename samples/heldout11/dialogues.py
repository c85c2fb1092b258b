"""The eleventh held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout11.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout11.py`` (``generate.generate_set``, which has
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
HELDOUT11_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout11_telecom_number_suspended",
        agent_id="A6201",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，号卡中心，工号六二零幺。"),
            customer("我这号打着打着就停了！客户全联系不上，这不砸我饭碗吗！"),
            backchannel("agent", "嗯嗯。", at=0.5),
            agent("您准是一肚子火吧，实在对不住，一定帮您弄好。"),
            agent("您是不是一下打了很多电话？"),
            customer("是，昨天拨了五六十个。"),
            agent("我对一下：昨天拨了五六十个，今天就停了，是吧？"),
            customer("对。"),
            agent(
                "系统判您是高频外呼，就是短时间狂打陌生号码，会先停机防诈骗。"
                "本人刷个脸就恢复，链接已发您手机。"
            ),
            agent("刷完脸十分钟就能打，清楚了吧？"),
            customer("清楚了，谢谢。"),
            agent("感谢来电，再见。"),
        ),
        # anger at a number cut off in the middle of the working day (这不砸我饭碗吗！): named (您准是一肚子火吧) and
        # soothed with an apology and a commitment (实在对不住，一定帮您弄好); checks a hypothesis (您是不是一下打了很多
        # 电话？); restates (我对一下：…是吧？, confirmed); solves (cause, why the system does it, what to do, the link
        # already sent, when it works again) and checks (…清楚了吧？, answered 清楚了): all six steps. 高频外呼
        # explained in the same turn (…就是…). An agent backchannel 「嗯嗯。」 inside the complaint. Greeting with 工号,
        # thanking close. No number a person owns.
        expected=labels(True, True, True, True, True, True, jargon_explained=["高频外呼"]),
    ),
    CallSpec(
        id="heldout11_banking_deposit_certificate_mono",
        agent_id="A6202",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，个人金融热线。"),
            customer("你好，我女儿去澳洲留学，签证要存款证明，这个怎么开？"),
            agent("先报下您的身份证号，我看看账户。"),
            customer("四三零幺零四，幺九八七零六二五，三七二九。"),
            agent("签证要的是时点证明吧？"),
            customer("时点证明？啥意思？"),
            agent("就是证明某天账上有这笔钱。"),
            agent("您是要开留学用的存款证明，对吧？"),
            customer("对。"),
            agent("带身份证和卡去网点，当天就能拿，钱会冻到证明到期。"),
            customer("行，明天就去。"),
            agent("好，再见。"),
        ),
        # a calm question about a deposit certificate for a student visa (emotion steps not applicable). A slow
        # agent asks for the 身份证 number (430104198706253729: Changsha 430104, born 1987-06-25, valid ISO 7064
        # check digit 9, read in groups, 幺 = 1, no digit follows itself: one PII finding) and checks a hypothesis
        # with 时点证明 unexplained; the customer asks what it means and the explanation comes only in the next turn
        # (jargon with confusion: the hit stands); restates (您是要…对吧？, confirmed); solves (what to bring, where,
        # when, what happens to the money); the customer states her plan and the agent says goodbye: no check
        # (确认理解 missing). Greeting without 工号, no thanks. Mono telephone band.
        expected=labels(None, None, True, True, True, False, jargon=["时点证明"], pii=["id_card"]),
    ),
    CallSpec(
        id="heldout11_insurance_flight_delay",
        agent_id="A6203",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，安途保险理赔，我是小周，工号六二零三。"),
            customer("你好，想问下，我延误险没赔，说不到四小时，可我等了五个多钟头，这怎么算的？"),
            agent("您是不是改签过？"),
            customer("对，原来那班取消了，改到了晚上。"),
            agent("我调下记录，您稍等，别挂机。"),
            agent("久等了。您是想知道为什么只算了不到四小时，对吧？", pause_before=HOLD_S),
            customer("对。"),
            agent("系统按改签那班算的，按条款该从原航班算，您够赔。我转人工理算，三百块三个工作日到账。"),
            customer("钱打到哪张卡？", interrupts=True),
            agent("打到您登记的卡上，有短信。还有不清楚的吗？"),
            customer("没有了，谢谢。"),
            agent("感谢来电，再见。"),
        ),
        # a calm question about a flight-delay claim that was not paid (这怎么算的？: emotion steps not applicable).
        # A fast agent checks a hypothesis (您是不是改签过？), announces the wait (我调下记录，您稍等，别挂机), 12 s of
        # silence (a hold), restates (您是想知道…对吧？, confirmed); solves (cause, the clause, the outcome, what the
        # agent does, amount, when); the customer cuts into that turn with a question (one customer interruption);
        # the answer and a check (还有不清楚的吗？, answered 没有了). 理算 left unexplained, the customer does not ask
        # (jargon without confusion). Name and 工号 in the greeting, thanking close. No number a person owns.
        expected=labels(None, None, True, True, True, True, customer_interruptions=1, jargon=["理算"], holds=1),
    ),
    CallSpec(
        id="heldout11_ecommerce_presale_deposit",
        agent_id="A6204",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("喂，您说。"),
            customer("五百定金订的沙发，说好六月发货，七月了还没动静。我不要了，你们还不退定金！"),
            agent("订单号多少？"),
            customer("二零五七三，九八幺四六。"),
            agent("定金本来就不退，页面写着呢，是您自己没往下看。"),
            customer("是你们先拖了一个多月，凭什么扣我的钱？我都打了三回了，每回都……"),
            agent("退不了就是退不了，您再问多少遍都一样。", interrupts=True),
            customer("那到底哪天发货？"),
            agent("我们也不清楚，您过些天再打来问吧。"),
            customer("行，我找消协去。"),
        ),
        # anger at a pre-sale deposit kept after the shop's own delay (你们还不退定金！), never acknowledged or soothed;
        # the order number is the only question (了解状况; 2057398146 is not a personal number); blames the customer
        # (是您自己没往下看), stonewalls while cutting in before the customer has finished (退不了就是退不了，您再问
        # 多少遍都一样: one agent interruption) and professes ignorance and puts her off (我们也不清楚，您过些天再打来
        # 问吧): three forbidden phrases; no restatement, no solution, no check. No 您好 (喂，您说), no closing (the
        # customer ends the call). Critical flag, so needs_review.
        expected=labels(
            False, False, True, False, False, False,
            agent_interruptions=1,
            forbidden=["是您自己没往下看", "退不了就是退不了，您再问多少遍都一样", "我们也不清楚，您过些天再打来问吧"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout11_utilities_yellow_water_mono",
        agent_id="A6205",
        industry="utilities",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，自来水服务热线。"),
            customer("喂，我家水龙头出黄水，还有铁锈味，孩子刚满月，奶粉都不敢冲了，急死人了。"),
            agent("家里有小宝宝，您肯定慌。别担心，今天一定让您用上干净水。"),
            agent("黄水今天才有的？对门也这样吗？"),
            customer("今天早上开始，对门也是。"),
            agent("查到小区上午在洗水箱。您家是二次供水，就是楼顶水箱加压送下来的水，管里的锈冲起来了。"),
            agent("水龙头开大放十分钟，清了就能用。冲奶粉先用桶装水，今晚给您送两桶。"),
            customer("好。"),
            agent("放水，等送水，您都记下了吧？"),
            customer("记下了，谢谢。"),
            agent("感谢来电，再见。"),
        ),
        # worry about discoloured water with a newborn at home (…急死人了): named (您肯定慌) and soothed with
        # reassurance and a commitment (别担心，今天一定让您用上干净水); asks (since when, the neighbours); goes from the
        # answers straight to the finding and the solution without restating (确认问题 missing); solves (cause, what
        # to do, how long, bottled water tonight) and checks (…您都记下了吧？, answered 记下了). 二次供水 explained in
        # the same turn (就是…). Greeting without 工号, thanking close. Mono telephone band.
        expected=labels(True, True, True, False, True, True, jargon_explained=["二次供水"]),
    ),
    CallSpec(
        id="heldout11_public_night_construction",
        agent_id="A6206",
        industry="public_services",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，市民热线，话务员六二零六。"),
            customer("你们管不管？楼后工地天天半夜打桩，孩子要中考，觉都睡不好！"),
            agent("这么熬谁也扛不住，您又累又急。您放心，这事我们管定了。"),
            customer("光说有什么用，倒是派人啊！", interrupts=True),
            agent("今晚就派。工地在什么位置？"),
            customer("滨河路光明街口，每晚十一点开打。"),
            agent("我确认下：光明街口那个工地，您要它夜里停，对吧？"),
            customer("对。"),
            agent("夜里打桩违规。我加急转城管，今晚十点前叫停，明早短信回复您。"),
            backchannel("customer", "嗯。", at=0.3),
            backchannel("customer", "那就好。", at=0.72),
            agent("这样安排还有问题吗？"),
            customer("没有，谢谢。"),
            agent("感谢来电，祝孩子考好。"),
        ),
        # anger and exhaustion over night-time pile-driving (你们管不管？…觉都睡不好！): named (您又累又急) and soothed
        # (这么熬谁也扛不住; 您放心，这事我们管定了); the customer cuts into that turn (one customer interruption); asks
        # where; restates (我确认下：…对吧？, confirmed); solves (why it is not allowed, what the agent does, when, the
        # feedback and its channel) and checks (这样安排还有问题吗？, answered 没有): all six steps. Customer
        # backchannels 「嗯。」「那就好。」 inside the solution. Self-identification by number without the word 工号
        # (话务员六二零六), thanking close. No jargon, no personal number.
        expected=labels(True, True, True, True, True, True, customer_interruptions=1),
    ),
    CallSpec(
        id="heldout11_telecom_roaming_bill",
        agent_id="A6207",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，请问办理什么业务？"),
            customer("去日本玩了五天，出门前订了流量包，回来扣了八百多，这不坑人吗？我跟你说那个页面……"),
            agent("您是说出国流量多扣了八百多，要退，是吧？", interrupts=True),
            customer("对！我手机号幺三九，零六八二，五七四三。"),
            agent("您订的是港澳台包，不含日本。计费是机器自动跑的，我们客服管不了这块。"),
            customer("页面根本没写清楚！"),
            agent("这样吧，按一天三十补算，多扣的六百多下月账单返还。"),
            customer("行吧。"),
            agent("嗯，再见。"),
        ),
        # anger at a roaming bill (这不坑人吗？), never acknowledged or soothed; the agent cuts in before the customer
        # has finished (one agent interruption) with a restatement (…是吧？, answered 对: 确认问题 found) but asks
        # nothing about the situation (the customer volunteers the number: 了解状况 missing); 13906825743 is an
        # 11-digit mobile number (139 prefix, read in groups, 幺 = 1, no digit follows itself: one PII finding);
        # disowns the bill (计费是机器自动跑的，我们客服管不了这块: one forbidden phrase), then solves (cause, what is
        # recalculated, how much is returned, when); no check, a bare goodbye. Greeting without 工号. Critical flag,
        # so needs_review.
        expected=labels(
            False, False, False, True, True, False,
            agent_interruptions=1,
            forbidden=["计费是机器自动跑的，我们客服管不了这块"],
            pii=["mobile"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout11_banking_transfer_limit_mono",
        agent_id="A6208",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，借记卡专线。"),
            customer("你好，我手机银行怎么一天只能转五百了？月底要交房租，房东催好几回了，愁死我了。"),
            agent("房东催着，您肯定着急。卡号后四位？"),
            customer("六二三六，五八零七，幺三九二，四零五二。"),
            agent("这卡上月是不是收过陌生人的钱，又马上转走了？", pause_before=DEAD_AIR_S),
            customer("朋友让我帮他过个账，跟这有啥关系？"),
            agent("正经人谁替别人过账？您这卡降成非柜面限额了。"),
            customer("非柜面是啥？我听不懂。你给我恢复不行吗？"),
            agent("恢复不了，您要嫌麻烦，干脆销户换家银行。"),
            customer("什么态度！我自己去网点问。"),
        ),
        # worry about rent that cannot be paid (…愁死我了): named (您肯定着急) but never soothed; asks for the last four
        # digits and the customer reads the whole card number (6236580713924052: 16 digits, valid Luhn, read in
        # groups of four, 幺 = 1, no digit follows itself: one PII finding); 11 s of silence nobody announced (dead
        # air), broken by the agent's hypothesis question (了解状况); insinuates the customer is dishonest (正经人谁替
        # 别人过账) and refuses while telling her to take her account elsewhere (恢复不了，您要嫌麻烦，干脆销户换家银行):
        # two forbidden phrases; 非柜面 unexplained, the customer asks what it is and never gets an answer (jargon
        # with confusion); no restatement, no way forward, no check, no closing (the customer ends the call).
        # Critical flag, so needs_review. Mono telephone band.
        expected=labels(
            True, False, True, False, False, False,
            jargon=["非柜面"],
            forbidden=["正经人谁替别人过账", "恢复不了，您要嫌麻烦，干脆销户换家银行"],
            pii=["bank_card"],
            dead_air=1,
            needs_review=True,
        ),
    ),
)
