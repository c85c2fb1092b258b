"""Speech rate (字/分钟) per speaker, per turn, its variation, and the flags the rubric sets.

Formula (docs/scoring.md): spoken characters ÷ minutes of voiced time. Spoken
characters leave out punctuation, spaces and fillers; voiced time leaves out
pauses longer than ``max_pause_s`` inside an utterance.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from qa.model import Finding, Segment
from scoring.lexicons import load_lexicon
from scoring.rubric import Rubric
from scoring.text import spoken_characters
from scoring.turns import Turn
from scoring.wording import EMPTY, say


def voiced_seconds(segments: list[Segment], max_pause_s: float) -> float:
    """Return the speaking time of ``segments``: word spans, pauses over ``max_pause_s`` excluded."""
    total = 0.0
    for segment in segments:
        spans = [(w.start, w.end) for w in segment.words] or [(segment.start, segment.end)]
        run_start, run_end = spans[0]
        for start, end in spans[1:]:
            if start - run_end > max_pause_s:
                total += run_end - run_start
                run_start = start
            run_end = max(run_end, end)
        total += run_end - run_start
    return total


def characters(segments: list[Segment]) -> int:
    """Return the spoken characters of ``segments`` (fillers of ``fillers.txt`` / ``fillers_clause.txt`` left out)."""
    fillers, clause_fillers = load_lexicon("fillers"), load_lexicon("fillers_clause")
    return sum(spoken_characters(s.text, fillers, clause_fillers) for s in segments)


def speech_rate_cpm(segments: list[Segment], max_pause_s: float) -> float | None:
    """Return characters per minute of voiced time, or None when nothing was said."""
    seconds = voiced_seconds(segments, max_pause_s)
    if seconds <= 0:
        return None
    return round(characters(segments) / (seconds / 60.0), 1)


@dataclass(frozen=True)
class TurnRate:
    """The speech rate of one turn long enough to time."""

    role: str
    start: float
    end: float
    cpm: float

    def to_dict(self) -> dict[str, float | str]:
        return {"role": self.role, "start": self.start, "end": self.end, "cpm": self.cpm}


def turn_rates(turns: list[Turn], role: str, max_pause_s: float, min_chars: int) -> list[TurnRate]:
    """Return the rate of each turn of ``role`` with at least ``min_chars`` spoken characters."""
    rates = []
    for turn in turns:
        if turn.role != role or characters(turn.segments) < min_chars:
            continue
        cpm = speech_rate_cpm(turn.segments, max_pause_s)
        if cpm is not None:
            rates.append(TurnRate(role, turn.start, turn.end, cpm))
    return rates


def variation(rates: list[TurnRate]) -> float | None:
    """Return the coefficient of variation (stdev ÷ mean) of per-turn rates; None under two turns."""
    if len(rates) < 2:
        return None
    values = [r.cpm for r in rates]
    return round(statistics.pstdev(values) / statistics.mean(values), 3)


def band_finding(rate: float | None, start: float, end: float, rubric: Rubric) -> list[Finding]:
    """Return a ``speech_rate`` finding when the agent's call rate is outside the rubric band."""
    if rate is None:
        return []
    low, high = rubric.setting("speech_rate", "band")
    soft_low, soft_high = rubric.setting("speech_rate", "soft_band")
    if low <= rate <= high:
        return []
    soft = soft_low <= rate <= soft_high
    side = "fast" if rate > high else "slow"
    rule = say("agent speaks {rate:.0f} 字/分钟, outside {low}–{high}", "坐席语速 {rate:.0f} 字/分钟，超出 {low}–{high}",
               rate=rate, low=low, high=high) + (
        EMPTY if soft else say(" and the soft band {low}–{high}", "，也超出宽限范围 {low}–{high}",
                               low=soft_low, high=soft_high))
    return [Finding(kind="speech_rate", severity="minor" if soft else "major", role="agent", start=start, end=end,
                    quote=f"{rate:.0f} 字/分钟", rule=rule.en, rule_zh=rule.zh,
                    detail={"type": side, "cpm": rate, "band": [low, high], "soft_band": [soft_low, soft_high]})]


def speeding_up(agent_rates: list[TurnRate], upset_spans: list[tuple[float, float]], rubric: Rubric) -> list[Finding]:
    """Return agent turns right after an upset customer turn that are faster than the agent's median by the ratio."""
    ratio = rubric.setting("speech_rate", "speedup_ratio")
    if len(agent_rates) < 2 or not upset_spans:
        return []
    median = statistics.median(r.cpm for r in agent_rates)
    findings = []
    for upset_start, upset_end in upset_spans:
        reply = next((r for r in agent_rates if r.start >= upset_start and r.end > upset_end), None)
        if reply is None or reply.cpm <= median * (1 + ratio):
            continue
        rule = say("agent speeds up to {cpm:.0f} 字/分钟 (median {median:.0f}, +{ratio:.0%} allowed) "
                   "while the customer is upset ({at:.1f}s)",
                   "客户情绪激动时（第 {at:.1f} 秒）坐席语速加快到 {cpm:.0f} 字/分钟（中位数 {median:.0f}，允许 +{ratio:.0%}）",
                   cpm=reply.cpm, median=median, ratio=ratio, at=upset_start)
        findings.append(Finding(
            kind="speech_rate", severity="minor", role="agent", start=reply.start, end=reply.end,
            quote=f"{reply.cpm:.0f} 字/分钟", rule=rule.en, rule_zh=rule.zh,
            detail={"type": "speeding_up", "cpm": reply.cpm, "median_cpm": median}))
    return findings
