"""Web fixtures: an app on a real SQLite store seeded with scored hand-made calls, one user per role."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, update

from qa.config import load_settings
from qa.store import Store
from qa.tables import CallRow
from tests.web.seed import Scored, seeded_assessments
from web import create_app
from web.accounts import save_account

PASSWORD = "correct-horse"
USERS = {"admin1": ("admin", None), "super1": ("supervisor", None), "review1": ("reviewer", None),
         "agent1": ("agent", "A1"), "agent2": ("agent", "A2")}
ROLE_USER = {"admin": "admin1", "supervisor": "super1", "reviewer": "review1", "agent": "agent1"}


@dataclass
class Seeded:
    app: Flask
    store: Store
    call_pks: dict[str, int]  # call id -> calls.id


@pytest.fixture(scope="session")
def hand_scored(tmp_path_factory: pytest.TempPathFactory) -> list[Scored]:
    """Return the hand-made calls scored once per test session (the scorer's first run loads its NLP models)."""
    return seeded_assessments(tmp_path_factory.mktemp("hand-made"))


def seed_store(store: Store, scored: list[Scored]) -> dict[str, int]:
    """Store the hand-made calls and the users; return call id -> primary key."""
    pks = {}
    for assessment, audio, agent_id, when in scored:
        pk = store.save_assessment(assessment, audio, agent_id=agent_id)
        with store.session() as session, session.begin():
            session.execute(update(CallRow).where(CallRow.id == pk).values(call_time=when))
        pks[assessment.call_id] = pk
    with store.session() as session:
        for username, (role, agent_id) in USERS.items():
            save_account(session, username, PASSWORD, role, agent_id)
    return pks


def make_app(tmp_path_factory: pytest.TempPathFactory, scored: list[Scored], csrf: bool) -> Seeded:
    data_dir = tmp_path_factory.mktemp("web")
    settings = load_settings(data_dir=data_dir, secret_key="test-secret")
    app = create_app({"TESTING": True, "WTF_CSRF_ENABLED": csrf}, settings=settings)
    store = app.extensions["callqa_store"]
    pks = seed_store(store, scored)
    with store.session() as session:
        assert sorted(session.scalars(select(CallRow.call_id))) == sorted(pks)
    return Seeded(app, store, pks)


@pytest.fixture()
def seeded(tmp_path_factory: pytest.TempPathFactory, hand_scored: list[Scored]) -> Seeded:
    """A fresh seeded app per test (CSRF off, as in Flask's tutorial tests)."""
    return make_app(tmp_path_factory, hand_scored, csrf=False)


def login(client: FlaskClient, username: str) -> FlaskClient:
    response = client.post("/auth/login", data={"username": username, "password": PASSWORD})
    assert response.status_code == 302, response.data[:300]
    return client


@pytest.fixture()
def as_role(seeded: Seeded):  # type: ignore[no-untyped-def]
    """Return a function giving a test client logged in as the user of a role (None: anonymous)."""

    def client_for(role: str | None) -> FlaskClient:
        client = seeded.app.test_client()
        return login(client, ROLE_USER[role]) if role else client

    return client_for
