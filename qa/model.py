"""The data model shared by every stage, and its JSON form (DESIGN §4).

Each class has ``to_dict`` / ``from_dict``; the round trip is lossless, so the
JSON printed by ``qa score --json`` and stored in the database reads back into
the same objects. Explanations (``rule``, ``reason``, ``not_deducted``,
``review_reasons``) are English; each has a Chinese sibling ending in ``_zh``
(``scoring.wording``), empty in JSON stored before the siblings existed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Role = Literal["agent", "customer", "unknown"]
StepStatus = Literal["found", "missing", "not_applicable"]

SIX_STEPS: tuple[str, ...] = ("感知情绪", "安抚情绪", "了解状况", "确认问题", "解决问题", "确认理解")


@dataclass
class Word:
    """One recognised word (for Chinese: one or a few characters) with its times."""

    text: str
    start: float
    end: float
    prob: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Word:
        return cls(**data)


@dataclass
class Segment:
    """One utterance of one speaker: text, times, words and ASR confidence."""

    speaker: str
    role: Role
    start: float
    end: float
    text: str
    confidence: float = 1.0
    words: list[Word] = field(default_factory=list)
    overlap: bool = False  # mono: possibly spoken over by another speaker (audio.diarize)
    prosody: dict[str, float | None] = field(default_factory=dict)  # rms_db, pitch_hz and rises (audio.prosody)

    @property
    def duration(self) -> float:
        return max(0.0, self.end - self.start)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["words"] = [w.to_dict() for w in self.words]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Segment:
        fields = dict(data)
        fields["words"] = [Word.from_dict(w) for w in data.get("words", [])]
        return cls(**fields)


@dataclass
class Transcript:
    """All segments of a call in time order, with how they were produced."""

    duration: float
    layout: str
    engine: str
    model: str
    segments: list[Segment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    speaker_confidence: float = 1.0
    guard_confidence: float = 1.0  # share of recognised speech time the hallucination guards kept
    diarization: dict[str, Any] = field(default_factory=dict)  # mono: how speakers and the agent were found

    def by_role(self, role: str) -> list[Segment]:
        """Return the segments spoken by ``role``, in time order."""
        return [s for s in self.segments if s.role == role]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["segments"] = [s.to_dict() for s in self.segments]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Transcript:
        fields = dict(data)
        fields["segments"] = [Segment.from_dict(s) for s in data.get("segments", [])]
        fields["warnings"] = list(data.get("warnings", []))
        return cls(**fields)


@dataclass
class Finding:
    """One observed event (an interruption, a jargon term…) with its evidence."""

    kind: str
    severity: str
    role: Role
    start: float
    end: float
    quote: str
    rule: str
    detail: dict[str, Any] = field(default_factory=dict)
    rule_zh: str = ""  # the rule in Chinese (empty in assessments stored before it existed)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        return cls(**data)


@dataclass
class StepResult:
    """Whether one of the six communication steps was found, and the proof."""

    step: str
    status: StepStatus
    start: float | None = None
    end: float | None = None
    quote: str = ""
    rule: str = ""
    order_ok: bool | None = None
    latency_s: float | None = None  # 感知/安抚情绪: seconds from the customer's first negative turn
    detail: dict[str, Any] = field(default_factory=dict)  # the facts the scorecard grades (criteria met…)
    rule_zh: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StepResult:
        return cls(**data)


@dataclass
class ScoreItem:
    """One scorecard line: points given out of ``max`` and why."""

    id: str
    label: str
    max: float
    points: float | None
    reason: str
    applicable: bool = True
    not_deducted: str = ""  # why a deduction was withheld (the audio could not be trusted)
    reason_zh: str = ""
    not_deducted_zh: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScoreItem:
        return cls(**data)


@dataclass
class Assessment:
    """The full judgement of one call: transcript, metrics, steps, findings, score."""

    call_id: str
    rubric_version: str
    transcript: Transcript
    metrics: dict[str, Any] = field(default_factory=dict)
    steps: list[StepResult] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    items: list[ScoreItem] = field(default_factory=list)
    total: float = 0.0
    grade: str = ""
    critical: list[str] = field(default_factory=list)
    confidence: float = 1.0
    needs_review: bool = False
    review_reasons: list[str] = field(default_factory=list)
    review_reasons_zh: list[str] = field(default_factory=list)  # the same reasons in Chinese, in the same order
    timings: dict[str, float] = field(default_factory=dict)
    source: dict[str, Any] = field(default_factory=dict)
    emotion_timeline: list[dict[str, Any]] = field(default_factory=list)  # one entry per customer turn

    def step(self, name: str) -> StepResult | None:
        """Return the result for the step called ``name``, if it was judged."""
        return next((s for s in self.steps if s.step == name), None)

    def findings_of(self, kind: str) -> list[Finding]:
        """Return the findings of one kind, in time order."""
        return [f for f in self.findings if f.kind == kind]

    def to_dict(self) -> dict[str, Any]:
        return {
            "call_id": self.call_id,
            "rubric_version": self.rubric_version,
            "transcript": self.transcript.to_dict(),
            "metrics": self.metrics,
            "steps": [s.to_dict() for s in self.steps],
            "findings": [f.to_dict() for f in self.findings],
            "items": [i.to_dict() for i in self.items],
            "total": self.total,
            "grade": self.grade,
            "critical": list(self.critical),
            "confidence": self.confidence,
            "needs_review": self.needs_review,
            "review_reasons": list(self.review_reasons),
            "review_reasons_zh": list(self.review_reasons_zh),
            "timings": dict(self.timings),
            "source": dict(self.source),
            "emotion_timeline": [dict(e) for e in self.emotion_timeline],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Assessment:
        return cls(
            call_id=data["call_id"],
            rubric_version=data["rubric_version"],
            transcript=Transcript.from_dict(data["transcript"]),
            metrics=dict(data.get("metrics", {})),
            steps=[StepResult.from_dict(s) for s in data.get("steps", [])],
            findings=[Finding.from_dict(f) for f in data.get("findings", [])],
            items=[ScoreItem.from_dict(i) for i in data.get("items", [])],
            total=data.get("total", 0.0),
            grade=data.get("grade", ""),
            critical=list(data.get("critical", [])),
            confidence=data.get("confidence", 1.0),
            needs_review=data.get("needs_review", False),
            review_reasons=list(data.get("review_reasons", [])),
            review_reasons_zh=list(data.get("review_reasons_zh", [])),
            timings=dict(data.get("timings", {})),
            source=dict(data.get("source", {})),
            emotion_timeline=[dict(e) for e in data.get("emotion_timeline", [])],
        )
