"""Call metadata from file names (a pattern such as ``{date}_{agent}_{call}.wav``) and from a sidecar CSV.

Pattern fields: ``{agent}``, ``{call}``, ``{date}`` (20240315 or 2024-03-15), ``{time}`` (0930, 093015,
09-30-15 or 09:30:15) and ``{direction}`` (in/out, inbound/outbound, 呼入/呼出); ``*`` matches anything.
Everything else is literal text. A sidecar CSV (columns file,agent,call,date,time,direction) gives the same
fields per file and wins over the pattern, field by field.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

FIELD_PATTERNS = {
    "agent": r".+?",
    "call": r".+?",
    "date": r"\d{4}-?\d{2}-?\d{2}",
    "time": r"\d{2}[-:.]?\d{2}(?:[-:.]?\d{2})?",
    "direction": r"(?i:inbound|outbound|in|out|呼入|呼出)",
}
DIRECTION_WORDS = {"in": "inbound", "inbound": "inbound", "呼入": "inbound",
                   "out": "outbound", "outbound": "outbound", "呼出": "outbound"}
SIDECAR_COLUMNS = ("file", "agent", "call", "date", "time", "direction")


class MetadataError(ValueError):
    """A file-name pattern or a metadata CSV cannot be used; the message says what to fix."""


@dataclass(frozen=True)
class CallMetadata:
    """What is known about a call besides its audio: ids, when, which way."""

    call_id: str
    agent_id: str | None = None
    call_time: datetime | None = None
    direction: str | None = None
    extra: dict[str, str] = field(default_factory=dict)  # sidecar columns beyond the known ones

    def to_dict(self) -> dict[str, Any]:
        return {"call_id": self.call_id, "agent_id": self.agent_id,
                "call_time": self.call_time.isoformat() if self.call_time else None,
                "direction": self.direction, "extra": dict(self.extra)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CallMetadata:
        stamp = data.get("call_time")
        return cls(call_id=data["call_id"], agent_id=data.get("agent_id"),
                   call_time=datetime.fromisoformat(stamp) if stamp else None,
                   direction=data.get("direction"), extra=dict(data.get("extra") or {}))


@dataclass(frozen=True)
class NamePattern:
    """A compiled file-name pattern; ``read`` returns the fields of a matching name."""

    text: str
    regex: re.Pattern[str]

    @classmethod
    def parse(cls, text: str) -> NamePattern:
        """Return the compiled pattern, or raise MetadataError saying what is wrong with it."""
        parts, seen, position, previous_was_field = [], set(), 0, False
        for match in re.finditer(r"\{([^{}]*)\}|\*|[{}]", text):
            literal = text[position:match.start()]
            if literal:
                parts.append(re.escape(literal))
                previous_was_field = False
            token, name = match.group(0), match.group(1)
            if token in "{}":
                raise MetadataError(f"pattern {text!r}: unbalanced {token!r}; write fields as {{agent}}")
            if token == "*":
                parts.append(".*?")
            else:
                if name not in FIELD_PATTERNS:
                    raise MetadataError(f"pattern {text!r}: unknown field {{{name}}}; "
                                        f"use {', '.join('{' + f + '}' for f in FIELD_PATTERNS)}")
                if name in seen:
                    raise MetadataError(f"pattern {text!r}: field {{{name}}} appears twice")
                if previous_was_field:
                    raise MetadataError(f"pattern {text!r}: fields need literal text between them "
                                        "(such as _ or -) to be told apart")
                seen.add(name)
                parts.append(f"(?P<{name}>{FIELD_PATTERNS[name]})")
            previous_was_field = token != "*"
            position = match.end()
        if text[position:]:
            parts.append(re.escape(text[position:]))
        if not seen:
            raise MetadataError(f"pattern {text!r}: no field; a pattern names at least one of "
                                f"{', '.join('{' + f + '}' for f in FIELD_PATTERNS)}")
        return cls(text, re.compile("".join(parts) + r"\Z"))

    def read(self, name: str) -> dict[str, str] | None:
        """Return the fields of a file name that matches, else None."""
        match = self.regex.match(name)
        return None if match is None else match.groupdict()


def parse_date(text: str) -> date:
    digits = text.replace("-", "")
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except (ValueError, IndexError):
        raise MetadataError(f"date {text!r}: write it as 20240315 or 2024-03-15") from None


def parse_time(text: str) -> time:
    digits = re.sub(r"[-:.]", "", text)
    try:
        if len(digits) not in (4, 6) or not digits.isdigit():
            raise ValueError
        return time(int(digits[:2]), int(digits[2:4]), int(digits[4:6] or 0))
    except ValueError:
        raise MetadataError(f"time {text!r}: write it as 0930, 093015 or 09:30:15") from None


def parse_direction(text: str) -> str:
    try:
        return DIRECTION_WORDS[text.lower()]
    except KeyError:
        raise MetadataError(f"direction {text!r}: use in/out, inbound/outbound or 呼入/呼出") from None


def metadata_from_fields(fields: dict[str, str], default_call_id: str) -> CallMetadata:
    """Return the metadata a set of raw fields (from a name or a CSV row) describes."""
    day = parse_date(fields["date"]) if fields.get("date") else None
    clock = parse_time(fields["time"]) if fields.get("time") else None
    return CallMetadata(
        call_id=fields.get("call") or default_call_id,
        agent_id=fields.get("agent") or None,
        call_time=datetime.combine(day, clock or time()) if day else None,
        direction=parse_direction(fields["direction"]) if fields.get("direction") else None,
    )


def read_sidecar(path: Path) -> dict[str, dict[str, str]]:
    """Return the rows of a metadata CSV keyed by file name (as written in its ``file`` column)."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            columns = [c.strip() for c in reader.fieldnames or []]
            if "file" not in columns:
                raise MetadataError(f"{path}: the metadata CSV needs a header with a 'file' column "
                                    f"(columns: {','.join(SIDECAR_COLUMNS)})")
            rows: dict[str, dict[str, str]] = {}
            for line, row in enumerate(reader, start=2):
                cleaned = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
                if not cleaned.get("file"):
                    raise MetadataError(f"{path}, line {line}: the 'file' column is empty")
                if cleaned["file"] in rows:
                    raise MetadataError(f"{path}, line {line}: {cleaned['file']} is listed twice")
                try:
                    metadata_from_fields(cleaned, cleaned["file"])
                except MetadataError as exc:
                    raise MetadataError(f"{path}, line {line}: {exc}") from None
                rows[cleaned["file"]] = cleaned
            return rows
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise MetadataError(f"{path}: cannot read the metadata CSV ({exc})") from None


