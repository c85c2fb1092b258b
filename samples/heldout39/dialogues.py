"""The thirty-ninth held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

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
``generate_heldout39.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout39.py`` (``generate.generate_set``, which has
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
HELDOUT39_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout39_banking_euro_cash_reservation",
        agent_id="A3901",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，嘉禾银行，工号四七二六，请问有什么可以帮您？"),
            customer("约了欧元现钞今天取，我请假跑去网点，说钱没到！下周就出国了。"),
            backchannel("agent", "嗯。", at=0.5),
            agent("请假还扑空，肯定窝火。是我们没衔接好，对不住。预约号多少？"),
            # reservation number 18062739: not a personal number
            customer("幺八零六，二七三九。"),
            agent("您约今天在城南支行取三千欧元，没取上，对吧？"),
            customer("对。"),
            agent(
                "运钞车晚了一天，钱明早到。您买的是现汇，就是账户里的外币，换现钞已办好。"
                "明早十点后带身份证去取。都记下了吗？"
            ),
            customer("记下了，十点，身份证。"),
            agent("辛苦您了，谢谢，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, jargon_explained=["现汇"]),
    ),
    CallSpec(
        id="heldout39_banking_wealth_product_loss_mono",
        agent_id="A3902",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("永泰银行理财专线，您好，请问您办什么业务？"),
            customer("去年买的稳健理财，说低风险，现在亏了两千多，我觉都睡不好，怎么回事？"),
            agent("您报一下银行卡号。"),
            # 6259073819462534: a 16-digit bank card number with a valid Luhn check digit, read in groups of four;
            # no digit follows itself
            customer("六二五九，零七三八，幺九四六，二五三四。"),
            agent("是安盈一号，现在破净了。", pause_before=DEAD_AIR_S),
            customer("破净？什么意思？听不懂。"),
            agent("就是每份价钱跌到一块以下，本金亏了。理财本来就有风险，合同您自己签的字，亏了也怨不着我们。"),
            customer("那我是卖还是等？"),
            agent("卖不卖您自己拿主意，这个我们不负责。"),
            customer("行，我找你们经理去。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, True, False, False, False,
            jargon=["破净"],
            forbidden=["合同您自己签的字，亏了也怨不着我们", "卖不卖您自己拿主意，这个我们不负责"],
            pii=["bank_card"],
            dead_air=1,
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout39_insurance_senior_dog_renewal",
        agent_id="A3903",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，安宁保险宠物险，我是小周。"),
            customer("你好，我家狗快九岁了，续宠物险时手机提示不能续，为什么？"),
            agent("保单号是多少？"),
            # policy number 1603725849: not a personal number
            customer("幺六零三，七二五八，四九。"),
            agent("这款核保年龄上限是八岁，满九岁就续不了。"),
            customer("可它身体挺好的，每年都体检，我还想把报告……"),
            agent(
                "改投老年犬计划就行，九到十二岁都能保，一年六百八。手机上选它，传体检报告，两天出结果。这样清楚吗？",
                interrupts=True,
            ),
            backchannel("customer", "嗯。", at=0.35),
            customer("清楚。"),
            agent("那您先去弄吧。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, False, True, True, agent_interruptions=1, jargon=["核保"]),
    ),
    CallSpec(
        id="heldout39_insurance_home_burglary_mono",
        agent_id="A3904",
        industry="insurance",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            customer("喂？福瑞保险吗？我家保了家财险，昨晚进贼，电脑和金项链都没了，我手还在抖。"),
            agent("是的，福瑞理赔，我姓贺。家里进贼，谁都吓一跳，人没事就好，别急，我帮您办。报警了吗？"),
            customer("报了，派出所来看过。"),
            agent("请报一下您的身份证号，我核对投保人。"),
            # 510104197903142839: an 18-digit 身份证 number (Sichuan Chengdu Jinjiang 510104, born 1979-03-14, odd
            # sequence digit) with a valid ISO 7064 check digit (9), read in groups (幺 = 1); no digit follows itself
            customer("五幺零幺零四，幺九七九零三幺四，二八三九。"),
            agent("您是想问电脑和项链能不能赔，对吧？"),
            customer("对。"),
            agent(
                "能赔，首饰最高五千。这周把报警回执和电脑发票拍照传公众号，三个工作日内上门定损，"
                "就是估估丢的东西值多少，之后五天内赔款到账。还有哪里不清楚吗？"
            ),
            customer("没有了。"),
            agent("好，谢谢您打来，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, True, jargon_explained=["定损"], pii=["id_card"]),
    ),
    CallSpec(
        id="heldout39_telecom_intl_call_bill",
        agent_id="A3905",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，远达通信，请问有什么可以帮您？"),
            customer("这月话费四百六！就给澳洲的闺女打了几回电话，抢钱啊？"),
            agent("四百多，难怪您上火。是手机直拨的吗？"),
            customer("对啊，直接拨的。"),
            agent("国际长途一分钟八块。资费表上写得清清楚楚，您自己没看，怪不了我们。"),
            customer("谁打电话前翻资费表？开卡时也没人提！", interrupts=True),
            agent("那我提个工单，申请退一半，三天内短信通知您。以后可以办三十元国际长途包。"),
            customer("行吧，以后我用微信打。"),
            agent("好，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            True, False, True, False, True, False,
            customer_interruptions=1,
            jargon=["工单"],
            forbidden=["资费表上写得清清楚楚，您自己没看，怪不了我们"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout39_ecommerce_used_camera_shutter",
        agent_id="A3906",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("喂，闲趣二手平台。"),
            customer("在你们这儿买的二手相机，写着快门一万次，到手一查八万多！这不是骗人吗？"),
            agent("二手货都是个人卖的，平台就是牵个线，这事您得自己跟卖家谈。"),
            customer("卖家三天不回消息！你们就不管了？"),
            agent("您在订单里点申请售后，传快门次数截图，平台两个工作日内介入，不符就全额退款。"),
            customer("早这么说不就完了。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(
            False, False, False, False, True, False,
            forbidden=["平台就是牵个线，这事您得自己跟卖家谈"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout39_utilities_gas_cut_missed_inspection",
        agent_id="A3907",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，顺安燃气，工号八零四三。"),
            customer("我家突然没气了，孩子澡洗一半冻得直哭，我急死了！"),
            agent("孩子冻着，您肯定急坏了。先拿浴巾裹上孩子，我马上查。地址是？"),
            customer("桂园路三十八号，五栋七零二。"),
            agent("是突然停的气，没人动过阀门，对吧？"),
            customer("对。"),
            agent("您家上月入户安检没做，表就自动停了气。我现在远程恢复，十分钟内来气。明早师傅上门补安检，留个手机号。"),
            backchannel("customer", "嗯。", at=0.45),
            # 15827309461: an 11-digit mainland mobile number (158 prefix), read in groups (幺 = 1); no digit follows
            # itself
            customer("幺五八，二七三零，九四六幺。"),
            agent("记下了。耽误孩子洗澡，抱歉，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(True, True, True, True, True, False, pii=["mobile"]),
    ),
    CallSpec(
        id="heldout39_public_library_lost_book_mono",
        agent_id="A3908",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("市图书馆，请讲。"),
            customer("您好，我借的书在地铁上丢了，想问怎么赔。"),
            agent("念一下小票上的条码号。"),
            # the book's barcode 30752948: not a personal number
            customer("三零七五，二九四八。"),
            agent("您稍等，我看看是哪本。"),
            agent("是本画册。您是问怎么赔，对吧？", pause_before=HOLD_S),
            customer("对。"),
            agent("赔定价两倍，八十四元，到一楼服务台交，或者买本新的来还。清楚了吗？"),
            customer("清楚了，谢谢。"),
            agent("感谢来电，再见。"),
        ),
        # what this call tests and why each label: see LABELS.md
        expected=labels(None, None, True, True, True, True, holds=1),
    ),
)
