import pytest

from qa.model import Assessment, Finding
from qa.pipeline import assess_transcript
from scoring.pii import (
    classify,
    find_pii,
    id_card_valid,
    luhn_valid,
    pii_findings,
    redact_assessment,
    redact_text,
)
from scoring.rubric import load_rubric
from tests.transcripts import transcript

VALID_ID = "11010519491231002X"  # GB 11643 check character X
VALID_CARD = "6222021234567890128"  # passes Luhn


def test_id_card_checksum():
    assert id_card_valid(VALID_ID)
    assert not id_card_valid("110105194912310021")  # wrong check character
    assert not id_card_valid("1101051949123100")  # too short


def test_luhn():
    assert luhn_valid("4111111111111111") and luhn_valid(VALID_CARD)
    assert not luhn_valid("4111111111111112") and not luhn_valid("41111x")


def test_classify():
    assert classify("13812345678") == "mobile"
    assert classify("12812345678") == ""  # no mobile prefix 12x
    assert classify(VALID_ID) == "id_card"
    assert classify(VALID_CARD) == "bank_card"
    assert classify("6222021234567890123") == ""  # fails Luhn
    assert classify("778899") == ""  # an order number is not personal data


@pytest.mark.parametrize("spoken", ["13812345678", "138 1234 5678", "138-1234-5678", "一三八一二三四五六七八",
                                    "幺三八，一二三四，五六七八"])
def test_mobile_numbers_in_digits_or_spoken_chinese(spoken):
    [match] = find_pii(f"我的手机号是{spoken}，谢谢")
    assert (match.type, match.digits) == ("mobile", "13812345678")


def test_a_digit_heard_as_its_homophone_still_counts():
    # 幺 (yao) written as 要 by the recogniser; 七 (qi) as 期
    assert [(m.type, m.digits) for m in find_pii("号码是要3812345678。")] == [("mobile", "13812345678")]
    assert [m.digits for m in find_pii("号码是1381234567期")] == ["13812345677"]
    # only where a whole valid number comes out: ordinary words next to digits stay words
    assert find_pii("我要3个") == [] and find_pii("一共是8期，每期要还600") == []
    # the number as written wins over a reading that would spoil it
    assert [m.digits for m in find_pii("需要13812345678")] == ["13812345678"]


def test_a_run_of_homophones_counts_from_the_digit_it_touches():
    # 幺 heard as 邀 twice in a row at the start, 四 heard as 此 (c for s at 8 kHz)
    heard = "邀邀零邀零五邀九此九邀二三邀零零二叉"
    assert [(m.type, m.digits) for m in find_pii(f"身份证{heard}")] == [("id_card", VALID_ID)]
    assert [m.digits for m in find_pii("号码是1381234567此")] == ["13812345674"]
    assert find_pii("打了三次，第二次才通") == []


def test_a_run_of_homophones_counts_across_the_pause_between_groups():
    # a whole first group heard as homophones (此 for 四, 尔 for 二, 邻 for 零: the ng lost at 8 kHz, 溜 for 六),
    # set off from the digits by the comma Whisper writes at the pause
    assert [(m.type, m.digits) for m in find_pii("此尔邻要邻溜,1992-0507,1236")] == [("id_card", "420106199205071236")]
    assert find_pii("林先生,1992年") == [] and find_pii("临时,3个") == []


def test_id_card_spoken_with_x_and_bank_card():
    spoken_id = "".join("零一二三四五六七八九"[int(d)] for d in VALID_ID[:-1]) + "叉"
    assert [m.type for m in find_pii(f"身份证{spoken_id}")] == ["id_card"]
    assert [m.type for m in find_pii(f"卡号{VALID_CARD}")] == ["bank_card"]


def test_redact_keeps_the_last_digits_only():
    assert redact_text("手机13812345678，订单778899", keep_last=4) == "手机*******5678，订单778899"
    assert redact_text("没有号码", keep_last=4) == "没有号码"


def test_findings_never_hold_the_number():
    t = transcript(("customer", 0.0, 3.0, "我的手机号是13812345678"), ("agent", 3.5, 6.0, "您的号码是13812345678对吗"))
    found = pii_findings(t, keep_last=4)
    assert [(f.role, f.severity, f.detail["type"]) for f in found] == [("customer", "info", "mobile"),
                                                                       ("agent", "major", "mobile")]
    assert all("13812345678" not in f.quote for f in found)


