"""The OpenAPI 3 description of ``/api/v1`` (a test checks that every API route is in it)."""

from __future__ import annotations

from typing import Any

_ERROR = {"description": "error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
_CALL_PK = {"name": "call_pk", "in": "path", "required": True, "schema": {"type": "integer"},
            "description": "the call's number in this store (the `id` of a call)"}


def _json(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _query(name: str, kind: str, text: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "schema": {"type": kind, **extra}, "description": text}


def _read(summary: str, response: dict[str, Any], parameters: list[dict[str, Any]]) -> dict[str, Any]:
    return {"summary": summary, "parameters": parameters,
            "responses": {"200": response, "401": _ERROR, "404": _ERROR}}


CALL_FILTERS = [
    _query("date_from", "string", "first call day (YYYY-MM-DD)", format="date"),
    _query("date_to", "string", "last call day (YYYY-MM-DD)", format="date"),
    _query("agent", "string", "agent id"),
    _query("score_min", "number", "lowest total"), _query("score_max", "number", "highest total"),
    _query("grade", "string", "grade letter"),
    _query("needs_review", "string", "yes / no", enum=["yes", "no"]),
    _query("reviewed", "string", "yes / no", enum=["yes", "no"]),
    _query("flag", "string", "forbidden_phrase, jargon, interruption, dead_air, critical, missing_step or missing:<step>"),
    _query("q", "string", "text searched in the transcripts"),
    _query("sort", "string", "sort key", enum=["time", "call", "agent", "duration", "score", "grade"]),
    _query("order", "string", "asc / desc", enum=["asc", "desc"]),
    _query("page", "integer", "page number, from 1"), _query("per_page", "integer", "rows per page (max 500)"),
]

SCHEMAS: dict[str, Any] = {
    "Error": {"type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]},
    "CallSummary": {"type": "object", "properties": {
        "id": {"type": "integer"}, "call_id": {"type": "string"}, "agent_id": {"type": "string", "nullable": True},
        "call_time": {"type": "string", "format": "date-time"}, "duration": {"type": "number"},
        "layout": {"type": "string"}, "total": {"type": "number"}, "grade": {"type": "string"},
        "needs_review": {"type": "boolean"}, "reviewed": {"type": "boolean"},
        "reviewed_total": {"type": "number", "nullable": True}, "critical": {"type": "array", "items": {"type": "string"}},
    }},
    "CallPage": {"type": "object", "properties": {
        "calls": {"type": "array", "items": _ref("CallSummary")}, "total": {"type": "integer"},
        "page": {"type": "integer"}, "pages": {"type": "integer"}}},
    "Assessment": {"type": "object", "description": "the Assessment JSON of DESIGN §4 (call_id, transcript, metrics, "
                   "steps, findings, items, total, grade, critical, confidence, needs_review, …); every explanation "
                   "is English (rule, reason, not_deducted, review_reasons) with a Chinese sibling ending in _zh "
                   "(rule_zh, reason_zh, not_deducted_zh, review_reasons_zh), empty in assessments stored before "
                   "the scorer wrote Chinese",
                   "additionalProperties": True},
    "AssessmentVersion": {"type": "object", "properties": {
        "id": {"type": "integer"}, "rubric_version": {"type": "string"}, "total": {"type": "number"},
        "grade": {"type": "string"}, "created_at": {"type": "string", "format": "date-time"}}},
    "Decision": {"type": "object", "required": ["item_id", "decision"], "properties": {
        "item_id": {"type": "string"}, "decision": {"type": "string", "enum": ["confirm", "reject", "override"]},
        "points": {"type": "number", "nullable": True, "description": "required for override"},
        "comment": {"type": "string", "description": "required for reject and override"}}},
    "Review": {"type": "object", "properties": {
        "reviewed": {"type": "boolean"}, "reviewer": {"type": "string", "nullable": True},
        "reviewed_at": {"type": "string", "format": "date-time", "nullable": True},
        "total": {"type": "number", "nullable": True, "description": "total after the reviewer's changes"},
        "decisions": {"type": "array", "items": {"allOf": [_ref("Decision"), {"type": "object", "properties": {
            "reviewer": {"type": "string"}, "at": {"type": "string", "format": "date-time"}}}]}}}},
    "ReviewInput": {"type": "object", "properties": {
        "decisions": {"type": "array", "items": _ref("Decision")},
        "reviewed": {"type": "boolean", "description": "also mark the call reviewed"}}},
}


def openapi_document() -> dict[str, Any]:
    """Return the OpenAPI 3.0 document of the JSON API."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "callqa API", "version": "1",
                 "description": "Scored calls, their assessments and reviews. Authenticate with "
                                "`Authorization: Bearer <token>` (create one with `qa users token NAME` "
                                "or on the admin's users page). Agents see only their own calls."},
        "servers": [{"url": "/api/v1"}],
        "security": [{"bearer": []}],
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}, "schemas": SCHEMAS},
        "paths": {
            "/calls": {"get": _read("calls matching a filter, one page", _json("calls", _ref("CallPage")),
                                    CALL_FILTERS)},
            "/calls/{call_pk}": {"get": _read("one call's headline numbers", _json("call", _ref("CallSummary")),
                                              [_CALL_PK])},
            "/calls/{call_pk}/assessment": {"get": _read("the call's current assessment",
                                                         _json("assessment", _ref("Assessment")), [_CALL_PK])},
            "/calls/{call_pk}/assessments": {"get": _read(
                "every assessment of the call, oldest first (re-scoring keeps history)",
                _json("history", {"type": "array", "items": _ref("AssessmentVersion")}), [_CALL_PK])},
            "/calls/{call_pk}/review": {
                "get": _read("the review of the call's current assessment", _json("review", _ref("Review")),
                             [_CALL_PK]),
                "post": {"summary": "record item decisions (reviewer, supervisor, admin)", "parameters": [_CALL_PK],
                         "requestBody": {"required": True,
                                         "content": {"application/json": {"schema": _ref("ReviewInput")}}},
                         "responses": {"200": _json("the review after the change", _ref("Review")),
                                       "400": _ERROR, "401": _ERROR, "403": _ERROR, "404": _ERROR}},
            },
            "/openapi.json": {"get": {"summary": "this document", "security": [],
                                      "responses": {"200": {"description": "OpenAPI 3 document"}}}},
        },
    }
