"""Load the phrase lists in ``scoring/lexicons/`` (one entry a line)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pypinyin import lazy_pinyin

from scoring.text import normalize

# Phrases this long or longer also match by sound (toneless pinyin), so that an
# ASR homophone (不归我们馆 for 不归我们管) does not hide them; shorter ones match exactly.
SOUND_MATCH_MIN_CHARS = 3

LEXICON_DIR = Path(__file__).parent / "lexicons"


@lru_cache(maxsize=None)
def load_lexicon(name: str, directory: Path = LEXICON_DIR) -> tuple[str, ...]:
    """Return the entries of ``<directory>/<name>.txt``, normalised, longest first."""
    path = directory / f"{name}.txt"
    if not path.is_file():
        raise FileNotFoundError(f"lexicon {name!r} not found at {path}")
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line.split("|", 1)[0].strip() if "|" in line else line)
    return tuple(sorted({normalize(e) for e in entries}, key=len, reverse=True))


@lru_cache(maxsize=None)
def load_glossary(name: str, directory: Path = LEXICON_DIR) -> dict[str, str]:
    """Return ``term -> plain wording`` from a ``term|plain`` lexicon file."""
    glossary = {}
    for line in (directory / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "|" in line:
            term, plain = (part.strip() for part in line.split("|", 1))
            glossary[normalize(term)] = plain
    return glossary


@lru_cache(maxsize=4096)
def _syllables(text: str) -> tuple[str, ...]:
    """Return one toneless pinyin syllable per character (other characters as themselves)."""
    return tuple(lazy_pinyin(char)[0] for char in text)


def _positions(bare: str, phrase: str) -> list[int]:
    """Return where ``phrase`` occurs in ``bare``: by characters, or by sound for longer phrases."""
    found = [i for i in range(len(bare) - len(phrase) + 1) if bare.startswith(phrase, i)]
    if found or len(phrase) < SOUND_MATCH_MIN_CHARS:
        return found
    sound, target = _syllables(bare), _syllables(phrase)
    return [i for i in range(len(sound) - len(target) + 1) if sound[i:i + len(target)] == target]


def find_phrases(text: str, phrases: tuple[str, ...]) -> list[str]:
    """Return the phrases found in ``text`` (normalised) in text order, none inside a longer hit."""
    bare = normalize(text)
    hits: list[tuple[int, int, str]] = []
    for phrase in phrases:
        for start in _positions(bare, phrase):
            end = start + len(phrase)
            if not any(s < end and start < e for s, e, _ in hits):
                hits.append((start, end, phrase))
    return [phrase for _, _, phrase in sorted(hits)]


def contains_any(text: str, phrases: tuple[str, ...]) -> str:
    """Return the first phrase of ``phrases`` found in ``text``, or ''."""
    found = find_phrases(text, phrases)
    return found[0] if found else ""
