"""Render an Assessment as the readable report ``qa score`` prints."""

from __future__ import annotations

from qa.model import Assessment

ROLE_LABEL = {"agent": "坐席", "customer": "客户", "unknown": "未知"}
STATUS_MARK = {"found": "✓", "missing": "✗", "not_applicable": "–"}


def clock(seconds: float | None) -> str:
    """Return seconds as mm:ss.s (``--`` when unknown)."""
    if seconds is None:
        return "--"
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes):02d}:{rest:04.1f}"


def _rate(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def render_report(assessment: Assessment) -> str:
    """Return the multi-line text report of one call."""
    a, t = assessment, assessment.transcript
    m = a.metrics
    lines = [
        f"通话 {a.call_id}  ({t.layout}, {t.duration:.1f} s, {t.engine} {t.model}, rubric {a.rubric_version})",
        f"总分 Score {a.total:.1f}/100  等级 Grade {a.grade}  置信度 Confidence {a.confidence:.2f}  "
        f"需复核 Needs review: {'是 yes' if a.needs_review else '否 no'}",
    ]
    lines += [f"  复核原因 reason: {r}" for r in a.review_reasons]
    lines += ["", "转写 Transcript"]
    lines += [f"  [{clock(s.start)}–{clock(s.end)}] {ROLE_LABEL.get(s.role, s.role)} {s.speaker}: {s.text}"
              for s in t.segments]
    rate, interruptions = m.get("speech_rate_cpm", {}), m.get("interruptions", {})
    lines += [
        "",
        f"语速 Speech rate (字/分钟): 坐席 agent {_rate(rate.get('agent'))}, 客户 customer {_rate(rate.get('customer'))}",
        f"打断 Interruptions: 坐席 agent {interruptions.get('agent', 0)}, 客户 customer {interruptions.get('customer', 0)}",
    ]
    lines += [f"  {clock(f.start)} {ROLE_LABEL.get(f.role, f.role)}: 「{f.quote}」 ({f.rule})"
              for f in a.findings_of("interruption")]
    lines.append(f"静音 Silence: longest {m.get('longest_silence_s', 0):.1f} s, dead air {m.get('dead_air', 0)}")
    lines += ["", "六步法 Six steps"]
    for step in a.steps:
        if step.status == "found":
            order = "" if step.order_ok in (None, True) else "  (out of order)"
            lines.append(f"  {STATUS_MARK[step.status]} {step.step} {clock(step.start)} 「{step.quote}」{order}")
            lines.append(f"      {step.rule}")
        else:
            lines.append(f"  {STATUS_MARK[step.status]} {step.step} {step.status}: {step.rule}")
    notable = [f for f in a.findings if f.kind not in ("interruption", "overlap")]
    if notable:
        lines += ["", "发现 Findings"]
        lines += [f"  {clock(f.start)} {f.kind} [{f.severity}] 「{f.quote}」: {f.rule}" for f in notable]
    lines += ["", "评分 Scorecard"]
    for item in a.items:
        points = "n/a" if item.points is None else f"{item.points:g}/{item.max:g}"
        lines.append(f"  {item.id:<3} {item.label:<10} {points:>7}  {item.reason}")
    if a.critical:
        lines.append(f"  严重问题 Critical: {', '.join(a.critical)}")
    if a.timings:
        lines += ["", "耗时 Timings: " + ", ".join(f"{k} {v:.2f} s" for k, v in a.timings.items())]
    return "\n".join(lines)
