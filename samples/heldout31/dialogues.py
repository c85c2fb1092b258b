"""The thirty-first held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout31.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout31.py`` (``generate.generate_set``, which has
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
HELDOUT31_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout31_telecom_returned_router_fee",
        agent_id="A3101",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，云帆电信，工号四六一九。"),
            customer("光猫上月就退回营业厅了，这个月还扣了十五块租金，你们怎么搞的？"),
            backchannel("agent", "嗯。", at=0.5),
            agent("退了还照扣钱，换谁都窝火，对不起，我马上查。登记的手机号是多少？"),
            # 13907265841: an 11-digit mainland mobile number (139 prefix), read in groups (幺 = 1); no digit
            # follows itself
            customer("幺三九，零七二六，五八四幺。"),
            agent("您是说光猫退了，还在扣租金，对吗？"),
            customer("对，没错。"),
            agent(
                "查到了，营业厅收了光猫，却没在系统里停租，所以还在计费，是我们的失误。"
                "我现在补上，十五块三个工作日内退回话费，下月起不再扣。您看可以吗？"
            ),
            customer("可以，谢谢你。"),
            agent("不客气，感谢来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, pii=["mobile"]),
    ),
    CallSpec(
        id="heldout31_banking_face_verification_fails",
        agent_id="A3102",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，兴和银行。"),
            customer("手机银行交房租要刷脸，刷了五次都不过！房东今天就要钱，急死我了！"),
            agent("您在室内刷的吗？手机银行是最新版吗？"),
            customer("在家里刷的，刚更新过。"),
            agent("那多半是活体检测没通过。您摘掉眼镜，脸对着光，按提示眨眼转头，再……"),
            customer("眼镜早摘了，该做的我都做了！", interrupts=True),
            agent("刚才那几步我已经讲得很明白了，您照着做就是。"),
            customer("活体检测到底是什么意思？"),
            agent("就是看镜头前是不是真人。还不行的话，带身份证去网点柜台转账，当天到账。"),
            customer("行吧，我下午去网点。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, False, True, False,
            customer_interruptions=1,
            jargon=["活体检测"],
            forbidden=["刚才那几步我已经讲得很明白了，您照着做就是"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout31_insurance_hail_greenhouse",
        agent_id="A3103",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，丰泰保险，我是小韩。"),
            customer("昨天下冰雹，我家三个大棚的棚膜全砸烂了，黄瓜也毁了，这一季白干了！"),
            backchannel("agent", "嗯嗯。", at=0.45),
            agent("一季的辛苦全泡汤了，搁谁都心疼。放心，我帮您跟到底。保单号多少？"),
            # policy number 4702831569: not a personal number
            customer("四七零二，八三幺五，六九。"),
            agent("我理一下：冰雹砸坏了三个大棚的棚膜和黄瓜，对吧？"),
            customer("对，是这样。"),
            agent(
                "冰雹在您保的灾害范围里，都能赔。明天上午我们的人去定损，就是核算损失值多少钱。"
                "先别清理，拍些照片，十个工作日内赔款到账。您都记下了吗？"
            ),
            customer("记下了，谢谢啊。"),
            agent("不客气，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, jargon_explained=["定损"]),
    ),
    CallSpec(
        id="heldout31_ecommerce_ink_wrong_model",
        agent_id="A3104",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("易购商城售后，请讲。"),
            customer("我上周买的墨盒装不上，包装上写的是八六零系列，我家打印机是八八零的，接口对不上。"),
            agent(
                "型号是您自己下单时选的，我们只管照单发货。给您换成八八零的墨盒，今天寄出，后天能到。",
                pause_before=DEAD_AIR_S,
            ),
            customer("那寄回去的运费谁出？上回退货是我自己付的，这次……"),
            agent("运费我们出，快递明天上门取走旧的。", interrupts=True),
            customer("那行。"),
            agent("好的，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            None, None, False, False, True, False,
            agent_interruptions=1,
            forbidden=["型号是您自己下单时选的，我们只管照单发货"],
            dead_air=1,
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout31_utilities_solar_grid_connection",
        agent_id="A3105",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，清源供电，工号七二零四。"),
            customer("你好，我家装了光伏，并网申请交了一个月，什么时候来装表？"),
            agent("请报一下申请号。"),
            # application number 52806147: not a personal number
            customer("五二八零，六幺四七。"),
            agent("您是问什么时候装表，对吗？"),
            customer("是的。"),
            agent(
                "查到了，上周勘查员排满了，没排上您家。周四上午装双向电表，当天就能发电上网。"
                "您看方便吗？"
            ),
            backchannel("customer", "嗯。", at=0.5),
            customer("方便，谢谢。"),
            agent("不客气，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, True, jargon=["双向电表"]),
    ),
    CallSpec(
        id="heldout31_banking_lost_card_mono",
        agent_id="A3106",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，嘉禾银行。"),
            customer("我钱包丢了，里头有张储蓄卡，万一被盗刷可怎么好？"),
            agent("钱包丢了肯定心慌，别着急，我马上帮您把卡锁住。卡号多少？"),
            # 6212840537192643: a 16-digit bank card number with a valid Luhn check digit, read in groups of four
            # (幺 = 1); no digit follows itself
            customer("六二幺二，八四零五，三七幺九，二六四三。"),
            agent("请稍等，我查一下这张卡。"),
            agent(
                "谢谢您等待，卡里没有异常支出。您是要先挂失，再补张新卡，对吗？",
                pause_before=HOLD_S,
            ),
            customer("对对对。"),
            agent("已经先把卡冻结了，谁捡到都用不了。五天内带身份证到网点办挂失补卡，七天左右拿新卡。"),
            customer("好，我明天就去。"),
            agent("好的，祝您顺利，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, False, pii=["bank_card"], holds=1),
    ),
    CallSpec(
        id="heldout31_insurance_beneficiary_change_mono",
        agent_id="A3107",
        industry="insurance",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            customer("喂，你好，我想改一下寿险的受益人。"),
            agent("您好，长宁人寿，我是小周。请您报一下身份证号。"),
            # 410105198703162576: an 18-digit 身份证 number (Henan Zhengzhou Jinshui 410105, born 1987-03-16, odd
            # sequence digit: male) with a valid ISO 7064 check digit (6), read in groups (幺 = 1); no digit follows
            # itself
            customer("四幺零幺零五，幺九八七零三幺六，二五七六。"),
            agent("受益人想改成谁？"),
            customer("原来只写了我妈，现在结婚了，想把我爱人也加上。"),
            agent(
                "这个要您本人在公众号上做保全变更，就是改保单上的信息。上传您和您爱人的身份证照片，"
                "三个工作日内改好，改完发短信告诉您。您看还有哪里不清楚吗？"
            ),
            customer("没有了，挺清楚的。"),
            agent("感谢您的来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, False, True, True, jargon_explained=["保全变更"], pii=["id_card"]),
    ),
    CallSpec(
        id="heldout31_public_bus_stop_removed_mono",
        agent_id="A3108",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            customer("喂，是市民热线吧？我家门口的公交站说撤就撤，老人上医院得多走二十分钟，这是谁拍的板？"),
            agent("是。哪条线，哪一站？"),
            customer("十七路，东湖小区站。"),
            agent("站点设在哪里是公交集团说了算，我们这里管不着，您冲我们嚷也白搭。"),
            customer("那我这事到底找谁？"),
            agent("我先记下来，回头转给他们。"),
            customer("行吧。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, False, False, False,
            forbidden=["站点设在哪里是公交集团说了算，我们这里管不着，您冲我们嚷也白搭"],
            needs_review=True,
        ),
    ),
)
