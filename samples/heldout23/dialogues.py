"""The twenty-third held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout23.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout23.py`` (``generate.generate_set``, which has
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
HELDOUT23_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout23_telecom_contract_plan_downgrade",
        agent_id="A7401",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，启航移动，工号七四零幺。"),
            customer("套餐想降到五十九，营业厅推来推去不给办，这不是坑人吗？"),
            backchannel("agent", "嗯，您说。", at=0.5),
            agent("多掏冤枉钱还被推来推去，换我也窝火。怨我们没讲清，今天给您准话。送过手机吗？号码多少？"),
            # 13907264815: an 11-digit mainland mobile number (139 prefix), read in groups (幺 = 1); no digit
            # follows itself
            customer("送了。幺三九，零七二六，四八幺五。"),
            agent("您是想现在就降到五十九，对吗？"),
            customer("对。"),
            agent(
                "您有两年合约期，说白了就是两年内只能升不能降。现在解约赔三百不划算，"
                "我给您约到期后九月一号自动降档。"
            ),
            agent("这样行吗？"),
            customer("行，谢谢。"),
            agent("感谢来电，再见。"),
        ),
        # anger at a plan the shop will not downgrade to 59 yuan (…这不是坑人吗？); an agent backchannel 「嗯，您说。」 inside
        # the complaint. Greeting with 您好, the company and 工号. Named (多掏冤枉钱还被推来推去，换我也窝火) and soothed
        # (怨我们没讲清: taking the blame; 今天给您准话: commitment), before any question; asks whether a phone came with
        # the plan and for the number (了解状况; the customer reads the mobile number: one PII finding); restates
        # (您是想…对吗？, confirmed); solves (the cause: a two-year contract; why not cancel now: a 300-yuan penalty; the
        # action and the date) with 合约期 explained in the same turn (说白了就是…); checks (这样行吗？, answered 行).
        # Thanking close. A normal agent.
        expected=labels(True, True, True, True, True, True, jargon_explained=["合约期"], pii=["mobile"]),
    ),
    CallSpec(
        id="heldout23_banking_autodebit_overdue_record",
        agent_id="A7402",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，瑞丰银行。"),
            customer("办房贷说我征信有逾期，我每月按时存钱的呀！下周就批了，这要是……"),
            agent("合同号先报给我，我查查。", interrupts=True),
            # 83052746: an 8-digit loan contract number, not a personal number
            customer("八三零五，二七四六。"),
            agent("最近换卡了吗？"),
            customer("三月补了新卡。"),
            agent("您是说换卡后有一期没扣上，对吗？"),
            customer("对。"),
            agent("代扣还绑着旧卡，扣款失败了。"),
            customer("代扣是什么意思？"),
            agent("就是每月自动从卡里划钱交月供。换卡不跟我们说，扣不着只能算您的。"),
            agent("今天在手机银行把扣款卡换成新卡，我开份说明两天内寄到，给房贷经理看。"),
            customer("行吧。"),
            agent("那先这样，再见。"),
        ),
        # anxiety about an overdue record that may stop a mortgage next week (…下周就批了，这要是……). Greeting with 您好 and
        # the bank's name, no 工号. The agent cuts into the customer 1.6 s before the customer's turn ends (one agent
        # interruption) with a lookup question and never names or soothes the anxiety; asks whether the card was changed
        # (了解状况; an 8-digit contract number is not a personal number); restates (您是说…对吗？, confirmed); says 代扣
        # unexplained, the customer asks what it means and the explanation comes only in the next agent turn (jargon with
        # confusion: the hit stands), followed by blame put on the customer (换卡不跟我们说，扣不着只能算您的: one
        # forbidden phrase); solves (the cause: the debit still tied to the old card; what to do today; a written
        # statement posted within two days, for the mortgage manager); no check (确认理解 missing): the customer's
        # 行吧。 is answered by a goodbye without thanks. A normal agent. Critical flag, so needs_review.
        expected=labels(
            False, False, True, True, True, False,
            agent_interruptions=1,
            jargon=["代扣"],
            forbidden=["换卡不跟我们说，扣不着只能算您的"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout23_insurance_policy_sold_to_father_mono",
        agent_id="A7403",
        industry="insurance",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            customer("我爸七十多了，存钱被忽悠买了八千的保险，还以为是存款！这不是坑老人吗？"),
            agent("您好，长宁人寿，工号七四零三。老人的钱被这么弄，您肯定窝火。您放心，这事我盯到底。哪天签的？您父亲身份证号多少？"),
            # 510104195108204739: an 18-digit 身份证 number (Sichuan Chengdu 510104, born 1951-08-20, odd sequence
            # digit: male) with a valid ISO 7064 check digit (9), read in groups (幺 = 1); no digit follows itself
            customer("这个月六号。五幺零幺零四，幺九五幺零八二零，四七三九。"),
            agent("您先别挂，我调一下保单，稍等。"),
            agent("久等了。您是想退掉保单，八千全拿回来，对吗？", pause_before=HOLD_S),
            customer("对。"),
            agent(
                "签了十二天，还在犹豫期，意思是签完十五天内退保全额退，过了只退一小部分。"
                "明天带他身份证和银行卡来柜面，七个工作日到账。"
            ),
            agent("要带的东西记下了吗？"),
            customer("记下了，谢谢。"),
            agent("不客气，感谢来电，再见。"),
        ),
        # the customer speaks first, straight into the complaint with no greeting. Anger at a policy sold to a father in
        # his seventies who thought he was making a deposit (…这不是坑老人吗？). A fast agent answers with 您好, the
        # company and 工号; names the feeling (老人的钱被这么弄，您肯定窝火) and soothes it (您放心: reassurance;
        # 这事我盯到底: commitment), before the questions; asks when it was signed and for the father's 身份证 number
        # (了解状况; the customer reads it: one PII finding); announces the wait (您先别挂，我调一下保单，稍等。), then 12 s of
        # silence (a hold); restates (您是想…对吗？, confirmed); solves (why it can be undone: still inside the 犹豫期,
        # explained in the same turn (意思是…); why to hurry: later only a small part comes back; what to bring, where,
        # when the money arrives); checks (要带的东西记下了吗？, answered 记下了). Thanking close. Mono telephone band.
        expected=labels(True, True, True, True, True, True, jargon_explained=["犹豫期"], pii=["id_card"], holds=1),
    ),
    CallSpec(
        id="heldout23_ecommerce_thawed_frozen_shrimp",
        agent_id="A7404",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，鲜到家生鲜，很高兴为您服务。"),
            customer("送来的冻虾全化了，一股腥臭味，看着就恶心！"),
            agent("花钱买来这样的，您肯定又膈应又生气。真对不住，我一定处理好。"),
            agent("您是说冻虾化了、有异味，要退钱，对吗？"),
            customer("对。"),
            agent("是配送车冷柜半路坏了，是我们的责任。"),
            customer("那以后还敢在你们家买吗？", interrupts=True),
            agent("虾直接扔掉不用寄回，一百二十八两小时内退回，再送您二十元券。"),
            backchannel("customer", "嗯，行。", at=0.55),
            agent("这样处理满意吗？"),
            customer("行吧。"),
            agent("感谢您的反馈，再见。"),
        ),
        # disgust and anger at frozen shrimp delivered thawed and smelling (…看着就恶心！). Greeting with 您好 and the shop
        # (很高兴为您服务), no 工号. Named (…您肯定又膈应又生气) and soothed (真对不住: apology; 我一定处理好: commitment);
        # the agent asks nothing (了解状况 missing) and restates what the customer said, with the request it assumes
        # (您是说…对吗？, confirmed); gives the cause (the van's cooler broke down on the way, our fault); the customer cuts
        # in 1.6 s before the agent's turn ends (one customer interruption); solves (no return needed, the amount and the
        # time of the refund, a voucher); a customer backchannel 「嗯，行。」 inside that answer; checks (这样处理满意吗？,
        # answered 行吧). Thanking close. A normal agent. No jargon, no personal number.
        expected=labels(True, True, False, True, True, True, customer_interruptions=1),
    ),
    CallSpec(
        id="heldout23_utilities_fake_gas_inspector",
        agent_id="A7405",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，安泰燃气，工号七四零五。"),
            customer("刚有人上门说是你们安检的，收我两百八换了根软管。越想越不对劲，是不是碰上骗子了？"),
            backchannel("agent", "嗯，我在听。", at=0.45),
            agent("花了钱心里七上八下的，您肯定不踏实。开收据了吗？胸牌编号多少？"),
            # 3752: a badge number, not a personal number
            customer("手写的收据，编号三七五二。"),
            agent("我们安检从不收钱，这个编号也不是我们的人。"),
            customer("那两百八还能要回来吗？", interrupts=True),
            agent(
                "钱要靠警察追，您马上打幺幺零，收据留着当证据。新管子先别用，关掉燃气总阀门。"
                "明天上午九点安检员上门免费复查，自闭阀也一起看。"
            ),
            customer("好，我这就报警。"),
            agent("还有不清楚的吗？"),
            customer("没有了，谢谢。"),
            agent("谢谢您来电核实，再见。"),
        ),
        # worry after paying a man who claimed to be a gas inspector (…是不是碰上骗子了？); an agent backchannel
        # 「嗯，我在听。」 inside the account. Greeting with 您好, the company and 工号. A fast agent names the feeling
        # (花了钱心里七上八下的，您肯定不踏实) but never soothes it (no apology, empathy phrase, reassurance or commitment
        # before the solution); asks about the receipt and the badge number (了解状况; a 4-digit badge number is not a
        # personal number); no restatement (确认问题 missing); gives the cause (inspections are free, the badge is not
        # ours); the customer cuts in 1.6 s before the agent's turn ends (one customer
        # interruption); solves (call the police, keep the receipt, stop using the hose, close the main valve, a free
        # check tomorrow at nine) with 自闭阀 unexplained, the customer does not ask (jargon without confusion); checks
        # (还有不清楚的吗？, answered 没有了). Thanking close.
        expected=labels(True, False, True, False, True, True, customer_interruptions=1, jargon=["自闭阀"]),
    ),
    CallSpec(
        id="heldout23_utilities_ev_charger_application_mono",
        agent_id="A7406",
        industry="utilities",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，城南供电，工号七四零六，请问有什么可以帮您？"),
            customer("你好，我买了电动车，想在自家车位装充电桩，要走什么手续？"),
            agent("车位是买的还是租的？物业同意吗？"),
            customer("买的，物业说你们批了就行。"),
            agent("您是想给车位单独拉一路电装充电桩，对吗？"),
            customer("对。"),
            agent(
                "在我们应用里提交申请，传上产权证明和物业同意书，三个工作日内上门看线路，一周内装好电表。"
                "按居民电价算，比充电站便宜一半。"
            ),
            customer("好的，知道了，谢谢。"),
            agent("不客气，感谢您的来电，再见。"),
        ),
        # the agent speaks first (您好, company, 工号, 请问有什么可以帮您？). A calm question how to get a home charger for an
        # electric car (no negative emotion: emotion steps not applicable). The agent asks whether the parking space is
        # owned and whether the management agrees (了解状况); restates (您是想…对吗？, confirmed); solves (where to apply,
        # what to upload, when someone comes, when the meter is in, why it pays: household rates); no check (确认理解
        # missing): the customer's own 知道了 is answered by the thanking close. A normal agent. No jargon, no personal
        # number. Mono telephone band.
        expected=labels(None, None, True, True, True, False),
    ),
    CallSpec(
        id="heldout23_public_pension_suspended",
        agent_id="A7407",
        industry="public_services",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，人社热线。"),
            customer("我爸养老金这个月没到，老人指着这钱买药，说停就停……"),
            agent("您先把卡号报给我，我来查。", interrupts=True),
            # 6215903472816357: a 16-digit bank card number with a valid Luhn check digit, read in groups of four
            # (幺 = 1); no digit follows itself
            customer("六二幺五，九零三四，七二八幺，六三五七。"),
            customer("喂？人呢？", pause_before=DEAD_AIR_S),
            agent("在。老人今年没做资格认证，停发了。"),
            customer("那怎么恢复？怎么没人通知？"),
            agent("通知是社区发的，我们只管查不管办，您去问社区。"),
            customer("你们就这么服务的？"),
            agent("有意见投诉去，我就管这些。"),
            customer("行，我记住了。"),
        ),
        # anger and worry about an elderly father's pension that stopped without notice (…说停就停……). Greeting with 您好
        # and the hotline, no 工号. The agent cuts into the customer 1.6 s before the customer's turn ends (one agent
        # interruption) with a lookup request (了解状况; the customer reads the full card number: one PII finding); never
        # names or soothes the emotion; then 11 s of silence nobody announced (dead air), broken by the customer
        # (喂？人呢？), and the agent goes on without a word about it; no restatement (确认问题 missing); gives the cause but
        # no way to restore the payments (解决问题 missing): the matter is pushed onto the community office
        # (通知是社区发的，我们只管查不管办，您去问社区) and the customer is told to go and complain (有意见投诉去，我就管这些):
        # two forbidden phrases; no check, no closing: the customer's remark ends the call. A normal agent. Critical
        # flag, so needs_review.
        expected=labels(
            False, False, True, False, False, False,
            agent_interruptions=1,
            forbidden=["通知是社区发的，我们只管查不管办，您去问社区", "有意见投诉去，我就管这些"],
            pii=["bank_card"],
            dead_air=1,
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout23_telecom_kids_watch_shared_number_mono",
        agent_id="A7408",
        industry="telecom",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            customer("喂，您好，是人工吗？"),
            agent("是，星联电信，工号七四零八，您讲。"),
            customer("给孩子买了电话手表，想跟我手机用一个号，能办吗？"),
            agent("手表能插卡，还是只能扫码？"),
            customer("说明书上写扫码。"),
            agent("开通一号双终端就行，在应用里扫手表上的码，每月十块。"),
            customer("是在手表上扫，还是手机上？"),
            agent("刚才讲了，手机扫，这都第二遍了。"),
            customer("哦，好吧。"),
            agent("还有别的吗？"),
            customer("没了。"),
            agent("那就这样，挂了。"),
        ),
        # the customer speaks first, greeting and asking whether a person has answered (喂，您好，是人工吗？); the agent
        # answers with the company and 工号 but no 您好. A calm question whether a child's phone watch can share the
        # parent's number (no negative emotion: emotion steps not applicable). A slow agent asks whether the watch takes
        # a SIM card (了解状况); no restatement (确认问题 missing); solves (what to open, how, the price) with 一号双终端
        # unexplained, the customer asks where to scan, not what the word means (jargon without confusion); the repeat
        # question gets a condescending answer (刚才讲了，手机扫，这都第二遍了: one forbidden phrase); checks (还有别的吗？,
        # answered 没了); no thanks, no goodbye (那就这样，挂了。). Critical flag, so needs_review. Mono telephone band.
        expected=labels(
            None, None, True, False, True, True,
            jargon=["一号双终端"],
            forbidden=["刚才讲了，手机扫，这都第二遍了"],
            needs_review=True,
        ),
    ),
)
