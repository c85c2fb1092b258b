"""The sample calls as data: every dialogue, its audio format and the labels a QA reviewer gives it.

``generate.py`` synthesises these; ``README.md`` says what each call tests.
The labels follow the definitions of ``shared/domain/seeds-reference.md``
(DESIGN §8 ``expected``), not what the scorer outputs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Turn:
    """One turn of a dialogue.

    Attributes:
        role: ``"agent"`` or ``"customer"``.
        text: exactly what is spoken (also the manifest reference text).
        interrupts: start 1.6 s (``generate.OVERLAP_S``) before the previous turn ends.
        backchannel_at: when set, a short acknowledgement placed inside the
            other speaker's latest turn, starting at this fraction of it; it
            does not move the timeline.
        pause_before: silence before the turn (seconds) instead of the usual gap.
    """

    role: str
    text: str
    interrupts: bool = False
    backchannel_at: float | None = None
    pause_before: float | None = None


def agent(text: str, interrupts: bool = False, pause_before: float | None = None) -> Turn:
    """An agent (坐席) turn."""
    return Turn("agent", text, interrupts, pause_before=pause_before)


def customer(text: str, interrupts: bool = False, pause_before: float | None = None) -> Turn:
    """A customer (客户) turn."""
    return Turn("customer", text, interrupts, pause_before=pause_before)


def backchannel(role: str, text: str, at: float) -> Turn:
    """A backchannel (嗯, 是的…) of ``role`` said during the other speaker's turn, ``at`` of the way in."""
    return Turn(role, text, backchannel_at=at)


@dataclass(frozen=True)
class CallSpec:
    """A sample call: dialogue, audio format and expected QA results."""

    id: str
    agent_id: str
    layout: str  # "stereo" (agent on channel 0, customer on 1) or "mono"
    sample_rate: int
    encoding: str  # manifest name: "mu-law", "a-law" or "pcm_s16le"
    telephone_band: bool  # apply the 300-3400 Hz band-pass
    turns: tuple[Turn, ...]
    expected: dict[str, Any]
    industry: str = "ecommerce"
    # FastSpeech2 duration ratio of the agent's voice: < 1 speaks faster, > 1 slower
    agent_pace: float = 1.0

    @property
    def audio(self) -> str:
        """File name of the audio file, relative to the manifest."""
        return f"{self.id}.wav"


SIX_STEPS = ("感知情绪", "安抚情绪", "了解状况", "确认问题", "解决问题", "确认理解")

# Agent pace (FastSpeech2 duration ratio) of the labelled calls.  The plain TTS
# voice speaks about 310 字/分钟, above the rubric's 180-260 band, so a normal
# agent is slowed down a little; the fast and slow agents fall outside the
# soft band (150-300).
NORMAL_PACE = 1.35
FAST_PACE = 0.8
SLOW_PACE = 2.2
HOLD_S = 12.0  # an announced hold (请您稍等，我帮您查一下) followed by real silence
DEAD_AIR_S = 11.0  # silence nobody announced

# What every call is labelled with unless it says otherwise (DESIGN §8 ``expected``).
DEFAULT_LABELS: dict[str, Any] = {
    "agent_interruptions": 0,
    "customer_interruptions": 0,
    "jargon": [],  # jargon terms the agent leaves unexplained (a deduction)
    "jargon_explained": [],  # jargon explained in plain words in the same turn (forgiven)
    "forbidden": [],  # forbidden / responsibility-shifting phrases, as spoken
    "pii": [],  # personal numbers spoken: mobile, id_card, bank_card
    "dead_air": 0,
    "holds": 0,
    "needs_review": False,
}


def labels(*steps: bool | None, **fields: Any) -> dict[str, Any]:
    """Expected results: the six steps in order (True found, False missing, None not applicable), then fields."""
    if len(steps) != len(SIX_STEPS):
        raise ValueError(f"six step labels needed, got {len(steps)}")
    unknown = set(fields) - set(DEFAULT_LABELS)
    if unknown:
        raise ValueError(f"unknown label(s): {sorted(unknown)}")
    expected: dict[str, Any] = {"steps": {name: bool(found) for name, found in zip(SIX_STEPS, steps)}}
    not_applicable = [name for name, found in zip(SIX_STEPS, steps) if found is None]
    if not_applicable:
        expected["not_applicable"] = not_applicable
    return {**expected, **DEFAULT_LABELS, **fields}



