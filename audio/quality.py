"""Signal checks on decoded audio: is each channel usable for speech recognition?

A file can decode and still be useless: a dead channel, a recording made far
too quietly, an overloaded (clipped) one, nothing but line noise, or speech
barely above the line noise (Whisper's errors double and more there). These
checks measure each channel's level, level range and clipping, and return
reasons a reviewer understands; the pipeline keeps them with the transcript,
and scoring (``scoring.confidence``) makes them ``needs_review`` reasons and
withholds deductions instead of scoring the agent on bad audio.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from audio.io import SAMPLE_RATE, DecodedAudio
from scoring.wording import Text

_POWER_FLOOR = 1e-10  # -100 dBFS: the level given to frames of digital silence
AUDIO_WARNING_PREFIX = "audio: "  # marks the transcript warnings that come from these checks


@dataclass(frozen=True)
class SignalThresholds:
    """When a channel's signal is too poor to trust its transcript (defaults explained in docs/audio.md)."""

    frame_s: float = 0.05  # level is measured on frames this long
    loud_percentile: float = 99.0  # a channel's "speech level" is this percentile of its frame levels
    floor_percentile: float = 10.0  # its "background level" is this percentile
    silent_below_dbfs: float = -60.0  # speech level below this: nothing was recorded
    quiet_below_dbfs: float = -40.0  # speech level below this: too quiet for reliable recognition
    min_level_range_db: float = 6.0  # speech level less than this above the background: steady noise only
    noisy_below_db: float = 15.0  # speech less than this above the background: too noisy to trust (SNR ≈ 10 dB)
    clip_level: float = 0.95  # |sample| at or above this share of full scale is clipped (μ-law peaks at 0.98)
    max_clipped_fraction: float = 0.005  # more clipped samples than this share: an overloaded recording


@dataclass(frozen=True)
class ChannelSignal:
    """Measured levels of one channel."""

    speech_dbfs: float
    background_dbfs: float
    clipped_fraction: float

    @property
    def level_range_db(self) -> float:
        return self.speech_dbfs - self.background_dbfs


