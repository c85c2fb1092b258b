"""Charts drawn on the server as inline SVG: no chart library, no CDN, works offline.

Every function returns ``Markup`` ready for a template; every text that comes
from data is escaped here. Colours and shapes are CSS classes (``style.css``),
because the Content-Security-Policy forbids inline styles.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from qa.model import Finding, Transcript

TIMELINE_ROWS = ("agent", "customer")
TIMELINE_MARKS = {"overlap": "overlap", "interruption": "overlap", "dead_air": "silence", "hold": "silence"}


@dataclass(frozen=True)
class Frame:
    """The drawing area of a chart, in SVG user units."""

    width: int = 640
    height: int = 220
    left: int = 44
    right: int = 12
    top: int = 12
    bottom: int = 28

    @property
    def inner_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def inner_height(self) -> float:
        return self.height - self.top - self.bottom


def _svg(frame: Frame, body: list[str], label: str, css: str) -> Markup:
    return Markup(
        f'<svg class="chart {css}" viewBox="0 0 {frame.width} {frame.height}" role="img" '
        f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">' + "".join(body) + "</svg>"
    )


def _clock(seconds: float) -> str:
    return f"{int(seconds // 60):02d}:{int(seconds % 60):02d}"


def speaker_timeline(transcript: Transcript, findings: list[Finding], labels: dict[str, str]) -> Markup:
    """Return the speaker timeline: a lane per speaker (one bar per segment), then a lane of events.

    The event lane marks overlaps and interruptions (red) and silences: dead air and holds (grey).
    Every bar and mark carries ``data-start`` so a click seeks the audio player there.
    """
    lanes = (*TIMELINE_ROWS, "events")
    frame = Frame(width=960, height=24 * len(lanes) + 28, left=84, top=4, bottom=20)
    duration = max(transcript.duration, max((s.end for s in transcript.segments), default=0.0), 1.0)
    scale = frame.inner_width / duration
    lane_height = frame.inner_height / len(lanes)
    body: list[str] = []

    def lane_top(lane: int) -> float:
        return frame.top + lane * lane_height + 2

    for lane, name in enumerate(lanes):
        body.append(f'<rect class="lane" x="{frame.left}" y="{lane_top(lane):.1f}" width="{frame.inner_width:.1f}" '
                    f'height="{lane_height - 4:.1f}"/>')
        body.append(f'<text class="axis" x="{frame.left - 6}" y="{lane_top(lane) + lane_height / 2 + 2:.1f}" '
                    f'text-anchor="end">{escape(labels.get(name, name))}</text>')
    for lane, role in enumerate(TIMELINE_ROWS):
        for segment in (s for s in transcript.segments if s.role == role):
            x, w = frame.left + segment.start * scale, max(1.5, segment.duration * scale)
            body.append(f'<rect class="bar role-{role}" x="{x:.1f}" y="{lane_top(lane):.1f}" width="{w:.1f}" '
                        f'height="{lane_height - 4:.1f}" data-start="{segment.start}">'
                        f'<title>{_clock(segment.start)} {escape(segment.text)}</title></rect>')
    for finding in findings:
        mark = TIMELINE_MARKS.get(finding.kind)
        if mark is None:
            continue
        x, w = frame.left + finding.start * scale, max(3.0, (finding.end - finding.start) * scale)
        body.append(f'<rect class="mark {mark}" x="{x:.1f}" y="{lane_top(len(TIMELINE_ROWS)):.1f}" '
                    f'width="{w:.1f}" height="{lane_height - 4:.1f}" data-start="{finding.start}">'
                    f'<title>{_clock(finding.start)} {escape(labels.get(finding.kind, finding.kind))}</title></rect>')
    ticks = max(1, int(duration // 30))
    for n in range(ticks + 1):
        seconds = duration * n / ticks
        anchor = "start" if n == 0 else "end" if n == ticks else "middle"
        body.append(f'<text class="axis" x="{frame.left + seconds * scale:.1f}" y="{frame.height - 4}" '
                    f'text-anchor="{anchor}">{_clock(seconds)}</text>')
    return _svg(frame, body, "speaker timeline", "timeline")


def histogram(values: list[float], edges: list[float], label: str) -> Markup:
    """Return a column chart of how many ``values`` fall in each [edge, next edge) bin."""
    counts = [sum(1 for v in values if low <= v < high or (high == edges[-1] and v == high))
              for low, high in zip(edges, edges[1:])]
    return bar_columns([f"{low:g}–{high:g}" for low, high in zip(edges, edges[1:])], counts, label)


def bar_columns(names: list[str], counts: list[float], label: str) -> Markup:
    """Return a vertical bar chart, one column per name."""
    frame = Frame()
    top = max(counts, default=0) or 1
    width = frame.inner_width / max(1, len(names))
    body = [f'<line class="axis-line" x1="{frame.left}" y1="{frame.top + frame.inner_height}" '
            f'x2="{frame.width - frame.right}" y2="{frame.top + frame.inner_height}"/>']
    for n, (name, count) in enumerate(zip(names, counts)):
        h = frame.inner_height * count / top
        x = frame.left + n * width
        y = frame.top + frame.inner_height - h
        body.append(f'<rect class="bar" x="{x + 3:.1f}" y="{y:.1f}" width="{width - 6:.1f}" height="{h:.1f}">'
                    f'<title>{escape(name)}: {count:g}</title></rect>')
        body.append(f'<text class="value" x="{x + width / 2:.1f}" y="{y - 3:.1f}" '
                    f'text-anchor="middle">{count:g}</text>')
        body.append(f'<text class="axis" x="{x + width / 2:.1f}" y="{frame.height - 8}" '
                    f'text-anchor="middle">{escape(name)}</text>')
    return _svg(frame, body, label, "columns")


def bar_rows(rows: list[tuple[str, float]], maximum: float, label: str) -> Markup:
    """Return a horizontal bar chart, one labelled row per (name, value)."""
    frame = Frame(height=max(60, 26 * len(rows) + 16), left=120, right=48, bottom=8)
    body = []
    for n, (name, value) in enumerate(rows):
        y = frame.top + n * 26
        w = frame.inner_width * (value / maximum if maximum else 0)
        body.append(f'<text class="axis" x="{frame.left - 6}" y="{y + 14}" text-anchor="end">{escape(name)}</text>')
        body.append(f'<rect class="bar" x="{frame.left}" y="{y}" width="{max(w, 1):.1f}" height="18">'
                    f'<title>{escape(name)}: {value:g}</title></rect>')
        body.append(f'<text class="value" x="{frame.left + w + 4:.1f}" y="{y + 14}">{value:g}</text>')
    return _svg(frame, body, label, "rows")


def line_chart(series: dict[str, list[float]], x_labels: list[str], low: float, high: float,
               label: str) -> Markup:
    """Return one polyline per named series over shared x positions (None values are skipped)."""
    frame = Frame()
    steps = max(1, len(x_labels) - 1)
    span = (high - low) or 1.0

    def point(n: int, value: float) -> str:
        x = frame.left + frame.inner_width * n / steps
        y = frame.top + frame.inner_height * (1 - (value - low) / span)
        return f"{x:.1f},{y:.1f}"

    body = []
    for tick in range(5):
        value = low + span * tick / 4
        y = frame.top + frame.inner_height * (1 - tick / 4)
        body.append(f'<line class="grid" x1="{frame.left}" y1="{y:.1f}" x2="{frame.width - frame.right}" '
                    f'y2="{y:.1f}"/><text class="axis" x="{frame.left - 6}" y="{y + 4:.1f}" '
                    f'text-anchor="end">{value:g}</text>')
    shown = {0, steps} | set(range(0, steps, max(1, steps // 6)))
    for n in sorted(shown):
        if n < len(x_labels):
            anchor = "start" if n == 0 else "end" if n == steps else "middle"
            body.append(f'<text class="axis" x="{frame.left + frame.inner_width * n / steps:.1f}" '
                        f'y="{frame.height - 8}" text-anchor="{anchor}">{escape(x_labels[n])}</text>')
    for index, (name, values) in enumerate(series.items()):
        points = [point(n, v) for n, v in enumerate(values) if v is not None]
        css = f"series-{index % 6}"
        body.append(f'<polyline class="line {css}" points="{" ".join(points)}"><title>{escape(name)}</title>'
                    f'</polyline>')
        body += [f'<circle class="dot {css}" cx="{p.split(",")[0]}" cy="{p.split(",")[1]}" r="3"/>'
                 for p in points]
    return _svg(frame, body, label, "lines")
