"""Exports of the calls of the current filter: CSV (UTF-8 with BOM, opens in Excel) or XLSX (openpyxl)."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timezone

from flask import Response
from openpyxl import Workbook

from web.queries import CallLine

COLUMNS = ("call_id", "agent_id", "call_time", "duration_s", "total", "grade", "reviewed", "total_after_review",
           "needs_review", "critical", "missing_steps", "agent_speech_rate_cpm", "agent_interruptions")
MIME = {"csv": "text/csv; charset=utf-8",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def export_row(line: CallLine) -> list[object]:
    """Return one call as the export's cells, in ``COLUMNS`` order."""
    return [line.call_id, line.agent_id or "", line.call_time.strftime("%Y-%m-%d %H:%M"), round(line.duration, 1),
            line.total, line.grade, "yes" if line.reviewed else "no",
            "" if line.reviewed_total is None else line.reviewed_total, "yes" if line.needs_review else "no",
            "、".join(str(c.get("id", c)) if isinstance(c, dict) else str(c) for c in line.critical),
            "、".join(line.missing_steps), "" if line.speech_rate is None else line.speech_rate, line.interruptions]


def as_csv(lines: list[CallLine]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerows(export_row(line) for line in lines)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def as_xlsx(lines: list[CallLine]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "calls"
    sheet.append(COLUMNS)
    for line in lines:
        sheet.append(export_row(line))
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def download(lines: list[CallLine], fmt: str) -> Response:
    """Return the export as a file download named after the current time."""
    body = as_csv(lines) if fmt == "csv" else as_xlsx(lines)
    name = f"callqa-{datetime.now(timezone.utc):%Y%m%d-%H%M%S}.{fmt}"
    return Response(body, mimetype=MIME[fmt], headers={"Content-Disposition": f"attachment; filename={name}"})
