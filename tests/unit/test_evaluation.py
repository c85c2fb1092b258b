"""The arithmetic of `qa eval`: error rates, matching, step precision/recall/F1, skipped fields."""

from __future__ import annotations

import json

import pytest

from qa.cli import main
from qa.evaluation import (
    Tally,
    character_error_rate,
    edit_distance,
    evaluate_call,
    expected_step,
    infix_distance,
    match_items,
    reference_transcript,
    reference_words,
    render_summary,
    same_phrase,
    same_term,
    solo_turns,
    summarize,
    word_attribution,
)
from qa.model import SIX_STEPS, Assessment, Finding, StepResult
from tests.transcripts import transcript


def assessment(statuses: dict[str, str] | None = None, findings: list[Finding] | None = None,
               metrics: dict | None = None, needs_review: bool = False) -> Assessment:
    """An Assessment of a two-turn call with the given step statuses, findings and metrics."""
    call = transcript(("agent", 0.0, 3.0, "您好，请问有什么可以帮您？"), ("customer", 3.5, 6.0, "我的宽带断了。"))
    statuses = statuses or {}
    return Assessment(
        call_id="c1", rubric_version="test", transcript=call,
        steps=[StepResult(step, statuses.get(step, "missing")) for step in SIX_STEPS],
        findings=findings or [],
        metrics=metrics if metrics is not None else
        {"interruptions": {"agent": 1, "customer": 0}, "dead_air": 0, "speech_rate_cpm": {"agent": 220.0}},
        needs_review=needs_review,
    )


def finding(kind: str, quote: str, **detail) -> Finding:
    return Finding(kind=kind, severity="minor", role="agent", start=0.0, end=1.0, quote=quote, rule="test",
                   detail=detail)


def entry(expected: dict, turns: list[dict] | None = None) -> dict:
    turns = turns if turns is not None else [
        {"role": "agent", "start": 0.0, "end": 3.0, "text": "您好，请问有什么可以帮您？"},
        {"role": "customer", "start": 3.5, "end": 6.0, "text": "我的宽带断了。"},
    ]
    return {"id": "c1", "audio": "c1.wav", "reference": {"turns": turns}, "expected": expected}


def test_edit_distance_counts_substitutions_insertions_and_deletions():
    assert edit_distance("", "") == 0
    assert edit_distance("您好", "您好") == 0
    assert edit_distance("请问您", "请您") == 1
    assert edit_distance("宽带断了", "宽带断") == 1
    assert edit_distance("abc", "xbcd") == 2


def test_character_error_rate_ignores_punctuation_and_reads_digits():
    assert character_error_rate("工号一零二四，您好！", "工号1024您好") == 0.0
    assert character_error_rate("您好", "你好") == pytest.approx(0.5)


def test_tally_precision_recall_f1():
    tally = Tally(tp=3, fp=1, fn=2)
    assert tally.precision == pytest.approx(0.75)
    assert tally.recall == pytest.approx(0.6)
    assert tally.f1 == pytest.approx(2 * 3 / (2 * 3 + 1 + 2))
    assert Tally().precision is None and Tally().recall is None and Tally().f1 is None
    assert Tally(fp=2).f1 == 0.0 and Tally(fp=2).recall is None
    assert (Tally(1, 0, 0) + Tally(0, 1, 1)).to_dict()["f1"] == pytest.approx(0.5)


def test_matching_is_one_to_one():
    assert match_items(["后台", "后台"], ["后台"], same_term) == Tally(tp=1, fp=0, fn=1)
    assert match_items(["后台"], ["后台", "工单"], same_term) == Tally(tp=1, fp=1, fn=0)
    assert match_items([], [], same_term) == Tally()


def test_two_pieces_of_one_labelled_taboo_sentence_are_one_hit_and_no_false_one():
    label = ["退不了就是退不了，您再问多少遍都一样"]
    found = ["退不了就是退不了", "问多少遍都一样"]
    assert match_items(label, found, same_phrase, pieces=True) == Tally(tp=1, fp=0, fn=0)
    assert match_items(label, [*found, "您自己看去"], same_phrase, pieces=True) == Tally(tp=1, fp=1, fn=0)
    assert match_items(label, found, same_phrase) == Tally(tp=1, fp=1, fn=0)


