"""The Flask review UI: app factory, blueprints, templates (DESIGN §7)."""

from __future__ import annotations

import secrets
from typing import Any

from flask import Flask, Response, redirect, url_for
from flask_login import LoginManager, current_user
from flask_wtf import CSRFProtect

from qa.config import Settings, load_settings
from qa.report import clock
from qa.store import Store

csrf = CSRFProtect()
login_manager = LoginManager()

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": "default-src 'self'; media-src 'self'; style-src 'self'; script-src 'self'; "
                               "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'",
}
HOME_BY_ROLE = {"agent": "agent.my_calls", "supervisor": "dashboard.overview"}


def create_app(test_config: dict[str, Any] | None = None, settings: Settings | None = None) -> Flask:
    """Return the configured review application (tests pass their own config and settings)."""
    settings = settings or load_settings()
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY=settings.secret_key or _persistent_secret(settings),
        MAX_CONTENT_LENGTH=settings.upload_max_total_mb * 2**20,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        CALLQA_SETTINGS=settings,
    )
    if test_config:
        app.config.update(test_config)
    app.extensions["callqa_store"] = Store(settings.resolved_database_url, settings.audio_dir)

    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "请先登录。"

    from web import admin, agent, api, appeals, auth, batch_jobs, calls, dashboard, db, i18n, review, uploads
    from web.labels import ROLE_LABELS

    db.init_app(app)
    i18n.init_app(app)
    for blueprint in (auth.bp, calls.bp, review.bp, agent.bp, appeals.bp, dashboard.bp, uploads.bp, admin.bp,
                      api.bp):
        app.register_blueprint(blueprint)
    csrf.exempt(api.bp)  # the API authenticates every request by bearer token, never by cookie
    app.add_url_rule("/", endpoint="index", view_func=_home)
    app.jinja_env.filters["clock"] = clock
    app.jinja_env.globals["role_labels"] = ROLE_LABELS

    batch_jobs.resume_unfinished(app)

    @app.after_request
    def security_headers(response: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    return app


def _home() -> Response:
    """Send each role to the page it starts from."""
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login"))
    return redirect(url_for(HOME_BY_ROLE.get(current_user.role, "calls.call_list")))


def _persistent_secret(settings: Settings) -> str:
    """Return a secret key kept in the data directory, so logins survive restarts."""
    path = settings.data_dir / "secret_key"
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()
