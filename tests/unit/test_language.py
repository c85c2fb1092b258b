import tomllib

import pytest

from scoring.expectations import commitments, concrete_detail, concrete_time, refusals, vague_wording
from scoring.jargon import jargon, jargon_terms
from scoring.language import caution_phrases, etiquette, forbidden_phrases, language_findings, mechanical_replies
from scoring.lexicons import jargon_glossary
from scoring.rubric import load_rubric
from tests.transcripts import transcript


@pytest.fixture(scope="module")
def rubric():
    return load_rubric()


def _rubric_with(tmp_path, old, new):
    text = load_rubric().path.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "custom.toml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return load_rubric(path)


# --- jargon --------------------------------------------------------------------------------

def test_two_character_jargon_must_stand_as_a_word():
    glossary = jargon_glossary(("all",))
    assert jargon_terms("我处已帮您记录，稍后会提交后台处理。", glossary, 50) == ["后台"]
    assert jargon_terms("您沿着后台阶往上走", glossary, 50) == []  # 后 + 台阶: not the word 后台
    assert jargon_terms("号码欠费被单停了", glossary, 50) == ["单停"]  # jieba: 被单 / 停; 被 is a particle
    assert jargon_terms("包裹到了中转站", glossary, 50) == []
    assert jargon_terms("房子过户要带房产证", glossary, 50) == []  # 过户: everyday words (session 17, heldout27)
    # longer terms match anywhere, also where jieba splits them (等待 / 期内)
    assert jargon_terms("您的保单还在等待期内", glossary, 50) == ["等待期"]
    assert jargon_terms("您这个可能是光功率低了，也可能是CA卡没授权", glossary, 50) == ["光功率", "ca卡"]


@pytest.mark.parametrize("said, term", [("门诊先过了起付线才报销", "起付线"), ("一年报到封顶线就不报了", "封顶线"),
                                        ("出境前开个日租包", "日租包"), ("东西太多系统自动拆单了", "拆单"),
                                        ("逾期记录不对可以提异议申请", "异议申请"), ("这一千是绝对免赔", "绝对免赔"),
                                        ("副卡共享主卡的流量池", "流量池"), ("三相负荷不平衡会让灯闪", "负荷不平衡"),
                                        ("刷脸没过是因为活体检测", "活体检测"), ("要换成双向电表才能卖电", "双向电表"),
                                        ("改受益人要做保全变更", "保全变更"), ("保全找柜面", "保全"),
                                        ("这个号是二次放号的", "二次放号"), ("被中转行扣了手续费", "中转行"),
                                        ("零线松了会烧电器", "零线"), ("空置房要先报停", "报停"),
                                        ("照片进了冷存储", "冷存储")])
def test_terms_of_the_glossary_added_in_session_14(said, term):
    assert jargon_terms(said, jargon_glossary(("all",)), 50) == [term]


def test_jargon_heard_as_a_homophone():
    glossary = jargon_glossary(("all",))
    assert jargon_terms("您这个光公率低了", glossary, 50) == ["光功率"]  # 3+ characters: by sound
    assert jargon_terms("这八十块是法西", glossary, 50) == ["罚息"]  # 法西: a rare word, a mishearing of 罚息
    assert jargon_terms("这个有保障", glossary, 50) == []  # 保障 is a common word of its own, not 报障
    assert jargon_terms("那一排几盏灯不亮？", glossary, 50) == []  # 几盏 counts lamps: a quantity, not 基站
    assert jargon_terms("这个叫一击，就是把宽带搬过去", glossary, 50) == ["移机"]  # 一击 is no count: 移机 misheard
    assert jargon_terms("这八十块是法西", glossary, 0) == []  # the rarity limit is the rubric's


def test_homophone_of_a_polyphonic_character():
    glossary = jargon_glossary(("all",))
    # 还 reads huan in 还款 but hai on its own: every reading counts
    assert jargon_terms("因为您上个月只交了最低环款,", glossary, 50) == ["最低还款"]
    assert jargon_terms("因为您上个月只交了最低的款", glossary, 50) == []
    # the heard text is read as written: 不 (bu, rarely fu) 凯 is not 复核
    assert jargon_terms("不凯时代上身份证到营业停就行", glossary, 50) == []


