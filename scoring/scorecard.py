"""Turn measurements into points with the rubric: items, total, grade, critical flags.

Each item's points come with a reason that names its evidence. Items that do
not apply (a step judged ``not_applicable``, no prosody for the tone item…)
are left out of the total, so their weight is spread over the rest (seeds
§13.1). Items resting on something the machine could not trust (the words,
the speaker split) are not deducted: they get full points and say why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from qa.model import Finding, ScoreItem, StepResult
from scoring.confidence import SPEAKERS, WORDS, ReviewStatus
from scoring.rubric import Rubric

Points = tuple[float | None, str]
# What each kind of item rests on: when one of these is untrusted, the item is not deducted.
DEPENDS_ON: dict[str, frozenset[str]] = {
    "calm_tone": frozenset({SPEAKERS}),
    "interruptions": frozenset({SPEAKERS}),
}
TEXT_AND_SPEAKERS = frozenset({WORDS, SPEAKERS})


@dataclass(frozen=True)
class Evidence:
    """Everything the items are graded from."""

    metrics: dict[str, Any]
    steps: list[StepResult]
    findings: list[Finding]
    customer_turns: list[tuple[float, float]]

    def of(self, kind: str, role: str | None = None) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind and (role is None or f.role == role)]

    def step(self, name: str) -> StepResult | None:
        return next((s for s in self.steps if s.step == name), None)


def _step_points(item: dict[str, Any], result: StepResult) -> tuple[float, str]:
    """Return the points of a found step, with partial credit where the rubric gives it."""
    full, d = float(item["max"]), result.detail
    if result.step == "感知情绪" and d.get("agent_turns_after", 1) > 1:
        return float(item["late_points"]), "acknowledged late"
    if result.step == "确认问题":
        if not d.get("before_solution", True):
            return float(item["after_solution_points"]), "restated only after the solution"
        if d.get("customer_agreed") is False:
            return float(item["unconfirmed_points"]), "customer did not clearly agree"
    if result.step == "解决问题":
        points = float(item["steps_points"]) + (item["cause_points"] if d.get("cause") else 0) + (
            item["reason_points"] if d.get("reason") else 0)
        missing = [n for n, k in (("cause", "cause"), ("why this option", "reason")) if not d.get(k)]
        return float(points), ("no " + " / ".join(missing)) if missing else ""
    if result.step == "确认理解":
        confirmed = d.get("customer_confirmed", True)
        points = float(item["check_points"]) + (item["confirmed_points"] if confirmed else 0)
        return float(points), "" if confirmed else "customer did not clearly confirm"
    return full, ""


def step_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    result = ev.step(item["step"])
    if result is None or result.status == "not_applicable":
        return None, result.rule if result else "step not judged"
    if result.status == "missing":
        return 0.0, f"missing: {result.rule}"
    points, note = _step_points(item, result)
    return points, f"found at {result.start:.1f}s: 「{result.quote}」" + (f" ({note})" if note else "")


def order_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    if sum(1 for s in ev.steps if s.status == "found") < 2:
        return None, "fewer than two steps found: order cannot be judged"
    wrong = [s.step for s in ev.steps if s.order_ok is False]
    points = max(0.0, float(item["max"] - item["per_violation"] * len(wrong)))
    return points, ("out of order: " + "、".join(wrong)) if wrong else "steps found in the right order"


def speech_rate_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    rate = ev.metrics["speech_rate_cpm"].get("agent")
    if rate is None:
        return None, "no agent speech to time"
    low, high = rubric.setting("speech_rate", "band")
    soft_low, soft_high = rubric.setting("speech_rate", "soft_band")
    if low <= rate <= high:
        points, reason = float(item["max"]), f"agent {rate:.0f} 字/分钟, inside {low}–{high}"
    elif soft_low <= rate <= soft_high:
        points, reason = float(item["soft_points"]), f"agent {rate:.0f} 字/分钟, outside {low}–{high}"
    else:
        points, reason = 0.0, f"agent {rate:.0f} 字/分钟, outside {soft_low}–{soft_high}"
    flags = [f for f in ev.of("speech_rate", "agent") if f.detail.get("type") in ("speeding_up", "unsteady")]
    if flags:
        points = max(0.0, points - item["per_flag"] * len(flags))
        reason += "; " + "; ".join(f.rule for f in flags)
    return points, reason


def calm_tone_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    if not ev.metrics.get("prosody", "").startswith("measured"):
        return None, "loudness and pitch were not measured for this call (no prosody)"
    rises = ev.of("loudness", "agent")
    points = max(0.0, float(item["max"] - item["per_hit"] * len(rises)))
    return points, f"{len(rises)} sudden rise(s) of the agent's voice" + "".join(
        f"; {f.start:.1f}s {f.rule}" for f in rises)


def interruptions_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    hits = ev.of("interruption", "agent")
    weighted = sum(item["upset_weight"] if f.detail.get("customer_upset") else 1 for f in hits)
    table = item["points_by_count"]
    points = float(table[min(int(weighted), len(table) - 1)])
    evidence = "; ".join(f"「{f.quote}」 at {f.start:.1f}s" + (" while the customer is upset"
                                                              if f.detail.get("customer_upset") else "")
                         for f in hits)
    return points, f"{len(hits)} agent interruption(s)" + (f": {evidence}" if evidence else "")


def acknowledgement_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    long_turn = rubric.setting("acknowledgement", "long_turn_s")
    long_turns = [(start, end) for start, end in ev.customer_turns if end - start >= long_turn]
    if not long_turns:
        return None, f"no customer turn of {long_turn:g}s or more"
    backchannels = [f for f in ev.of("overlap", "agent") if f.detail.get("backchannel")]
    heard = [(s, e) for s, e in long_turns if any(s <= f.start <= e for f in backchannels)]
    points = round(float(item["max"]) * len(heard) / len(long_turns), 2)
    return points, f"agent acknowledged {len(heard)} of {len(long_turns)} long customer turn(s) (嗯/对/好的…)"


def jargon_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    terms: dict[str, bool] = {}
    for f in ev.of("jargon"):
        if not f.detail.get("explained"):
            terms[f.quote] = terms.get(f.quote, False) or bool(f.detail.get("customer_confused"))
    weight = sum(item["confusion_weight"] if confused else 1 for confused in terms.values())
    points = max(0.0, float(item["max"] - item["per_hit"] * weight))
    listed = "、".join(f"{t}（客户没听懂）" if c else t for t, c in terms.items())
    return points, f"{len(terms)} unexplained term(s)" + (f": {listed}" if listed else "")


def clarity_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    vague = ev.of("vague")
    points = max(0.0, float(item["max"] - item["per_hit"] * len(vague)))
    return points, f"{len(vague)} vague promise(s)" + "".join(f"; 「{f.quote}」 at {f.start:.1f}s" for f in vague)


def conduct_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    hits = ev.of("forbidden_phrase") + ev.of("mechanical_reply")
    behaviours = sorted({f.detail.get("behaviour") or f.quote for f in hits})
    points = max(0.0, float(item["max"] - item["per_behaviour"] * len(behaviours)))
    evidence = "; ".join(f"「{f.quote}」 at {f.start:.1f}s" for f in hits)
    return points, f"{len(behaviours)} taboo behaviour(s)" + (f" ({'、'.join(behaviours)}): {evidence}"
                                                              if behaviours else "")


def etiquette_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    points, parts = 0.0, []
    for kind in ("greeting", "self_id", "closing"):
        present = bool(ev.of(kind))
        points += float(item[kind]) if present else 0.0
        parts.append(f"{kind} {'yes' if present else 'missing'}")
    return points, ", ".join(parts)


def expectations_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    promises = ev.of("commitment") + ev.of("refusal")
    if not promises:
        return None, "no commitment or refusal to check"
    missing = [(f, m) for f in promises for m in f.detail.get("missing", [])]
    points = max(0.0, float(item["max"] - item["per_missing"] * len(missing)))
    return points, f"{len(promises)} commitment(s)/refusal(s), {len(missing)} missing element(s)" + "".join(
        f"; no {m} at {f.start:.1f}s" for f, m in missing)


ITEM_GRADERS: dict[str, Callable[[dict[str, Any], Evidence, Rubric], Points]] = {
    "step": step_item, "order": order_item, "speech_rate": speech_rate_item, "calm_tone": calm_tone_item,
    "interruptions": interruptions_item, "acknowledgement": acknowledgement_item, "jargon": jargon_item,
    "clarity": clarity_item, "conduct": conduct_item, "etiquette": etiquette_item,
    "expectations": expectations_item,
}


def score_items(rubric: Rubric, ev: Evidence, review: ReviewStatus) -> list[ScoreItem]:
    """Return one ``ScoreItem`` per rubric item: points (None when not applicable), reason, deductions withheld."""
    items = []
    for item in rubric.items:
        points, reason = ITEM_GRADERS[item["kind"]](item, ev, rubric)
        withheld = ""
        doubtful = DEPENDS_ON.get(item["kind"], TEXT_AND_SPEAKERS) & review.untrusted
        if points is not None and points < item["max"] and doubtful:
            withheld = f"not deducted ({points:g} measured): the {' and '.join(sorted(doubtful))} cannot be trusted"
            points = float(item["max"])
        items.append(ScoreItem(id=item["id"], label=item["label"], max=float(item["max"]), points=points,
                               reason=reason, applicable=points is not None, not_deducted=withheld))
    return items


def critical_flags(rubric: Rubric, findings: list[Finding]) -> list[dict[str, Any]]:
    """Return the rubric's critical flags raised by the findings (each flag's table)."""
    raised = []
    for flag in rubric.critical:
        hits = [f for f in findings if f.kind == flag["finding"]
                and ("role" not in flag or f.role == flag["role"])
                and ("behaviour" not in flag or f.detail.get("behaviour") == flag["behaviour"])]
        if len(hits) >= flag.get("min_count", 1):
            raised.append(flag)
    return raised


def total_score(rubric: Rubric, items: list[ScoreItem], raised: list[dict[str, Any]],
                review: ReviewStatus) -> tuple[float, str]:
    """Return the total on 100 over the applicable items, after critical caps / fails, and its grade.

    Caps and fails rest on words; when the words are not trusted they are not applied (the call is
    reviewed instead).
    """
    applicable = [i for i in items if i.points is not None]
    possible = sum(i.max for i in applicable)
    total = 100.0 * sum(i.points or 0.0 for i in applicable) / possible if possible else 0.0
    if WORDS not in review.untrusted:
        for flag in raised:
            if flag["effect"] == "fail":
                total = 0.0
            elif flag["effect"] == "cap":
                total = min(total, float(flag["cap"]))
    total = round(total, 1)
    return total, rubric.grade_for(total)
