"""Reading calls for the UI and the API: filtered, sorted, paged; agents limited to their own calls.

Every function that returns calls takes ``only_agent``: None for staff, the
agent's id for an agent. The limit is applied in the SQL, so no page, export or
API route can show an agent another agent's call by forgetting a check.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime, time, timezone
from typing import Any

from sqlalchemy import Select, Text, and_, cast, func, or_, select
from sqlalchemy.orm import Session

from qa.model import Assessment
from qa.tables import AssessmentRow, CallRow, FindingRow, ReviewRow
from web.filters import CallFilter


def as_utc(moment: datetime) -> datetime:
    """Return ``moment`` with its time zone (SQLite hands times back without one; they are stored in UTC)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


@dataclass
class CallLine:
    """One call with its current assessment's headline numbers and review state."""

    id: int
    call_id: str
    agent_id: str | None
    call_time: datetime
    duration: float
    layout: str
    total: float
    grade: str
    needs_review: bool
    critical: list[str]
    reviewed: bool
    reviewed_total: float | None
    missing_steps: list[str] = field(default_factory=list)
    speech_rate: float | None = None
    interruptions: int = 0
    review_reasons: list[str] = field(default_factory=list)
    review_reasons_zh: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["call_time"] = self.call_time.isoformat()
        return data


@dataclass
class Page:
    rows: list[CallLine]
    total: int
    number: int
    size: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.size))


@dataclass
class LoadedCall:
    """A call the user may see, its current assessment row and the Assessment itself."""

    call: CallRow
    assessment_pk: int
    assessment: Assessment
    summary: CallLine


@dataclass(frozen=True)
class Neighbours:
    previous: int | None
    next: int | None


def _latest_assessment() -> Any:
    return (select(AssessmentRow.call_pk, func.max(AssessmentRow.id).label("aid"))
            .group_by(AssessmentRow.call_pk).subquery())


def _latest_review() -> Any:
    return (select(ReviewRow.assessment_pk, func.max(ReviewRow.id).label("rid"))
            .group_by(ReviewRow.assessment_pk).subquery())


def _base(only_agent: str | None) -> Select:
    latest, review = _latest_assessment(), _latest_review()
    query = (select(CallRow, AssessmentRow, ReviewRow)
             .join(latest, latest.c.call_pk == CallRow.id)
             .join(AssessmentRow, AssessmentRow.id == latest.c.aid)
             .outerjoin(review, review.c.assessment_pk == AssessmentRow.id)
             .outerjoin(ReviewRow, ReviewRow.id == review.c.rid))
    if only_agent is not None:
        query = query.where(CallRow.agent_id == only_agent)
    return query


def _call_time() -> Any:
    return func.coalesce(CallRow.call_time, CallRow.created_at)


def _json_text_patterns(text: str) -> list[str]:
    """Return how ``text`` may appear inside stored JSON: as is, and with non-ASCII escaped."""
    escaped = json.dumps(text)[1:-1]
    return sorted({text, escaped})


def _like(pattern: str) -> str:
    return "%" + pattern.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"


def _filtered(query: Select, f: CallFilter) -> Select:
    conditions = []
    if f.date_from:
        conditions.append(_call_time() >= datetime.combine(f.date_from, time.min, timezone.utc))
    if f.date_to:
        conditions.append(_call_time() <= datetime.combine(f.date_to, time.max, timezone.utc))
    if f.agent:
        conditions.append(CallRow.agent_id == f.agent)
    if f.score_min is not None:
        conditions.append(AssessmentRow.total >= f.score_min)
    if f.score_max is not None:
        conditions.append(AssessmentRow.total <= f.score_max)
    if f.grade:
        conditions.append(AssessmentRow.grade == f.grade)
    if f.needs_review:
        conditions.append(AssessmentRow.needs_review.is_(f.needs_review == "yes"))
    if f.reviewed == "yes":
        conditions.append(ReviewRow.status == "reviewed")
    elif f.reviewed == "no":
        conditions.append(or_(ReviewRow.id.is_(None), ReviewRow.status != "reviewed"))
    if f.flag == "critical":
        conditions.append(and_(AssessmentRow.critical.is_not(None), cast(AssessmentRow.critical, Text) != "[]"))
    elif f.flag in ("forbidden_phrase", "jargon", "interruption", "dead_air"):
        kinds = select(FindingRow.assessment_pk).where(FindingRow.kind == f.flag)
        if f.flag in ("interruption", "jargon"):
            kinds = kinds.where(FindingRow.role == "agent")
        if f.flag == "jargon":
            kinds = kinds.where(FindingRow.severity != "info")
        conditions.append(AssessmentRow.id.in_(kinds))
    if f.q:
        text = cast(AssessmentRow.payload, Text)
        conditions.append(or_(*(text.like(_like(p), escape="!") for p in _json_text_patterns(f.q))))
    return query.where(and_(*conditions)) if conditions else query


