"""score_call(path, options) -> Assessment: the only place the stages meet."""

from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from audio.io import load_audio
from audio.separate import speaker_channels, split_mono
from audio.transcribe import Engine, EngineOptions, load_engine
from qa.config import Settings
from qa.model import Assessment, Transcript
from scoring.confidence import review_status
from scoring.language import language_findings
from scoring.metrics import compute_metrics
from scoring.rubric import Rubric, load_rubric
from scoring.scorecard import critical_flags, score_items, total_score
from scoring.steps import detect_steps


@dataclass(frozen=True)
class ScoreOptions:
    """Per-call choices: which channel is the agent, which engine and rubric."""

    agent_channel: int = 0
    engine: str = "faster-whisper"
    engine_options: EngineOptions = field(default_factory=EngineOptions)
    rubric_path: str = ""

    @classmethod
    def from_settings(cls, settings: Settings) -> ScoreOptions:
        return cls(
            agent_channel=settings.agent_channel,
            engine=settings.engine,
            engine_options=EngineOptions(
                model_path=settings.model_path,
                compute_type=settings.compute_type,
                beam_size=settings.beam_size,
                cpu_threads=settings.cpu_threads,
                cache_dir=settings.cache_dir,
            ),
            rubric_path=settings.rubric,
        )


@lru_cache(maxsize=2)
def get_engine(name: str, options: EngineOptions) -> Engine:
    """Return a loaded engine, loading each (name, options) once per process."""
    return load_engine(name, options)


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = round(timings.get(stage, 0.0) + time.perf_counter() - started, 3)


def transcribe_call(path: str | Path, options: ScoreOptions, timings: dict[str, float]) -> tuple[Transcript, str]:
    """Return the call's transcript (speakers and roles set) and the audio's sha256."""
    with _timed(timings, "decode"):
        audio = load_audio(path)
    with _timed(timings, "load_model"):
        engine = get_engine(options.engine, options.engine_options)
    segments, warnings = [], []
    channels = speaker_channels(audio, options.agent_channel)
    for channel in channels:
        with _timed(timings, "asr"):
            heard = engine.transcribe(channel.samples)
        for segment in heard.segments:
            segment.speaker, segment.role = channel.speaker, channel.role
        segments.extend(heard.segments)
        warnings.extend(f"{channel.speaker}: {w}" if len(channels) > 1 else w for w in heard.warnings)
    speaker_confidence = 1.0
    if audio.layout == "mono":
        with _timed(timings, "diarize"):
            segments, speaker_confidence = split_mono(segments, audio.samples[0])
    segments.sort(key=lambda s: (s.start, s.end))
    transcript = Transcript(
        duration=round(audio.duration, 2),
        layout=audio.layout,
        engine=engine.name,
        model=engine.model_name,
        segments=segments,
        warnings=warnings,
        speaker_confidence=speaker_confidence,
    )
    return transcript, audio.sha256


def assess_transcript(transcript: Transcript, rubric: Rubric, call_id: str) -> Assessment:
    """Return the scored Assessment of a transcript (no audio needed)."""
    metrics, timing_findings = compute_metrics(transcript, rubric)
    findings = sorted(timing_findings + language_findings(transcript), key=lambda f: (f.start, f.kind))
    steps = detect_steps(transcript, rubric)
    items = score_items(rubric, metrics, steps, findings)
    critical = critical_flags(rubric, findings)
    total, grade = total_score(rubric, items, critical)
    confidence, reasons = review_status(transcript, rubric)
    return Assessment(
        call_id=call_id,
        rubric_version=rubric.stamp,
        transcript=transcript,
        metrics=metrics,
        steps=steps,
        findings=findings,
        items=items,
        total=total,
        grade=grade,
        critical=critical,
        confidence=confidence,
        needs_review=bool(reasons) or bool(critical),
        review_reasons=reasons + [f"critical flag: {flag}" for flag in critical],
    )


def score_call(path: str | Path, options: ScoreOptions, call_id: str | None = None) -> Assessment:
    """Return the Assessment of the recording at ``path``: decode, split, transcribe, score."""
    timings: dict[str, float] = {}
    path = Path(path)
    rubric = load_rubric(options.rubric_path or None)
    transcript, sha256 = transcribe_call(path, options, timings)
    with _timed(timings, "scoring"):
        assessment = assess_transcript(transcript, rubric, call_id or path.stem)
    assessment.timings = timings
    assessment.source = {"file": path.name, "sha256": sha256, "agent_channel": options.agent_channel}
    return assessment
