"""The step rules on short invented dialogues that a helper wrote without reading any call.

Each dialogue says whether a step must be found (and which sentence it must quote, or which cause and reason
must be named) or must not be: ``tests/data/steps/``. They guard the lexicons of 了解状况, 确认问题, 解决问题
and 确认理解 against entries that catch the wrong sentences.
"""

from __future__ import annotations

import re

import pytest

from qa.model import Segment, Transcript
from scoring.emotion import customer_emotions
from scoring.rubric import load_rubric
from scoring.steps import detect_steps
from tests.data.steps import solution_dialogues as solutions
from tests.data.steps import step_dialogues as steps

ROLES = {"a": "agent", "A": "agent", "c": "customer", "C": "customer"}


def _call(lines: list[tuple[str, str]]) -> Transcript:
    """Return a stereo transcript of (role, text) lines: one segment a sentence, about 5 characters a second."""
    segments, clock = [], 0.0
    for who, text in lines:
        for sentence in re.findall(r"[^。！？!?]+[。！？!?]?", text):
            length = max(1.2, len(sentence) / 5)
            segments.append(Segment(speaker=who.upper(), role=ROLES[who], start=round(clock, 2),
                                    end=round(clock + length, 2), text=sentence))
            clock += length + 0.4
    return Transcript(duration=round(clock, 2), layout="stereo", engine="hand", model="hand", segments=segments)


def _step(lines: list[tuple[str, str]], step: str):
    rubric = load_rubric()
    call = _call(lines)
    return next(s for s in detect_steps(call, rubric, customer_emotions(call, rubric)) if s.step == step)


def _lines(script: list[str]) -> tuple[list[tuple[str, str]], str]:
    """Return the (role, text) lines of an "A: …" / "C: …" script, and the text marked with '*'."""
    lines = [(line.lstrip("*")[0], line.partition(":")[2].strip()) for line in script]
    marked = next((line.partition(":")[2].strip() for line in script if line.startswith("*")), "")
    return lines, marked


def _step_cases() -> list[tuple[str, bool, list[str]]]:
    problem = "C: 我家的宽带从昨天开始就用不了"
    cases = [("了解状况", True, [steps.GREET, f"C: {said}", question]) for said, question in steps.SITUATION_HITS]
    cases += [("了解状况", False, [steps.GREET, problem, agent, "C: 嗯", steps.SOL]) for agent in steps.SITUATION_MISSES]
    cases += [("确认问题", True, [steps.GREET, *lines]) for lines in steps.PROBLEM_HITS]
    cases += [("确认问题", False, [steps.GREET, *lines]) for lines in steps.PROBLEM_MISSES]
    tv = ["C: 我家的电视没信号了", steps.SOL, "C: 好的"]
    cases += [("确认理解", True, [steps.GREET, *tv, check, reply]) for check, reply in steps.UNDERSTANDING_HITS]
    cases += [("确认理解", False, [steps.GREET, *tv, agent, "C: 嗯"]) for agent in steps.UNDERSTANDING_MISSES]
    return cases


@pytest.mark.parametrize(("step", "found", "script"), _step_cases())
def test_situation_restatement_and_check_dialogues(step, found, script):
    lines, marked = _lines(script)
    result = _step(lines, step)
    assert (result.status == "found") is found, result.rule
    assert not found or not marked or result.quote == marked


@pytest.mark.parametrize(("dialogue", "turns", "expect"), solutions.POSITIVE, ids=[d[0] for d in solutions.POSITIVE])
def test_a_concrete_step_is_a_solution_with_its_cause_and_reason(dialogue, turns, expect):
    result = _step(turns, "解决问题")
    assert result.status == "found", result.rule
    assert ("cause" not in expect or result.detail["cause"]) and ("reason" not in expect or result.detail["reason"])


@pytest.mark.parametrize(("dialogue", "turns"), solutions.NEGATIVE, ids=[d[0] for d in solutions.NEGATIVE])
def test_questions_holds_restatements_and_vague_promises_are_no_solution(dialogue, turns):
    assert _step(turns, "解决问题").status == "missing"
