"""Call list, call detail and the call's audio."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, render_template, send_file
from flask_login import current_user, login_required

from qa.report import ROLE_LABEL
from web.auth import store

bp = Blueprint("calls", __name__, url_prefix="/calls")

STATUS_LABEL = {"found": "已做到", "missing": "缺失", "not_applicable": "不适用"}


@bp.route("/")
@login_required
def call_list():  # type: ignore[no-untyped-def]
    calls = store().list_calls(agent_id=current_user.only_own_calls)
    return render_template("calls/list.html", calls=calls)


def _load(call_pk: int):  # type: ignore[no-untyped-def]
    """Return (call, assessment) the current user may see, or abort 404."""
    found = store().get_call(call_pk, agent_id=current_user.only_own_calls)
    if found is None:
        abort(404)
    return found


@bp.route("/<int:call_pk>")
@login_required
def call_detail(call_pk: int):  # type: ignore[no-untyped-def]
    call, assessment = _load(call_pk)
    return render_template("calls/detail.html", call=call, a=assessment, roles=ROLE_LABEL,
                           status_label=STATUS_LABEL)


@bp.route("/<int:call_pk>/audio")
@login_required
def call_audio(call_pk: int):  # type: ignore[no-untyped-def]
    call, _ = _load(call_pk)
    path = Path(call.audio_path)
    if not path.is_file():
        abort(404)
    return send_file(path, conditional=True, download_name=call.filename)
