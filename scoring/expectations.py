"""Commitments and expectations (O1) and clarity (L2): what the agent promises, and how concretely.

- A commitment (something will happen after the call, ``commitment.txt``)
  should say when (a concrete time) and how the customer hears back (``channel.txt``).
- A refusal (``refusal.txt``) should give a reason and an alternative.
- A commitment or step worded with a hedge (``hedge.txt``: 稍后, 可能, 尽快…)
  and no concrete time is vague.
"""

from __future__ import annotations

from qa.model import Finding, Transcript
from scoring.lexicons import contains_any, find_patterns, load_lexicon, load_patterns
from scoring.turns import build_turns
from scoring.wording import Text, say

# What a commitment (time, channel) or a refusal (reason, alternative) should say: detail["missing"] names.
ELEMENT_NAMES = {"time": Text("time", "时间"), "channel": Text("channel", "回复渠道"),
                 "reason": Text("reason", "原因"), "alternative": Text("alternative", "替代方案")}


def _first(text: str, kind: str) -> str:
    """Return the first (normalised) match in ``text`` of the ``kind`` shapes of ``concrete_detail_patterns.txt``."""
    patterns = tuple(p for p in load_patterns("concrete_detail_patterns") if p[1] == kind)
    return next((matched for matched, _ in find_patterns(text, patterns)), "")


def concrete_time(text: str) -> str:
    """Return the first concrete time in ``text`` (明天, 两个小时内, 十二点…), or ''."""
    return _first(text, "time")


def concrete_detail(text: str) -> str:
    """Return the first concrete time, quantity or channel in ``text`` (两张照片, 五十元, 公众号…), or ''."""
    return concrete_time(text) or _first(text, "quantity") or contains_any(text, load_lexicon("channel"))


def _none_given(missing: list[str]) -> Text:
    return say("no {names} given", "未说明{names}", names=Text(" and no ", "和").join(ELEMENT_NAMES[m] for m in missing))


def commitments(transcript: Transcript) -> list[Finding]:
    """Return one ``commitment`` finding per agent segment promising a later action, with its time and channel."""
    promises, channels = load_lexicon("commitment"), load_lexicon("channel")
    findings = []
    for segment in transcript.by_role("agent"):
        promise = contains_any(segment.text, promises)
        if not promise:
            continue
        when, how = concrete_time(segment.text), contains_any(segment.text, channels)
        missing = [name for name, value in (("time", when), ("channel", how)) if not value]
        rule = say("commitment 「{promise}」: ", "承诺「{promise}」：", promise=promise) + (
            _none_given(missing) if missing else
            say("time 「{when}」, channel 「{how}」", "时间「{when}」，渠道「{how}」", when=when, how=how))
        findings.append(Finding(
            kind="commitment", severity="minor" if missing else "info", role="agent", start=segment.start,
            end=segment.end, quote=segment.text, rule=rule.en, rule_zh=rule.zh,
            detail={"time": when, "channel": how, "missing": missing}))
    return findings


def refusals(transcript: Transcript) -> list[Finding]:
    """Return one ``refusal`` finding per agent turn declining a request, with its reason and alternative."""
    refuse, reasons, alternatives = load_lexicon("refusal"), load_lexicon("solution_cause"), load_lexicon("alternative")
    findings = []
    for turn in build_turns(transcript):
        phrase = contains_any(turn.text, refuse) if turn.role == "agent" else ""
        if not phrase:
            continue
        reason, alternative = contains_any(turn.text, reasons), contains_any(turn.text, alternatives)
        missing = [name for name, value in (("reason", reason), ("alternative", alternative)) if not value]
        rule = say("declines 「{phrase}」: ", "拒绝「{phrase}」：", phrase=phrase) + (
            _none_given(missing) if missing else
            say("reason 「{reason}」, alternative 「{alternative}」", "原因「{reason}」，替代方案「{alternative}」",
                reason=reason, alternative=alternative))
        findings.append(Finding(
            kind="refusal", severity="minor" if missing else "info", role="agent", start=turn.start, end=turn.end,
            quote=turn.text, rule=rule.en, rule_zh=rule.zh,
            detail={"reason": reason, "alternative": alternative, "missing": missing}))
    return findings


def vague_wording(transcript: Transcript) -> list[Finding]:
    """Return one ``vague`` finding per agent promise or step worded with a hedge and no concrete time."""
    hedges = load_lexicon("hedge")
    actions = load_lexicon("commitment") + load_lexicon("solution_action")
    findings = []
    for segment in transcript.by_role("agent"):
        hedge = contains_any(segment.text, hedges)
        if hedge and contains_any(segment.text, actions) and not concrete_time(segment.text):
            rule = say("promise worded with 「{hedge}」 and no concrete time (seed 004: 不能是笼统的)",
                       "承诺用了「{hedge}」，没有具体时间（不能是笼统的）", hedge=hedge)
            findings.append(Finding(
                kind="vague", severity="minor", role="agent", start=segment.start, end=segment.end,
                quote=hedge, rule=rule.en, rule_zh=rule.zh, detail={"sentence": segment.text}))
    return findings
