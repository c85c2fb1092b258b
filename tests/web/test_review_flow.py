"""Reviewing through the Flask test client: decisions, total after review, audit trail, appeals, CSRF."""

from __future__ import annotations

import io
import re

from tests.web.conftest import PASSWORD, Seeded, login, make_app
from web import queries, reviews


def detail(client, pk: int) -> str:  # type: ignore[no-untyped-def]
    return client.get(f"/calls/{pk}").get_data(as_text=True)


def test_override_needs_comment_and_moves_the_total(seeded: Seeded, as_role):  # type: ignore[no-untyped-def]
    client, pk = as_role("reviewer"), seeded.call_pks["blame_and_jargon"]
    refused = client.post(f"/calls/{pk}/items/S3", data={"decision": "override", "points": "8"},
                          follow_redirects=True).get_data(as_text=True)
    assert "驳回和改分必须填写说明" in refused
    too_many = client.post(f"/calls/{pk}/items/S3", data={"decision": "override", "points": "80", "comment": "x"},
                           follow_redirects=True).get_data(as_text=True)
    assert "分数必须在 0 到 8 之间" in too_many
    client.post(f"/calls/{pk}/items/S3", data={"decision": "override", "points": "8", "comment": "问了情况"})
    with seeded.store.session() as session:
        loaded = queries.load_call(session, pk, only_agent=None)
        state = reviews.review_state(session, loaded)
        items = [i for i in loaded.assessment.items if i.points is not None]
    expected = round(loaded.assessment.total + 100 * 8 / sum(i.max for i in items), 1)
    assert state.total == expected and state.decisions["S3"].reviewer == "review1"
    page = detail(client, pk)
    assert "问了情况" in page and f"→ {expected:.1f}" in page
    assert re.search(r"item S3.*?decision: machine, points: 0.*?decision: override, points: 8", page, re.S)


def test_reject_restores_full_points_and_mark_reviewed_is_audited(seeded: Seeded, as_role):  # type: ignore[no-untyped-def]
    client, pk = as_role("supervisor"), seeded.call_pks["blame_and_jargon"]
    client.post(f"/calls/{pk}/items/S1", data={"decision": "reject", "comment": "客户并不生气"})
    client.post(f"/calls/{pk}/reviewed")
    with seeded.store.session() as session:
        state = reviews.review_state(session, queries.load_call(session, pk, only_agent=None))
    assert state.reviewed and state.decisions["S1"].points == 6
    listing = client.get("/calls/?reviewed=yes").get_data(as_text=True)
    assert "blame_and_jargon" in listing and "handled_well" not in listing
    assert "review status" in detail(client, pk)


def test_appeal_goes_from_agent_to_reviewer_to_supervisor(seeded: Seeded, as_role):  # type: ignore[no-untyped-def]
    agent, pk = as_role("agent"), seeded.call_pks["blame_and_jargon"]
    assert "请填写理由" in agent.post(f"/calls/{pk}/items/S2/appeal", data={"reason": " "},
                                  follow_redirects=True).get_data(as_text=True)
    agent.post(f"/calls/{pk}/items/S2/appeal", data={"reason": "我道歉了"})
    assert "这一项已经申诉过" in agent.post(f"/calls/{pk}/items/S2/appeal", data={"reason": "again"},
                                       follow_redirects=True).get_data(as_text=True)
    other_agent = login(seeded.app.test_client(), "agent2")
    assert "我道歉了" not in other_agent.get("/appeals").get_data(as_text=True)
    appeal_id = int(re.search(r'id="appeal-(\d+)"', agent.get("/appeals").get_data(as_text=True)).group(1))
    as_role("reviewer").post(f"/appeals/{appeal_id}/forward", data={"note": "确有道歉"})
    assert "确有道歉" in as_role("supervisor").get("/appeals?status=forwarded").get_data(as_text=True)
    as_role("supervisor").post(f"/appeals/{appeal_id}/decide", data={"outcome": "rejected", "note": "道歉不完整"})
    mine = agent.get("/appeals").get_data(as_text=True)
    assert "已拒绝" in mine and "道歉不完整" in mine
    assert "这条申诉已经处理过" in as_role("supervisor").post(
        f"/appeals/{appeal_id}/decide", data={"outcome": "accepted", "note": "x"}, follow_redirects=True
    ).get_data(as_text=True)