CALLS: tuple[CallSpec, ...] = (
    CallSpec(
        id="call_stereo_8k_ulaw",
        agent_id="A1024",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        turns=(
            agent("您好，星辰客服，工号一零二四，很高兴为您服务，请问有什么可以帮您？"),
            customer("我三天前买的东西到现在还没收到！说好第二天到的，你们到底怎么回事？"),
            agent("非常抱歉，听得出来您很着急，东西一直没到确实耽误您的事了，我理解您的感受。"),
            agent("麻烦您提供一下订单号，我马上帮您查。"),
            customer("订单号是七七八八九九。"),
            agent("好的。请问这几天您有没有收到过配送的短信或者电话？"),
            customer("没有，什么都没有。"),
            agent(
                "我跟您确认一下，您是三天前下的单，说好第二天送到，到今天还没收到，"
                "也没有收到任何配送通知，对吗？"
            ),
            customer("对。"),
            agent(
                "我查到原因是包裹在分拣的时候出了差错，这是我们这边的问题。"
                "我现在给您重新安排配送，因为这样比退款再重新下单更快，"
                "明天中午十二点前送到，配送员会提前给您打电话。"
            ),
            agent("您看这样处理可以吗？还有其他需要我帮您的吗？"),
            customer("可以，没有了，谢谢。"),
            agent("感谢您的耐心和理解，祝您生活愉快，再见。"),
        ),
        expected={
            "steps": {
                "感知情绪": True,
                "安抚情绪": True,
                "了解状况": True,
                "确认问题": True,
                "解决问题": True,
                "确认理解": True,
            },
            "agent_interruptions": 0,
            "jargon": [],
            "forbidden": [],
            "dead_air": 0,
            "needs_review": False,
        },
    ),
    CallSpec(
        id="call_mono_16k",
        agent_id="A2048",
        layout="mono",
        sample_rate=16000,
        encoding="pcm_s16le",
        telephone_band=False,
        turns=(
            agent("您好，很高兴为您服务，请问有什么可以帮您？"),
            customer("我上周申请的退款被拒了，理由写的是不符合政策，我想知道具体是哪一条政策。"),
            agent("好的，我先帮您查一下这笔退款的记录。请问是哪个订单？"),
            customer("就是上周五买的那个蓝牙耳机。"),
            agent("我跟您确认一下，您是想了解这笔退款被拒的具体依据，对吗？"),
            customer("对。"),
            agent(
                "这笔退款被拒是因为商品已经拆封超过七天。根据规则，拆封的商品有质量问题，"
                "可以走质量问题退货。您拍两张故障照片上传，我这边帮您加急审核，"
                "一个工作日内给您结果。"
            ),
            agent("您看这样可以吗？我刚才说的步骤您都清楚了吗？"),
            customer("清楚了，谢谢。"),
            agent("感谢您的来电，再见。"),
        ),
        expected={
            "steps": {
                "感知情绪": False,
                "安抚情绪": False,
                "了解状况": True,
                "确认问题": True,
                "解决问题": True,
                "确认理解": True,
            },
            "not_applicable": ["感知情绪", "安抚情绪"],
            "agent_interruptions": 0,
            "jargon": [],
            "forbidden": [],
            "dead_air": 0,
            # two clearly different voices, no overlap: nothing a person must check
            "needs_review": False,
        },
    ),
    CallSpec(
        id="call_problems",
        agent_id="A3072",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        turns=(
            agent("您好，请问有什么可以帮您？"),
            customer("你们卖的东西质量太差了，才用两天就坏了！"),
            agent("请问您什么问题？"),
            customer("我刚才不是说了吗，已经坏了！你们到底管不管？我要投诉，我要找你们领导！"),
            agent("这个不归我们管，质量问题您去找厂家。", interrupts=True),
            customer("我在你们平台买的，凭什么找厂家？"),
            agent("我处已帮您记录，稍后会提交后台处理。"),
            customer("后台是什么？什么时候给我处理？"),
            agent("请您耐心等待。"),
            customer("等多久啊？"),
            agent("请您耐心等待，再见。"),
        ),
        expected={
            "steps": {
                "感知情绪": False,
                "安抚情绪": False,
                "了解状况": True,
                "确认问题": False,
                "解决问题": False,
                "确认理解": False,
            },
            "agent_interruptions": 1,
            "jargon": ["后台"],
            "forbidden": ["这个不归我们管", "您去找厂家"],
            "dead_air": 0,
            # a forbidden phrase is a critical flag: a person must look (seeds §13.3)
            "needs_review": True,
        },
    ),
    # ---- the labelled set for `qa eval` (issue 4): every rule present and absent ----
    CallSpec(
        id="telecom_angry_soothed",
        agent_id="A4101",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，工号四一零一，请问有什么可以帮您？"),
            customer("我家宽带又断了，这个月都第三次了，在家上班什么都干不了，气死我了！"),
            backchannel("agent", "嗯。", at=0.55),
            agent("听得出来您很着急，真是抱歉，这确实太耽误您了。"),
            agent("请问光猫亮的是什么灯？光猫就是连着网线的那个小盒子。"),
            customer("有个灯一直在闪红灯，早上八点就断了。"),
            agent("我跟您确认一下，您家从早上八点断网，盒子在闪红灯，对吗？"),
            customer("对，是这样。"),
            agent(
                "闪红灯是因为楼道里的线路老化了，是我们的问题。换一条新线就不会再断了，"
                "师傅今天下午两点前上门。"
            ),
            agent("您看这样安排可以吗？"),
            customer("可以，谢谢。"),
            agent("感谢您的理解，再见。"),
        ),
        # 光猫 is said twice, both in the turn that explains it
        expected=labels(True, True, True, True, True, True, jargon_explained=["光猫", "光猫"]),
    ),
    CallSpec(
        id="banking_fee_jargon_confusion",
        agent_id="A4102",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，请问有什么可以帮您？"),
            customer("我信用卡这个月莫名其妙多扣了八十块钱，也没人通知我，太过分了！我要投诉！"),
            agent("请您提供一下卡号后四位。"),
            customer("五六七八。"),
            agent("查到了，这八十块是利息，因为您上个月只交了最低还款。"),
            customer("最低还款是什么意思？我听不懂。"),
            agent("就是每个月最少要交的那部分钱。您今天把剩下的欠款还清，我给您申请退回这笔利息，三个工作日内到账。"),
            customer("那行吧。"),
            agent("好的，再见。"),
        ),
        # angry customer, never acknowledged or soothed; the term is explained only after
        # the customer asks, so the jargon hit stands (seed 004: 「后台」是什么?)
        expected=labels(False, False, True, False, True, False, jargon=["最低还款"]),
    ),
    CallSpec(
        id="ecommerce_agent_interrupts",
        agent_id="A4103",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，很高兴为您服务，请问有什么可以帮您？"),
            customer("你好，我前天买了一个台灯，今天拆开发现灯罩上有一道裂缝，底座也有点歪，我想问问能不能换个新的。"),
            agent("可以换，您在订单页面点申请换货就行。", interrupts=True),
            customer("我点过了，页面一直显示提交失败，也不知道是什么原因。"),
            agent("那是系统在升级，您明天再提交。", interrupts=True),
            customer("明天就能提交了吗？"),
            agent("对，明天上午系统升级完就能提交，提交以后快递员两天内上门取件，新台灯同时给您发出。"),
            agent("您看这样可以吗？"),
            customer("行，那我明天再试试。"),
            agent("感谢您的来电，再见。"),
        ),
        # a calm customer talked over twice; the agent never asks about the situation
        expected=labels(None, None, False, False, True, True, agent_interruptions=2),
    ),
    CallSpec(
        id="insurance_customer_interrupts",
        agent_id="A4104",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，工号四一零四，请问有什么可以帮您？"),
            customer("我爸的理赔申请交上去五天了，一点动静都没有，我都急死了。"),
            backchannel("agent", "嗯。", at=0.6),
            agent("听得出来您很着急，换作是我也会着急的，我一定帮您跟进。"),
            agent("请问您的保单号是多少？"),
            customer("三三八八六六。"),
            agent("我跟您确认一下，您父亲的理赔申请交了五天还没有结果，对吗？"),
            customer("对，是这样。"),
            agent("您的申请已经审核通过了，因为要先扣除免赔额，也就是您自己承担的五百块，所以多核算了两天。"),
            customer("那钱到底什么时候能到？", interrupts=True),
            agent("明天下午五点前到账，会有短信通知您。"),
            agent("您看还有什么不清楚的吗？"),
            customer("没有了，谢谢。"),
            agent("不客气，再见。"),
        ),
        expected=labels(True, True, True, True, True, True, customer_interruptions=1,
                        jargon_explained=["免赔额"]),
    ),
    CallSpec(
        id="utilities_fast_agent",
        agent_id="A4105",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=FAST_PACE,
        turns=(
            agent("您好，城市电力客服，工号四一零五，请问有什么可以帮您？"),
            customer("你好，我想问一下，我家这个月电费比上个月多了一百多块，是怎么算的？"),
            agent("好的，请问您家最近有没有新添什么电器，比如空调或者电暖器？"),
            customer("上个月新装了一台空调。"),
            agent("我跟您确认一下，您是想知道这个月电费为什么比上个月多了一百多块，对吗？"),
            customer("对，是这样。"),
            agent(
                "您家这个月比上个月多用了三百度电，主要是空调用的。电费是按用量分档收的，"
                "用电越多单价越高。建议您把空调调到二十六度，晚上十点以后用电更便宜，下个月就能省不少。"
            ),
            backchannel("customer", "嗯。", at=0.3),
            backchannel("customer", "好的。", at=0.75),
            agent("我说的这些您都清楚了吗？"),
            customer("清楚了，谢谢。"),
            agent("感谢您的来电，再见。"),
        ),
        expected=labels(None, None, True, True, True, True),
    ),
    CallSpec(
        id="telecom_slow_agent_mono",
        agent_id="A4106",
        industry="telecom",
        layout="mono",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=SLOW_PACE,
        turns=(
            agent("您好，很高兴为您服务，请问有什么可以帮您？"),
            customer("我想换到你们家的套餐，但是不想换手机号，能办吗？"),
            agent("可以，这叫携号转网，就是换运营商不换号码。您现在用的是哪家的？"),
            customer("别家的，已经用了八年了。"),
            agent("您先发短信查一下能不能转，再带身份证到营业厅办理，当天就能办好。"),
            agent("这些步骤您都清楚了吗？"),
            customer("清楚了，谢谢。"),
            agent("不客气，再见。"),
        ),
        # the agent never restates the request
        expected=labels(None, None, True, False, True, True, jargon_explained=["携号转网"]),
    ),
    CallSpec(
        id="banking_announced_hold",
        agent_id="A4107",
        industry="banking",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，请问有什么可以帮您？"),
            customer("你好，我昨天给我妈转了一笔钱，她到现在还没收到。"),
            agent("请问是用手机银行转的吗？转了多少？"),
            customer("手机银行转的，两千块。"),
            agent("我跟您确认一下，您昨天用手机银行转了两千块，对方还没收到，对吗？"),
            customer("对，是这样。"),
            agent("好的，请您稍等，我帮您查一下。"),
            agent(
                "感谢您耐心等待。这笔钱转的是外地银行，跨行要一个工作日，今天下午四点前会到账。",
                pause_before=HOLD_S,
            ),
            agent("您看还有其他问题吗？"),
            customer("没有了，谢谢。"),
            agent("不客气，再见。"),
        ),
        expected=labels(None, None, True, True, True, True, holds=1),
    ),
    CallSpec(
        id="ecommerce_dead_air",
        agent_id="A4108",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，请问有什么可以帮您？"),
            customer("你好，我上周买了一箱牛奶，物流一直没有更新，想问问现在到哪了。"),
            agent("您的订单号是多少？"),
            customer("订单号是五五六六七七。"),
            customer("喂，你好，还在吗？", pause_before=DEAD_AIR_S),
            agent("在的。包裹还在路上，具体什么时候到我这边也看不到，您再等等吧。"),
            customer("那好吧。"),
            agent("好，再见。"),
        ),
        # silence nobody announced; no cause, no time, no next step: not a solution
        expected=labels(None, None, True, False, False, False, dead_air=1),
    ),
    CallSpec(
        id="ecommerce_forbidden",
        agent_id="A4109",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，请问有什么可以帮您？"),
            customer("我买的手机壳寄了半个月还没到，物流信息也一直不更新，你们到底怎么回事？"),
            agent("物流是快递公司负责的，这跟我们没关系。"),
            customer("我是在你们店里买的，你们怎么能不管呢？我等了半个月了！"),
            agent("快递单号在订单里，你自己去查。"),
            customer("你这是什么态度？我要投诉你！"),
            agent("爱投诉就投诉。"),
        ),
        expected=labels(False, False, False, False, False, False,
                        forbidden=["跟我们没关系", "你自己去查", "爱投诉就投诉"], needs_review=True),
    ),
    CallSpec(
        id="telecom_pii",
        agent_id="A4110",
        industry="telecom",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，请问有什么可以帮您？"),
            customer("你好，我手机丢了，想先把号码停掉，免得被别人用。"),
            agent("好的，请问要停的号码是多少？机主的身份证号也麻烦报一下。"),
            # 13812345678 and a 身份证 number with a valid check digit (GB 11643); no digit
            # follows itself, Whisper swallowed the second 一 of 一一零一零五
            customer("号码是幺三八一二三四五六七八，身份证是三二零一零二一九八五零三一二一三五七。"),
            agent("我跟您确认一下，您是要把尾号五六七八的号码先停掉，对吗？"),
            customer("对，是这样。"),
            agent(
                "停掉以后别人就用不了。我现在就帮您办，五分钟内生效，"
                "补卡时带上身份证到营业厅就行。"
            ),
            agent("这样处理您看可以吗？"),
            customer("可以，谢谢。"),
            agent("感谢您的来电，再见。"),
        ),
        expected=labels(None, None, True, True, True, True, pii=["mobile", "id_card"]),
    ),
    CallSpec(
        id="insurance_missing_confirmations",
        agent_id="A4111",
        industry="insurance",
        layout="stereo",
        sample_rate=8000,
        encoding="a-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，请问有什么可以帮您？"),
            customer("我上个月买了你们的医疗险，这周去医院看病了，想问问能不能报销。"),
            agent("请问您是哪天投保的，看的是什么病？"),
            customer("上个月十号买的，这周看的是肠胃炎。"),
            agent(
                "您的保单还在等待期内，这次的费用报不了。下个月十号以后看病的费用都可以报，"
                "您把发票和病历拍照上传到我们的公众号就行。"
            ),
            customer("哦，好的。"),
            agent("好，再见。"),
        ),
        # no restatement before the answer, no check at the end; 等待期 left unexplained
        expected=labels(None, None, True, False, True, False, jargon=["等待期"]),
    ),
    CallSpec(
        id="utilities_neutral_mono",
        agent_id="A4112",
        industry="utilities",
        layout="mono",
        sample_rate=16000,
        encoding="pcm_s16le",
        telephone_band=False,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，请问有什么可以帮您？"),
            customer("我刚搬了新家，想问一下水费在哪交。"),
            agent("请问房子是自己买的还是租的？"),
            customer("租的，在阳光小区。"),
            agent("我跟您确认一下，您是刚搬来的租客，想知道水费怎么交，对吗？"),
            customer("对，是这样。"),
            agent("租客也可以自己交。您关注我们的公众号，输入房东给的缴费编号就能交。"),
            agent("这个步骤您清楚了吗？"),
            customer("清楚了，谢谢。"),
            agent("感谢您的来电，再见。"),
        ),
        expected=labels(None, None, True, True, True, True),
    ),
    CallSpec(
        id="utilities_ack_not_soothed",
        agent_id="A4113",
        industry="utilities",
        layout="stereo",
        sample_rate=8000,
        encoding="mu-law",
        telephone_band=True,
        agent_pace=NORMAL_PACE,
        turns=(
            agent("您好，城市电力客服，请问有什么可以帮您？"),
            customer("我们整栋楼停电三个小时了，冰箱里的东西都要坏了，也没人来修，你们到底管不管？"),
            agent("听得出来您挺着急的。请问是整栋楼都停了，还是只有您家停了？"),
            customer("整栋楼都停了，邻居家也没电。"),
            agent("我跟您确认一下，您那栋楼从三个小时前开始全部停电，对吗？"),
            customer("对，赶紧派人来。"),
            agent("是小区的变压器坏了，我已经提交了工单，抢修师傅四十分钟内到，修好大概要两个小时。"),
            customer("还要两个小时？"),
            agent("对，再见。"),
        ),
        # the emotion is named (感知) but never soothed: no empathy, apology or reassurance
        expected=labels(True, False, True, True, True, False, jargon=["工单"]),
    ),
)
