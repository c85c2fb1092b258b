"""The call-list filter: parsed and checked from the query string, shared by pages, exports and the API."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any, Mapping

from qa.model import SIX_STEPS

SORT_KEYS = ("time", "call", "agent", "duration", "score", "grade")
SIMPLE_FLAGS = ("forbidden_phrase", "jargon", "interruption", "dead_air", "critical", "missing_step")
YES_NO = ("", "yes", "no")


class FilterError(ValueError):
    """A filter value in the query string makes no sense; the message names it."""


@dataclass(frozen=True)
class CallFilter:
    """What the user asked to see: every field optional, defaults show everything newest first."""

    date_from: date | None = None
    date_to: date | None = None
    agent: str = ""
    score_min: float | None = None
    score_max: float | None = None
    grade: str = ""
    needs_review: str = ""
    reviewed: str = ""
    flag: str = ""
    q: str = ""
    sort: str = "time"
    order: str = "desc"

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> CallFilter:
        """Return the filter of a query string; raise FilterError naming the first bad value."""
        values: dict[str, Any] = {}
        for name in ("date_from", "date_to"):
            if args.get(name):
                try:
                    values[name] = date.fromisoformat(args[name])
                except ValueError:
                    raise FilterError(f"{name}: {args[name]!r} is not a date (YYYY-MM-DD)") from None
        for name in ("score_min", "score_max"):
            if args.get(name, "") != "":
                try:
                    values[name] = float(args[name])
                except ValueError:
                    raise FilterError(f"{name}: {args[name]!r} is not a number") from None
        for name in ("agent", "grade", "q"):
            values[name] = args.get(name, "").strip()[:200]
        for name in ("needs_review", "reviewed"):
            values[name] = _choice(args, name, YES_NO)
        flag = args.get("flag", "")
        if flag and flag not in SIMPLE_FLAGS and flag.removeprefix("missing:") not in SIX_STEPS:
            raise FilterError(f"flag: unknown flag {flag!r}")
        values["flag"] = flag
        values["sort"] = _choice(args, "sort", SORT_KEYS, default="time")
        values["order"] = _choice(args, "order", ("desc", "asc"), default="desc")
        return cls(**values)

    def query_args(self) -> dict[str, str]:
        """Return the non-default fields as query-string arguments (for links that keep the filter)."""
        default = CallFilter()
        return {f.name: str(value) for f in fields(self)
                if (value := getattr(self, f.name)) != getattr(default, f.name) and value is not None}

    def to_dict(self) -> dict[str, Any]:
        return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(self).items()}


def _choice(args: Mapping[str, str], name: str, allowed: tuple[str, ...], default: str = "") -> str:
    value = args.get(name, default) or default
    if value not in allowed:
        raise FilterError(f"{name}: {value!r} is not one of {', '.join(a for a in allowed if a)}")
    return value