@dataclass(frozen=True)
class FileNaming:
    """How a batch learns each file's metadata: the pattern, then the sidecar CSV on top."""

    pattern: NamePattern | None = None
    sidecar: dict[str, dict[str, str]] = field(default_factory=dict)

    def metadata(self, path: Path, folder: Path) -> tuple[CallMetadata, str | None]:
        """Return the file's metadata and a warning when the pattern did not match its name."""
        warning, fields = None, {}
        if self.pattern is not None:
            fields = self.pattern.read(path.name)
            if fields is None:
                warning = (f"{path.name}: name does not match the pattern {self.pattern.text!r}; "
                           f"scored with call id {path.stem!r} and no agent")
                fields = {}
        relative = path.relative_to(folder).as_posix()
        row = self.sidecar.get(relative) or self.sidecar.get(path.name)
        if row is not None:
            fields = {**fields, **{k: v for k, v in row.items() if k in SIDECAR_COLUMNS[1:] and v}}
            warning = None
        try:
            metadata = metadata_from_fields(fields, path.stem)
        except MetadataError as exc:
            metadata, warning = CallMetadata(call_id=path.stem), f"{path.name}: {exc}; scored without metadata"
        extra = {k: v for k, v in (row or {}).items() if k not in SIDECAR_COLUMNS and v}
        return (replace(metadata, extra=extra) if extra else metadata), warning
