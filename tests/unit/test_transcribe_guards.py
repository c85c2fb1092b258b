"""The hallucination guards on engine-output data, time restoring after VAD, and model-path checks."""

from __future__ import annotations

import pytest
from faster_whisper.vad import SpeechTimestampsMap

from audio.guards import GuardThresholds, SegmentEvidence, guard_confidence, judge_segment, repetition_loop
from audio.transcribe import (
    DecodedSegment,
    apply_guards,
    restore_times,
    shifted,
    split_at_pauses,
    wordless_stretches,
)
from audio.weights import ModelFormatError, resolve_model
from qa.model import Word
from scoring.confidence import review_status
from scoring.rubric import load_rubric
from tests.transcripts import transcript

GUARDS = GuardThresholds()


def evidence(text: str, avg_logprob: float = -0.2, no_speech_prob: float = 0.05,
             compression_ratio: float = 1.1) -> SegmentEvidence:
    return SegmentEvidence(text, avg_logprob, no_speech_prob, compression_ratio)


def decoded(text: str, start: float = 1.0, end: float = 3.0, **stats: float) -> DecodedSegment:
    chars = [c for c in text if c.strip()]
    step = (end - start) / max(1, len(chars))
    words = [Word(c, start + i * step, start + (i + 1) * step, 0.9) for i, c in enumerate(chars)]
    values = {"avg_logprob": -0.2, "no_speech_prob": 0.05, "compression_ratio": 1.1} | stats
    return DecodedSegment(start, end, text, words, **values)


@pytest.mark.parametrize("text", ["以下是普通话客服电话录音。", "使用简体中文和标点。", "在这儿是普通话录音，使用简体中文。"])
def test_echo_of_the_prompt_is_dropped(text):
    assert judge_segment(evidence(text), GUARDS).drop_reason == "echo of the prompt"


@pytest.mark.parametrize("text", ["我打了好几次客服电话", "客服电话", "我们这边有电话录音。", "您好，请问有什么可以帮您？"])
def test_speech_that_shares_words_with_the_prompt_is_kept(text):
    verdict = judge_segment(evidence(text), GUARDS)
    assert not verdict.drop_reason and not verdict.flags


@pytest.mark.parametrize("text", ["字幕由Amara.org社区提供", "请不吝点赞 订阅 转发 打赏支持明镜与点点栏目", "谢谢观看！"])
def test_subtitle_credits_are_dropped(text):
    assert judge_segment(evidence(text), GUARDS).drop_reason == "known Whisper hallucination"


def test_repetition_loop_is_flagged_and_normal_repeats_are_not():
    assert repetition_loop("请问有什么可疑方临？请问有什么可疑方临？请问有什么可疑方临？请问有什么可疑方临？", GUARDS) == (
        "请问有什么可疑方临", 4)
    assert repetition_loop("好的好的好的，我马上帮您查。", GUARDS) is None
    verdict = judge_segment(evidence("好的好的好的好的，我马上帮您查一下您这个月的账单"), GUARDS)
    assert not verdict.drop_reason and verdict.flags == ["repetition loop 「好的」×4"]
    # a loop after real words: the words stay, flagged
    verdict = judge_segment(evidence("网上申请三个工作日到账，" + "这几点还要我再说一遍" * 4), GUARDS)
    assert not verdict.drop_reason and verdict.flags == ["repetition loop 「这几点还要我再说一遍」×4"]


@pytest.mark.parametrize(("text", "reason"), [
    ("后满是1800,1800,1800,1800,1800", "repetition loop 「1800」×5 fills 20 of its 23 characters"),
    ("音" + "乐" * 40, "repetition loop 「乐乐」×20 fills 40 of its 41 characters"),
    ("赞、订阅、订阅、订阅、订阅、订阅、订阅、订阅。", "repetition loop 「订阅」×7 fills 14 of its 15 characters"),
])
def test_a_loop_that_fills_the_segment_is_dropped(text, reason):
    assert judge_segment(evidence(text), GUARDS).drop_reason == reason


