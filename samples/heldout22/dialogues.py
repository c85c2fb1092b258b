"""The twenty-second held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout22.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout22.py`` (``generate.generate_set``, which has
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
HELDOUT22_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout22_telecom_number_flagged_as_spam",
        agent_id="A7301",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，畅联通信，工号七三零幺。"),
            customer("我号码被标成骚扰电话，打给老客户都被拦，心里火烧火燎的！"),
            backchannel("agent", "嗯，我听着呢。", at=0.5),
            agent("生意受影响，搁谁都上火。不怪您，我帮您撤掉标记。短时间打了很多电话吧？哪个号码？"),
            # 18602473958: an 11-digit mainland mobile number (186 prefix), read in groups (幺 = 1); no digit
            # follows itself
            customer("打了两百多通促销。幺八六，零二四七，三九五八。"),
            agent("您是说号码被标，现在没人接了，对吗？"),
            customer("对。"),
            agent(
                "是拨号太密，被判成高频外呼，也就是短时间打出太多电话。"
                "我现在申请撤销，两个工作日内撤掉。"
            ),
            agent("这么处理您能接受吗？"),
            customer("行，谢谢你啊。"),
            agent("感谢您的来电，再见。"),
        ),
        # anger and worry of a small trader whose number is flagged as a nuisance caller (…心里火烧火燎的！); an agent
        # backchannel 「嗯，我听着呢。」 inside the complaint. Greeting with 您好 and 工号. Named (生意受影响，搁谁都上火)
        # and soothed (不怪您: reassurance; 我帮您撤掉标记: commitment), before any question; checks a hypothesis (many
        # calls in a short time?) and asks which number (了解状况; the customer reads the mobile number: one PII
        # finding); restates (您是说…对吗？, confirmed); solves (the cause: dialling too densely; the removal request and
        # when) with 高频外呼 explained in the same turn (也就是…); checks (这么处理您能接受吗？, answered 行). Thanking
        # close. A normal agent.
        expected=labels(True, True, True, True, True, True, jargon_explained=["高频外呼"], pii=["mobile"]),
    ),
    CallSpec(
        id="heldout22_banking_card_restricted_before_surgery",
        agent_id="A7302",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，恒信银行。"),
            customer("卡里的钱突然转不出去了！明早要交手术押金，我心都悬着！"),
            agent("押金等着交，钱却动不了，换谁都心慌。您放宽心，我帮您理顺。提示什么？卡号也报一下。"),
            # 6217084725930168: a 16-digit bank card number with a valid Luhn check digit, read in groups of four
            # (幺 = 1); no digit follows itself
            customer("说账户受限。六二幺七，零八四七，二五九三，零幺六八。"),
            agent("麻烦您等一会，我查查原因。"),
            agent("久等了。上周有陌生账户给您转过一笔钱，系统按反诈规则加了非柜面限制。", pause_before=HOLD_S),
            customer("非柜面是什么意思？"),
            agent("就是不去柜台的那些业务，比如手机银行。明早带身份证和卡去网点，说清钱的来路，当场解除。"),
            customer("九点才开门吧？押金十点就要交！", interrupts=True),
            agent("来得及，我给您约九点第一个号。"),
            agent("身份证、卡、九点，没问题吧？"),
            customer("没问题。"),
            agent("感谢您的耐心，再见。"),
        ),
        # anxiety about money that cannot be moved the day before a surgery deposit is due (…我心都悬着！). Greeting
        # with 您好 and the bank's name, no 工号. A fast agent names it (押金等着交，钱却动不了，换谁都心慌) and soothes it
        # (您放宽心: reassurance; 我帮您理顺: commitment); asks what the transfer screen said and for the card number
        # (了解状况; the customer reads the full card number: one PII finding); never restates the problem (确认问题
        # missing); announces the wait (麻烦您等一会，我查查原因。), then 12 s of silence (a hold); solves (the cause:
        # an unknown incoming transfer and the anti-fraud rule; what to bring, where, how long) with 非柜面 unexplained,
        # the customer asks what it means and the explanation comes only in the next agent turn (jargon with confusion:
        # the hit stands); the customer cuts in 1.6 s before the agent's turn ends (one customer interruption); checks
        # the result (身份证、卡、九点，没问题吧？, answered 没问题). Thanking close.
        expected=labels(
            True, True, True, False, True, True,
            customer_interruptions=1,
            jargon=["非柜面"],
            pii=["bank_card"],
            holds=1,
        ),
    ),
    CallSpec(
        id="heldout22_insurance_scraped_car_premium_mono",
        agent_id="A7303",
        industry="insurance",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，安盛车险，工号七三零三。"),
            customer("你好，我车停小区里被刮了，对方没留电话。走保险的话明年保费会涨吗？"),
            agent("能找到对方吗？保单号多少？"),
            # 9305284671: a 10-digit policy number, not a personal number
            customer("找不到。保单号九三零五，二八四六，七幺。"),
            agent("您是问报险后保费涨不涨，对吗？"),
            customer("对。"),
            agent("能走车损险赔，但明年无赔款优待没了，保费涨两成左右。划痕浅，自费补漆更划算。"),
            customer("好，我明白了。"),
            agent("好，再见。"),
        ),
        # the agent speaks first (您好, company, 工号). A matter-of-fact question whether a claim for a scratched parked car
        # raises next year's premium (no negative emotion: emotion steps not applicable). A slow agent asks whether the
        # other driver can be found and for the policy number (了解状况; a 10-digit policy number is not a personal
        # number); restates (您是问…对吗？, confirmed); solves (it can be claimed; what it costs next year; the cheaper
        # option and why) with 无赔款优待 unexplained, the customer does not ask (jargon without confusion); no check
        # (确认理解 missing): the customer's own 我明白了 is answered by a goodbye without thanks. Mono telephone band.
        expected=labels(None, None, True, True, True, False, jargon=["无赔款优待"]),
    ),
    CallSpec(
        id="heldout22_ecommerce_coffee_machine_price_drop",
        agent_id="A7304",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("百汇商城，您说。"),
            customer("上周一千六买的咖啡机，今天降到一千二，申请补差价老说不符合条件，这不是糊弄人吗？我跟你讲……"),
            agent("活动价不补差，页面写着呢，是您自己没看。", interrupts=True),
            customer("我买的时候根本不是活动价！凭什么算我头上？"),
            agent("价格是商家定的，我们管不着，您找商家掰扯去。"),
            customer("好，我去市场监管告你们。"),
        ),
        # indignation at a price cut of four hundred yuan a week after buying, with the price-difference request refused
        # (…这不是糊弄人吗？). No 您好, no 工号 (百汇商城，您说。). A slow agent cuts into the customer 1.6 s before the
        # customer's turn ends (one agent interruption) and blames the customer for not reading the page (活动价不补差，
        # 页面写着呢，是您自己没看), then pushes the matter onto the merchant (价格是商家定的，我们管不着，
        # 您找商家掰扯去): two forbidden phrases; never names or soothes the indignation, asks nothing (the customer
        # volunteers everything), restates nothing, offers no solution (quoting a rule is not one), checks nothing and
        # does not close: the customer's threat ends the call. No jargon, no personal number. Critical flag, so
        # needs_review.
        expected=labels(
            False, False, False, False, False, False,
            agent_interruptions=1,
            forbidden=["活动价不补差，页面写着呢，是您自己没看", "价格是商家定的，我们管不着，您找商家掰扯去"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout22_utilities_radiator_cold_elderly",
        agent_id="A7305",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，暖心供热，工号七三零五。"),
            customer("暖气到底管不管？家里才十四度，八十岁的老母亲直哆嗦！"),
            agent("老人家受冻，您肯定又急又心疼。对不起，我马上处理。整片都凉吗？邻居呢？"),
            customer("整片都凉，对门挺暖和。"),
            agent("您是说别家都热，就您家冰凉，对吗？"),
            customer("对。"),
            agent("是管道里存了空气，热水进不去。师傅下午三点前上门放掉，免费。"),
            customer("三点？老人等不了那么久！", interrupts=True),
            agent("给您加急，一点前到。先开空调，给老人多盖床被子。"),
            backchannel("customer", "嗯，好。", at=0.5),
            agent("还有不放心的吗？"),
            customer("没有了，谢谢。"),
            agent("谢谢您的反馈，再见。"),
        ),
        # anger and worry about a cold flat with an eighty-year-old mother shivering (…直哆嗦！). Greeting with 您好 and
        # 工号. Named (老人家受冻，您肯定又急又心疼) and soothed (对不起: apology; 我马上处理: commitment), before
        # the questions; asks whether the whole radiator is cold and about the neighbours (了解状况); restates (您是说…
        # 对吗？, confirmed); solves (the cause: air in the pipes; a technician, free, by three, then by one); the
        # customer cuts in 1.6 s before the agent's turn ends (one customer interruption); a customer backchannel
        # 「嗯，好。」 inside the agent's answer; checks (还有不放心的吗？, answered 没有了). Thanking close. A normal
        # agent. No jargon, no personal number.
        expected=labels(True, True, True, True, True, True, customer_interruptions=1),
    ),
    CallSpec(
        id="heldout22_public_housing_fund_withdrawal_mono",
        agent_id="A7306",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            customer("喂，是公积金中心吗？"),
            agent("是的，您好，公积金热线，工号七三零六。"),
            customer("我上个月辞职了，公积金能取出来付首付吗？"),
            agent("原单位不交了吧？身份证号报一下。"),
            # 370203198604175291: an 18-digit 身份证 number (Shandong Qingdao 370203, born 1986-04-17, odd sequence
            # digit) with a valid ISO 7064 check digit (1), read in groups (幺 = 1); no digit follows itself
            customer("停了。三七零二零三，幺九八六零四幺七，五二九幺。"),
            customer("喂？查到了吗？", pause_before=DEAD_AIR_S),
            agent(
                "查到了。您账户已经封存，也就是单位不再交，钱留在账上。"
                "带购房合同和首付发票去网点办，三个工作日到账。"
            ),
            agent("材料记全了吗？"),
            customer("记全了，谢谢。"),
            agent("不客气，感谢您的来电，再见。"),
        ),
        # the customer speaks first, asking whether this is the right line (喂，是公积金中心吗？); the agent answers with
        # 您好, the hotline and 工号. A calm question about withdrawing the housing fund for a down payment after leaving
        # a job (emotion steps not applicable). The agent asks whether the employer stopped paying in and for the
        # 身份证 number (了解状况; the customer reads it: one PII finding); then 11 s of silence nobody announced (dead
        # air), broken by the customer (喂？查到了吗？), and the agent goes on without a word about it; never restates
        # the request (确认问题 missing); solves (the account state; what to bring, where, when the money arrives) with
        # 封存 explained in the same turn (也就是…); checks (材料记全了吗？, answered 记全了). Thanking close. A
        # normal agent. Mono telephone band.
        expected=labels(None, None, True, False, True, True, jargon_explained=["封存"], pii=["id_card"], dead_air=1),
    ),
    CallSpec(
        id="heldout22_public_out_of_town_hospital_bill",
        agent_id="A7307",
        industry="public_services",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，医保服务热线。"),
            customer("我在外地住院花了两万多，出院说不能直接结算，全要自己垫，上哪凑这么多钱啊……"),
            agent("哪家医院？出院多久了？", interrupts=True),
            customer("省城人民医院，三天了。这钱还能报吗？"),
            agent(
                "能报。带发票、费用清单和出院小结到本地医保窗口报销，"
                "扣掉起付线报七成，二十个工作日到账。"
            ),
            customer("那医院当时为什么不给我直接结？"),
            agent("那是医院没上传，跟我们医保中心不沾边，您问医院去。"),
            customer("那好吧。"),
            agent("嗯，再见。"),
        ),
        # distress about a twenty-thousand-yuan hospital bill to be paid out of pocket (…上哪凑这么多
        # 钱啊……). Greeting with 您好 and the hotline, no 工号. The agent cuts into the customer 1.6 s before the
        # customer's turn ends (one agent interruption) with questions (which hospital, how long ago: 了解状况); never
        # names or soothes the distress; no restatement (确认问题 missing); solves (what to bring, where, how much, when)
        # with 起付线 unexplained, the customer asks about something else, not the word (jargon without confusion); the
        # question why the hospital did not settle gets the blame pushed onto the hospital (那是医院没上传，跟我们医保中心
        # 不沾边，您问医院去: one forbidden phrase); no check (确认理解 missing); goodbye without thanks (嗯，再见。). A
        # normal agent. No personal number. Critical flag, so needs_review.
        expected=labels(
            False, False, True, False, True, False,
            agent_interruptions=1,
            jargon=["起付线"],
            forbidden=["那是医院没上传，跟我们医保中心不沾边，您问医院去"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout22_ecommerce_parcel_locker_overdue_fee_mono",
        agent_id="A7308",
        industry="ecommerce",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            customer("你好，我刚收到你们短信，说快递在柜子里超时了，要交三块才能取。我没同意放柜子，凭什么让我掏钱？真憋了一肚子气。"),
            agent("您好，迅达快递，工号七三零八。没打招呼就放柜子还要您掏钱，您心里肯定不痛快。取件码多少？"),
            # 583162: a 6-digit pickup code, not a personal number
            customer("五八三幺六二。"),
            agent("您是说没问您就放进柜子，现在要收三块超时费，您觉得不该您出，对吧？"),
            customer("对啊。"),
            agent("这要怪您自己，快递员打了两遍电话您都没接。"),
            customer("我在开会，哪能接电话。"),
            agent("超时费给您免了，半小时内短信发新取件码。以后不想放柜子，在小程序里设成送货上门就行。"),
            agent("您看这么处理满意吗？"),
            customer("行吧，满意。"),
            agent("感谢您的来电，再见。"),
        ),
        # the customer speaks first, with a greeting and the text message that started it. Irritation at an overdue fee
        # for a parcel left in a locker without consent (…真憋了一肚子气。). A fast agent greets with 您好, the company
        # and 工号, names the feeling (…您心里肯定不痛快) but never soothes it (no apology, empathy phrase, reassurance or
        # commitment); asks for the pickup code (了解状况; a 6-digit pickup code is not a personal number); restates
        # (您是说…对吧？, confirmed); blames the customer (这要怪您自己，快递员打了两遍电话您都没接: one forbidden phrase);
        # solves (the cause: the courier could not reach the customer; the fee waived, a new code within half an hour,
        # how to avoid it next time); checks (您看这么处理满意吗？, answered 满意). Thanking close. No jargon, no
        # personal number. Critical flag, so needs_review. Mono telephone band.
        expected=labels(
            True, False, True, True, True, True,
            forbidden=["这要怪您自己，快递员打了两遍电话您都没接"],
            needs_review=True,
        ),
    ),
)
