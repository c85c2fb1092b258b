"""Whisper engines behind one interface, and the path every engine's output takes.

``Engine.transcribe(samples)`` takes one 16 kHz mono channel and returns
``Segment`` objects with simplified-Chinese text, word timestamps and a
confidence; speaker and role are filled in later by ``audio.separate``.

Both engines share everything but the decoder (``WhisperEngine``): silero VAD
(the model faster-whisper bundles) cuts the channel down to its speech before
any decoding, the decoder runs with ``language="zh"`` and the simplified prompt,
its times are mapped back onto the channel, the text goes through OpenCC t2s,
and the guards (``audio.guards``) drop or flag what Whisper invented.
faster-whisper (CTranslate2) is the default engine; openai-whisper
(``audio.openai_engine``) is the PyTorch reference on the same weights.
"""

from __future__ import annotations

import os
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

import numpy as np
from faster_whisper.vad import SpeechTimestampsMap, VadOptions, collect_chunks, get_speech_timestamps

from audio.chinese import to_simplified
from audio.guards import PROMPT, GuardThresholds, SegmentEvidence, judge_segment, segment_confidence
from audio.io import SAMPLE_RATE
from audio.vad import speech_regions
from audio.weights import ModelSource, resolve_model
from qa.model import Segment, Word

ENGINES = ("faster-whisper", "openai-whisper")
# Whisper (with VAD) may return one segment spanning several turns; words further apart than this start a new utterance.
UTTERANCE_PAUSE_S = 0.5
MIN_WORDLESS_S = 1.0  # a stretch without words shorter than this is a pause, not skipped speech
SAMPLING_SEED = 0  # CTranslate2's sampling seed (faster-whisper's temperature fallback)
MAX_REDECODE_PASSES = 3  # a second decode may itself stop early; its remainder is tried again, this often


@dataclass(frozen=True)
class EngineOptions:
    """How to run Whisper: which model, precision, beam, threads, VAD and guard thresholds."""

    model_path: str = ""
    compute_type: str = "int8"
    beam_size: int = 5
    cpu_threads: int = 0
    cache_dir: Path = Path.home() / ".cache" / "callqa"
    vad: bool = True
    guards: GuardThresholds = field(default_factory=GuardThresholds)
    redecode_voiced_s: float = 2.0  # voice no word covers, this long or longer, is decoded again on its own (0: off)

    @property
    def threads(self) -> int:
        """Return the CPU threads to decode with: the setting, or the machine's cores up to 4."""
        return self.cpu_threads or min(4, os.cpu_count() or 1)


class ModelNotSupported(ValueError):
    """The chosen engine cannot run the chosen model format."""


@dataclass
class ChannelTranscript:
    """The kept segments of one channel, what the guards dropped or flagged, and where the time went."""

    segments: list[Segment]
    warnings: list[str] = field(default_factory=list)
    dropped_seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class DecodedSegment:
    """One segment as a decoder returns it, times relative to the audio it was given."""

    start: float
    end: float
    text: str
    words: list[Word]
    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float


class Engine(Protocol):
    """A speech recogniser for Mandarin with word timestamps."""

    name: str
    model_name: str
    compute_type: str
    parallel_channels: int  # how many channels ``transcribe`` may be given at once from separate threads

    def transcribe(self, samples: np.ndarray) -> ChannelTranscript:
        """Return the segments heard in one 16 kHz mono channel."""
        ...


