"""Read a scorecard rubric (TOML) into a checked, typed object."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scoring.lexicons import industries_available

DEFAULT_RUBRIC = Path(__file__).parent / "rubrics" / "default.toml"
# Each item kind and the fields it needs besides id, label, kind, max.
ITEM_FIELDS: dict[str, set[str]] = {
    "step": {"step"},
    "order": {"per_violation"},
    "speech_rate": {"soft_points", "per_flag"},
    "calm_tone": {"per_hit"},
    "interruptions": {"points_by_count", "upset_weight"},
    "acknowledgement": set(),
    "jargon": {"per_hit", "confusion_weight"},
    "clarity": {"per_hit"},
    "conduct": {"per_behaviour"},
    "etiquette": {"greeting", "self_id", "closing"},
    "expectations": {"per_missing"},
}
CRITICAL_EFFECTS = {"cap", "fail", "review"}


class RubricError(ValueError):
    """The rubric file is missing a setting or has one that makes no sense."""


@dataclass(frozen=True)
class Rubric:
    """A scorecard: items with weights, critical flags, thresholds per measurement, grade bands."""

    name: str
    version: str
    items: tuple[dict[str, Any], ...]
    critical: tuple[dict[str, Any], ...]
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


def _check_items(path: Path, items: tuple[dict[str, Any], ...]) -> None:
    for item in items:
        missing = {"id", "label", "kind", "max"} - set(item)
        if missing:
            raise RubricError(f"{path}: item {item.get('id', '?')} lacks {', '.join(sorted(missing))}")
        if item["kind"] not in ITEM_FIELDS:
            raise RubricError(f"{path}: item {item['id']} has unknown kind {item['kind']!r}")
        missing = ITEM_FIELDS[item["kind"]] - set(item)
        if missing:
            raise RubricError(f"{path}: item {item['id']} ({item['kind']}) lacks {', '.join(sorted(missing))}")


def _check_critical(path: Path, flags: tuple[dict[str, Any], ...]) -> None:
    for flag in flags:
        missing = {"id", "finding", "effect"} - set(flag)
        if missing:
            raise RubricError(f"{path}: critical flag {flag.get('id', '?')} lacks {', '.join(sorted(missing))}")
        if flag["effect"] not in CRITICAL_EFFECTS:
            raise RubricError(f"{path}: critical flag {flag['id']} has unknown effect {flag['effect']!r} "
                              f"(one of {', '.join(sorted(CRITICAL_EFFECTS))})")
        if flag["effect"] == "cap" and "cap" not in flag:
            raise RubricError(f"{path}: critical flag {flag['id']} caps the total but gives no cap")


def _check_industries(path: Path, settings: dict[str, Any]) -> None:
    chosen = settings.get("jargon", {}).get("industries", ["all"])
    unknown = sorted(set(chosen) - set(industries_available()) - {"all"})
    if unknown:
        raise RubricError(f"{path}: [jargon] industries has no lexicon for {', '.join(unknown)} "
                          f"(known: {', '.join(industries_available())}, or all)")


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
    critical = tuple(data.pop("critical", []))
    grades = data.pop("grades", {})
    if not header.get("name") or not header.get("version"):
        raise RubricError(f"{path}: [rubric] needs a name and a version")
    if not items or not grades:
        raise RubricError(f"{path}: needs [[items]] and [grades]")
    _check_items(path, items)
    _check_critical(path, critical)
    _check_industries(path, data)
    return Rubric(
        name=str(header["name"]),
        version=str(header["version"]),
        items=items,
        critical=critical,
        grades=tuple(sorted(grades.items(), key=lambda kv: kv[1], reverse=True)),
        settings=data,
        path=path,
    )