def test_unexplained_jargon_suggests_plain_wording(rubric):
    t = transcript(("agent", 0.0, 3.0, "我处已帮您记录，稍后会提交后台处理。"), ("customer", 3.5, 5.0, "好的。"))
    [finding] = jargon(t, rubric)
    assert (finding.quote, finding.severity, finding.detail["explained"]) == ("后台", "minor", False)
    assert finding.detail["plain"] == "负责处理的同事" and "负责处理的同事" in finding.rule


def test_jargon_explained_in_the_same_turn_is_forgiven(rubric):
    t = transcript(("agent", 0.0, 3.0, "我帮您报障，"), ("agent", 3.1, 6.0, "就是登记一个报修，师傅会上门。"),
                   ("customer", 6.5, 7.0, "好的。"))
    [finding] = jargon(t, rubric)
    assert finding.detail["explained"] and finding.severity == "info"


def test_with_several_terms_an_explanation_forgives_only_the_term_said_last_before_it(rubric):
    # session 19 (heldout36 read): 也就是 explains 预付费, not the 后台 said before it
    t = transcript(("agent", 0.0, 3.0, "我提交后台，"), ("agent", 3.1, 7.0, "您家是预付费，也就是先充钱后用电。"),
                   ("customer", 7.5, 8.0, "好的。"))
    found = {f.quote: f.detail["explained"] for f in jargon(t, rubric)}
    assert found == {"后台": False, "预付费": True}


@pytest.mark.parametrize("explanation", ["简单讲，您家的电是先充钱后用的。", "打个比方，跟公交卡一样先充后用。"])
def test_other_openers_of_a_plain_explanation_forgive_the_term(rubric, explanation):
    t = transcript(("agent", 0.0, 3.0, "您家是预付费，"), ("agent", 3.1, 6.0, explanation), ("customer", 6.5, 7.0, "懂了。"))
    [finding] = jargon(t, rubric)
    assert finding.quote == "预付费" and finding.detail["explained"] and finding.severity == "info"


def test_jargon_followed_by_confusion_is_worse(rubric):
    t = transcript(("agent", 0.0, 3.0, "稍后会提交后台处理，就是这样。"), ("customer", 3.5, 5.0, "后台是什么？我听不懂。"))
    [finding] = jargon(t, rubric)
    assert finding.severity == "major" and finding.detail["customer_confused"]
    assert not finding.detail["explained"]  # an explanation the customer did not understand does not count


def test_a_term_once_explained_is_known_for_the_rest_of_the_call(rubric):
    asked = transcript(("agent", 0.0, 3.0, "建议您办展期。"), ("customer", 3.5, 5.0, "展期？啥意思？"),
                       ("agent", 5.5, 9.0, "就是把还款时间往后推。您在手机银行申请展期就行。"),
                       ("customer", 9.5, 10.0, "好。"), ("agent", 10.5, 12.0, "展期批了会短信通知您。"))
    assert [(f.quote, f.severity) for f in jargon(asked, rubric)] == [("展期", "major")]
    explained = transcript(("agent", 0.0, 4.0, "您家是预付费，就是先充钱后用电。"), ("customer", 4.5, 5.0, "哦。"),
                           ("agent", 5.5, 8.0, "预付费的户头余额不多了。"))
    assert [(f.quote, f.severity) for f in jargon(explained, rubric)] == [("预付费", "info")]
    # an unexplained term stays jargon each time it is said again
    unexplained = transcript(("agent", 0.0, 3.0, "这是罚息。"), ("customer", 3.5, 4.0, "嗯。"), ("agent", 4.5, 6.0, "罚息要还。"))
    assert [f.quote for f in jargon(unexplained, rubric)] == ["罚息", "罚息"]


def test_industry_selection_comes_from_the_rubric(tmp_path):
    banking_only = _rubric_with(tmp_path, 'industries = ["all"]', 'industries = ["banking"]')
    t = transcript(("agent", 0.0, 3.0, "您家光功率太低，另外您的征信没问题。"))
    assert [f.quote for f in jargon(t, load_rubric())] == ["光功率", "征信"]
    assert [f.quote for f in jargon(t, banking_only)] == ["征信"]


def test_customer_words_are_not_agent_jargon(rubric):
    assert jargon(transcript(("customer", 0.0, 2.0, "你们后台怎么回事")), rubric) == []