def test_forbidden_phrase_as_spoken_matches_the_lexicon_entry_inside_it():
    assert same_phrase("这个不归我们管", "不归我们管")
    assert same_phrase("不归我们管", "这个不归我们管，您去找厂家")
    assert not same_phrase("随便你", "你自己去查")
    assert not same_phrase("", "随便你")


def test_a_heard_taboo_phrase_spelled_with_homophones_is_the_labelled_one():
    # the ASR's spelling of the same sounds (腿 for 退, twice in six characters) is no other phrase
    assert same_phrase("不退就是不退，您吵也没用", "不腿就是不腿")
    assert not same_phrase("不退就是不退，您吵也没用", "不修就是不修")


def test_a_heard_taboo_phrase_may_differ_by_one_character_in_four():
    assert same_phrase("那是门店加的，您找他们问去", "找她们问去")
    assert not same_phrase("那是门店加的，您找他们问去", "找她们说去吧")
    assert not same_phrase("您找他们去", "找我")
    assert infix_distance("您找他们去", "找她们") == 1 and infix_distance("abc", "") == 0
    assert same_term("ＯＮＵ", "onu") and not same_term("光猫", "光猫灯")


def test_expected_step_reads_both_not_applicable_encodings():
    listed = {"steps": {"感知情绪": False, "了解状况": True, "确认问题": False}, "not_applicable": ["感知情绪"]}
    assert expected_step(listed, "感知情绪") == "not_applicable"
    assert expected_step(listed, "了解状况") == "found"
    assert expected_step(listed, "确认问题") == "missing"
    assert expected_step(listed, "解决问题") is None
    assert expected_step({"steps": {"安抚情绪": "not_applicable"}}, "安抚情绪") == "not_applicable"


def test_fields_missing_from_expected_are_skipped():
    result = evaluate_call(entry({"agent_interruptions": 1}), assessment())
    assert result["agent_interruptions"] == {"expected": 1, "got": 1}
    for skipped in ("steps", "jargon", "forbidden", "dead_air", "agent_speech_rate_cpm", "needs_review"):
        assert skipped not in result
    summary = summarize([result], wall_s=2.0)
    assert "steps" not in summary and "jargon" not in summary
    assert summary["agent_interruptions"] == {"calls": 1, "mean_abs_error": 0, "exact_share": 1.0}


def test_jargon_explained_in_the_turn_is_not_a_jargon_hit():
    found = [finding("jargon", "光猫", explained=True), finding("jargon", "工单", explained=False)]
    result = evaluate_call(entry({"jargon": ["工单", "罚息"], "jargon_explained": ["光猫"]}), assessment(findings=found))
    assert (result["jargon"]["tp"], result["jargon"]["fp"], result["jargon"]["fn"]) == (1, 0, 1)
    assert result["jargon_explained"]["tp"] == 1 and result["jargon_explained"]["fp"] == 0


def test_pii_is_compared_by_type_and_forbidden_by_phrase():
    found = [finding("pii", "*******5678", type="mobile"), finding("forbidden_phrase", "不归我们管")]
    result = evaluate_call(entry({"pii": ["mobile", "id_card"], "forbidden": ["这个不归我们管", "您去找厂家"]}),
                           assessment(findings=found))
    assert (result["pii"]["tp"], result["pii"]["fn"]) == (1, 1)
    assert (result["forbidden"]["tp"], result["forbidden"]["fp"], result["forbidden"]["fn"]) == (1, 0, 1)


