"""The reviewer's changes to a call: confirm / reject / override an item, mark the call reviewed."""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, request, url_for
from flask_login import current_user

from web import queries, reviews
from web.access import STAFF, roles_required
from web.db import db
from web.i18n import gettext as _

bp = Blueprint("review", __name__, url_prefix="/calls")


def _back(call_pk: int) -> Response:
    return redirect(url_for("calls.call_detail", call_pk=call_pk, _anchor="scorecard"))


@bp.route("/<int:call_pk>/items/<item_id>", methods=["POST"])
@roles_required(*STAFF)
def decide_item(call_pk: int, item_id: str) -> Response:
    found = queries.load_call(db(), call_pk, only_agent=None)
    if found is None:
        abort(404)
    try:
        decision = reviews.parse_decision(found, item_id, request.form.get("decision", ""),
                                          request.form.get("points", ""), request.form.get("comment", ""))
        reviews.record_decision(db(), found, decision, current_user.username)
    except reviews.ReviewError as exc:
        flash(exc.localized())
        return _back(call_pk)
    flash(_("已保存 {item} 的复核。", item=item_id), "ok")
    return _back(call_pk)


@bp.route("/<int:call_pk>/reviewed", methods=["POST"])
@roles_required(*STAFF)
def mark_reviewed(call_pk: int) -> Response:
    found = queries.load_call(db(), call_pk, only_agent=None)
    if found is None:
        abort(404)
    reviews.mark_reviewed(db(), found, current_user.username)
    flash(_("已标记为已复核。"), "ok")
    return _back(call_pk)
