"""Every Chinese text the UI shows has an English entry; the switch changes the language."""

from __future__ import annotations

import re
from pathlib import Path

from web import coaching, labels
from web.i18n import translate
from web.i18n_en import ENGLISH

WEB = Path(__file__).resolve().parents[2] / "web"
LITERAL = re.compile(r"""_\(\s*(?:"([^"]+)"|'([^']+)')""")


def texts_used() -> set[str]:
    """Return every text the UI passes through ``_()``: template and code literals, labels, advice."""
    found = set()
    for path in [*WEB.rglob("*.html"), *WEB.glob("*.py")]:
        found |= {a or b for a, b in LITERAL.findall(path.read_text(encoding="utf-8"))}
    for table in (labels.ROLE_LABELS, labels.SPEAKER_NAMES, labels.STEP_STATUS_NAMES, labels.FINDING_NAMES,
                  labels.DECISION_NAMES, labels.APPEAL_NAMES, labels.JOB_NAMES):
        found |= set(table.values())
    found |= {text for _, text in labels.FLAG_CHOICES}
    found |= {advice for advice, _ in coaching.STEP_ADVICE.values()} | set(coaching.STEP_ADVICE)
    found |= {advice for advice, _ in coaching.FINDING_ADVICE.values()}
    found |= {coaching.ORDER_ADVICE, coaching.JARGON_ADVICE}
    return found


def test_every_text_has_english():
    missing = sorted(t for t in texts_used() if t not in ENGLISH)
    assert not missing, missing


def test_placeholders_survive_translation():
    for chinese, english in ENGLISH.items():
        assert set(re.findall(r"{\w+}", chinese)) == set(re.findall(r"{\w+}", english)), chinese


def test_translate_falls_back_to_chinese():
    assert translate("通话列表", "en") == "Calls"
    assert translate("通话列表", "zh") == "通话列表"
    assert translate("没有的词", "en") == "没有的词"
