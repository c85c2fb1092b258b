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
from scoring.confidence import SPEAKERS, UNTRUSTED_NAMES, WORDS, ReviewStatus
from scoring.expectations import ELEMENT_NAMES
from scoring.rubric import Rubric
from scoring.wording import EMPTY, SEMICOLON, Text, say

Points = tuple[float | None, Text]
# What each kind of item rests on: when one of these is untrusted, the item is not deducted.
DEPENDS_ON: dict[str, frozenset[str]] = {
    "calm_tone": frozenset({SPEAKERS}),
    "interruptions": frozenset({SPEAKERS}),
}
TEXT_AND_SPEAKERS = frozenset({WORDS, SPEAKERS})
SOLUTION_PARTS = ((Text("cause", "原因"), "cause"), (Text("why this option", "为何选此方案"), "reason"))
ETIQUETTE_NAMES = {"greeting": Text("greeting", "问候语"), "self_id": Text("self_id", "报工号"),
                   "closing": Text("closing", "结束语")}


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


def _rule(judged: Finding | StepResult) -> Text:
    """Return the rule of a finding or step in both languages."""
    return Text(judged.rule, judged.rule_zh)


def _quoted_at(finding: Finding) -> Text:
    return say("「{quote}」 at {at:.1f}s", "第 {at:.1f} 秒「{quote}」", quote=finding.quote, at=finding.start)


def _step_points(item: dict[str, Any], result: StepResult) -> tuple[float, Text]:
    """Return the points of a found step, with partial credit where the rubric gives it."""
    full, d = float(item["max"]), result.detail
    if result.step == "感知情绪" and d.get("agent_turns_after", 1) > 1:
        return float(item["late_points"]), Text("acknowledged late", "回应情绪较晚")
    if result.step == "确认问题":
        if not d.get("before_solution", True):
            return float(item["after_solution_points"]), Text("restated only after the solution", "给出方案后才复述")
        if d.get("customer_agreed") is False:
            return float(item["unconfirmed_points"]), Text("customer did not clearly agree", "客户没有明确认可")
    if result.step == "解决问题":
        points = float(item["steps_points"]) + (item["cause_points"] if d.get("cause") else 0) + (
            item["reason_points"] if d.get("reason") else 0)
        missing = Text(" / ", "、").join(name for name, key in SOLUTION_PARTS if not d.get(key))
        return float(points), say("no {missing}", "未说明{missing}", missing=missing) if missing.en else EMPTY
    if result.step == "确认理解":
        confirmed = d.get("customer_confirmed", True)
        points = float(item["check_points"]) + (item["confirmed_points"] if confirmed else 0)
        return float(points), EMPTY if confirmed else Text("customer did not clearly confirm", "客户没有明确确认")
    return full, EMPTY


def step_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    result = ev.step(item["step"])
    if result is None or result.status == "not_applicable":
        return None, _rule(result) if result else Text("step not judged", "未判定此步骤")
    if result.status == "missing":
        return 0.0, say("missing: {rule}", "缺失：{rule}", rule=_rule(result))
    points, note = _step_points(item, result)
    return points, say("found at {at:.1f}s: 「{quote}」", "第 {at:.1f} 秒做到：「{quote}」", at=result.start,
                       quote=result.quote) + (say(" ({note})", "（{note}）", note=note) if note.en else EMPTY)


def order_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    if sum(1 for s in ev.steps if s.status == "found") < 2:
        return None, Text("fewer than two steps found: order cannot be judged", "做到的步骤少于两个，无法判断顺序")
    wrong = [s.step for s in ev.steps if s.order_ok is False]
    points = max(0.0, float(item["max"] - item["per_violation"] * len(wrong)))
    return points, (say("out of order: {steps}", "顺序不对：{steps}", steps="、".join(wrong)) if wrong
                    else Text("steps found in the right order", "步骤顺序正确"))


def speech_rate_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    rate = ev.metrics["speech_rate_cpm"].get("agent")
    if rate is None:
        return None, Text("no agent speech to time", "没有可计时的坐席语音")
    low, high = rubric.setting("speech_rate", "band")
    soft_low, soft_high = rubric.setting("speech_rate", "soft_band")
    if low <= rate <= high:
        points = float(item["max"])
        reason = say("agent {rate:.0f} 字/分钟, inside {low}–{high}", "坐席语速 {rate:.0f} 字/分钟，在 {low}–{high} 之内",
                     rate=rate, low=low, high=high)
    else:
        soft = soft_low <= rate <= soft_high
        points = float(item["soft_points"]) if soft else 0.0
        reason = say("agent {rate:.0f} 字/分钟, outside {low}–{high}", "坐席语速 {rate:.0f} 字/分钟，超出 {low}–{high}",
                     rate=rate, low=low if soft else soft_low, high=high if soft else soft_high)
    flags = [f for f in ev.of("speech_rate", "agent") if f.detail.get("type") in ("speeding_up", "unsteady")]
    if flags:
        points = max(0.0, points - item["per_flag"] * len(flags))
        reason = SEMICOLON.join([reason, *map(_rule, flags)])
    return points, reason


def calm_tone_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    if not ev.metrics.get("prosody", "").startswith("measured"):
        return None, Text("loudness and pitch were not measured for this call (no prosody)",
                          "本通电话没有测量音量和音调（无韵律数据）")
    rises = ev.of("loudness", "agent")
    points = max(0.0, float(item["max"] - item["per_hit"] * len(rises)))
    return points, SEMICOLON.join([
        say("{n} sudden rise(s) of the agent's voice", "坐席音量/音调骤升 {n} 次", n=len(rises)),
        *(say("{at:.1f}s {rule}", "第 {at:.1f} 秒{rule}", at=f.start, rule=_rule(f)) for f in rises)])


