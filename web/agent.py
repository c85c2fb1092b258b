"""The agent's own page: my calls, my score trend, the steps I miss most."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import current_user

from web import queries
from web.access import roles_required
from web.calls import PAGE_SIZE, page_number
from web.charts import line_chart
from web.db import db
from web.filters import CallFilter

bp = Blueprint("agent", __name__)
TREND_CALLS = 30


@bp.route("/me")
@roles_required("agent")
def my_calls() -> str:
    own = current_user.only_own_calls
    page = queries.call_page(db(), CallFilter(), only_agent=own, number=page_number(), size=PAGE_SIZE)
    recent = list(reversed(queries.call_rows(db(), CallFilter(), only_agent=own)[:TREND_CALLS]))
    trend = None
    if recent:
        scores = [c.reviewed_total if c.reviewed_total is not None else c.total for c in recent]
        trend = line_chart({current_user.agent_id or "": scores},
                           [c.call_time.strftime("%m-%d") for c in recent], 0, 100, "my score trend")
    return render_template("agent/my_calls.html", page=page, trend=trend,
                           missed_steps=queries.missed_steps(db(), only_agent=own))
