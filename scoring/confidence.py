"""How far the machine can trust its own hearing of a call, and whether a person must look."""

from __future__ import annotations

from dataclasses import dataclass, field

from audio.quality import audio_review_reasons
from qa.model import Transcript
from scoring.rubric import Rubric
from scoring.wording import Text, say

WORDS = "words"  # the recognised text cannot be trusted
SPEAKERS = "speakers"  # who said what cannot be trusted
UNTRUSTED_NAMES = {WORDS: Text("words", "识别文字"), SPEAKERS: Text("speakers", "说话人分离")}
LAYOUT_NAMES = {"stereo": Text("stereo", "立体声"), "mono": Text("mono", "单声道")}


@dataclass(frozen=True)
class ReviewStatus:
    """The call's confidence, why a person must review it, and which inputs are not trusted."""

    confidence: float
    reasons: list[Text] = field(default_factory=list)
    untrusted: frozenset[str] = frozenset()


def asr_confidence(transcript: Transcript) -> float:
    """Return the duration-weighted mean segment confidence (0 when nothing was heard)."""
    weights = [(s.confidence, max(s.duration, 0.1)) for s in transcript.segments]
    total = sum(w for _, w in weights)
    return round(sum(c * w for c, w in weights) / total, 3) if total else 0.0


def review_status(transcript: Transcript, rubric: Rubric) -> ReviewStatus:
    """Return the call's confidence (ASR × speaker split × guard share), the review reasons and the untrusted inputs.

    A problem of the audio itself (silent, quiet, noisy, clipped, damaged or truncated: ``audio.quality``)
    is a reason too, and makes the words untrusted: what a bad line hides cannot be held against the agent.
    """
    heard = asr_confidence(transcript)
    reasons: list[Text] = []
    untrusted: set[str] = set()
    if not transcript.segments:
        reasons.append(Text("no speech was recognised", "没有识别到任何语音"))
        untrusted.add(WORDS)
    elif heard < rubric.setting("review", "min_asr_confidence"):
        reasons.append(say("low speech-recognition confidence ({heard:.2f})", "语音识别置信度低（{heard:.2f}）",
                           heard=heard))
        untrusted.add(WORDS)
    markers = rubric.setting("review", "untrusted_warnings")
    guarded = [w for w in transcript.warnings if any(m in w for m in markers)]
    if guarded:
        reasons.append(say("Whisper produced suspect text ({n} warning(s): hallucination, repetition or prompt echo)",
                           "Whisper 输出了可疑文字（{n} 条警告：幻觉、重复或提示词回显）", n=len(guarded)))
        untrusted.add(WORDS)
    if transcript.guard_confidence < rubric.setting("review", "min_guard_share"):
        reasons.append(say("the Whisper guards kept only {share:.0%} of the recognised speech",
                           "Whisper 防护规则只保留了 {share:.0%} 的识别语音", share=transcript.guard_confidence))
        untrusted.add(WORDS)
    if transcript.speaker_confidence < rubric.setting("review", "min_speaker_confidence"):
        layout = LAYOUT_NAMES.get(transcript.layout, Text(transcript.layout, transcript.layout))
        reasons.append(say("uncertain speaker split ({layout}, speaker confidence {confidence:.2f})",
                           "说话人分离不确定（{layout}，说话人置信度 {confidence:.2f}）",
                           layout=layout, confidence=transcript.speaker_confidence))
        untrusted.add(SPEAKERS)
    audio = audio_review_reasons(transcript.warnings)
    if audio:
        reasons.extend(audio)
        untrusted.add(WORDS)
    confidence = heard * transcript.speaker_confidence * transcript.guard_confidence
    return ReviewStatus(round(confidence, 3), reasons, frozenset(untrusted))
