"""Customer emotion per customer turn, from the words and the voice, and the call's emotion timeline.

A turn is negative when it holds an anger / anxiety / complaint phrase
(``customer_negative.txt``) or describes its problem the way an upset customer
does (``customer_negative_patterns.txt``: repeated calls, a problem left
unresolved for days), or when at least ``min_weak_cues`` weaker cues
agree: a low sentiment (snownlp's model, ``scoring.sentiment``), a voice louder than the customer's own
baseline, a speech rate above the customer's own baseline (seeds 001:
「语言、语速、音量」).
"""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from qa.model import Finding, Transcript
from scoring.lexicons import find_patterns, find_phrases, load_lexicon, load_pairs, patterns_for
from scoring.rubric import Rubric
from scoring.sentiment import sentiment_model
from scoring.speech_rate import turn_rates
from scoring.turns import Turn, build_turns
from scoring.voice import baseline, has_prosody, loudness_db, loudness_rise
from scoring.wording import Text, say


@dataclass
class CustomerEmotion:
    """The emotion read from one customer turn, with every cue that decided it."""

    start: float
    end: float
    text: str
    label: str  # negative | neutral
    emotions: list[str] = field(default_factory=list)  # anger, anxiety, complaint (from the words)
    cues: list[str] = field(default_factory=list)  # the phrases and problem descriptions found
    sentiment: float | None = None  # snownlp: 0 negative … 1 positive
    loudness_rise_db: float | None = None  # loudest segment of the turn over the customer's median
    rate_rise: float | None = None  # turn rate ÷ customer's median turn rate − 1
    weak_cues: list[str] = field(default_factory=list)
    weak_cues_zh: list[str] = field(default_factory=list)  # the weak cues in Chinese, same order

    @property
    def negative(self) -> bool:
        return self.label == "negative"

    def cue_text(self) -> Text:
        """Return every cue of the turn, phrases first, as one text for an explanation."""
        return Text("、".join(self.cues + self.weak_cues), "、".join(self.cues + self.weak_cues_zh))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@lru_cache(maxsize=1024)
def text_sentiment(text: str) -> float | None:
    """Return the sentiment of ``text`` (0 = negative, 1 = positive), None for empty text."""
    return round(sentiment_model().score(text), 3) if text.strip() else None


def _rate_rises(turns: list[Turn], rubric: Rubric) -> dict[float, float]:
    """Return turn start -> rate rise over the customer's median turn rate."""
    rates = turn_rates(turns, "customer", rubric.setting("speech_rate", "max_pause_s"),
                       rubric.setting("speech_rate", "min_turn_chars"))
    if len(rates) < 2:
        return {}
    median = statistics.median(r.cpm for r in rates)
    return {r.start: round(r.cpm / median - 1, 3) for r in rates}


def read_turn(turn: Turn, rate_rise: float | None, base_db: float | None, rubric: Rubric) -> CustomerEmotion:
    """Return the emotion of one customer turn."""
    tags = load_pairs("customer_negative")
    described = find_patterns(turn.text, patterns_for("customer_negative"))
    cues = list(dict.fromkeys(find_phrases(turn.text, load_lexicon("customer_negative"))
                              + [matched for matched, _ in described]))
    tags = tags | {matched: tag for matched, tag in described}
    sentiment = text_sentiment(turn.text)
    rises = [r for r in (loudness_rise(s, base_db) for s in turn.segments) if r is not None]
    louder = max(rises) if rises else None
    weak = []
    if sentiment is not None and sentiment < rubric.setting("emotion", "sentiment_negative_below"):
        weak.append(say("sentiment {value:.2f}", "情感倾向 {value:.2f}", value=sentiment))
    if louder is not None and louder >= rubric.setting("emotion", "loudness_rise_db"):
        weak.append(say("voice +{value:.1f} dB", "音量 +{value:.1f} dB", value=louder))
    if rate_rise is not None and rate_rise >= rubric.setting("emotion", "rate_rise_ratio"):
        weak.append(say("rate +{value:.0%}", "语速 +{value:.0%}", value=rate_rise))
    negative = bool(cues) or len(weak) >= rubric.setting("emotion", "min_weak_cues")
    return CustomerEmotion(start=turn.start, end=turn.end, text=turn.text,
                           label="negative" if negative else "neutral",
                           emotions=sorted({tags[c] for c in cues if c in tags}), cues=cues, sentiment=sentiment,
                           loudness_rise_db=louder, rate_rise=rate_rise, weak_cues=[w.en for w in weak],
                           weak_cues_zh=[w.zh for w in weak])


def customer_emotions(transcript: Transcript, rubric: Rubric) -> list[CustomerEmotion]:
    """Return the emotion timeline: one reading per customer turn, in time order."""
    turns = build_turns(transcript)
    rises = _rate_rises(turns, rubric)
    base_db = baseline(transcript.by_role("customer"), loudness_db)
    return [read_turn(t, rises.get(t.start), base_db, rubric) for t in turns if t.role == "customer"]


def emotion_findings(readings: list[CustomerEmotion], transcript: Transcript) -> list[Finding]:
    """Return one ``customer_emotion`` finding per negative customer turn."""
    voice = (Text("voice from prosody", "含语音特征") if has_prosody(transcript)
             else Text("no loudness measured (no prosody)", "未测量音量，无韵律数据"))
    findings = []
    for r in readings:
        if not r.negative:
            continue
        rule = say("negative: {cues} ({voice})", "负面情绪：{cues}（{voice}）", cues=r.cue_text(), voice=voice)
        findings.append(Finding(
            kind="customer_emotion", severity="info", role="customer", start=r.start, end=r.end, quote=r.text,
            rule=rule.en, rule_zh=rule.zh,
            detail={"emotion": "negative", "emotions": r.emotions, "cues": r.cues, "weak_cues": r.weak_cues,
                    "sentiment": r.sentiment}))
    return findings


def first_negative(readings: list[CustomerEmotion]) -> CustomerEmotion | None:
    """Return the first negative customer turn, if any."""
    return next((r for r in readings if r.negative), None)

