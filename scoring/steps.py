"""The six communication steps (沟通六步法, seed 004), found in the agent's turns in context.

- 感知情绪 / 安抚情绪: required only when a customer turn is negative
  (``scoring.emotion``); found when one of the next ``ack_within_agent_turns``
  agent turns acknowledges the emotion / soothes it (empathy, apology,
  commitment). Latency = agent evidence start − end of the first negative turn.
- 了解状况: an agent question about the situation after the customer has
  spoken and before the solution — not the opening offer, not a restatement
  check, not a check of understanding.
- 确认问题: a restatement (marker, or a long statement repeating the
  customer's words or agreed to) asking for agreement (…对吗) that the
  customer does not reject; whether the customer agreed and
  whether it came before the solution is kept for the scorecard.
- 解决问题: a concrete, actionable step — an action with a time, quantity or
  channel (criterion c); the cause (a) and the reason for this option (b)
  are kept for the scorecard.
- 确认理解: after the solution (or near the end without one), a check that
  the customer understood / is satisfied; whether the customer confirmed.
"""

from __future__ import annotations

from qa.model import SIX_STEPS, StepResult, Transcript
from scoring.emotion import CustomerEmotion, first_negative
from scoring.expectations import concrete_detail
from scoring.lexicons import contains_any, load_lexicon
from scoring.rubric import Rubric
from scoring.text import normalize
from scoring.turns import Turn, build_turns


def _is_question(text: str) -> bool:
    return "？" in text or "?" in text or bool(contains_any(text, load_lexicon("question_marks")))


def _found(step: str, turn: Turn, quote: str, rule: str, **detail: object) -> StepResult:
    segment = next((s for s in turn.segments if quote and quote in s.text), turn.segments[0])
    return StepResult(step=step, status="found", start=segment.start, end=segment.end,
                      quote=quote or segment.text, rule=rule, detail=dict(detail))


def _sentence_with(turn: Turn, phrase: str) -> str:
    """Return the segment text of ``turn`` that holds ``phrase`` (normalised match)."""
    for segment in turn.segments:
        if contains_any(segment.text, (phrase,)):
            return segment.text
    return turn.text


def _next_customer(turns: list[Turn], index: int) -> Turn | None:
    return next((t for t in turns[index + 1:] if t.role == "customer"), None)


def _emotion_steps(turns: list[Turn], readings: list[CustomerEmotion], within: int) -> list[StepResult]:
    trigger = first_negative(readings)
    if trigger is None:
        reason = "the customer shows no negative emotion (words, sentiment, voice): step not required"
        return [StepResult(step=s, status="not_applicable", rule=reason) for s in SIX_STEPS[:2]]
    cues = "、".join(trigger.cues + trigger.weak_cues)
    following = [t for t in turns if t.role == "agent" and t.start > trigger.start][:within]
    results = []
    for step, lexicon, what in (("感知情绪", "emotion_ack", "acknowledges the emotion"),
                                ("安抚情绪", "soothing", "empathy / apology / commitment")):
        hit = next(((n, t, p) for n, t in enumerate(following, start=1)
                    for p in [contains_any(t.text, load_lexicon(lexicon))] if p), None)
        if hit is None:
            results.append(StepResult(
                step=step, status="missing",
                rule=f"customer negative at {trigger.start:.1f}s (「{cues}」); none of the next {within} agent "
                     f"turns {what}", detail={"trigger_start": trigger.start}))
            continue
        position, turn, phrase = hit
        result = _found(step, turn, _sentence_with(turn, phrase),
                        f"{what} 「{phrase}」 in agent turn {position} after the customer's 「{cues}」 "
                        f"at {trigger.start:.1f}s", agent_turns_after=position, trigger_start=trigger.start)
        result.latency_s = round(max(0.0, (result.start or 0.0) - trigger.end), 2)
        results.append(result)
    return results