def test_high_compression_ratio_is_flagged():
    assert judge_segment(evidence("您好您好", compression_ratio=3.1), GUARDS).flags == ["compression ratio 3.10"]
    assert not judge_segment(evidence("您好您好", compression_ratio=2.3), GUARDS).flags


def test_low_log_probability_and_no_speech_are_flagged_and_together_dropped():
    assert judge_segment(evidence("我要投诉", avg_logprob=-1.4), GUARDS).flags == [
        "very low average log-probability -1.40"]
    assert judge_segment(evidence("我要投诉", no_speech_prob=0.8), GUARDS).flags == ["high no-speech probability 0.80"]
    both = judge_segment(evidence("我要投诉", avg_logprob=-1.4, no_speech_prob=0.8), GUARDS)
    assert both.drop_reason.startswith("silence transcribed")


def test_thresholds_are_settings():
    strict = GuardThresholds(min_avg_logprob=-0.1, min_repeats=2)
    assert judge_segment(evidence("我要投诉", avg_logprob=-0.2), strict).flags == [
        "very low average log-probability -0.20"]
    assert repetition_loop("好的好的", strict) == ("好的", 2)


def test_apply_guards_drops_flags_warns_and_lowers_confidence():
    result = apply_guards([
        decoded("您好，请问有什么可以帮您？", 0.5, 3.0),
        decoded("以下是普通话客服电话录音。", 4.0, 6.0),
        decoded("我要投诉", 7.0, 8.0, avg_logprob=-1.3),
    ], GUARDS)
    assert [s.text for s in result.segments] == ["您好，请问有什么可以帮您？", "我要投诉"]
    clean, flagged = result.segments
    assert clean.confidence == pytest.approx(0.9, abs=0.001)
    assert flagged.confidence == pytest.approx(0.45, abs=0.001)
    assert result.dropped_seconds == pytest.approx(2.0)
    assert result.warnings == [
        "dropped segment 4.0–6.0s (echo of the prompt): 以下是普通话客服电话录音。",
        "flagged segment 7.0–8.0s (very low average log-probability -1.30): 我要投诉",
    ]


def test_apply_guards_converts_traditional_characters():
    result = apply_guards([decoded("歡迎致電，請問有什麼可以幫您", 0.0, 3.0)], GUARDS)
    assert result.segments[0].text == "欢迎致电，请问有什么可以帮您"
    assert "".join(w.text for w in result.segments[0].words) == "欢迎致电，请问有什么可以帮您"


def test_guard_confidence_is_the_kept_share_and_lowers_the_call_confidence():
    assert guard_confidence(30.0, 0.0) == 1.0
    assert guard_confidence(30.0, 10.0) == 0.75
    assert guard_confidence(0.0, 0.0) == 1.0
    call = transcript(("agent", 0.0, 3.0, "您好，请问有什么可以帮您？"), ("customer", 4.0, 6.0, "我要投诉"))
    rubric = load_rubric(None)
    trusted = review_status(call, rubric)
    call.guard_confidence = 0.5
    call.warnings = ["S0: dropped segment 7.0–9.0s (echo of the prompt): 以下是普通话客服电话录音。"]
    lowered = review_status(call, rubric)
    assert lowered.confidence == pytest.approx(trusted.confidence * 0.5, abs=0.002)
    new_reasons = {r.en for r in lowered.reasons} - {r.en for r in trusted.reasons}
    assert any("suspect text" in r for r in new_reasons) and any("kept only 50%" in r for r in new_reasons)


def test_times_after_vad_return_to_the_channel_timeline():
    # speech at 2–4 s and 10–12 s of the channel; the decoder saw them back to back (0–2 s, 2–4 s)
    timeline = SpeechTimestampsMap([{"start": 32000, "end": 64000}, {"start": 160000, "end": 192000}], 16000)
    segment = DecodedSegment(0.5, 3.5, "您好我要投诉", [Word("您好", 0.5, 1.0, 0.9), Word("投诉", 2.5, 3.5, 0.8)],
                             -0.2, 0.05, 1.1)
    restored = restore_times(segment, timeline)
    assert [(w.start, w.end) for w in restored.words] == [(2.5, 3.0), (10.5, 11.5)]
    assert (restored.start, restored.end) == (2.5, 11.5)


