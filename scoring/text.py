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


def spoken_characters(text: str, fillers: tuple[str, ...] = ()) -> int:
    """Return the number of spoken characters: no punctuation, spaces or filler words."""
    bare = _PUNCT_OR_SPACE.sub("", unicodedata.normalize("NFKC", text))
    for filler in sorted(fillers, key=len, reverse=True):
        bare = bare.replace(filler, "")
    return len(bare)


def sentences(text: str) -> list[str]:
    """Return the sentences of ``text``, split after 。！？!? and kept with their mark."""
    return [s for s in re.findall(r"[^。！？!?]+[。！？!?]?", text) if s.strip()]
