"""Appeals: an agent appeals an item → a reviewer adds a note → a supervisor decides → the agent sees it."""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from web import appeal_data, queries
from web.access import MANAGERS, STAFF, roles_required
from web.db import db
from web.i18n import gettext as _
from web.labels import APPEAL_NAMES

bp = Blueprint("appeals", __name__)
STATUS_TABS = (("", "全部"), *APPEAL_NAMES.items())


@bp.route("/appeals")
@login_required
def queue() -> str:
    status = request.args.get("status", "")
    if status and status not in APPEAL_NAMES:
        abort(400)
    appeals = appeal_data.list_appeals(db(), status=status, only_agent=current_user.only_own_calls)
    return render_template("appeals/queue.html", appeals=appeals, status=status, status_tabs=STATUS_TABS,
                           appeal_names=APPEAL_NAMES)


@bp.route("/calls/<int:call_pk>/items/<item_id>/appeal", methods=["POST"])
@roles_required("agent")
def file_appeal(call_pk: int, item_id: str) -> Response:
    found = queries.load_call(db(), call_pk, only_agent=current_user.only_own_calls)
    if found is None:
        abort(404)
    try:
        appeal_data.file_appeal(db(), found, item_id, request.form.get("reason", ""), current_user.username)
        flash(_("已提交申诉。"), "ok")
    except appeal_data.AppealError as exc:
        flash(exc.localized())
    return redirect(url_for("calls.call_detail", call_pk=call_pk, _anchor="scorecard"))


@bp.route("/appeals/<int:appeal_id>/forward", methods=["POST"])
@roles_required(*STAFF)
def forward(appeal_id: int) -> Response:
    try:
        appeal_data.forward_appeal(db(), appeal_id, request.form.get("note", ""), current_user.username)
        flash(_("已提交主管。"), "ok")
    except appeal_data.AppealError as exc:
        flash(exc.localized())
    return redirect(url_for("appeals.queue"))


@bp.route("/appeals/<int:appeal_id>/decide", methods=["POST"])
@roles_required(*MANAGERS)
def decide(appeal_id: int) -> Response:
    outcome = request.form.get("outcome", "")
    if outcome not in ("accepted", "rejected"):
        abort(400)
    try:
        appeal_data.decide_appeal(db(), appeal_id, outcome, request.form.get("note", ""),
                                  request.form.get("points", ""), current_user.username)
        flash(_("已记录决定。"), "ok")
    except appeal_data.AppealError as exc:
        flash(exc.localized())
    return redirect(url_for("appeals.queue"))