def measure_channel(samples: np.ndarray, thresholds: SignalThresholds) -> ChannelSignal:
    """Return the speech level, background level (dBFS of frame RMS around the frame mean) and clipped share."""
    frame = max(1, int(thresholds.frame_s * SAMPLE_RATE))
    if samples.size < frame:
        samples = np.pad(samples, (0, frame - samples.size))
    frames = samples[: samples.size // frame * frame].reshape(-1, frame)
    # Frame variance, not mean square: a DC offset or sub-audio drift is not sound. einsum avoids a full-size copy.
    mean = frames.mean(axis=1, dtype=np.float64)
    power = np.einsum("ij,ij->i", frames, frames, dtype=np.float64) / frame - mean**2
    levels = 10 * np.log10(np.maximum(power, _POWER_FLOOR))
    clipped = np.count_nonzero(samples >= thresholds.clip_level) + np.count_nonzero(samples <= -thresholds.clip_level)
    return ChannelSignal(
        speech_dbfs=float(np.percentile(levels, thresholds.loud_percentile)),
        background_dbfs=float(np.percentile(levels, thresholds.floor_percentile)),
        clipped_fraction=float(clipped) / max(samples.size, 1),
    )


def channel_problems(name: str, signal: ChannelSignal, thresholds: SignalThresholds) -> list[str]:
    """Return the reasons, if any, why the channel called ``name`` cannot be trusted."""
    if signal.speech_dbfs < thresholds.silent_below_dbfs:
        return [f"{name} is silent (its loudest passages reach {signal.speech_dbfs:.0f} dBFS)"]
    problems = []
    if signal.speech_dbfs < thresholds.quiet_below_dbfs:
        problems.append(f"{name} is very quiet (speech at {signal.speech_dbfs:.0f} dBFS; "
                        f"below {thresholds.quiet_below_dbfs:.0f} dBFS recognition is unreliable)")
    if signal.level_range_db < thresholds.min_level_range_db:
        problems.append(f"{name} sounds like steady noise, not speech (its level varies by only "
                        f"{signal.level_range_db:.0f} dB)")
    elif signal.level_range_db < thresholds.noisy_below_db:
        problems.append(f"{name} is noisy (speech only {signal.level_range_db:.0f} dB above the background; "
                        f"below {thresholds.noisy_below_db:.0f} dB recognition is unreliable)")
    if signal.clipped_fraction > thresholds.max_clipped_fraction:
        problems.append(f"{_percent(signal.clipped_fraction)} of the samples on {name} are clipped "
                        "(the recording level was too high)")
    return problems


def signal_problems(audio: DecodedAudio, agent_channel: int = 0,
                    thresholds: SignalThresholds = SignalThresholds()) -> list[str]:
    """Return every reason the decoded call needs a person's review: decode warnings, then per-channel problems."""
    problems = list(audio.warnings)
    for index, samples in enumerate(audio.samples):
        problems.extend(channel_problems(_channel_name(audio, index, agent_channel),
                                         measure_channel(samples, thresholds), thresholds))
    return problems


def _channel_name(audio: DecodedAudio, index: int, agent_channel: int) -> str:
    if audio.channels == 1:
        return "the recording"
    return f"the {'agent' if index == agent_channel else 'customer'} channel"


def _percent(fraction: float) -> str:
    return f"{fraction * 100:.0f} %" if fraction >= 0.1 else f"{fraction * 100:.1f} %"


def audio_warnings(audio: DecodedAudio, agent_channel: int = 0,
                   thresholds: SignalThresholds = SignalThresholds()) -> list[str]:
    """Return ``signal_problems`` as transcript warnings, marked so that scoring can find them again."""
    return [AUDIO_WARNING_PREFIX + problem for problem in signal_problems(audio, agent_channel, thresholds)]


_NAME = "(?P<name>the recording|the agent channel|the customer channel)"
_NAMES_ZH = {"the recording": "录音", "the agent channel": "坐席声道", "the customer channel": "客户声道"}
# The Chinese of every problem above and of the decode warnings (audio.io), read from the English: a stored
# transcript keeps only the English warning, and a call re-scored later needs its Chinese reason too.
_PROBLEMS_ZH = tuple((re.compile(english), chinese) for english, chinese in (
    (rf"{_NAME} is silent \(its loudest passages reach (?P<level>\S+) dBFS\)",
     "{name}没有声音（最响处只有 {level} dBFS）"),
    (rf"{_NAME} is very quiet \(speech at (?P<level>\S+) dBFS; below (?P<limit>\S+) dBFS recognition is unreliable\)",
     "{name}音量过低（语音 {level} dBFS；低于 {limit} dBFS 时语音识别不可靠）"),
    (rf"{_NAME} sounds like steady noise, not speech \(its level varies by only (?P<range>\S+) dB\)",
     "{name}听起来是持续的噪声，不是语音（音量起伏只有 {range} dB）"),
    (rf"{_NAME} is noisy \(speech only (?P<range>\S+) dB above the background; below (?P<limit>\S+) dB "
     r"recognition is unreliable\)",
     "{name}噪声过大（语音只比背景高 {range} dB；低于 {limit} dB 时语音识别不可靠）"),
    (rf"(?P<share>.+) of the samples on {_NAME} are clipped \(the recording level was too high\)",
     "{name}有 {share} 的采样削波（录音电平过高）"),
    (r"(?P<count>\d+) damaged audio packet\(s\) could not be decoded and were skipped",
     "{count} 个损坏的音频包无法解码，已跳过"),
    (r"the audio stops at (?P<decoded>\S+) s although the file announces (?P<announced>\S+) s: "
     r"the file looks truncated",
     "音频在第 {decoded} 秒就结束了，而文件标称 {announced} 秒：文件似乎被截断"),
))


def _in_chinese(problem: str) -> str:
    for english, chinese in _PROBLEMS_ZH:
        match = english.fullmatch(problem)
        if match:
            values = match.groupdict()
            return chinese.format(**{**values, "name": _NAMES_ZH.get(values.get("name", ""), "")})
    return "音频问题：" + problem  # a message this table does not know yet: the English, marked


def audio_review_reasons(warnings: list[str]) -> list[Text]:
    """Return the review reasons carried by a transcript's audio warnings (the marker removed), in both languages."""
    problems = [w.removeprefix(AUDIO_WARNING_PREFIX) for w in warnings if w.startswith(AUDIO_WARNING_PREFIX)]
    return [Text(problem, _in_chinese(problem)) for problem in problems]
