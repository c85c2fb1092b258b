"""A reviewer's pass over a call: per-item decisions, the total after review, the audit trail.

Decisions on a scorecard item:
  confirm   the machine's points stand;
  reject    the machine's judgement is wrong: the item gets its full points back;
  override  the reviewer sets the points.
Reject and override need a comment (the table requires one for every decision;
a confirm without one is stored as 「确认」). The total after review moves the
machine's total by the change in points, on the same 100-point scale:
``total + 100 × Σ(new − machine points) / Σ max of the applicable items``, kept within 0–100.
Every change is written to ``audit_log`` (who, when, what, before, after).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qa.model import ScoreItem
from qa.tables import AuditLogRow, ReviewDecisionRow, ReviewRow, UserRow, utc_now
from web.i18n import LocalizedError
from web.queries import LoadedCall, as_utc

CONFIRM_COMMENT = "确认"


class ReviewError(LocalizedError):
    """A review decision that cannot be recorded (no comment, points out of range…)."""


@dataclass(frozen=True)
class Decision:
    item_id: str
    decision: str
    points: float | None
    comment: str


@dataclass
class DecisionView:
    decision: str
    points: float | None
    comment: str
    reviewer: str
    at: datetime


@dataclass
class ReviewState:
    """The current review of a call's current assessment: latest decision per item, status, new total."""

    reviewed: bool = False
    reviewer: str | None = None
    reviewed_at: datetime | None = None
    total: float | None = None
    decisions: dict[str, DecisionView] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"reviewed": self.reviewed, "reviewer": self.reviewer,
                "reviewed_at": as_utc(self.reviewed_at).isoformat() if self.reviewed_at else None,
                "total": self.total,
                "decisions": [{"item_id": item, "decision": d.decision, "points": d.points, "comment": d.comment,
                               "reviewer": d.reviewer, "at": as_utc(d.at).isoformat()} for item, d in self.decisions.items()]}


@dataclass
class AuditEntry:
    at: datetime
    who: str
    what: str
    before: str
    after: str


def _item(loaded: LoadedCall, item_id: str) -> ScoreItem:
    item = next((i for i in loaded.assessment.items if i.id == item_id), None)
    if item is None:
        raise ReviewError("没有这个评分项。")
    return item


def parse_decision(loaded: LoadedCall, item_id: str, decision: str, points: str, comment: str) -> Decision:
    """Return the checked decision; raise ReviewError saying what is wrong with it."""
    item = _item(loaded, item_id)
    comment = comment.strip()
    if decision not in ("confirm", "reject", "override"):
        raise ReviewError("复核决定只能是确认、驳回或改分。")
    if decision != "confirm" and not comment:
        raise ReviewError("驳回和改分必须填写说明。")
    if decision == "confirm":
        return Decision(item_id, decision, item.points, comment or CONFIRM_COMMENT)
    if decision == "reject":
        return Decision(item_id, decision, item.max, comment)
    if not points.strip():
        raise ReviewError("改分需要填写分数。")
    try:
        value = float(points)
    except ValueError:
        raise ReviewError("分数必须在 0 到 {max} 之间。", max=f"{item.max:g}") from None
    if not 0 <= value <= item.max:
        raise ReviewError("分数必须在 0 到 {max} 之间。", max=f"{item.max:g}")
    return Decision(item_id, decision, value, comment)


def _user_pk(session: Session, username: str) -> int | None:
    return session.scalar(select(UserRow.id).where(UserRow.username == username))


def audit(session: Session, username: str, entity: str, entity_id: object, field_name: str, before: Any,
          after: Any) -> None:
    """Add one audit-log row (the caller commits)."""
    session.add(AuditLogRow(user_pk=_user_pk(session, username), username=username, entity=entity,
                            entity_id=str(entity_id), field=field_name, before=before, after=after))


