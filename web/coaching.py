"""Coaching notes for an agent: for each missed step or problem, what to say instead.

The example phrases come from the same lexicons the scorer matches
(``scoring/lexicons/``), so a QA lead who edits a list changes the advice too.
Advice texts are Chinese source strings; templates translate them with ``_()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qa.model import Assessment
from scoring.lexicons import load_lexicon

EXAMPLES_PER_NOTE = 3

STEP_ADVICE: dict[str, tuple[str, str]] = {
    "感知情绪": ("客户表达不满或着急时，先说出您感受到的情绪，再谈业务。", "emotion_ack"),
    "安抚情绪": ("表达理解和歉意，并承诺会帮客户处理。", "soothing"),
    "了解状况": ("用开放式问题问清楚发生了什么、什么时候开始。", "situation_question"),
    "确认问题": ("提出方案前，用自己的话复述客户的问题并请客户确认。", "confirm_problem"),
    "解决问题": ("说明原因，给出具体的处理动作和时间。", "solution_action"),
    "确认理解": ("结束前确认客户听明白、对方案满意，并询问是否还有其他问题。", "confirm_understanding"),
}
ORDER_ADVICE = "六步要按顺序做：先处理情绪，再了解和确认问题，最后解决并确认。"
FINDING_ADVICE: dict[str, tuple[str, str | None]] = {
    "forbidden_phrase": ("不要推卸责任或顶撞客户，改为表达理解并说明您能做什么。", "soothing"),
    "interruption": ("等客户说完再开口；想插话时先用“嗯”“好的”示意在听。", None),
    "dead_air": ("需要查询时先告诉客户，并请客户稍等，不要让电话冷场。", "hold"),
    "speech_rate": ("放慢或调整语速，让客户听得清楚。", None),
}
JARGON_ADVICE = "不要用内部术语“{term}”，改说客户听得懂的话。"


@dataclass
class CoachingNote:
    """One thing to do better in a call, when it happened, and phrases to use instead."""

    topic: str
    advice: str
    start: float | None = None
    quote: str = ""
    examples: list[str] = field(default_factory=list)
    advice_values: dict[str, str] = field(default_factory=dict)


def _examples(lexicon: str | None) -> list[str]:
    return list(load_lexicon(lexicon)[:EXAMPLES_PER_NOTE]) if lexicon else []


def coaching_notes(assessment: Assessment) -> list[CoachingNote]:
    """Return the coaching notes of one call: missed steps, steps out of order, then problem findings."""
    notes = []
    for step in assessment.steps:
        if step.status == "missing" and step.step in STEP_ADVICE:
            advice, lexicon = STEP_ADVICE[step.step]
            notes.append(CoachingNote(step.step, advice, examples=_examples(lexicon)))
        elif step.status == "found" and step.order_ok is False:
            notes.append(CoachingNote(step.step, ORDER_ADVICE, step.start, step.quote))
    for finding in assessment.findings:
        if finding.kind == "jargon" and not finding.detail.get("explained"):
            plain = finding.detail.get("plain", "")
            notes.append(CoachingNote("jargon", JARGON_ADVICE, finding.start, finding.quote,
                                      [plain] if plain else [], {"term": finding.quote}))
        elif finding.kind in FINDING_ADVICE and finding.role in ("agent", "unknown"):
            advice, lexicon = FINDING_ADVICE[finding.kind]
            notes.append(CoachingNote(finding.kind, advice, finding.start, finding.quote, _examples(lexicon)))
    return notes