def _situation(turns: list[Turn], before: float | None) -> StepResult:
    markers = load_lexicon("situation_question")
    not_situation = load_lexicon("greeting") + load_lexicon("confirm_problem") + load_lexicon("confirm_tags")
    checks = load_lexicon("confirm_understanding")
    customer_spoke = False
    for turn in turns:
        if turn.role == "customer":
            customer_spoke = customer_spoke or bool(normalize(turn.text))
            continue
        if not customer_spoke or turn.role != "agent":
            continue
        for segment in turn.segments:
            if before is not None and segment.start >= before:
                break
            marker = contains_any(segment.text, markers)
            if contains_any(segment.text, not_situation) or (not marker and contains_any(segment.text, checks)):
                continue
            if marker or _is_question(segment.text):
                return _found("了解状况", turn, segment.text,
                              "agent asks about the situation after the customer spoke"
                              + (f" (「{marker}」)" if marker else " (a question)"))
    return StepResult(step="了解状况", status="missing",
                      rule="no agent question about the situation after the customer spoke"
                           + (" and before the solution" if before is not None else ""))


def echo_share(agent_text: str, customer_text: str) -> float:
    """Return the share of the agent's character bigrams that the customer said before: how much it restates."""
    agent, customer = normalize(agent_text), normalize(customer_text)
    said = {customer[i:i + 2] for i in range(len(customer) - 1)}
    pairs = {agent[i:i + 2] for i in range(len(agent) - 1)}
    return round(len(pairs & said) / len(pairs), 3) if pairs else 0.0


def _confirm_problem(turns: list[Turn], rubric: Rubric, solution_start: float | None) -> StepResult:
    """Found: a restatement asking for agreement (…对吗) that the customer does not reject.

    A restatement has a marker (「我跟您确认一下」), or is at least ``min_restatement_chars`` long and
    either repeats the customer's own words (``echo_share`` ≥ ``min_restatement_echo``) or gets the
    customer's agreement.
    """
    markers, tags = load_lexicon("confirm_problem"), load_lexicon("confirm_tags")
    affirm, deny = load_lexicon("customer_affirm"), load_lexicon("customer_deny")
    min_chars = rubric.setting("steps", "min_restatement_chars")
    min_echo = rubric.setting("steps", "min_restatement_echo")
    rejected, customer_said = "", ""
    for index, turn in enumerate(turns):
        if turn.role == "customer":
            customer_said += turn.text
        tag = contains_any(turn.text, tags) if turn.role == "agent" and customer_said else ""
        if not tag:
            continue
        at = next(i for i, s in enumerate(turn.segments) if contains_any(s.text, (tag,)))
        segment, restated = turn.segments[at], "".join(s.text for s in turn.segments[:at + 1])
        reply = _next_customer(turns, index)
        denied = contains_any(reply.text, deny) if reply is not None else ""
        agreed = "" if denied or reply is None else contains_any(reply.text, affirm)
        marker, echo = contains_any(restated, markers), echo_share(restated, customer_said)
        long_enough = len(normalize(restated)) >= min_chars
        if not (marker or (long_enough and (agreed or echo >= min_echo))):
            continue
        if denied:
            rejected = f"; a restatement at {turn.start:.1f}s was rejected by the customer (「{denied}」)"
            continue
        before_solution = solution_start is None or segment.start < solution_start
        # The agent went on talking after the question: no reply was heard (a short 「对」 is easily lost
        # by the ASR), so agreement is unknown rather than refused.
        answered = at == len(turn.segments) - 1
        how = f"restatement 「{marker}」" if marker else f"restatement repeating {echo:.0%} of the customer's words"
        answer = (f"customer agrees 「{agreed}」" if agreed else "customer does not clearly agree" if answered
                  else "no customer reply heard before the agent went on")
        return _found("确认问题", turn, _sentence_with(turn, marker) if marker else segment.text,
                      f"{how} asking 「{tag}」; {answer}" + ("" if before_solution else "; only after the solution"),
                      customer_agreed=bool(agreed) if answered or agreed else None, before_solution=before_solution)
    return StepResult(step="确认问题", status="missing",
                      rule="no restatement of the problem with a request for agreement (…对吗)" + rejected)


