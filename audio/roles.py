"""Which speaker is the agent on a mono call, from what each speaker says, with a confidence.

Stereo calls need none of this: the agent's channel is a setting. On a mono
call each speaker collects evidence points: agent phrases of the opening
(``scoring/lexicons/greeting.txt``: 您好, 很高兴为您服务, 有什么可以帮您…; one
point per distinct phrase), giving a staff number (``self_id.txt``: 工号),
speaking first, and closing phrases near the end (``closing.txt``). The speaker
with most points is the agent; the confidence grows with the lead over the
runner-up: ``lead / (lead + evidence_scale)``.

What each speaker says over the whole call is a second opinion, and it is
harder to misplace than the opening, whose short turns are the ones most
often clustered with the wrong voice. Its cues: phrases and shapes of the
agent's side of the six steps (naming the feeling, soothing, asking, restating
and its closing tag, announcing a hold, checking understanding…), which
customers rarely say, and how a speaker addresses the other: agents say 您,
customers say 你们 to the company (``agent_address`` / ``customer_address``:
on the 78 stereo calls of the tuning sets, heard, agents said 您 260 times and
customers 2; 你们 0 and 51). The 您 of the greeting 您好 is not counted: both
sides greet (the ASR writes a customer's 你好 as 您好 too: 4 of the customers'
6 您), and the greeting already counts in the opening vote. The shapes of
complaint customers use (``customer_negative_patterns.txt``: 这都第三回了,
到底什么时候…) are one cue against each: on the 103 stereo calls of the tuning
sets, heard, customers said them 58 times and agents 11, mostly restating the
complaint. Each speaker's total is its points plus its cues.
When another speaker's total beats the vote winner's, the cues overrule the
vote: that speaker is the agent, with confidence ``0.5 m / (m + 1)`` (``m``
the lead in totals), below the review threshold, because the two kinds of
evidence disagree. Otherwise, when the speakers not chosen have more cues than
the chosen agent, the confidence is multiplied by
``min(1, 2 (a + 1) / (a + c + 2))`` (``a`` the agent's cues, ``c`` the
others'). Opening and closing turns clustered with the wrong voice then
neither swap the roles nor pass unnoticed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from qa.model import Segment

_NUMBER_SEPARATORS = re.compile(r"[\s,，、\-]")  # between the digit groups of a number read out


@dataclass(frozen=True)
class RoleSettings:
    """Evidence weights and windows for finding the agent on a mono call."""

    greeting_weight: float = 1.0  # per distinct greeting phrase in the opening
    self_id_weight: float = 3.0  # giving a staff number (工号) in the opening
    first_speaker_weight: float = 1.0
    first_speaker_min_chars: int = 3  # who speaks first: the first turn this long (a bare 您好 or 喂 is too short)
    closing_weight: float = 1.0  # per distinct closing phrase near the end
    opening_s: float = 30.0  # greeting and 工号 count in the call's first seconds
    closing_s: float = 30.0  # closing phrases count in the call's last seconds
    evidence_scale: float = 0.5  # a lead of this many points gives confidence 0.5
    # lexicons of what agents say through the call (the six steps' agent side): a check on the choice
    agent_content: tuple[str, ...] = ("emotion_ack", "soothing", "commitment", "confirm_problem", "confirm_tags",
                                      "situation_question", "hold", "alternative", "confirm_understanding")
    agent_address: tuple[str, ...] = ("您",)  # how agents address the customer: one cue per mention
    customer_address: tuple[str, ...] = ("你们",)  # how customers address the company: one cue against
    greeting_address: tuple[str, ...] = ("您好",)  # both sides greet: its 您 is not how agents address the customer
    customer_shapes: str = "customer_negative"  # lexicon whose shapes of complaint customers say: one cue against
    number_digits: int = 7  # a run of this many digits (a phone, card or ID number read out) is the customer's


@dataclass
class RoleDecision:
    """The agent's speaker label, how sure the choice is, and each speaker's evidence."""

    agent: str
    confidence: float
    evidence: dict[str, list[str]] = field(default_factory=dict)
    points: dict[str, float] = field(default_factory=dict)
    content: dict[str, int] = field(default_factory=dict)  # agent-side phrases each speaker says in the call
    address: dict[str, int] = field(default_factory=dict)  # each speaker's 您 said minus 你们 said
    complaints: dict[str, int] = field(default_factory=dict)  # shapes of complaint each speaker says
    overruled: bool = False  # the whole call's cues outweighed the opening vote and chose another speaker


def decide_agent(segments: list[Segment], settings: RoleSettings = RoleSettings()) -> RoleDecision:
    """Return which speaker of ``segments`` is the agent: the opening vote, checked by the whole call's cues."""
    from scoring.lexicons import find_phrases, load_lexicon  # pypinyin's tables load only when needed

    speakers = sorted({s.speaker for s in segments})
    if not speakers:
        return RoleDecision(agent="", confidence=0.0)
    ordered = sorted(segments, key=lambda s: s.start)
    call_end = max(s.end for s in segments)
    evidence: dict[str, list[str]] = {speaker: [] for speaker in speakers}
    points: dict[str, float] = dict.fromkeys(speakers, 0.0)
    for speaker in speakers:
        spoken = [s for s in ordered if s.speaker == speaker]
        opening = "".join(s.text for s in spoken if s.start < settings.opening_s)
        closing = "".join(s.text for s in spoken if s.end > call_end - settings.closing_s)
        for label, phrases, weight in (
            ("greeting", sorted(set(find_phrases(opening, load_lexicon("greeting")))), settings.greeting_weight),
            ("self_id", sorted(set(find_phrases(opening, load_lexicon("self_id"))))[:1], settings.self_id_weight),
            ("closing", sorted(set(find_phrases(closing, load_lexicon("closing")))), settings.closing_weight),
        ):
            points[speaker] += weight * len(phrases)
            evidence[speaker].extend(f"{label}: {phrase}" for phrase in phrases)
    first = first_speaker(ordered, settings.first_speaker_min_chars)
    points[first] += settings.first_speaker_weight
    evidence[first].append("speaks first")
    ranked = sorted(speakers, key=lambda s: points[s], reverse=True)
    lead = points[ranked[0]] - (points[ranked[1]] if len(ranked) > 1 else 0.0)
    confidence = lead / (lead + settings.evidence_scale) if lead > 0 else 0.0
    said = agent_content(ordered, speakers, settings.agent_content)
    content = {speaker: sum(said[speaker].values()) for speaker in speakers}
    address = {speaker: address_count(ordered, speaker, settings) for speaker in speakers}
    complaints = {speaker: complaint_count(ordered, speaker, settings) for speaker in speakers}
    cues = {speaker: content[speaker] + address[speaker] - complaints[speaker] for speaker in speakers}
    agent = ranked[0]
    total = {speaker: points[speaker] + cues[speaker] for speaker in speakers}
    rival = max((s for s in speakers if s != agent), key=total.__getitem__, default="")
    summary = dict(evidence=evidence, points={s: round(p, 2) for s, p in points.items()}, content=content,
                   address=address, complaints=complaints)
    if rival and total[rival] > total[agent]:
        evidence[rival].append(cue_evidence(said[rival], address[rival], complaints[agent]))
        lead = total[rival] - total[agent]
        return RoleDecision(agent=rival, confidence=round(0.5 * lead / (lead + 1), 3), overruled=True, **summary)
    chosen, others = max(0, cues[agent]), sum(max(0, cues[s]) for s in speakers if s != agent)
    confidence *= min(1.0, 2 * (chosen + 1) / (chosen + others + 2))
    return RoleDecision(agent=agent, confidence=round(confidence, 3), **summary)


