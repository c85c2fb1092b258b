"""The ninth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout9.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout9.py`` (``generate.generate_set``, which has
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
HELDOUT9_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout9_telecom_plan_contract",
        agent_id="A6001",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，手机业务客服。"),
            customer("一百九十九的套餐，流量一半都用不完，还不让换便宜的，这不是逼人多花钱吗？"),
            backchannel("agent", "嗯。", at=0.5),
            agent("白多花一百多，难怪您生气。能省的，我一定帮您省。"),
            agent("这套餐是买手机时办的吧？"),
            customer("对，前年买的。"),
            agent("您是想知道为什么不让换便宜套餐，是吧？"),
            customer("是。"),
            agent("您签了合约期，就是拿了购机优惠，要用满两年，月底才到期。"),
            customer("那我现在硬要换呢？", interrupts=True),
            agent("现在换要交三百违约金，下月一号换就不用交。到时我们发短信，您回复一就换成五十九的。"),
            agent("这么安排，还有哪里不明白吗？"),
            customer("明白了，谢谢。"),
        ),
        # annoyance at paying for a plan the customer cannot leave (这不是逼人多花钱吗？): the agent names
        # it (难怪您生气) and commits (能省的，我一定帮您省); checks a hypothesis (…是买手机时办的吧？);
        # restates (您是想知道…是吧？, confirmed); solves (cause: the contract term and when it ends; why
        # wait: no fee from the 1st; the concrete step) and checks (还有哪里不明白吗？,
        # answered 明白了): all six steps. 合约期 explained in the same turn (就是…). An agent backchannel
        # 「嗯。」 inside the customer's first turn; the customer cuts into the agent's explanation (one
        # customer interruption). No number is read.
        expected=labels(True, True, True, True, True, True, customer_interruptions=1,
                        jargon_explained=["合约期"]),
    ),
    CallSpec(
        id="heldout9_banking_fund_redemption_mono",
        agent_id="A6002",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，银行客服。"),
            customer("你好，我前天在手机银行赎回了两万块的基金，今天还没到账，想问一下。"),
            agent("钱是回到哪张卡上？卡号念一下。"),
            # 6217850493172568034: a 19-digit debit card number with a valid Luhn check digit, read in
            # groups of four (幺 = 1); no digit follows itself
            customer("六二幺七，八五零四，九三幺七，二五六八，零三四。"),
            customer("喂？您那边还在吗？", pause_before=DEAD_AIR_S),
            agent("在。您是前天赎回的两万块，到现在还没进卡，对不对？"),
            customer("对。"),
            agent("这笔还在资金交收，基金公司那边没划过来，我们银行也使不上劲。"),
            customer("那大概什么时候能到？"),
            agent("一般也就这两天，您再等等看。"),
            customer("好吧。"),
        ),
        # a calm question about a fund redemption not yet paid out (emotion steps not applicable); asks which
        # card (the customer reads the whole card number: one PII finding); 11 s of silence nobody announced
        # (dead air), broken by the customer; restates (…对不对？, confirmed); then 交收 left unexplained (the
        # customer asks when, not what: jargon without confusion), the fund company blamed and the bank's
        # part denied (我们银行也使不上劲: one forbidden phrase), and only a vague 一般也就这两天: no way
        # forward (解决问题 missing), no check. Critical flag, so needs_review. Mono telephone band.
        expected=labels(
            None, None, True, True, False, False,
            jargon=["交收"],
            forbidden=["我们银行也使不上劲"],
            pii=["bank_card"],
            dead_air=1,
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout9_insurance_policy_lapsed",
        agent_id="A6003",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，人寿保险客服。"),
            customer("重疾险交了五年，换了张工资卡没扣上钱，你们一个提醒都没有，保单就失效了？"),
            agent("身份证号报一下。"),
            # 420106198703194381: an 18-digit 身份证 number (Wuhan 420106, born 1987-03-19) with a valid
            # ISO 7064 check digit (1), read in groups (幺 = 1); no digit follows itself
            customer("四二零幺零六，幺九八七零三幺九，四三八幺。"),
            agent("查到了。过了宽限期没交费，保单就失效了。"),
            customer("宽限期是什么？从来没人跟我说过！"),
            agent("合同条款里都写着，您签了字的。扣款卡换了不告诉我们，这个责任在您自己。"),
            customer("换卡是我的事，可你们连条短信都不发？", interrupts=True),
            agent("提醒短信是别的部门管的，跟我说也没用。"),
            customer("行，我找监管局去。"),
        ),
        # a policyholder upset that five years of premiums seem lost (…保单就失效了？), never acknowledged or
        # soothed; asks for the 身份证 number (one PII finding); 宽限期 unexplained and the customer asks what
        # it is (jargon with confusion, never answered); blames the customer (这个责任在您自己) and pushes the
        # reminder onto another department (提醒短信是别的部门管的，跟我说也没用): two forbidden phrases;
        # the customer cuts into the agent's turn (one customer interruption); a cause but no way forward,
        # no restatement, no check. Critical flag, so needs_review.
        expected=labels(
            False, False, True, False, False, False,
            customer_interruptions=1,
            jargon=["宽限期"],
            forbidden=["这个责任在您自己", "提醒短信是别的部门管的，跟我说也没用"],
            pii=["id_card"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout9_ecommerce_dead_crabs",
        agent_id="A6004",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，鲜品旗舰店。"),
            customer("给我爸过生日买的大闸蟹，今天刚到，打开一看死了一半，还发臭！这让我怎么往桌上端？"),
            agent("生鲜签收了就不退。"),
            # 4608273591048267: a 16-digit order number that fails the Luhn check (not a card number)
            customer("我没签收，快递扔门口就走了！订单号四六零八，二七三五，九幺零四，八二六七，你们查！"),
            agent("快递扔哪是快递的事，我们这边管不着。", interrupts=True),
            customer("蟹是你们发的，死了你们不管？"),
            agent("死蟹要有开箱视频。没视频，谁知道是不是您自己放坏的？"),
            customer("你这叫什么话？"),
            agent("有意见您就去给差评吧。"),
            customer("行，我找平台投诉。"),
        ),
        # an angry customer with half the birthday crabs dead (打开一看死了一半，还发臭！…), never acknowledged or
        # soothed; the agent asks nothing (the customer volunteers the order number), cuts in while the
        # customer is still reading it (one agent interruption), shifts the blame onto the courier (快递扔哪是
        # 快递的事，我们这边管不着), onto the customer (谁知道是不是您自己放坏的) and dares the customer to
        # complain (有意见您就去给差评吧): three forbidden phrases; no restatement, no solution, no check.
        # Critical flag, so needs_review.
        # The 16-digit order number is not a personal number.
        expected=labels(
            False, False, False, False, False, False,
            agent_interruptions=1,
            forbidden=["快递扔哪是快递的事，我们这边管不着", "谁知道是不是您自己放坏的", "有意见您就去给差评吧"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout9_utilities_gas_card_mono",
        agent_id="A6005",
        industry="utilities",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，燃气客服。"),
            customer("手机上交了两百燃气费，卡插表上还是零，火打不着，孩子还等着吃饭呢！"),
            agent("孩子等着吃饭，火却打不着，您现在肯定急坏了。您别担心，今天这顿饭不会耽误。"),
            agent("户号多少？交完费，卡在自助机上读过吗？"),
            # 8015372649: a 10-digit gas account number (户号), not a personal number
            customer("八零幺五，三七二六，四九。没读过，直接插的表。"),
            agent(
                "网上交的钱要先圈存，就是把买的气写进燃气卡里，不然表上就是零。"
                "您带卡去小区门口的自助机，插卡点写卡，一分钟就好，再插回表上就能打火。"
            ),
            agent("先写卡、再插表，您看我说明白了没有？"),
            customer("明白了，我这就下楼。"),
        ),
        # worry with a hungry child and no gas (孩子还等着吃饭呢！): named (您现在肯定急坏了) and soothed
        # (您别担心，今天这顿饭不会耽误); asks (account number, a hypothesis about reading the card); goes from
        # the answer straight to the solution without restating (确认问题 missing); solves (cause, where,
        # what to press, how long, the result) and checks (…您看我说明白了没有？, answered 明白了). 圈存
        # explained in the same turn (就是…). The 10-digit account number is not a personal number. Mono
        # telephone band.
        expected=labels(True, True, True, False, True, True, jargon_explained=["圈存"]),
    ),
    CallSpec(
        id="heldout9_public_housing_fund_rent_mono",
        agent_id="A6006",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，公积金服务热线。"),
            customer("你好，我在这边租房住，想问问公积金能不能提出来交房租，能提多少，怎么办？"),
            agent("好的，您想问租房能不能提公积金、能提多少、怎么办，是这三件事吧？"),
            customer("对，就这些。"),
            agent(
                "能提。本市没有自己房子的，按季度提，一个季度最多四千五，也就是每月一千五。"
                "在手机上搜市公积金，点租房提取，上传租房合同，三个工作日到账。网上办不用排队，比去柜台快。"
            ),
            customer("房东要是不给合同呢？"),
            agent("没合同也能提，只是额度低一点，每月一千二，其他步骤都一样。"),
            agent("按季度提、最多四千五、网上申请三个工作日到账，这几点还要我再说一遍吗？"),
            customer("不用了，挺清楚的，谢谢。"),
            agent("不客气，再见。"),
        ),
        # a calm question about drawing the housing fund for rent (emotion steps not applicable); a fast
        # agent who asks nothing about the caller's situation (了解状况 missing) but restates the three
        # questions at once (…是这三件事吧？, confirmed); solves (yes, how much, where to click, what to
        # upload, when, why online; the no-contract case) and checks (…这几点还要我再说一遍吗？, answered
        # 挺清楚的). No jargon, no number a person owns. Mono telephone band.
        expected=labels(None, None, False, True, True, True),
    ),
    CallSpec(
        id="heldout9_banking_atm_card_retained",
        agent_id="A6007",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，银行客服。"),
            customer("取款机把卡吞了，下午还要拿它交住院押金，这可怎么办啊……"),
            agent("听得出来您着急。哪个网点？卡号后四位？", interrupts=True),
            customer("建设路支行，零六八三。"),
            agent("我联系网点查下记录，您稍候。"),
            agent("久等了。您是卡被吞了，下午急用，没错吧？", pause_before=HOLD_S),
            customer("没错。"),
            agent(
                "卡是超时被机器收回的，网点下午两点清机。"
                "您两点后带身份证去柜台领卡，押金在柜台取现金交就行。"
            ),
            customer("两点，行。"),
            agent("好，再见。"),
        ),
        # fear of missing a hospital deposit (这可怎么办啊……): the agent cuts in before the customer has
        # finished (one agent interruption) to name it (听得出来您着急) and ask (which branch, last four
        # digits), but never soothes it; announces the wait (我联系网点查下记录，您稍候), 12 s of silence (a
        # hold), thanks for waiting; restates (…没错吧？, confirmed); solves (cause, when, where, what to bring, how to pay
        # the deposit); 清机 left unexplained, the customer does not ask (jargon without confusion); ends
        # with a goodbye, no check. The last four digits of the card are not a personal number.
        expected=labels(True, False, True, True, True, False, agent_interruptions=1, jargon=["清机"], holds=1),
    ),
    CallSpec(
        id="heldout9_ecommerce_tradein_subsidy",
        agent_id="A6008",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，家电商城客服。"),
            customer("你好，以旧换新买的冰箱，旧冰箱回收补贴三百，一个月了还没到。"),
            agent("旧冰箱哪天拉走的？下单留的手机号是多少？"),
            # 13762084591: an 11-digit mainland mobile number (137 prefix), read in groups (幺 = 1);
            # no digit follows itself
            customer("十号拉走的。幺三七，六二零八，四五九幺。"),
            agent("您是旧冰箱拉走了，三百补贴一直没到，是这个情况吧？"),
            customer("对。"),
            agent(
                "师傅拉走以后没在系统里点回收完成，补贴就没发，是我们漏了。"
                "我现在帮您补上，三百今天之内退回付款的卡，不用再约师傅上门，到账有短信。"
            ),
            backchannel("customer", "嗯。", at=0.3),
            backchannel("customer", "哦，好。", at=0.72),
            agent("三百今天到卡，您看这么办合适吗？"),
            customer("合适，谢谢。"),
        ),
        # a calm question about a missing trade-in subsidy (emotion steps not applicable); asks (pick-up day,
        # the mobile number: one PII finding), restates (…是这个情况吧？, confirmed), solves (cause and
        # responsibility, what the agent does now, when, why no second visit, the notice) and checks
        # (…您看这么办合适吗？, answered 合适). Customer backchannels 「嗯。」「哦，好。」 inside the explanation.
        expected=labels(None, None, True, True, True, True, pii=["mobile"]),
    ),
)
