"""The thirty-seventh held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout37.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout37.py`` (``generate.generate_set``, which has
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
HELDOUT37_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout37_telecom_unknown_number_under_id",
        agent_id="A3701",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，蓝海移动，工号四七二八，请问有什么可以帮您？"),
            customer("我身份证底下有个号压根不是我办的！被骗子拿去用了算谁的？"),
            backchannel("agent", "嗯。", at=0.5),
            agent("平白多个号，搁谁都发毛。别担心，能帮您停掉。哪个号码？"),
            # 15842063971: an 11-digit mainland mobile number (158 prefix), read in groups (幺 = 1); no digit follows
            # itself
            customer("幺五八，四二零六，三九七幺。"),
            agent("就是说这号不是您办的，要销掉，对吧？"),
            customer("对。"),
            agent("这号是前年在外省代办点开的，多半是证件被冒用了。我先给它停机，您带身份证去营业厅填张申诉表，当场注销。这几步您清楚了吗？"),
            customer("清楚了。"),
            agent("谢谢您这么细心，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, pii=["mobile"]),
    ),
    CallSpec(
        id="heldout37_insurance_targeted_drug_pharmacy",
        agent_id="A3702",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("康宁保险，请讲。"),
            customer("我爸肺癌，靶向药一盒两万四，在药店买的，你们说不给报！交了六年保费，到头来……"),
            agent("这个药是特药，只认我们合作的药房。", interrupts=True),
            customer("那两万四就白花了？"),
            agent("合同里写得明明白白，是您投保时没细看，怪不了我们。"),
            customer("那往后每个月的药怎么办？"),
            agent("您是问以后的药怎么买才能赔，是吧？"),
            customer("是。"),
            agent("处方拍照传到我们公众号，合作药房两天内送药上门，药费我们直接结，不用您垫。"),
            customer("知道了。"),
            agent("嗯，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, False, True, True, False,
            agent_interruptions=1,
            jargon=["特药"],
            forbidden=["合同里写得明明白白，是您投保时没细看，怪不了我们"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout37_ecommerce_aircon_extra_pipe_fee",
        agent_id="A3703",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，优居商城售后。"),
            customer("你们的空调说好免费装，师傅装完又要了我四百六！这不是坑人吗？"),
            agent("说好免费又掏了四百多，您肯定不痛快。订单号多少？"),
            # order number 3691470285: not a personal number
            customer("三六九幺四，七零二八五。"),
            agent("您的意思是这四百六收得不对，想退回来，对吗？"),
            customer("对。"),
            agent("装机是服务商的师傅做的，收费的事您得找服务商。"),
            customer("我在你们店买的，我上哪找服务商？"),
            agent(
                "我来处理。免费安装含三米铜管，超出部分算辅材，也就是铜管、支架这类配件。"
                "您家多用两米，该收两百六，多收的两百三天内退回。"
            ),
            customer("行吧。"),
            agent("感谢您反馈，退款到账会有短信。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            True, False, True, True, True, False,
            jargon_explained=["辅材"],
            forbidden=["装机是服务商的师傅做的，收费的事您得找服务商"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout37_public_unemployment_benefit",
        agent_id="A3704",
        industry="public_services",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，人社热线，我是小邓。"),
            customer("你好，我上个月被裁了，失业金怎么领？"),
            agent("社保在本市交了多久？"),
            customer("四年，没断过。"),
            agent(
                "符合条件。在市人社的手机应用上申请，每月一千八百五，最长领十二个月，打到社保卡上。领取期间……"
            ),
            backchannel("customer", "嗯。", at=0.35),
            customer("中途找到工作了呢？", interrupts=True),
            agent("找到工作就停发，剩下的以后接着领。报下社保卡上的银行卡号，我看看能不能收款。"),
            # 6214830957261349: a 16-digit bank card number with a valid Luhn check digit, read in groups of four
            # (幺 = 1); no digit follows itself
            customer("六二幺四，八三零九，五七二六，幺三四九。"),
            agent("能收款。步骤您还有哪没听明白吗？"),
            customer("没有，清楚了，谢谢。"),
            agent("不用谢，祝您顺利。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, False, True, True, customer_interruptions=1, pii=["bank_card"]),
    ),
    CallSpec(
        id="heldout37_public_medical_family_account_mono",
        agent_id="A3705",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            customer("喂？喂，听得见吗？"),
            agent("听得见，您好，医保中心，工号一六八四。"),
            customer("我想用我医保卡里的钱给我妈买药，行吗？"),
            agent("她医保也在本市吗？"),
            customer("在，她退休了。"),
            agent("她身份证号多少？"),
            # 370203195809174627: an 18-digit 身份证 number (Shandong Qingdao Shibei 370203, born 1958-09-17, even
            # sequence digit: female) with a valid ISO 7064 check digit (7), read in groups (幺 = 1); no digit
            # follows itself
            customer("三七零二零三，幺九五八零九幺七，四六二七。"),
            agent("您想让母亲用您的账户买药，对吧？"),
            customer("对对。"),
            agent("可以。在医保应用里把她添成共用家人，明天就能用。还有哪不清楚吗？"),
            customer("清楚了，谢谢。"),
            agent("谢谢来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, True, pii=["id_card"]),
    ),
    CallSpec(
        id="heldout37_banking_renovation_loan_held_mono",
        agent_id="A3706",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，恒信银行，工号二九五三。"),
            customer("装修贷批了一星期，钱还没放！工人天天等着开工，你们怎么回事？"),
            agent("工人干等着，换我也急，实在抱歉。合同号是多少？"),
            # loan contract number 8305172469: not a personal number
            customer("八三零五，幺七二四，六九。"),
            agent("我查下放款记录，您稍等。"),
            agent("久等了。您是说贷款批了，钱还没到装修公司，对吗？", pause_before=HOLD_S),
            customer("对。"),
            agent("您这笔是受托支付，合同上的收款账户填错了，所以卡住了。"),
            customer("受托支付是什么？"),
            agent(
                "就是贷款直接打给装修公司，不经过您手。让装修公司出个账户说明传到手机银行，"
                "审核完一个工作日内放款。我说清楚了吗？"
            ),
            customer("清楚了。"),
            agent("谢谢您等这么久，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, jargon=["受托支付"], holds=1),
    ),
    CallSpec(
        id="heldout37_utilities_water_meter_frost_cracked",
        agent_id="A3707",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，清源水务，我姓韩。"),
            customer("昨晚降温水表冻裂了，家里没水！换表还要我掏三百八，凭什么？"),
            agent("大冷天没水还得掏钱，换谁都窝火。放心，今天一定给您通水。户号多少？"),
            # water account number 40762958: not a personal number
            customer("四零七六，二九五八。"),
            agent("水表在您院里，按合同防冻归用户管，所以换表收费，三百八含表和人工。我提了工单，师傅下午两点前上门换表。"),
            backchannel("customer", "嗯。", at=0.5),
            customer("行吧，我在家等。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, False, True, False, jargon=["工单"]),
    ),
    CallSpec(
        id="heldout37_utilities_decoration_deposit_mono",
        agent_id="A3708",
        industry="utilities",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("物业客服。"),
            customer("我家装修完三个月了，两千块押金到现在没退，我都打了三回电话了！"),
            agent("哪户？"),
            # building 16, entrance 1, flat 902: not a personal number
            customer("十六栋一单元九零二。"),
            agent("押金是工程部收的，不归我们客服管，您找工程部去。", pause_before=DEAD_AIR_S),
            customer("我找过了！工程部说要等验收，可验收拖了两个月都没人来！"),
            agent("验收排到哪天我哪知道，您下个月再打来问问吧。"),
            customer("行，那我去街道投诉你们。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, False, False, False,
            forbidden=["押金是工程部收的，不归我们客服管，您找工程部去", "验收排到哪天我哪知道，您下个月再打来问问吧"],
            dead_air=1,
            needs_review=True,
        ),
    ),
)
