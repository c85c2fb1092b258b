"""Read a scorecard rubric (TOML) into a checked, typed object."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_RUBRIC = Path(__file__).parent / "rubrics" / "default.toml"
ITEM_KINDS = {"step", "order", "speech_rate", "interruptions", "jargon", "forbidden", "etiquette"}


class RubricError(ValueError):
    """The rubric file is missing a setting or has one that makes no sense."""


@dataclass(frozen=True)
class Rubric:
    """A scorecard: items with weights, thresholds per measurement, grade bands."""

    name: str
    version: str
    items: tuple[dict[str, Any], ...]
    grades: tuple[tuple[str, float], ...]
    settings: dict[str, dict[str, Any]]
    path: Path

    @property
    def stamp(self) -> str:
        """Return ``name@version``, stamped on every Assessment."""
        return f"{self.name}@{self.version}"

    def setting(self, section: str, key: str) -> Any:
        """Return one threshold, e.g. ``setting("silence", "dead_air_s")``."""
        try:
            return self.settings[section][key]
        except KeyError:
            raise RubricError(f"{self.path}: missing [{section}] {key}") from None

    def grade_for(self, total: float) -> str:
        """Return the grade whose lower bound ``total`` reaches."""
        for grade, lowest in self.grades:
            if total >= lowest:
                return grade
        return self.grades[-1][0]


def load_rubric(path: str | Path | None = None) -> Rubric:
    """Return the rubric at ``path`` (default: ``scoring/rubrics/default.toml``)."""
    path = Path(path) if path else DEFAULT_RUBRIC
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise RubricError(f"rubric file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise RubricError(f"{path}: not valid TOML ({exc})") from None
    header = data.pop("rubric", {})
    items = tuple(data.pop("items", []))
    grades = data.pop("grades", {})
    if not header.get("name") or not header.get("version"):
        raise RubricError(f"{path}: [rubric] needs a name and a version")
    if not items or not grades:
        raise RubricError(f"{path}: needs [[items]] and [grades]")
    for item in items:
        missing = {"id", "label", "kind", "max"} - set(item)
        if missing:
            raise RubricError(f"{path}: item {item.get('id', '?')} lacks {', '.join(sorted(missing))}")
        if item["kind"] not in ITEM_KINDS:
            raise RubricError(f"{path}: item {item['id']} has unknown kind {item['kind']!r}")
    ordered_grades = tuple(sorted(grades.items(), key=lambda kv: kv[1], reverse=True))
    return Rubric(
        name=str(header["name"]),
        version=str(header["version"]),
        items=items,
        grades=ordered_grades,
        settings=data,
        path=path,
    )