def test_speech_rate_relative_error_and_an_unmeasured_rate():
    result = evaluate_call(entry({"agent_speech_rate_cpm": 200.0}), assessment())
    assert result["agent_speech_rate_cpm"]["relative_error"] == pytest.approx(0.1)
    silent = assessment(metrics={"speech_rate_cpm": {"agent": None}})
    unmeasured = evaluate_call(entry({"agent_speech_rate_cpm": 200.0}), silent)
    summary = summarize([result, unmeasured], wall_s=1.0)
    assert summary["speech_rate"] == {"calls": 2, "unmeasured": 1, "mean_relative_error": 0.1,
                                      "max_relative_error": 0.1}


def test_step_precision_recall_f1_and_macro():
    labels = {"steps": {step: True for step in SIX_STEPS}, "not_applicable": []}
    # call 1: every step labelled found; the scorer misses 确认问题
    one = evaluate_call(entry(labels), assessment({s: "found" for s in SIX_STEPS if s != "确认问题"}))
    # call 2: emotion steps not applicable, 确认理解 labelled missing but found
    labels_two = {"steps": {**{s: True for s in SIX_STEPS}, "感知情绪": False, "安抚情绪": False, "确认理解": False},
                  "not_applicable": ["感知情绪", "安抚情绪"]}
    two = evaluate_call(entry(labels_two), assessment({"感知情绪": "found", "安抚情绪": "not_applicable",
                                                       "了解状况": "found", "确认问题": "found",
                                                       "解决问题": "found", "确认理解": "found"}))
    steps = summarize([one, two], wall_s=1.0)["steps"]
    assert steps["确认问题"]["recall"] == 0.5 and steps["确认问题"]["precision"] == 1.0
    assert steps["确认问题"]["f1"] == pytest.approx(0.6667)
    assert steps["确认理解"]["precision"] == 0.5 and steps["确认理解"]["recall"] == 1.0
    # a step labelled not_applicable counts in neither precision nor recall, only in status agreement
    assert steps["感知情绪"]["tp"] == 1 and steps["感知情绪"]["fp"] == 0 and steps["感知情绪"]["not_applicable"] == 1
    assert steps["感知情绪"]["status_agreement"] == 0.5 and steps["安抚情绪"]["status_agreement"] == 1.0
    f1s = [steps[s]["f1"] for s in SIX_STEPS]
    assert steps["macro"]["f1"] == pytest.approx(sum(f1s) / 6, abs=1e-4)


def test_interruption_exact_share_and_mean_error():
    calls = [evaluate_call(entry({"agent_interruptions": n}), assessment()) for n in (1, 1, 0, 3)]
    assert summarize(calls, wall_s=1.0)["agent_interruptions"] == {"calls": 4, "mean_abs_error": 0.75,
                                                                  "exact_share": 0.5}


def test_turns_inside_an_overlap_are_left_out_of_speaker_attribution():
    turns = [{"role": "customer", "start": 0.0, "end": 5.0, "text": "a"},
             {"role": "agent", "start": 2.0, "end": 2.4, "text": "嗯"},
             {"role": "agent", "start": 5.7, "end": 8.0, "text": "b"},
             {"role": "agent", "start": 8.4, "end": 9.0, "text": "c"}]
    assert [t["text"] for t in solo_turns(turns)] == ["b", "c"]
    result = evaluate_call(entry({}), assessment())
    assert result["speakers"] == {"turns": 2, "right": 2, "unheard": 0, "words": 20, "words_right": 20}


def test_word_attribution_counts_words_by_the_reference_turn_under_their_middle():
    reference = [{"role": "agent", "start": 0.0, "end": 2.0, "text": "您好请问"},
                 {"role": "customer", "start": 2.5, "end": 4.5, "text": "宽带断了"},
                 {"role": "unknown", "start": 4.5, "end": 9.0, "text": "音乐"}]
    # the agent's segment runs 1 s into the customer's turn: its 2 words after 2.5 s are wrong, the word in
    # the gap (middle 2.25 s, as near one turn as the other) is right; 好 is nearest the customer's turn
    heard = transcript(("agent", 0.0, 3.5, "您好请问宽带断"), ("customer", 3.5, 4.5, "了"), ("agent", 5.0, 6.0, "好"))
    assert word_attribution(heard, reference) == (6, 9)
    assert word_attribution(heard, []) == (0, 0)


