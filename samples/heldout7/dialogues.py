"""The seventh held-out set as data: eight new dialogues, their audio format and a QA reviewer's labels.

A held-out measurement set (see ``README.md``): the dialogues and the labels
below were written together, from the definitions of
``shared/domain/seeds-reference.md`` and the label conventions of
``samples/README.md``, before any scorer output on them was seen. Nobody looked
at the scorer's code, lexicons, rubric or tests while writing them, and no
scorer was run on them. Nobody may tune the rules on these calls.

The building blocks (``CallSpec``, ``agent``, ``customer``, ``backchannel``,
``labels``, the paces and pause lengths) come from ``samples/dialogues.py``;
``generate_heldout7.py`` synthesises the calls with ``samples/generate.py``.
Load this module through ``generate_heldout7.py`` (``generate.generate_set``, which has
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
HELDOUT7_CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="heldout7_telecom_number_cancel_grief",
        agent_id="A5801",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，号码业务。"),
            customer("我爸上个月走了，号还在扣月租，想销掉。一拿起电话心里就堵得慌。"),
            backchannel("agent", "是，是。", at=0.5),
            agent("心里不好受吧？您节哀，手续我帮您办利索。号码多少？"),
            # 15826473091: an 11-digit mainland mobile number (158 prefix), read in groups (幺 = 1);
            # no digit follows itself
            customer("幺五八，二六四七，三零九幺。"),
            agent("我捋一下：机主是您父亲，已过世，您要销号、停扣月租，我这么说没跑偏吧？"),
            customer("没有，就这个事。"),
            agent(
                "家属销号得去营业厅，防有人冒名。带死亡证明和您身份证就行。"
                "今天先停机，月租不扣了，余额销号时退您。"
            ),
            agent("两样材料，我说清楚了没有？"),
            customer("清楚了，麻烦你了。"),
        ),
        # grief (我爸上个月走了…一拿起电话心里就堵得慌): the agent names it (心里不好受吧？), offers
        # condolence and a commitment (您节哀，手续我帮您办利索), asks for the number, restates
        # (我捋一下：…我这么说没跑偏吧？, confirmed with 「没有，就这个事。」), solves (why the shop: to stop
        # anyone cancelling a number in someone else's name; what to bring; what is done today; the
        # balance) and checks (两样材料，我说清楚了没有？): all six steps. An agent backchannel 「是，是。」 inside the
        # customer's first turn. The customer reads her late father's mobile number (one PII finding).
        expected=labels(True, True, True, True, True, True, pii=["mobile"]),
    ),
    CallSpec(
        id="heldout7_banking_mortgage_prepay_hold_mono",
        agent_id="A5802",
        industry="banking",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，贷款服务。"),
            customer("想提前还二十万房贷，手机上一约排到明年三月，成心多收利息吧？"),
            agent("怕白搭利息，心里犯嘀咕吧？能往前挪，我一定给您挪。"),
            agent("还款卡号念给我。"),
            # 6214830759261430: a 16-digit debit card number with a valid Luhn check digit, read in
            # groups of four (幺 = 1); no digit follows itself
            customer("六二幺四，八三零七，五九二六，幺四三零。"),
            agent("我翻翻有没有人退号，您等我会儿。"),
            agent(
                "名额有限才排得远。下周二有人退号，挪给您了，能少付两千多利息。"
                "那天九点前卡里留足二十万，自动扣。",
                pause_before=HOLD_S,
            ),
            agent("哪天扣、留多少，心里有数了吧？"),
            customer("有数了。"),
        ),
        # suspicion about a queue of several months (…成心多收利息吧？): the agent names it (怕白搭利息，
        # 心里犯嘀咕吧？) and commits (能往前挪，我一定给您挪); asks for the repayment card; announces the wait
        # in other words than 稍等 (我翻翻有没有人退号，您等我会儿) and then 12 s of silence (a hold); goes
        # from the hold straight to the answer (no restatement); solves (cause of the queue, the new date
        # already booked, what it saves, what to do, when) and checks (哪天扣、留多少，心里有数了吧？). The
        # customer reads a whole bank card number (one PII finding). Mono telephone band.
        expected=labels(True, True, True, False, True, True, pii=["bank_card"], holds=1),
    ),
    CallSpec(
        id="heldout7_insurance_pet_surgery_refused",
        agent_id="A5803",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，宠物保险。"),
            customer("狗做了髌骨手术，花了八千六，理赔一分没给，就一句不符合条款。保单尾号四零七二。这保险买来看的？"),
            agent("髌骨脱位多半是先天的，不保。宠物险就是赔个意思，您还真指望全报啊。"),
            customer("买的时候业务员拍着胸脯说，看病都能报！"),
            agent("结论是公估出的，我这边也就是个传话的，改不了。"),
            customer("传话的？那我这八千多找谁说理去？", interrupts=True),
            agent("您签合同那会儿怎么不问清楚？先天的病不赔，条款里印着呢。"),
            customer("好，这话你留着跟监管局说。"),
        ),
        # indignation about a refused claim (…这保险买来看的？), never acknowledged or soothed; the
        # agent asks nothing (the customer volunteers the policy's tail number); belittles the claim
        # (您还真指望全报啊), hides behind the loss adjuster (我这边也就是个传话的) and blames the customer
        # (您签合同那会儿怎么不问清楚): three forbidden phrases; 公估 left unexplained (the customer does not
        # ask about it); the customer cuts into the agent's turn (a customer interruption); a reason for the
        # refusal but no way forward, no restatement, no check. Critical flag, so needs_review.
        # 保单尾号四零七二 is not a personal number.
        expected=labels(
            False, False, False, False, False, False,
            customer_interruptions=1,
            jargon=["公估"],
            forbidden=["您还真指望全报啊", "我这边也就是个传话的", "您签合同那会儿怎么不问清楚"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout7_ecommerce_crossborder_customs_fast_mono",
        agent_id="A5804",
        industry="ecommerce",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，跨境购客服。"),
            customer("你好，我海淘的两罐奶粉，进了海关就没动过，五天了，想问问卡在哪一步。"),
            agent("运单号您念一下？下单和付款的是同一个人吗？"),
            customer("七三零五二八，六四九二。下单是我，付款刷的我爱人的卡。"),
            agent("好，您是要弄清楚奶粉为啥在海关不动，还有您这边怎么做才能放出来。我这么归纳行不行？"),
            customer("行，就这两件事。"),
            agent(
                "卡在三单对碰上了，就是订单、付款、物流三张单子上的人得是同一个。您爱人付的钱，人不一致，"
                "海关就扣着。您在订单详情里把订购人改成您爱人，我这边马上重新推送，比退回去重买快得多，"
                "一般两个工作日放行。"
            ),
            agent("改订购人在哪儿点、改成谁，还有哪儿没跟上的吗？"),
            customer("没有，我这就去改。"),
        ),
        # a calm question about milk powder held at customs (emotion steps not applicable), answered by a
        # fast agent: asks (tracking number, who paid), restates (…我这么归纳行不行？, confirmed), solves
        # (cause; what to change and where; what the agent does; why not return and re-buy; when) and checks
        # (…还有哪儿没跟上的吗？); 三单对碰 explained in the same turn (就是…). The tracking number
        # 七三零五二八六四九二 is not a personal number. Mono telephone band.
        expected=labels(None, None, True, True, True, True, jargon_explained=["三单对碰"]),
    ),
    CallSpec(
        id="heldout7_utilities_property_fee_elevator",
        agent_id="A5805",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，物业客服。"),
            customer("我家住一楼，电梯一回没坐过，凭什么物业费还摊电梯钱？一年多出好几百，我都反映两回了，每回都是……"),
            agent("您几号楼几单元，哪一户？", interrupts=True),
            customer("五号楼二单元，一零二。"),
            agent("按分摊系数收的，一楼也得交，全小区就您一户有意见。"),
            customer("分摊系数是什么？别人不吭声，就说明收得对？"),
            agent("标准是业委会签的字，您找他们掰扯去。"),
            customer("合同是我跟你们物业签的，不是跟业委会！"),
            agent("您要实在不服，法院门朝哪边开您知道吧。"),
            customer("行，你这句话我记下了。"),
        ),
        # an angry ground-floor owner who has complained twice before (凭什么…我都反映两回了): the agent
        # cuts into the account with a question (one agent interruption; 了解状况 found), never
        # acknowledges or soothes; 分摊系数 unexplained, the customer asks 「分摊系数是什么？」 and never gets
        # an answer (jargon with confusion); belittles the customer (全小区就您一户有意见), pushes her onto
        # the owners' committee (您找他们掰扯去) and dares her to sue (法院门朝哪边开您知道吧): three
        # forbidden phrases; no restatement, no solution, no check. Critical flag, so needs_review.
        # 五号楼二单元一零二 is an address, not a personal number.
        expected=labels(
            False, False, True, False, False, False,
            agent_interruptions=1,
            jargon=["分摊系数"],
            forbidden=["全小区就您一户有意见", "您找他们掰扯去", "法院门朝哪边开您知道吧"],
            needs_review=True,
        ),
    ),
    CallSpec(
        id="heldout7_public_pension_card_mono",
        agent_id="A5806",
        industry="public_services",
        layout="mono",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，社保热线。"),
            customer("这月养老金还没进卡，降压药快吃完了，我心里直发慌。"),
            agent("大爷，怕断了药钱，着急吧？您宽宽心，钱少不了。"),
            agent("最近换过社保卡吗？身份证号报一下。"),
            # 370102195208243613: an 18-digit 身份证 number (Jinan 370102, born 1952-08-24, male) with a
            # valid ISO 7064 check digit (3), read in groups (幺 = 1); no digit follows itself
            customer("换过。三七零幺零二，幺九五二零八二四，三六幺三。"),
            agent("简单说，换卡后这月钱没到，您想知道钱在哪、怎么拿，我说得在不在点子上？"),
            customer("对。"),
            agent(
                "钱没丢，退回社保账户了。新卡金融功能没开，就是收钱取钱那一块没启用，银行打不进。"
                "明天带卡和身份证去卡背面那家银行激活，三个工作日内重发。"
            ),
            customer("那我明天一早就去。"),
        ),
        # an elderly caller frightened of running out of blood-pressure pills (…我心里直发慌): the agent
        # names the worry (怕断了药钱，着急吧？), reassures (您宽宽心，钱少不了), checks a hypothesis
        # (最近换过社保卡吗？), restates (简单说，…我说得在不在点子上？, confirmed), solves (where the money
        # is; cause; what to bring where; when it is paid again); the call ends on the customer's
        # 「那我明天一早就去。」 with no check. 金融功能 explained in the same turn (就是…). The customer reads his
        # 身份证 number (one PII finding). Mono telephone band.
        expected=labels(True, True, True, True, True, False, jargon_explained=["金融功能"], pii=["id_card"]),
    ),
    CallSpec(
        id="heldout7_ecommerce_gym_card_refund",
        agent_id="A5807",
        industry="ecommerce",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，生活服务平台。"),
            customer("平台上买的健身年卡，两千四，才练俩月，店就关门跑了。你们卖的，总不能装不知道吧？"),
            agent("怕这钱打水漂，又窝火又着急吧？"),
            agent("钱是在平台上付的吗？"),
            customer("平台付的，订单还在。"),
            agent("那您的意思是，店关了，没练的十个月要平台退，我没听岔吧？"),
            customer("没错。"),
            agent("闭店的单子，平台得先跟商家谈，能退多少现在不好说。"),
            customer("那什么时候有结果？"),
            agent("有进展会在平台消息里通知您。"),
            customer("行吧，两千多就这么悬着。"),
        ),
        # anger and worry about a gym that closed and ran (…总不能装不知道吧？): the agent names it (怕这钱
        # 打水漂，又窝火又着急吧？) but shows no understanding, apology, reassurance or commitment (安抚情绪
        # missing); asks how it was paid; restates (那您的意思是…我没听岔吧？, confirmed); then only a
        # vague process with no outcome, no time and no step for the customer (解决问题 missing); the
        # customer's question when gets a channel without a time; the call ends on the customer's
        # resignation with no check.
        expected=labels(True, False, True, True, False, False),
    ),
    CallSpec(
        id="heldout7_utilities_ev_charging_dead_air",
        agent_id="A5808",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，充电服务。"),
            customer("昨晚充到百分之三十自己停了，却扣了一百五。我还去店里查了车，车好好的……"),
            agent("在哪充的？桩号记得吗？", interrupts=True),
            customer("滁州服务区，零三幺七号桩。"),
            customer("那个……您还在线上吗？", pause_before=DEAD_AIR_S),
            agent("在。归结起来：充到三十断了还扣一百五，多的想退，我说全了吗？"),
            customer("说全了。"),
            agent(
                "那根桩触发了过温降载，后来断了。一百五是先冻住的，按实际二十八块结算，"
                "剩下的今晚十二点前自动退回。"
            ),
            backchannel("customer", "是吗。", at=0.3),
            backchannel("customer", "噢。", at=0.72),
            agent("一百二十二，十二点前到，记住了吗？"),
            customer("记住了。"),
        ),
        # a calm account of a charge stopped at 30 % with 150 yuan taken (emotion steps not applicable):
        # the agent cuts in with questions before the customer has finished (one agent interruption);
        # after the customer gives the charger number nobody speaks for 11 s and nothing announced it
        # (dead air), broken by the customer (那个……您还在线上吗？); restates (归结起来：…我说全了吗？,
        # confirmed), solves (cause; what is really charged; that the rest comes back by itself, and
        # when) and checks the two figures (…记住了吗？); 过温降载 left unexplained (the customer does not ask). Customer
        # backchannels 「是吗。」「噢。」 during the explanation. 零三幺七 is a charger number, not a personal
        # number.
        expected=labels(None, None, True, True, True, True, agent_interruptions=1, dead_air=1,
                        jargon=["过温降载"]),
    ),
)
