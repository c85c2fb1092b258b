"""The twenty-fourth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout24.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout24.py`` (``generate.generate_set``, which has
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
HELDOUT24_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout24_telecom_roaming_bill_shock",
        agent_id="A7501",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，广通移动，工号七五零幺。"),
            customer("去泰国玩了五天，回来扣了一千八！抢钱啊？"),
            agent("碰上这种账单，搁谁都窝火。交给我，给您捋清楚。在那边用流量了吗？"),
            customer("就导航和发微信。"),
            agent("您是说没怎么用流量，却扣了一千八，对吗？"),
            customer("对。"),
            agent(
                "您没开国漫包，就是出国用的流量包，一天最多二十五。没开按用量算，贵好几倍。"
                "我按包天重算，多扣的一千六百多三天内退回。"
            ),
            backchannel("customer", "嗯嗯。", at=0.55),
            agent("这样行吗？"),
            customer("行，谢谢啊。"),
            agent("感谢来电，再见。"),
        ),
        # anger at a 1,800-yuan bill after five days in Thailand (…抢钱啊？). Greeting with 您好, the company and 工号, no
        # offer of help. Named (碰上这种账单，搁谁都窝火) and soothed (交给我，给您捋清楚: commitment), before the question;
        # asks whether data was used abroad (了解状况); restates (您是说…对吗？, confirmed); solves (the cause: no roaming
        # pack, so data was billed by volume, several times dearer; the action: recalculated at the daily pack price; the
        # amount back and when) with 国漫包 explained in the same turn (就是出国用的流量包); a customer backchannel
        # 「嗯嗯。」 inside that answer; checks (这样行吗？, answered 行). Thanking close (感谢来电，再见). A normal agent. No
        # personal number.
        expected=labels(True, True, True, True, True, True, jargon_explained=["国漫包"]),
    ),
    CallSpec(
        id="heldout24_banking_wrong_account_transfer",
        agent_id="A7502",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，嘉信银行，工号七五零二。"),
            customer("五千块转错人了！我手都在抖，怎么办啊？"),
            backchannel("agent", "嗯，我听着。", at=0.35),
            agent("转错钱肯定心慌。别怕，我陪您追回来。卡号报一下？"),
            # 6217083592641718: a 16-digit bank card number with a valid Luhn check digit, read in groups of four
            # (幺 = 1); no digit follows itself
            customer("六二幺七，零八三五，九二六四，幺七幺八。"),
            agent("您别挂，我查一下。"),
            agent("久等了。您是想追回这五千块，对吧？", pause_before=HOLD_S),
            customer("对。"),
            agent("钱已经进了对方账户，要他同意才能退。我现在提交退汇申请，三天内短信告诉您结果。"),
            customer("他要是不退呢？", interrupts=True),
            agent("那就带转账记录去报案。记下了吗？"),
            customer("记下了，谢谢。"),
            agent("不客气，再见。"),
        ),
        # panic after 5,000 yuan went to the wrong person (…我手都在抖，怎么办啊？); an agent backchannel 「嗯，我听着。」
        # inside it. Greeting with 您好, the bank and 工号. Named (转错钱肯定心慌) and soothed (别怕: calming; 我陪您追回来:
        # commitment), before the lookup; asks for the card number (了解状况, a lookup; the customer reads it: one PII
        # finding); announces the wait (您别挂，我查一下。), then 12 s of silence (a hold), then 久等了; restates
        # (您是想追回这五千块，对吧？, confirmed); solves (why the bank cannot simply take it back: the payee must agree; the
        # request filed now; three days; an SMS) with 退汇 unexplained, the customer does not ask about the word (jargon
        # without confusion); the customer cuts in 1.6 s before the agent's turn ends (one customer interruption); the
        # fallback (report it with the transfer record) and a check (记下了吗？, answered 记下了). Close with 不客气，再见
        # (no thanks for the call). A normal agent.
        expected=labels(
            True, True, True, True, True, True,
            customer_interruptions=1,
            jargon=["退汇"],
            pii=["bank_card"],
            holds=1,
        ),
    ),
    CallSpec(
        id="heldout24_insurance_flight_delay_claim_mono",
        agent_id="A7503",
        industry="insurance",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，安程保险，工号七五零三，请问办什么业务？"),
            customer("你好，上周五航班延误了三个多小时，买票时顺带买了延误险，能赔多少？"),
            agent("具体延误多久？航空公司开延误证明了吗？"),
            customer("三小时四十分，证明还没开。"),
            agent("您是想问这次延误能赔多少，对吗？"),
            customer("对。"),
            agent("满三小时就赔，您这次赔三百。在公众号点理赔，传登机牌和延误证明，两个工作日到账。"),
            customer("航空公司要是不给开证明呢？"),
            agent("开证明是航空公司的事，我们这头插不上手，您自己找他们去。"),
            customer("哦，那好吧。"),
            agent("要传的两样材料记住了吗？"),
            customer("记住了。"),
            agent("好，感谢来电，再见。"),
        ),
        # the agent speaks first (您好, company, 工号, 请问办什么业务？). A calm question about a flight-delay cover bought
        # with the ticket (no negative emotion: emotion steps not applicable; 哦，那好吧 is acceptance, not a complaint).
        # A fast agent asks how long the delay was and whether there is a delay certificate (了解状况); restates
        # (您是想问这次延误能赔多少，对吗？, confirmed); solves (why it pays: three hours reached; how much; where to claim,
        # what to upload, when the money arrives); the customer's question about the certificate is pushed off (开证明是航空公司的事，
        # 我们这头插不上手，您自己找他们去: one forbidden phrase); checks (要传的两样材料记住了吗？, answered 记住了).
        # Thanking close. No jargon, no personal number. Critical flag, so needs_review. Mono telephone band.
        expected=labels(
            None, None, True, True, True, True,
            forbidden=["开证明是航空公司的事，我们这头插不上手，您自己找他们去"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout24_ecommerce_sofa_stair_fee",
        agent_id="A7504",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，家悦商城。"),
            customer("沙发送到楼下，师傅说没电梯，不给三百就不抬上六楼！页面写的是送货入户，现在沙发堵在楼道口，我跟你说……"),
            agent("师傅是物流公司的人，收不收钱他们定，我们管不到。", interrupts=True),
            customer("我是在你们平台下的单！"),
            agent("订单号多少？"),
            # 8206537194: a 10-digit order number, not a personal number
            customer("八二零六，五三七幺，九四。"),
            agent("楼层高另外收钱，这是惯例，您要么给钱，要么自己找人抬。"),
            customer("合着你们写的不算数？我去消协投诉！"),
            agent("那是您的权利，我这边就这样了。"),
        ),
        # anger at delivery men who will not carry a sofa up to the sixth floor without 300 yuan, although the page
        # promised delivery into the home (…我跟你说……). Greeting with 您好 and the shop, no 工号. The agent cuts into the
        # customer 1.6 s before the customer's turn ends (one agent interruption) to push the matter onto the carrier
        # (师傅是物流公司的人，收不收钱他们定，我们管不到: one forbidden phrase); never names or soothes the anger; asks
        # only for the order number (了解状况; a 10-digit order number is not a personal number); no restatement; no
        # solution: the customer is told to pay or find help (楼层高另外收钱，这是惯例，您要么给钱，要么自己找人抬: a second
        # forbidden phrase) and, after the threat of a complaint, brushed off (那是您的权利，我这边就这样了: a third); no
        # check, no closing. A normal agent. Critical flag, so needs_review.
        expected=labels(
            False, False, True, False, False, False,
            agent_interruptions=1,
            forbidden=[
                "师傅是物流公司的人，收不收钱他们定，我们管不到",
                "楼层高另外收钱，这是惯例，您要么给钱，要么自己找人抬",
                "那是您的权利，我这边就这样了",
            ],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout24_utilities_yellow_tap_water",
        agent_id="A7505",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，清源水务，工号七五零五。"),
            customer("我家自来水早上放出来是黄的，一股铁锈味。孩子才八个月，天天冲奶粉，我真怕出事。"),
            backchannel("agent", "嗯，是。", at=0.55),
            agent("家里有小宝宝，水一变色肯定最揪心。冷水热水都黄吗？邻居家呢？"),
            customer("都黄，对门也是。"),
            agent("是昨晚附近换主水管，锈冲下来了。您先把龙头开到最大，放十分钟再用。"),
            customer("那今天奶粉还能冲吗？", interrupts=True),
            agent("先用桶装水冲。下午三点前师傅上门测余氯，合格再用。留个手机号，结果短信发您。"),
            customer("余氯是什么？"),
            agent("就是水里剩的消毒成分。"),
            # 15862093741: an 11-digit mainland mobile number (158 prefix), read in groups (幺 = 1); no digit follows
            # itself
            customer("哦。幺五八，六二零九，三七四幺。"),
            agent("记好了。还有别的不放心的吗？"),
            customer("没有了，谢谢。"),
            agent("感谢来电，再见。"),
        ),
        # worry about yellow, rust-smelling tap water with an eight-month-old baby at home (…我真怕出事。); an agent
        # backchannel 「嗯，是。」 inside it. Greeting with 您好, the company and 工号. A fast agent names the feeling
        # (家里有小宝宝，水一变色肯定最揪心) but never soothes it (no apology, empathy phrase, reassurance or commitment);
        # asks whether hot and cold water and the neighbours are affected (了解状况); no restatement (确认问题 missing);
        # gives the cause (a main pipe replaced last night, rust washed loose) and a first step (run the tap ten minutes);
        # the customer cuts in 1.6 s before the agent's turn ends (one customer interruption); solves (bottled water for
        # today, a test at home before three, an SMS with the result) with 余氯 unexplained; the customer asks what it
        # means and the explanation comes only in the next agent turn (jargon with confusion: the hit stands); asks for
        # a mobile number, which the customer reads (one PII finding); checks (还有别的不放心的吗？, answered 没有了).
        # Thanking close.
        expected=labels(
            True, False, True, False, True, True,
            customer_interruptions=1,
            jargon=["余氯"],
            pii=["mobile"],
        ),
    ),
    CallSpec(
        id="heldout24_public_mortgage_release_mono",
        agent_id="A7506",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            customer("喂，我房贷还清了，银行让我自己去办手续，怎么弄？"),
            agent("您好，不动产登记热线，工号七五零六。这叫抵押注销，就是把房本上的贷款记录去掉。结清证明拿到了吗？身份证号也报一下。"),
            # 320582197603294529: an 18-digit 身份证 number (Jiangsu Zhangjiagang 320582, born 1976-03-29, even sequence
            # digit: female) with a valid ISO 7064 check digit (9), read in groups (幺 = 1); no digit follows itself
            customer("拿到了。三二零五八二，幺九七六零三二九，四五二九。"),
            agent("查到了。您是想把贷款从房本上去掉，对吗？"),
            customer("对。"),
            agent("约上银行的人，带身份证、房本和结清证明，工作日去政务中心三楼，当场办完，不收费。"),
            agent("三样东西，您跟我对一遍？"),
            customer("身份证、房本、结清证明。"),
            agent("对。还有别的吗？"),
            customer("没了，谢谢。"),
            agent("不客气，再见。"),
        ),
        # the customer speaks first, with a 喂 and straight into the question, no greeting. A calm question how to clear a
        # paid-off mortgage from the property certificate (no negative emotion: emotion steps not applicable). The agent
        # answers with 您好, the hotline and 工号, names the procedure 抵押注销 and explains it in the same turn (就是…);
        # asks whether the bank's settlement certificate is in hand (了解状况) and for the customer's 身份证 number, which
        # the customer reads (one PII finding); restates (您是想…对吗？, confirmed); solves (who must come, what to bring,
        # where, when, cost); checks by having the customer repeat the three documents (…您跟我
        # 对一遍？, answered by the list) and asks for anything else (answered 没了). Close with 不客气，再见 (no thanks
        # for the call). A normal agent. Mono telephone band.
        expected=labels(None, None, True, True, True, True, jargon_explained=["抵押注销"], pii=["id_card"]),
    ),
    CallSpec(
        id="heldout24_telecom_elderly_mother_extra_charges",
        agent_id="A7507",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("天讯电信，请讲。"),
            customer("我妈手机扣了快三年彩铃和资讯包！她七十多了，怎么会自己订？"),
            agent("这要回短信才能开，肯定家里人点过。", interrupts=True),
            customer("没人点过！你们这是往我们身上推？"),
            agent("后四位多少？"),
            # 5038: the last four digits of the number, not a personal number
            customer("五零三八。"),
            agent("资讯包是外面公司的，您找他们要钱。"),
            customer("钱是从你们话费里扣的！"),
            agent("那先都关掉。以前的钱带老人身份证去营业厅申请退。"),
            customer("那好吧。"),
            agent("嗯，就这样。"),
        ),
        # anger at three years of small charges for services an elderly mother never ordered (…怎么会自己订？). The agent
        # opens with the company only: no 您好, no 工号. A slow agent cuts into the customer 1.6 s before the customer's
        # turn ends (one agent interruption) and puts the blame on the family (这要回短信才能开，肯定家里人点过: one
        # forbidden phrase); never names or soothes the anger; asks only for the last four digits (了解状况; not a
        # personal number); no restatement (确认问题 missing); pushes the refund of the outside company's part onto the
        # customer (资讯包是外面公司的，您找他们要钱: a second forbidden phrase); after the customer protests, solves (both
        # services stopped now; the refund of what was taken: what to bring, where); no check, no thanks, no goodbye
        # (嗯，就这样。). Critical flag, so needs_review.
        expected=labels(
            False, False, True, False, True, False,
            agent_interruptions=1,
            forbidden=[
                "这要回短信才能开，肯定家里人点过",
                "资讯包是外面公司的，您找他们要钱",
            ],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout24_ecommerce_invoice_wrong_title_mono",
        agent_id="A7508",
        industry="ecommerce",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("喂，您说。"),
            customer("你好，我给公司买的打印机，发票开成我个人了，财务报不了，能改成公司的吗？"),
            customer("喂？能听到吗？", pause_before=DEAD_AIR_S),
            agent("能听到。您是要把发票从个人换成公司抬头，对吧？"),
            customer("对。"),
            agent("可以换开。订单详情里点申请换开，填公司全称和税号，一个工作日内新发票发到邮箱。"),
            customer("好，记下了。"),
            agent("还有其他要帮忙的吗？"),
            customer("没了，谢谢。"),
            agent("好，再见。"),
        ),
        # the agent speaks first, but only 喂，您说。: no 您好, no company, no 工号. A calm request to reissue an invoice made
        # out to a person instead of the company (no negative emotion: emotion steps not applicable). Then 11 s of
        # silence nobody announced (dead air), broken by the customer (喂？能听到吗？); the agent asks nothing about the
        # situation (了解状况 missing) and restates (您是要…对吧？, confirmed); solves (where to click, what to fill in,
        # when the new invoice arrives, what happens to the old one); checks (还有其他要帮忙的吗？, answered 没了); a goodbye
        # without thanks (好，再见。). A normal agent. No jargon, no personal number. Mono telephone band.
        expected=labels(None, None, False, True, True, True, dead_air=1),
    ),
)
