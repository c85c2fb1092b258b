"""Load the phrase lists in ``scoring/lexicons/`` (one entry a line) and find them in text."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pypinyin import Style, lazy_pinyin, pinyin

from scoring.text import normalize

# Phrases this long or longer also match by sound (toneless pinyin), so that an
# ASR homophone (不归我们馆 for 不归我们管) does not hide them; shorter ones match exactly.
SOUND_MATCH_MIN_CHARS = 3

LEXICON_DIR = Path(__file__).parent / "lexicons"
JARGON_DIR = LEXICON_DIR / "jargon"


def _entries(name: str, directory: Path) -> list[tuple[str, str]]:
    """Return (entry, tag) per line of ``<directory>/<name>.txt``; tag is '' for untagged lines."""
    path = directory / f"{name}.txt"
    if not path.is_file():
        raise FileNotFoundError(f"lexicon {name!r} not found at {path}")
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entry, _, tag = line.partition("|")
            entries.append((entry.strip(), tag.strip()))
    return entries


@lru_cache(maxsize=None)
def load_lexicon(name: str, directory: Path = LEXICON_DIR) -> tuple[str, ...]:
    """Return the entries of ``<directory>/<name>.txt``, normalised, longest first."""
    return tuple(sorted({normalize(e) for e, _ in _entries(name, directory)}, key=len, reverse=True))


@lru_cache(maxsize=None)
def load_pairs(name: str, directory: Path = LEXICON_DIR) -> dict[str, str]:
    """Return ``entry -> tag`` from an ``entry|tag`` lexicon file (entries normalised)."""
    return {normalize(entry): tag for entry, tag in _entries(name, directory) if tag}


SLOT = re.compile(r"\{([A-Z][A-Z_]*)\}")


def matching_text(text: str) -> str:
    """Return ``text`` normalised for matching, with the ASR's spellings of other words read as meant.

    ``heard_spellings.txt`` pairs are the same length, so positions in the result are positions in ``normalize(text)``.
    """
    bare = normalize(text)
    for heard, meant in load_pairs("heard_spellings").items():
        bare = bare.replace(heard, meant)
    return bare



@lru_cache(maxsize=None)
def load_patterns(name: str, directory: Path = LEXICON_DIR) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Return (compiled pattern, tag) per ``tag: regular expression`` line of ``<directory>/<name>.txt``.

    A line ``{NAME} = regular expression`` defines a slot: ``{NAME}`` in the lines after it stands for that
    text, so a shape reads as its parts (``{SUBJECT}{ADVERB}{0,3}管不了``). Quantifiers such as ``{0,3}``
    are untouched (slot names are capitals).
    """
    path = directory / f"{name}.txt"
    if not path.is_file():
        raise FileNotFoundError(f"pattern list {name!r} not found at {path}")
    patterns = []
    slots: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            slot = re.fullmatch(r"\s*\{([A-Z][A-Z_]*)\}\s*=\s*(.+)", line)
            if slot:
                slots[slot[1]] = _fill_slots(slot[2].strip(), slots)
                re.compile(slots[slot[1]])
                continue
            tag, colon, expression = line.partition(":")
            if not colon:
                raise re.error("expected 'tag: regular expression' or '{SLOT} = regular expression'")
            patterns.append((re.compile(_fill_slots(expression.strip(), slots)), tag.strip()))
        except (re.error, KeyError) as error:
            raise ValueError(f"{path}:{number}: {error}") from None
    return tuple(patterns)


def _fill_slots(expression: str, slots: dict[str, str]) -> str:
    """Return ``expression`` with every ``{NAME}`` replaced by its slot; an undefined slot is a KeyError."""
    def fill(found: re.Match[str]) -> str:
        if found[1] not in slots:
            raise KeyError(f"slot {{{found[1]}}} is used before it is defined")
        return slots[found[1]]
    return SLOT.sub(fill, expression)


def pattern_spans(bare: str, patterns: tuple[tuple[re.Pattern[str], str], ...]) -> list[tuple[int, int, str, str]]:
    """Return (start, end, matched text, tag) of every match in normalised ``bare``, in text order."""
    return sorted((m.start(), m.end(), m.group(), tag) for pattern, tag in patterns for m in pattern.finditer(bare))


def find_patterns(text: str, patterns: tuple[tuple[re.Pattern[str], str], ...]) -> list[tuple[str, str]]:
    """Return (matched text, tag) for each match in normalised ``text``, in text order."""
    return [(matched, tag) for _, _, matched, tag in pattern_spans(matching_text(text), patterns)]


