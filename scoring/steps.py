"""The six communication steps (沟通六步法, seed 004), found in the agent's turns in context.

- 感知情绪 / 安抚情绪: required only when a customer turn is negative
  (``scoring.emotion``); found when one of the next ``ack_within_agent_turns``
  agent turns acknowledges the emotion / soothes it (empathy, apology,
  commitment): by a phrase of the lexicon, else by meaning (``scoring.meaning``).
  Latency = agent evidence start − end of the first negative turn.
- 了解状况: an agent question about the situation after the customer has
  spoken and before the solution (or in the segment of its first step) — not
  the opening offer, not a restatement check, not a check of understanding.
- 确认问题: a restatement (marker, or a long statement repeating the
  customer's words or agreed to, or a short one saying the customer's wish or
  words back, agreed to) asking for agreement (…对吗) that the
  customer does not reject; whether the customer agreed and
  whether it came before the solution is kept for the scorecard.
- 解决问题: a concrete, actionable step — an action with a time, quantity or
  channel (criterion c), not lent by a question about the situation; the
  cause (a) and the reason for this option (b) are kept for the scorecard.
- 确认理解: after the solution (or near the end without one), a check that
  the customer understood / is satisfied (phrase, pattern, else meaning);
  whether the customer confirmed.
"""

from __future__ import annotations

import re

from qa.model import SIX_STEPS, Finding, Segment, StepResult, StepStatus, Transcript
from scoring.emotion import CustomerEmotion, first_negative
from scoring.expectations import concrete_detail
from scoring.language import forbidden_phrases
from scoring.lexicons import (contains_any, ending_tag, find_cue, find_patterns, is_question, load_lexicon,
                              patterns_for)
from scoring.meaning import MeaningSettings, match
from scoring.rubric import Rubric
from scoring.text import clauses, normalize, sentences
from scoring.turns import Turn, build_turns
from scoring.wording import EMPTY, Text, say

Spans = tuple[tuple[float, float], ...]
# 「开通的时候」「您到营业厅的时候」: a time clause names no step of its own (what follows it still counts)
_WHEN = re.compile(r"[\u4e00-\u9fff]{1,4}的时候")
# a tag question ending in one of these asks wherever it stands; an A-not-A tag (是不是) only at its clause's end
_TAG_PARTICLES = "吗吧么呢啊呀嘛"
# 「想停续费、退钱，是吗」「要换新的对吧」: the customer's wish said back, however short
_WISH = re.compile(r"(?:那|所以|就是)?(?:您|你)?(?:是|就是|主要是|现在是)?(?:想|要(?!不)|希望|打算)(?!问)")


def _found(step: str, turn: Turn, quote: str, rule: Text, **detail: object) -> StepResult:
    segment = next((s for s in turn.segments if quote and quote in s.text), turn.segments[0])
    return StepResult(step=step, status="found", start=segment.start, end=segment.end,
                      quote=quote or segment.text, rule=rule.en, rule_zh=rule.zh, detail=dict(detail))


def _not_found(step: str, status: StepStatus, rule: Text, **detail: object) -> StepResult:
    return StepResult(step=step, status=status, rule=rule.en, rule_zh=rule.zh, detail=dict(detail))


def _sentence_with(turn: Turn, phrase: str) -> str:
    """Return the segment text of ``turn`` that holds ``phrase`` (normalised match)."""
    for segment in turn.segments:
        if contains_any(segment.text, (phrase,)):
            return segment.text
    return turn.text


def _next_customer(turns: list[Turn], index: int) -> Turn | None:
    return next((t for t in turns[index + 1:] if t.role == "customer"), None)


def _holds_any(sentence: str, phrases: list[str]) -> bool:
    """Return whether ``sentence`` holds one of ``phrases`` (normalised), or is a piece of one (3+ characters)."""
    bare = normalize(sentence)
    return bool(bare) and any(phrase in bare or (len(bare) >= 3 and bare in phrase)
                              for phrase in map(normalize, phrases) if phrase)


def _after_taboo(sentence: str, phrases: list[str]) -> str:
    """Return what ``sentence`` says after its last clause that holds one of ``phrases`` (all of it if none does).

    「网点给您开的，您找网点去。」 pushes the problem away, its lead-in included; what follows the push in the same
    breath may still be a step (「我们说了不算，不服就申请复核，十五个工作日答复。」).
    """
    parts = clauses(sentence)
    held = [index for index, part in enumerate(parts) if _holds_any(part, phrases)]
    if held:
        return "".join(parts[held[-1] + 1:])
    return "" if _holds_any(sentence, phrases) else sentence


