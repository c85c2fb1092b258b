"""The pattern files' shapes: slots, their own examples, and sentences they must or must not catch.

``tests/data/shapes/`` holds invented agent lines (none from a call) that each shape file must catch or
leave alone: taboo replies against ordinary replies and near misses, naming a feeling and soothing against
greetings, questions, solutions, holds, closings and customers' own words; a customer's negative feeling,
a restatement's closing tag and a check of understanding against calm lines and each other's wording.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scoring.lexicons import LEXICON_DIR, ending_tag, find_patterns, load_patterns

DATA = Path(__file__).resolve().parents[1] / "data" / "shapes"
SHAPE_FILES = ("forbidden_patterns", "emotion_ack_patterns", "soothing_patterns", "customer_negative_patterns",
               "confirm_tags_patterns", "confirm_understanding_patterns", "situation_question_patterns",
               "hold_patterns")


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _tags(sentence: str, *names: str) -> set[str]:
    return {tag for name in names for _, tag in find_patterns(sentence, load_patterns(name))}


def test_a_slot_stands_for_its_text_and_quantifiers_are_untouched(tmp_path):
    (tmp_path / "shapes.txt").write_text("# slots\n{WHO} = (?:我|我们)\n{NOT} = (?:不|没)\n"
                                         "推卸责任: {WHO}.{0,2}管{NOT}了\n", encoding="utf-8")
    (pattern, tag), = load_patterns("shapes", tmp_path)
    assert pattern.pattern == "(?:我|我们).{0,2}管(?:不|没)了" and tag == "推卸责任"
    assert pattern.search("这事我们真管不了") and not pattern.search("您管不了")


def test_a_slot_used_before_it_is_defined_is_reported_with_its_line(tmp_path):
    (tmp_path / "shapes.txt").write_text("推卸责任: {WHO}管不了\n{WHO} = 我\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"shapes.txt:1: .*slot \{WHO\} is used before it is defined"):
        load_patterns("shapes", tmp_path)


@pytest.mark.parametrize("name", SHAPE_FILES)
def test_every_shape_catches_the_examples_written_above_it(name):
    patterns = iter(load_patterns(name))
    checked = 0
    examples: list[str] = []
    for line in (LEXICON_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("{"):
            continue
        if line.startswith("#"):
            examples = re.findall(r"「([^」]+)」", line) if "e.g." in line else examples
            continue
        pattern, _ = next(patterns)
        missed = [e for e in examples if not find_patterns(e, ((pattern, ""),))]
        assert not missed, f"{name}: {line[:60]}… misses {missed}"
        checked += len(examples)
        examples = []
    assert checked >= 2  # the examples were read (the three helper-written files hold 50 and more each)


@pytest.mark.parametrize("name", ["forbidden_catch.txt"])
def test_taboo_shapes_catch_each_line_as_its_behaviour(name):
    missed = [line for line in _lines(name)
              if line.partition("|")[0] not in _tags(line.partition("|")[2], "forbidden_patterns")]
    assert not missed


def test_taboo_shapes_leave_ordinary_replies_alone():
    caught = [(line, _tags(line, "forbidden_patterns")) for line in _lines("forbidden_miss.txt")]
    assert [c for c in caught if c[1]] == []


@pytest.mark.parametrize(("name", "patterns"), [("emotion_ack_catch.txt", "emotion_ack_patterns"),
                                                ("soothing_catch.txt", "soothing_patterns")])
def test_emotion_shapes_catch_their_step(name, patterns):
    assert [line for line in _lines(name) if not _tags(line, patterns)] == []


@pytest.mark.parametrize(("name", "patterns"), [("emotion_ack_miss.txt", "emotion_ack_patterns"),
                                                ("soothing_miss.txt", "soothing_patterns")])
def test_each_emotion_step_s_shapes_leave_other_lines_alone(name, patterns):
    assert [line for line in _lines(name) if _tags(line, patterns)] == []


def test_emotion_shapes_leave_other_agent_lines_and_customer_lines_alone():
    caught = [(line, _tags(line, "emotion_ack_patterns", "soothing_patterns")) for line in _lines("emotion_miss.txt")]
    assert [c for c in caught if c[1]] == []


def test_customer_emotion_shapes_catch_negative_feelings_and_leave_calm_lines_alone():
    assert [line for line in _lines("customer_negative_catch.txt") if not _tags(line, "customer_negative_patterns")] == []
    assert [line for line in _lines("customer_negative_miss.txt") if _tags(line, "customer_negative_patterns")] == []


def test_a_restatement_s_tag_ends_its_line_and_is_no_check_of_understanding():
    assert [line for line in _lines("confirm_tags_catch.txt") if not ending_tag(line)] == []
    assert [line for line in _lines("confirm_tags_miss.txt") if _tags(line, "confirm_tags_patterns")] == []
    assert [line for line in _lines("confirm_understanding_catch.txt") if _tags(line, "confirm_tags_patterns")] == []


def test_checks_of_understanding_are_caught_and_restatement_tags_are_not():
    checks = "confirm_understanding_patterns"
    assert [line for line in _lines("confirm_understanding_catch.txt") if not _tags(line, checks)] == []
    assert [line for line in _lines("confirm_understanding_miss.txt") if _tags(line, checks)] == []
