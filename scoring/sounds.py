"""How Chinese text sounds: toneless pinyin readings, sound-alike matching, and the ASR's homophones respelled.

Whisper on 8 kHz audio often writes a word with other characters that read the same (「脑火」 for 恼火,
「欺上巴下」 for 七上八下). Phrases of ``SOUND_MATCH_MIN_CHARS`` or more characters are matched by sound;
``respell`` lets shapes (regular expressions) do the same, by spelling such a span as the cue word it reads
like, but only when jieba's word frequencies make the cue word far likelier than what was written
(``RESPELL_MIN_LOG_ODDS``), so that real words that happen to read alike stay as they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import jieba
from pypinyin import Style, lazy_pinyin, pinyin

jieba.setLogLevel(60)  # jieba logs its dictionary loading at INFO

# Phrases this long or longer also match by sound (toneless pinyin), so that an
# ASR homophone (不归我们馆 for 不归我们管) does not hide them; shorter ones match exactly.
SOUND_MATCH_MIN_CHARS = 3
# A span is respelled as the cue word it reads like when jieba's unigram model makes the cue word this much
# likelier (natural log; 4.6 is 100 times): 「欺上巴下」 becomes 「七上八下」, but 「您挺着急」 stays, though
# 「挺着急」 reads like the complaint cue 「停着机」 (「充了话费还停着机」).
RESPELL_MIN_LOG_ODDS = 4.6

SoundIndex = dict[str, tuple[tuple[str, tuple[str, ...]], ...]]


@lru_cache(maxsize=8192)
def _readings(char: str) -> frozenset[str]:
    """Return every toneless pinyin reading of ``char`` (polyphones such as 还 hai/huan have several)."""
    return frozenset(pinyin(char, style=Style.NORMAL, heteronym=True)[0])


@lru_cache(maxsize=8192)
def char_reading(char: str) -> str:
    """Return the default toneless pinyin reading of ``char`` (a non-Chinese character reads as itself)."""
    return lazy_pinyin(char)[0]


@lru_cache(maxsize=8192)
def term_readings(term: str) -> tuple[frozenset[str], ...]:
    """Return, per character of ``term``, every reading it may be heard as (its own default one included)."""
    return tuple(_readings(t) | {char_reading(t)} for t in term)


@lru_cache(maxsize=1024)
def heard_readings(bare: str) -> tuple[str, ...]:
    """Return the default reading of each character of ``bare``, read once for every phrase matched on it."""
    return tuple(char_reading(c) for c in bare)


def sounds_like_as_said(heard: str, term: str) -> bool:
    """True when ``heard`` is a different spelling that reads like ``term`` as the term is said in context.

    For short terms, where one rare reading is half the word: 核保 is *he* bao, so 「开包」 does not pass for it
    through 核's rare *kai*, as it would if every reading of each character counted (as for longer phrases).
    """
    reading = heard_readings(heard)
    return heard != term and (reading == tuple(lazy_pinyin(term)) or reading == heard_readings(term))


def sound_index(words: Iterable[str]) -> SoundIndex:
    """Return, for ``respell``, the reading of a first character -> (word, its reading) of the words starting so.

    A word is read as a whole, the way pypinyin reads it in context (重新: chong xin), not every way each
    character can be read: 「按估」 must not pass for 厂家 through 厂's rare *an* and 家's rare *gu*.
    """
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for word in sorted(set(words)):
        reading = tuple(lazy_pinyin(word))
        index.setdefault(reading[0], []).append((word, reading))
    return {first: tuple(entries) for first, entries in index.items()}


def _log_probability(text: str) -> float:
    """Return the natural log probability of ``text`` at its best segmentation under jieba's unigram model."""
    route: dict[int, tuple[float, int]] = {}
    jieba.dt.calc(text, jieba.dt.get_DAG(text), route)
    return route[0][0]


def respell(bare: str, index: SoundIndex) -> str:
    """Return ``bare`` with each span that reads like a word of ``index`` and is far likelier that word, spelled so.

    A span must start and end at jieba's word boundaries (「什么时候」 holds no 「什么是」); longer words go
    first, and a span already spelled as a word of the index is kept. The length never changes.
    """
    if not bare:
        return bare
    bounds = {0} | {end for _, _, end in jieba.dt.tokenize(bare)}
    heard = heard_readings(bare)
    candidates = sorted(((start, word) for start in bounds if start < len(bare)
                         for word, reading in index.get(heard[start], ())
                         if start + len(word) in bounds and heard[start:start + len(word)] == reading),
                        key=lambda hit: (-len(hit[1]), hit[0]))
    chars, taken = list(bare), set()
    for start, word in candidates:
        span = range(start, start + len(word))
        if not taken.isdisjoint(span):
            continue
        written = bare[start:start + len(word)]
        if written == word or _log_probability(word) - _log_probability(written) >= RESPELL_MIN_LOG_ODDS:
            chars[start:start + len(word)] = word
            taken.update(span)
    return "".join(chars)