def _solution(turns: list[Turn]) -> tuple[StepResult, int | None]:
    """Found: an agent turn with a concrete, actionable step (criterion c); causes and reasons graded with it.

    The cause (a) and the reason for the option (b) are looked for in that turn and in the agent's
    earlier turns since the customer first spoke (an agent often explains the cause, then the fix).
    """
    causes, reasons = load_lexicon("solution_cause"), load_lexicon("solution_reason")
    actions = load_lexicon("solution_action") + load_lexicon("commitment")
    explained: list[Turn] = []
    customer_spoke = False
    for index, turn in enumerate(turns):
        if turn.role == "customer":
            customer_spoke = True
            continue
        if turn.role != "agent" or not customer_spoke:
            continue
        explained.append(turn)
        action, detail = contains_any(turn.text, actions), concrete_detail(turn.text)
        if not (action and detail):
            continue
        said = "".join(t.text for t in explained)
        cause, reason = contains_any(said, causes), contains_any(said, reasons)
        parts = [f"cause 「{cause}」" if cause else "no cause", f"reason 「{reason}」" if reason else "no reason",
                 f"step 「{action}」 with 「{detail}」"]
        return _found("解决问题", turn, _sentence_with(turn, action), "solution: " + ", ".join(parts),
                      cause=cause, reason=reason, steps=action, concrete=detail), index
    return StepResult(step="解决问题", status="missing",
                      rule="no concrete, actionable next step (an action with a time, quantity or channel) "
                           "after the customer spoke (seed 004: 解决方案要细致、可实施)"), None


def _confirm_understanding(turns: list[Turn], solution: StepResult, after: int | None,
                           closing_window: float) -> StepResult:
    checks, affirm = load_lexicon("confirm_understanding"), load_lexicon("customer_affirm")
    if after is not None and solution.start is not None:
        first, earliest, where = after, solution.start, "after the solution"
    else:
        call_end = turns[-1].end if turns else 0.0
        first, earliest, where = 0, call_end * (1 - closing_window), "in the closing part of the call"
    for index, turn in enumerate(turns[first:], start=first):
        if turn.role != "agent":
            continue
        for segment in turn.segments:
            check = contains_any(segment.text, checks) if segment.start >= earliest else ""
            if check:
                reply = _next_customer(turns, index)
                confirmed = contains_any(reply.text, affirm) if reply is not None else ""
                return _found("确认理解", turn, segment.text,
                              f"agent checks understanding 「{check}」 {where}; customer "
                              + (f"confirms 「{confirmed}」" if confirmed else "does not clearly confirm"),
                              customer_confirmed=bool(confirmed))
    return StepResult(step="确认理解", status="missing",
                      rule=f"no check that the customer understood or is satisfied {where}")


def _mark_order(results: list[StepResult]) -> None:
    """Mark each found step whose start comes before an earlier step of the canonical order."""
    latest, latest_step = float("-inf"), ""
    for result in results:
        if result.status != "found" or result.start is None:
            continue
        result.order_ok = result.start >= latest
        if not result.order_ok:
            result.rule += f" (out of order: before {latest_step} at {latest:.1f}s)"
        if result.start >= latest:
            latest, latest_step = result.start, result.step


def detect_steps(transcript: Transcript, rubric: Rubric, readings: list[CustomerEmotion]) -> list[StepResult]:
    """Return one ``StepResult`` per step, in the canonical order, with evidence or the reason it is missing."""
    turns = build_turns(transcript)
    solution, solution_at = _solution(turns)
    results = _emotion_steps(turns, readings, rubric.setting("steps", "ack_within_agent_turns"))
    results.append(_situation(turns, solution.start))
    results.append(_confirm_problem(turns, rubric, solution.start))
    results.append(solution)
    results.append(_confirm_understanding(turns, solution, solution_at, rubric.setting("steps", "closing_window")))
    _mark_order(results)
    return results
