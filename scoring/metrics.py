"""Timing and voice measurements of a call (DESIGN §4 ``metrics``) and the findings they raise.

Every formula is in ``docs/scoring.md``; every threshold comes from the rubric.
"""

from __future__ import annotations

from typing import Any

from qa.model import Finding, Transcript
from scoring.emotion import CustomerEmotion
from scoring.overlaps import overlaps
from scoring.rubric import Rubric
from scoring.silence import response_latency, silences
from scoring.speech_rate import band_finding, speech_rate_cpm, speeding_up, turn_rates, variation, voiced_seconds
from scoring.turns import build_turns
from scoring.voice import has_prosody, loudness_by_role, sudden_rises
from scoring.wording import say

ROLES = ("agent", "customer")


def _mark_venting(findings: list[Finding], upset: list[tuple[float, float]]) -> None:
    """Note on each agent interruption whether the customer was upset (venting) at the time."""
    for finding in findings:
        if finding.kind == "interruption" and finding.role == "agent":
            finding.detail["customer_upset"] = any(s <= finding.start <= e for s, e in upset)


def compute_metrics(
    transcript: Transcript, rubric: Rubric, emotions: list[CustomerEmotion]
) -> tuple[dict[str, Any], list[Finding]]:
    """Return the call's metrics and the findings they raise (overlaps, silences, speech rate, loudness)."""
    max_pause = rubric.setting("speech_rate", "max_pause_s")
    min_turn_chars = rubric.setting("speech_rate", "min_turn_chars")
    turns = build_turns(transcript)
    upset = [(e.start, e.end) for e in emotions if e.negative]

    rate = {r: speech_rate_cpm(transcript.by_role(r), max_pause) for r in ROLES}
    per_turn = {r: turn_rates(turns, r, max_pause, min_turn_chars) for r in ROLES}
    voiced = {r: voiced_seconds(transcript.by_role(r), max_pause) for r in ROLES}
    talk_total = sum(voiced.values())
    agent_segments = transcript.by_role("agent")
    rate_findings = speeding_up(per_turn["agent"], upset, rubric)
    if agent_segments:
        rate_findings = band_finding(rate["agent"], agent_segments[0].start, agent_segments[-1].end,
                                     rubric) + rate_findings
    agent_variation = variation(per_turn["agent"])
    max_variation = rubric.setting("speech_rate", "max_variation")
    if agent_variation is not None and agent_variation > max_variation:
        rule = say("agent's per-turn rate varies by {variation:.0%} (coefficient of variation; allowed {allowed:.0%}): "
                   "not 不急不缓", "坐席各话轮语速相差 {variation:.0%}（变异系数，允许 {allowed:.0%}）：未做到不急不缓",
                   variation=agent_variation, allowed=max_variation)
        rate_findings.append(Finding(
            kind="speech_rate", severity="minor", role="agent", start=agent_segments[0].start,
            end=agent_segments[-1].end, quote=f"CV {agent_variation:.2f}", rule=rule.en, rule_zh=rule.zh,
            detail={"type": "unsteady", "variation": agent_variation}))

    overlap_findings = overlaps(transcript, rubric)
    _mark_venting(overlap_findings, upset)
    silence_findings, longest = silences(transcript, rubric.setting("silence", "dead_air_s"))
    loud_findings = sudden_rises(transcript, rubric)
    counted = [f for f in overlap_findings if f.kind == "interruption"]
    prosody = has_prosody(transcript)
    metrics = {
        "speech_rate_cpm": rate,
        "speech_rate_turns": {r: [t.to_dict() for t in per_turn[r]] for r in ROLES},
        "speech_rate_variation": {r: variation(per_turn[r]) for r in ROLES},
        "interruptions": {r: sum(1 for f in counted if f.role == r) for r in ROLES},
        "overlaps": sum(1 for f in overlap_findings if f.kind == "overlap"),
        "talk_ratio": {r: round(voiced[r] / talk_total, 3) if talk_total else 0.0 for r in ROLES},
        "voiced_s": {r: round(voiced[r], 2) for r in ROLES},
        "dead_air": sum(1 for f in silence_findings if f.kind == "dead_air"),
        "holds": sum(1 for f in silence_findings if f.kind == "hold"),
        "longest_silence_s": longest,
        "response_latency_s": response_latency(turns),
        "loudness_db": loudness_by_role(transcript),
        "loudness_rises": {r: sum(1 for f in loud_findings if f.role == r) for r in ROLES},
        "prosody": "measured" if prosody else "absent: loudness and pitch not measured for this call",
    }
    findings = overlap_findings + silence_findings + rate_findings + loud_findings
    return metrics, findings
