"""score_call(path, options) -> Assessment: the only place the stages meet."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from audio.guards import guard_confidence
from audio.diarize import DiarizationSettings, diarize, load_diarizer
from audio.io import SAMPLE_RATE, ChannelMap, DecodedAudio, load_audio
from audio.prosody import channel_frames, measure_prosody
from audio.quality import audio_warnings
from audio.roles import RoleSettings
from audio.separate import MonoSplit, SpeakerChannel, speaker_channels, split_mono
from audio.transcribe import ChannelTranscript, Engine, EngineOptions, load_engine
from audio.vad import speech_regions
from qa.config import Settings
from qa.model import Assessment, Segment, Transcript
from qa.rss import stage_peak
from scoring.confidence import review_status
from scoring.emotion import customer_emotions, emotion_findings, text_sentiment
from scoring.jargon import jargon_terms
from scoring.language import language_findings
from scoring.lexicons import jargon_glossary
from scoring.meaning import MeaningSettings, load_examples
from scoring.metrics import compute_metrics
from scoring.pii import redact_assessment
from scoring.rubric import Rubric, load_rubric
from scoring.scorecard import Evidence, critical_flags, critical_reason, score_items, total_score
from scoring.steps import detect_steps
from scoring.turns import build_turns


@dataclass(frozen=True)
class ScoreOptions:
    """Per-call choices: which channel is the agent, which engine and rubric."""

    agent_channel: int = 0
    engine: str = "faster-whisper"
    engine_options: EngineOptions = field(default_factory=EngineOptions)
    rubric_path: str = ""
    channel_map: str = ""  # source channels to keep ("2,3") or "mix"; see audio.io.ChannelMap
    diarization: DiarizationSettings = field(default_factory=DiarizationSettings)  # mono speaker split
    roles: RoleSettings = field(default_factory=RoleSettings)  # mono: which speaker is the agent

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
                redecode_voiced_s=settings.redecode_voiced_s,
                cache_dir=settings.cache_dir,
                guards=settings.guard_thresholds,
            ),
            rubric_path=settings.rubric,
            channel_map=settings.channel_map,
            diarization=settings.diarization,
            roles=settings.roles,
        )


@lru_cache(maxsize=2)
def get_engine(name: str, options: EngineOptions) -> Engine:
    """Return a loaded engine, loading each (name, options) once per process."""
    return load_engine(name, options)


@lru_cache(maxsize=4)
def load_analysers(industries: tuple[str, ...], meaning: bool) -> None:
    """Load, once per process, what the non-ASR stages otherwise load on first use.

    librosa's compiled pitch tracker, jieba with the jargon glossary, the sentiment model and the
    sentence encoder with its example sentences take a few seconds together; like Whisper's weights
    they are a per-process cost, timed as ``load_model``.
    """
    channel_frames(np.zeros(SAMPLE_RATE, dtype=np.float32))
    jargon_terms("后台", jargon_glossary(industries), 0)
    text_sentiment("好")
    if meaning:
        load_examples()


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        with stage_peak(stage):
            yield
    finally:
        timings[stage] = round(timings.get(stage, 0.0) + time.perf_counter() - started, 3)


def transcribe_call(path: str | Path, options: ScoreOptions,
                    timings: dict[str, float]) -> tuple[Transcript, dict[str, Any]]:
    """Return the call's transcript (speakers and roles set) and what the recording was (sha256, rate, codec)."""
    with _timed(timings, "decode"):
        audio = load_audio(path, ChannelMap.parse(options.channel_map))
    with _timed(timings, "load_model"):
        engine = get_engine(options.engine, options.engine_options)
    segments, warnings, dropped_seconds = [], audio_warnings(audio, options.agent_channel), 0.0
    channels = speaker_channels(audio, options.agent_channel)
    with stage_peak("asr"):  # Whisper's own VAD pass included: the engine times it apart, in one call
        heard_channels = _transcribe_channels(engine, channels, timings)
    for channel, heard in zip(channels, heard_channels):
        dropped_seconds += heard.dropped_seconds
        for segment in heard.segments:
            segment.speaker, segment.role = channel.speaker, channel.role
        segments.extend(heard.segments)
        warnings.extend(f"{channel.speaker}: {w}" if len(channels) > 1 else w for w in heard.warnings)
    speaker_confidence, diarization = 1.0, {}
    if audio.layout == "mono":
        split = _split_mono(audio.samples[0], segments, options, timings)
        segments, speaker_confidence, diarization = split.segments, split.confidence, split.evidence
    with _timed(timings, "prosody"):
        measure_prosody(segments, {s.speaker: _speaker_samples(audio, channels, s.speaker) for s in segments})
    segments.sort(key=lambda s: (s.start, s.end))
    transcript = Transcript(
        duration=round(audio.duration, 2),
        layout=audio.layout,
        engine=engine.name,
        model=engine.model_name,
        segments=segments,
        warnings=warnings,
        speaker_confidence=speaker_confidence,
        diarization=diarization,
        guard_confidence=guard_confidence(sum(s.duration for s in segments), dropped_seconds),
    )
    return transcript, {"sha256": audio.sha256, "sample_rate": audio.source_rate, "codec": audio.codec}


