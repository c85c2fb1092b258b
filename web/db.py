"""One SQLAlchemy session per request, from the store's engine, closed when the request ends."""

from __future__ import annotations

from flask import Flask, current_app, g
from sqlalchemy.orm import Session

from qa.store import Store


def store() -> Store:
    """Return the application's store (database and audio directory)."""
    return current_app.extensions["callqa_store"]


def db() -> Session:
    """Return this request's session (opened on first use)."""
    if "db_session" not in g:
        g.db_session = store().session()
    return g.db_session


def _close(_error: BaseException | None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.close()


def init_app(app: Flask) -> None:
    app.teardown_appcontext(_close)