def test_a_term_the_customer_said_first_is_known_to_them(rubric):
    own = transcript(("customer", 0.0, 3.0, "我的机顶盒CA卡插反了吧？"), ("agent", 3.5, 6.0, "CA卡拔下来重插一下。"))
    assert jargon(own, rubric) == []
    # not when saying it they asked what it is
    asked = transcript(("customer", 0.0, 3.0, "屏幕上说CA卡，这是什么意思？"), ("agent", 3.5, 6.0, "CA卡没授权。"))
    assert [f.quote for f in jargon(asked, rubric)] == ["ca卡"]
    # nor for a term the customer has not said yet
    later = transcript(("agent", 0.0, 3.0, "CA卡没授权。"), ("customer", 3.5, 5.0, "CA卡在哪？"), ("agent", 5.5, 7.0, "CA卡在侧面。"))
    assert [f.quote for f in jargon(later, rubric)] == ["ca卡"]


# --- forbidden phrases, mechanical replies, caution ------------------------------------------

def test_forbidden_phrases_carry_their_behaviour():
    t = transcript(("agent", 0.0, 2.0, "这不归我们管，你有病吧。"), ("customer", 2.5, 3.0, "这不归我们管"))
    found = forbidden_phrases(t, 1.5)
    assert [(f.quote, f.detail["behaviour"], f.severity) for f in found] == [
        ("不归我们管", "推卸责任", "critical"), ("你有病吧", "攻击性", "critical")]


def test_polite_agent_has_no_forbidden_phrase():
    t = transcript(("agent", 0.0, 3.0, "这个问题我来帮您联系厂家，由我们跟进。"))
    assert forbidden_phrases(t, 1.5) == []


def test_a_forbidden_phrase_split_where_the_customer_cut_in_is_found():
    t = transcript(("agent", 0.0, 1.6, "这个您过段时间"), ("customer", 1.2, 2.4, "什么？"),
                   ("agent", 2.0, 3.5, "再打过来吧。"))
    [finding] = forbidden_phrases(t, 1.5)
    assert (finding.quote, finding.start, finding.end) == ("您过段时间再打过来", 0.0, 3.5)
    assert finding.detail["sentence"] == "这个您过段时间再打过来吧。"


def test_a_forbidden_phrase_is_not_made_of_words_a_pause_apart():
    split = transcript(("agent", 0.0, 1.6, "这个您过段时间"), ("agent", 4.0, 5.5, "再打过来吧。"))
    assert forbidden_phrases(split, 1.5) == []


def test_the_same_reply_to_new_customer_turns_is_mechanical():
    t = transcript(("customer", 0.0, 1.0, "什么时候处理？"), ("agent", 1.5, 2.5, "请您耐心等待。"),
                   ("customer", 3.0, 4.0, "等多久？"), ("agent", 4.5, 5.5, "请您耐心等待。"))
    found = mechanical_replies(t, min_chars=4)
    assert [(f.kind, f.start) for f in found] == [("mechanical_reply", 4.5)]
    varied = transcript(("customer", 0.0, 1.0, "什么时候处理？"), ("agent", 1.5, 2.5, "请您耐心等待。"),
                        ("customer", 3.0, 4.0, "等多久？"), ("agent", 4.5, 5.5, "明天上午十点前处理好。"))
    assert mechanical_replies(varied, min_chars=4) == []


def test_caution_phrases_are_reported():
    found = caution_phrases(transcript(("agent", 0.0, 2.0, "您冷静一点，我们来看看。")))
    assert [(f.kind, f.quote) for f in found] == [("caution_phrase", "您冷静一点")]


# --- etiquette -----------------------------------------------------------------------------

def test_greeting_self_id_and_closing(rubric):
    t = transcript(("agent", 0.0, 4.0, "您好，星辰客服，工号1024，很高兴为您服务。"), ("customer", 4.5, 6.0, "我要查话费。"),
                   ("agent", 6.5, 8.0, "好的，已经发到您手机了。"), ("agent", 8.5, 10.0, "感谢您的来电，再见。"))
    assert [f.kind for f in etiquette(t, rubric)] == ["greeting", "self_id", "closing"]


def test_missing_etiquette(rubric):
    t = transcript(("customer", 0.0, 2.0, "喂？"), ("agent", 20.0, 22.0, "您好。"), ("agent", 23.0, 24.0, "嗯。"))
    assert etiquette(t, rubric) == []  # a greeting after 15 s is too late; no closing


