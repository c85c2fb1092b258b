"""The thirty-fifth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout35.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout35.py`` (``generate.generate_set``, which has
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
HELDOUT35_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout35_telecom_install_wall_damage",
        agent_id="A3501",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，万家宽带，工号四七二六。"),
            customer("你们师傅昨天装宽带，把我新刷的墙打歪个洞，线横在客厅，灰也不扫！"),
            backchannel("agent", "嗯。", at=0.5),
            agent("新房被弄成这样，您生气是应该的，真对不住。洞在哪面墙？"),
            customer("电视后面那面。"),
            agent("就是说洞打歪了，线和灰都没收拾，您要我们弄好，对吗？"),
            customer("对。"),
            agent("是师傅干活太糙。明天上午派组长来，线用线盒贴墙走，洞补平，地扫净，再返您两百话费。"),
            customer("上午我上班！", interrupts=True),
            agent("那改明晚七点，组长来前先打您电话。您看还有哪里不清楚？"),
            customer("没了。"),
            agent("耽误您了，谢谢您，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, customer_interruptions=1),
    ),
    CallSpec(
        id="heldout35_insurance_car_flooded_garage",
        agent_id="A3502",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，瑞禾保险，我是小孟。"),
            customer("昨晚暴雨，车在地下车库泡了，水淹到车门，我手都在抖！"),
            agent("碰上这事谁都慌，您先缓口气，车的事我们帮您弄。您打过火吗？"),
            customer("没有，没敢动。"),
            agent("那就对了。二次启动就是泡水后再点火，发动机会进水，这个不赔。报一下车主身份证号。"),
            # 440106197903142534: an 18-digit 身份证 number (Guangdong Guangzhou Tianhe 440106, born 1979-03-14,
            # odd sequence digit: male) with a valid ISO 7064 check digit (4), read 6-8-4 (幺 = 1)
            customer("四四零幺零六，幺九七九零三幺四，二五三四。"),
            agent("车泡到车门，没打过火，想问怎么赔，是吧？"),
            customer("对对。"),
            agent("泡水损失能赔。我给您报案，一小时内免费拖去修理厂，修车钱我们跟厂里结。"),
            backchannel("customer", "嗯。", at=0.5),
            customer("好，我在车库等。"),
            agent("谢谢配合，拖车会先打给您。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, False, jargon_explained=["二次启动"], pii=["id_card"]),
    ),
    CallSpec(
        id="heldout35_ecommerce_mooncakes_after_festival",
        agent_id="A3503",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("喂，月满楼旗舰店。"),
            # order number 2048613759: not a personal number
            customer("节前一周买的月饼，今天才送到，节都过完了！本来给爸妈的。订单号二零四八六，幺三七五九。"),
            agent("查到了，今天上午签收的。中秋单子多，快递压着，那是快递的问题，我们店管不了。", pause_before=DEAD_AIR_S),
            customer("我在你们店买的，总得给个说法吧？"),
            agent("那给您退全款，月饼不用寄回，今天退到原账户。"),
            customer("钱退了，中秋也过了。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, False, False, True, False,
            forbidden=["那是快递的问题，我们店管不了"],
            dead_air=1,
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout35_banking_card_overpayment",
        agent_id="A3504",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，丰裕银行信用卡中心。"),
            customer("你好，我退了件大衣，钱退回信用卡，现在卡里多出一千二，能拿出来吗？"),
            agent("卡号后四位是？"),
            # the last four digits of a card: not a personal number
            customer("七三零五。"),
            agent("您是想把这一千二转到储蓄卡上，对吧？"),
            customer("对。"),
            agent("这一千二属于溢缴款，可以免费转出。"),
            customer("溢缴款？什么意思？"),
            agent(
                "就是卡里多出来、不用还的钱。在手机银行信用卡页面点转出，填您本人储蓄卡，两小时到账，不收费。"
                "这几步您记住了吗？"
            ),
            backchannel("customer", "嗯嗯。", at=0.45),
            customer("记住了。"),
            agent("好的，感谢来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, True, jargon=["溢缴款"]),
    ),
    CallSpec(
        id="heldout35_utilities_power_cut_wrong_meter",
        agent_id="A3505",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("供电服务热线，工号八零三六。"),
            customer("我家突然没电了，别家都有，楼下刚有人动过电表箱，冰箱里还有孩子的药……"),
            agent("您先看空开跳没跳。", interrupts=True),
            customer("没跳！到底什么时候来电？"),
            agent("听您口气挺急的。户号报一下。"),
            # electricity account number 30725841: not a personal number
            customer("三零七二，五八四幺。"),
            agent("您家没欠费却被停了电，要马上恢复，对吧？"),
            customer("对，快点！"),
            agent("您催我也没用，师傅又不归我管。查到是师傅把隔壁欠费户断错成您家了，我让他回去接上，四十分钟内来电。"),
            customer("行，我等着。"),
            agent("那先这样，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            True, False, True, True, True, False,
            agent_interruptions=1,
            jargon=["空开"],
            forbidden=["您催我也没用，师傅又不归我管"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout35_banking_late_father_deposit_mono",
        agent_id="A3506",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("惠丰银行客服，我是小杜，您请讲。"),
            customer("我父亲上个月走了，卡里还有三万多，想取出来给我妈用，可我什么都不懂，心里乱得很。"),
            agent("家里出了这么大的事，心里乱很正常。您节哀，别急，我一步步跟您说。老人卡号方便报一下吗？"),
            # 6230581479260836: a 16-digit bank card number with a valid Luhn check digit, read in groups of four
            # (幺 = 1); no digit follows itself
            customer("六二三零，五八幺四，七九二六，零八三六。"),
            agent("您是想把这张卡里的钱取出来，对吗？"),
            customer("对。"),
            agent("五万以内不用公证，带死亡证明、亲属关系证明和您身份证，去任一网点柜台就能取。这三样记下了吗？"),
            customer("记下了。"),
            agent("您多保重，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, pii=["bank_card"]),
    ),
    CallSpec(
        id="heldout35_telecom_sales_calls_mono",
        agent_id="A3507",
        industry="telecom",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            customer("喂？喂，能听到吗？"),
            agent("听得到，说吧。"),
            customer("你们营业厅一天给我打三四个电话，推销升级套餐，我说了不要还接着打，烦死人了！"),
            agent("手机尾号多少？"),
            # the last four digits of a mobile number: not a personal number
            customer("尾号二六九四。"),
            agent("推销电话是系统自动拨的，又不是我打的，我这边管不了。"),
            customer("那你们就不能把我这个号去掉吗？"),
            agent("您不接不就完了嘛。"),
            customer("行，我去工信部投诉你们。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, False, False, False,
            forbidden=["推销电话是系统自动拨的，又不是我打的，我这边管不了", "您不接不就完了嘛"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout35_public_tax_refund_pending_mono",
        agent_id="A3508",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，税务服务热线，工号六二五八，请问您要咨询什么？"),
            customer("你好，我三月在个税软件上申请的退税，到现在没到账，想问问到哪一步了。"),
            agent("哪天提交的？注册用的手机号也报一下。"),
            # 15827364091: an 11-digit mainland mobile number (158 prefix), read 3-4-4 (幺 = 1); no digit follows itself
            customer("三月二十号。手机是幺五八，二七三六，四零九幺。"),
            agent("您稍等，我看一下进度。"),
            agent("让您久等了。审核通过了，现在在退库环节，十个工作日内到您银行卡。这样说您清楚吗？", pause_before=HOLD_S),
            customer("清楚了，谢谢啊。"),
            agent("不客气，祝您生活愉快。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, False, True, True, jargon=["退库"], pii=["mobile"], holds=1),
    ),
)
