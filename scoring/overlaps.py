"""Interruptions and other overlapping speech: who talked over whom, when, for how long, saying what."""

from __future__ import annotations

import jieba

from qa.model import Finding, Transcript, Word
from scoring.lexicons import is_question, load_lexicon, patterns_for
from scoring.rubric import Rubric
from scoring.text import normalize, spoken_characters
from scoring.wording import EMPTY, Text, role_name, say

ROLES = ("agent", "customer", "unknown")


def _misheard_interjection(said: str, bare: str, text: str) -> bool:
    """Return True when a backchannel is led by one stray character: the ASR's spelling of 嗯 (「闻，您说」).

    Not a negation (「不，您说」 is no listening) and not a question.
    """
    return len(bare) == 1 and said != bare and said.startswith(bare) and bare not in "不没别" \
        and not is_question(text)


def is_backchannel(text: str, heard: str = "") -> bool:
    """Return True when ``text`` is only backchannels (嗯, 对, 好的, 是的, 明白…): listening, not taking the floor.

    So is an utterance that is wholly a shape of ``backchannel_patterns.txt`` and asks nothing (「没事就好」).

    So are words of ``heard`` (what the other speaker is saying) echoed with a backchannel before or after them:
    「明天下午，行」 or 「好，先冻结」 while the agent names the time or the step. Not a question, no word that the
    other speaker did not say (「下午不行」), and no answer to a question (「可以换」 while the customer asks
    「能不能换」).
    """
    said = normalize(text)
    phrases = load_lexicon("backchannel")
    bare = said
    for phrase in phrases:
        bare = bare.replace(phrase, "")
    # a whole-utterance shape of backchannel_patterns.txt (「不用跑就好」: relief at what the other says)
    shaped = not is_question(text) and any(pattern.fullmatch(said) for pattern, _ in patterns_for("backchannel"))
    if not bare or shaped or _misheard_interjection(said, bare, text):
        return True
    # 「可以换」 said while the customer asks 「能不能换」 answers: an echo accepts only what is not a question
    if not heard or is_question(text) or is_question(heard):
        return False
    if not (said.startswith(phrases) or said.endswith(phrases)):
        return False
    return all(word in normalize(heard) for word in jieba.lcut(bare))


def _words(transcript: Transcript, role: str) -> list[Word]:
    return sorted((w for s in transcript.by_role(role) for w in (s.words or [Word(s.text, s.start, s.end)])),
                  key=lambda w: w.start)


def _spoken_on(words: list[Word], onset: float, until: float, gap: float) -> list[Word]:
    """Return the words that carry an utterance on through ``onset`` until ``until``: no pause of ``gap`` or more."""
    carried: list[Word] = []
    reach = onset
    for word in words:
        if word.end <= onset or word.start >= until:
            continue
        if word.start - reach >= gap:
            break
        carried.append(word)
        reach = max(reach, word.end)
    return carried


def overlaps(transcript: Transcript, rubric: Rubric) -> list[Finding]:
    """Return one ``interruption`` or ``overlap`` finding per utterance that starts over the other speaker.

    An utterance of speaker B that starts a new turn (B silent for
    ``mid_turn_gap_s`` before it) while speaker A is mid-utterance (A spoke
    within ``mid_turn_gap_s`` before B's onset and goes on after it without
    such a pause: a backchannel A gives seconds later is not "going on") is an
    interruption when both talk for ``min_overlap_s`` or more and B says
    ``min_chars`` or more characters that are not only backchannels. Other
    simultaneous speech is kind ``overlap``.
    """
    min_overlap = rubric.setting("interruption", "min_overlap_s")
    min_chars = rubric.setting("interruption", "min_chars")
    gap = rubric.setting("interruption", "mid_turn_gap_s")
    words = {role: _words(transcript, role) for role in ROLES}
    findings = []
    for later in sorted(transcript.segments, key=lambda s: s.start):
        onset = later.start
        if any(onset - gap <= w.end <= onset for w in words.get(later.role, [])):
            continue  # B is continuing its own turn, not starting one
        for role in ROLES:
            other = words[role]
            if role == later.role or not other:
                continue
            before = any(w.start < onset and w.end >= onset - gap for w in other)
            during = _spoken_on(other, onset, later.end, gap)
            if not (before and during):
                continue
            overlap = min(later.end, max(w.end for w in during)) - onset
            if overlap <= 0:
                continue
            heard = "".join(s.text for s in transcript.by_role(role) if s.end >= onset - gap and s.start < later.end)
            backchannel = is_backchannel(later.text, heard)
            substantive = not backchannel and spoken_characters(later.text) >= min_chars
            interrupting = substantive and overlap >= min_overlap
            spoken_over = [w.text for w in later.words if w.start < onset + overlap] or [later.text]
            why = (Text("a backchannel", "附和语") if backchannel else Text("too short", "太短") if not substantive
                   else None if interrupting
                   else say("overlap under {least:g}s", "重叠不足 {least:g} 秒", least=min_overlap))
            rule = say("{later} starts at {onset:.1f}s while {other} is mid-utterance; both speak for {overlap:.1f}s",
                       "{later}在第 {onset:.1f} 秒开口时{other}还在说话；双方同时说话 {overlap:.1f} 秒",
                       later=role_name(later.role), other=role_name(role), onset=onset, overlap=overlap) + (
                say(" ({why}: not an interruption)", "（{why}：不算打断）", why=why) if why else EMPTY)
            findings.append(Finding(
                kind="interruption" if interrupting else "overlap",
                severity=("major" if later.role == "agent" else "info") if interrupting else "info",
                role=later.role, start=onset, end=round(onset + overlap, 2), quote=later.text,
                rule=rule.en, rule_zh=rule.zh,
                detail={"interrupter": later.role, "interrupted": role, "overlap_s": round(overlap, 2),
                        "interrupter_words": "".join(spoken_over),
                        "interrupted_words": "".join(w.text for w in during), "backchannel": backchannel}))
    return findings
