"""The thirty-fourth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout34.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout34.py`` (``generate.generate_set``, which has
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
HELDOUT34_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout34_telecom_hotspot_no_internet",
        agent_id="A3401",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，星联通信，工号五八一三，请问有什么可以帮您？"),
            customer("你好，我手机开热点给电脑，电脑连上了却打不开网页，这是怎么回事？"),
            agent("您现在用的是哪个套餐？"),
            customer("就是那个十九块的视频卡。"),
            agent(
                "视频卡大多是定向流量，就是只能在指定视频应用里用的流量，电脑用不了，通用流量上周就用完了。"
                "您在营业厅应用里加个十元通用流量包，马上生效。这样您能操作吗？"
            ),
            backchannel("customer", "嗯。", at=0.4),
            customer("能，我这就去加。谢谢啊。"),
            agent("不客气，谢谢您打来，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, False, True, True, jargon_explained=["定向流量"]),
    ),
    CallSpec(
        id="heldout34_banking_renewed_card_not_received",
        agent_id="A3402",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，安和银行，我是小罗。"),
            customer("信用卡的新卡到现在没收到，我第三回打了，每回都说在寄，就没下文了！"),
            backchannel("agent", "嗯。", at=0.55),
            agent("三回了还没准信，换我也憋火，真对不起。卡号后四位是？"),
            # the last four digits of a card: not a personal number
            customer("五零八三。"),
            agent("您稍候，我查一下。"),
            agent("谢谢您等我。旧卡快到期，新卡一直没到，对不对？", pause_before=HOLD_S),
            customer("对。"),
            agent("新卡上周显示妥投，寄的是老地址。"),
            customer("妥投？啥意思？"),
            agent(
                "就是快递显示签收了。我把那张卡挂失，免费补寄到您现在的住址，五个工作日到。这样安排您还有疑问吗？"
            ),
            customer("没有了。"),
            agent("多谢您体谅，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, jargon=["妥投"], holds=1),
    ),
    CallSpec(
        id="heldout34_insurance_ski_knee_surgery",
        agent_id="A3403",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，平远保险。"),
            customer("你好，我滑雪摔断了韧带，下月手术要三万多，意外险能报吗？我这几天愁得……"),
            agent("报案号有吗？", interrupts=True),
            # claim report number 7140382659: not a personal number
            customer("七幺四，零三八，二六五九。"),
            agent("您这几天肯定愁坏了。在正规雪场摔的吗？"),
            customer("对，有门票。"),
            agent("也就是说，您想知道手术费赔不赔，对吧？"),
            customer("对。"),
            agent(
                "这在意外险保障范围内，出险后三十天内报案就行，您已报过。术后把发票和出院小结传到理赔小程序，"
                "十个工作日内按九成赔到账。哪一步您还拿不准？"
            ),
            customer("没有，都清楚了。"),
            agent("好，祝您手术顺利。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, False, True, True, True, True, agent_interruptions=1, jargon=["出险"]),
    ),
    CallSpec(
        id="heldout34_ecommerce_fridge_door_dented",
        agent_id="A3404",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("这里是优品家电客服。"),
            customer("昨天收的冰箱，门上一个大坑！六千多的东西，你们怎么验的货？"),
            agent("把订单号给我。"),
            # order number 1284063975: not a personal number
            customer("幺二八四零，六三九七五。"),
            agent("冰箱门有个坑，您要换新的，我没听错吧？"),
            customer("没错，必须换。"),
            agent("坑是路上磕的，那是物流的事，您得先找物流理赔，我们这边只……"),
            customer("我跟你们买的，凭什么让我找物流？", interrupts=True),
            agent("那给您换货。明天师傅上门拉走，三天内送新的，运费我们出。"),
            customer("这还差不多。"),
            agent("好，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, True, True, False,
            customer_interruptions=1,
            forbidden=["那是物流的事，您得先找物流理赔"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout34_utilities_gas_smell_stairwell",
        agent_id="A3405",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，城东燃气抢修，工号六二零九。"),
            customer("喂，楼道里一股煤气味，家里有老人孩子，我腿都软了！"),
            agent("吓坏了吧？您放心，我们马上派人。哪个小区几号楼？"),
            customer("青石巷，十二号楼二单元。"),
            agent("是楼道里有味，家里闻不到，对吗？"),
            customer("对。"),
            agent(
                "别开灯、别碰开关，火花会点着煤气。开窗，带家人下楼等，师傅二十分钟内到，先关总阀再查漏。留个手机号。"
            ),
            backchannel("customer", "好。", at=0.4),
            # 13950827463: an 11-digit mainland mobile number (139 prefix), read in groups (幺 = 1); no digit follows
            # itself
            customer("幺三九，五零八二，七四六三。"),
            agent("记下了。刚说的几件事，您复述一下？"),
            customer("不开灯，开窗，下楼等。"),
            agent("对。谢谢您及时打来，注意安全。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, pii=["mobile"]),
    ),
    CallSpec(
        id="heldout34_public_newborn_hukou_mono",
        agent_id="A3406",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            customer("你好，宝宝上个月出生，想上户口，要准备些什么？"),
            agent("户籍科，我姓唐。孩子随爸爸还是随妈妈落户？"),
            customer("随我。"),
            agent("您身份证号多少？我查您户口在哪个派出所。"),
            # 320102198607251025: an 18-digit 身份证 number (Jiangsu Nanjing Xuanwu 320102, born 1986-07-25, even
            # sequence digit: female) with a valid ISO 7064 check digit (5), read in groups (幺 = 1); no digit
            # follows itself
            customer("三二零幺零二，幺九八六零七二五，幺零二五。"),
            agent("在鼓楼派出所。您是要给宝宝办出生落户，没错吧？", pause_before=DEAD_AIR_S),
            customer("对。"),
            agent("带出生医学证明、户口本、父母双方身份证和结婚证，工作日到鼓楼派出所户籍窗口，当天办好。"),
            customer("行，谢谢。"),
            agent("不客气，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, False, pii=["id_card"], dead_air=1),
    ),
    CallSpec(
        id="heldout34_banking_sms_alert_fee_mono",
        agent_id="A3407",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，瑞通银行客服，工号三零七六，请问有什么可以帮您？"),
            # 6217583049261531: a 16-digit bank card number with a valid Luhn check digit, read in groups of four
            # (幺 = 1); no digit follows itself
            customer(
                "我这张卡，六二幺七，五八三零，四九二六，幺五三幺，每月扣四块短信费，我从没开过。你们可真会挣钱。"
            ),
            agent("这是短信提醒费，开户时默认开的。收费是总行定的，我们这边做不了主，您有意见找总行去。"),
            customer("我没签过字就默认开了？那扣了两年的钱怎么算？"),
            agent("一个月才四块，至于这么较真吗？"),
            customer("行，我自己去柜台把这张卡销了。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, False, False, False, False,
            forbidden=["收费是总行定的，我们这边做不了主，您有意见找总行去", "一个月才四块，至于这么较真吗"],
            pii=["bank_card"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout34_utilities_sewage_backflow_mono",
        agent_id="A3408",
        industry="utilities",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("喂，您好。"),
            customer("是排水公司吗？我们小区下水道返水，院子里全是污水，臭得人没法出门，都两天了！"),
            agent("哪个小区？"),
            customer("柳湾新村，东门那片。"),
            agent("雨季管子堵，哪个小区都有，没什么好急的。我给您派单了，明天上午疏通车过去。"),
            customer("行吧，明天要再不来，我还打。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, False, True, False,
            jargon=["派单"],
            forbidden=["哪个小区都有，没什么好急的"],
            needs_review=True,
        ),
    ),
)
