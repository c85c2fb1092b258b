"""A small dictionary-based translation: Chinese is the source text, English is a switch.

Templates write ``{{ _("通话列表") }}``; with English chosen the text is looked up
in ``web.i18n_en.ENGLISH`` (a test checks every text used has an entry), and a
missing entry falls back to the Chinese. The choice is a cookie set by ``/lang/<code>``.

The scorer's explanations are not looked up: it writes them in both languages
(``rule`` / ``rule_zh``, ``reason`` / ``reason_zh`` …), and templates pick one with
the ``localized`` filter.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, request

from web.i18n_en import ENGLISH

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"
COOKIE = "lang"


def current_language() -> str:
    """Return the language of the current request: the cookie's, else Chinese."""
    chosen = request.cookies.get(COOKIE, DEFAULT_LANGUAGE)
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def translate(text: str, language: str | None = None) -> str:
    """Return ``text`` in the request's language (``language`` overrides it)."""
    if (language or current_language()) == "en":
        return ENGLISH.get(text, text)
    return text


def gettext(text: str, **values: object) -> str:
    """Return ``text`` translated, with ``{name}`` placeholders filled from ``values``."""
    translated = translate(text)
    return translated.format(**values) if values else translated


def localized(record: object, name: str) -> Any:
    """Return the field ``name`` of ``record`` in the request's language: its ``_zh`` sibling for Chinese.

    Assessments stored before the scorer wrote Chinese have an empty sibling: they show the English.
    """
    chinese = getattr(record, f"{name}_zh", None) if current_language() == "zh" else None
    return chinese or getattr(record, name)


def init_app(app: Flask) -> None:
    """Make ``_``, the ``localized`` filter and the language available to every template."""
    app.jinja_env.globals.update(_=gettext, current_language=current_language)
    app.jinja_env.filters["localized"] = localized


class LocalizedError(ValueError):
    """A refusal a person should read: Chinese source text plus values, shown in their language.

    ``str(error)`` is the English text (for the API and logs); pages call ``localized()``.
    """

    def __init__(self, text: str, **values: object) -> None:
        self.text, self.values = text, values
        super().__init__(translate(text, "en").format(**values))

    def localized(self) -> str:
        return gettext(self.text, **self.values)