class WhisperEngine(ABC):
    """The shared path: VAD → decode (the subclass's ``decode``) → times restored → t2s → guards."""

    name = ""
    compute_type = ""
    parallel_channels = 1

    def __init__(self, options: EngineOptions, model_name: str) -> None:
        self.options = options
        self.model_name = model_name

    @abstractmethod
    def decode(self, speech: np.ndarray, fallback: bool = True) -> list[DecodedSegment]:
        """Return the raw segments of 16 kHz speech-only audio, times relative to it.

        ``fallback``: decode again at rising temperatures when the greedy/beam result fails Whisper's
        compression-ratio or log-probability checks (Whisper's default); off, temperature 0 only.
        """

    def transcribe(self, samples: np.ndarray) -> ChannelTranscript:
        started = time.perf_counter()
        if self.options.vad:
            chunks = get_speech_timestamps(samples, VadOptions(), sampling_rate=SAMPLE_RATE)
            speech = np.concatenate(collect_chunks(samples, chunks)[0]) if chunks else samples[:0]
        else:
            chunks = [{"start": 0, "end": len(samples)}]
            speech = samples
        vad_seconds = time.perf_counter() - started
        if speech.size == 0:
            return ChannelTranscript(segments=[], warnings=["voice activity detection found no speech"],
                                     timings={"vad": round(vad_seconds, 3), "asr": 0.0})
        speech = speech.astype(np.float32, copy=False)
        decoded, skipped = self.decode_all(speech)
        asr_seconds = time.perf_counter() - started - vad_seconds
        timeline = SpeechTimestampsMap(chunks, SAMPLE_RATE)
        result = apply_guards([restore_times(d, timeline) for d in decoded], self.options.guards)
        result.warnings += [f"decoded again: Whisper skipped {voiced:.1f} s of voice at "
                            f"{timeline.get_original_time(start):.1f}–{timeline.get_original_time(end):.1f}s"
                            for start, end, voiced in skipped]
        result.timings = {"vad": round(vad_seconds, 3), "asr": round(asr_seconds, 3)}
        return result

    def decode_all(self, speech: np.ndarray) -> tuple[list[DecodedSegment], list[tuple[float, float, float]]]:
        """Return the decoded segments of ``speech`` and the (start, end, voiced seconds) decoded a second time.

        Whisper can end a 30 s window after its first utterance and move on to
        the next window: the rest of that window is never transcribed (on real
        two-person speech, a whole second turn). Every stretch between the
        decoded words that still holds ``redecode_voiced_s`` of voice (tight
        VAD) is decoded again on its own, up to ``MAX_REDECODE_PASSES`` times,
        at temperature 0 only: the fallback's sampling on a few seconds of
        audio cost up to 14 s and invented words.
        """
        decoded = self.decode(speech)
        skipped: list[tuple[float, float, float]] = []
        tried: set[tuple[float, float]] = set()
        for _ in range(MAX_REDECODE_PASSES if self.options.redecode_voiced_s > 0 else 0):
            gaps = [(start, end) for start, end in wordless_stretches(decoded, len(speech) / SAMPLE_RATE)
                    if (start, end) not in tried]
            tried.update(gaps)
            found = []
            for start, end in gaps:
                voiced = voiced_seconds(speech, start, end)
                if voiced < self.options.redecode_voiced_s:
                    continue
                heard = [shifted(segment, start) for segment in
                         self.decode(speech[round(start * SAMPLE_RATE): round(end * SAMPLE_RATE)], fallback=False)
                         if segment.text.strip()]
                if heard:
                    found += heard
                    skipped.append((start, end, voiced))
            if not found:
                break
            decoded = sorted(decoded + found, key=lambda segment: segment.start)
        return decoded, skipped


class FasterWhisperEngine(WhisperEngine):
    """Whisper through CTranslate2 on the CPU; loads the model once per instance."""

    name = "faster-whisper"

    def __init__(self, options: EngineOptions, model: ModelSource) -> None:
        import ctranslate2
        from faster_whisper import WhisperModel

        if model.kind != "ctranslate2":
            raise ModelNotSupported(
                f"{model.path}: faster-whisper needs a CTranslate2 model directory; "
                "use --engine openai-whisper for an openai-whisper .pt checkpoint")
        super().__init__(options, model.name)
        self.compute_type = options.compute_type
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        # With two or more threads, the two channels of a stereo call are decoded at once, each on half the
        # threads: a beam search on 2 threads kept 1.3 of 2 cores busy, two on 1 thread each keep both
        # (three stereo calls: 14.6 s instead of 22.1 s; the second decoder costs about 220 MB).
        self.parallel_channels = 2 if options.threads >= 2 else 1
        # Whisper's temperature fallback samples. CTranslate2 seeds each worker thread's generator once, from a
        # random device unless set: without this, 30 s of silence decoded without VAD once gave another
        # hallucination than in every other run. With it, an engine gives the same text for the same calls in
        # the same order.
        ctranslate2.set_random_seed(SAMPLING_SEED)
        self._model = WhisperModel(str(model.path), device="cpu", compute_type=options.compute_type,
                                   cpu_threads=options.threads // self.parallel_channels,
                                   num_workers=self.parallel_channels)

    def decode(self, speech: np.ndarray, fallback: bool = True) -> list[DecodedSegment]:
        raw_segments, _info = self._model.transcribe(
            speech,
            language="zh",
            task="transcribe",
            beam_size=self.options.beam_size,
            initial_prompt=PROMPT,
            word_timestamps=True,
            vad_filter=False,
            condition_on_previous_text=False,
            **({} if fallback else {"temperature": 0.0}),
        )
        return [
            DecodedSegment(
                start=float(raw.start), end=float(raw.end), text=raw.text,
                words=[Word(w.word, float(w.start), float(w.end), float(w.probability)) for w in raw.words or []],
                avg_logprob=float(raw.avg_logprob), no_speech_prob=float(raw.no_speech_prob),
                compression_ratio=float(raw.compression_ratio),
            )
            for raw in raw_segments
        ]


