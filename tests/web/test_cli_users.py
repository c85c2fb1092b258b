"""``qa users add`` and ``qa users token``: accounts the UI and the API accept."""

from __future__ import annotations

from qa.cli import main
from qa.config import load_settings
from web import create_app


def test_users_add_and_token_work_in_the_ui_and_the_api(tmp_path, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("QA_DATA_DIR", str(tmp_path))
    assert main(["users", "add", "zhao", "--role", "agent", "--password", "long-enough"]) == 2
    assert main(["users", "add", "zhao", "--role", "agent", "--agent-id", "A7", "--password", "short"]) == 2
    assert "at least 8" in capsys.readouterr().err
    assert main(["users", "add", "zhao", "--role", "agent", "--agent-id", "A7", "--password", "long-enough"]) == 0
    assert main(["users", "token", "nobody"]) == 2
    assert main(["users", "token", "zhao"]) == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]

    app = create_app({"TESTING": True, "WTF_CSRF_ENABLED": False}, settings=load_settings(data_dir=tmp_path))
    client = app.test_client()
    assert client.post("/auth/login", data={"username": "zhao", "password": "long-enough"}).headers["Location"] == "/"
    assert client.get("/").headers["Location"] == "/me"
    api = client.get("/api/v1/calls", headers={"Authorization": f"Bearer {token}"})
    assert api.status_code == 200 and api.get_json()["calls"] == []
