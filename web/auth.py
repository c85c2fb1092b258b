"""Login and logout; the current user comes from Flask-Login."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import UserMixin, login_required, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired

from qa.store import Store
from web import login_manager

bp = Blueprint("auth", __name__, url_prefix="/auth")


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
        return self.agent_id if self.role == "agent" else None


def store() -> Store:
    return current_app.extensions["callqa_store"]


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    row = store().get_user(int(user_id))
    return User(row.id, row.username, row.role, row.agent_id) if row else None


class LoginForm(FlaskForm):
    username = StringField("用户名", validators=[DataRequired()])
    password = PasswordField("密码", validators=[DataRequired()])


@bp.route("/login", methods=["GET", "POST"])
def login():  # type: ignore[no-untyped-def]
    form = LoginForm()
    if form.validate_on_submit():
        row = store().check_login(form.username.data, form.password.data)
        if row is None:
            flash("用户名或密码错误。")
        else:
            login_user(User(row.id, row.username, row.role, row.agent_id))
            target = request.args.get("next", "")
            return redirect(target if target.startswith("/") and not target.startswith("//") else url_for("index"))
    return render_template("login.html", form=form)


@bp.route("/logout", methods=["POST"])
@login_required
def logout():  # type: ignore[no-untyped-def]
    logout_user()
    return redirect(url_for("auth.login"))
