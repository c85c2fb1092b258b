"""Every route as every role: the allowed status code for each, on a real SQLite store.

A new route that is not in the matrix fails ``test_matrix_covers_every_route``,
so nobody can add a page without deciding who may open it.
"""

from __future__ import annotations

import pytest

from tests.web.conftest import Seeded, login, make_app

ROLES = (None, "agent", "reviewer", "supervisor", "admin")
LOGIN = 302  # anonymous users are sent to the login page
OWN, OTHER = "handled_well", "other_agent"


def codes(anonymous: int, agent: int, reviewer: int, supervisor: int, admin: int) -> dict[str | None, int]:
    return dict(zip(ROLES, (anonymous, agent, reviewer, supervisor, admin)))


# (method, rule, concrete path, expected status per role). {own}/{other}: a call of agent1 / of agent2.
MATRIX = [
    ("GET", "/", "/", codes(302, 302, 302, 302, 302)),
    ("GET", "/auth/login", "/auth/login", codes(200, 200, 200, 200, 200)),
    ("POST", "/auth/login", "/auth/login", codes(200, 200, 200, 200, 200)),  # no credentials: the form again
    ("POST", "/auth/logout", "/auth/logout", codes(LOGIN, 302, 302, 302, 302)),
    ("GET", "/lang/<code>", "/lang/en", codes(302, 302, 302, 302, 302)),
    ("GET", "/calls/", "/calls/", codes(LOGIN, 403, 200, 200, 200)),
    ("GET", "/calls/export.<any(csv, xlsx):fmt>", "/calls/export.csv", codes(LOGIN, 403, 200, 200, 200)),
    ("GET", "/calls/<int:call_pk>", "/calls/{own}", codes(LOGIN, 200, 200, 200, 200)),
    ("GET", "/calls/<int:call_pk>", "/calls/{other}", codes(LOGIN, 404, 200, 200, 200)),
    ("GET", "/calls/<int:call_pk>/audio", "/calls/{own}/audio", codes(LOGIN, 200, 200, 200, 200)),
    ("GET", "/calls/<int:call_pk>/audio", "/calls/{other}/audio", codes(LOGIN, 404, 200, 200, 200)),
    ("POST", "/calls/<int:call_pk>/items/<item_id>", "/calls/{own}/items/S1", codes(LOGIN, 403, 302, 302, 302)),
    ("POST", "/calls/<int:call_pk>/reviewed", "/calls/{own}/reviewed", codes(LOGIN, 403, 302, 302, 302)),
    ("POST", "/calls/<int:call_pk>/items/<item_id>/appeal", "/calls/{own}/items/S1/appeal",
     codes(LOGIN, 302, 403, 403, 403)),
    ("POST", "/calls/<int:call_pk>/items/<item_id>/appeal", "/calls/{other}/items/S1/appeal",
     codes(LOGIN, 404, 403, 403, 403)),
    ("GET", "/me", "/me", codes(LOGIN, 200, 403, 403, 403)),
    ("GET", "/appeals", "/appeals", codes(LOGIN, 200, 200, 200, 200)),
    ("POST", "/appeals/<int:appeal_id>/forward", "/appeals/999/forward", codes(LOGIN, 403, 302, 302, 302)),
    ("POST", "/appeals/<int:appeal_id>/decide", "/appeals/999/decide", codes(LOGIN, 403, 403, 400, 400)),
    ("GET", "/dashboard", "/dashboard", codes(LOGIN, 403, 403, 200, 200)),
    ("GET", "/uploads", "/uploads", codes(LOGIN, 403, 403, 200, 200)),
    ("POST", "/uploads", "/uploads", codes(LOGIN, 403, 403, 302, 302)),
    ("GET", "/jobs/<int:job_id>", "/jobs/999", codes(LOGIN, 403, 403, 404, 404)),
    ("GET", "/jobs/<int:job_id>.json", "/jobs/999.json", codes(LOGIN, 403, 403, 404, 404)),
    ("GET", "/admin/users", "/admin/users", codes(LOGIN, 403, 403, 403, 200)),
    ("POST", "/admin/users", "/admin/users", codes(LOGIN, 403, 403, 403, 200)),
    ("POST", "/admin/users/<int:user_id>/token", "/admin/users/999/token", codes(LOGIN, 403, 403, 403, 404)),
    ("GET", "/api/v1/openapi.json", "/api/v1/openapi.json", codes(200, 200, 200, 200, 200)),
    ("GET", "/api/v1/calls", "/api/v1/calls", codes(401, 200, 200, 200, 200)),
    ("GET", "/api/v1/calls/<int:call_pk>", "/api/v1/calls/{own}", codes(401, 200, 200, 200, 200)),
    ("GET", "/api/v1/calls/<int:call_pk>", "/api/v1/calls/{other}", codes(401, 404, 200, 200, 200)),
    ("GET", "/api/v1/calls/<int:call_pk>/assessment", "/api/v1/calls/{other}/assessment",
     codes(401, 404, 200, 200, 200)),
    ("GET", "/api/v1/calls/<int:call_pk>/assessments", "/api/v1/calls/{own}/assessments",
     codes(401, 200, 200, 200, 200)),
    ("GET", "/api/v1/calls/<int:call_pk>/review", "/api/v1/calls/{own}/review", codes(401, 200, 200, 200, 200)),
    ("POST", "/api/v1/calls/<int:call_pk>/review", "/api/v1/calls/{own}/review", codes(401, 403, 200, 200, 200)),
    ("GET", "/static/<path:filename>", "/static/app.js", codes(200, 200, 200, 200, 200)),
]