def _holds_taboo(segment: Segment, taboo: Spans) -> bool:
    """Return whether ``segment`` overlaps one of the ``taboo`` spans (forbidden phrases over the agent's runs)."""
    return any(start < segment.end and segment.start < end for start, end in taboo)


def _by_meaning(segments: list[Segment], intent: str, meaning: MeaningSettings,
                taboo: Spans) -> tuple[str, Text] | None:
    """Return the text of the first of ``segments`` that means ``intent``, and how that was decided.

    A sentence that holds a forbidden phrase (it overlaps one of the ``taboo`` spans, found over the agent's
    runs by ``forbidden_phrases``) is never good practice, however close its wording; soothing must also be
    nearer to soothing than to a mere acknowledgement (「我知道您不高兴」 names, not soothes).
    """
    rivals = ("emotion_ack",) if intent == "soothing" else ()
    for segment in segments:
        if _holds_taboo(segment, taboo):
            continue
        found = match(segment.text, intent, meaning, rivals=rivals)
        if found:
            return segment.text, say(" (by meaning: like 「{example}」, similarity {similarity:.2f})",
                                     "（按语义：近似「{example}」，相似度 {similarity:.2f}）",
                                     example=found.example, similarity=found.similarity)
    return None


def _said(turn: Turn, intent: str, meaning: MeaningSettings, taboo: Spans) -> tuple[str, str, Text] | None:
    """Return (quote, cue, how) when ``turn`` says ``intent``: a phrase of its lexicon, else by meaning."""
    phrase = find_cue(turn.text, intent)
    if phrase:
        return _sentence_with(turn, phrase), phrase, EMPTY
    found = _by_meaning(turn.segments, intent, meaning, taboo)
    return (found[0], found[0], found[1]) if found else None


def _emotion_steps(turns: list[Turn], readings: list[CustomerEmotion], within: int,
                   meaning: MeaningSettings, taboo: Spans) -> list[StepResult]:
    trigger = first_negative(readings)
    if trigger is None:
        reason = Text("the customer shows no negative emotion (words, sentiment, voice): step not required",
                      "客户没有表现出负面情绪（用词、情感倾向、语音）：无需此步骤")
        return [_not_found(s, "not_applicable", reason) for s in SIX_STEPS[:2]]
    cues = trigger.cue_text()
    following = [t for t in turns if t.role == "agent" and t.start > trigger.start][:within]
    results = []
    for step, lexicon, what in (("感知情绪", "emotion_ack", Text("acknowledges the emotion", "回应客户情绪")),
                                ("安抚情绪", "soothing", Text("empathy / apology / commitment", "表达共情、致歉或承诺"))):
        hit = next(((n, t, said) for n, t in enumerate(following, start=1)
                    for said in [_said(t, lexicon, meaning, taboo)] if said), None)
        if hit is None:
            results.append(_not_found(step, "missing", say(
                "customer negative at {at:.1f}s (「{cues}」); none of the next {within} agent turns {what}",
                "客户在第 {at:.1f} 秒表现出负面情绪（「{cues}」）；其后 {within} 个坐席话轮都没有{what}",
                at=trigger.start, cues=cues, within=within, what=what), trigger_start=trigger.start))
            continue
        position, turn, (quote, phrase, how) = hit
        result = _found(step, turn, quote, say(
            "{what} 「{phrase}」 in agent turn {position} after the customer's 「{cues}」 at {at:.1f}s",
            "客户在第 {at:.1f} 秒说「{cues}」后，坐席在第 {position} 个话轮{what}：「{phrase}」",
            what=what, phrase=phrase, position=position, cues=cues, at=trigger.start) + how,
            agent_turns_after=position, trigger_start=trigger.start, by_meaning=bool(how.en))
        result.latency_s = round(max(0.0, (result.start or 0.0) - trigger.end), 2)
        results.append(result)
    return results


