"""The thirty-sixth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout36.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout36.py`` (``generate.generate_set``, which has
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
HELDOUT36_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout36_ecommerce_monitor_dead_pixel",
        agent_id="A3601",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，云选数码，工号二七四零，请问有什么可以帮您？"),
            customer("新买的显示器，屏幕正中间一个亮点，晃眼！两千多块买这个？"),
            backchannel("agent", "嗯。", at=0.5),
            agent("天天对着个亮点，换谁都窝火，实在对不住。那个点一直亮着吗？"),
            # order number 4702831569: not a personal number
            customer("一直亮。订单号四七零二八，三幺五六九。"),
            agent("我确认下：屏幕中间有个常亮的点，您要换台新的，对吗？"),
            customer("对。"),
            agent(
                "这是屏幕出厂带的瑕疵，在正中间就算质量问题，给您换新。"
                "明天上门取件，新机同时发出，三天内到。这样行吗？"
            ),
            customer("行。"),
            agent("谢谢您告诉我们，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True),
    ),
    CallSpec(
        id="heldout36_ecommerce_robot_vacuum_no_dock_mono",
        agent_id="A3602",
        industry="ecommerce",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            customer("喂？喂，能听见吗？"),
            agent("能听见，您好，小禾家居，我是阿敏。"),
            customer("我买的扫地机器人今天到了，箱子里没找着充电座，是不是漏发了？"),
            agent("您买的是哪一款？"),
            customer("标准版，三月二号下的单。"),
            agent("标准版的充电座在最底层泡沫下面，您翻出来看看，真没有的话我当天补发。"),
            customer("等下，我看看。哎，还真在底下，那没事了。"),
            agent("好嘞，找到就好，拜拜。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, False, True, False),
    ),
    CallSpec(
        id="heldout36_insurance_thyroid_nodule_disclosure",
        agent_id="A3603",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，康宁人寿，您想咨询点什么？"),
            customer("你好，我想买重疾险，去年体检查出甲状腺结节，还能买吗？"),
            agent("结节动过手术吗？医生怎么说？"),
            customer("没动，每年复查就行。"),
            agent("那您主要是担心带着结节投不了保，对吧？"),
            customer("对。"),
            agent(
                "能投。投保时在健康问卷里如实填上结节，不填以后理赔会被拒。提交后走人工核保，三个工作日出结果，"
                "多半是除外承保，也就是甲状腺的病不赔，别的照样保。这样清楚吗？"
            ),
            backchannel("customer", "嗯。", at=0.45),
            customer("清楚了，那我先提交试试。"),
            agent("好的，多谢您咨询，有问题随时来电。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, True, jargon=["核保"], jargon_explained=["除外承保"]),
    ),
    CallSpec(
        id="heldout36_insurance_annuity_payout_stopped",
        agent_id="A3604",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("安康保险。"),
            customer("我妈的养老年金这个月没到账。上周打了两回，都说等通知，到今天也……"),
            agent("保单号多少？", interrupts=True),
            # policy number 8260413795: not a personal number
            customer("八二六，零四幺，三七九五。"),
            agent("我们十五号照常发了。没到账那是银行的问题，您去银行查吧。"),
            customer("银行说根本没这笔钱进来！"),
            agent(
                "我再看看。哦，是老人今年还没刷脸确认，系统停发了。"
                "您用老人手机在小程序上刷个脸，第二天补发。收款卡号报一下。"
            ),
            # 6214830759260473: a 16-digit bank card number with a valid Luhn check digit, read in groups of four
            # (幺 = 1); no digit follows itself
            customer("六二幺四，八三零七，五九二六，零四七三。"),
            agent("对上了。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, False, True, False,
            agent_interruptions=1,
            forbidden=["没到账那是银行的问题，您去银行查吧"],
            pii=["bank_card"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout36_utilities_lpg_cylinder_previous_tenant",
        agent_id="A3605",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("顺安液化气，您说。"),
            customer(
                "液化气用完了，送气师傅说瓶子登记的不是我，不给换。"
                "我上个月才租进来，瓶子是前租客留下的！老人等着做饭呢！"
            ),
            agent("哪个小区，几号楼几室？"),
            # estate, building and flat: not personal numbers
            customer("枫林苑，七号楼三零二。"),
            agent("这瓶登记在前租客名下，没他本人不能换。前租客留的瓶子，您找他去，跟我们说没用。"),
            customer("人早联系不上了！那我们就一直吃不上饭？算了，我打市长热线去。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, False, False, False,
            forbidden=["前租客留的瓶子，您找他去，跟我们说没用"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout36_public_lost_id_card_new_job",
        agent_id="A3606",
        industry="public_services",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，户政热线，工号四一六八，请讲。"),
            customer("我身份证丢了，下周一入职要用，还来得及补吗？急得我睡不着……"),
            agent("您是真急坏了。放心，来得及。户口在本市吗？身份证号报一下，我先帮您挂失。"),
            # 320582198503174639: an 18-digit 身份证 number (Jiangsu Zhangjiagang 320582, born 1985-03-17, odd
            # sequence digit: male) with a valid ISO 7064 check digit (9), read in groups (幺 = 1); no digit
            # follows itself
            customer("在，城南区。三二零五八二，幺九八五零三幺七，四六三九。"),
            agent("好了。明天带户口本去城南区派出所拍照，要是加急……"),
            customer("加急几天？周一赶得上吗？", interrupts=True),
            agent("赶得上，加急三个工作日，当场还能开临时身份证，周一先用它。这几步记下了吗？"),
            backchannel("customer", "嗯。", at=0.4),
            customer("记下了，谢谢！"),
            agent("也谢谢您，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, False, True, True, customer_interruptions=1, pii=["id_card"]),
    ),
    CallSpec(
        id="heldout36_telecom_points_redeemed_by_scammer_mono",
        agent_id="A3607",
        industry="telecom",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，畅达移动，我是小陶。"),
            customer("我攒了几年的积分，昨天全被兑成音箱寄外地了！我根本没兑过，你们怎么管的？"),
            agent("积分平白没了，您肯定又急又气。手机号多少？"),
            # 15826473093: an 11-digit mainland mobile number (158 prefix), read in groups (幺 = 1); no digit
            # follows itself
            customer("幺五八，二六四七，三零九三。"),
            agent("您稍等，我查下记录。"),
            agent("久等了。是昨晚兑的，验证码鉴权通过了。", pause_before=HOLD_S),
            customer("鉴权？啥意思？"),
            agent("就是验证码输对了。肯定是您自己把验证码给别人了。"),
            customer("我没有！昨晚倒是有人打电话让我念了串数字……"),
            agent("那就是验证码。您是要把积分追回来，对吗？"),
            customer("对！"),
            agent("音箱还没发货，我把订单拦下，积分三天内退回。以后谁要验证码都别给。这样您清楚吗？"),
            customer("清楚了。"),
            agent("行，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            True, False, True, True, True, True,
            jargon=["鉴权"],
            forbidden=["肯定是您自己把验证码给别人了"],
            pii=["mobile"],
            holds=1,
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout36_banking_deceased_father_wealth_product_mono",
        agent_id="A3608",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，德信银行，工号三九五二，请问您要办什么业务？"),
            customer("我爸上个月走了，他在你们行买了笔理财，家里就我一个孩子，这钱怎么取？"),
            agent(
                "心里肯定不好受，您节哀。手续不复杂，我一样样说。"
                "您是作为唯一继承人来取这笔理财，我理解得对吗？"
            ),
            customer("是的。"),
            agent(
                "带上父亲的死亡证明、户口注销证明、您的身份证和亲属关系证明，到任意网点。五万以内柜台当场办，"
                "超过五万要先办继承公证。",
                pause_before=DEAD_AIR_S,
            ),
            customer("三万多，那我明天去。谢谢啊。"),
            agent("不客气，谢谢您来电，多保重，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, False, True, True, False, dead_air=1),
    ),
)
