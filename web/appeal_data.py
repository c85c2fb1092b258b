"""Appeals data: an agent files one per scorecard item; a reviewer adds a note; a supervisor decides.

Shown status: ``open`` (waiting for a reviewer), ``forwarded`` (a reviewer wrote a
note: waiting for a supervisor), ``accepted`` / ``rejected``. Accepting with new
points records an override on the call's review, so the total after review moves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from qa.tables import AppealRow, CallRow, UserRow, utc_now
from web import queries, reviews
from web.i18n import LocalizedError


class AppealError(LocalizedError):
    """An appeal action that cannot be done (no reason, already decided…)."""


@dataclass
class AppealView:
    id: int
    call_pk: int
    call_id: str
    agent_id: str | None
    item_id: str
    reason: str
    status: str
    reviewer: str | None
    reviewer_note: str
    decided_by: str | None
    decision_note: str
    created_at: datetime


def _shown_status(row: AppealRow) -> str:
    return "forwarded" if row.status == "open" and row.forwarded_at is not None else row.status


def _query(only_agent: str | None) -> Select:
    reviewer, decider = aliased(UserRow), aliased(UserRow)
    query = (select(AppealRow, CallRow, reviewer.username, decider.username)
             .join(CallRow, CallRow.id == AppealRow.call_pk)
             .outerjoin(reviewer, reviewer.id == AppealRow.reviewer_pk)
             .outerjoin(decider, decider.id == AppealRow.decided_by_pk)
             .order_by(AppealRow.id.desc()))
    if only_agent is not None:
        query = query.where(CallRow.agent_id == only_agent)
    return query


def _views(session: Session, query: Select) -> list[AppealView]:
    return [AppealView(a.id, c.id, c.call_id, c.agent_id, a.item_id, a.reason, _shown_status(a), reviewer,
                       a.reviewer_note, decider, a.decision_note, a.created_at)
            for a, c, reviewer, decider in session.execute(query)]


def list_appeals(session: Session, status: str, only_agent: str | None) -> list[AppealView]:
    """Return the appeals with the shown ``status`` ('' for all), newest first; agents get their own."""
    query = _query(only_agent)
    if status == "open":
        query = query.where(AppealRow.status == "open", AppealRow.forwarded_at.is_(None))
    elif status == "forwarded":
        query = query.where(AppealRow.status == "open", AppealRow.forwarded_at.is_not(None))
    elif status:
        query = query.where(AppealRow.status == status)
    return _views(session, query)


def appeals_of_call(session: Session, call_pk: int) -> list[AppealView]:
    """Return the appeals filed on one call."""
    return _views(session, _query(None).where(AppealRow.call_pk == call_pk))


def _user_pk(session: Session, username: str) -> int | None:
    return session.scalar(select(UserRow.id).where(UserRow.username == username))


def file_appeal(session: Session, loaded: queries.LoadedCall, item_id: str, reason: str, username: str) -> None:
    """Record an agent's appeal of one item of the call's current assessment."""
    if not reason.strip():
        raise AppealError("请填写理由。")
    if item_id not in {i.id for i in loaded.assessment.items}:
        raise AppealError("没有这个评分项。")
    taken = session.scalar(select(AppealRow.id).where(AppealRow.assessment_pk == loaded.assessment_pk,
                                                      AppealRow.item_id == item_id))
    if taken is not None:
        raise AppealError("这一项已经申诉过。")
    session.add(AppealRow(call_pk=loaded.call.id, assessment_pk=loaded.assessment_pk, item_id=item_id,
                          filed_by_pk=_user_pk(session, username), reason=reason.strip()[:2000], status="open"))
    reviews.audit(session, username, "call", loaded.call.call_id, f"appeal {item_id}", None, reason.strip()[:2000])
    session.commit()


def _pending(session: Session, appeal_id: int) -> tuple[AppealRow, CallRow]:
    found = session.execute(select(AppealRow, CallRow).join(CallRow, CallRow.id == AppealRow.call_pk)
                            .where(AppealRow.id == appeal_id)).first()
    if found is None or found[0].status != "open":
        raise AppealError("这条申诉已经处理过。")
    return found[0], found[1]


def forward_appeal(session: Session, appeal_id: int, note: str, username: str) -> None:
    """Add the reviewer's note and pass the appeal to the supervisors."""
    if not note.strip():
        raise AppealError("请填写说明。")
    appeal, call = _pending(session, appeal_id)
    appeal.reviewer_pk, appeal.reviewer_note, appeal.forwarded_at = _user_pk(session, username), note.strip(), utc_now()
    reviews.audit(session, username, "call", call.call_id, f"appeal {appeal.item_id}", "open", "forwarded: " + note.strip())
    session.commit()


def decide_appeal(session: Session, appeal_id: int, outcome: str, note: str, points: str, username: str) -> None:
    """Record the supervisor's decision; accepting with points overrides the item's points."""
    if not note.strip():
        raise AppealError("请填写说明。")
    appeal, call = _pending(session, appeal_id)
    if outcome == "accepted" and points.strip():
        loaded = queries.load_call(session, call.id, only_agent=None)
        try:
            decision = reviews.parse_decision(loaded, appeal.item_id, "override", points, "申诉：" + note.strip())
        except reviews.ReviewError as exc:
            raise AppealError(exc.text, **exc.values) from None
        reviews.record_decision(session, loaded, decision, username)
    before = _shown_status(appeal)
    appeal.status, appeal.decision_note = outcome, note.strip()
    appeal.decided_by_pk, appeal.decided_at = _user_pk(session, username), utc_now()
    reviews.audit(session, username, "call", call.call_id, f"appeal {appeal.item_id}", before, f"{outcome}: {note.strip()}")
    session.commit()