def _open_review(session: Session, loaded: LoadedCall, username: str) -> ReviewRow:
    review = session.scalars(select(ReviewRow).where(ReviewRow.assessment_pk == loaded.assessment_pk)
                             .order_by(ReviewRow.id.desc())).first()
    if review is None:
        review = ReviewRow(assessment_pk=loaded.assessment_pk, call_pk=loaded.call.id,
                           reviewer_pk=_user_pk(session, username), status="in_progress")
        session.add(review)
        session.flush()
    return review


def _latest_decisions(review: ReviewRow) -> dict[str, ReviewDecisionRow]:
    return {d.item_id: d for d in review.decisions}  # ordered by id: the last one per item wins


def reviewed_total(loaded: LoadedCall, decisions: dict[str, ReviewDecisionRow]) -> float | None:
    """Return the total after the reviewer's points (see the module docstring), None without decisions."""
    if not decisions:
        return None
    items = [i for i in loaded.assessment.items if i.points is not None]
    possible = sum(i.max for i in items)
    delta = sum((decisions[i.id].points or 0.0) - (i.points or 0.0) for i in items
                if i.id in decisions and decisions[i.id].points is not None)
    total = loaded.assessment.total + (100.0 * delta / possible if possible else 0.0)
    return round(min(100.0, max(0.0, total)), 1)


def record_decision(session: Session, loaded: LoadedCall, decision: Decision, username: str) -> None:
    """Store one item decision, update the review's total, and audit it."""
    review = _open_review(session, loaded, username)
    previous = _latest_decisions(review).get(decision.item_id)
    before = {"decision": previous.decision, "points": previous.points} if previous else \
        {"decision": "machine", "points": _item(loaded, decision.item_id).points}
    review.decisions.append(ReviewDecisionRow(item_id=decision.item_id, decision=decision.decision,
                                              points=decision.points, comment=decision.comment,
                                              decided_by_pk=_user_pk(session, username)))
    session.flush()
    old_total = review.total
    review.total = reviewed_total(loaded, _latest_decisions(review))
    audit(session, username, "call", loaded.call.call_id, f"item {decision.item_id}", before,
          {"decision": decision.decision, "points": decision.points, "comment": decision.comment})
    if review.total != old_total:
        audit(session, username, "call", loaded.call.call_id, "total after review", old_total, review.total)
    session.commit()


def mark_reviewed(session: Session, loaded: LoadedCall, username: str) -> None:
    """Mark the call's current assessment reviewed, and audit it."""
    review = _open_review(session, loaded, username)
    before = review.status
    review.status, review.completed_at = "reviewed", utc_now()
    review.reviewer_pk = _user_pk(session, username) or review.reviewer_pk
    audit(session, username, "call", loaded.call.call_id, "review status", before, "reviewed")
    session.commit()


def review_state(session: Session, loaded: LoadedCall) -> ReviewState:
    """Return the review of the call's current assessment (empty when nobody reviewed it yet)."""
    review = session.scalars(select(ReviewRow).where(ReviewRow.assessment_pk == loaded.assessment_pk)
                             .order_by(ReviewRow.id.desc())).first()
    if review is None:
        return ReviewState()
    names = dict(session.execute(select(UserRow.id, UserRow.username)).all())
    return ReviewState(
        reviewed=review.status == "reviewed", reviewer=names.get(review.reviewer_pk),
        reviewed_at=review.completed_at, total=review.total,
        decisions={item: DecisionView(d.decision, d.points, d.comment, names.get(d.decided_by_pk, ""), d.created_at)
                   for item, d in _latest_decisions(review).items()})


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {'—' if v is None else v}" for k, v in value.items())
    return str(value)


def audit_trail(session: Session, call_id: str) -> list[AuditEntry]:
    """Return every audited change to the call, newest first."""
    rows = session.scalars(select(AuditLogRow).where(AuditLogRow.entity == "call", AuditLogRow.entity_id == call_id)
                           .order_by(AuditLogRow.id.desc()))
    return [AuditEntry(r.at, r.username, r.field, _shown(r.before), _shown(r.after)) for r in rows]
