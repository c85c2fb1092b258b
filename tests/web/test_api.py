"""``/api/v1`` with bearer tokens: JSON shapes, agents limited to their calls, reviews by API, bad input."""

from __future__ import annotations

import pytest

from tests.web.conftest import Seeded
from web.accounts import issue_token, token_hash


@pytest.fixture()
def api(seeded: Seeded):  # type: ignore[no-untyped-def]
    """Return a function (username) -> request headers with a fresh token of that user."""
    client = seeded.app.test_client()

    def headers(username: str) -> dict[str, str]:
        with seeded.store.session() as session:
            return {"Authorization": f"Bearer {issue_token(session, username)}"}

    return client, headers


def test_calls_page_and_assessment_json(seeded: Seeded, api):  # type: ignore[no-untyped-def]
    client, headers = api
    auth = headers("review1")
    page = client.get("/api/v1/calls?sort=score&order=asc&per_page=2", headers=auth).get_json()
    assert page["total"] == 3 and page["pages"] == 2 and len(page["calls"]) == 2
    assert page["calls"][0]["call_id"] == "blame_and_jargon" and page["calls"][0]["critical"]
    pk = seeded.call_pks["handled_well"]
    body = client.get(f"/api/v1/calls/{pk}/assessment", headers=auth).get_json()
    assert body["call_id"] == "handled_well" and {s["step"] for s in body["steps"]} >= {"感知情绪", "确认理解"}
    history = client.get(f"/api/v1/calls/{pk}/assessments", headers=auth).get_json()
    assert len(history) == 1 and history[0]["total"] == body["total"]


def test_agent_token_sees_only_own_calls(seeded: Seeded, api):  # type: ignore[no-untyped-def]
    client, headers = api
    auth = headers("agent2")
    listed = client.get("/api/v1/calls", headers=auth).get_json()["calls"]
    assert [c["call_id"] for c in listed] == ["other_agent"]
    assert client.get("/api/v1/calls?agent=A1", headers=auth).get_json()["calls"] == []
    assert client.get(f"/api/v1/calls/{seeded.call_pks['handled_well']}/assessment", headers=auth).status_code == 404


def test_review_by_api_and_its_errors(seeded: Seeded, api):  # type: ignore[no-untyped-def]
    client, headers = api
    auth, pk = headers("review1"), seeded.call_pks["blame_and_jargon"]
    url = f"/api/v1/calls/{pk}/review"
    bad = client.post(url, headers=auth, json={"decisions": [{"item_id": "S3", "decision": "override", "points": 5}]})
    assert bad.status_code == 400 and "comment" in bad.get_json()["error"]
    assert client.post(url, headers=auth, json=["not", "an", "object"]).status_code == 400
    assert client.post(url, headers=auth, json={"decisions": "S3"}).status_code == 400
    ok = client.post(url, headers=auth, json={"reviewed": True, "decisions": [
        {"item_id": "S3", "decision": "override", "points": 5, "comment": "API review"}]}).get_json()
    assert ok["reviewed"] is True and ok["reviewer"] == "review1" and ok["decisions"][0]["points"] == 5
    assert client.get(url, headers=auth).get_json() == ok


def test_tokens_are_stored_hashed_and_replaced(seeded: Seeded, api):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from qa.tables import UserRow

    client, headers = api
    old = headers("super1")
    new = headers("super1")
    assert client.get("/api/v1/calls", headers=old).status_code == 401
    assert client.get("/api/v1/calls", headers=new).status_code == 200
    with seeded.store.session() as session:
        stored = session.scalar(select(UserRow.api_token_hash).where(UserRow.username == "super1"))
    assert stored == token_hash(new["Authorization"].removeprefix("Bearer "))
    assert client.get("/api/v1/calls", headers={"Authorization": "Basic abc"}).status_code == 401
    assert client.get("/api/v1/calls?date_from=never", headers=new).get_json()["error"].startswith("date_from")


def test_openapi_document_is_valid_openapi_3(seeded: Seeded):
    doc = seeded.app.test_client().get("/api/v1/openapi.json").get_json()
    assert doc["openapi"].startswith("3.") and doc["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    for path, operations in doc["paths"].items():
        for operation in operations.values():
            assert "200" in operation["responses"], path
