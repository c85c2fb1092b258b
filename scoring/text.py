"""Text normalisation shared by matching, speech rate and error rates."""

from __future__ import annotations

import re
import unicodedata

from audio.chinese import to_simplified

DIGITS = "零一二三四五六七八九"
_PUNCT_OR_SPACE = re.compile(r"[\s\W_]+", re.UNICODE)
_DIGIT_RUN = re.compile(r"\d+")


def _cardinal(number: int) -> str:
    """Return 0–99 read as a Chinese cardinal (12 → 十二)."""
    tens, units = divmod(number, 10)
    if tens == 0:
        return DIGITS[units]
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[units] if units else "")


def _spell_digits(match: re.Match[str]) -> str:
    run = match.group()
    if len(run) <= 2 and not (len(run) == 2 and run[0] == "0"):
        return _cardinal(int(run))
    return "".join(DIGITS[int(d)] for d in run)


def normalize(text: str) -> str:
    """Return text for matching: NFKC, simplified, no punctuation or spaces, digits in Chinese.

    Numbers of one or two digits read as cardinals (12 → 十二); longer runs
    read digit by digit (order and agent numbers: 1024 → 一零二四).
    """
    text = to_simplified(unicodedata.normalize("NFKC", text))
    text = _DIGIT_RUN.sub(_spell_digits, text)
    return _PUNCT_OR_SPACE.sub("", text).lower()


def drop_clause_fillers(text: str, clause_fillers: tuple[str, ...], fillers: tuple[str, ...] = ()) -> str:
    """Return ``text`` without clause fillers used as fillers: followed by a pause mark, the end, or a filler.

    「那个，我看一下」 loses its 那个; 「那个订单」 keeps it (there 那个 is a demonstrative).
    """
    if not clause_fillers:
        return text
    words = "|".join(re.escape(f) for f in sorted(clause_fillers, key=len, reverse=True))
    after = "|".join(re.escape(f) for f in sorted(set(clause_fillers) | set(fillers), key=len, reverse=True))
    return re.sub(rf"(?:{words})(?=[\s\W_]|$|{after})", "", text)


def spoken_characters(text: str, fillers: tuple[str, ...] = (), clause_fillers: tuple[str, ...] = ()) -> int:
    """Return the number of spoken characters: no punctuation, spaces or fillers; numbers as read aloud."""
    bare = normalize(drop_clause_fillers(unicodedata.normalize("NFKC", text), clause_fillers, fillers))
    for filler in sorted(fillers, key=len, reverse=True):
        bare = bare.replace(filler, "")
    return len(bare)


def sentences(text: str) -> list[str]:
    """Return the sentences of ``text``, split after 。！？!? and kept with their mark."""
    return [s for s in re.split(r"(?<=[。？！?!])", text) if s]


def clauses(text: str) -> list[str]:
    """Return the clauses of ``text``, split after ，,；;、。！？!? and kept with their mark."""
    return [c for c in re.findall(r"[^，,；;、。！？!?]+[，,；;、。！？!?]?", text) if c.strip()]

