"""Chinese text clean-up that every engine's output goes through."""

from __future__ import annotations

from functools import lru_cache

import opencc


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s.json")


def to_simplified(text: str) -> str:
    """Return ``text`` in simplified characters (Whisper often answers in traditional)."""
    return _t2s().convert(text)
