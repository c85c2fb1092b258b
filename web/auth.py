"""Login, logout and the language switch; the current user comes from Flask-Login."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from flask_login import UserMixin, login_required, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired

from web import accounts, login_manager
from web.db import db
from web.i18n import COOKIE, LANGUAGES, gettext as _

bp = Blueprint("auth", __name__)
LANGUAGE_COOKIE_DAYS = 365


@dataclass
class User(UserMixin):
    """The logged-in account as the views see it."""

    id: int
    username: str
    role: str
    agent_id: str | None

    @property
    def only_own_calls(self) -> str | None:
        """Return the agent id whose calls alone this user may see (agents), else None."""
        return (self.agent_id or "") if self.role == "agent" else None


def as_user(account: accounts.Account) -> User:
    return User(account.id, account.username, account.role, account.agent_id)


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    account = accounts.get_account(db(), int(user_id))
    return as_user(account) if account else None


class LoginForm(FlaskForm):
    username = StringField("用户名", validators=[DataRequired()])
    password = PasswordField("密码", validators=[DataRequired()])


def _local(target: str | None, fallback: str) -> str:
    """Return ``target`` if it is a path on this site, else ``fallback`` (no open redirects)."""
    return target if target and target.startswith("/") and not target.startswith("//") else fallback


@bp.route("/auth/login", methods=["GET", "POST"])
def login() -> str | Response:
    form = LoginForm()
    if form.validate_on_submit():
        account = accounts.check_login(db(), form.username.data, form.password.data)
        if account is None:
            flash(_("用户名或密码错误。"))
        else:
            login_user(as_user(account))
            return redirect(_local(request.args.get("next"), url_for("index")))
    return render_template("login.html", form=form)


@bp.route("/auth/logout", methods=["POST"])
@login_required
def logout() -> Response:
    logout_user()
    return redirect(url_for("auth.login"))


@bp.route("/lang/<code>")
def language(code: str) -> Response:
    """Remember the chosen language in a cookie and go back to the page the user was on."""
    response = redirect(_local(request.args.get("next"), url_for("index")))
    if code in LANGUAGES:
        response.set_cookie(COOKIE, code, max_age=LANGUAGE_COOKIE_DAYS * 86400, samesite="Lax", httponly=True)
    return response
