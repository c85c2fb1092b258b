"""The thirty-eighth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout38.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout38.py`` (``generate.generate_set``, which has
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
HELDOUT38_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout38_telecom_camera_night_gap",
        agent_id="A3801",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，云帆宽带，工号三四七二。"),
            customer("我家门锁昨晚让人撬了，摄像头云回放里半夜那段啥也没有！我一个人在家，心里直发毛。"),
            backchannel("agent", "嗯嗯。", at=0.45),
            agent("碰上这事谁都发慌。您先稳住，我帮您查清楚。大概几点出的事？"),
            customer("两点多。"),
            agent("您是想知道两点前后为什么没录上，对吧？"),
            customer("对。"),
            agent(
                "您开的是移动侦测录像，就是有东西动才录。楼道太黑，摄像头没看出有人。"
                "您在应用里打开夜视就行，免费。这么说您清楚吗？"
            ),
            customer("清楚，我这就去开。"),
            agent("另外记得报警。多谢来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, jargon_explained=["移动侦测"]),
    ),
    CallSpec(
        id="heldout38_ecommerce_serum_rash",
        agent_id="A3802",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("清颜美妆旗舰店，请讲。"),
            customer("我在你们店买的修护精华，才抹三天，脸又红又痒，起了一片小疙瘩，我都不敢出门了，你们这东西到底……"),
            agent("拆封的商品不支持退货。", interrupts=True),
            customer("谁说退货了？是你们东西把我脸弄成这样！"),
            agent("过敏是您自己皮肤的问题，跟我们产品没关系。"),
            customer("那我去平台投诉你们。"),
            agent("您想投诉就投诉吧。"),
            customer("行，你等着。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, False, False, False, False,
            agent_interruptions=1,
            forbidden=["过敏是您自己皮肤的问题，跟我们产品没关系", "您想投诉就投诉吧"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout38_ecommerce_blocks_missing_bag",
        agent_id="A3803",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，童趣积木官方客服，很高兴为您服务。"),
            customer("你好，给儿子买的城堡积木当生日礼物，拼一半发现少了一袋零件，我们爷俩把沙发底下都翻遍了。"),
            agent("缺几号袋？", interrupts=True),
            customer("七号袋。"),
            agent("报一下下单的手机号。"),
            # 13729058641: an 11-digit mainland mobile number (137 prefix), read in groups (幺 = 1); no digit follows
            # itself
            customer("幺三七，二九零五，八六四幺。"),
            agent(
                "查到了，这批有几盒工厂分装时漏了七号袋，不怪您。我今天单独补寄一袋，包邮，后天到。"
                "整盒换要等一周，所以建议补寄。您看还有哪里不明白吗？"
            ),
            backchannel("customer", "嗯。", at=0.35),
            customer("没有，挺清楚的。"),
            agent("谢谢您的理解，祝小朋友生日快乐！"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, False, True, True, agent_interruptions=1, pii=["mobile"]),
    ),
    CallSpec(
        id="heldout38_insurance_typhoon_balcony_glass",
        agent_id="A3804",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，海晏财险，我是小岑。"),
            customer("昨晚台风把阳台玻璃刮碎了，雨往屋里灌，地板全泡了，家财险能赔吗？急死我了。"),
            agent("肯定急坏了吧。您放宽心，我们一步步办。屋里还进水吗？"),
            customer("挡上了。"),
            agent("报一下投保人身份证号。"),
            # 430104198206172631: an 18-digit 身份证 number (Hunan Changsha Yuelu 430104, born 1982-06-17, odd
            # sequence digit: male) with a valid ISO 7064 check digit (1), read in groups (幺 = 1); no digit follows
            # itself
            customer("四三零幺零四，幺九八二零六幺七，二六三幺。"),
            agent("查到了。您是问玻璃和地板能不能赔，是吧？", pause_before=DEAD_AIR_S),
            customer("是。"),
            agent(
                "台风在保障范围里，都能赔。您先拍照留底，明天上午我们上门定损，之后五个工作日到账。"
                "都记下了吗？"
            ),
            backchannel("customer", "好。", at=0.45),
            customer("记下了，谢谢。"),
            agent("应该的，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, jargon=["定损"], pii=["id_card"], dead_air=1),
    ),
    CallSpec(
        id="heldout38_utilities_prior_owner_arrears",
        agent_id="A3805",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，南城供电。"),
            customer("我买的二手房，办电表过户，营业厅说前房主欠两千三电费，要我先交。他欠的凭什么找我？"),
            agent("欠费是您和前房主之间的事，我们管不了，您找中介商量吧。"),
            customer("中介早不管了！我总不能一直摸黑吧？", interrupts=True),
            agent("我知道您一肚子火。户号多少？"),
            # electricity account number 0538261947: not a personal number
            customer("零五三，八二六，幺九四七。"),
            agent("您是想先过户，欠费别卡着您，对吧？"),
            customer("对。"),
            agent(
                "欠费记在前房主名下，不该您垫，是营业厅办错了。您带房产证和身份证再去，当场就能过户。"
            ),
            customer("行，明天再跑一趟。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            True, False, True, True, True, False,
            customer_interruptions=1,
            forbidden=["欠费是您和前房主之间的事，我们管不了"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout38_telecom_tv_child_lock_mono",
        agent_id="A3806",
        industry="telecom",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            customer("喂？喂？是电视客服吗？"),
            agent("您好，我是小贺，您讲。"),
            customer("电视一开就要密码，孙子上礼拜按过遥控器。"),
            agent("那是开了儿童锁。报一下机顶盒串号。"),
            customer("串号？那是啥？"),
            agent("盒子底下贴的那串数字。"),
            # set-top box serial 120738564092 (twelve digits): not a personal number
            customer("幺二零七，三八五六，四零九二。"),
            agent("您想把密码去掉，是吧？"),
            customer("对。"),
            agent("我给您重置，您稍等。"),
            agent("好了，按返回键就能看。", pause_before=HOLD_S),
            customer("哎，出来了！"),
            agent("好，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, False, jargon=["串号"], holds=1),
    ),
    CallSpec(
        id="heldout38_banking_overseas_site_fee_mono",
        agent_id="A3807",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，嘉禾银行客服，请问有什么需要？"),
            customer("我在日本网站买了个镜头，账单多扣了六十几块手续费，谁也没说过，这不是乱扣钱吗？"),
            agent("卡号报一下。"),
            # 6259034718563046: a 16-digit bank card number with a valid Luhn check digit, read in groups of four
            # (幺 = 1); no digit follows itself
            customer("六二五九，零三四七，幺八五六，三零四六。"),
            agent("您问的是上周五那笔日元消费的手续费，对吧？"),
            customer("对。"),
            agent(
                "外币消费走卡组织结算，收百分之一点五手续费，用卡须知里写着，您办卡时自己不看，能怪谁？这笔退不了。"
                "以后可以在手机银行免费换环球卡，境外消费不收这个费。"
            ),
            customer("早说嘛。行吧。"),
            agent("好，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, True, True, False,
            jargon=["卡组织"],
            forbidden=["您办卡时自己不看，能怪谁"],
            pii=["bank_card"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout38_public_cloned_plate_ticket_mono",
        agent_id="A3808",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            customer("我收到短信，说我的车上礼拜在临州超速，可车一直停小区里，根本没出城，这不冤枉人吗？"),
            agent("这里是交警服务热线，我姓秦。平白收到罚单，谁都犯嘀咕，您别上火，能查清。短信上的编号您念一下。"),
            # notice number 320584160972 (twelve digits): not a personal number
            customer("三二零五，八四幺六，零九七二。"),
            agent(
                "抓拍的是辆白色面包车，跟您的车对不上，多半被套牌了，就是别人用假牌冒您的号。"
                "您带行驶证去交警大队填张申诉表，十五个工作日出结果。还有哪块没听明白吗？"
            ),
            customer("周末能去吗？"),
            agent("周六上午也行。"),
            customer("那行，明白了。"),
            agent("感谢您反映情况，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, False, True, True, jargon_explained=["套牌"]),
    ),
)
