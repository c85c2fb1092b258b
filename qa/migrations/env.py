"""Alembic environment: migrates the connection qa.store hands over, or the URL in the config."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection

from qa.tables import Base

# Any fixed number: PostgreSQL sessions that upgrade at the same moment take turns on this lock.
UPGRADE_LOCK_KEY = 0x63616C6C


def _migrate(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK_KEY})
        context.run_migrations()


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _migrate(connection)
        return
    engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
    with engine.connect() as fresh:
        _migrate(fresh)
    engine.dispose()


run()
