"""The sixth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

A held-out measurement set (see ``README.md``): the dialogues and the labels
below were written together, from the definitions of
``shared/domain/seeds-reference.md`` and the label conventions of
``samples/README.md``, before any scorer output on them was seen. Nobody looked
at the scorer's code, lexicons, rubric or tests while writing them, and no
scorer was run on them. Nobody may tune the rules on these calls.

The building blocks (``CallSpec``, ``agent``, ``customer``, ``backchannel``,
``labels``, the paces and pause lengths) come from ``samples/dialogues.py``;
``generate_heldout6.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout6.py`` (``generate.generate_set``, which has
``samples/`` on ``sys.path``): its own name is also ``dialogues``.
"""

from __future__ import annotations

from dialogues import (  # samples/dialogues.py: loaded by generate.generate_set, samples/ on sys.path
    DEAD_AIR_S,
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
HELDOUT6_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout6_telecom_iptv_error_code",
        agent_id="A5701",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，电视业务。"),
            customer("盒子从中午就只显示个错误码，一零三五，插拔好几回都没用。老爷子等着看球呢，真服了。"),
            backchannel("agent", "嗯，是。", at=0.45),
            agent("又累又上火吧？辛苦您了，今晚准让老爷子看上球。"),
            agent("盒子灯亮吗？"),
            customer("亮着。"),
            agent("就是灯正常，节目出不来，是吧？"),
            customer("对。"),
            agent(
                "这是鉴权没过，也就是盒子开机先跟我们对身份，对不上就不放节目。"
                "中午升级弄丢了您这台的信息，是我们的错。远程补发不用师傅跑一趟，"
                "您断电一分钟再插上，三分钟内就好。"
            ),
            agent("刚才那一步，您跟我说一遍？"),
            customer("断电一分钟，再插上。"),
        ),
        # weariness and irritation after an afternoon of unplugging (插拔好几回都没用…真服了): the agent
        # names it (又累又上火吧？), affirms and commits (辛苦您了，今晚准让老爷子看上球), asks about the
        # box (盒子灯亮吗？), restates (就是灯正常，节目出不来，是吧？), solves (cause and fault: the upgrade
        # lost the box's record, 是我们的错; why remote re-sending: no technician visit; what to do; when)
        # and has the customer repeat the step back (刚才那一步，您跟我说一遍？): all six steps. 鉴权
        # explained in the same turn (也就是…). An agent backchannel 「嗯，是。」 inside the complaint.
        # 一零三五 is an error code, not a personal number.
        expected=labels(True, True, True, True, True, True, jargon_explained=["鉴权"]),
    ),
    CallSpec(
        id="heldout6_telecom_vas_subscription",
        agent_id="A5702",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，话费查询。"),
            # 13905287641: an 11-digit mainland mobile number (139 prefix), read in groups (幺 = 1);
            # no digit follows itself
            customer("号码幺三九，零五二八，七六四一。每月莫名多扣十五，扣了八个月。你们这钱挣得真省心啊。"),
            agent("那是第三方的视频会员，我们就是帮人家代收，这账算不到我们头上。"),
            customer("我压根没开过什么会员。"),
            agent("三月份这个号回过确认短信，十有八九是您自己手快点了。"),
            customer("我手快？我一个月都看不了几条短信！", interrupts=True),
            agent("能不能退得等合作方核实，您下个月再打过来问问吧。"),
            customer("行，你们就耗着吧，我找工信部去。"),
        ),
        # sarcasm about a monthly charge nobody ordered (你们这钱挣得真省心啊), never acknowledged or
        # soothed; the agent asks nothing (the customer volunteers the number); pushes the charge onto
        # the third party (这账算不到我们头上), blames the customer (十有八九是您自己手快点了), and puts
        # her off to next month (您下个月再打过来问问吧): three forbidden phrases; the customer cuts into
        # the blame (a customer interruption); no restatement, no solution, no check. The customer reads
        # her mobile number unprompted (one PII finding). Critical flag, so needs_review.
        expected=labels(
            False, False, False, False, False, False,
            customer_interruptions=1,
            forbidden=["这账算不到我们头上", "十有八九是您自己手快点了", "您下个月再打过来问问吧"],
            pii=["mobile"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout6_banking_card_instalment_hold_mono",
        agent_id="A5703",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，信用卡中心。"),
            customer("说好免息的分期，每月多扣一百零八。唉，怪我耳根子软。"),
            agent("您是觉得被绕进去了，心里不是滋味。卡号报一下。"),
            # 6259073841629746: a 16-digit UnionPay credit card number with a valid Luhn check digit,
            # read in groups of four (幺 = 1); no digit follows itself
            customer("六二五九，零七三八，四幺六二，九七四六。"),
            agent("我调下明细，电话先拿着。"),
            agent("没收利息，是手续费，折成年化十三个点。", pause_before=HOLD_S),
            customer("年化是啥意思？"),
            agent(
                "就是算成一年的利息，借一万一年花一千三。剩下四期现在结清，手续费就免了，"
                "手机银行点提前结清，下月扣款。"
            ),
            agent("这么结清，您听明白了吗？"),
            customer("明白，结清。"),
        ),
        # a card holder who feels talked into an "interest-free" instalment plan and blames herself
        # (说好免息的分期…唉，怪我耳根子软): the agent names the feeling (您是觉得被绕进去了，心里不是滋味)
        # but shows no understanding, apology or reassurance (安抚情绪 missing); asks for the card;
        # announces the wait (我调下明细，电话先拿着) and then 12 s of silence (a hold); goes
        # straight to the answer with no restatement; 年化 unexplained until the customer asks (the hit
        # stands); solves (cause: a fee, not interest; why paying off now: the remaining fees are
        # waived; how; when) and checks. The customer reads a whole card number (one PII finding).
        # Mono telephone band.
        expected=labels(True, False, True, False, True, True, jargon=["年化"], pii=["bank_card"], holds=1),
    ),
    CallSpec(
        id="heldout6_insurance_towing_dead_air",
        agent_id="A5704",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，车险道路救援。"),
            customer("喂，车在高速上熄火了，大货车擦着过，孩子在后座直哭，我开了双闪，然后……"),
            agent("心都提到嗓子眼了吧？别慌，人没事就好，车交给我。哪条高速，多少公里？", interrupts=True),
            customer("京港澳往南，一千零三十五。"),
            agent("京港澳南向一千零三十五，要拖车，对不对？"),
            customer("没错。"),
            customer("喂？喂？人呢？", pause_before=DEAD_AIR_S),
            agent("拖车四十分钟到，保单含免费拖车，有人来拉活别理，要收钱的。带孩子站到护栏外面等。"),
            customer("好，这就下车。"),
        ),
        # fright on a motorway shoulder (大货车擦着过，孩子在后座直哭): the agent cuts into the account
        # (one agent interruption), names the fear (心都提到嗓子眼了吧？), reassures and commits
        # (别慌，人没事就好，车交给我), asks where, restates (…要拖车，对不对？); then 11 s of silence
        # nobody announced (dead air), broken by the customer (喂？喂？人呢？); solves (when, why the
        # insurer's free tow and not the touts, what to do meanwhile); the call ends on the customer's
        # 「好，这就下车。」 with no check. 一千零三十五 is a road marker, not a personal number.
        expected=labels(True, True, True, True, True, False, agent_interruptions=1, dead_air=1),
    ),
    CallSpec(
        id="heldout6_utilities_water_leak_slow_mono",
        agent_id="A5705",
        industry="utilities",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，自来水热线。"),
            customer("姑娘，这个月水费九百多，平常也就三四十。算了，不跟你们争，你们说多少就多少吧。"),
            agent("阿姨，您这是心里堵，懒得争了吧。九百多谁都心疼，我给您好好查。"),
            agent("家里关着水，水表还转吗？"),
            customer("转着呢，小红针一直转。"),
            agent("就是说不用水表也转，多出好几百，对吧？"),
            customer("是这么回事。"),
            agent("电话里说不准，漏在产权分界点以内的话，得自家修。我先给您登个记。"),
            customer("那就等着吧。"),
        ),
        # resignation (算了，不跟你们争，你们说多少就多少吧) read by a slow agent: named (您这是心里堵，
        # 懒得争了吧), affirmed and met with a commitment (九百多谁都心疼，我给您好好查); asks, restates
        # (就是说…对吧？); then no cause, no step for the customer and no time, only a registration
        # (解决问题 missing); 产权分界点 left unexplained (the customer does not ask); the call ends on
        # 「那就等着吧。」 with no check. Mono telephone band.
        expected=labels(True, True, True, True, False, False, jargon=["产权分界点"]),
    ),
    CallSpec(
        id="heldout6_utilities_heating_cold",
        agent_id="A5706",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，供热服务。"),
            customer("暖气片就是温的，屋里才十六度，孩子才四个月，夜里冻得直哼哼！"),
            agent("十六度还行吧，孩子多盖一层就是了，犯不上急成这样。"),
            customer("你说得轻巧，冻的又不是你家孩子！你们到底派不派人……"),
            agent("您冲我发火，暖气片也不会自己热起来。您家是顶楼吗？", interrupts=True),
            customer("顶楼。"),
            agent(
                "顶楼一般是管子里存了气。拿螺丝刀把暖气片上头的小阀拧开放气，拧个螺丝总会吧？"
                "滋水了就拧上，比排队等人快。还不热，明天上午师傅过去。"
            ),
            customer("行，不热你们明天必须来。"),
            agent("记上了。"),
        ),
        # an angry parent (屋里才十六度，孩子才四个月，夜里冻得直哼哼！) whose worry is waved away
        # (十六度还行吧…犯不上急成这样: denying the emotion), who is told off (您冲我发火，暖气片也不会自己
        # 热起来) while being talked over (one agent interruption) and talked down to (拧个螺丝总会吧？):
        # three forbidden phrases. One question (顶楼吗？), no restatement; a real solution (cause: air in
        # the pipes of a top floor; what to do; why: faster than waiting; the visit tomorrow morning if
        # needed); no check. Critical flag, so needs_review.
        expected=labels(
            False, False, True, False, True, False,
            agent_interruptions=1,
            forbidden=["犯不上急成这样", "您冲我发火", "拧个螺丝总会吧"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout6_ecommerce_parcel_locker_mono",
        agent_id="A5707",
        industry="ecommerce",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，商城物流客服。"),
            customer("你好，我出差一礼拜，回来取快递，柜子提示已退回。给我爸买的血压计，现在到哪了？"),
            agent("短信里的取件码还在吗？"),
            customer("在，三七零二八五。"),
            agent("您是想知道血压计在哪、怎么拿到，我没理解错吧？"),
            customer("对，就这个意思。"),
            agent(
                "找着了。柜里放满七十二小时没人取，就成了滞留件，也就是柜子自动退回附近网点。"
                "现在在幸福路网点，报取件码就能拿，比退回商家重发快三天，网点开到晚上八点。"
            ),
            agent("去哪、带什么，您那边都记下了没？"),
            customer("记下了，幸福路。"),
        ),
        # a calm question about a parcel that went back from a locker (emotion steps not applicable):
        # asks, restates (您是想知道…我没理解错吧？), solves (cause, where, what to bring, why not a
        # re-delivery, until when) and checks (去哪、带什么，您那边都记下了没？); 滞留件 explained in the
        # same turn (也就是…). The pick-up code 三七零二八五 is not a personal number. Mono telephone band.
        expected=labels(None, None, True, True, True, True, jargon_explained=["滞留件"]),
    ),
    CallSpec(
        id="heldout6_ecommerce_train_ticket_refund",
        agent_id="A5708",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，出行服务。"),
            customer("你好，给我爸订的下周三高铁票，想退掉。"),
            agent("退一张，还是来回都退？"),
            customer("就一张。"),
            agent("麻烦报一下乘车人的身份证号。"),
            # 420102195803172738: an 18-digit 身份证 number (Wuhan 420102, born 1958-03-17, male) with a
            # valid ISO 7064 check digit (8), read in groups (幺 = 1); no digit follows itself
            customer("四二零幺零二，幺九五八零三幺七，二七三八。"),
            agent(
                "离开车还有五天，现在退扣百分之五，二十一块；拖到两天内就扣一成，所以早退划算。"
                "已经退了，钱三个工作日内原路回来。"
            ),
            backchannel("customer", "嗯。", at=0.3),
            backchannel("customer", "哦，行。", at=0.7),
            agent("扣多少、几天到，您听着都对得上吧？"),
            customer("对得上，谢谢。"),
        ),
        # a calm refund of a relative's train ticket (emotion steps not applicable): asks (退一张，还是
        # 来回都退？), verifies with the passenger's 身份证 number (one PII finding), then answers with no
        # restatement (确认问题 missing); solves (the fee and why now, done, when the money is back) and
        # checks (扣多少、几天到，您听着都对得上吧？). Customer backchannels 「嗯。」「哦，行。」 during the
        # explanation.
        expected=labels(None, None, True, False, True, True, pii=["id_card"]),
    ),
)