def test_wordless_stretches_are_the_gaps_of_a_second_or_more_between_decoded_words():
    first = DecodedSegment(0.2, 2.0, "您好", [Word("您", 0.2, 0.6), Word("好", 0.6, 2.0)], -0.2, 0.0, 1.0)
    second = DecodedSegment(2.5, 4.0, "请问", [Word("请", 2.5, 3.0), Word("问", 3.1, 4.0)], -0.2, 0.0, 1.0)
    wordless = DecodedSegment(9.0, 10.0, "", [], -0.2, 0.0, 1.0)  # a segment without words covers its own span
    # 0–0.2 s and 2.0–2.5 s are pauses; 4.0–9.0 s and 10.0–12.0 s were never transcribed
    assert wordless_stretches([second, first, wordless], seconds=12.0) == [(4.0, 9.0), (10.0, 12.0)]
    assert wordless_stretches([], seconds=0.5) == []
    assert wordless_stretches([], seconds=3.0) == [(0.0, 3.0)]


def test_a_segment_decoded_from_a_piece_moves_to_the_piece_s_place():
    piece = DecodedSegment(0.5, 1.5, "谢谢", [Word("谢", 0.5, 1.0, 0.8), Word("谢", 1.0, 1.5, 0.9)], -0.3, 0.1, 1.2)
    moved = shifted(piece, 60.0)
    assert (moved.start, moved.end, moved.text, moved.avg_logprob) == (60.5, 61.5, "谢谢", -0.3)
    assert [(w.start, w.end, w.prob) for w in moved.words] == [(60.5, 61.0, 0.8), (61.0, 61.5, 0.9)]


def test_split_at_pauses_cuts_one_segment_per_utterance():
    words = [Word("您好", 0.0, 0.5), Word("请问", 0.6, 1.0), Word("好的", 3.0, 3.4)]
    parts = split_at_pauses("您好请问好的", words, 0.0, 3.4)
    assert [(p.text, p.start, p.end) for p in parts] == [("您好请问", 0.0, 1.0), ("好的", 3.0, 3.4)]


def test_model_path_must_be_a_ct2_directory_or_a_pt_checkpoint(tmp_path):
    with pytest.raises(FileNotFoundError):
        resolve_model(str(tmp_path / "absent"), tmp_path)
    with pytest.raises(ModelFormatError, match="missing model.bin, config.json, tokenizer.json"):
        resolve_model(str(tmp_path), tmp_path)
    text = tmp_path / "large-v3.pt"
    text.write_text("not a checkpoint")
    with pytest.raises(ModelFormatError, match="CTranslate2 directory .* or an openai-whisper .pt"):
        resolve_model(str(text), tmp_path)
    model_dir = tmp_path / "whisper-large-v3-ct2"
    model_dir.mkdir()
    for name in ("model.bin", "config.json", "vocabulary.txt"):
        (model_dir / name).write_bytes(b"")
    source = resolve_model(str(model_dir), tmp_path)
    assert (source.kind, source.name) == ("ctranslate2", "whisper-large-v3-ct2")


def test_guard_thresholds_come_from_the_settings(tmp_path, monkeypatch):
    from qa.config import load_settings

    config = tmp_path / "callqa.toml"
    config.write_text("guard_min_repeats = 3\nguard_max_no_speech_prob = 0.8\n")
    monkeypatch.setenv("QA_GUARD_MIN_AVG_LOGPROB", "-0.7")
    thresholds = load_settings(config, data_dir=tmp_path).guard_thresholds
    assert (thresholds.min_repeats, thresholds.max_no_speech_prob, thresholds.min_avg_logprob) == (3, 0.8, -0.7)
    assert thresholds.max_compression_ratio == GuardThresholds().max_compression_ratio
