"""Jargon the agent uses toward the customer: found with jieba and a per-industry user dictionary.

Terms of three or more characters match anywhere, also by sound (ASR
homophones). Two-character terms are ambiguous, so they must stand as a word
in jieba's segmentation (with every glossary term added as a user word): 「后台」
in 「后台阶」 is not a hit, while 「单停」 in 「被单停了」 is (a particle glued to its first
character does not take the word away). They also match by sound when the heard word is rare
in ordinary language (jieba frequency ≤ ``sound_match_max_freq``): 「法西」 for
罚息 is a mishearing, 「保障」 for 报障 is a different word, and a numeral with its
measure word is a count (「几盏」 is not 基站, while 「一击」 may be 移机). A hit is forgiven
when the agent explains it in the same turn, and is worse when the customer's
next turn shows confusion (「什么意思」「听不懂」「啥是…」).
"""

from __future__ import annotations

import re
from functools import lru_cache

import jieba

from qa.model import Finding, Transcript
from scoring.lexicons import contains_any, jargon_glossary, load_lexicon, matching_text, phrase_spans
from scoring.rubric import Rubric
from scoring.sounds import SOUND_MATCH_MIN_CHARS, sounds_like_as_said
from scoring.turns import Turn, build_turns
from scoring.wording import say

jieba.setLogLevel(60)  # jieba logs its dictionary loading at INFO on the root of its own logger

# 「我这边也就是个传话的」: after a person, 就是 says what that person is, it explains no term;
# 「您的意思是…」 restates what the customer meant
# a numeral and its measure word is a count (几盏, 两台), never a misheard term; 一击 may be 移机
_NUMERALS = frozenset("几一二两三四五六七八九十百千万半每")
_MEASURE_WORDS = frozenset("个只条张台盏块件次回趟遍把位名辆根本间层家所节套份批部支双对顿天年月号点分秒度元毛角斤米")
_PERSON_BEFORE = re.compile(r"(?:我|我们|您|你|你们|他|她|他们)的?(?:这边|这儿|也|都|只|其实|不过)*$")


def _explainer_spans(bare: str, explainers: tuple[str, ...]) -> list[tuple[int, str]]:
    """Return (position, phrase) of each explaining phrase in normalised ``bare`` that no person stands right before."""
    return sorted((at.start(), phrase) for phrase in explainers for at in re.finditer(re.escape(phrase), bare)
                  if not _PERSON_BEFORE.search(bare[:at.start()]))


def _first_listed(spans: list[tuple[int, str]], explainers: tuple[str, ...]) -> str:
    """Return the phrase of ``spans`` that comes first in ``explainers`` (the longest), or ''."""
    return min(spans, key=lambda span: explainers.index(span[1]))[1] if spans else ""


def explainer(text: str, explainers: tuple[str, ...]) -> str:
    """Return the first explaining phrase (就是, 也就是说…) of ``text`` that no person stands right before, or ''."""
    return _first_listed(_explainer_spans(matching_text(text), explainers), explainers)


def explained_terms(text: str, terms: list[str], explainers: tuple[str, ...], glossary: dict[str, str],
                    max_word_freq: int) -> dict[str, str]:
    """Return term -> the phrase that explains it, for the ``terms`` of the agent turn ``text``.

    With one term, any explaining phrase of the turn explains it. With several, a phrase explains the term
    said last before it, and a term said after a phrase is part of an explanation: in 「…走人工核保…多半是除外承保，
    也就是甲状腺的病不赔」 除外承保 is explained and 核保 is not; in 「估抄就是没上门抄表」 抄表 explains.
    """
    bare = matching_text(text)
    spans = _explainer_spans(bare, explainers)
    if not spans:
        return {}
    if len(set(terms)) <= 1:
        return {term: _first_listed(spans, explainers) for term in terms}
    first, phrase = spans[0]
    explained = {term: phrase for term in jargon_terms(bare[first:], glossary, max_word_freq)}
    for at, phrase in spans:
        before = jargon_terms(bare[:at], glossary, max_word_freq)
        if before:
            explained.setdefault(before[-1], phrase)
    return explained


# grammatical characters jieba may glue to a term's first character (被 + 单停 → 被单 停)
_PARTICLES = frozenset("被把给让叫已没未就再又都也还才将")


def _particle_glued(bare: str, start: int, term: str, words: jieba.Tokenizer) -> bool:
    """Return True when the term at ``start`` loses its word only to a particle before it.

    「被单停了」 is segmented 被单 / 停 (a bedsheet): read from the term on, 单停 is a word again.
    """
    if start == 0 or bare[start - 1] not in _PARTICLES:
        return False
    return next(iter(words.tokenize(bare[start:])), ("", 0, 0))[0] == term


@lru_cache(maxsize=8)
def tokenizer(terms: tuple[str, ...]) -> jieba.Tokenizer:
    """Return a jieba tokenizer whose user dictionary holds ``terms`` (jieba's suggested frequency)."""
    words = jieba.Tokenizer()
    for term in terms:
        words.add_word(term)
    return words