def _situation(turns: list[Turn], before: float | None, taboo: Spans) -> StepResult:
    """Found: an agent question about the situation after the customer spoke and before the solution.

    The segment that holds the first step may still ask, in the same breath (「今晚就派。工地在什么位置？」);
    a question in a later segment comes after the step (「…两个小时内上门。」「您家里有人吗？」 arranges the
    visit). A question that holds a forbidden phrase (「谁让您当初不看条款」: blame, not a question) asks nothing,
    nor does a clause that names the customer's feeling or announces a look-up.
    """
    customer_spoke = False
    for turn in turns:
        if turn.role == "customer":
            customer_spoke = customer_spoke or bool(normalize(turn.text))
            continue
        if not customer_spoke or turn.role != "agent":
            continue
        for segment in turn.segments:
            if before is not None and segment.start > before:
                break
            if _holds_taboo(segment, taboo):
                continue
            for sentence in sentences(segment.text):
                how = _asks_about_situation(sentence)
                if how is not None:
                    return _found("了解状况", turn, sentence, Text(
                        "agent asks about the situation after the customer spoke", "客户说明后，坐席询问了具体情况") + how)
    before_solution = Text(" and before the solution", "、给出方案前") if before is not None else EMPTY
    return _not_found("了解状况", "missing", say(
        "no agent question about the situation after the customer spoke{before}",
        "客户说明后{before}，坐席没有询问具体情况", before=before_solution))


def _asks_about_situation(sentence: str) -> Text | None:
    """Return how ``sentence`` asks about the situation, or None when it does not.

    Judged a sentence at a time, so the greeting or restatement said before a question in the same segment
    (「您好，工号六九零七。您取出来做什么用？」) does not hide it; a greeting is left out clause by clause, as the
    ASR often joins it to the question with commas (「你好，自来水热线，哪个小区？」).
    """
    # a clause naming the customer's feeling (「心里不好受吧？」) acknowledges it, one saying what the agent looks
    # up (「我翻翻有没有人退号」) announces a wait, and a greeting or an offer to listen (「请问有什么需要？」) opens
    # the call: none asks the customer anything
    asking = "".join(c for c in clauses(sentence) if not find_cue(c, "emotion_ack", "hold", "greeting", "opening_offer"))
    marker = find_cue(asking, "situation_question")
    check = find_cue(sentence, "confirm_understanding")
    # 「您是想月供少点，还是早几年还清？」 opens like a restatement but offers a choice: it asks
    choice = "还是" in sentence and is_question(sentence)
    restated = contains_any(sentence, load_lexicon("confirm_problem"))
    if (restated and not choice) or ending_tag(sentence) or (not marker and check):
        return None
    if marker:
        return say(" (「{marker}」)", "（「{marker}」）", marker=marker)
    return Text(" (a question)", "（提问）") if any(is_question(c) for c in clauses(asking)) else None


def echo_share(agent_text: str, customer_text: str) -> float:
    """Return the share of the agent's character bigrams that the customer said before: how much it restates."""
    agent, customer = normalize(agent_text), normalize(customer_text)
    said = {customer[i:i + 2] for i in range(len(customer) - 1)}
    pairs = {agent[i:i + 2] for i in range(len(agent) - 1)}
    return round(len(pairs & said) / len(pairs), 3) if pairs else 0.0


def _tag_question(turn: Turn) -> str:
    """Return the tag question (…，对吗？) of the agent's ``turn``, or ''.

    An A-not-A tag (是不是, 对不对) asks for agreement only at the end of its clause: followed by more words
    (「就是看镜头前是不是真人」) it says "whether", and a later tag of the turn may still ask (「…，是不是电表有问题，
    对吗？」). One or no character after it still ends it: 8 kHz ASR joins the customer's 「对」 on or cuts 是不是这样
    short. A tag shape may span two clauses (「我这么说，没跑偏吧」): the whole turn is read last.
    """
    for text in clauses(turn.text) + [turn.text]:
        tag = find_cue(text, "confirm_tags")
        if tag and (tag[-1] in _TAG_PARTICLES or not _words_after(tag, text)):
            return tag
    return ""


def _words_after(tag: str, text: str) -> bool:
    """Return whether two or more characters follow ``tag`` in each clause of ``text`` that says it."""
    spoken = [clause for clause in clauses(text) if tag in clause]
    return bool(spoken) and all(len(re.findall(r"[\u4e00-\u9fff]", clause.split(tag, 1)[1])) >= 2
                                for clause in spoken)


