"""The transcript as HTML: each segment's text escaped, the terms of its findings marked."""

from __future__ import annotations

from markupsafe import Markup, escape

from qa.model import Assessment, Finding, Segment

MARKED_KINDS = {"jargon": "jargon", "forbidden_phrase": "critical", "pii": "pii"}


def _terms_in(segment: Segment, findings: list[Finding]) -> list[tuple[str, str]]:
    """Return (term, css class) of the term findings that happened in this segment."""
    return [(f.quote, MARKED_KINDS[f.kind]) for f in findings
            if f.kind in MARKED_KINDS and f.quote and f.start < segment.end and segment.start < f.end
            and f.role == segment.role]


def highlight(text: str, terms: list[tuple[str, str]]) -> Markup:
    """Return ``text`` escaped, with each occurrence of each term wrapped in ``<mark>``."""
    spans: list[tuple[int, int, str]] = []
    for term, css in sorted(terms, key=lambda t: len(t[0]), reverse=True):
        at = text.find(term)
        while at >= 0:
            if not any(s < at + len(term) and at < e for s, e, _ in spans):
                spans.append((at, at + len(term), css))
            at = text.find(term, at + len(term))
    html, cursor = [], 0
    for start, end, css in sorted(spans):
        html.append(escape(text[cursor:start]))
        html.append(Markup('<mark class="{}">{}</mark>').format(css, text[start:end]))
        cursor = end
    html.append(escape(text[cursor:]))
    return Markup("").join(html)


def highlighted_segments(assessment: Assessment) -> list[Markup]:
    """Return one HTML line per transcript segment, findings' terms marked."""
    return [highlight(s.text, _terms_in(s, assessment.findings)) for s in assessment.transcript.segments]
