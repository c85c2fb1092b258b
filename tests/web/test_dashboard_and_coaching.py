"""Dashboard numbers and coaching notes: pure functions on hand-made data."""

from __future__ import annotations

from datetime import datetime, timezone

from qa.pipeline import assess_transcript
from scoring.rubric import load_rubric
from tests.transcripts import transcript
from web.coaching import coaching_notes
from web.dashboard_stats import OutlierRules, agent_averages, agent_trends, missed_step_counts, outliers
from web.queries import CallLine


def line(pk: int, agent: str, day: int, total: float, reviewed: float | None = None, missing=(), rate=200.0,
         interruptions=0) -> CallLine:  # type: ignore[no-untyped-def]
    return CallLine(pk, f"c{pk}", agent, datetime(2026, 11, day, 9, tzinfo=timezone.utc), 60.0, "stereo", total,
                    "B", False, [], reviewed is not None, reviewed, list(missing), rate, interruptions)


ROWS = [line(1, "A1", 1, 80), line(2, "A1", 2, 60, reviewed=70, missing=["确认问题"]),
        line(3, "A2", 1, 90, missing=["确认问题", "解决问题"], rate=300, interruptions=4)]


def test_averages_use_the_score_after_review_lowest_first():
    assert agent_averages(ROWS) == [("A1", 75.0), ("A2", 90.0)]


def test_trends_have_one_point_per_day_and_gaps_for_missing_days():
    days, series = agent_trends(ROWS)
    assert days == ["2026-11-01", "2026-11-02"]
    assert series == {"A1": [80.0, 70.0], "A2": [90.0, None]}


def test_missed_steps_and_outliers():
    assert missed_step_counts(ROWS) == [("确认问题", 2), ("解决问题", 1)]
    found = outliers(ROWS, OutlierRules(180, 260, 3))
    assert [(o.call_id, o.rate_outlier, o.interruption_outlier) for o in found] == [("c3", True, True)]


def test_coaching_names_missed_steps_jargon_and_forbidden_phrases_with_examples():
    call = transcript(("customer", 0, 4, "我的退款一直没到账，太过分了"),
                      ("agent", 4.5, 8, "这个是后台处理的，不归我们管"))
    notes = coaching_notes(assess_transcript(call, load_rubric(), "c"))
    topics = {n.topic: n for n in notes}
    assert {"感知情绪", "安抚情绪", "jargon", "forbidden_phrase"} <= set(topics)
    assert topics["jargon"].examples == ["负责处理的同事"] and topics["jargon"].advice_values == {"term": "后台"}
    assert topics["安抚情绪"].examples and all(isinstance(e, str) and e for e in topics["安抚情绪"].examples)
    assert topics["forbidden_phrase"].start == 4.5
