"""``/api/v1``: calls, assessments and reviews as JSON, authenticated by bearer token."""

from __future__ import annotations

from functools import wraps
from typing import Any, Callable

from flask import Blueprint, Response, abort, g, jsonify, request
from werkzeug.exceptions import HTTPException

from web import accounts, queries, reviews
from web.access import STAFF
from web.db import db
from web.filters import CallFilter, FilterError
from web.openapi import openapi_document

bp = Blueprint("api", __name__, url_prefix="/api/v1")
MAX_PER_PAGE = 500


class ApiUser:
    """The account a token belongs to, as the API checks it."""

    def __init__(self, account: accounts.Account) -> None:
        self.username, self.role = account.username, account.role
        self.only_own_calls = (account.agent_id or "") if account.role == "agent" else None


def token_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """Return ``view`` guarded by ``Authorization: Bearer <token>``; 401 without a valid one."""

    @wraps(view)
    def checked(*args: Any, **kwargs: Any) -> Any:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        account = accounts.account_by_token(db(), token.strip()) if scheme.lower() == "bearer" else None
        if account is None:
            return _error(401, "a valid 'Authorization: Bearer <token>' header is required")
        g.api_user = ApiUser(account)
        return view(*args, **kwargs)

    return checked


def _error(status: int, message: str) -> Response:
    response = jsonify({"error": message})
    response.status_code = status
    if status == 401:
        response.headers["WWW-Authenticate"] = "Bearer"
    return response


@bp.errorhandler(HTTPException)
def http_error(exc: HTTPException) -> Response:
    return _error(exc.code or 500, exc.description or exc.name)


def _call(call_pk: int) -> queries.LoadedCall:
    found = queries.load_call(db(), call_pk, only_agent=g.api_user.only_own_calls)
    if found is None:
        abort(404, f"no call {call_pk}")
    return found


@bp.route("/openapi.json")
def openapi() -> Response:
    return jsonify(openapi_document())


@bp.route("/calls")
@token_required
def calls() -> Response:
    try:
        f = CallFilter.from_args(request.args)
    except FilterError as exc:
        return _error(400, str(exc))
    size = min(MAX_PER_PAGE, max(1, request.args.get("per_page", 50, type=int) or 50))
    page = queries.call_page(db(), f, only_agent=g.api_user.only_own_calls,
                             number=max(1, request.args.get("page", 1, type=int) or 1), size=size)
    return jsonify({"calls": [row.to_dict() for row in page.rows], "total": page.total, "page": page.number,
                    "pages": page.pages})


@bp.route("/calls/<int:call_pk>")
@token_required
def call(call_pk: int) -> Response:
    return jsonify(_call(call_pk).summary.to_dict())


@bp.route("/calls/<int:call_pk>/assessment")
@token_required
def assessment(call_pk: int) -> Response:
    return jsonify(_call(call_pk).assessment.to_dict())


@bp.route("/calls/<int:call_pk>/assessments")
@token_required
def assessments(call_pk: int) -> Response:
    return jsonify(queries.assessment_history(db(), _call(call_pk)))


@bp.route("/calls/<int:call_pk>/review", methods=["GET", "POST"])
@token_required
def review(call_pk: int) -> Response:
    found = _call(call_pk)
    if request.method == "POST":
        if g.api_user.role not in STAFF:
            return _error(403, "only reviewers, supervisors and admins may review")
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            return _error(400, "the body must be a JSON object")
        entries = body.get("decisions", [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            return _error(400, "decisions must be a list of objects")
        try:
            decisions = [reviews.parse_decision(found, str(e.get("item_id", "")), str(e.get("decision", "")),
                                                "" if e.get("points") is None else str(e["points"]),
                                                str(e.get("comment", ""))) for e in entries]
        except reviews.ReviewError as exc:
            return _error(400, str(exc))
        for decision in decisions:
            reviews.record_decision(db(), found, decision, g.api_user.username)
        if body.get("reviewed"):
            reviews.mark_reviewed(db(), found, g.api_user.username)
    return jsonify(reviews.review_state(db(), found).to_dict())
