"""Call list (filters, sort, pages, search), call detail, the call's audio, and exports."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, abort, current_app, flash, render_template, request, send_file, url_for
from flask_login import current_user, login_required

from scoring.rubric import load_rubric
from web import exports, queries, reviews
from web.access import STAFF, roles_required
from web.appeal_data import appeals_of_call
from web.charts import speaker_timeline
from web.coaching import coaching_notes
from web.db import db
from web.filters import CallFilter, FilterError
from web.i18n import gettext as _
from web.labels import (APPEAL_NAMES, DECISION_NAMES, FINDING_NAMES, FLAG_CHOICES, SPEAKER_NAMES,
                        STEP_STATUS_NAMES)
from web.transcript_view import highlighted_segments

bp = Blueprint("calls", __name__, url_prefix="/calls")
PAGE_SIZE = 25
GRADES = ("A", "B", "C", "D", "E")


def request_filter() -> CallFilter:
    """Return the filter of this request; a bad value is reported and the filter cleared."""
    try:
        return CallFilter.from_args(request.args)
    except FilterError as exc:
        flash(str(exc))
        return CallFilter()


def page_number() -> int:
    return max(1, request.args.get("page", 1, type=int) or 1)


def filter_context(f: CallFilter) -> dict:
    return {"f": f, "agents": queries.agent_ids(db()), "grades": GRADES, "flag_choices": FLAG_CHOICES}


@bp.route("/")
@roles_required(*STAFF)
def call_list() -> str:
    f = request_filter()
    page = queries.call_page(db(), f, only_agent=None, number=page_number(), size=PAGE_SIZE)

    def page_url(number: int) -> str:
        return url_for("calls.call_list", page=number, **f.query_args())

    def sort_url(key: str) -> str:
        order = "asc" if f.sort == key and f.order == "desc" else "desc"
        return url_for("calls.call_list", **{**f.query_args(), "sort": key, "order": order})

    return render_template("calls/list.html", page=page, page_url=page_url, sort_url=sort_url,
                           **filter_context(f))


def timeline_labels() -> dict[str, str]:
    """Return the timeline's lane and event names in the user's language."""
    return {**{k: _(v) for k, v in SPEAKER_NAMES.items()}, **{k: _(v) for k, v in FINDING_NAMES.items()},
            "events": _("事件")}


def critical_labels() -> dict[str, str]:
    """Return the label of each critical flag of the configured rubric, by id."""
    rubric = load_rubric(current_app.config["CALLQA_SETTINGS"].rubric or None)
    return {flag["id"]: flag.get("label", flag["id"]) for flag in rubric.critical}


@bp.route("/<int:call_pk>")
@login_required
def call_detail(call_pk: int) -> str:
    found = queries.load_call(db(), call_pk, only_agent=current_user.only_own_calls)
    if found is None:
        abort(404)
    a = found.assessment
    f = request_filter()
    staff = current_user.role in STAFF
    return render_template(
        "calls/detail.html", call=found.call, a=a, staff=staff, back_args=f.query_args(),
        neighbours=queries.neighbours(db(), call_pk, f, only_agent=current_user.only_own_calls),
        timeline=speaker_timeline(a.transcript, a.findings, timeline_labels()),
        highlighted=highlighted_segments(a), review=reviews.review_state(db(), found),
        audit=reviews.audit_trail(db(), found.call.call_id), can_review=staff, can_appeal=current_user.role == "agent",
        appeals=appeals_of_call(db(), call_pk), coaching=None if staff else coaching_notes(a),
        role_names=SPEAKER_NAMES, status_names=STEP_STATUS_NAMES, finding_names=FINDING_NAMES,
        decision_names=DECISION_NAMES, appeal_names=APPEAL_NAMES, topic_names=FINDING_NAMES,
        critical_names=critical_labels())


@bp.route("/<int:call_pk>/audio")
@login_required
def call_audio(call_pk: int) -> Response:
    found = queries.load_call(db(), call_pk, only_agent=current_user.only_own_calls)
    path = Path(found.call.audio_path) if found else None
    if path is None or not path.is_file():
        abort(404)
    return send_file(path, conditional=True, download_name=found.call.filename)


@bp.route("/export.<any(csv, xlsx):fmt>")
@roles_required(*STAFF)
def export(fmt: str) -> Response:
    """Download every call of the current filter (all pages) as CSV or XLSX."""
    rows = queries.call_rows(db(), request_filter(), only_agent=None)
    return exports.download(rows, fmt)
