"""Load the phrase lists in ``scoring/lexicons/`` (one entry a line) and find them in text."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from scoring.sounds import SOUND_MATCH_MIN_CHARS, SoundIndex, heard_readings, respell, sound_index, term_readings
from scoring.text import normalize

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


@lru_cache(maxsize=8192)
def matching_text(text: str) -> str:
    """Return ``text`` normalised for matching, with the ASR's spellings of other words read as meant.

    The same-sound spellings of ``heard_spellings.txt`` are read as meant, and so is any span that reads like
    a cue word of three or more characters and is far likelier spelled as that word (``scoring.sounds.respell``:
    「心里肯定欺上巴下」 is matched as 「心里肯定七上八下」). Both keep the length, so positions in the result are
    positions in ``normalize(text)``.
    """
    bare = normalize(text)
    for heard, meant in load_pairs("heard_spellings").items():
        bare = bare.replace(heard, meant)
    return respell(bare, cue_word_index())


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


# lexicons that name no cue words: the ASR's spellings themselves, fillers and backchannels (said anywhere)
_NOT_CUES = ("heard_spellings", "fillers", "fillers_clause", "backchannel")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


@lru_cache(maxsize=1)
def cue_words() -> tuple[str, ...]:
    """Return every word the lexicons look for: their phrases and the literal runs of characters in their shapes."""
    words: set[str] = set()
    for path in LEXICON_DIR.glob("*.txt"):
        if path.stem in _NOT_CUES:
            continue
        if path.stem.endswith("_patterns"):
            for pattern, _ in load_patterns(path.stem):
                # character classes and escapes are not literal text
                words.update(_HAN_RUN.findall(re.sub(r"\[[^\]]*\]|\\.", " ", pattern.pattern)))
        else:
            words.update(word for word in load_lexicon(path.stem) if _HAN_RUN.fullmatch(word))
    return tuple(sorted(words))


@lru_cache(maxsize=1)
def cue_word_index() -> SoundIndex:
    """Return the cue words long enough to be matched by sound, indexed for ``respell``."""
    return sound_index(word for word in cue_words() if len(word) >= SOUND_MATCH_MIN_CHARS)


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


def _positions(bare: str, phrase: str, by_sound: bool) -> list[int]:
    """Return where ``phrase`` occurs in ``bare``: by characters, or by sound for longer phrases."""
    found = [i for i in range(len(bare) - len(phrase) + 1) if bare.startswith(phrase, i)]
    if found or not by_sound or len(phrase) < SOUND_MATCH_MIN_CHARS:
        return found
    heard, wanted = heard_readings(bare), term_readings(phrase)
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
