"""Explanations written in English and Chinese side by side: ``Text`` and ``say``.

Every reason the scorer gives (a finding's rule, a step's rule, an item's reason,
a review reason) is a ``Text``. Its English goes to the model's ``rule`` /
``reason`` fields (the JSON contract, the CLI), its Chinese to their ``*_zh``
siblings (the review UI). ``say`` fills both templates with the same values, so the
two languages cannot state different numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Text:
    """One explanation in English and in Chinese."""

    en: str
    zh: str

    def __add__(self, other: Text) -> Text:
        return Text(self.en + other.en, self.zh + other.zh)

    def join(self, parts: Iterable[Text]) -> Text:
        """Return ``parts`` with this text between them, as ``str.join`` does in each language."""
        parts = list(parts)
        return Text(self.en.join(p.en for p in parts), self.zh.join(p.zh for p in parts))


EMPTY = Text("", "")
SEMICOLON = Text("; ", "；")
ROLE_NAMES = {"agent": Text("agent", "坐席"), "customer": Text("customer", "客户"),
              "unknown": Text("unknown", "未知说话人")}


def say(en: str, zh: str, **values: object) -> Text:
    """Return both templates filled with ``values``; a ``Text`` value fills each language with its own side."""
    return Text(en.format(**{k: v.en if isinstance(v, Text) else v for k, v in values.items()}),
                zh.format(**{k: v.zh if isinstance(v, Text) else v for k, v in values.items()}))


def role_name(role: str) -> Text:
    """Return the name of a speaker role ('agent' / 坐席)."""
    return ROLE_NAMES.get(role, Text(role, role))
