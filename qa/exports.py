"""Summary exports of scored calls: CSV (UTF-8 with BOM, opens cleanly in Excel) and XLSX (calls + agents sheets)."""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from qa.store import CallResult

CALL_COLUMNS = ("call_id", "file", "date", "agent", "score", "grade", "critical_flags", "missing_steps",
                "agent_speech_rate_cpm", "agent_interruptions", "needs_review", "review_reasons")
AGENT_COLUMNS = ("agent", "calls", "average_score", "needs_review", "most_missed_step")
FORMATS = (".csv", ".xlsx")


class ExportError(ValueError):
    """The export cannot be written as asked (unknown format, unwritable path)."""


@dataclass(frozen=True)
class AgentSummary:
    """One agent's line: how many calls, their mean score, how many need review, the step missed most."""

    agent: str
    calls: int
    average_score: float
    needs_review: int
    most_missed_step: str


def call_row(result: CallResult) -> dict[str, Any]:
    """Return the export line of one call."""
    a = result.assessment
    when = result.call_time or result.created_at
    return {
        "call_id": result.call_id,
        "file": result.filename,
        "date": when.strftime("%Y-%m-%d %H:%M") if result.call_time else when.astimezone().strftime("%Y-%m-%d"),
        "agent": result.agent_id or "",
        "score": a.total,
        "grade": a.grade,
        "critical_flags": "; ".join(a.critical),
        "missing_steps": "; ".join(s.step for s in a.steps if s.status == "missing"),
        "agent_speech_rate_cpm": a.metrics.get("speech_rate_cpm", {}).get("agent"),
        "agent_interruptions": a.metrics.get("interruptions", {}).get("agent"),
        "needs_review": "yes" if a.needs_review else "no",
        "review_reasons": "; ".join(a.review_reasons),
    }


def agent_summaries(results: list[CallResult]) -> list[AgentSummary]:
    """Return one summary per agent id (calls without one under "(none)"), by agent id."""
    by_agent: dict[str, list[CallResult]] = {}
    for result in results:
        by_agent.setdefault(result.agent_id or "(none)", []).append(result)
    summaries = []
    for agent, calls in sorted(by_agent.items()):
        missed = Counter(s.step for r in calls for s in r.assessment.steps if s.status == "missing")
        summaries.append(AgentSummary(
            agent=agent,
            calls=len(calls),
            average_score=round(sum(r.assessment.total for r in calls) / len(calls), 1),
            needs_review=sum(1 for r in calls if r.assessment.needs_review),
            most_missed_step=missed.most_common(1)[0][0] if missed else "",
        ))
    return summaries


def write_export(results: list[CallResult], target: Path) -> Path:
    """Write the calls (and, for XLSX, the per-agent sheet) to ``target``; return it."""
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"{target}: export to a .csv or .xlsx file")
    if not target.parent.is_dir():
        raise ExportError(f"{target}: the folder {target.parent} does not exist")
    rows = [call_row(r) for r in results]
    if suffix == ".csv":
        with open(target, "w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.DictWriter(handle, fieldnames=CALL_COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
        return target
    workbook = Workbook()
    calls_sheet = workbook.active
    calls_sheet.title = "calls"
    _fill(calls_sheet, CALL_COLUMNS, [[row[c] for c in CALL_COLUMNS] for row in rows])
    agents_sheet = workbook.create_sheet("agents")
    _fill(agents_sheet, AGENT_COLUMNS, [[getattr(s, c) for c in AGENT_COLUMNS] for s in agent_summaries(results)])
    workbook.save(target)
    return target


def _fill(sheet: Any, header: tuple[str, ...], rows: list[list[Any]]) -> None:
    sheet.append(list(header))
    for row in rows:
        sheet.append(row)
    sheet.freeze_panes = "A2"
    for index, name in enumerate(header, start=1):
        width = max([len(str(name))] + [len(str(row[index - 1])) for row in rows[:500]])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, width + 2)


def render_summary(results: list[CallResult]) -> str:
    """Return the printed report: one line per agent, then the calls that need review."""
    if not results:
        return "no calls"
    lines = [f"{len(results)} calls, average score "
             f"{sum(r.assessment.total for r in results) / len(results):.1f}",
             "", f"{'agent':<16}{'calls':>6}{'average':>9}{'review':>8}  most missed step"]
    lines += [f"{s.agent:<16}{s.calls:>6}{s.average_score:>9.1f}{s.needs_review:>8}  {s.most_missed_step or '-'}"
              for s in agent_summaries(results)]
    review = [r for r in results if r.assessment.needs_review]
    if review:
        lines += ["", "needs review:"]
        lines += [f"  {r.call_id} ({r.agent_id or 'no agent'}): {'; '.join(r.assessment.review_reasons) or '-'}"
                  for r in review]
    return "\n".join(lines)
