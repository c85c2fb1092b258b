"""Per-stage peak resident memory (qa.rss): real allocations, read back from the kernel."""

from __future__ import annotations

import os

import numpy as np
import pytest

from qa.rss import peak_mb, process_peak_mb, recording_stage_peaks, stage_peak

RESETTABLE = os.access("/proc/self/clear_refs", os.W_OK)


def test_a_stage_that_allocates_peaks_higher_than_one_that_does_not():
    with recording_stage_peaks() as peaks:
        with stage_peak("big"):
            block = np.ones(200 * 1024 * 1024 // 8)  # 200 MB, touched
            del block
        with stage_peak("small"):
            np.ones(1024).sum()
    assert set(peaks) == {"big", "small"}
    assert peaks["big"] >= 150
    if RESETTABLE:  # the kernel's peak was reset between the stages
        assert peaks["small"] < peaks["big"] - 150
    assert process_peak_mb() >= peaks["big"]


def test_stages_outside_a_recording_are_not_recorded():
    with stage_peak("alone"):
        pass
    with recording_stage_peaks() as peaks:
        pass
    assert peaks == {}


@pytest.mark.skipif(not RESETTABLE, reason="the kernel's peak cannot be reset here")
def test_a_stage_run_twice_keeps_its_highest_peak():
    with recording_stage_peaks() as peaks:
        with stage_peak("twice"):
            block = np.ones(100 * 1024 * 1024 // 8)
            del block
        first = peaks["twice"]
        with stage_peak("twice"):
            pass
    assert peaks["twice"] == first and peak_mb() > 0
