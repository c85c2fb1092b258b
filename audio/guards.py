"""Hallucination guards: decide, per recognised segment, to keep, flag or drop it.

Whisper on Mandarin calls fails in known ways (``shared/domain/whisper-weights.md``
§3): it repeats the prompt on silence, invents subtitle credits, loops on an
n-gram, or decodes noise with low probability. Each guard here reads only the
engine's output for one segment, so every engine shares them. A dropped segment
leaves the transcript; a flagged one stays with its confidence lowered. Both are
reported as transcript warnings.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cached_property

PROMPT = "以下是普通话客服电话录音，使用简体中文和标点。"
# Whisper invents these on silence or music (subtitle credits, video outros); a service call never says them.
KNOWN_HALLUCINATIONS = ("字幕由", "Amara.org", "请不吝点赞", "订阅我的频道", "感谢观看", "谢谢观看", "字幕志愿者",
                        "明镜与点点栏目")
_PUNCTUATION = re.compile(r"[\s\W_]+")


@dataclass(frozen=True)
class GuardThresholds:
    """When a segment is flagged or dropped. The defaults are Whisper's own fallback thresholds where it has one.

    * ``max_compression_ratio`` (2.4): gzip ratio of the text's UTF-8 bytes above which the text is a loop
      (Whisper retries at a higher temperature above 2.4; what is still above after the retries is flagged).
    * ``min_ngram_chars`` (2) / ``min_repeats`` (4): a run of ≥ 2 characters said ≥ 4 times in a row is a
      repetition loop (「好的好的好的」 passes; 「请问有什么可疑方临」×4 does not).
    * ``loop_drop_share`` (0.8) / ``loop_drop_min_chars`` (12): a loop that fills at least 80 % of the segment's
      characters, and at least 12, is all the segment says: it is dropped, not flagged (「音乐乐乐…」 heard for
      a short greeting, 「赞、订阅、订阅…」 for a phone number, whose characters would count as speech). A loop
      after real words (two thirds of a segment, in one of 384 cached channels) keeps the segment, flagged.
    * ``min_avg_logprob`` (-1.0): mean token log-probability below which the text is flagged as very uncertain.
    * ``max_no_speech_prob`` (0.6): Whisper's no-speech probability above which the segment is flagged; with
      ``min_avg_logprob`` also missed, it is silence transcribed and is dropped (Whisper's own silence rule).
    * ``flag_penalty`` (0.5): a flagged segment's confidence is multiplied by this once per guard that fired.
    * ``echo_min_share`` (0.5) / ``echo_min_chars`` (5): a segment is an echo of the prompt when at least half
      of its characters, and at least 5, lie in runs of ≥ 3 characters that also occur in the prompt (Whisper
      echoes it loosely: 「在这儿是普通话录音，使用简体中文。」); 「我打了好几次客服电话」 is not one.
    """

    max_compression_ratio: float = 2.4
    min_ngram_chars: int = 2
    min_repeats: int = 4
    min_avg_logprob: float = -1.0
    max_no_speech_prob: float = 0.6
    flag_penalty: float = 0.5
    echo_min_share: float = 0.5
    echo_min_chars: int = 5
    loop_drop_share: float = 0.8
    loop_drop_min_chars: int = 12

    @cached_property
    def repetition_pattern(self) -> re.Pattern[str]:
        return re.compile(rf"(.{{{self.min_ngram_chars},}}?)\1{{{self.min_repeats - 1},}}")


@dataclass(frozen=True)
class SegmentEvidence:
    """What an engine said about one segment: its (simplified) text and decoding statistics."""

    text: str
    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float


@dataclass
class Verdict:
    """The guards' decision on one segment: dropped (with why), or kept with its flags."""

    drop_reason: str = ""
    flags: list[str] = field(default_factory=list)


def judge_segment(evidence: SegmentEvidence, thresholds: GuardThresholds) -> Verdict:
    """Return whether a segment is dropped, and if kept, which guards flag it."""
    drop_reason = _drop_reason(evidence, thresholds)
    if drop_reason:
        return Verdict(drop_reason=drop_reason)
    return Verdict(flags=_flags(evidence, thresholds))


def segment_confidence(word_probs: list[float], avg_logprob: float, flags: int, thresholds: GuardThresholds) -> float:
    """Return a segment's confidence in [0, 1]: the geometric mean of its word probabilities
    (``exp(avg_logprob)`` of the decoded window when it has no words), halved (``flag_penalty``) per flag."""
    if word_probs:
        base = math.exp(sum(math.log(max(p, 1e-6)) for p in word_probs) / len(word_probs))
    else:
        base = math.exp(min(0.0, avg_logprob))
    return round(base * thresholds.flag_penalty ** flags, 3)


def _drop_reason(evidence: SegmentEvidence, thresholds: GuardThresholds) -> str:
    bare = _PUNCTUATION.sub("", evidence.text)
    if not bare:
        return "empty"
    echoed = prompt_overlap(bare)
    if echoed >= thresholds.echo_min_chars and echoed >= thresholds.echo_min_share * len(bare):
        return "echo of the prompt"
    if any(marker in evidence.text for marker in KNOWN_HALLUCINATIONS):
        return "known Whisper hallucination"
    loop = repetition_loop(evidence.text, thresholds)
    if loop:
        looped = len(loop[0]) * loop[1]
        if looped >= thresholds.loop_drop_min_chars and looped >= thresholds.loop_drop_share * len(bare):
            return f"repetition loop 「{loop[0]}」×{loop[1]} fills {looped} of its {len(bare)} characters"
    if evidence.no_speech_prob > thresholds.max_no_speech_prob and evidence.avg_logprob < thresholds.min_avg_logprob:
        return (f"silence transcribed: no-speech probability {evidence.no_speech_prob:.2f}, "
                f"average log-probability {evidence.avg_logprob:.2f}")
    return ""


def _flags(evidence: SegmentEvidence, thresholds: GuardThresholds) -> list[str]:
    flags = []
    loop = repetition_loop(evidence.text, thresholds)
    if loop:
        flags.append(f"repetition loop 「{loop[0]}」×{loop[1]}")
    if evidence.compression_ratio > thresholds.max_compression_ratio:
        flags.append(f"compression ratio {evidence.compression_ratio:.2f}")
    if evidence.avg_logprob < thresholds.min_avg_logprob:
        flags.append(f"very low average log-probability {evidence.avg_logprob:.2f}")
    if evidence.no_speech_prob > thresholds.max_no_speech_prob:
        flags.append(f"high no-speech probability {evidence.no_speech_prob:.2f}")
    return flags


def prompt_overlap(text: str, min_run: int = 3) -> int:
    """Return how many characters of ``text`` lie in runs of ``min_run`` or more that also occur in the prompt."""
    prompt = _PUNCTUATION.sub("", PROMPT)
    covered = [False] * len(text)
    for start in range(len(text) - min_run + 1):
        end = start + min_run
        if text[start:end] not in prompt:
            continue
        while end < len(text) and text[start:end + 1] in prompt:
            end += 1
        covered[start:end] = [True] * (end - start)
    return sum(covered)


def repetition_loop(text: str, thresholds: GuardThresholds) -> tuple[str, int] | None:
    """Return the n-gram repeated back to back at least ``min_repeats`` times and its count, or None."""
    bare = _PUNCTUATION.sub("", text)
    match = thresholds.repetition_pattern.search(bare)
    if not match:
        return None
    unit = match.group(1)
    return unit, len(match.group(0)) // len(unit)


def guard_confidence(kept_seconds: float, dropped_seconds: float) -> float:
    """Return the share of recognised speech time the guards kept (1.0 when nothing was dropped)."""
    total = kept_seconds + dropped_seconds
    return round(kept_seconds / total, 3) if total > 0 else 1.0
