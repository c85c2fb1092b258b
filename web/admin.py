"""The admin's users page: add or change accounts, issue API tokens."""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, render_template, url_for
from flask_wtf import FlaskForm
from wtforms import PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, Length

from web import accounts
from web.access import roles_required
from web.db import db
from web.i18n import gettext as _
from web.labels import ROLE_LABELS

bp = Blueprint("admin", __name__, url_prefix="/admin")


class UserForm(FlaskForm):
    username = StringField("用户名", validators=[DataRequired(), Length(max=100)])
    password = PasswordField("密码", validators=[DataRequired(), Length(min=accounts.MIN_PASSWORD)])
    role = SelectField("角色", choices=list(accounts.ROLES))
    agent_id = StringField("坐席工号", validators=[Length(max=100)])


def _page(form: UserForm, new_token: dict | None = None) -> str:
    return render_template("admin/users.html", users=accounts.list_accounts(db()), form=form, new_token=new_token)


@bp.route("/users", methods=["GET", "POST"])
@roles_required("admin")
def users() -> str | Response:
    form = UserForm()
    form.role.choices = [(role, _(ROLE_LABELS[role])) for role in accounts.ROLES]
    if form.validate_on_submit():
        try:
            accounts.save_account(db(), form.username.data, form.password.data, form.role.data,
                                  form.agent_id.data.strip() or None)
        except accounts.AccountError as exc:
            flash(exc.localized())
            return _page(form)
        flash(_("已保存用户 {name}。", name=form.username.data), "ok")
        return redirect(url_for("admin.users"))
    return _page(form)


@bp.route("/users/<int:user_id>/token", methods=["POST"])
@roles_required("admin")
def new_token(user_id: int) -> str:
    account = accounts.get_account(db(), user_id)
    if account is None:
        abort(404)
    token = accounts.issue_token(db(), account.username)
    form = UserForm()
    form.role.choices = [(role, _(ROLE_LABELS[role])) for role in accounts.ROLES]
    return _page(form, {"username": account.username, "token": token})
