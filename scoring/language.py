"""What the words say: forbidden phrases, mechanical replies, etiquette, and every language finding.

Agent lexicons are matched on agent turns only, customer lexicons on customer
turns only (seeds-reference §14.0).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate

from qa.model import Finding, Segment, Transcript
from scoring.expectations import commitments, refusals, vague_wording
from scoring.jargon import jargon
from scoring.lexicons import (contains_any, find_phrases, load_lexicon, load_pairs, matching_text, pattern_spans,
                              patterns_for, phrase_spans)
from scoring.overlaps import is_backchannel
from scoring.pii import pii_findings
from scoring.rubric import Rubric
from scoring.text import normalize
from scoring.turns import build_turns, speaker_runs
from scoring.wording import Text, say


def forbidden_phrases(transcript: Transcript, join_gap_s: float) -> list[Finding]:
    """Return one critical finding per forbidden or responsibility-shifting phrase of the agent.

    A phrase is a line of ``forbidden.txt`` or a match of ``forbidden_patterns.txt`` (a shape such as
    「你找他本人去」); words one hit already covers are not reported again by another (earliest, then
    longest match first).

    Phrases are matched over runs of the agent's segments (``speaker_runs``), so a phrase the ASR split in
    two where the customer cut in is still found; the finding spans the segments the phrase covers.
    """
    behaviours = load_pairs("forbidden")
    findings = []
    for run in speaker_runs(transcript.by_role("agent"), join_gap_s):
        ends = list(accumulate(len(matching_text(s.text)) for s in run))
        bare = "".join(matching_text(s.text) for s in run)
        hits = [(start, end, phrase, behaviours.get(phrase, "")) for start, end, phrase
                in phrase_spans(bare, load_lexicon("forbidden"))]
        for hit in sorted(pattern_spans(bare, patterns_for("forbidden")), key=lambda h: (h[0], h[0] - h[1])):
            if not any(s < hit[1] and hit[0] < e for s, e, _, _ in hits):
                hits.append(hit)
        for start, end, phrase, behaviour in sorted(hits):
            first, last = bisect_right(ends, start), bisect_left(ends, end)
            rule = say("forbidden phrase 「{phrase}」 ({behaviour}, seeds §4.3)", "服务禁语「{phrase}」（{behaviour}）",
                       phrase=phrase, behaviour=behaviour or "禁语")
            findings.append(Finding(
                kind="forbidden_phrase", severity="critical", role="agent", start=run[first].start,
                end=run[last].end, quote=phrase, rule=rule.en, rule_zh=rule.zh,
                detail={"sentence": "".join(s.text for s in run[first:last + 1]), "behaviour": behaviour}))
    return findings


def mechanical_replies(transcript: Transcript, min_chars: int) -> list[Finding]:
    """Return a ``mechanical_reply`` finding when the agent answers a new customer turn with a sentence said before.

    机械式回应 (seed 001): the same agent sentence (normalised, at least
    ``min_chars`` characters, not a backchannel) given to two or more different customer turns.
    """
    said: dict[str, int] = {}
    findings = []
    customer_turns = 0
    for turn in build_turns(transcript):
        if turn.role == "customer":
            customer_turns += 1
            continue
        if turn.role != "agent":
            continue
        for segment in turn.segments:
            bare = normalize(segment.text)
            if len(bare) < min_chars or is_backchannel(segment.text):
                continue
            if bare in said and said[bare] < customer_turns:
                findings.append(Finding(
                    kind="mechanical_reply", severity="minor", role="agent", start=segment.start, end=segment.end,
                    quote=segment.text, rule="the same reply to a different customer turn (机械式回应, seed 001)",
                    rule_zh="对客户的不同话轮给出同一句回复（机械式回应）", detail={"behaviour": "机械式回应"}))
            said.setdefault(bare, customer_turns)
    return findings


def caution_phrases(transcript: Transcript) -> list[Finding]:
    """Return phrases that can sound like denying the customer's emotion (reported for review, never deducted)."""
    findings = []
    for segment in transcript.by_role("agent"):
        for phrase in find_phrases(segment.text, load_lexicon("emotion_caution")):
            rule = say("「{phrase}」 can sound like denying the customer's emotion (seeds §14.3 caution list)",
                       "「{phrase}」听起来可能像在否定客户的情绪（慎用语）", phrase=phrase)
            findings.append(Finding(kind="caution_phrase", severity="info", role="agent", start=segment.start,
                                    end=segment.end, quote=phrase, rule=rule.en, rule_zh=rule.zh))
    return findings


def _first_hit(segments: list[Segment], lexicon: str, kind: str, what: Text) -> list[Finding]:
    phrases = load_lexicon(lexicon)
    for segment in segments:
        phrase = contains_any(segment.text, phrases)
        if phrase:
            rule = say("{what}: 「{phrase}」", "{what}：「{phrase}」", what=what, phrase=phrase)
            return [Finding(kind=kind, severity="info", role="agent", start=segment.start, end=segment.end,
                            quote=segment.text, rule=rule.en, rule_zh=rule.zh)]
    return []


def etiquette(transcript: Transcript, rubric: Rubric) -> list[Finding]:
    """Return greeting, self-identification (工号) and closing findings (each present at most once)."""
    window = rubric.setting("etiquette", "opening_window_s")
    agent = transcript.by_role("agent")
    opening = [s for s in agent if s.start <= window][:rubric.setting("etiquette", "opening_segments")]
    closing = agent[-rubric.setting("etiquette", "closing_segments"):]
    return (
        _first_hit(opening, "greeting", "greeting",
                   say("greeting in the first {window:g}s", "前 {window:g} 秒内有问候语", window=window))
        + _first_hit(opening, "self_id", "self_id", Text("agent gives an agent number", "坐席报了工号"))
        + _first_hit(closing, "closing", "closing",
                     Text("thanks / goodbye in the last agent turns", "坐席在最后几个话轮中致谢、道别"))
    )


def language_findings(transcript: Transcript, rubric: Rubric) -> list[Finding]:
    """Return every language finding of the call."""
    return (
        jargon(transcript, rubric)
        + forbidden_phrases(transcript, rubric.setting("conduct", "phrase_join_gap_s"))
        + mechanical_replies(transcript, rubric.setting("conduct", "mechanical_min_chars"))
        + caution_phrases(transcript)
        + etiquette(transcript, rubric)
        + commitments(transcript)
        + refusals(transcript)
        + vague_wording(transcript)
        + pii_findings(transcript, rubric.setting("pii", "keep_last"))
    )
