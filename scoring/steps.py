"""The six communication steps (沟通六步法), found in the agent's turns in context.

Rules (first version, lexicon + context; seeds-reference §1 and §14):
- 感知情绪 / 安抚情绪: only required when a customer turn shows negative emotion;
  found when an agent turn within ``ack_within_agent_turns`` after it
  acknowledges the emotion / soothes (empathy, apology, commitment).
- 了解状况: an agent question after the customer has spoken (the opening
  「请问有什么可以帮您」 does not count, nor a restatement check).
- 确认问题: a tag question asking for agreement (…对吗) on a restatement: either
  with a marker (「我跟您确认一下」) or a long statement the customer then agrees to.
- 解决问题: a concrete step with a time or quantity (criterion c of seed 004) together with
  a cause or a reason for the option (criteria a/b).
- 确认理解: a check that the customer understood / is satisfied, after the
  solution (or in the closing part of the call when there was none).
"""

from __future__ import annotations

import re

from qa.model import SIX_STEPS, StepResult, Transcript
from scoring.language import negative_phrases
from scoring.lexicons import contains_any, load_lexicon
from scoring.rubric import Rubric
from scoring.text import normalize
from scoring.turns import Turn, build_turns

# Criterion (c) needs something concrete: a time, or a quantity (两张照片, 一个工作日, 50元).
CONCRETE_DETAIL = re.compile(
    r"(今天|明天|后天|本周|下周)"
    r"|([0-9一二两三四五六七八九十百]+ *个? *(小时|工作日|分钟|天) *(之内|以内|内)?)"
    r"|([0-9一二两三四五六七八九十]+ *点)"
    r"|([0-9一二两三四五六七八九十百千万]+ *(个|张|元|块|次|件|份|单|步))"
)


def _is_question(text: str) -> bool:
    return "？" in text or "?" in text or bool(contains_any(text, load_lexicon("question_marks")))


def _found(step: str, turn: Turn, quote: str, rule: str) -> StepResult:
    segment = next((s for s in turn.segments if quote and quote in s.text), turn.segments[0])
    return StepResult(step=step, status="found", start=segment.start, end=segment.end,
                      quote=quote or segment.text, rule=rule)


def _sentence_with(turn: Turn, phrase: str) -> str:
    """Return the segment text of ``turn`` that holds ``phrase`` (normalised match)."""
    for segment in turn.segments:
        if contains_any(segment.text, (phrase,)):
            return segment.text
    return turn.text


def _emotion_steps(turns: list[Turn], within: int) -> list[StepResult]:
    trigger = next(((i, negative_phrases(t.text)) for i, t in enumerate(turns)
                    if t.role == "customer" and negative_phrases(t.text)), None)
    if trigger is None:
        reason = "customer shows no negative emotion in words: step not required"
        return [StepResult(step=s, status="not_applicable", rule=reason) for s in SIX_STEPS[:2]]
    index, cues = trigger
    following = [t for t in turns[index + 1:] if t.role == "agent"][:within]
    results = []
    for step, lexicon, what in (("感知情绪", "emotion_ack", "acknowledges the emotion"),
                                ("安抚情绪", "soothing", "empathy / apology / commitment")):
        hit = next(((t, p) for t in following for p in [contains_any(t.text, load_lexicon(lexicon))] if p), None)
        if hit:
            turn, phrase = hit
            results.append(_found(step, turn, _sentence_with(turn, phrase),
                                  f"{what} 「{phrase}」 after the customer's 「{'、'.join(cues)}」"
                                  f" at {turns[index].start:.1f}s"))
        else:
            results.append(StepResult(
                step=step, status="missing",
                rule=f"customer negative at {turns[index].start:.1f}s (「{'、'.join(cues)}」); "
                     f"no agent turn of the next {within} {what}"))
    return results


def _situation(turns: list[Turn]) -> StepResult:
    markers = load_lexicon("situation_question")
    restate = load_lexicon("confirm_problem")
    customer_spoke = False
    for turn in turns:
        if turn.role == "customer":
            customer_spoke = True
            continue
        if not customer_spoke:
            continue
        for segment in turn.segments:
            if contains_any(segment.text, restate):
                continue
            marker = contains_any(segment.text, markers)
            if marker or _is_question(segment.text):
                return _found("了解状况", turn, segment.text,
                              f"agent asks about the situation after the customer spoke"
                              + (f" (「{marker}」)" if marker else " (question)"))
    return StepResult(step="了解状况", status="missing",
                      rule="no agent question about the situation after the customer spoke")