@pytest.fixture(scope="module")
def app_once(tmp_path_factory: pytest.TempPathFactory, hand_scored) -> Seeded:  # type: ignore[no-untyped-def]
    return make_app(tmp_path_factory, hand_scored, csrf=False)


@pytest.fixture(scope="module")
def tokens(app_once: Seeded) -> dict[str, str]:
    from tests.web.conftest import ROLE_USER
    from web.accounts import issue_token

    with app_once.store.session() as session:
        return {role: issue_token(session, user) for role, user in ROLE_USER.items()}


@pytest.fixture(scope="module")
def clients(app_once: Seeded):  # type: ignore[no-untyped-def]
    from tests.web.conftest import ROLE_USER

    return {role: login(app_once.app.test_client(), ROLE_USER[role]) if role else app_once.app.test_client()
            for role in ROLES}


def _cases():  # type: ignore[no-untyped-def]
    for method, rule, path, expected in MATRIX:
        for role in ROLES:
            yield pytest.param(method, path, role, expected[role], id=f"{method} {path} as {role or 'anonymous'}")


@pytest.mark.parametrize("method, path, role, status", list(_cases()))
def test_route_access(app_once: Seeded, clients, tokens, method, path, role, status):  # type: ignore[no-untyped-def]
    url = path.format(own=app_once.call_pks[OWN], other=app_once.call_pks[OTHER])
    if path == "/auth/logout":
        client = app_once.app.test_client()
        if role:
            from tests.web.conftest import ROLE_USER
            login(client, ROLE_USER[role])
    else:
        client = clients[role]
    headers = {"Authorization": f"Bearer {tokens[role]}"} if role and url.startswith("/api/") else {}
    kwargs = {"json": {"decisions": []}} if url.startswith("/api/") and method == "POST" else {"data": {}}
    response = client.open(url, method=method, headers=headers, **kwargs)
    assert response.status_code == status, response.data[:300]
    if status == LOGIN and role is None and not url.startswith(("/lang", "/auth", "/api")) and url != "/":
        assert "/auth/login" in response.headers["Location"]


def test_matrix_covers_every_route(app_once: Seeded):
    covered = {(method, rule) for method, rule, _, _ in MATRIX}
    for rule in app_once.app.url_map.iter_rules():
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            assert (method, rule.rule) in covered, f"{method} {rule.rule} is not in the access matrix"


def test_every_api_route_is_in_the_openapi_document(app_once: Seeded):
    import re

    paths = app_once.app.test_client().get("/api/v1/openapi.json").get_json()["paths"]
    for rule in app_once.app.url_map.iter_rules():
        if not rule.rule.startswith("/api/v1/"):
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule.removeprefix("/api/v1"))
        assert path in paths, f"{rule.rule} is missing from openapi.json"
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            assert method.lower() in paths[path], f"{method} {rule.rule} is missing from openapi.json"
