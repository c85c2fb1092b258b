import json

from qa.model import Assessment, Finding, ScoreItem, StepResult
from tests.transcripts import transcript


def test_assessment_round_trip_is_lossless():
    t = transcript(("agent", 0.0, 2.0, "您好，请问有什么可以帮您？"), ("customer", 2.5, 4.0, "我的快递没到。"))
    t.warnings.append("S1: dropped segment 9.0–10.0s (echo of the prompt): 以下是普通话")
    original = Assessment(
        call_id="c1", rubric_version="default@1", transcript=t,
        metrics={"speech_rate_cpm": {"agent": 231.0, "customer": None}, "dead_air": 0},
        steps=[StepResult("了解状况", "found", 0.0, 2.0, "请问", "question", True),
               StepResult("安抚情绪", "not_applicable", rule="calm customer")],
        findings=[Finding("jargon", "minor", "agent", 1.0, 1.5, "后台", "rule", {"plain": "同事"})],
        items=[ScoreItem("S3", "了解状况", 8.0, 8.0, "found"), ScoreItem("S1", "感知情绪", 6.0, None, "n/a", False)],
        total=86.5, grade="B", critical=["forbidden_phrase"], confidence=0.9, needs_review=True,
        review_reasons=["mono"], timings={"asr": 1.2}, source={"sha256": "ab"},
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
