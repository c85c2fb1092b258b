"""Measured accuracy on the labelled sample calls (issue 4): real Whisper, the labels of samples/manifest.jsonl."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from qa.evaluation import evaluate_call, summarize
from qa.model import SIX_STEPS
from tests.conftest import SAMPLES, manifest

MIN_STEP_MACRO_F1 = 0.90
MIN_INTERRUPTION_EXACT_SHARE = 0.90
MAX_SPEECH_RATE_ERROR = 0.10
MIN_RECALL, MIN_PRECISION = 0.95, 0.90


@pytest.fixture(scope="module")
def summary(scored_samples) -> dict:
    """The `qa eval` summary of every sample call, each transcribed once per session."""
    return summarize([evaluate_call(entry, assessment) for entry, assessment in scored_samples.values()], wall_s=0.0)


def _misses(summary: dict, field: str) -> list:
    return [(c["id"], c[field]["expected"], c[field]["got"]) for c in summary["per_call"]
            if field in c and c[field]["expected"] != c[field]["got"]]


def test_the_labelled_set_exercises_every_rule_both_ways():
    entries = manifest()
    labels = [e["expected"] for e in entries]
    assert len(entries) >= 15
    for step in SIX_STEPS:
        found = [x["steps"][step] and step not in x.get("not_applicable", []) for x in labels]
        assert any(found) and not all(found), step
    assert any(step in x.get("not_applicable", []) for x in labels for step in ("感知情绪", "安抚情绪"))
    for field in ("agent_interruptions", "customer_interruptions", "dead_air", "holds"):
        assert {x[field] > 0 for x in labels} == {True, False}, field
    for field in ("jargon", "jargon_explained", "forbidden", "pii"):
        assert {bool(x[field]) for x in labels} == {True, False}, field
    rates = [x["agent_speech_rate_cpm"] for x in labels]
    assert min(rates) < 150 and max(rates) > 300 and any(180 <= r <= 260 for r in rates)
    assert {e["layout"] for e in entries} == {"stereo", "mono"}
    assert sum((SAMPLES / e["audio"]).stat().st_size for e in entries) < 15_000_000


@pytest.mark.slow
def test_six_step_macro_f1(summary):
    steps = summary["steps"]
    detail = {step: (steps[step]["f1"], steps[step]["fp"], steps[step]["fn"]) for step in SIX_STEPS}
    wrong = [(c["id"], step, s["expected"], s["got"]) for c in summary["per_call"]
             for step, s in c["steps"].items() if s["expected"] != s["got"]]
    assert steps["macro"]["f1"] >= MIN_STEP_MACRO_F1, (detail, wrong)


@pytest.mark.slow
def test_agent_interruption_count_is_exact_on_most_calls(summary):
    share = summary["agent_interruptions"]["exact_share"]
    assert share >= MIN_INTERRUPTION_EXACT_SHARE, _misses(summary, "agent_interruptions")


@pytest.mark.slow
def test_agent_speech_rate_is_within_ten_percent(summary):
    rate = summary["speech_rate"]
    errors = [(c["id"], c["agent_speech_rate_cpm"]) for c in summary["per_call"]]
    assert rate["unmeasured"] == 0 and rate["mean_relative_error"] <= MAX_SPEECH_RATE_ERROR, errors


@pytest.mark.slow
@pytest.mark.parametrize("field", ["jargon", "forbidden"])
def test_jargon_and_forbidden_phrases_are_found_and_not_invented(summary, field):
    tally = summary[field]
    cases = [(c["id"], c[field]["expected"], c[field]["got"]) for c in summary["per_call"]
             if c[field]["fp"] or c[field]["fn"]]
    assert tally["recall"] >= MIN_RECALL, cases
    assert tally["precision"] >= MIN_PRECISION, cases


@pytest.mark.slow
def test_eval_command_prints_the_design_json(tmp_path):
    """`qa eval DIR --json` on a one-call dataset: the DESIGN §8 keys, stdout only JSON."""
    call = next(e for e in manifest() if e["id"] == "ecommerce_forbidden")
    (tmp_path / call["audio"]).symlink_to(SAMPLES / call["audio"])
    (tmp_path / "manifest.jsonl").write_text(json.dumps(call, ensure_ascii=False) + "\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "qa.cli", "eval", str(tmp_path), "--json"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["calls"] == 1 and result["wall_s"] > 0
    for key in ("cer", "speaker_attribution", "steps", "agent_interruptions", "speech_rate", "jargon", "forbidden"):
        assert key in result, key
    assert set(result["steps"]["macro"]) == {"precision", "recall", "f1"}
    assert "[1/1] ecommerce_forbidden" in run.stderr