def test_summary_reports_word_attribution_and_the_lowest_call():
    good = evaluate_call(entry({}), assessment())
    bad_call = transcript(("customer", 0.0, 3.0, "您好，请问有什么可以帮您？"), ("customer", 3.5, 6.0, "我的宽带断了。"))
    bad = evaluate_call(entry({}), Assessment(call_id="c2", rubric_version="test", transcript=bad_call))
    speakers = summarize([good, bad], wall_s=1.0)["speaker_attribution"]
    assert speakers["words"] == 40 and speakers["word_accuracy"] == 0.675  # 20 + 7 of 20 + 20
    assert speakers["lowest_word_accuracy"] == 0.35
    assert "of 40 words (lowest call 35.0%)" in render_summary(summarize([good, bad], wall_s=1.0))


def test_report_shows_the_headline_numbers():
    labels = {"steps": {s: True for s in SIX_STEPS}, "agent_interruptions": 1, "jargon": ["工单"],
              "agent_speech_rate_cpm": 200.0, "needs_review": False}
    summary = summarize([evaluate_call(entry(labels), assessment({s: "found" for s in SIX_STEPS}))], wall_s=3.0)
    text = render_summary(summary)
    assert "CER 0.0%" in text and "macro" in text and "agent_interruptions" in text
    assert "jargon" in text and "recall 0.00" in text and "c1" in text
    assert json.loads(json.dumps(summary)) == summary


def test_eval_command_rejects_a_folder_without_a_usable_manifest(tmp_path, capsys):
    assert main(["eval", str(tmp_path)]) == 2
    assert "manifest.jsonl" in capsys.readouterr().err
    (tmp_path / "manifest.jsonl").write_text(json.dumps({"id": "x"}) + "\n", encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 2
    assert "lack" in capsys.readouterr().err


def test_reference_words_share_the_unvoiced_time_out_as_pauses_after_punctuation():
    words = reference_words("好的，我查一下。", 10.0, 14.0, voiced=3.0)
    assert [w.text for w in words] == ["好", "的，", "我", "查", "一", "下。"]
    assert words[0].start == 10.0 and words[-1].end == 14.0
    assert words[2].start - words[1].end == pytest.approx(1.0)  # the one inner pause takes the unvoiced second
    assert all(b.start == pytest.approx(a.end) for a, b in zip(words[2:], words[3:]))
    even = reference_words("好的", 0.0, 1.0, voiced=0.5)  # no punctuation inside: nowhere to pause
    assert [(w.start, w.end) for w in even] == [(0.0, 0.5), (0.5, 1.0)]


def test_reference_transcript_is_the_labelled_turns_heard_perfectly():
    turns = [{"role": "customer", "start": 3.5, "end": 6.0, "text": "我的宽带断了。"},
             {"role": "agent", "start": 0.0, "end": 3.0, "voiced": 2.5, "text": "您好，请问有什么可以帮您？"}]
    call = reference_transcript({**entry({}, turns), "duration": 7.0, "layout": "mono"})
    assert [(s.role, s.text) for s in call.segments] == [("agent", "您好，请问有什么可以帮您？"), ("customer", "我的宽带断了。")]
    assert (call.duration, call.layout, call.engine) == (7.0, "mono", "reference")
    assert "".join(w.text for w in call.segments[0].words) == "您好，请问有什么可以帮您？"
    with pytest.raises(ValueError, match="no reference turns"):
        reference_transcript(entry({}, []))


def test_eval_from_reference_needs_reference_turns(tmp_path, capsys):
    (tmp_path / "manifest.jsonl").write_text(json.dumps({"id": "x", "audio": "x.wav"}) + "\n", encoding="utf-8")
    assert main(["eval", str(tmp_path), "--from-reference"]) == 2
    assert "needs reference turns" in capsys.readouterr().err