SORT_COLUMNS = {"time": _call_time, "call": lambda: CallRow.call_id, "agent": lambda: CallRow.agent_id,
                "duration": lambda: CallRow.duration, "score": lambda: AssessmentRow.total,
                "grade": lambda: AssessmentRow.grade}


def _sorted(query: Select, f: CallFilter) -> Select:
    column = SORT_COLUMNS[f.sort]()
    ordered = column.asc() if f.order == "asc" else column.desc()
    tie = CallRow.id.asc() if f.order == "asc" else CallRow.id.desc()
    return query.order_by(ordered, tie)


def _step_filter(f: CallFilter) -> str | None:
    """Return the step a missing-step flag asks for ('' for any step), None when no such flag is set."""
    if f.flag == "missing_step":
        return ""
    return f.flag.removeprefix("missing:") if f.flag.startswith("missing:") else None


def _missing_steps(payload: dict[str, Any]) -> list[str]:
    return [s["step"] for s in payload.get("steps", []) if s.get("status") == "missing"]


def _line(call: CallRow, row: AssessmentRow, review: ReviewRow | None, with_payload: bool) -> CallLine:
    line = CallLine(
        id=call.id, call_id=call.call_id, agent_id=call.agent_id, call_time=as_utc(call.call_time or call.created_at),
        duration=call.duration, layout=call.layout, total=row.total, grade=row.grade,
        needs_review=row.needs_review, critical=list(row.critical or []),
        reviewed=review is not None and review.status == "reviewed",
        reviewed_total=review.total if review is not None else None)
    if with_payload:
        metrics = row.payload.get("metrics", {})
        line.missing_steps = _missing_steps(row.payload)
        line.speech_rate = (metrics.get("speech_rate_cpm") or {}).get("agent")
        line.interruptions = int((metrics.get("interruptions") or {}).get("agent", 0))
        line.review_reasons = list(row.payload.get("review_reasons", []))
        line.review_reasons_zh = list(row.payload.get("review_reasons_zh", []))
    return line


def _matches_step(row: AssessmentRow, step: str) -> bool:
    missing = _missing_steps(row.payload)
    return bool(missing) if step == "" else step in missing


def call_rows(session: Session, f: CallFilter, only_agent: str | None) -> list[CallLine]:
    """Return every call matching ``f`` (all pages), with steps and metrics, for exports and charts."""
    step = _step_filter(f)
    result = session.execute(_sorted(_filtered(_base(only_agent), f), f))
    return [_line(call, row, review, True) for call, row, review in result
            if step is None or _matches_step(row, step)]


def call_page(session: Session, f: CallFilter, only_agent: str | None, number: int, size: int) -> Page:
    """Return one page of the calls matching ``f``."""
    if _step_filter(f) is not None:
        rows = call_rows(session, f, only_agent)
        return Page(rows[(number - 1) * size:number * size], len(rows), number, size)
    query = _filtered(_base(only_agent), f)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    result = session.execute(_sorted(query, f).offset((number - 1) * size).limit(size))
    return Page([_line(call, row, review, False) for call, row, review in result], total, number, size)


def load_call(session: Session, call_pk: int, only_agent: str | None) -> LoadedCall | None:
    """Return the call with its current assessment, or None if absent or not the agent's own."""
    found = session.execute(_base(only_agent).where(CallRow.id == call_pk)).first()
    if found is None:
        return None
    call, row, review = found
    return LoadedCall(call, row.id, Assessment.from_dict(row.payload), _line(call, row, review, True))


def neighbours(session: Session, call_pk: int, f: CallFilter, only_agent: str | None) -> Neighbours:
    """Return the calls before and after ``call_pk`` in the list as filtered and sorted."""
    ids = [line.id for line in call_rows(session, f, only_agent)] if _step_filter(f) is not None else \
        list(session.scalars(_sorted(_filtered(_base(only_agent), f), f).with_only_columns(CallRow.id)))
    if call_pk not in ids:
        return Neighbours(None, None)
    at = ids.index(call_pk)
    return Neighbours(ids[at - 1] if at > 0 else None, ids[at + 1] if at + 1 < len(ids) else None)


def agent_ids(session: Session) -> list[str]:
    """Return every agent id that appears on a call, sorted."""
    return list(session.scalars(select(CallRow.agent_id).where(CallRow.agent_id.is_not(None))
                                .distinct().order_by(CallRow.agent_id)))


def missed_steps(session: Session, only_agent: str | None) -> list[tuple[str, int]]:
    """Return (step, number of calls that missed it), most missed first."""
    return Counter(step for line in call_rows(session, CallFilter(), only_agent)
                   for step in line.missing_steps).most_common()


def assessment_history(session: Session, loaded: LoadedCall) -> list[dict[str, Any]]:
    """Return every assessment of the call, oldest first (re-scoring keeps the old ones)."""
    rows = session.scalars(select(AssessmentRow).where(AssessmentRow.call_pk == loaded.call.id)
                           .order_by(AssessmentRow.id))
    return [{"id": r.id, "rubric_version": r.rubric_version, "total": r.total, "grade": r.grade,
             "created_at": as_utc(r.created_at).isoformat()} for r in rows]
