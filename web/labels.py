"""Display names (Chinese source text, translated in templates) for the codes stored in data."""

from __future__ import annotations

ROLE_LABELS = {"admin": "管理员", "supervisor": "主管", "reviewer": "质检员", "agent": "坐席"}
SPEAKER_NAMES = {"agent": "坐席", "customer": "客户", "unknown": "未知"}
STEP_STATUS_NAMES = {"found": "已做到", "missing": "缺失", "not_applicable": "不适用"}
FINDING_NAMES = {
    "interruption": "打断", "overlap": "重叠", "dead_air": "冷场", "hold": "等待", "speech_rate": "语速",
    "jargon": "术语", "forbidden_phrase": "禁用语", "greeting": "问候", "self_id": "报工号", "closing": "结束语",
    "pii": "个人信息", "customer_emotion": "客户情绪", "asr_warning": "识别警告", "commitment": "承诺",
    "refusal": "拒绝请求", "vague": "含糊表达", "mechanical_reply": "机械回复", "caution_phrase": "慎用语",
    "loudness": "音量突变",
}
DECISION_NAMES = {"confirm": "确认", "reject": "驳回", "override": "改分"}
APPEAL_NAMES = {"open": "待复核", "forwarded": "待主管决定", "accepted": "已接受", "rejected": "已拒绝"}
JOB_NAMES = {"pending": "排队中", "running": "进行中", "done": "完成", "failed": "失败"}
FLAG_CHOICES: tuple[tuple[str, str], ...] = (
    ("forbidden_phrase", "禁用语"),
    ("jargon", "术语"),
    ("interruption", "打断"),
    ("dead_air", "冷场"),
    ("critical", "严重问题"),
    ("missing_step", "缺少步骤（任一）"),
    *((f"missing:{step}", f"缺少：{step}") for step in ("感知情绪", "安抚情绪", "了解状况", "确认问题", "解决问题", "确认理解")),
)
