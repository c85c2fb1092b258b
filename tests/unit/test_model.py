import json

from qa.model import Assessment, Finding, ScoreItem, StepResult
from tests.transcripts import transcript


def test_assessment_round_trip_is_lossless():
    t = transcript(("agent", 0.0, 2.0, "您好，请问有什么可以帮您？"), ("customer", 2.5, 4.0, "我的快递没到。"))
    t.warnings.append("S1: dropped segment 9.0–10.0s (echo of the prompt): 以下是普通话")
    original = Assessment(
        call_id="c1", rubric_version="default@1", transcript=t,
        metrics={"speech_rate_cpm": {"agent": 231.0, "customer": None}, "dead_air": 0},
        steps=[StepResult("了解状况", "found", 0.0, 2.0, "请问", "question", True, rule_zh="提问"),
               StepResult("安抚情绪", "not_applicable", rule="calm customer")],
        findings=[Finding("jargon", "minor", "agent", 1.0, 1.5, "后台", "rule", {"plain": "同事"}, rule_zh="规则")],
        items=[ScoreItem("S3", "了解状况", 8.0, 8.0, "found", reason_zh="做到"),
               ScoreItem("S1", "感知情绪", 6.0, None, "n/a", False, not_deducted="kept", not_deducted_zh="未扣分")],
        total=86.5, grade="B", critical=["forbidden_phrase"], confidence=0.9, needs_review=True,
        review_reasons=["mono"], review_reasons_zh=["单声道"], timings={"asr": 1.2}, source={"sha256": "ab"},
    )
    data = json.loads(json.dumps(original.to_dict(), ensure_ascii=False))
    restored = Assessment.from_dict(data)
    assert restored == original
    assert restored.to_dict() == original.to_dict()


def test_json_keeps_the_design_contract_keys():
    data = Assessment(call_id="c", rubric_version="r@1",
                      transcript=transcript(("agent", 0.0, 1.0, "您好"))).to_dict()
    for key in ("call_id", "rubric_version", "transcript", "metrics", "steps", "findings", "items", "total",
                "grade", "critical", "confidence", "needs_review", "timings"):
        assert key in data
    segment = data["transcript"]["segments"][0]
    assert set(segment) >= {"speaker", "role", "start", "end", "text", "confidence", "words"}
    assert set(segment["words"][0]) == {"text", "start", "end", "prob"}


def test_json_stored_before_the_chinese_explanations_still_loads():
    data = Assessment(call_id="c", rubric_version="r@1", transcript=transcript(("agent", 0.0, 1.0, "您好")),
                      steps=[StepResult("了解状况", "missing", rule="no question", rule_zh="没有提问")],
                      findings=[Finding("jargon", "minor", "agent", 0.0, 1.0, "后台", "jargon", rule_zh="术语")],
                      items=[ScoreItem("S3", "了解状况", 8.0, 0.0, "missing", reason_zh="缺失")],
                      review_reasons=["mono"], review_reasons_zh=["单声道"]).to_dict()
    del data["review_reasons_zh"]
    for part, key in (("steps", "rule_zh"), ("findings", "rule_zh"), ("items", "reason_zh"),
                      ("items", "not_deducted_zh")):
        del data[part][0][key]
    old = Assessment.from_dict(data)
    assert (old.steps[0].rule, old.steps[0].rule_zh) == ("no question", "")
    assert (old.findings[0].rule_zh, old.items[0].reason_zh, old.review_reasons_zh) == ("", "", [])
