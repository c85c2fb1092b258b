"""The supervisor dashboard's numbers, computed from call rows (pure functions, no database)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from statistics import mean

from web.queries import CallRow

SCORE_BINS = [0, 60, 70, 80, 90, 100]
TREND_AGENTS = 6


@dataclass(frozen=True)
class OutlierRules:
    """What counts as an outlier: speech rate outside the rubric's band, or too many interruptions."""

    rate_low: float
    rate_high: float
    interruptions: int


@dataclass(frozen=True)
class Outlier:
    id: int
    call_id: str
    agent_id: str | None
    speech_rate: float | None
    interruptions: int
    rate_outlier: bool
    interruption_outlier: bool


def final_score(row: CallRow) -> float:
    """Return the score after review when there is one, else the machine's."""
    return row.reviewed_total if row.reviewed_total is not None else row.total


def agent_averages(rows: list[CallRow]) -> list[tuple[str, float]]:
    """Return (agent, average final score), lowest first, so who needs coaching is on top."""
    by_agent: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        by_agent[row.agent_id or "—"].append(final_score(row))
    return sorted(((agent, round(mean(scores), 1)) for agent, scores in by_agent.items()), key=lambda p: p[1])


def agent_trends(rows: list[CallRow]) -> tuple[list[str], dict[str, list[float | None]]]:
    """Return the days and, per agent (the busiest few), the average final score of each day."""
    days = sorted({row.call_time.date().isoformat() for row in rows})
    busiest = [agent for agent, _ in Counter(row.agent_id or "—" for row in rows).most_common(TREND_AGENTS)]
    cells: dict[tuple[str, str], list[float]] = defaultdict(list)
    for row in rows:
        cells[(row.agent_id or "—", row.call_time.date().isoformat())].append(final_score(row))
    series = {agent: [round(mean(cells[(agent, day)]), 1) if cells[(agent, day)] else None for day in days]
              for agent in sorted(busiest)}
    return days, series


def missed_step_counts(rows: list[CallRow]) -> list[tuple[str, int]]:
    """Return (step, number of calls that missed it), most missed first."""
    return Counter(step for row in rows for step in row.missing_steps).most_common()


def outliers(rows: list[CallRow], rules: OutlierRules) -> list[Outlier]:
    """Return the calls whose agent speech rate or interruption count is outside the rules."""
    found = []
    for row in rows:
        rate_out = row.speech_rate is not None and not rules.rate_low <= row.speech_rate <= rules.rate_high
        interrupt_out = row.interruptions >= rules.interruptions
        if rate_out or interrupt_out:
            found.append(Outlier(row.id, row.call_id, row.agent_id, row.speech_rate, row.interruptions,
                                 rate_out, interrupt_out))
    return found
