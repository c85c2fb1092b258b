"""Turn measurements into points with the rubric: items, total, grade, critical flags.

Each item's points come with a reason that names its evidence. Items that do
not apply (a step judged ``not_applicable``, no agent speech to time) are left
out of the total, so their weight is spread over the rest (seeds §13.1).
"""

from __future__ import annotations

from typing import Any

from qa.model import Finding, ScoreItem, StepResult
from scoring.rubric import Rubric


def _step_item(item: dict[str, Any], steps: list[StepResult]) -> tuple[float | None, str]:
    result = next((s for s in steps if s.step == item["step"]), None)
    if result is None or result.status == "not_applicable":
        return None, result.rule if result else "step not judged"
    if result.status == "found":
        return float(item["max"]), f"found at {result.start:.1f}s: 「{result.quote}」"
    return 0.0, f"missing: {result.rule}"


def _order_item(item: dict[str, Any], steps: list[StepResult]) -> tuple[float | None, str]:
    if sum(1 for s in steps if s.status == "found") < 2:
        return None, "fewer than two steps found: order cannot be judged"
    wrong = [s.step for s in steps if s.order_ok is False]
    points = max(0.0, float(item["max"] - item["per_violation"] * len(wrong)))
    return points, ("out of order: " + "、".join(wrong)) if wrong else "steps found in the right order"


def _speech_rate_item(item: dict[str, Any], metrics: dict[str, Any], rubric: Rubric) -> tuple[float | None, str]:
    rate = metrics["speech_rate_cpm"].get("agent")
    if rate is None:
        return None, "no agent speech to time"
    low, high = rubric.setting("speech_rate", "band")
    soft_low, soft_high = rubric.setting("speech_rate", "soft_band")
    if low <= rate <= high:
        return float(item["max"]), f"agent {rate:.0f} 字/分钟, inside {low}–{high}"
    if soft_low <= rate <= soft_high:
        return float(item["soft_points"]), f"agent {rate:.0f} 字/分钟, outside {low}–{high}"
    return 0.0, f"agent {rate:.0f} 字/分钟, outside {soft_low}–{soft_high}"


def _count_item(item: dict[str, Any], hits: list[Finding], what: str) -> tuple[float | None, str]:
    if "points_by_count" in item:
        table = item["points_by_count"]
        points = float(table[min(len(hits), len(table) - 1)])
    else:
        points = max(0.0, float(item["max"] - item["per_hit"] * len(hits)))
    evidence = "; ".join(f"「{f.quote}」 at {f.start:.1f}s" for f in hits)
    return points, f"{len(hits)} {what}" + (f": {evidence}" if evidence else "")


def _etiquette_item(item: dict[str, Any], findings: list[Finding]) -> tuple[float | None, str]:
    kinds = {f.kind for f in findings}
    points, parts = 0.0, []
    for kind in ("greeting", "closing"):
        present = kind in kinds
        points += float(item[kind]) if present else 0.0
        parts.append(f"{kind} {'yes' if present else 'missing'}")
    return points, ", ".join(parts)


def score_items(
    rubric: Rubric, metrics: dict[str, Any], steps: list[StepResult], findings: list[Finding]
) -> list[ScoreItem]:
    """Return one ``ScoreItem`` per rubric item, with points (None when not applicable) and reason."""
    agent_interruptions = [f for f in findings if f.kind == "interruption" and f.role == "agent"]
    unexplained_jargon = [f for f in findings if f.kind == "jargon" and not f.detail.get("explained")]
    forbidden = [f for f in findings if f.kind == "forbidden_phrase"]
    items = []
    for item in rubric.items:
        kind = item["kind"]
        if kind == "step":
            points, reason = _step_item(item, steps)
        elif kind == "order":
            points, reason = _order_item(item, steps)
        elif kind == "speech_rate":
            points, reason = _speech_rate_item(item, metrics, rubric)
        elif kind == "interruptions":
            points, reason = _count_item(item, agent_interruptions, "agent interruption(s)")
        elif kind == "jargon":
            points, reason = _count_item(item, unexplained_jargon, "unexplained jargon term(s)")
        elif kind == "forbidden":
            points, reason = _count_item(item, forbidden, "forbidden phrase(s)")
        else:
            points, reason = _etiquette_item(item, findings)
        items.append(ScoreItem(id=item["id"], label=item["label"], max=float(item["max"]),
                               points=points, reason=reason, applicable=points is not None))
    return items


def critical_flags(rubric: Rubric, findings: list[Finding]) -> list[str]:
    """Return the critical flags raised: the kinds of critical rubric items that found something."""
    critical_kinds = {"forbidden": "forbidden_phrase"}
    flags = []
    for item in rubric.items:
        finding_kind = critical_kinds.get(item["kind"])
        if item.get("critical") and finding_kind and any(f.kind == finding_kind for f in findings):
            flags.append(finding_kind)
    return flags


def total_score(rubric: Rubric, items: list[ScoreItem], critical: list[str]) -> tuple[float, str]:
    """Return the total on 100 over the applicable items (capped when critical) and its grade."""
    applicable = [i for i in items if i.points is not None]
    possible = sum(i.max for i in applicable)
    total = 100.0 * sum(i.points for i in applicable) / possible if possible else 0.0
    if critical:
        total = min(total, float(rubric.setting("review", "critical_cap")))
    total = round(total, 1)
    return total, rubric.grade_for(total)