def _confirm_problem(turns: list[Turn], min_restatement_chars: int) -> StepResult:
    """Found: a restatement (marker, or a long statement) asking for agreement; the customer's reply is noted."""
    markers, tags = load_lexicon("confirm_problem"), load_lexicon("confirm_tags")
    affirm = load_lexicon("customer_affirm")
    for index, turn in enumerate(turns):
        if turn.role != "agent" or not index:
            continue
        tag = contains_any(turn.text, tags)
        if not tag:
            continue
        reply = next((t for t in turns[index + 1:] if t.role == "customer"), None)
        agreed = contains_any(reply.text, affirm) if reply is not None else ""
        marker = contains_any(turn.text, markers)
        segment = next(s for s in turn.segments if contains_any(s.text, (tag,)))
        long_restatement = len(normalize(segment.text)) >= min_restatement_chars and agreed
        if marker or long_restatement:
            how = f"restatement 「{marker}」" if marker else f"{len(normalize(segment.text))}-character restatement"
            return _found("确认问题", turn, _sentence_with(turn, marker) if marker else segment.text,
                          f"{how} asking 「{tag}」; customer "
                          + (f"agrees 「{agreed}」" if agreed else "does not clearly agree"))
    return StepResult(step="确认问题", status="missing",
                      rule="no restatement of the problem with a request for agreement (…对吗)")


def _solution(turns: list[Turn]) -> tuple[StepResult, int | None]:
    causes, reasons = load_lexicon("solution_cause"), load_lexicon("solution_reason")
    actions = load_lexicon("solution_action")
    for index, turn in enumerate(turns):
        if turn.role != "agent":
            continue
        action = contains_any(turn.text, actions)
        when = CONCRETE_DETAIL.search(turn.text)
        cause, reason = contains_any(turn.text, causes), contains_any(turn.text, reasons)
        if action and when and (cause or reason):
            parts = [f"cause 「{cause}」" if cause else "", f"reason 「{reason}」" if reason else "",
                     f"step 「{action}」 with 「{when.group()}」"]
            return _found("解决问题", turn, _sentence_with(turn, action),
                          "solution: " + ", ".join(p for p in parts if p)), index
    return StepResult(step="解决问题", status="missing",
                      rule="no concrete next step (a time or quantity) together with a cause or reason "
                           "(seed 004: cause, why this option, concrete steps)"), None


def _confirm_understanding(turns: list[Turn], after: int | None, closing_window: float) -> StepResult:
    checks = load_lexicon("confirm_understanding")
    if after is not None:
        candidates, earliest, where = turns[after:], 0.0, "after the solution"
    else:
        call_end = turns[-1].end if turns else 0.0
        candidates, earliest, where = turns, call_end * (1 - closing_window), "in the closing part of the call"
    for turn in candidates:
        if turn.role != "agent":
            continue
        for segment in turn.segments:
            check = contains_any(segment.text, checks) if segment.start >= earliest else ""
            if check:
                return _found("确认理解", turn, segment.text, f"agent checks understanding 「{check}」 {where}")
    return StepResult(step="确认理解", status="missing",
                      rule=f"no check that the customer understood or is satisfied {where}")


def _mark_order(results: list[StepResult]) -> None:
    latest = float("-inf")
    for result in results:
        if result.status != "found" or result.start is None:
            continue
        result.order_ok = result.start >= latest
        latest = max(latest, result.start)


def detect_steps(transcript: Transcript, rubric: Rubric) -> list[StepResult]:
    """Return one ``StepResult`` per step, in the canonical order, with evidence or the reason it is missing."""
    turns = build_turns(transcript)
    results = _emotion_steps(turns, rubric.setting("steps", "ack_within_agent_turns"))
    results.append(_situation(turns))
    results.append(_confirm_problem(turns, rubric.setting("steps", "min_restatement_chars")))
    solution, solution_turn = _solution(turns)
    results.append(solution)
    results.append(_confirm_understanding(turns, solution_turn, rubric.setting("steps", "closing_window")))
    _mark_order(results)
    return results
