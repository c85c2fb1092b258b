"""Server-side SVG charts: shapes where the data says, data text escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from qa.model import Finding
from tests.transcripts import transcript
from web.charts import bar_rows, histogram, line_chart, speaker_timeline

SVG = "{http://www.w3.org/2000/svg}"


def parse(markup) -> ET.Element:
    return ET.fromstring(str(markup))


def test_timeline_has_one_bar_per_segment_and_marks_overlap_and_silence():
    call = transcript(("agent", 0, 4, "您好<script>"), ("customer", 3.5, 8, "我要投诉"), ("agent", 20, 24, "好的"))
    findings = [Finding("overlap", "info", "customer", 3.5, 4.0, "", ""),
                Finding("dead_air", "minor", "unknown", 8.0, 20.0, "", ""),
                Finding("jargon", "minor", "agent", 20, 24, "后台", "")]
    svg = parse(speaker_timeline(call, findings, {"agent": "坐席", "customer": "客户"}))
    bars = svg.findall(f"{SVG}rect[@class='bar role-agent']") + svg.findall(f"{SVG}rect[@class='bar role-customer']")
    assert len(bars) == 3
    assert [m.get("class") for m in svg.findall(f"{SVG}rect") if "mark" in m.get("class")] == \
        ["mark overlap", "mark silence"]
    assert all(b.get("data-start") for b in bars)
    assert "<script>" not in str(speaker_timeline(call, [], {}))


def test_histogram_counts_each_value_once_including_the_top_edge():
    svg = parse(histogram([0, 55, 59.9, 60, 100], [0, 60, 80, 100], "scores"))
    titles = [t.text for t in svg.iter(f"{SVG}title")]
    assert titles == ["0–60: 3", "60–80: 1", "80–100: 1"]


def test_bar_rows_and_lines_escape_names():
    rows = str(bar_rows([("A<1>", 80.0)], 100, "avg"))
    assert "A&lt;1&gt;" in rows and "A<1>" not in rows
    lines = parse(line_chart({"A1": [80.0, None, 90.0]}, ["d1", "d2", "d3"], 0, 100, "trend"))
    points = lines.find(f"{SVG}polyline").get("points").split()
    assert len(points) == 2
