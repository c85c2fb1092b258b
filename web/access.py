"""Who may open what: role decorators for pages. Row-level limits live in ``web.queries``."""

from __future__ import annotations

from functools import wraps
from typing import Any, Callable

from flask import abort
from flask_login import current_user, login_required

STAFF = ("admin", "supervisor", "reviewer")
MANAGERS = ("admin", "supervisor")


def roles_required(*roles: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Return a decorator: anonymous users go to the login page, other roles get 403."""

    def decorator(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        @login_required
        def checked(*args: Any, **kwargs: Any) -> Any:
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return checked

    return decorator