def test_forms_without_csrf_token_are_refused(tmp_path_factory, hand_scored):  # type: ignore[no-untyped-def]
    guarded = make_app(tmp_path_factory, hand_scored, csrf=True)
    client = guarded.app.test_client()
    assert client.post("/auth/login", data={"username": "review1", "password": PASSWORD}).status_code == 400
    form = client.get("/auth/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', form).group(1)
    ok = client.post("/auth/login", data={"username": "review1", "password": PASSWORD, "csrf_token": token})
    assert ok.status_code == 302
    pk = guarded.call_pks["handled_well"]
    assert client.post(f"/calls/{pk}/reviewed").status_code == 400


def test_pages_escape_transcripts_and_send_security_headers(seeded: Seeded, as_role):  # type: ignore[no-untyped-def]
    response = as_role("reviewer").get(f"/calls/{seeded.call_pks['handled_well']}")
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert "<script>" not in response.get_data(as_text=True).replace('<script src="/static/app.js"></script>', "")


def test_language_switch_keeps_the_page(seeded: Seeded, as_role):  # type: ignore[no-untyped-def]
    client = as_role("reviewer")
    switched = client.get("/lang/en?next=/calls/%3Fgrade%3DE")
    assert switched.headers["Location"] == "/calls/?grade=E"
    page = client.get("/calls/?grade=E").get_data(as_text=True)
    assert "Calls" in page and "Export CSV" in page and 'lang="en"' in page
    assert client.get("/lang/en?next=https://evil.example/").headers["Location"] == "/"


def test_list_filters_sort_and_export(seeded: Seeded, as_role):  # type: ignore[no-untyped-def]
    client = as_role("reviewer")

    def listed(query: str) -> list[str]:
        return re.findall(r'<a href="/calls/\d+[^"]*">(\w+)</a>', client.get("/calls/?" + query).get_data(as_text=True))

    assert listed("") == ["other_agent", "blame_and_jargon", "handled_well"]  # newest call first
    assert listed("sort=score&order=desc")[0] == "handled_well"
    assert listed("agent=A2") == ["other_agent"]
    assert listed("flag=forbidden_phrase") == ["blame_and_jargon"]
    assert listed("flag=critical") == ["blame_and_jargon"]
    assert listed("q=快递") == ["handled_well"]
    assert listed("date_from=2026-11-19&date_to=2026-11-19") == ["blame_and_jargon"]
    assert listed("score_min=80") == ["handled_well"]
    assert listed("flag=missing:确认问题") == ["other_agent", "blame_and_jargon"]
    assert listed("flag=missing:确认问题&page=2") == []
    assert "date_from" in client.get("/calls/?date_from=soon", follow_redirects=True).get_data(as_text=True)
    csv_text = client.get("/calls/export.csv?agent=A1").get_data().decode("utf-8-sig")
    assert csv_text.splitlines()[0].startswith("call_id,agent_id") and len(csv_text.splitlines()) == 3
    xlsx = client.get("/calls/export.xlsx")
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx.data)).active
    assert sheet.max_row == 4 and sheet["A1"].value == "call_id"


def test_upload_refuses_a_file_that_is_not_audio(seeded: Seeded, as_role):  # type: ignore[no-untyped-def]
    page = as_role("supervisor").post("/uploads", data={"files": (io.BytesIO(b"<?php evil(); ?>" * 50), "call.wav")},
                                      content_type="multipart/form-data", follow_redirects=True)
    text = page.get_data(as_text=True)
    assert "not a readable recording" in text and "没有可以评分的文件" in text
