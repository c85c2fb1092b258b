"""Whisper engines behind one interface, and the guards every engine's output passes.

``Engine.transcribe(samples)`` takes one 16 kHz mono channel and returns
``Segment`` objects with simplified-Chinese text, word timestamps and a
confidence; speaker and role are filled in later by ``audio.separate``.
faster-whisper (CTranslate2) is the default engine; the openai-whisper
reference engine plugs in here later (see DESIGN §3).
"""

from __future__ import annotations

import logging
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np

from audio.chinese import to_simplified
from audio.weights import MODEL_NAME, embedded_model_dir
from qa.model import Segment, Word

log = logging.getLogger(__name__)

PROMPT = "以下是普通话客服电话录音，使用简体中文和标点。"
# Whisper invents these on silence or music; a customer-service call never says them.
KNOWN_HALLUCINATIONS = ("字幕由", "Amara.org", "请不吝点赞", "订阅我的频道", "感谢观看", "谢谢观看")
# Whisper (with VAD) may return one segment spanning several turns; words further apart than this start a new utterance.
UTTERANCE_PAUSE_S = 0.5
PROMPT_FRAGMENTS = tuple(p for p in PROMPT.strip("。").replace("，", "。").split("。") if p)


@dataclass(frozen=True)
class EngineOptions:
    """How to run Whisper: which model, precision, beam, threads."""

    model_path: str = ""
    compute_type: str = "int8"
    beam_size: int = 5
    cpu_threads: int = 0
    cache_dir: Path = Path.home() / ".cache" / "callqa"


@dataclass
class ChannelTranscript:
    """The kept segments of one channel and what the guards dropped."""

    segments: list[Segment]
    warnings: list[str] = field(default_factory=list)


class Engine(Protocol):
    """A speech recogniser for Mandarin with word timestamps."""

    name: str
    model_name: str

    def transcribe(self, samples: np.ndarray) -> ChannelTranscript:
        """Return the segments heard in one 16 kHz mono channel."""
        ...


class FasterWhisperEngine:
    """Whisper through CTranslate2 on the CPU; loads the model once per instance."""

    name = "faster-whisper"

    def __init__(self, options: EngineOptions) -> None:
        from faster_whisper import WhisperModel

        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        model_dir = Path(options.model_path) if options.model_path else embedded_model_dir(options.cache_dir)
        if not (model_dir / "model.bin").is_file():
            raise FileNotFoundError(f"{model_dir}: not a CTranslate2 Whisper model directory (no model.bin)")
        self.model_name = MODEL_NAME if not options.model_path else model_dir.name
        self.options = options
        threads = options.cpu_threads or min(4, os.cpu_count() or 1)
        self._model = WhisperModel(
            str(model_dir), device="cpu", compute_type=options.compute_type, cpu_threads=threads
        )

    def transcribe(self, samples: np.ndarray) -> ChannelTranscript:
        raw_segments, _info = self._model.transcribe(
            samples,
            language="zh",
            task="transcribe",
            beam_size=self.options.beam_size,
            initial_prompt=PROMPT,
            word_timestamps=True,
            vad_filter=True,
            condition_on_previous_text=False,
        )
        segments: list[Segment] = []
        warnings: list[str] = []
        for raw in raw_segments:
            text = to_simplified(raw.text).strip()
            reason = rejection_reason(text)
            if reason:
                warnings.append(f"dropped segment {raw.start:.1f}–{raw.end:.1f}s ({reason}): {text}")
                continue
            words = [
                Word(text=to_simplified(w.word).strip(), start=round(float(w.start), 2),
                     end=round(float(w.end), 2), prob=round(float(w.probability), 3))
                for w in (raw.words or [])
                if w.word.strip()
            ]
            confidence = round(math.exp(min(0.0, float(raw.avg_logprob))), 3)
            segments.extend(split_at_pauses(text, words, confidence, float(raw.start), float(raw.end)))
        return ChannelTranscript(segments=segments, warnings=warnings)


def split_at_pauses(text: str, words: list[Word], confidence: float, start: float, end: float) -> list[Segment]:
    """Return one Segment per run of words without a pause of ``UTTERANCE_PAUSE_S`` or more."""
    if not words:
        return [Segment(speaker="", role="unknown", start=round(start, 2), end=round(end, 2), text=text,
                        confidence=confidence)]
    runs: list[list[Word]] = [[words[0]]]
    for previous, word in zip(words, words[1:]):
        if word.start - previous.end >= UTTERANCE_PAUSE_S:
            runs.append([])
        runs[-1].append(word)
    return [
        Segment(speaker="", role="unknown", start=run[0].start, end=run[-1].end,
                text=text if len(runs) == 1 else "".join(w.text for w in run),
                confidence=confidence, words=run)
        for run in runs
    ]


def rejection_reason(text: str) -> str:
    """Return why a recognised segment must be dropped, or '' to keep it."""
    bare = text.strip(" 。，,.!！?？")
    if not bare:
        return "empty"
    if any(fragment in bare or (len(bare) >= 4 and bare in fragment) for fragment in PROMPT_FRAGMENTS):
        return "echo of the prompt"
    if any(marker in text for marker in KNOWN_HALLUCINATIONS):
        return "known Whisper hallucination"
    return ""


def load_engine(name: str, options: EngineOptions) -> Engine:
    """Return the engine called ``name`` loaded with ``options``."""
    if name == FasterWhisperEngine.name:
        return FasterWhisperEngine(options)
    raise ValueError(f"unknown engine {name!r}; available: {FasterWhisperEngine.name}")