def wordless_stretches(decoded: list[DecodedSegment], seconds: float) -> list[tuple[float, float]]:
    """Return the (start, end) stretches of audio ``seconds`` long, a second or more, that no decoded word covers."""
    covered = sorted((w.start, w.end) for segment in decoded for w in segment.words)
    covered += [(segment.start, segment.end) for segment in decoded if not segment.words]
    stretches, cursor = [], 0.0
    for start, end in sorted(covered) + [(seconds, seconds)]:
        if start - cursor >= MIN_WORDLESS_S:
            stretches.append((cursor, start))
        cursor = max(cursor, end)
    return stretches


def voiced_seconds(speech: np.ndarray, start: float, end: float) -> float:
    """Return the seconds of voice between ``start`` and ``end`` by the tight VAD of ``audio.vad``."""
    return sum(r.end - r.start for r in speech_regions(speech[round(start * SAMPLE_RATE): round(end * SAMPLE_RATE)]))


def shifted(segment: DecodedSegment, offset: float) -> DecodedSegment:
    """Return ``segment`` with its times and its words' times moved ``offset`` seconds later."""
    words = [Word(w.text, w.start + offset, w.end + offset, w.prob) for w in segment.words]
    return replace(segment, start=segment.start + offset, end=segment.end + offset, words=words)


def restore_times(segment: DecodedSegment, timeline: SpeechTimestampsMap) -> DecodedSegment:
    """Return the segment with its times moved from the speech-only audio back onto the channel."""
    words = []
    for word in segment.words:
        # both ends of a word resolve in the chunk of its middle, so a word never straddles a cut silence
        chunk = timeline.get_chunk_index((word.start + word.end) / 2)
        words.append(Word(word.text, timeline.get_original_time(word.start, chunk),
                          timeline.get_original_time(word.end, chunk), word.prob))
    if words:
        start, end = words[0].start, words[-1].end
    else:
        start, end = timeline.get_original_time(segment.start), timeline.get_original_time(segment.end, is_end=True)
    return DecodedSegment(start, end, segment.text, words, segment.avg_logprob, segment.no_speech_prob,
                          segment.compression_ratio)


def apply_guards(decoded: list[DecodedSegment], thresholds: GuardThresholds) -> ChannelTranscript:
    """Return the segments the guards keep (simplified text, confidence) and a warning per guard that fired."""
    segments: list[Segment] = []
    warnings: list[str] = []
    dropped_seconds = 0.0
    for raw in decoded:
        text = to_simplified(raw.text).strip()
        verdict = judge_segment(SegmentEvidence(text, raw.avg_logprob, raw.no_speech_prob, raw.compression_ratio),
                                thresholds)
        span = f"{raw.start:.1f}–{raw.end:.1f}s"
        if verdict.drop_reason:
            warnings.append(f"dropped segment {span} ({verdict.drop_reason}): {text}")
            dropped_seconds += max(0.0, raw.end - raw.start)
            continue
        if verdict.flags:
            warnings.append(f"flagged segment {span} ({'; '.join(verdict.flags)}): {text}")
        words = [
            Word(text=to_simplified(w.text).strip(), start=round(w.start, 2), end=round(w.end, 2),
                 prob=round(w.prob, 3))
            for w in raw.words
            if w.text.strip()
        ]
        for segment in split_at_pauses(text, words, raw.start, raw.end):
            segment.confidence = segment_confidence([w.prob for w in segment.words], raw.avg_logprob,
                                                    len(verdict.flags), thresholds)
            segments.append(segment)
    return ChannelTranscript(segments=segments, warnings=warnings, dropped_seconds=round(dropped_seconds, 2))


def split_at_pauses(text: str, words: list[Word], start: float, end: float) -> list[Segment]:
    """Return one Segment per run of words without a pause of ``UTTERANCE_PAUSE_S`` or more."""
    if not words:
        return [Segment(speaker="", role="unknown", start=round(start, 2), end=round(end, 2), text=text)]
    runs: list[list[Word]] = [[words[0]]]
    for previous, word in zip(words, words[1:]):
        if word.start - previous.end >= UTTERANCE_PAUSE_S:
            runs.append([])
        runs[-1].append(word)
    return [
        Segment(speaker="", role="unknown", start=run[0].start, end=run[-1].end,
                text=text if len(runs) == 1 else "".join(w.text for w in run), words=run)
        for run in runs
    ]


def load_engine(name: str, options: EngineOptions) -> Engine:
    """Return the engine called ``name`` loaded with ``options`` (the embedded model unless a path is set)."""
    if name not in ENGINES:
        raise ValueError(f"unknown engine {name!r}; available: {', '.join(ENGINES)}")
    model = resolve_model(options.model_path, options.cache_dir)
    if name == FasterWhisperEngine.name:
        return FasterWhisperEngine(options, model)
    from audio.openai_engine import OpenAIWhisperEngine

    return OpenAIWhisperEngine(options, model)
