"""Alembic migrations of the callqa database; qa.store runs them to head on open."""