def _confirm_problem(turns: list[Turn], rubric: Rubric, solution_start: float | None) -> StepResult:
    """Found: a restatement asking for agreement (…对吗) that the customer does not reject.

    A restatement has a marker (「我跟您确认一下」), or is at least ``min_restatement_chars`` long and
    either repeats the customer's own words (``echo_share`` ≥ ``min_restatement_echo``) or gets the
    customer's agreement. However short, it may also say the customer's wish back (「想停续费、退钱，是吗」)
    and be agreed to, or be mostly the customer's own words (``echo_share`` ≥ ``short_restatement_echo``)
    and be agreed to. Agreement is only asked of a reply that was heard: when the agent went on
    talking, or the reply is at most ``brief_reply_chars`` long and neither denies nor asks (「什么？」),
    a short 「对」 was lost or garbled by the ASR (「对」 → 「横」) and the restatement stands.
    """
    markers = load_lexicon("confirm_problem")
    affirm, deny = load_lexicon("customer_affirm"), load_lexicon("customer_deny")
    min_chars = rubric.setting("steps", "min_restatement_chars")
    min_echo = rubric.setting("steps", "min_restatement_echo")
    short_echo = rubric.setting("steps", "short_restatement_echo")
    brief_chars = rubric.setting("steps", "brief_reply_chars")
    rejected, customer_said = EMPTY, ""
    for index, turn in enumerate(turns):
        if turn.role == "customer":
            customer_said += turn.text
        tag = _tag_question(turn) if turn.role == "agent" and customer_said else ""
        if not tag:
            continue
        # the segment where the tag is complete: a tag shape (「我这么说…没跑偏吧」) may span two segments
        at = next((i for i in range(len(turn.segments))
                   if contains_any("".join(s.text for s in turn.segments[:i + 1]), (tag,))), len(turn.segments) - 1)
        segment, restated = turn.segments[at], "".join(s.text for s in turn.segments[:at + 1])
        reply = _next_customer(turns, index)
        denied = contains_any(reply.text, deny) if reply is not None else ""
        agreed = "" if denied or reply is None else contains_any(reply.text, affirm)
        # the tag question is not part of what is restated: leave it out of the echo
        marker, echo = contains_any(restated, markers), echo_share(restated.replace(tag, ""), customer_said)
        long_enough = len(normalize(restated)) >= min_chars
        # 「退两百差价，对吧？」 after 「降价两百，差价能退吗？」: short, but mostly the customer's own words
        echoed = bool(agreed) and echo >= short_echo and len(normalize(restated.replace(tag, ""))) >= 4
        # The agent went on talking after the question: no reply was heard (a short 「对」 is easily lost
        # by the ASR), so agreement is unknown rather than refused; so is a brief reply that neither denies
        # nor asks.
        answered = at == len(turn.segments) - 1
        unclear = not answered or (reply is not None and len(normalize(reply.text)) <= brief_chars
                                   and not is_question(reply.text))
        said_back = normalize(sentences(restated)[-1].replace(tag, ""))
        wish = bool(agreed or unclear) and bool(_WISH.match(said_back)) and not is_question(said_back)
        if not (marker or wish or echoed or (long_enough and (agreed or echo >= min_echo or unclear))):
            continue
        if denied:
            rejected = say("; a restatement at {at:.1f}s was rejected by the customer (「{denied}」)",
                           "；第 {at:.1f} 秒的复述被客户否认（「{denied}」）", at=turn.start, denied=denied)
            continue
        before_solution = solution_start is None or segment.start < solution_start
        how = (say("restatement 「{marker}」", "复述「{marker}」", marker=marker) if marker else
               say("restatement repeating {echo:.0%} of the customer's words", "复述（重复了客户 {echo:.0%} 的原话）",
                   echo=echo) if echo >= min_echo else
               Text("the customer's wish said back", "复述客户的诉求") if wish and not long_enough else
               say("restatement of {chars} characters", "复述（{chars} 字）", chars=len(normalize(restated))))
        answer = (say("customer agrees 「{agreed}」", "客户认可「{agreed}」", agreed=agreed) if agreed
                  else Text("no customer reply heard before the agent went on", "坐席接着往下说，没有听到客户回应")
                  if not answered
                  else say("the customer's brief reply 「{reply}」 was not clearly heard", "客户简短回应「{reply}」，未听清",
                           reply=reply.text.strip()) if unclear and reply is not None
                  else Text("customer does not clearly agree", "客户没有明确认可"))
        late = EMPTY if before_solution else Text("; only after the solution", "；给出方案后才确认")
        return _found("确认问题", turn, _sentence_with(turn, marker) if marker else segment.text,
                      say("{how} asking 「{tag}」; {answer}", "{how}并询问「{tag}」；{answer}",
                          how=how, tag=tag, answer=answer) + late,
                      customer_agreed=bool(agreed) if agreed or not unclear else None, before_solution=before_solution)
    return _not_found("确认问题", "missing", Text("no restatement of the problem with a request for agreement (…对吗)",
                                                "没有复述问题并请客户确认（…对吗）") + rejected)