def interruptions_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    hits = ev.of("interruption", "agent")
    weighted = sum(item["upset_weight"] if f.detail.get("customer_upset") else 1 for f in hits)
    table = item["points_by_count"]
    points = float(table[min(int(weighted), len(table) - 1)])
    upset = Text(" while the customer is upset", "（客户情绪激动时）")
    evidence = SEMICOLON.join(_quoted_at(f) + (upset if f.detail.get("customer_upset") else EMPTY) for f in hits)
    return points, say("{n} agent interruption(s)", "坐席打断 {n} 次", n=len(hits)) + (
        say(": {evidence}", "：{evidence}", evidence=evidence) if hits else EMPTY)


def acknowledgement_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    long_turn = rubric.setting("acknowledgement", "long_turn_s")
    long_turns = [(start, end) for start, end in ev.customer_turns if end - start >= long_turn]
    if not long_turns:
        return None, say("no customer turn of {s:g}s or more", "没有 {s:g} 秒及以上的客户话轮", s=long_turn)
    backchannels = [f for f in ev.of("overlap", "agent") if f.detail.get("backchannel")]
    heard = [(s, e) for s, e in long_turns if any(s <= f.start <= e for f in backchannels)]
    points = round(float(item["max"]) * len(heard) / len(long_turns), 2)
    return points, say("agent acknowledged {heard} of {n} long customer turn(s) (嗯/对/好的…)",
                       "{n} 个较长的客户话轮中，坐席用附和语回应了 {heard} 个（嗯/对/好的…）",
                       heard=len(heard), n=len(long_turns))


def jargon_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    terms: dict[str, bool] = {}
    for f in ev.of("jargon"):
        if not f.detail.get("explained"):
            terms[f.quote] = terms.get(f.quote, False) or bool(f.detail.get("customer_confused"))
    weight = sum(item["confusion_weight"] if confused else 1 for confused in terms.values())
    points = max(0.0, float(item["max"] - item["per_hit"] * weight))
    listed = "、".join(f"{t}（客户没听懂）" if c else t for t, c in terms.items())
    return points, say("{n} unexplained term(s)", "未解释的专业术语 {n} 个", n=len(terms)) + (
        say(": {listed}", "：{listed}", listed=listed) if listed else EMPTY)


def clarity_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    vague = ev.of("vague")
    points = max(0.0, float(item["max"] - item["per_hit"] * len(vague)))
    return points, SEMICOLON.join([say("{n} vague promise(s)", "模糊承诺 {n} 处", n=len(vague)),
                                   *map(_quoted_at, vague)])


def conduct_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    hits = ev.of("forbidden_phrase") + ev.of("mechanical_reply")
    behaviours = sorted({f.detail.get("behaviour") or f.quote for f in hits})
    points = max(0.0, float(item["max"] - item["per_behaviour"] * len(behaviours)))
    evidence = SEMICOLON.join(map(_quoted_at, hits))
    return points, say("{n} taboo behaviour(s)", "服务禁忌行为 {n} 种", n=len(behaviours)) + (
        say(" ({behaviours}): {evidence}", "（{behaviours}）：{evidence}", behaviours="、".join(behaviours),
            evidence=evidence) if behaviours else EMPTY)


def etiquette_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    points, parts = 0.0, []
    for kind, name in ETIQUETTE_NAMES.items():
        present = bool(ev.of(kind))
        points += float(item[kind]) if present else 0.0
        parts.append(name + (Text(" yes", "：有") if present else Text(" missing", "：缺失")))
    return points, Text(", ", "，").join(parts)


def expectations_item(item: dict[str, Any], ev: Evidence, rubric: Rubric) -> Points:
    promises = ev.of("commitment") + ev.of("refusal")
    if not promises:
        return None, Text("no commitment or refusal to check", "没有需要检查的承诺或拒绝")
    missing = [(f, m) for f in promises for m in f.detail.get("missing", [])]
    points = max(0.0, float(item["max"] - item["per_missing"] * len(missing)))
    return points, SEMICOLON.join([
        say("{promises} commitment(s)/refusal(s), {missing} missing element(s)", "承诺/拒绝 {promises} 处，缺少要素 {missing} 个",
            promises=len(promises), missing=len(missing)),
        *(say("no {element} at {at:.1f}s", "第 {at:.1f} 秒缺少{element}", element=ELEMENT_NAMES[m], at=f.start)
          for f, m in missing)])


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
        withheld = EMPTY
        doubtful = DEPENDS_ON.get(item["kind"], TEXT_AND_SPEAKERS) & review.untrusted
        if points is not None and points < item["max"] and doubtful:
            withheld = say("not deducted ({points:g} measured): the {inputs} cannot be trusted",
                           "未扣分（测得 {points:g} 分）：{inputs}不可信", points=points,
                           inputs=Text(" and ", "和").join(UNTRUSTED_NAMES[d] for d in sorted(doubtful)))
            points = float(item["max"])
        items.append(ScoreItem(id=item["id"], label=item["label"], max=float(item["max"]), points=points,
                               reason=reason.en, reason_zh=reason.zh, applicable=points is not None,
                               not_deducted=withheld.en, not_deducted_zh=withheld.zh))
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


def critical_reason(flag: dict[str, Any]) -> Text:
    """Return why a raised critical flag sends the call to review."""
    label = flag.get("label", flag["id"])
    return say("critical flag: {id} ({label})", "严重问题：{label}", id=flag["id"], label=label)


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
