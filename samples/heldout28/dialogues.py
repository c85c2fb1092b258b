"""The twenty-eighth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout28.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout28.py`` (``generate.generate_set``, which has
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
HELDOUT28_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout28_telecom_sms_codes_blocked",
        agent_id="A2801",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，畅联移动，工号五三幺二。"),
            customer("我两天收不到验证码了，银行外卖全登不上，你们到底怎么搞的？"),
            backchannel("agent", "嗯。", at=0.45),
            agent("我知道您急，真对不起，马上帮您查。普通短信能收到吗？"),
            customer("能，就验证码收不到。"),
            agent("您是说普通短信正常，只有验证码收不到，对吗？"),
            customer("对。"),
            agent("您前天开了防骚扰拦截，验证码走幺零六端口，被当成广告挡了。我现在给它放行，五分钟生效。"),
            customer("那别的骚扰还拦吗？", interrupts=True),
            agent("照样拦。五分钟后让银行重发，还收不到再打热线。这样可以吗？"),
            customer("可以。"),
            agent("感谢您的来电。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, customer_interruptions=1, jargon=["端口"]),
    ),
    CallSpec(
        id="heldout28_banking_credit_limit_cut",
        agent_id="A2802",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，汇通银行客服中心，请问有什么可以帮您？"),
            customer("我信用卡额度从五万降到八千，短信都没发！下礼拜出差要用，怎么办？"),
            agent("额度降这么多，又赶上出差，搁谁都闹心，真是抱歉，我帮您想办法。请报一下身份证号。"),
            # 370203196408172350: an 18-digit 身份证 number (Shandong Qingdao Shibei 370203, born 1964-08-17, odd
            # sequence digit: male) with a valid ISO 7064 check digit (0), read in groups (幺 = 1); no digit follows
            # itself
            customer("三七零二零三，幺九六四零八幺七，二三五零。"),
            agent("请您稍等，我调一下记录。"),
            agent("让您久等了。您最近是不是办过别的贷款？", pause_before=HOLD_S),
            customer("上个月办了车贷。"),
            agent(
                "车贷一上征信，也就是人民银行记的信用档案，系统算出负债变高，自动调了额度。"
                "我给您开三万临时额度，马上生效，管两个月，到期在手机银行申请恢复。记下了吗？"
            ),
            backchannel("customer", "嗯。", at=0.5),
            customer("记下了。"),
            agent("好的，感谢您的来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, False, True, True, jargon_explained=["征信"], pii=["id_card"], holds=1),
    ),
    CallSpec(
        id="heldout28_insurance_dog_bite_vaccine",
        agent_id="A2803",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，安康保险，工号二六零八。"),
            customer("我昨天让狗咬了，打狂犬疫苗花了一千二。买过你们的意外险，能报吗？听说还得打好几针，我心里一直不踏实……"),
            agent("保险是哪年买的？", interrupts=True),
            # policy number tail 3962: not a personal number
            customer("前年，保单尾号三九六二。"),
            agent("您是说打疫苗花的一千二想走意外险报销，对吗？"),
            customer("对。"),
            agent("这个算门诊责任，能报。"),
            customer("门诊责任是什么意思？"),
            agent("这都听不懂啊？就是看门诊花的钱。发票拍照在公众号上传，报个本人银行卡号，五个工作日打款。"),
            # 6230581497036275: a 16-digit bank card number with a valid Luhn check digit, read in groups of four
            # (幺 = 1); no digit follows itself
            customer("六二三零，五八幺四，九七零三，六二七五。"),
            agent("行，记上了，就这样。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, True, True, False,
            agent_interruptions=1,
            jargon=["门诊责任"],
            forbidden=["这都听不懂啊"],
            pii=["bank_card"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout28_ecommerce_earbud_one_side_silent",
        agent_id="A2804",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("悦享数码旗舰店，请说。"),
            # order number tail 5173: not a personal number
            customer("我在你们店买的蓝牙耳机，左边根本不响！订单尾号五幺七三。找了你们三回，每回都说等通知，就这么糊弄人？"),
            agent("您这单签收都十二天了，过了七天就跟我们店没关系了，您自己联系厂家售后吧。"),
            customer("我第三天就发现不响了，当时就找你们了，是你们一直拖着不回！"),
            agent("我们出厂个个都测过，一边不响这种事不可能出现。"),
            customer("不可能？东西就在我手里！算了，我找平台投诉你们。", interrupts=True),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, False, False, False, False,
            customer_interruptions=1,
            forbidden=[
                "过了七天就跟我们店没关系了，您自己联系厂家售后吧",
                "我们出厂个个都测过，一边不响这种事不可能出现",
            ],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout28_utilities_summer_power_bill_doubled",
        agent_id="A2805",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，城南供电，工号七四零三。"),
            customer("我家七月电费四百多，平时才两百，是电表坏了吧？我心里直犯嘀咕。"),
            agent("电费一下翻倍，谁都吓一跳，您别担心，我帮您核对。七月空调开得多吗？"),
            customer("天热，几乎天天开。"),
            agent("您是想弄清楚电费为什么翻倍，是不是电表有问题，对吗？"),
            customer("对。"),
            agent(
                "电表读数很平稳，没有异常。七月用了六百度，超出第一档的部分按阶梯电价算，"
                "也就是用得越多，多出的每度电越贵。以后可以在网上营业厅查每天用量。"
            ),
            backchannel("customer", "嗯。", at=0.4),
            customer("哦，原来是这么回事。"),
            agent("感谢您的来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, False, jargon_explained=["阶梯电价"]),
    ),
    CallSpec(
        id="heldout28_public_garbage_not_collected_mono",
        agent_id="A2806",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            customer("喂，你好，我想反映个事。"),
            agent("您好，便民热线，请讲。"),
            customer("我们小区门口的垃圾站，四天没人来收了。"),
            agent("哪个小区，哪个门？"),
            customer("桂园小区东门。"),
            agent("您是说桂园小区东门的垃圾站四天没人收，对吗？"),
            customer("对。"),
            agent("这周垃圾车检修，排班漏了您那边。我现在给环卫所派督办件，明天中午前拉走。处理完给您回电，留个手机号吧。"),
            # 15829036471: an 11-digit mainland mobile number (158 prefix), read in groups (幺 = 1); no digit
            # follows itself
            customer("幺五八，二九零三，六四七幺。"),
            agent("记好了。还有别的问题吗？"),
            customer("没有了，谢谢。"),
            agent("感谢您的反映，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, True, jargon=["督办件"], pii=["mobile"]),
    ),
    CallSpec(
        id="heldout28_ecommerce_missing_free_gift_mono",
        agent_id="A2807",
        industry="ecommerce",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，禾木家电旗舰店，工号六三零五，很高兴为您服务。"),
            customer("你好，我收到的电饭煲说好送一套保鲜盒，箱子里没有。"),
            agent("请报一下订单尾号。"),
            # order number tail 8247: not a personal number
            customer("八二四七。"),
            agent("保鲜盒那天缺货，漏发了。我现在给您补寄，明天发出，后天能到，运费我们出。后天还没到，我们再补偿您二十元。这样可以吗？"),
            customer("可以，那我等着。"),
            agent("好的，感谢您的耐心，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, False, True, True),
    ),
    CallSpec(
        id="heldout28_banking_chip_card_out_of_town_mono",
        agent_id="A2808",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，请讲。"),
            customer("我的储蓄卡芯片坏了，取不了钱。我在外地打工，两个网点都说补不了，房租后天就得交，我都快急哭了。"),
            agent("卡在哪里办的？"),
            customer("老家县城。"),
            customer("喂？您还在吗？", pause_before=DEAD_AIR_S),
            agent("在。谁办的卡谁管，您回县城网点去补，我们这边帮不上。"),
            customer("那好吧。"),
            agent("嗯，那就这样。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, False, False, False,
            forbidden=["谁办的卡谁管，您回县城网点去补，我们这边帮不上"],
            dead_air=1,
            needs_review=True,
        ),
    ),
)