def patterns_for(name: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Return the patterns of ``<name>_patterns.txt`` that go with lexicon ``name``; none when there is no such file."""
    path = LEXICON_DIR / f"{name}_patterns.txt"
    return load_patterns(path.stem) if path.is_file() else ()


def ending_tag(text: str) -> str:
    """Return the tag question (对吗, 是不是…, ``confirm_tags.txt`` and its shapes) that ends ``text``, or ''.

    A tag asks to agree, and only one that ends the sentence asks: in 「是吧，对」 the customer agrees.
    """
    bare = matching_text(text).rstrip("啊呀呢")
    phrase = next((tag for tag in load_lexicon("confirm_tags") if bare.endswith(tag)), "")
    return phrase or next((matched for _, end, matched, _ in pattern_spans(bare, patterns_for("confirm_tags"))
                           if end == len(bare)), "")


def is_question(text: str) -> bool:
    """Return whether ``text`` asks: a question mark, or a question particle or shape (``question_marks``)."""
    return "？" in text or "?" in text or bool(find_cue(text, "question_marks"))


def find_cue(text: str, *names: str) -> str:
    """Return the first phrase of the named lexicons in ``text``, else the first match of their patterns, or ''."""
    phrase = contains_any(text, tuple(p for name in names for p in load_lexicon(name)))
    if phrase:
        return phrase
    matches = find_patterns(text, tuple(p for name in names for p in patterns_for(name)))
    return matches[0][0] if matches else ""


def industries_available() -> tuple[str, ...]:
    """Return the industries that have a jargon lexicon (file names in ``lexicons/jargon/``)."""
    return tuple(sorted(p.stem for p in JARGON_DIR.glob("*.txt")))


@lru_cache(maxsize=None)
def jargon_glossary(industries: tuple[str, ...]) -> dict[str, str]:
    """Return ``term -> plain wording`` over the chosen industries (``("all",)``: every file)."""
    chosen = industries_available() if "all" in industries else industries
    unknown = sorted(set(chosen) - set(industries_available()))
    if unknown:
        raise FileNotFoundError(f"no jargon lexicon for industry {', '.join(unknown)} in {JARGON_DIR}")
    glossary: dict[str, str] = {}
    for industry in chosen:
        glossary.update(load_pairs(industry, JARGON_DIR))
    return glossary


@lru_cache(maxsize=8192)
def _readings(char: str) -> frozenset[str]:
    """Return every toneless pinyin reading of ``char`` (polyphones such as 还 hai/huan have several)."""
    return frozenset(pinyin(char, style=Style.NORMAL, heteronym=True)[0])


@lru_cache(maxsize=8192)
def char_reading(char: str) -> str:
    """Return the default toneless pinyin reading of ``char`` (a non-Chinese character reads as itself)."""
    return lazy_pinyin(char)[0]


@lru_cache(maxsize=8192)
def _term_readings(term: str) -> tuple[frozenset[str], ...]:
    """Return, per character of ``term``, every reading it may be heard as (its own default one included)."""
    return tuple(_readings(t) | {char_reading(t)} for t in term)


@lru_cache(maxsize=1024)
def _heard_readings(bare: str) -> tuple[str, ...]:
    """Return the default reading of each character of ``bare``, read once for every phrase matched on it."""
    return tuple(char_reading(c) for c in bare)


def _sounds_same(heard: str, term: str) -> bool:
    """True when each heard character, read as written, is one of the readings of the term's character.

    The term is read every way it can be (还款 is *huan* kuan, though 还 alone is *hai*); the heard text
    is read as an ASR wrote it, in the default reading, so 「不凯」 is not 「复核」 through 不's rare *fu*.
    """
    return len(heard) == len(term) and all(
        reading in wanted for reading, wanted in zip(_heard_readings(heard), _term_readings(term)))


def sounds_like(heard: str, term: str) -> bool:
    """True when ``heard`` is a different spelling that can be read like ``term`` (an ASR homophone)."""
    return heard != term and _sounds_same(heard, term)


def _positions(bare: str, phrase: str, by_sound: bool) -> list[int]:
    """Return where ``phrase`` occurs in ``bare``: by characters, or by sound for longer phrases."""
    found = [i for i in range(len(bare) - len(phrase) + 1) if bare.startswith(phrase, i)]
    if found or not by_sound or len(phrase) < SOUND_MATCH_MIN_CHARS:
        return found
    heard, wanted = _heard_readings(bare), _term_readings(phrase)
    return [i for i in range(len(bare) - len(phrase) + 1)
            if all(heard[i + k] in readings for k, readings in enumerate(wanted))]


def phrase_spans(bare: str, phrases: tuple[str, ...] | list[str],
                 by_sound: bool = True) -> list[tuple[int, int, str]]:
    """Return (start, end, phrase) of each phrase in normalised ``bare``, none inside a longer hit."""
    hits: list[tuple[int, int, str]] = []
    for phrase in sorted(phrases, key=len, reverse=True):
        for start in _positions(bare, phrase, by_sound):
            end = start + len(phrase)
            if not any(s < end and start < e for s, e, _ in hits):
                hits.append((start, end, phrase))
    return sorted(hits)


def find_phrases(text: str, phrases: tuple[str, ...], by_sound: bool = True) -> list[str]:
    """Return the phrases found in ``text`` (normalised) in text order, none inside a longer hit."""
    return [phrase for _, _, phrase in phrase_spans(matching_text(text), phrases, by_sound)]


def contains_any(text: str, phrases: tuple[str, ...], by_sound: bool = True) -> str:
    """Return the first phrase of ``phrases`` found in ``text``, or ''."""
    found = find_phrases(text, phrases, by_sound)
    return found[0] if found else ""
