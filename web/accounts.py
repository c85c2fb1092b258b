"""Accounts: hashed passwords, API tokens (stored as sha256, shown once), lookups for login and the API."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from qa.tables import ROLES, UserRow
from web.i18n import LocalizedError

MIN_PASSWORD = 8
TOKEN_BYTES = 32


class AccountError(LocalizedError):
    """An account that cannot be saved as asked (unknown role, agent without an agent id…)."""


@dataclass(frozen=True)
class Account:
    """A user as the web layer needs it (never the password or token hash)."""

    id: int
    username: str
    role: str
    agent_id: str | None
    has_token: bool


def _account(row: UserRow) -> Account:
    return Account(row.id, row.username, row.role, row.agent_id, row.api_token_hash is not None)


def token_hash(token: str) -> str:
    """Return the stored form of an API token (tokens are random, so a plain sha256 is enough)."""
    return hashlib.sha256(token.encode()).hexdigest()


def save_account(session: Session, username: str, password: str, role: str, agent_id: str | None) -> Account:
    """Create or update an account with a hashed password; return it."""
    if role not in ROLES:
        raise AccountError("角色必须是 {roles} 之一。", roles=", ".join(ROLES))
    if role == "agent" and not agent_id:
        raise AccountError("坐席账号需要坐席工号。")
    if len(password) < MIN_PASSWORD:
        raise AccountError("密码至少需要 {n} 个字符。", n=MIN_PASSWORD)
    row = session.scalars(select(UserRow).where(UserRow.username == username)).first()
    if row is None:
        row = UserRow(username=username)
        session.add(row)
    row.password_hash, row.role, row.agent_id = generate_password_hash(password), role, agent_id
    session.commit()
    return _account(row)


def issue_token(session: Session, username: str) -> str:
    """Return a new API token for ``username`` (the old one stops working); only its hash is kept."""
    row = session.scalars(select(UserRow).where(UserRow.username == username)).first()
    if row is None:
        raise AccountError("没有用户 {name}。", name=username)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    row.api_token_hash = token_hash(token)
    session.commit()
    return token


def check_login(session: Session, username: str, password: str) -> Account | None:
    """Return the active account if the password is right, else None."""
    row = session.scalars(select(UserRow).where(UserRow.username == username)).first()
    if row is None or not row.active or not check_password_hash(row.password_hash, password):
        return None
    return _account(row)


def account_by_token(session: Session, token: str) -> Account | None:
    """Return the active account that owns this API token, else None."""
    if not token:
        return None
    row = session.scalars(select(UserRow).where(UserRow.api_token_hash == token_hash(token))).first()
    return _account(row) if row is not None and row.active else None


def get_account(session: Session, user_id: int) -> Account | None:
    row = session.get(UserRow, user_id)
    return _account(row) if row is not None and row.active else None


def list_accounts(session: Session) -> list[Account]:
    return [_account(row) for row in session.scalars(select(UserRow).order_by(UserRow.role, UserRow.username))]