def jargon_terms(text: str, glossary: dict[str, str], max_word_freq: int) -> list[str]:
    """Return the glossary terms said in ``text``, in text order (see the module docstring for the rules)."""
    bare = matching_text(text)
    terms = tuple(sorted(glossary))
    words = tokenizer(terms)
    tokens = list(words.tokenize(bare))
    bounds = {0} | {end for _, _, end in tokens}
    hits = [(start, term) for start, end, term in phrase_spans(bare, terms)
            if len(term) >= SOUND_MATCH_MIN_CHARS or (start in bounds and end in bounds)
            or _particle_glued(bare, start, term, words)]
    taken = {i for start, term in hits for i in range(start, start + len(term))}
    short = [t for t in terms if len(t) < SOUND_MATCH_MIN_CHARS]
    for token, start, end in tokens:
        counted = len(token) == 2 and token[0] in _NUMERALS and token[1] in _MEASURE_WORDS
        if taken & set(range(start, end)) or words.FREQ.get(token, 0) > max_word_freq or counted:
            continue
        term = next((t for t in short if sounds_like_as_said(token, t)), None)
        if term:
            hits.append((start, term))
    return [term for _, term in sorted(hits)]


def _confusion_after(turns: list[Turn], index: int) -> tuple[Turn, str] | None:
    """Return the next customer turn and its confusion phrase when it does not understand."""
    reply = next((t for t in turns[index + 1:] if t.role == "customer"), None)
    if reply is None:
        return None
    # exact match only: by sound 「什么是」 would also match the 「什么时」 of 「什么时候」
    phrase = contains_any(reply.text, load_lexicon("customer_confusion"), by_sound=False)
    return (reply, phrase) if phrase else None


def jargon(transcript: Transcript, rubric: Rubric) -> list[Finding]:
    """Return one finding per jargon term and agent turn (its first mention), with the plain wording instead.

    A term once explained (in its turn, or in the agent's next turn after the customer asked) is known to the
    customer: its later mentions are not jargon. So is a term the customer said first (「光猫上月就退回营业厅了」),
    unless saying it they asked what it means.
    """
    glossary = jargon_glossary(tuple(rubric.setting("jargon", "industries")))
    max_word_freq = rubric.setting("jargon", "sound_match_max_freq")
    explainers = load_lexicon("jargon_explain")
    turns = build_turns(transcript)
    findings = []
    known: set[str] = set()  # terms explained to the customer earlier in the call
    asked: set[str] = set()  # terms the customer just said it did not understand
    confusions = load_lexicon("customer_confusion")
    for index, turn in enumerate(turns):
        if turn.role == "customer" and not contains_any(turn.text, confusions, by_sound=False):
            known |= set(jargon_terms(turn.text, glossary, max_word_freq))
        if turn.role != "agent":
            continue
        if explainer(turn.text, explainers):  # 「缩期？啥意思」 → 「就是年限缩短…选缩期」: the repair is no new jargon
            known |= asked
        asked = set()
        confusion = _confusion_after(turns, index)
        said = [(segment, jargon_terms(segment.text, glossary, max_word_freq)) for segment in turn.segments]
        explained_by = explained_terms(turn.text, [term for _, terms in said for term in terms], explainers,
                                       glossary, max_word_freq)
        reported: set[str] = set()
        for segment, terms in said:
            for term in terms:
                if term in reported or term in known:  # 「分光器老化了，分光器就是…」: one term, one finding
                    continue
                reported.add(term)
                plain = glossary[term]
                confused = confusion is not None
                explained = term in explained_by and not confused
                if confused:
                    reply, phrase = confusion
                    severity = "major"
                    asked.add(term)
                    rule = say("jargon 「{term}」; the customer then does not understand (「{phrase}」 at {at:.1f}s); "
                               "say 「{plain}」 instead",
                               "专业术语「{term}」；客户随后没听懂（第 {at:.1f} 秒「{phrase}」）；应改说「{plain}」",
                               term=term, phrase=phrase, at=reply.start, plain=plain)
                elif explained:
                    severity = "info"
                    known.add(term)
                    rule = say("jargon 「{term}」 explained in the same turn (「{by}」)",
                               "专业术语「{term}」已在同一话轮中解释（「{by}」）", term=term, by=explained_by[term])
                else:
                    severity = "minor"
                    rule = say("jargon 「{term}」 not explained; say 「{plain}」 instead",
                               "专业术语「{term}」未解释；应改说「{plain}」", term=term, plain=plain)
                findings.append(Finding(
                    kind="jargon", severity=severity, role="agent", start=segment.start, end=segment.end,
                    quote=term, rule=rule.en, rule_zh=rule.zh,
                    detail={"sentence": segment.text, "plain": plain, "explained": explained,
                            "customer_confused": confused}))
    return findings
