"""The thirty-third held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout33.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout33.py`` (``generate.generate_set``, which has
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
HELDOUT33_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout33_telecom_cloud_album_purged",
        agent_id="A3301",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，远航电信，工号四二六九。"),
            customer("你们送的云相册，孩子的照片今天全没了，我手到现在还在抖。"),
            backchannel("agent", "嗯。", at=0.5),
            agent("孩子的照片没了，搁谁都揪心。先别慌，我帮您找回来。您最近改过套餐吗？"),
            customer("改了，换了个便宜的。"),
            agent("您是说改了套餐，照片就全不见了，对吧？"),
            customer("对。"),
            agent("新套餐空间小，超出的照片进了冷存储，就是从相册撤下、在服务器上再存半年，所以……"),
            customer("那还能拿回来吗？", interrupts=True),
            agent("能。我马上恢复，今晚十点前回到相册。您看这么办行不行？"),
            customer("行，谢谢你。"),
            agent("应该的，感谢您的耐心。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            True, True, True, True, True, True,
            customer_interruptions=1,
            jargon_explained=["冷存储"],
        ),
    ),
    CallSpec(
        id="heldout33_banking_safe_deposit_key_lost",
        agent_id="A3302",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，恒丰银行，我是小何。"),
            customer("我保管箱的钥匙丢了，里头有房本和我妈留的金镯子，我一宿没睡。"),
            agent("听您这语气，是真急坏了。方便报一下身份证号吗？"),
            # 410105197905264728: an 18-digit 身份证 number (Henan Zhengzhou Jinshui 410105, born 1979-05-26, even
            # sequence digit: female) with a valid ISO 7064 check digit (8), read in groups (幺 = 1); no digit
            # follows itself
            customer("四幺零幺零五，幺九七九零五二六，四七二八。"),
            agent("我理一下：钥匙丢了，您想开箱取东西，是吧？", pause_before=DEAD_AIR_S),
            customer("对。"),
            agent("没钥匙只能钻锁换新。您带身份证到网点，交四百元，锁匠当面开箱，最快后天上午。我说清楚了吗？"),
            backchannel("customer", "嗯。", at=0.45),
            customer("清楚了。"),
            agent("好，那您后天过来，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, False, True, True, True, True, pii=["id_card"], dead_air=1),
    ),
    CallSpec(
        id="heldout33_insurance_dental_implant_refused",
        agent_id="A3303",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，康泰健康险。"),
            customer("我种了两颗牙，花了一万二，理赔给驳回了。当初说啥都能报，现在倒好，一分不给，合着保费……"),
            agent("不赔就是不赔，您冲我嚷也没用。", interrupts=True),
            customer("我嚷什么了？总得说说为什么吧？"),
            agent("两颗牙是先拔了再种的吗？"),
            customer("对，先拔的。"),
            agent("我确认一下，您想弄明白种牙为什么被拒，对吧？"),
            customer("对。"),
            agent("种植牙在条款里属于除外责任。不过拔牙的费用能报，您在公众号补传发票和病历，三个工作日内审核打款。"),
            backchannel("customer", "嗯。", at=0.5),
            customer("行吧，我先传了再说。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, True, True, False,
            agent_interruptions=1,
            jargon=["除外责任"],
            forbidden=["不赔就是不赔，您冲我嚷也没用"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout33_ecommerce_cat_food_expired",
        agent_id="A3304",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("乐宠商城，您讲。"),
            customer("你们发的猫粮上个月就过期了！我家猫吃了吐到半夜，这也敢卖？"),
            agent("收货手机号报一下。"),
            # 18739206514: an 11-digit mainland mobile number (187 prefix), read in groups (幺 = 1); no digit follows
            # itself
            customer("幺八七，三九二零，六五幺四。"),
            agent(
                "查到了。猫吐了不一定赖猫粮，说不定是您家猫自己肠胃不好。这批是仓库拿错了旧货，给您全额退款，"
                "二十四小时内到账，粮不用寄回。"
            ),
            customer("那猫看病的钱呢？"),
            agent("凭宠物医院的单子在订单里申请补偿，三天内处理。"),
            customer("行。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, False, True, False,
            forbidden=["猫吐了不一定赖猫粮，说不定是您家猫自己肠胃不好"],
            pii=["mobile"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout33_utilities_heating_fee_vacant_flat",
        agent_id="A3305",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，城北热力，工号七五三八。"),
            customer("你好，我家空房子也收了两千三取暖费，能退吗？"),
            agent("哪个小区？"),
            customer("锦绣苑九号楼。"),
            agent("空置房能退。您供暖前没办报停，所以照常收了。"),
            customer("报停？那是啥？"),
            agent("就是提前说不用暖气，我们上门关阀。补办能退七成，一千六百一十元。退款的卡号念一下。"),
            # 6230589407162735: a 16-digit bank card number with a valid Luhn check digit, read in groups of four
            # (幺 = 1); no digit follows itself
            customer("六二三零，五八九四，零七幺六，二七三五。"),
            agent("五个工作日内关阀，之后十个工作日退到卡上。您听明白了吗？"),
            backchannel("customer", "嗯。", at=0.5),
            customer("明白了，谢谢。"),
            agent("感谢来电，祝您生活顺心。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, False, True, True, jargon=["报停"], pii=["bank_card"]),
    ),
    CallSpec(
        id="heldout33_public_library_deposit_refund_mono",
        agent_id="A3306",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("市图书馆，请讲。"),
            customer("你好，孩子的借书证不用了，押金想退，怎么办？"),
            agent("借书证号是多少？"),
            # library card number 30758246: not a personal number
            customer("三零七五，八二四六。"),
            agent("您稍等，我查一下。"),
            agent("久等了。您是想销证退押金，是吧？", pause_before=HOLD_S),
            customer("对。"),
            agent("还有一本书没还。还了书，带证和身份证到一楼服务台，押金当场退。"),
            customer("好，我周末去。"),
            agent("谢谢您的来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, False, holds=1),
    ),
    CallSpec(
        id="heldout33_insurance_surrender_value_mono",
        agent_id="A3307",
        industry="insurance",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            customer("喂，是安顺人寿吗？我那份分红险交了三年，两万四，今天退保只给八千！你们这跟明抢有什么两样？"),
            agent("保单号报一下。"),
            # policy number 6418207395: not a personal number
            customer("六四幺八，二零七三，九五。"),
            agent("查了，没错。退保只退现金价值，就这么多。合同上写得清清楚楚，您自己不看怪谁？"),
            customer("当初业务员拍着胸脯说随时能退，一分不亏！"),
            agent("那是业务员说的，您找他去，我这边管不了。"),
            customer("行，我投诉你们去。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, False, False, False,
            jargon=["现金价值"],
            forbidden=["合同上写得清清楚楚，您自己不看怪谁", "那是业务员说的，您找他去，我这边管不了"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout33_ecommerce_infant_formula_seal_mono",
        agent_id="A3308",
        industry="ecommerce",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，贝乐母婴商城，我是小周，请问有什么可以帮您？"),
            # order number 205384769120: not a personal number
            customer(
                "你好，订单号二零五三，八四七六，九幺二零。奶粉封口膜是破的，宝宝已经喝了两顿，才四个月，"
                "我心里七上八下的。"
            ),
            agent(
                "宝宝入口的东西，当妈的哪能不紧张。您别怕，这事我盯到底。我核对一下：封口膜破了，宝宝喝了两顿，"
                "您想换一罐，是吗？"
            ),
            customer("对对。"),
            agent(
                "膜是运输时挤破的，这罐先停用，明天上午免费换新。宝宝要是拉肚子或吐奶，就去医院看，凭单据报销。"
                "您都记下了吗？"
            ),
            customer("记下了，谢谢。"),
            agent("不客气，谢谢您的来电，祝宝宝健康。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, False, True, True, True),
    ),
)