def first_speaker(ordered: list[Segment], min_chars: int) -> str:
    """Return the speaker of the first turn of at least ``min_chars`` characters (else of the first segment).

    A turn is a speaker's consecutive segments. A bare 「您好，」 or 「喂」 alone is under half a second of voice,
    too little to embed reliably: such a piece is the one most often clustered with the other speaker's voice
    (heldout5's and heldout9's bank calls: the agent's 「您好，」 went to the customer, who then seemed to speak
    first). A short opening turn of several pieces (「您好，」「请讲。」) still speaks first.
    """
    from scoring.text import normalize

    said, speaker = 0, ordered[0].speaker
    for segment in ordered:
        said = said + len(normalize(segment.text)) if segment.speaker == speaker else len(normalize(segment.text))
        speaker = segment.speaker
        if said >= min_chars:
            return speaker
    return ordered[0].speaker


def address_count(segments: list[Segment], speaker: str, settings: RoleSettings) -> int:
    """Return how often ``speaker`` addresses the other side as agents do, less how often as customers do."""
    text = "".join(s.text for s in segments if s.speaker == speaker)
    for greeting in settings.greeting_address:
        text = text.replace(greeting, "")
    return (sum(text.count(form) for form in settings.agent_address)
            - sum(text.count(form) for form in settings.customer_address))


