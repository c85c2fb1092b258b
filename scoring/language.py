"""What the words say: forbidden phrases, mechanical replies, etiquette, and every language finding.

Agent lexicons are matched on agent turns only, customer lexicons on customer
turns only (seeds-reference §14.0).
"""

from __future__ import annotations

from qa.model import Finding, Segment, Transcript
from scoring.expectations import commitments, refusals, vague_wording
from scoring.jargon import jargon
from scoring.lexicons import contains_any, find_phrases, load_lexicon, load_pairs
from scoring.overlaps import is_backchannel
from scoring.pii import pii_findings
from scoring.rubric import Rubric
from scoring.text import normalize
from scoring.turns import build_turns


def forbidden_phrases(transcript: Transcript) -> list[Finding]:
    """Return one critical finding per forbidden or responsibility-shifting phrase of the agent."""
    behaviours = load_pairs("forbidden")
    return [
        Finding(kind="forbidden_phrase", severity="critical", role="agent", start=segment.start, end=segment.end,
                quote=phrase, rule=f"forbidden phrase 「{phrase}」 ({behaviours.get(phrase, '禁语')}, seeds §4.3)",
                detail={"sentence": segment.text, "behaviour": behaviours.get(phrase, "")})
        for segment in transcript.by_role("agent")
        for phrase in find_phrases(segment.text, load_lexicon("forbidden"))
    ]


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
                    detail={"behaviour": "机械式回应"}))
            said.setdefault(bare, customer_turns)
    return findings


def caution_phrases(transcript: Transcript) -> list[Finding]:
    """Return phrases that can sound like denying the customer's emotion (reported for review, never deducted)."""
    return [
        Finding(kind="caution_phrase", severity="info", role="agent", start=s.start, end=s.end, quote=phrase,
                rule=f"「{phrase}」 can sound like denying the customer's emotion (seeds §14.3 caution list)")
        for s in transcript.by_role("agent") for phrase in find_phrases(s.text, load_lexicon("emotion_caution"))
    ]


def _first_hit(segments: list[Segment], lexicon: str, kind: str, rule: str) -> list[Finding]:
    phrases = load_lexicon(lexicon)
    for segment in segments:
        phrase = contains_any(segment.text, phrases)
        if phrase:
            return [Finding(kind=kind, severity="info", role="agent", start=segment.start, end=segment.end,
                            quote=segment.text, rule=f"{rule}: 「{phrase}」")]
    return []


def etiquette(transcript: Transcript, rubric: Rubric) -> list[Finding]:
    """Return greeting, self-identification (工号) and closing findings (each present at most once)."""
    window = rubric.setting("etiquette", "opening_window_s")
    agent = transcript.by_role("agent")
    opening = [s for s in agent if s.start <= window][:rubric.setting("etiquette", "opening_segments")]
    closing = agent[-rubric.setting("etiquette", "closing_segments"):]
    return (
        _first_hit(opening, "greeting", "greeting", f"greeting in the first {window:g}s")
        + _first_hit(opening, "self_id", "self_id", "agent gives an agent number")
        + _first_hit(closing, "closing", "closing", "thanks / goodbye in the last agent turns")
    )


def language_findings(transcript: Transcript, rubric: Rubric) -> list[Finding]:
    """Return every language finding of the call."""
    return (
        jargon(transcript, rubric)
        + forbidden_phrases(transcript)
        + mechanical_replies(transcript, rubric.setting("conduct", "mechanical_min_chars"))
        + caution_phrases(transcript)
        + etiquette(transcript, rubric)
        + commitments(transcript)
        + refusals(transcript)
        + vague_wording(transcript)
        + pii_findings(transcript, rubric.setting("pii", "keep_last"))
    )
