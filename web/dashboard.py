"""The supervisor's dashboard: distribution, per-agent averages and trends, missed steps, outliers."""

from __future__ import annotations

from statistics import mean

from flask import Blueprint, current_app, render_template

from scoring.rubric import load_rubric
from web import dashboard_stats as stats
from web import queries
from web.access import MANAGERS, roles_required
from web.calls import filter_context, request_filter
from web.charts import bar_columns, bar_rows, histogram, line_chart
from web.db import db
from web.i18n import gettext as _

bp = Blueprint("dashboard", __name__)
REVIEW_QUEUE_ROWS = 20


def outlier_rules() -> stats.OutlierRules:
    """Return the outlier thresholds: the rubric's speech-rate band and the interruption setting."""
    settings = current_app.config["CALLQA_SETTINGS"]
    low, high = load_rubric(settings.rubric or None).setting("speech_rate", "band")
    return stats.OutlierRules(low, high, settings.outlier_interruptions)


@bp.route("/dashboard")
@roles_required(*MANAGERS)
def overview() -> str:
    f = request_filter()
    rows = queries.call_rows(db(), f, only_agent=None)
    finals = [stats.final_score(r) for r in rows]
    days, trend = stats.agent_trends(rows)
    missed = stats.missed_step_counts(rows)
    rules = outlier_rules()
    charts = {
        "distribution": histogram(finals, stats.SCORE_BINS, _("得分分布")),
        "agent_average": bar_rows(stats.agent_averages(rows), 100, _("各坐席平均分")),
        "agent_trend": line_chart(trend, [day[5:] for day in days], 0, 100, _("坐席得分趋势（按天）")),
        "missed_steps": bar_columns([_(step) for step, _n in missed], [n for _s, n in missed], _("最常缺失的步骤")),
    }
    review_queue = [r for r in rows if r.needs_review and not r.reviewed][:REVIEW_QUEUE_ROWS]
    summary = {"calls": len(rows), "average": mean(finals) if finals else 0.0,
               "needs_review": sum(1 for r in rows if r.needs_review and not r.reviewed)}
    return render_template("dashboard/overview.html", charts=charts, trend_names=list(trend), summary=summary,
                           outliers=stats.outliers(rows, rules), outlier_rules=rules, review_queue=review_queue,
                           **filter_context(f))
