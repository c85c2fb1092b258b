"""Silences between utterances: dead air, announced holds, the agent's response latency."""

from __future__ import annotations

import statistics
from typing import Any

from qa.model import Finding, Segment, Transcript
from scoring.lexicons import find_cue
from scoring.turns import Turn
from scoring.wording import Text, say


def silences(transcript: Transcript, dead_air_s: float) -> tuple[list[Finding], float]:
    """Return dead-air and hold findings, and the longest silence between speech (s).

    Dead air: nobody speaks for ``dead_air_s`` or more between two utterances,
    unless the agent's last turn before it announced a hold (then kind ``hold``):
    the agent's last run of consecutive segments without such a silence, so that 「请您稍等，我查一下，」
    「大概十几秒」 split by the ASR still counts, and so does a hold the customer
    answered 「好」. Ringing before the first word and silence after the last are not counted.
    """
    findings = []
    longest = 0.0
    speech_end = None
    last_agent: list[Segment] = []
    previous_role = ""
    for segment in sorted(transcript.segments, key=lambda s: s.start):
        gap = segment.start - speech_end if speech_end is not None else 0.0
        if gap > 0:
            longest = max(longest, gap)
            if gap >= dead_air_s:
                said = "".join(s.text for s in last_agent)
                announced = find_cue(said, "hold")
                rule = say("nobody speaks for {gap:.1f}s (threshold {limit:g}s)", "无人说话 {gap:.1f} 秒（阈值 {limit:g} 秒）",
                           gap=gap, limit=dead_air_s) + (
                    say("; announced by 「{announced}」", "；坐席已告知等待：「{announced}」", announced=announced)
                    if announced else Text("; not announced", "；未告知等待"))
                findings.append(Finding(
                    kind="hold" if announced else "dead_air",
                    severity="info" if announced else "major",
                    role="agent",
                    start=round(speech_end, 2),
                    end=segment.start,
                    quote=said if announced else "",
                    rule=rule.en,
                    rule_zh=rule.zh,
                    detail={"seconds": round(gap, 2)},
                ))
        speech_end = segment.end if speech_end is None else max(speech_end, segment.end)
        if segment.role == "agent":
            # an announcement covers the silence right after it, not the next one
            last_agent = last_agent + [segment] if previous_role == "agent" and gap < dead_air_s else [segment]
        previous_role = segment.role
    return findings, round(longest, 2)


def response_latency(turns: list[Turn]) -> dict[str, Any]:
    """Return the agent's response latency after the customer stops: mean, max (s) and how many replies.

    Latency of one reply = agent turn start − end of the customer turn before it,
    0 when the agent started before the customer finished.
    """
    latencies = [max(0.0, after.start - before.end) for before, after in zip(turns, turns[1:])
                 if before.role == "customer" and after.role == "agent"]
    if not latencies:
        return {"mean": None, "max": None, "count": 0}
    return {"mean": round(statistics.mean(latencies), 2), "max": round(max(latencies), 2), "count": len(latencies)}