# --- commitments, refusals, vague wording ----------------------------------------------------

def test_concrete_times_and_quantities():
    assert concrete_time("明天中午十二点前送到") == "明天"
    assert concrete_time("两个工作日内给您答复") == "两个工作日"
    assert concrete_time("稍后给您处理") == ""
    assert concrete_detail("您拍两张照片上传") == "两张"
    assert concrete_time("12点前送到") == "十二点"  # matched on normalised text: digits spelled in Chinese
    assert concrete_time("退款次日到账") == "次日" and concrete_time("下午好，请问有什么可以帮您") == ""
    assert concrete_detail("每个月送您十二期免息") == "十二期" and concrete_detail("千万别点陌生链接") == ""
    assert concrete_detail("不接受的话可以申请免费寄回") == "免费" and concrete_detail("运费全免") == "全免"
    assert concrete_detail("扣掉起付线报七成") == "七成" and concrete_detail("这样成本太高") == ""


def test_commitment_needs_a_time_and_a_channel():
    t = transcript(("agent", 0.0, 3.0, "稍后会提交处理。"), ("agent", 3.5, 7.0, "两个小时内会有专人给您回电。"))
    found = commitments(t)
    assert [f.detail["missing"] for f in found] == [["time", "channel"], []]


def test_refusal_needs_a_reason_and_an_alternative():
    bare = transcript(("agent", 0.0, 2.0, "这个无法办理。"))
    kind = transcript(("agent", 0.0, 4.0, "这个暂时无法办理，因为已经超过七天，不过您可以申请维修。"))
    assert refusals(bare)[0].detail["missing"] == ["reason", "alternative"]
    assert refusals(kind)[0].detail["missing"] == []


def test_vague_promise_without_a_time():
    vague = transcript(("agent", 0.0, 3.0, "我们会尽快给您处理。"))
    concrete = transcript(("agent", 0.0, 3.0, "我们会尽快给您处理，明天上午十点前。"))
    assert [f.quote for f in vague_wording(vague)] == ["尽快"]
    assert vague_wording(concrete) == []


def test_language_findings_collects_everything(rubric):
    t = transcript(("agent", 0.0, 3.0, "您好，稍后会提交后台处理。"), ("customer", 3.5, 6.0, "我的手机是13812345678"))
    kinds = {f.kind for f in language_findings(t, rubric)}
    assert kinds == {"greeting", "jargon", "commitment", "vague", "pii"}


def test_default_rubric_is_version_four_and_sums_to_100():
    data = tomllib.loads(load_rubric().path.read_text(encoding="utf-8"))
    assert data["rubric"]["version"] == "4"
    assert sum(item["max"] for item in data["items"]) == 100


def test_asking_when_is_not_confusion(rubric):
    t = transcript(("agent", 0.0, 3.0, "要先扣除免赔额，也就是您自己承担的五百块。"), ("customer", 3.5, 5.0, "那钱什么时候能到？"))
    [finding] = jargon(t, rubric)
    assert finding.detail["explained"] and not finding.detail["customer_confused"]


@pytest.mark.parametrize("said, quote, behaviour", [
    ("配送这块我们平台管不了。", "我们平台管不了", "推卸责任"),
    ("那是业务员答应的，你找他本人去。", "你找他本人去", "推卸责任"),
    ("嫌贵的话你可以不续。", "嫌贵的话你可以不", "态度生硬"),
    ("谁让你不早点来办呢。", "谁让你不", "否认争辩"),
    ("那是您自己没保管好密码。", "那是您自己", "否认争辩"),
    ("又不是只有您一个人这样。", "又不是只有您", "态度生硬"),
    ("你再吵也没用，系统就这样。", "你再吵也没用", "态度生硬"),
    ("这事我们客服说了不算。", "我们客服说了不算", "推卸责任"),
    ("随便你去哪儿投诉。", "随便你", "态度生硬"),
])
def test_taboo_shapes_beyond_the_phrase_list_are_forbidden(said, quote, behaviour):
    [finding] = forbidden_phrases(transcript(("agent", 0.0, 2.0, said)), 1.5)
    assert (finding.quote, finding.detail["behaviour"], finding.severity) == (quote, behaviour, "critical")


