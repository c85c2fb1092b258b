"""What the words say: jargon, forbidden phrases, etiquette, customer emotion.

Agent lexicons are matched on agent turns only, customer lexicons on customer
turns only (seeds-reference §14.0).
"""

from __future__ import annotations

from qa.model import Finding, Segment, Transcript
from scoring.lexicons import contains_any, find_phrases, load_glossary, load_lexicon

OPENING_WINDOW_S = 15.0


def jargon(transcript: Transcript) -> list[Finding]:
    """Return one finding per jargon term the agent uses without explaining it in the same segment."""
    terms = load_lexicon("jargon")
    glossary = load_glossary("jargon")
    explainers = load_lexicon("jargon_explain")
    findings = []
    for segment in transcript.by_role("agent"):
        explained_by = contains_any(segment.text, explainers)
        for term in find_phrases(segment.text, terms):
            findings.append(
                Finding(
                    kind="jargon",
                    severity="info" if explained_by else "minor",
                    role="agent",
                    start=segment.start,
                    end=segment.end,
                    quote=term,
                    rule=(
                        f"jargon 「{term}」 explained in the same sentence (「{explained_by}」)"
                        if explained_by
                        else f"jargon 「{term}」 not explained; say 「{glossary.get(term, '…')}」 instead"
                    ),
                    detail={"sentence": segment.text, "plain": glossary.get(term, ""),
                            "explained": bool(explained_by)},
                )
            )
    return findings


def forbidden_phrases(transcript: Transcript) -> list[Finding]:
    """Return one critical finding per forbidden or responsibility-shifting phrase of the agent."""
    phrases = load_lexicon("forbidden")
    return [
        Finding(
            kind="forbidden_phrase",
            severity="critical",
            role="agent",
            start=segment.start,
            end=segment.end,
            quote=phrase,
            rule=f"forbidden phrase 「{phrase}」 (推卸责任/态度生硬, seeds §4.3)",
            detail={"sentence": segment.text},
        )
        for segment in transcript.by_role("agent")
        for phrase in find_phrases(segment.text, phrases)
    ]


def _first_hit(segments: list[Segment], lexicon: str, kind: str, rule: str) -> list[Finding]:
    phrases = load_lexicon(lexicon)
    for segment in segments:
        phrase = contains_any(segment.text, phrases)
        if phrase:
            return [Finding(kind=kind, severity="info", role="agent", start=segment.start, end=segment.end,
                            quote=segment.text, rule=f"{rule}: 「{phrase}」")]
    return []


def etiquette(transcript: Transcript) -> list[Finding]:
    """Return greeting, self-identification and closing findings (each present at most once)."""
    agent = transcript.by_role("agent")
    opening = [s for s in agent if s.start <= OPENING_WINDOW_S][:2]
    closing = agent[-2:]
    return (
        _first_hit(opening, "greeting", "greeting", f"greeting in the first {OPENING_WINDOW_S:g}s")
        + _first_hit(opening, "self_id", "self_id", "agent gives an agent number")
        + _first_hit(closing, "closing", "closing", "thanks / goodbye in the last agent turns")
    )


def negative_phrases(text: str) -> list[str]:
    """Return the anger/anxiety/complaint phrases in a customer's text."""
    return find_phrases(text, load_lexicon("customer_negative"))


def customer_emotion(transcript: Transcript) -> list[Finding]:
    """Return one finding per customer segment that shows negative emotion in its words."""
    findings = []
    for segment in transcript.by_role("customer"):
        cues = negative_phrases(segment.text)
        if cues:
            findings.append(
                Finding(kind="customer_emotion", severity="info", role="customer", start=segment.start,
                        end=segment.end, quote=segment.text,
                        rule="negative emotion words: " + "、".join(cues),
                        detail={"emotion": "negative", "cues": cues})
            )
    return findings


def language_findings(transcript: Transcript) -> list[Finding]:
    """Return every language finding of the call."""
    return jargon(transcript) + forbidden_phrases(transcript) + etiquette(transcript) + customer_emotion(transcript)

