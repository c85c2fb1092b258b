"""The third held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

A held-out measurement set (see ``README.md``): the dialogues and the labels
below were written together, from the definitions of
``shared/domain/seeds-reference.md`` and the label conventions of
``samples/README.md``, before any scorer output on them was seen. Nobody looked
at the scorer's code, lexicons, rubric or tests while writing them, and no
scorer was run on them. Nobody may tune the rules on these calls.

The building blocks (``CallSpec``, ``agent``, ``customer``, ``backchannel``,
``labels``, the paces and pause lengths) come from ``samples/dialogues.py``;
``generate_heldout3.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout3.py`` (``generate.generate_set``, which has
``samples/`` on ``sys.path``): its own name is also ``dialogues``.
"""

from __future__ import annotations

from dialogues import (  # samples/dialogues.py: loaded by generate.generate_set, samples/ on sys.path
    DEAD_AIR_S,
    FAST_PACE,
    HOLD_S,
    NORMAL_PACE,
    CallSpec,
    agent,
    backchannel,
    customer,
    labels,
)

# Labels: labels(感知情绪, 安抚情绪, 了解状况, 确认问题, 解决问题, 确认理解, **fields);
# True found, False missing, None not applicable (the customer shows no negative emotion).
HELDOUT3_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout3_telecom_broadband_evening",
        agent_id="A5401",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，宽带报修。"),
            customer("一到晚上网就卡，孩子网课老掉线。用你们家十年了，真寒心。"),
            backchannel("agent", "明白。", at=0.5),
            agent("十年老用户碰上这事，您心里不痛快，我能感觉到。给您赔个不是，这事我管到底。"),
            agent("是家里所有设备都卡吗？"),
            customer("都卡，白天倒还好。"),
            agent("就是晚上都卡，白天正常，对吧？"),
            customer("对。"),
            agent(
                "您这条线光衰偏高，意思是进您家的光纤信号太弱，晚上顶不住。"
                "明天上午师傅上门免费换线，比换路由器管用。"
            ),
            agent("这么安排行吗？还有不明白的吗？"),
            customer("行，没了，再见。"),
        ),
        # a disappointed long-time customer (寒心): the agent names the feeling (不痛快，我能感觉到),
        # apologises (赔个不是) and commits (我管到底), asks, restates, solves (cause, the fix,
        # when, free, why: better than a new router) and checks; an agent 明白 inside the
        # complaint; 光衰 explained in the same turn (意思是…)
        expected=labels(True, True, True, True, True, True, jargon_explained=["光衰"]),
    ),
    CallSpec(
        id="heldout3_banking_hotel_preauth",
        agent_id="A5402",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，信用卡中心。"),
            customer("周一就退房了，卡上还压着两千块额度！我等着交房租呢，你们怎么搞的？"),
            agent("哪家酒店？刷的是这张卡吗？"),
            customer("车站旁边那家商务酒店。前台说当场就撤了，可额度一直没回来。"),
            agent("那是酒店的预授权还没撤销完。", interrupts=True),
            customer("预授权？什么意思？听不懂。"),
            agent(
                "就是入住时酒店先冻住的押金额度，钱没扣走，三到五个工作日自己回来。"
                "急用的话，让前台打张撤销小票发给我们，一天内就恢复。"
            ),
            customer("行吧。"),
            agent("好的，再见。"),
        ),
        # an angry card holder (怎么搞的) is never acknowledged or soothed; the agent asks, then
        # cuts into the customer's account once; 预授权 unexplained until the customer asks
        # (the hit stands); a solution (cause, time, a faster way) with no restatement before
        # it and no check after it
        expected=labels(False, False, True, False, True, False, agent_interruptions=1, jargon=["预授权"]),
    ),
    CallSpec(
        id="heldout3_insurance_gallstone_claim",
        agent_id="A5403",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，理赔服务。"),
            customer("胆囊手术报销被拒了！交了五年保费，真用上了不赔！"),
            agent("系统显示您投保前就查出胆结石，属于既往症，不赔。"),
            customer("买的时候业务员压根没问过病史，现在全推到我头上，太不讲理了。"),
            agent("投保单上问得清清楚楚，那是你自己没看仔细。", interrupts=True),
            customer("那几万块手术费就白扔了？"),
            agent("拒赔是审核定的，跟我说没用。"),
            customer("那我去投诉，去监管部门反映！"),
            agent("随你去哪儿投诉，结论都一样。", interrupts=True),
            customer("你这什么态度！"),
        ),
        # an angry, let-down customer met with blame, deflection and a brush-off; the agent asks
        # nothing, talks over the customer twice, gives a reason for the refusal but no solution
        # or way forward, no restatement, no check; 既往症 unexplained (no confusion voiced).
        # Critical flag, so needs_review.
        expected=labels(
            False, False, False, False, False, False,
            agent_interruptions=2,
            jargon=["既往症"],
            forbidden=["那是你自己没看仔细", "跟我说没用", "随你去哪儿投诉"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout3_ecommerce_washer_reschedule",
        agent_id="A5404",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，家电售后。"),
            customer("你好，洗衣机原定周四送，我要出差，想改个时间，电话也换一下。"),
            agent("改到哪天？那天家里有人吗？"),
            # 13907528614: an 11-digit mobile number read in groups (幺 = 1)
            customer("下周一，我爱人在家。电话换成她的，幺三九，零七五二，八六幺四。"),
            agent("改到下周一，电话换成您爱人的，尾号八六幺四，对吗？"),
            customer("对。"),
            agent("改好了。周日下午司机先电话约时间，送货安装一趟办完，不用等两回。"),
            backchannel("customer", "嗯。", at=0.3),
            backchannel("customer", "好。", at=0.7),
            agent("您看我改的对不对？"),
            customer("对，没问题。"),
            agent("好的，再见。"),
        ),
        # a calm request: emotion steps not applicable; asks, restates, does it (when, who calls,
        # why: one visit) and checks; customer backchannels during the explanation; the customer
        # reads a mobile number aloud (the agent repeats only the last four digits)
        expected=labels(None, None, True, True, True, True, pii=["mobile"]),
    ),
    CallSpec(
        id="heldout3_utilities_gas_card_fast",
        agent_id="A5405",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，燃气热线。"),
            customer("刚买的气，卡插上表还显示没气！老人等着做饭，急死了！"),
            agent("老人等着吃饭，您肯定心急火燎的。别慌，有我在，咱们一步步弄好。插卡时表滴了一声没有？"),
            customer("没响，屏幕上还是零。"),
            agent(
                "没响就是卡没读进去，多半是芯片脏了。您把卡拔出来，用纸巾擦擦金色那块，"
                "插到底，停五秒再拔，不用等人上门。"
            ),
            customer("等等，你说太快了，擦哪块？", interrupts=True),
            agent("卡上金色那块芯片，擦完插到底，听到滴一声再拔。"),
            customer("哦，那我挂了去试试。"),
            agent("好，再见。"),
        ),
        # a fast agent; an anxious customer (急死了): the agent names the state and reassures
        # (别慌，有我在), asks, then solves (cause, steps, why: no visit) without restating first;
        # the customer cuts into the rushed instructions (a customer interruption); the call
        # ends before the result is known and nobody checks it (确认理解 missing)
        expected=labels(True, True, True, False, True, False, customer_interruptions=1),
    ),
    CallSpec(
        id="heldout3_ecommerce_flight_rebook_hold_mono",
        agent_id="A5406",
        industry="ecommerce",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，旅行客服。"),
            customer("你好，我明早去成都的航班取消了，后天上午要开会。"),
            agent("改签还是退票？几点前要到？"),
            customer("改签，后天九点前到就行。"),
            agent("就是改签后天九点前到成都的，对吗？"),
            customer("对。"),
            agent("您稍候别挂，我跟航空公司核实下空位。"),
            agent(
                "谢谢您耐心等待。明晚七点有一班，航空公司取消的，改签免费，比后天早班稳妥。",
                pause_before=HOLD_S,
            ),
            customer("好，改吧。"),
            agent("改好了，短信收到了吗？还有别的问题吗？"),
            customer("收到了，没了。"),
        ),
        # a calm, matter-of-fact traveller (online travel agency, labelled e-commerce): emotion
        # steps not applicable; asks, restates, announces the wait (稍候别挂…核实) and then 12 s
        # of silence (a hold, not dead air); solves (option, free because the airline cancelled,
        # why: safer than the early flight) and checks the result and any other question
        expected=labels(None, None, True, True, True, True, holds=1),
    ),
    CallSpec(
        id="heldout3_utilities_water_bill_mono",
        agent_id="A5407",
        industry="utilities",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，自来水客服。"),
            customer("这个月水费一百八，平时才六十来块，太离谱了，是不是抄错表了？"),
            agent("您家户号多少？"),
            customer("三零七七一五。"),
            agent("家里最近有没有漏水？", pause_before=DEAD_AIR_S),
            customer("没有，好好的。"),
            agent(
                "查到了。上月抄表员没进您家门，按往月估的数，估少了；这个月按实际读数，把上月少收的补上了。"
                "您对一下水表，对不上我们免费再抄一次。"
            ),
            agent("多出来的就是上月少算的，这么说您明白吗？"),
            customer("哦，明白了。"),
            agent("好，再见。"),
        ),
        # an indignant customer (太离谱了) whose feeling is ignored; after the 户号 11 s of
        # silence that nobody announced (dead air); a question, then cause and a way to check,
        # with no restatement before it; the agent checks the customer understood
        expected=labels(False, False, True, False, True, True, dead_air=1),
    ),
    CallSpec(
        id="heldout3_telecom_video_membership_16k",
        agent_id="A5408",
        industry="telecom",
        layout="mono",
        sample_rate=16000,
        encoding="pcm_s16le",
        telephone_band=False,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，电信客服。"),
            customer("每月多扣我十五块视频会员费，我压根没开过！这不是明抢吗？"),
            agent("我知道您不高兴，可记录显示是您回短信开通的。"),
            customer("我哪会回短信？那钱总能退吧？"),
            agent("记录摆着呢，不是我们乱扣的，退不了。要退订你自己去营业厅办。"),
            customer("行，我记住了。"),
        ),
        # an angry customer: the agent names the feeling (我知道您不高兴) but argues instead of
        # soothing; asks nothing, no restatement; a refusal without reason or alternative and a
        # push to the shop (no solution), no check. Critical flag, so needs_review.
        expected=labels(
            True, False, False, False, False, False,
            forbidden=["不是我们乱扣的", "你自己去营业厅办"],
            needs_review=True,
        ),
    ),
)