@pytest.mark.parametrize("said, behaviour", [("爱办不办，随便。", "态度生硬"), ("这事我不管，你问别人去。", "推卸责任"),
                                              ("早干嘛去了？", "否认争辩")])
def test_common_taboo_phrases_of_service_lists_are_forbidden(said, behaviour):
    findings = forbidden_phrases(transcript(("agent", 0.0, 2.0, said)), 1.5)
    assert findings and {f.detail["behaviour"] for f in findings} == {behaviour}


def test_what_customers_say_when_they_are_angry_is_not_in_the_agent_taboo_list():
    # 「你这是什么态度」 is a customer's line in samples/: an agent segment the speaker split got wrong must not fail the call
    assert forbidden_phrases(transcript(("agent", 0.0, 2.0, "你这是什么态度？")), 1.5) == []


def test_polite_referrals_are_not_taboo_shapes():
    t = transcript(("agent", 0.0, 4.0, "不管多晚我们都会处理，您可以找物业确认一下水表读数，我们公司认可物业的记录。"))
    assert forbidden_phrases(t, 1.5) == []


@pytest.mark.parametrize("said", ["请问是谁让您来办理的？", "您放心，不是您自己的问题，我们来处理。",
                                  "您再等一下也没关系，我不挂。"])
def test_questions_and_reassurance_near_the_blame_shapes_are_not_taboo(said):
    assert forbidden_phrases(transcript(("agent", 0.0, 4.0, said)), 1.5) == []


def test_one_taboo_sentence_two_shapes_match_is_reported_once():
    # 「那是你自己」 and 「你自己没看」 are two shapes over the same words: one finding, the earliest and longest
    [finding] = forbidden_phrases(transcript(("agent", 0.0, 2.0, "那是你自己没看仔细。")), 1.5)
    assert finding.detail["behaviour"] == "否认争辩" and finding.quote.startswith("那是你自己")


def test_a_term_said_twice_in_one_turn_is_one_finding(rubric):
    t = transcript(("agent", 0.0, 6.0, "楼道的分光器老化了，分光器就是把光纤分到各家的小盒子。"))
    [finding] = jargon(t, rubric)
    assert finding.quote == "分光器" and finding.detail["explained"]


@pytest.mark.parametrize("said, taboo", [("您随意。", True), ("那您就随意吧。", True), ("套餐您可以随意选择。", False),
                                         ("这两个颜色您随意挑。", False)])
def test_as_you_please_answers_a_complaint_but_is_no_offer_to_choose(said, taboo):
    findings = forbidden_phrases(transcript(("agent", 0.0, 2.0, said)), 1.5)
    assert bool(findings) is taboo and all(f.detail["behaviour"] == "态度生硬" for f in findings)


@pytest.mark.parametrize("said, behaviour", [("您冲我发火，暖气片也不会自己热起来。", "否认争辩"),
                                              ("犯不上急成这样。", "否认争辩"), ("拧个螺丝总会吧？", "居高临下")])
def test_arguing_with_the_emotion_and_talking_down_are_taboo(said, behaviour):
    findings = forbidden_phrases(transcript(("agent", 0.0, 3.0, said)), 1.5)
    assert [f.detail["behaviour"] for f in findings] == [behaviour]


@pytest.mark.parametrize("said", ["让您急成这样，真对不起。", "您冲我说就行，我来记。", "明天总会有师傅联系您。"])
def test_owning_the_trouble_is_not_taboo(said):
    assert forbidden_phrases(transcript(("agent", 0.0, 3.0, said)), 1.5) == []


def test_就是_after_a_person_says_who_they_are_and_explains_no_term(rubric):
    t = transcript(("agent", 0.0, 4.0, "结论是公估出的，我这边也就是个传话的。"), ("customer", 4.5, 5.0, "行。"))
    [finding] = jargon(t, rubric)
    assert finding.quote == "公估" and not finding.detail["explained"]


@pytest.mark.parametrize("said, explained", [("您这单还在犹豫期，意思是十五天内退保全额退。", True),
                                             ("还在犹豫期，您的意思是现在就退，对吗？", False)])
def test_意思是_explains_a_term_but_您的意思是_restates_the_customer(rubric, said, explained):
    [finding] = jargon(transcript(("agent", 0.0, 5.0, said), ("customer", 5.5, 6.0, "嗯。")), rubric)
    assert finding.quote == "犹豫期" and finding.detail["explained"] is explained