def complaint_count(segments: list[Segment], speaker: str, settings: RoleSettings) -> int:
    """Return how many shapes of complaint (customers' words, rarely an agent's) ``speaker`` says."""
    from scoring.lexicons import find_patterns, patterns_for

    shapes = patterns_for(settings.customer_shapes)
    return sum(len(find_patterns(s.text, shapes)) for s in segments if s.speaker == speaker)


def role_contrast(segments: list[Segment], settings: RoleSettings = RoleSettings(),
                  decision: RoleDecision | None = None) -> tuple[float, float]:
    """Return how cleanly the speakers' words separate into one agent and one customer, to compare two splits.

    First, the spread (most minus least) of the speakers' cues through the
    call: those ``decide_agent`` weighs (agent-side phrases, 您 less 你们, less
    shapes of complaint) less the long numbers each reads out
    (``number_count``). With two speakers the spread is the cues in all less
    twice those on the wrong side, whichever is the agent: the split that gives
    each side's words to one speaker scores highest. Second, to break a tie, the
    spread of the same cues plus the opening vote's points (greeting, 工号,
    closing, who speaks first): weaker, since both sides greet and say goodbye
    and a customer may speak first. ``decision``: ``decide_agent``'s on these segments, when the caller has it.
    """
    speakers = sorted({s.speaker for s in segments})
    if len(speakers) < 2:
        return 0.0, 0.0
    ordered = sorted(segments, key=lambda s: s.start)
    decision = decision or decide_agent(ordered, settings)
    cues = {speaker: decision.content[speaker] + decision.address[speaker] - decision.complaints[speaker]
            - number_count(ordered, speaker, settings) for speaker in speakers}
    total = {speaker: cues[speaker] + decision.points[speaker] for speaker in speakers}
    return (float(max(cues.values()) - min(cues.values())), float(max(total.values()) - min(total.values())))


def number_count(segments: list[Segment], speaker: str, settings: RoleSettings) -> int:
    """Return how many runs of ``number_digits`` or more digits ``speaker`` says (a number read out).

    On the reference turns of every labelled call of ``samples/`` (stereo and
    mono), such runs were said 122 times by customers (phone, card, ID and
    account numbers, asked for by the agent) and never by an agent. Digits
    may be split by spaces, commas or dashes, and be written in Chinese.
    """
    run = _digit_run(settings.number_digits)
    return sum(len(run.findall(_NUMBER_SEPARATORS.sub("", s.text))) for s in segments if s.speaker == speaker)


@lru_cache(maxsize=4)
def _digit_run(digits: int) -> re.Pattern[str]:
    """Return the pattern of a run of at least ``digits`` digits, Arabic or Chinese."""
    return re.compile(rf"[0-9零一二三四五六七八九幺〇]{{{digits},}}")


def cue_evidence(said: dict[str, int], address: int, others_complaints: int) -> str:
    """Return the evidence line for a speaker chosen by what they say through the call."""
    phrases = ", ".join(f"{name} {n}" for name, n in said.items()) or "none"
    return (f"agent-side phrases: {phrases}; addresses the other side as agents do: {address:+d}; "
            f"the other speaker's complaints: {others_complaints}")


def agent_content(segments: list[Segment], speakers: list[str],
                  lexicons: tuple[str, ...]) -> dict[str, dict[str, int]]:
    """Return, per speaker, how many phrases and shapes of each agent-side lexicon they say (hits only).

    A tag question counts only where it ends a segment (``ending_tag``).
    """
    from scoring.lexicons import ending_tag, find_patterns, find_phrases, load_lexicon, patterns_for

    def said(text: str, name: str) -> int:
        if name == "confirm_tags":
            return int(bool(ending_tag(text)))
        return len(find_phrases(text, load_lexicon(name))) + len(find_patterns(text, patterns_for(name)))

    counts: dict[str, dict[str, int]] = {speaker: {} for speaker in speakers}
    for name in lexicons:
        for speaker in speakers:
            hits = sum(said(s.text, name) for s in segments if s.speaker == speaker)
            if hits:
                counts[speaker][name] = hits
    return counts


def apply_roles(segments: list[Segment], decision: RoleDecision) -> None:
    """Set each segment's role: the agent's speaker is ``agent``, every other speaker ``customer``."""
    for segment in segments:
        segment.role = "agent" if segment.speaker == decision.agent else "customer"