def _detail_beyond(text: str, action: str) -> str:
    """Return the concrete detail of ``text``; a channel only when it is not the action's own words.

    A callback names its channel in the action itself (「自然会给您打电话」): without a time it is no more
    concrete than 「会联系您」 (seed 004: 避免模糊说法). A time may be the action (「拖车四十分钟到」).
    """
    detail = concrete_detail(text)
    if not detail or detail != contains_any(text, load_lexicon("channel")):
        return detail
    at, where = text.find(action), text.find(detail)
    if not (action and at >= 0) or where >= at + len(action) or at >= where + len(detail):
        return detail
    start, end = min(at, where), max(at + len(action), where + len(detail))
    return concrete_detail(text[:start] + "，" + text[end:])


def _proposed(text: str) -> str:
    """Return ``text`` without the questions that ask about the situation: no action offered, no check.

    「您是不是一下打了很多电话？」 gathers the situation: its 电话 is no channel of a step, nor is the 四位 of
    「卡号后四位？」 a quantity. A check still sums the step up (「刷完脸十分钟就能打，清楚了吧？」).
    """
    return "".join(sentence for sentence in sentences(text) if not is_question(sentence)
                   or find_cue(sentence, "solution_action", "commitment", "confirm_understanding"))


def _soothing_promise(text: str, action: str) -> bool:
    """Return True when the sentence of ``text`` that holds ``action`` also soothes (「实在抱歉，今天给您落实。」)."""
    return any(contains_any(sentence, (action,)) and find_cue(sentence, "soothing")
               for sentence in sentences(text))


def _solution(turns: list[Turn], forbidden: list[str]) -> tuple[StepResult, int | None]:
    """Found: an agent turn with a concrete, actionable step (criterion c); causes and reasons graded with it.

    The cause (a) and the reason for the option (b) are looked for in that turn and in the agent's
    earlier turns since the customer first spoke (an agent often explains the cause, then the fix).
    A promise said while soothing (「您别慌，我这就查，今天给您准话。」: 安抚情绪's commitment) is the solution
    only when no later turn offers a step: the agent still has the situation to learn. A sentence that holds
    one of the ``forbidden`` phrases pushes the problem away: up to that phrase it offers no step (``_after_taboo``).
    """
    causes, reasons = load_lexicon("solution_cause"), load_lexicon("solution_reason")
    explained: list[Turn] = []
    promise: tuple[StepResult, int] | None = None
    customer_spoke = False
    for index, turn in enumerate(turns):
        if turn.role == "customer":
            customer_spoke = True
            continue
        if turn.role != "agent" or not customer_spoke:
            continue
        explained.append(turn)
        # a restatement asking for agreement (「您是说…在APP上申请了退款，对吗」) proposes nothing, and neither
        # does an action said as the time of something else (「开通的时候都要回短信确认」); the time itself
        # still makes a step concrete (「下午三点的时候给您回电」)
        offered = _proposed("".join(_after_taboo(sentence, forbidden) for s in turn.segments
                                    if not ending_tag(s.text) for sentence in sentences(s.text)))
        steps = _WHEN.sub("", offered)
        # an instruction (「您把电源拔了重插」) is concrete in itself (seed 004: 客户想知道具体该如何做)
        instruction = next((matched for matched, kind in find_patterns(steps, patterns_for("solution_action"))
                            if kind == "instruction"), "")
        # one sentence at a time: a check after the step (「…传登机牌就行。记下了吗？」) is no question about it
        action = next(filter(None, (find_cue(sentence, "solution_action", "commitment")
                                    for sentence in sentences(steps))), "") or instruction
        detail = _detail_beyond(offered, action) or instruction
        if not (action and detail):
            continue
        said = "".join(t.text for t in explained)
        cause, reason = contains_any(said, causes), contains_any(said, reasons)
        parts = [say("cause 「{cause}」", "原因「{cause}」", cause=cause) if cause else Text("no cause", "未说明原因"),
                 say("reason 「{reason}」", "选择理由「{reason}」", reason=reason) if reason
                 else Text("no reason", "未说明为何选此方案"),
                 say("step 「{action}」 with 「{detail}」", "措施「{action}」，具体到「{detail}」", action=action, detail=detail)]
        found = _found("解决问题", turn, _sentence_with(turn, action),
                       Text("solution: ", "解决方案：") + Text(", ", "；").join(parts),
                       cause=cause, reason=reason, steps=action, concrete=detail)
        if promise is None and _soothing_promise(offered, action):
            promise = found, index
            continue
        return found, index
    if promise is not None:
        return promise
    return _not_found("解决问题", "missing", Text(
        "no concrete, actionable next step (an action with a time, quantity or channel) after the customer spoke "
        "(seed 004: 解决方案要细致、可实施)",
        "客户说明后，坐席没有给出具体、可执行的下一步（带时间、数量或渠道的措施；解决方案要细致、可实施）")), None


