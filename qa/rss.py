"""Peak resident memory per pipeline stage, for ``qa bench``.

On Linux the kernel keeps the process's peak resident set (``VmHWM`` in
``/proc/self/status``) and resets it to the current size when ``5`` is written to
``/proc/self/clear_refs``: reset at a stage's start, read at its end, and the
peak is that stage's. Elsewhere the peak cannot be reset, and each stage shows
the process's peak so far. Stages record only inside ``recording_stage_peaks``
(the bench), so scoring outside it costs nothing.
"""

from __future__ import annotations

import resource
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Iterator

_STATUS = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")
_PEAKS: ContextVar[dict[str, float] | None] = ContextVar("stage_peaks", default=None)
_highest_mb = 0.0  # the process's peak before the last reset


def peak_mb() -> float:
    """Return the peak resident memory in MB since the last reset (the process's peak where none is possible)."""
    try:
        for line in _STATUS.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def process_peak_mb() -> float:
    """Return the peak resident memory of the whole process in MB, across resets."""
    return max(_highest_mb, peak_mb(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _reset_peak() -> None:
    global _highest_mb
    _highest_mb = max(_highest_mb, peak_mb())
    try:
        _CLEAR_REFS.write_text("5")
    except OSError:
        pass


@contextmanager
def recording_stage_peaks() -> Iterator[dict[str, float]]:
    """Record, while inside, each stage's peak resident memory in MB (the highest when a stage runs again)."""
    peaks: dict[str, float] = {}
    token = _PEAKS.set(peaks)
    try:
        yield peaks
    finally:
        _PEAKS.reset(token)


@contextmanager
def stage_peak(stage: str) -> Iterator[None]:
    """Record the peak resident memory of the work inside as ``stage``'s, when stage peaks are being recorded."""
    peaks = _PEAKS.get()
    if peaks is None:
        yield
        return
    _reset_peak()
    try:
        yield
    finally:
        peaks[stage] = max(peaks.get(stage, 0.0), peak_mb())
