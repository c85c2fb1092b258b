"""The fourth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

A held-out measurement set (see ``README.md``): the dialogues and the labels
below were written together, from the definitions of
``shared/domain/seeds-reference.md`` and the label conventions of
``samples/README.md``, before any scorer output on them was seen. Nobody looked
at the scorer's code, lexicons, rubric or tests while writing them, and no
scorer was run on them. Nobody may tune the rules on these calls.

The building blocks (``CallSpec``, ``agent``, ``customer``, ``backchannel``,
``labels``, the paces and pause lengths) come from ``samples/dialogues.py``;
``generate_heldout4.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout4.py`` (``generate.generate_set``, which has
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
HELDOUT4_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout4_telecom_unlimited_throttle",
        agent_id="A5501",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，手机业务，请讲。"),
            customer("你们这不限量套餐可真够不限量的，一过二十号网速就跟蜗牛似的。"),
            backchannel("agent", "您说。", at=0.45),
            agent("您这话里带着火，我听出来了，搁谁都窝火，先给您道个歉。"),
            agent("是月底才慢吗？"),
            customer("对，月初好好的。"),
            agent("就是每月二十号以后变慢，对吧？"),
            customer("没错。"),
            agent(
                "这套餐是达量限速的，说白了就是高速流量用完不断网，但会压成慢速。"
                "换高一档每月多十块，比买流量包划算，下月生效。"
            ),
            agent("这么换您清楚了吧？还有别的事吗？"),
            customer("清楚了，没了，再见。"),
        ),
        # sarcasm (可真够不限量的…跟蜗牛似的): the agent hears the anger behind it (话里带着火，
        # 我听出来了), shows understanding (搁谁都窝火) and apologises (先给您道个歉), asks, restates
        # (就是每月二十号以后变慢，对吧？), solves (cause, the new plan, cost, why: cheaper than top-ups,
        # when) and checks; an agent backchannel 「您说。」 inside the complaint; 达量限速 explained
        # in the same turn (说白了就是…)
        expected=labels(True, True, True, True, True, True, jargon_explained=["达量限速"]),
    ),
    CallSpec(
        id="heldout4_banking_dormant_account",
        agent_id="A5502",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，储蓄卡服务。"),
            customer("麻烦您了啊，我就想请教下，自己存的钱反倒转不出来，这是什么道理？"),
            agent("这张卡多久没用了？"),
            customer("好多年了，页面一直提示账户异常。"),
            agent("那是转成久悬户了。", interrupts=True),
            customer("久悬户？我是真没听懂。"),
            agent("就是多年没动的账户，系统先停了收付，防人冒用。您是想把这张卡的钱转出来，对吧？"),
            customer("对。"),
            agent("带身份证和卡去任一网点激活，当场就能转。要本人核验，所以电话里办不了。"),
            customer("行，我明天去。"),
        ),
        # politeness that hides anger (麻烦您了啊…这是什么道理？) is never acknowledged or soothed;
        # the agent asks, then cuts into the customer's account once with 久悬户; the customer says
        # she does not understand it (explained only afterwards, so the hit stands); a restatement,
        # then a solution (what to bring, where, the result, why not by phone); no check at the end
        expected=labels(False, False, True, True, True, False, agent_interruptions=1, jargon=["久悬户"]),
    ),
    CallSpec(
        id="heldout4_insurance_kitchen_fire",
        agent_id="A5503",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，财产险理赔。"),
            customer("这都第四回了，每回都让等等。烧了两万多的东西就赔八千，能不能给句痛快话？"),
            agent("您这单属于不足额投保，只能按比例赔，八千没算错。"),
            customer("卖保险的时候谁跟我提过比例？我要是早知道，根本就不会买。"),
            agent("条款写得明明白白，谁让您当初不看条款。", interrupts=True),
            customer("那剩下的一万多就这么算了？"),
            agent("又不是就您一家这样。"),
            customer("我要找你们主管。"),
            agent("主管来了也是这句话，您就别为难我了。"),
        ),
        # an exasperated customer (这都第四回了, 能不能给句痛快话？) gets no acknowledgement; the agent
        # asks nothing, says 不足额投保 without explaining it (no confusion voiced), talks over the
        # customer once and blames, dismisses and pushes the customer off; a reason for the amount
        # but no solution, alternative or next step; no restatement, no check.
        # Critical flag, so needs_review.
        expected=labels(
            False, False, False, False, False, False,
            agent_interruptions=1,
            jargon=["不足额投保"],
            forbidden=["谁让您当初不看条款", "又不是就您一家这样", "您就别为难我了"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout4_ecommerce_purifier_refund_card",
        agent_id="A5504",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，售后退款专线。"),
            customer("你好，净化器退款失败了，说原卡已经注销，怎么办？"),
            agent("您手上还有别的本人银行卡吗？"),
            # 6214830527193642: a 16-digit UnionPay card number with a valid Luhn check digit,
            # read in groups of four (幺 = 1); no digit follows itself
            customer("有，卡号六二幺四，八三零五，二七幺九，三六四二。"),
            agent("改退到尾号三六四二这张，对吗？"),
            customer("对。"),
            agent("改好了。原卡注销了，钱会被银行退回绕一圈，改卡快得多，三个工作日到账。"),
            backchannel("customer", "嗯。", at=0.3),
            backchannel("customer", "明白。", at=0.72),
            agent("换的卡和到账时间，您都清楚了吧？"),
            customer("清楚了，谢谢，再见。"),
        ),
        # a calm request: emotion steps not applicable; asks, restates, does it (why: faster than
        # waiting for the bounce, when) and checks; customer backchannels
        # during the explanation; the customer reads a full bank card number aloud (the agent repeats
        # only the last four digits, not a personal number)
        expected=labels(None, None, True, True, True, True, pii=["bank_card"]),
    ),
    CallSpec(
        id="heldout4_utilities_prepaid_meter_fast",
        agent_id="A5505",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，供电服务热线。"),
            customer("我妈一个人住，收到停电短信了，她晚上离不了制氧机，这可怎么办？"),
            agent(
                "老人离不了制氧机，您心里肯定悬着。别慌，今晚不会让老人家断电。"
                "短信说欠费还是检修？"
            ),
            customer("说欠费，可我每月都按时交的。"),
            agent(
                "查到了，您母亲家是预付费电表，简单讲就是先充钱后用电，扣到零就断。"
                "您上月的钱交错了户号，我现在转过来，再开个余额提醒。"
            ),
            customer("等一下，今晚真不会断吧？", interrupts=True),
            agent("五分钟到账，肯定不断。余额低于五十就发短信，省得您隔着老远干着急。"),
            agent("转钱和提醒这两样，您都清楚了吗？"),
            customer("清楚了，这下放心了，再见。"),
        ),
        # a fast agent; a worried customer (这可怎么办？): the agent names the worry (心里肯定悬着),
        # reassures and commits (别慌，今晚不会让老人家断电), asks, then solves (cause, the transfer,
        # when, a reminder and why) without restating the problem first; the customer cuts into the
        # explanation (a customer interruption); 预付费电表 explained in the same turn (简单讲就是…);
        # the agent checks both points
        expected=labels(True, True, True, False, True, True, customer_interruptions=1,
                        jargon_explained=["预付费电表"]),
    ),
    CallSpec(
        id="heldout4_insurance_school_fracture_hold_mono",
        agent_id="A5506",
        industry="insurance",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，少儿保险。"),
            customer("你好，孩子在学校摔骨折了，学校那份保险能报多少，要准备什么？"),
            agent("在哪家医院看的？保单号多少？"),
            customer("区医院，保单号七零三五二八一。"),
            agent("您是想问能报多少、要交哪些材料，对吧？"),
            customer("对。"),
            agent("您别挂，稍等，我调一下保障内容。"),
            agent(
                "久等了。意外医疗扣一百块后按九成赔。病历、发票、拍片报告在公众号上传，比跑柜台省事，"
                "五个工作日审完。",
                pause_before=HOLD_S,
            ),
            customer("好，今晚就传。"),
            agent("好的，再见。"),
        ),
        # a calm parent asking what a claim covers: emotion steps not applicable; asks, restates,
        # announces the wait (您别挂，稍等，我调一下保障内容) and then 12 s of silence (a hold, not
        # dead air); solves (how much, which papers, how and why online, when); the agent never
        # checks that the customer got the amounts and the list (确认理解 missing); the 保单号 is
        # not a personal number
        expected=labels(None, None, True, True, True, False, holds=1),
    ),
    CallSpec(
        id="heldout4_ecommerce_photo_book_dead_air_mono",
        agent_id="A5507",
        industry="ecommerce",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，相册定制售后。"),
            customer("周岁相册到手一翻，一半照片都糊了。算了，我也不指望什么了，你就说还能怎么办吧。"),
            agent("听您这意思，是对我们不抱指望了。订单尾号多少？"),
            customer("七三零九。"),
            agent("照片是原图，还是从聊天里存的？", pause_before=DEAD_AIR_S),
            customer("好像是聊天里存的。"),
            agent("那就对上了，聊天传的图会被压缩，印大就糊。您在订单页点重新上传原图，我们免费重印，三天内发出。"),
            agent("重传和重印的安排，您都清楚了吗？"),
            customer("清楚了。"),
            agent("好，再见。"),
        ),
        # a resigned customer (算了，我也不指望什么了): the agent names it (是对我们不抱指望了) but
        # neither apologises, shows understanding nor reassures; after the order's tail number 11 s
        # of silence nobody announced (dead air); a question, then cause, fix, cost and time, with
        # no restatement before it; the agent checks
        expected=labels(True, False, True, False, True, True, dead_air=1),
    ),
    CallSpec(
        id="heldout4_banking_early_repayment_16k",
        agent_id="A5508",
        industry="banking",
        layout="mono",
        sample_rate=16000,
        encoding="pcm_s16le",
        telephone_band=False,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，个人贷款热线。"),
            customer("排了俩月的提前还款，说取消就取消，连个电话都没有，你们银行还讲不讲信用？"),
            agent("您约的哪个支行？"),
            customer("城东支行。"),
            agent("额度是分行统一管的，我们热线插不上手。"),
            customer("那我找谁去？"),
            agent("您嗓门再大也没用，这事我这儿改不了。"),
        ),
        # an angry borrower (还讲不讲信用？) gets no acknowledgement or soothing; one question (which
        # branch), then a shift of responsibility to the branch and a hostile brush-off; no restatement,
        # no solution or next step, no check. Critical flag, so needs_review.
        expected=labels(
            False, False, True, False, False, False,
            forbidden=["我们热线插不上手", "您嗓门再大也没用"],
            needs_review=True,
        ),
    ),
)
