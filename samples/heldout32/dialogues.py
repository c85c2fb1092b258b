"""The thirty-second held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout32.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout32.py`` (``generate.generate_set``, which has
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
HELDOUT32_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout32_telecom_recycled_number",
        agent_id="A3201",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，启明通信，我是小林。"),
            customer("我新办的号码，天天有人打来催债，找姓刘的，烦死了！"),
            backchannel("agent", "嗯。", at=0.5),
            agent("平白无故接催债电话，确实让人心烦。别急，我一定帮您处理好。一天接到几个？"),
            customer("五六个，还有短信骂人。"),
            agent("您是说新号码老接到找前任机主的催债电话，对吗？"),
            customer("对。"),
            agent("这叫二次放号，就是旧号码换了新主人。前任机主贷款留的是这个号，所以……"),
            customer("那我得换号吗？", interrupts=True),
            agent("不用换。我马上给您开骚扰拦截，再通知贷款公司号码换了主人，一周内这类电话会少很多。这样行吗？"),
            customer("行，谢谢你。"),
            agent("不客气，感谢您的来电。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            True, True, True, True, True, True,
            customer_interruptions=1,
            jargon_explained=["二次放号"],
        ),
    ),
    CallSpec(
        id="heldout32_banking_tuition_wire_bounced",
        agent_id="A3202",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，汇诚银行，工号二八五三。"),
            customer("我汇到国外的学费被退回来了，下周五就截止，这可怎么办啊？"),
            agent("听得出您很着急。请报一下汇款用的卡号。"),
            # 6217853049261736: a 16-digit bank card number with a valid Luhn check digit, read in groups of four
            # (幺 = 1); no digit follows itself
            customer("六二幺七，八五三零，四九二六，幺七三六。"),
            agent("请您稍等，我查一下。"),
            agent("感谢您耐心等待。学费被退回，您想尽快重汇，对吧？", pause_before=HOLD_S),
            customer("对。"),
            agent(
                "钱是对方中转行退的，错不在我们银行，您跟我们说也没用。收款人姓名跟学校登记的不符，"
                "您拿到准确户名到网点重汇，三到五个工作日到账。"
            ),
            backchannel("customer", "嗯。", at=0.6),
            customer("好吧。"),
            agent("好的，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            True, False, True, True, True, False,
            jargon=["中转行"],
            forbidden=["错不在我们银行，您跟我们说也没用"],
            pii=["bank_card"],
            holds=1,
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout32_insurance_trip_cancel_fever",
        agent_id="A3203",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，安和保险。"),
            customer("你好，孩子发烧住了几天院，后天的云南行程取消了，旅游取消险能赔吗？"),
            agent("请报一下保单号。有住院证明吗？"),
            # policy number 507382964: not a personal number
            customer("五零七，三八二，九六四。证明有。"),
            agent("您是因为孩子住院取消了行程，想申请赔偿，对吗？"),
            customer("对。"),
            agent(
                "孩子突发疾病属于保障范围，机票酒店退不了的钱都能赔。您在公众号报案，上传住院证明和退订记录，"
                "五个工作日内到账。您都清楚了吗？"
            ),
            backchannel("customer", "嗯。", at=0.45),
            customer("清楚了，谢谢。"),
            agent("感谢您的来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, True),
    ),
    CallSpec(
        id="heldout32_ecommerce_glasses_wrong_prescription",
        agent_id="A3204",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("明视眼镜售后，您说。"),
            customer(
                "我在你们网店配的眼镜，戴上就头晕眼睛疼，拿去眼镜店一查，左眼做成了三百五十度，"
                "我验光单上写的明明是二百五十度，你们……"
            ),
            agent("验光单是您自己上传的，看错了可怪不到我们头上。", interrupts=True),
            customer("我上传的就是二百五，你们自己翻翻订单！"),
            agent("那我给您登记一下，有结果再联系您。"),
            customer("那你们快点。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, False, False, False, False,
            agent_interruptions=1,
            forbidden=["验光单是您自己上传的，看错了可怪不到我们头上"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout32_utilities_surge_fridge",
        agent_id="A3205",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，北辰供电，工号六零三七。"),
            customer("昨晚停电又来电，啪的一声冰箱就烧了，一冰箱的肉全坏了，你们说怎么办！"),
            agent("东西全坏了，您生气我完全理解。放心，我们负责到底。您住哪个小区？"),
            customer("柳岸小区六栋。"),
            agent(
                "您那片变压器零线断了，电压冲高烧了电器，是我们线路的问题。"
                "明天上午师傅上门检测，七个工作日内按价赔偿。"
            ),
            customer("零线是什么？我听不懂。"),
            agent("就是电线里负责回路的那根线。上门检测和赔偿，您都清楚了吗？"),
            customer("清楚了。"),
            agent("谢谢您的理解，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, False, True, True, jargon=["零线"]),
    ),
    CallSpec(
        id="heldout32_public_driving_licence_renewal_mono",
        agent_id="A3206",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，交管热线，我是小罗。"),
            customer("你好，我驾照下月到期，人在外地出差，能在这边换吗？"),
            agent("请报一下身份证号。"),
            # 320106198509245719: an 18-digit 身份证 number (Jiangsu Nanjing Gulou 320106, born 1985-09-24, odd
            # sequence digit: male) with a valid ISO 7064 check digit (9), read in groups (幺 = 1); no digit follows
            # itself
            customer("三二零幺零六，幺九八五零九二四，五七幺九。"),
            agent("您是想在外地换证，对吗？", pause_before=DEAD_AIR_S),
            customer("对。"),
            agent("可以。带上身份证和驾照，先去医院体检，再到车管所，当天拿证。"),
            customer("行，我明天去。"),
            agent("祝您顺利，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, False, pii=["id_card"], dead_air=1),
    ),
    CallSpec(
        id="heldout32_public_stray_dogs_mono",
        agent_id="A3207",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            customer("喂？我们小区边上的公园天天有一群野狗，昨天追着我孙子跑，差点咬上，你们管不管？"),
            agent("哪个公园？"),
            customer("滨河公园。"),
            agent("野狗又不是我们放出来的，您跟我们急也没用。嫌危险，您自己看好孩子不就完了。"),
            customer("你这什么态度？到底归谁管？"),
            agent("我转给城管收容队，他们明天上午去公园抓狗，抓完回电话给您。"),
            customer("行，我等着。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, False, True, False,
            forbidden=["野狗又不是我们放出来的，您跟我们急也没用", "嫌危险，您自己看好孩子不就完了"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout32_telecom_call_forwarding_fee_mono",
        agent_id="A3208",
        industry="telecom",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            customer("你好，我姓王。这个月多扣了八十多块呼叫转移费，我从没设过，是不是号码被人动了？我有点慌。"),
            agent("王先生您好，星河移动，工号三五八二。莫名多扣钱，换成我也会担心。您放心，我帮您查清楚。请报一下手机号。"),
            # 13562087419: an 11-digit mainland mobile number (135 prefix), read in groups (幺 = 1); no digit follows
            # itself
            customer("幺三五，六二零八，七四幺九。"),
            agent("您是说多了呼叫转移费，可您从没设置过，对吗？"),
            customer("对。"),
            agent(
                "您手机上月点过陌生短信里的链接，被偷偷开了转移，号码没被别人动过。"
                "转移已关，八十多块三个工作日内退回。这样您清楚了吗？"
            ),
            customer("清楚了，谢谢。"),
            agent("应该的，感谢您的来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, pii=["mobile"]),
    ),
)
