"""The twentieth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout20.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout20.py`` (``generate.generate_set``, which has
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
HELDOUT20_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout20_telecom_roaming_data_bill",
        agent_id="A7101",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，移动客服，工号七幺零幺。"),
            customer("去泰国玩了五天，回来扣了八百六的话费！凭什么？"),
            backchannel("agent", "嗯。", at=0.5),
            agent("出趟门碰上这种账单，换我也憋屈。您放心，我帮您核清楚。"),
            agent("出国前开过漫游流量包吗？哪个号码？"),
            # 13905278641: an 11-digit mainland mobile number (139 prefix), read in groups (幺 = 1); no digit
            # follows itself
            customer("没开。幺三九，零五二七，八六四幺。"),
            agent("您是说没订包，五天扣了八百六，对吧？"),
            customer("对。"),
            agent(
                "没订包按标准价算，软件又在自动更新。我按日租包给您重新算，"
                "就是一天最多收二十五的流量包，多扣的七百多三天内退回。"
            ),
            agent("这样处理行吗？"),
            customer("行，谢谢。"),
            agent("谢谢您打来，再见。"),
        ),
        # anger at an 860-yuan roaming data bill after five days in Thailand (…凭什么？); an agent backchannel 「嗯。」
        # inside the complaint. Greeting with 工号. Named (出趟门碰上这种账单，换我也憋屈) and soothed (您放心，我帮您
        # 核清楚: reassurance and commitment); asks whether a roaming pack was bought and which number (了解状况; the
        # customer reads the mobile number: one PII finding); restates (您是说…对吧？, confirmed); solves (the cause:
        # no pack, standard price, apps updating; the cheaper day-pack recalculation; the refund and when) with 日租包
        # explained in the same turn (就是…); checks (这样处理行吗？, answered 行). Thanking close. A normal agent.
        expected=labels(True, True, True, True, True, True, jargon_explained=["日租包"], pii=["mobile"]),
    ),
    CallSpec(
        id="heldout20_banking_wrong_account_transfer",
        agent_id="A7102",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，广源银行。"),
            customer("转账时卡号输错了一位，五千块转给陌生人了，我手都在抖！"),
            agent("钱转错了人，谁碰上都慌。别怕，能追，我陪您处理。几点转的？报下您的卡号。"),
            # 6214832597248629: a 16-digit bank card number with a valid Luhn check digit, read in groups of
            # four (幺 = 1); no digit follows itself
            customer("十分钟前，跨行转的。六二幺四，八三二五，九七二四，八六二九。"),
            agent("您是说十分钟前跨行转错了五千，想把钱要回来，对吗？"),
            customer("对。"),
            agent("跨行的钱已经清算了，撤不回来。"),
            customer("清算是啥？"),
            agent("就是钱已经进了对方银行。我马上帮您申请追回，对方银行去找收款人，他同意就原路退，三到五个工作日。"),
            customer("等等，他要是死活不退呢？我这钱不就没了？", interrupts=True),
            agent("那我们开转账证明，您去法院起诉，法院会判他返还。转账截图先留好。"),
            backchannel("customer", "明白。", at=0.55),
            customer("好，我知道了。"),
            agent("有进展短信告诉您，再见。"),
        ),
        # panic at five thousand yuan sent to a stranger through a mistyped card number (…我手都在抖！). A fast agent
        # names it (钱转错了人，谁碰上都慌) and soothes it (别怕，能追，我陪您处理: guidance and commitment); asks when and for
        # the card number (了解状况; the customer reads the full card number: one PII finding); restates (您是说…对吗？,
        # confirmed); says 清算 unexplained, the customer asks what it is and the explanation comes only in the next
        # agent turn (jargon with confusion: the hit stands); solves (what happens, who acts, when; and the court route
        # if the payee refuses); the customer cuts in 1.6 s before the agent's turn ends (one customer interruption) and
        # says 「明白。」 inside the agent's answer (a customer backchannel); no check (确认理解 missing): the customer's
        # own 好，我知道了 is answered by a goodbye. Greeting with the bank's name, no 工号; no thanks.
        expected=labels(
            True, True, True, True, True, False,
            customer_interruptions=1,
            jargon=["清算"],
            pii=["bank_card"],
        ),
    ),
    CallSpec(
        id="heldout20_insurance_flight_delay_mono",
        agent_id="A7103",
        industry="insurance",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，安泰保险，工号七幺零三。"),
            customer("你好，昨天飞昆明晚了五个钟头，我买过延误险，怎么赔？"),
            agent("保单号多少？几点落地的？"),
            # 4917038265: a 10-digit policy number, not a personal number
            customer("四九幺七，零三八二，六五。晚上十点落地。"),
            agent("您是想按延误五小时理赔，对吗？"),
            customer("对。"),
            agent("我去核对航班记录，您先别挂。"),
            agent("久等了。延误属实，赔四百。出险十天内在公众号传登机牌就行。", pause_before=HOLD_S),
            agent("记下了吗？"),
            customer("记下了，谢谢。"),
            agent("也谢谢您，再见。"),
        ),
        # the agent speaks first (greeting with 工号). A calm question about a flight-delay claim (emotion steps not
        # applicable). A slow agent asks the policy number and the landing time (了解状况; a 10-digit policy number is
        # not a personal number); restates (您是想…对吗？, confirmed); announces the check (我去核对航班记录，您先别挂。),
        # then 12 s of silence (a hold); solves (delay confirmed, the amount, what to upload, where, by when) with 出险
        # unexplained, the customer does not ask (jargon without confusion); checks (记下了吗？, answered 记下了).
        # Thanking close. No forbidden phrase. Mono telephone band.
        expected=labels(None, None, True, True, True, True, jargon=["出险"], holds=1),
    ),
    CallSpec(
        id="heldout20_ecommerce_wardrobe_install_noshow",
        agent_id="A7104",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("家居商城售后，请说。"),
            customer("衣柜到了三天，约好今天上午装，我请了假在家等，人到现在都没来……"),
            agent("好了好了，先把订单号给我。", interrupts=True),
            # 5208369147: a 10-digit order number, not a personal number
            customer("五二零八，三六九幺，四七。师傅电话也不接，你们怎么搞的？"),
            agent("安装是第三方师傅接的单，人没来，我们这边也管不了。"),
            customer("我在你们商城买的，难道要我自己去找人？假都请了……"),
            agent("那您就等他回电话呗，我催也没用。", interrupts=True),
            customer("这什么服务，我找消协去。"),
        ),
        # anger at an installer who did not come after the customer took a day off (…你们怎么搞的？). No 您好, no 工号.
        # The agent cuts into the customer twice (好了好了，先把订单号给我。 and 那您就等他回电话呗，我催也没用。, each 1.6 s before the
        # customer's turn ends: two agent interruptions); asks only the order number (了解状况, a lookup; a 10-digit
        # order number is not a personal number); never names or soothes the anger; pushes the responsibility onto the
        # third-party installer (安装是第三方师傅接的单，人没来，我们这边也管不了) and brushes the customer off (那您就等他
        # 回电话呗，我催也没用): two forbidden phrases; no restatement, no solution, no check, no closing: the customer's
        # threat ends the call. A normal agent. No jargon. Critical flag, so needs_review.
        expected=labels(
            False, False, True, False, False, False,
            agent_interruptions=2,
            forbidden=["安装是第三方师傅接的单，人没来，我们这边也管不了", "那您就等他回电话呗，我催也没用"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout20_utilities_yellow_tap_water_mono",
        agent_id="A7105",
        industry="utilities",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            customer("我家水龙头放出来的水是黄的，一股铁锈味，孩子刚喝了一口，这水还能喝吗？"),
            agent("您好，自来水热线，工号七幺零五。孩子喝了，您肯定担心。哪个小区？黄水是什么时候开始的？"),
            customer("青松里二号楼，今天早上开始的。"),
            agent("您是说从今早开始，放出来的水发黄、有锈味，对吗？", pause_before=DEAD_AIR_S),
            customer("对。"),
            agent(
                "您那片今早换了一段老水管，管里的锈冲下来了，加上您楼是二次供水，水箱也要冲洗。"
                "先别喝，把水龙头开大放十分钟再用，下午四点前我们派人取水样化验，结果短信发您。"
            ),
            agent("放水和化验这两件事，您都清楚了吗？"),
            customer("清楚了，谢谢你。"),
            agent("不客气，谢谢您反映，再见。"),
        ),
        # the customer speaks first, straight into the problem without a greeting. Worry about yellow, rusty tap water
        # a child has drunk (…这水还能喝吗？). A fast agent greets with 工号, names the worry (孩子喝了，您肯定担心) but
        # never soothes it (no apology, empathy phrase, reassurance or commitment), asks where and since when
        # (了解状况); then 11 s of silence nobody announced (dead air) before the agent restates (您是说…对吗？,
        # confirmed); solves (the cause: old pipe replaced; what to do now; a water test by four, the result by text)
        # with 二次供水 unexplained, the customer does not ask (jargon without confusion); checks (…您都清楚了吗？,
        # answered 清楚了). Thanking close. No personal number. Mono telephone band.
        expected=labels(True, False, True, True, True, True, jargon=["二次供水"], dead_air=1),
    ),
    CallSpec(
        id="heldout20_public_residence_permit_mono",
        agent_id="A7106",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("政务服务热线，工号七幺零六，请讲。"),
            customer("你好，我上个月网上申请了居住证，一直没消息，想问问进度。"),
            agent("哪天交的？把申请人的身份证号报给我。"),
            # 320506198907241635: an 18-digit 身份证 number (Jiangsu Suzhou 320506, born 1989-07-24) with a valid
            # ISO 7064 check digit (5), read in groups (幺 = 1); no digit follows itself
            customer("十二号交的。三二零五零六，幺九八九零七二四，幺六三五。"),
            agent("材料退回了，您的租房合同没备案，就是没在社区登记过。补登以后重新提交，十个工作日出证。"),
            customer("备案要房东去办吧？房东一直联系不上。"),
            agent("签合同时不留房东电话，现在才来问，这我也没办法。"),
            customer("那我再想想办法。"),
            agent("行，再见。"),
        ),
        # the agent speaks first without 您好 (service name and 工号). A calm question about a residence permit
        # application (emotion steps not applicable). The agent asks when it was submitted and the 身份证 number
        # (了解状况; the customer reads it: one PII finding); no restatement (确认问题 missing); solves (why it was
        # returned, what to do, when the permit is issued) with 备案 explained in the same turn (就是…); the follow-up
        # about an unreachable landlord is answered by blaming the customer (签合同时不留房东电话，现在才来问，这我也
        # 没办法: one forbidden phrase); no check (确认理解 missing); goodbye without thanks. A normal agent. Critical
        # flag, so needs_review. Mono telephone band.
        expected=labels(
            None, None, True, False, True, False,
            jargon_explained=["备案"],
            forbidden=["签合同时不留房东电话，现在才来问，这我也没办法"],
            pii=["id_card"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout20_ecommerce_trade_in_price_cut",
        agent_id="A7107",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，焕新回收，我是小董。"),
            customer("你好，旧手机线上估一千二，寄过去只给七百，怎么差这么多？"),
            agent("回收单号多少？寄前屏幕正常吗？"),
            # 860247: a 6-digit trade-in order number, not a personal number
            customer("八六零二四七。屏幕看着挺好。"),
            agent("您是问为啥少了五百，对吧？"),
            customer("嗯，对。"),
            agent(
                "质检查出烧屏，就是屏幕上留着擦不掉的旧图案，估价时您没勾这项，所以扣了。"
                "不认可可以申请免费退回手机。"
            ),
            backchannel("customer", "嗯。", at=0.35),
            backchannel("customer", "这样啊。", at=0.8),
            agent("我讲清楚了吗？"),
            customer("清楚了，那就七百吧。"),
            agent("好的，今天给您打款，多谢支持，再见。"),
        ),
        # a calm question about a trade-in valuation cut from 1200 to 700 (emotion steps not applicable). Greeting with
        # the service and a name, no 工号. Asks the trade-in number and the screen (了解状况; a 6-digit order number is
        # not a personal number); restates (您是问…对吧？, confirmed); solves (the cause and why it was deducted; the
        # free return as the alternative) with 烧屏 explained in the same turn (就是…) and customer backchannels 「嗯。」
        # 「这样啊。」 inside it; checks (我讲清楚了吗？, answered 清楚了). Thanking close. A normal agent.
        expected=labels(None, None, True, True, True, True, jargon_explained=["烧屏"]),
    ),
    CallSpec(
        id="heldout20_telecom_outgoing_calls_barred",
        agent_id="A7108",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，电信客服。"),
            # 三八二六: the last four digits of a number, not a personal number
            customer("我妈手机尾号三八二六，只能接不能打，话费还有三十多，怎么回事？"),
            agent("这个号欠了月租，被单停了。"),
            customer("不是还有三十多吗？老人在外头打不出去，多着急！"),
            agent("那是赠送的话费，不能交月租。系统定的，我这边改不了，您跟我嚷也白搭。"),
            customer("那现在怎么弄？"),
            agent("网上营业厅交五十，半小时内恢复。"),
            customer("行吧，我这就去交。"),
            agent("嗯，再见。"),
        ),
        # irritation at a mother's phone that cannot call out though it shows credit (…多着急！). A slow agent, greeting
        # without 工号, asks nothing (了解状况 missing: the customer volunteers the last four digits, which are not a
        # personal number) and restates nothing (确认问题 missing); never names or soothes the irritation; says 单停
        # unexplained, the customer objects about the credit but does not ask about the term (jargon without confusion);
        # pushes the matter onto the system and brushes off the customer (系统定的，我这边改不了，您跟我嚷也白搭: one
        # forbidden phrase); solves (the cause: unpaid monthly fee, bonus credit does not count; what to pay, where, when
        # it is back); no check (确认理解 missing): goodbye without thanks. Critical flag, so needs_review.
        expected=labels(
            False, False, False, False, True, False,
            jargon=["单停"],
            forbidden=["系统定的，我这边改不了，您跟我嚷也白搭"],
            needs_review=True,
        ),
    ),
)