def test_pipeline_redacts_when_the_rubric_says_so(tmp_path):
    text = load_rubric().path.read_text(encoding="utf-8").replace("redact = false", "redact = true")
    path = tmp_path / "redact.toml"
    path.write_text(text, encoding="utf-8")
    t = transcript(("customer", 0.0, 3.0, "我的手机号是一三八一二三四五六七八"))
    kept = assess_transcript(t, load_rubric(), "keep")
    assert kept.transcript.segments[0].text.endswith("一三八一二三四五六七八")
    t = transcript(("customer", 0.0, 3.0, "我的手机号是一三八一二三四五六七八"))
    masked = assess_transcript(t, load_rubric(path), "mask")
    segment = masked.transcript.segments[0]
    assert segment.text == "我的手机号是*******5678"
    assert not any(c in "一二三四五六七八" for w in segment.words for c in w.text)
    assert masked.findings_of("pii")[0].quote == "*******5678"
    assert "一三八" not in str(masked.to_dict())


def test_agent_reading_personal_data_raises_the_review_flag():
    t = transcript(("agent", 0.0, 3.0, "您的手机号是13812345678"))
    result = assess_transcript(t, load_rubric(), "pii")
    assert "pii_exposure" in result.critical and result.needs_review


def test_a_number_read_in_groups_over_two_segments_is_found_once():
    # Whisper started a new segment at the pause between the groups (measured on a held-out call)
    t = transcript(("customer", 0.0, 2.0, "手机号是159，"), ("customer", 2.6, 5.0, "07263841，"),
                   ("agent", 5.5, 7.0, "好的，收到"))
    found = pii_findings(t, keep_last=4)
    assert [(f.detail["type"], f.start, f.end, f.quote) for f in found] == [("mobile", 0.0, 5.0, "*******3841")]


def test_a_split_number_is_masked_in_every_segment_and_quote():
    t = transcript(("customer", 0.0, 2.0, "手机号是159，"), ("customer", 2.6, 5.0, "07263841，"))
    assessment = Assessment(call_id="c", rubric_version="t", transcript=t, findings=[
        Finding("customer_emotion", "info", "customer", 2.6, 5.0, "07263841，", "test")],
        emotion_timeline=[{"text": "手机号是159，"}])
    redact_assessment(assessment, keep_last=4)
    assert [s.text for s in t.segments] == ["手机号是***，", "****3841，"]
    assert [w.text for w in t.segments[1].words] == ["*"] * 8 + ["，"]
    assert assessment.findings[0].quote == "****3841，" and assessment.emotion_timeline[0]["text"] == "手机号是***，"


def test_masking_keeps_the_separators_between_digit_groups():
    assert redact_text("号码138 1234 5678", keep_last=4) == "号码*** **** 5678"
    assert redact_text("要3812345678", keep_last=4) == "*******5678"  # the homophone 要 (幺) is a digit too


def test_a_number_split_between_two_speakers_turns_is_read_whole():
    # the speaker split gave the first groups of the customer's card number to the agent (measured on a mono call)
    t = transcript(("agent", 0.0, 1.5, "卡号多少？"), ("agent", 1.8, 3.2, "6217-0038-"),
                   ("customer", 3.2, 5.0, "1002-4018"), ("agent", 5.5, 7.0, "好的"))
    [found] = pii_findings(t, keep_last=4)
    assert (found.detail["type"], found.role, found.severity, found.start, found.end) == (
        "bank_card", "customer", "info", 1.8, 5.0)  # eight digits each: the customer's on a tie
    t = transcript(("agent", 0.0, 3.0, "卡号6217-0038-1002-"), ("customer", 3.2, 4.0, "4018"))
    assert [(f.role, f.severity) for f in pii_findings(t, keep_last=4)] == [("agent", "major")]


def test_turns_apart_or_not_running_on_are_not_joined_into_a_number():
    assert pii_findings(transcript(("agent", 0.0, 1.5, "6217-0038-"), ("customer", 3.0, 5.0, "1002-4018")), 4) == []
    assert pii_findings(transcript(("agent", 0.0, 1.5, "尾号0038？"), ("customer", 1.8, 5.0, "对，10024018")), 4) == []


def test_a_number_split_between_speakers_is_masked_in_both():
    t = transcript(("agent", 0.0, 1.5, "6217-0038-"), ("customer", 1.6, 3.0, "1002-4018"))
    redact_assessment(Assessment(call_id="c", rubric_version="t", transcript=t), keep_last=4)
    assert [s.text for s in t.segments] == ["****-****-", "****-4018"]
