"""The nineteenth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout19.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout19.py`` (``generate.generate_set``, which has
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
HELDOUT19_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout19_telecom_weak_indoor_signal",
        agent_id="A7001",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，联通客服，工号七零零幺。"),
            customer("你好，刚搬新家，屋里手机信号特别差，电话老断。"),
            agent("是每个房间都差吗？"),
            customer("卧室最差，阳台还行，住十八楼。"),
            agent("您是说屋里信号弱，阳台正常，对吧？"),
            customer("对。"),
            agent(
                "附近的基站，也就是发信号的铁塔，离您那栋楼远，墙又厚，信号进不去。"
                "给您免费装个室内放大器，比换套餐管用，明早十点前上门。"
            ),
            backchannel("customer", "嗯。", at=0.3),
            backchannel("customer", "哦，好。", at=0.8),
            agent("这么说您能明白吗？"),
            customer("明白了，谢谢。"),
            agent("谢谢来电，再见。"),
        ),
        # a calm question about a weak mobile signal indoors in a new flat (emotion steps not applicable).
        # Greeting with 工号; asks whether every room is bad (了解状况); restates (您是说…对吧？, confirmed); solves
        # (the cause, a free indoor booster, why it beats changing plans, when) with 基站 explained in the same
        # turn (也就是…) and customer backchannels 「嗯。」「哦，好。」 inside it; checks (这么说您能明白吗？, answered
        # 明白了). Thanking close. A normal agent. No personal number (a floor, a time).
        expected=labels(None, None, True, True, True, True, jargon_explained=["基站"]),
    ),
    CallSpec(
        id="heldout19_banking_card_fraud_overseas",
        agent_id="A7002",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，恒信银行信用卡中心。"),
            customer("半夜收到三条境外刷卡短信，卡明明在我钱包里！吓坏我了。"),
            agent("这种短信谁看了都心慌。别急，我这就帮您把这张卡保护起来。"),
            agent("卡最近在国外网站用过吗？麻烦说一下完整卡号。"),
            # 6259827072098347: a 16-digit bank card number with a valid Luhn check digit, read in groups of
            # four; no digit follows itself
            customer("没用过。六二五九，八二七零，七二零九，八三四七。"),
            agent("您是说卡没离手、没在国外消费，却被扣了三笔，对吗？"),
            customer("对。"),
            agent("多半是卡信息在哪个网站被盗了。我先把卡冻结，再给您发起拒付。"),
            customer("拒付是啥？没太明白。"),
            agent(
                "就是我们出面找境外商家把钱要回来。四十五天内有结果，这笔钱先不用您出，"
                "新卡七个工作日寄到。"
            ),
            backchannel("customer", "嗯嗯。", at=0.5),
            agent("这几步您还有疑问吗？"),
            customer("清楚了。"),
            agent("好的，再见。"),
        ),
        # fright at three overseas card charges in the night with the card at home (…吓坏我了。). A fast agent
        # names it (这种短信谁看了都心慌) and soothes it (别急，我这就帮您把这张卡保护起来: guidance and commitment);
        # asks whether the card was used on foreign websites and for the full card number (了解状况; the customer
        # reads it: one PII finding); restates (您是说…对吗？, confirmed); says 拒付 without explaining it, the
        # customer asks what it is and the explanation comes only in the agent's next turn (jargon with
        # confusion: the hit stands); solves (the likely cause, freeze, dispute, how long, nothing to pay
        # meanwhile, a new card and when) with a customer backchannel 「嗯嗯。」 inside it; checks (这几步您还有疑问吗？,
        # answered 清楚了). Greeting with the bank's name, no 工号; goodbye without thanks. A fast agent.
        expected=labels(True, True, True, True, True, True, jargon=["拒付"], pii=["bank_card"]),
    ),
    CallSpec(
        id="heldout19_insurance_cooling_off_mono",
        agent_id="A7003",
        industry="insurance",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，安康人寿，工号七零零三。"),
            customer("你好，上周在手机上买了份重疾险，一年九千，有点吃不消，想退掉。"),
            agent("哪天买的？保单号多少？"),
            # 8302619475: a 10-digit policy number, not a personal number
            customer("上周二，保单号八三零二，六幺九四，七五。"),
            agent("您还在犹豫期内，能全额退。手机上打开保单点退保，三个工作日内钱退回原卡。"),
            agent("都会操作吗？"),
            customer("会，谢谢。"),
            agent("谢谢您的来电，再见。"),
        ),
        # the agent speaks first (greeting with 工号). A calm request to cancel a critical-illness policy bought
        # last week because the premium is too high (emotion steps not applicable). A slow agent asks when it was
        # bought and the policy number (了解状况; a 10-digit policy number is not a personal number); no
        # restatement (确认问题 missing); solves (full refund, where to tap, when the money is back) with 犹豫期
        # unexplained, the customer does not ask (jargon without confusion); checks (都会操作吗？, answered
        # 会，谢谢). Thanking close. No forbidden phrase. Mono telephone band.
        expected=labels(None, None, True, False, True, True, jargon=["犹豫期"]),
    ),
    CallSpec(
        id="heldout19_ecommerce_livestream_price_drop",
        agent_id="A7004",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，乐购商城售后。"),
            customer("昨晚直播间买的扫地机，今天就降了四百，我这钱不是白花了……"),
            agent("哪个直播间买的？", interrupts=True),
            customer("你们官方直播间！一天就降四百，这不是坑人吗？"),
            agent("规则页面上写着以下单价格为准，您下单前自己不看，这能怪谁呢？"),
            customer("那我退了重买总行吧？箱子都没拆……"),
            agent("没拆用不着退。订单号多少？哪天签收的？", interrupts=True),
            # 37205948: an 8-digit order number, not a personal number
            customer("三七二零，五九四八，前天签收的。"),
            agent("那就申请价保，就是七天内降价，平台退差价。在订单页点申请价保，四百今天退回。"),
            customer("早这么说不就完了。"),
        ),
        # anger at a robot vacuum bought in a live stream that was four hundred cheaper the next day (…这不是坑人
        # 吗？). The agent cuts into the customer twice (each 1.6 s before the customer's turn ends: two agent
        # interruptions: 哪个直播间买的？ and 没拆用不着退。订单号多少？哪天签收的？), never acknowledges or soothes the
        # anger and blames the customer (规则页面上写着以下单价格为准，您下单前自己不看，这能怪谁呢: one forbidden
        # phrase); asks which live stream, the order number and when it was signed for (了解状况; an 8-digit order
        # number is not a personal number); no restatement (确认问题 missing); solves
        # (what to apply for, where, how much, when) with 价保 explained in the same turn (就是…; said twice in it);
        # no check and no closing: the customer's 早这么说不就完了。 ends the call. Greeting with the shop's name, no
        # 工号. A normal agent. Critical flag, so needs_review.
        expected=labels(
            False, False, True, False, True, False,
            agent_interruptions=2,
            jargon_explained=["价保", "价保"],
            forbidden=["规则页面上写着以下单价格为准，您下单前自己不看，这能怪谁呢"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout19_utilities_radiator_cold",
        agent_id="A7005",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("热力公司客服，工号七零零五。"),
            customer("供暖一礼拜了，暖气还冰凉，老人孩子都冻坏了，交了钱不给热，什么意思嘛！"),
            backchannel("agent", "嗯，您说。", at=0.55),
            agent("您着急我明白，真不好意思让您受冻了，今天一定弄好。"),
            agent("是所有暖气片都凉吗？楼下热不热？"),
            customer("全都凉，楼下挺热的。"),
            agent("家里全凉，楼下正常，对吧？"),
            customer("对。"),
            agent("多半是管子里有空气，热水过不来。您先把放气阀，就是暖气片顶上的小铜旋钮，拧开放气……"),
            customer("老人腿脚不便，我又在上班，够不着啊！", interrupts=True),
            agent("那派师傅上门。留个手机号，两小时内联系您。"),
            # 18638901302: an 11-digit mainland mobile number (186 prefix), read in groups (幺 = 1); no digit
            # follows itself
            customer("幺八六，三八九零，幺三零二。"),
            agent("师傅四点前到，这么安排行吗？"),
            customer("行，谢谢。"),
            agent("谢谢您，再见。"),
        ),
        # irritation at cold radiators a week into the heating season, old people and children freezing
        # (…什么意思嘛！); an agent backchannel 「嗯，您说。」 inside the complaint. No 您好: the agent opens with the
        # company and 工号. A fast agent names the feeling (您着急我明白) and soothes it (真不好意思让您受冻了，今天
        # 一定弄好: apology and commitment); asks whether all radiators are cold and about the flat below
        # (了解状况); restates (家里全凉，楼下正常，对吧？, confirmed); explains the cause and a first step with 放气阀
        # explained in the same turn (就是…); the customer cuts in (one customer interruption) and gets a technician
        # instead; asks for a mobile number for the visit (one PII finding); gives the time and checks (这么安排行
        # 吗？, answered 行). Thanking close.
        expected=labels(
            True, True, True, True, True, True,
            customer_interruptions=1,
            jargon_explained=["放气阀"],
            pii=["mobile"],
        ),
    ),
    CallSpec(
        id="heldout19_public_social_security_card_mono",
        agent_id="A7006",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            customer("喂，是社保卡热线吗？"),
            agent("是的，您好，工号七零零六。"),
            customer("我社保卡丢了，想补办，下周看病要用。"),
            agent("什么时候丢的？挂失了吗？"),
            customer("前天丢的，还没挂。"),
            agent("那先电话挂失，身份证号说一下。"),
            # 370212198603171017: an 18-digit 身份证 number (Shandong Qingdao 370212, born 1986-03-17) with a
            # valid ISO 7064 check digit (7), read in groups (幺 = 1); no digit follows itself
            customer("三七零二幺二，幺九八六零三幺七，幺零幺七。"),
            agent("我现在给您办挂失，您等我一下。"),
            agent(
                "好了，挂失办完了。带身份证去任何一个社保中心，当场拿新卡，工本费二十。",
                pause_before=HOLD_S,
            ),
            customer("我这几天在外地出差，能在这边办吗？"),
            agent("外地那边归人家管，跟我们这边扯不上，您自己打听去吧。"),
            customer("那好吧。"),
            agent("嗯，再见。"),
        ),
        # the customer speaks first, asking whether this is the right line; the agent greets with 工号 after it.
        # A calm request to replace a lost social security card (emotion steps not applicable). The agent asks when
        # it was lost and whether it was reported (了解状况); asks for the 身份证 number to report the loss (one PII
        # finding); no restatement (确认问题 missing); announces the wait (我现在给您办挂失，您等我一下。), then 12 s
        # of silence (a hold); solves (reported, where to go, what to bring, on the spot, the fee); the follow-up
        # about doing it in another city is pushed away (外地那边归人家管，跟我们这边扯不上，您自己打听去吧: one
        # forbidden phrase); no check (确认理解 missing); goodbye without thanks. A normal agent. No jargon.
        # Critical flag, so needs_review. Mono telephone band.
        expected=labels(
            None, None, True, False, True, False,
            forbidden=["外地那边归人家管，跟我们这边扯不上，您自己打听去吧"],
            pii=["id_card"],
            holds=1,
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout19_telecom_contract_cancel_mono",
        agent_id="A7007",
        industry="telecom",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("喂，您讲。"),
            customer("我要退掉这个套餐，每月一百九十九，流量根本用不完。"),
            agent("您这是合约套餐，在网期没满，现在退要付违约金，两千四。"),
            customer("两千四？办的时候营业员一句都没提！"),
            agent("营业员怎么跟您说的我不清楚，合同是您自己签的字。"),
            customer("那你们总要给个说法吧？"),
            agent("办法是真没有，您要不服就去营业厅闹，我这边就这么个答复。"),
            customer("行，我知道了。"),
        ),
        # the agent speaks first, with a bare 喂，您讲。 (no 您好, no 工号). A request to cancel a contract plan
        # that turns into indignation at an unmentioned penalty (两千四？…一句都没提！); a slow agent never
        # acknowledges or soothes it, asks nothing (了解状况 missing), restates nothing (确认问题 missing); says
        # 在网期 unexplained, the customer does not ask about the term (jargon without confusion); pushes the
        # blame onto the salesperson and the customer's signature (营业员怎么跟您说的我不清楚，合同是您自己签的字)
        # and brushes the customer off (办法是真没有，您要不服就去营业厅闹，我这边就这么个答复): two forbidden
        # phrases; quoting the penalty is no solution (no option, step or time: 解决问题 missing); no check, no
        # closing: the customer's 行，我知道了。 ends the call. No personal number. Critical flag, so needs_review.
        # Mono telephone band.
        expected=labels(
            False, False, False, False, False, False,
            jargon=["在网期"],
            forbidden=[
                "营业员怎么跟您说的我不清楚，合同是您自己签的字",
                "办法是真没有，您要不服就去营业厅闹，我这边就这么个答复",
            ],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout19_ecommerce_birthday_cake_crushed",
        agent_id="A7008",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，速达外卖。"),
            customer("女儿的生日蛋糕送来全塌了，心里真难受。"),
            agent("好好的蛋糕弄成这样，您肯定特别失望。订单号多少？"),
            # 6048273591: a 10-digit order number, not a personal number
            customer("六零四八，二七三五，九幺。"),
            customer("喂？人呢？七点就过生日了。", pause_before=DEAD_AIR_S),
            agent("在。骑手报了餐损。您是要七点前拿到新蛋糕，对吗？"),
            customer("对。"),
            agent("是骑手急刹车压坏的。这单全额退款，店家马上重做，专人六点半前送到。"),
            customer("好吧。"),
            agent("多谢您来电，再见。"),
        ),
        # disappointment at a birthday cake delivered crushed (…心里真难受。): named (…您肯定特别失望) but never
        # soothed (no apology, empathy phrase or commitment); asks the order number (了解状况; a 10-digit order
        # number is not a personal number); then 11 s of silence nobody announced (dead air) until the customer asks
        # whether anyone is there and says the party is at seven; the agent's 在。 announces nothing; says 餐损 unexplained, the customer does not
        # ask about it (jargon without confusion); restates (您是要…对吗？, confirmed); solves (the cause, a full
        # refund, a new cake, special delivery, by half past six); no check (确认理解 missing): the agent goes from
        # the customer's 好吧。 to the thanking close. Greeting with the platform's name, no 工号. A normal agent.
        expected=labels(True, False, True, True, True, False, jargon=["餐损"], dead_air=1),
    ),
)
