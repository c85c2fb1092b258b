"""Every Chinese text the UI shows has an English entry; the switch changes the language."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from qa.tables import AssessmentRow
from tests.web.conftest import Seeded
from web import coaching, labels, queries
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


# What the scorer says about the call "blame_and_jargon" (tests/web/seed.py), in Chinese and in English.
CHINESE_REASONS = ("专业术语「后台」未解释", "缺失：客户说明后，坐席没有询问具体情况", "严重问题：服务禁语/推卸责任",
                   "服务禁语「不归我们管」（推卸责任）")
ENGLISH_REASONS = ("jargon 「后台」 not explained", "missing: no agent question about the situation",
                   "critical flag: forbidden_phrase", "forbidden phrase 「不归我们管」")


def _page(client, url: str, language: str | None = None) -> str:  # type: ignore[no-untyped-def]
    if language:
        client.get(f"/lang/{language}")
    return client.get(url).get_data(as_text=True)


def test_call_detail_shows_the_scorers_reasons_in_the_language(seeded: Seeded, as_role):  # type: ignore[no-untyped-def]
    url = f"/calls/{seeded.call_pks['blame_and_jargon']}"
    chinese = _page(as_role("reviewer"), url)
    assert all(text in chinese for text in CHINESE_REASONS)
    assert not any(text in chinese for text in ENGLISH_REASONS)
    assert "：forbidden_phrase" not in chinese  # the scorecard names a critical flag by its rubric label
    english = _page(as_role("reviewer"), url, "en")
    assert all(text in english for text in ENGLISH_REASONS)
    assert not any(text in english for text in CHINESE_REASONS)


def test_the_dashboard_review_queue_shows_chinese_reasons(seeded: Seeded, as_role):  # type: ignore[no-untyped-def]
    assert "严重问题：服务禁语/推卸责任" in _page(as_role("supervisor"), "/dashboard")
    assert "critical flag: forbidden_phrase" in _page(as_role("supervisor"), "/dashboard", "en")


def _stored_without_chinese(payload: dict[str, Any]) -> dict[str, Any]:
    """Return the assessment JSON as stored before the scorer wrote Chinese (no *_zh fields)."""
    old = {key: value for key, value in payload.items() if key != "review_reasons_zh"}
    for part in ("steps", "findings", "items"):
        old[part] = [{k: v for k, v in entry.items() if not k.endswith("_zh")} for entry in payload[part]]
    return old


def test_an_assessment_without_chinese_shows_the_english(seeded: Seeded, as_role):  # type: ignore[no-untyped-def]
    pk = seeded.call_pks["blame_and_jargon"]
    with seeded.store.session() as session, session.begin():
        row = session.get(AssessmentRow, queries.load_call(session, pk, only_agent=None).assessment_pk)
        row.payload = _stored_without_chinese(row.payload)
    page = _page(as_role("reviewer"), f"/calls/{pk}")
    assert all(text in page for text in ENGLISH_REASONS)
    # 严重问题：服务禁语/推卸责任 stays: the scorecard names the flag from the rubric, not from the stored reasons
    assert not any(text in page for text in CHINESE_REASONS if not text.startswith("严重问题"))
    assert "问题" in page  # the page itself stays Chinese