def _transcribe_channels(engine: Engine, channels: list[SpeakerChannel],
                         timings: dict[str, float]) -> list[ChannelTranscript]:
    """Return each channel's transcript, decoding up to ``engine.parallel_channels`` channels at once.

    Channels decoded at once report overlapping stage times; they are scaled to the block's wall time so
    that ``timings`` stays wall time per stage.
    """
    started = time.perf_counter()
    at_once = min(len(channels), engine.parallel_channels)
    if at_once > 1:
        with ThreadPoolExecutor(max_workers=at_once) as pool:
            heard = list(pool.map(engine.transcribe, [c.samples for c in channels]))
    else:
        heard = [engine.transcribe(c.samples) for c in channels]
    wall = time.perf_counter() - started
    spent = sum(seconds for h in heard for seconds in h.timings.values())
    scale = min(1.0, wall / spent) if spent else 1.0
    for h in heard:
        for stage, seconds in h.timings.items():
            timings[stage] = round(timings.get(stage, 0.0) + seconds * scale, 3)
    return heard


def _split_mono(samples: np.ndarray, segments: list[Segment], options: ScoreOptions,
                timings: dict[str, float]) -> MonoSplit:
    """Return the mono call's segments split into speakers with roles (timings: ``vad``, ``diarize``)."""
    with _timed(timings, "vad"):
        regions = speech_regions(samples, options.diarization.vad)
    with _timed(timings, "load_model"):
        load_diarizer()
    with _timed(timings, "diarize"):
        timeline = diarize(samples, regions, options.diarization)
        return split_mono(segments, timeline, options.diarization, options.roles)


def _speaker_samples(audio: DecodedAudio, channels: list[SpeakerChannel], speaker: str) -> np.ndarray:
    """Return the samples a speaker is heard on: their own channel (stereo) or the mix (mono)."""
    return next((c.samples for c in channels if c.speaker == speaker), audio.samples[0])


def assess_transcript(transcript: Transcript, rubric: Rubric, call_id: str) -> Assessment:
    """Return the scored Assessment of a transcript (no audio needed); personal numbers masked if the rubric says so."""
    emotions = customer_emotions(transcript, rubric)
    metrics, timing_findings = compute_metrics(transcript, rubric, emotions)
    findings = sorted(timing_findings + language_findings(transcript, rubric)
                      + emotion_findings(emotions, transcript), key=lambda f: (f.start, f.kind))
    steps = detect_steps(transcript, rubric, emotions, [f for f in findings if f.kind == "forbidden_phrase"])
    review = review_status(transcript, rubric)
    customer_turns = [(t.start, t.end) for t in build_turns(transcript) if t.role == "customer"]
    items = score_items(rubric, Evidence(metrics, steps, findings, customer_turns), review)
    raised = critical_flags(rubric, findings)
    total, grade = total_score(rubric, items, raised, review)
    reasons = review.reasons + [critical_reason(f) for f in raised]
    assessment = Assessment(
        call_id=call_id,
        rubric_version=rubric.stamp,
        transcript=transcript,
        metrics=metrics,
        steps=steps,
        findings=findings,
        items=items,
        total=total,
        grade=grade,
        critical=[flag["id"] for flag in raised],
        confidence=review.confidence,
        needs_review=bool(reasons),
        review_reasons=[r.en for r in reasons],
        review_reasons_zh=[r.zh for r in reasons],
        emotion_timeline=[e.to_dict() for e in emotions],
    )
    if rubric.setting("pii", "redact"):
        redact_assessment(assessment, rubric.setting("pii", "keep_last"))
    return assessment


def score_call(path: str | Path, options: ScoreOptions, call_id: str | None = None) -> Assessment:
    """Return the Assessment of the recording at ``path``: decode, split, transcribe, score."""
    timings: dict[str, float] = {}
    path = Path(path)
    rubric = load_rubric(options.rubric_path or None)
    with _timed(timings, "load_model"):
        load_analysers(tuple(rubric.setting("jargon", "industries")), MeaningSettings.from_rubric(rubric).enabled)
    transcript, recording = transcribe_call(path, options, timings)
    with _timed(timings, "scoring"):
        assessment = assess_transcript(transcript, rubric, call_id or path.stem)
    assessment.timings = timings
    assessment.source = {"file": path.name, **recording, "agent_channel": options.agent_channel}
    return assessment
