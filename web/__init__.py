"""The Flask review UI: app factory, blueprints, templates."""

from __future__ import annotations

import secrets
from typing import Any

from flask import Flask
from flask_login import LoginManager
from flask_wtf import CSRFProtect

from qa.config import Settings, load_settings
from qa.report import clock
from qa.store import Store

csrf = CSRFProtect()
login_manager = LoginManager()


def create_app(test_config: dict[str, Any] | None = None, settings: Settings | None = None) -> Flask:
    """Return the configured review application (tests pass their own config and settings)."""
    settings = settings or load_settings()
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY=settings.secret_key or _persistent_secret(settings),
        MAX_CONTENT_LENGTH=200 * 1024 * 1024,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )
    if test_config:
        app.config.update(test_config)
    app.extensions["callqa_store"] = Store(settings.resolved_database_url, settings.audio_dir)

    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "请先登录。"

    from web import auth, calls

    app.register_blueprint(auth.bp)
    app.register_blueprint(calls.bp)
    app.add_url_rule("/", endpoint="index", view_func=calls.call_list)
    app.jinja_env.filters["clock"] = clock

    @app.after_request
    def security_headers(response):  # type: ignore[no-untyped-def]
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault(
            "Content-Security-Policy", "default-src 'self'; media-src 'self'; style-src 'self'; script-src 'self'"
        )
        return response

    return app


def _persistent_secret(settings: Settings) -> str:
    """Return a secret key kept in the data directory, so logins survive restarts."""
    path = settings.data_dir / "secret_key"
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()