def _confirm_understanding(turns: list[Turn], solution: StepResult, after: int | None,
                           closing_window: float, meaning: MeaningSettings, taboo: Spans) -> StepResult:
    affirm, restatements = load_lexicon("customer_affirm"), load_lexicon("confirm_problem")
    if after is not None and solution.start is not None:
        first, earliest, where = after, solution.start, Text("after the solution", "给出方案后")
    else:
        call_end = turns[-1].end if turns else 0.0
        first, earliest = 0, call_end * (1 - closing_window)
        where = Text("in the closing part of the call", "在通话结尾阶段")
    for index, turn in enumerate(turns[first:], start=first):
        if turn.role != "agent":
            continue
        for segment in turn.segments:
            if segment.start < earliest:
                continue
            check, how = find_cue(segment.text, "confirm_understanding"), EMPTY
            # by meaning, a check must still be a question, and not a restatement of the problem (确认问题)
            if not check and is_question(segment.text) and not contains_any(segment.text, restatements):
                check, how = _by_meaning([segment], "confirm_understanding", meaning, taboo) or ("", EMPTY)
            if check:
                reply = _next_customer(turns, index)
                confirmed = contains_any(reply.text, affirm) if reply is not None else ""
                answer = (say("confirms 「{confirmed}」", "确认「{confirmed}」", confirmed=confirmed) if confirmed
                          else Text("does not clearly confirm", "没有明确确认"))
                return _found("确认理解", turn, segment.text,
                              say("agent checks understanding 「{check}」 {where}; customer {answer}",
                                  "坐席{where}确认客户是否理解「{check}」；客户{answer}",
                                  check=check, where=where, answer=answer) + how,
                              customer_confirmed=bool(confirmed), by_meaning=bool(how.en))
    return _not_found("确认理解", "missing", say("no check that the customer understood or is satisfied {where}",
                                                "坐席{where}没有确认客户是否理解或满意", where=where))


def _mark_order(results: list[StepResult]) -> None:
    """Mark each found step whose start comes before an earlier step of the canonical order."""
    latest, latest_step = float("-inf"), ""
    for result in results:
        if result.status != "found" or result.start is None:
            continue
        result.order_ok = result.start >= latest
        if not result.order_ok:
            late = say(" (out of order: before {step} at {at:.1f}s)", "（顺序不对：早于第 {at:.1f} 秒的{step}）",
                       step=latest_step, at=latest)
            result.rule, result.rule_zh = result.rule + late.en, result.rule_zh + late.zh
        if result.start >= latest:
            latest, latest_step = result.start, result.step


def detect_steps(transcript: Transcript, rubric: Rubric, readings: list[CustomerEmotion],
                 forbidden: list[Finding] | None = None) -> list[StepResult]:
    """Return one ``StepResult`` per step, in the canonical order, with evidence or the reason it is missing.

    ``forbidden`` are the call's ``forbidden_phrase`` findings when the caller has them already (the pipeline
    does); otherwise they are found here.
    """
    turns = build_turns(transcript)
    if forbidden is None:
        forbidden = forbidden_phrases(transcript, rubric.setting("conduct", "phrase_join_gap_s"))
    solution, solution_at = _solution(turns, [f.quote for f in forbidden])
    meaning = MeaningSettings.from_rubric(rubric)
    taboo = tuple((f.start, f.end) for f in forbidden)
    results = _emotion_steps(turns, readings, rubric.setting("steps", "ack_within_agent_turns"), meaning, taboo)
    results.append(_situation(turns, solution.start, taboo))
    results.append(_confirm_problem(turns, rubric, solution.start))
    results.append(solution)
    results.append(_confirm_understanding(turns, solution, solution_at, rubric.setting("steps", "closing_window"),
                                          meaning, taboo))
    _mark_order(results)
    return results
