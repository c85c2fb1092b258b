"""The twenty-sixth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout26.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout26.py`` (``generate.generate_set``, which has
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
HELDOUT26_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout26_telecom_broadband_house_move",
        agent_id="A8601",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，联信通信，工号八六零幺，请问有什么需要？"),
            customer("你好，我月底搬家，家里的宽带想一起带过去，能办吗？"),
            agent("能办。新家在哪个小区？那边通没通我们的光纤？"),
            customer("城东的枫林苑，物业说通了。"),
            agent("您是想月底前把宽带挪到枫林苑，号码和套餐都不变，对吧？"),
            customer("对，就这个意思。"),
            agent(
                "这个叫移机，也就是把宽带整个搬到新家，套餐照旧，上门费一百块。"
                "我先登记，师傅提前一天打电话约时间。留个手机号？"
            ),
            backchannel("customer", "嗯。", at=0.45),
            # 13905726843: an 11-digit mainland mobile number (139 prefix), read in groups (幺 = 1); no digit
            # follows itself
            customer("幺三九，零五七二，六八四三。"),
            agent("记好了，三十号前给您装好。您看还有别的问题吗？"),
            customer("没了，谢谢。"),
            agent("感谢您的来电，祝您搬家顺利，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, True, jargon_explained=["移机"], pii=["mobile"]),
    ),
    CallSpec(
        id="heldout26_banking_card_frozen_at_pharmacy",
        agent_id="A8602",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，鼎诚银行，工号八六零二。"),
            customer("在药房给孩子买药，卡刷了三次都说被冻了！孩子还烧着呢！"),
            backchannel("agent", "嗯，明白。", at=0.5),
            agent("孩子病着卡又刷不了，肯定急坏了，真对不住。别慌，我马上帮您弄。卡号报一下？"),
            # 6214839057264707: a 16-digit bank card number with a valid Luhn check digit, read in groups of four
            # (幺 = 1); no digit follows itself
            customer("六二幺四，八三九零，五七二六，四七零七。"),
            agent("别挂机，我查一下。"),
            agent("久等了。您是想马上恢复这张卡，对吗？", pause_before=HOLD_S),
            customer("对。"),
            agent("昨晚这卡在外地刷了笔大额网购，被风控拦了，临时冻结。现在给您解开了，您再刷一次试试？"),
            customer("刷过去了，谢谢啊。"),
            agent("不客气，感谢来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            True, True, True, True, True, True,
            jargon=["风控"],
            pii=["bank_card"],
            holds=1,
        ),
    ),
    CallSpec(
        id="heldout26_insurance_ceiling_leak_from_upstairs_mono",
        agent_id="A8603",
        industry="insurance",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，安泰财险，工号八六零三，请讲。"),
            customer("我家天花板让楼上漏水泡了，墙皮一块块往下掉。我买了你们的家财险，这能赔吗？愁得我一宿没睡。"),
            agent("泡成这样确实闹心。保单号多少？"),
            # 80462937: an 8-digit policy number, not a personal number
            customer("八零四六，二九三七。"),
            agent("水是楼上漏的，您得先让楼上赔，他们不认账我们也管不着。"),
            customer("可保单上写着管水泡的啊。"),
            agent("条款归条款，这种都是先找责任人，您自己跟楼上谈去吧。"),
            customer("那好吧。"),
            agent("嗯，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            True, False, True, False, False, False,
            forbidden=[
                "水是楼上漏的，您得先让楼上赔，他们不认账我们也管不着",
                "条款归条款，这种都是先找责任人，您自己跟楼上谈去吧",
            ],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout26_ecommerce_air_fryer_price_drop",
        agent_id="A8604",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("喂，优选商城。"),
            customer("我上周三买的空气炸锅，四百九，今天一看才二百九十九！买了没几天就降两百，这不是坑人吗？你们得把差价……"),
            agent("价格是跟着活动走的，谁让您没赶上，这个怪不着我们。", interrupts=True),
            customer("这么说还是我的错了？"),
            agent("您买了没到七天，可以申请价保。"),
            customer("价保是什么？"),
            agent("就是买完降价了，把差价退给您。订单页面点一下申请，差价一百九十一，两天内退回原账户。"),
            customer("早这么说不就完了，行吧。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, False, False, True, False,
            agent_interruptions=1,
            jargon=["价保"],
            forbidden=["价格是跟着活动走的，谁让您没赶上，这个怪不着我们"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout26_utilities_gas_card_topup",
        agent_id="A8605",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，华源燃气，请问您遇到什么问题了？"),
            customer("昨晚手机上充了三百气费，今天灶还是打不着，表上显示零。老人孩子等着吃饭，急死我了。"),
            backchannel("agent", "嗯嗯。", at=0.5),
            agent("到饭点开不了火，搁谁都急。您放心，今天一定给您弄好。充完卡往表上插过吗？"),
            customer("没插，卡在抽屉里。"),
            agent("您是说钱充了，可表里没气，对吗？"),
            customer("对。"),
            agent("手机充的钱还没圈存，说白了就是没写进燃气表。您把卡插进表里，听到滴一声就行。"),
            customer("插完就能用？", interrupts=True),
            agent("对，滴一声就能点火。还不行就再打过来，师傅两小时内上门。步骤记住了吗？"),
            customer("记住了，插卡听滴声。"),
            agent("好，感谢来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            True, True, True, True, True, True,
            customer_interruptions=1,
            jargon_explained=["圈存"],
        ),
    ),
    CallSpec(
        id="heldout26_public_residence_permit_renewal_mono",
        agent_id="A8606",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            customer("喂，是政务服务热线吧？我的居住证下个月到期，想问问怎么续。"),
            agent("对，您好，这里是政务服务热线，工号八六零六。您在本市交社保满一年了吗？住址有没有变？"),
            customer("社保交了两年，住址没变。"),
            agent("您是想把快到期的居住证续上，对吗？"),
            customer("对。"),
            agent("条件都够，不用跑窗口。在政务小程序里点居住证续期，拍照上传现在的租房合同，五个工作日审核完，短信通知您。"),
            agent("这样说您清楚了吗？"),
            customer("清楚了，谢谢。"),
            agent("好，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, True),
    ),
    CallSpec(
        id="heldout26_public_night_piling_noise",
        agent_id="A8607",
        industry="public_services",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("市民热线。"),
            customer("旁边工地夜里两点还在打桩，整栋楼都在抖！我三天没睡整觉了，到底有没有人管？"),
            agent("您嚷什么呀，先听我说。", interrupts=True),
            customer("我能不嚷吗？"),
            agent("工地在哪？"),
            customer("滨河路和建设路路口，新盖楼那个。"),
            customer("喂？人呢？", pause_before=DEAD_AIR_S),
            agent("在。那边办了夜间施工手续，我们也没辙，您忍忍吧。"),
            customer("忍到哪天是个头？"),
            agent("您的情况我记下了。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, False, False, False,
            agent_interruptions=1,
            forbidden=["您嚷什么呀，先听我说", "那边办了夜间施工手续，我们也没辙，您忍忍吧"],
            dead_air=1,
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout26_banking_fixed_deposit_rolled_over_mono",
        agent_id="A8608",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("喂，您好，请讲。"),
            customer("你好，我有笔三年的定期上个月到期了，钱怎么没回到活期里？"),
            agent("我帮您查一下，先核实身份，麻烦报一下身份证号。"),
            # 410105198507234720: an 18-digit 身份证 number (Henan Zhengzhou Jinshui 410105, born 1985-07-23, even
            # sequence digit: female) with a valid ISO 7064 check digit (0), read in groups (幺 = 1); no digit follows
            # itself
            customer("四幺零幺零五，幺九八五零七二三，四七二零。"),
            agent(
                "查到了。您存的时候勾了到期自动续存，所以到期后又接着存了三年。"
                "现在取出来，之前三年的利息一分不少，只是续上的这一个月按活期算。在手机银行点提前支取，当场到账。"
            ),
            customer("那我在手机上取就行。"),
            agent("好。利息怎么算，您听明白了吧？"),
            customer("明白了。"),
            agent("好的，有需要再打过来，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, False, True, True, pii=["id_card"]),
    ),
)
