"""Voice activity, speaker timelines, word attribution and the agent choice, on generated input."""

from __future__ import annotations

import numpy as np
import pytest

from audio.diarize import (DiarizationError, DiarizationSettings, SpeakerTimeline, Unit, Window, _fit,
                           _kmeans_centroids, _without_duration_direction, refine_centroids, speaker_changes_inside_units)
from audio.io import SAMPLE_RATE
from audio.roles import RoleSettings, decide_agent, number_count, role_contrast
from audio.separate import attribute_words, split_mono
from audio.vad import speech_regions
from qa.model import Segment, Word
from tests.transcripts import segment


def pink_noise(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """Return 1/f noise: white noise shaped in the frequency domain."""
    spectrum = np.fft.rfft(rng.standard_normal(int(seconds * SAMPLE_RATE)))
    spectrum[1:] /= np.sqrt(np.arange(1, spectrum.size))
    noise = np.fft.irfft(spectrum)
    return (0.3 * noise / np.abs(noise).max()).astype(np.float32)


@pytest.mark.parametrize("kind", ["silence", "white", "pink"])
def test_silence_and_noise_have_no_speech(kind):
    rng = np.random.default_rng(5)
    seconds = 20
    samples = {"silence": np.zeros(seconds * SAMPLE_RATE, np.float32),
               "white": (0.2 * rng.standard_normal(seconds * SAMPLE_RATE)).astype(np.float32),
               "pink": pink_noise(seconds, rng)}[kind]
    assert speech_regions(samples) == []


def test_bad_settings_are_refused():
    with pytest.raises(DiarizationError):
        DiarizationSettings(num_speakers=0)
    with pytest.raises(DiarizationError):
        DiarizationSettings(window_s=1.0, hop_s=2.0)


def window(start: float, unit: int, agent_score: float, customer_score: float) -> Window:
    return Window(start, start + 1.5, unit, (agent_score, customer_score))


def timeline(units: list[Unit], windows: list[Window], separation: float = 0.4) -> SpeakerTimeline:
    line = SpeakerTimeline(units=units, windows=windows, num_speakers=2, separation=separation)
    line.switches, line.overlaps = speaker_changes_inside_units(line, DiarizationSettings())
    return line


def words_at(*spans: tuple[str, float, float]) -> list[Word]:
    return [Word(text, start, end, 0.9) for text, start, end in spans]


def test_a_segment_spanning_two_speakers_is_cut_between_words():
    line = timeline([Unit(0.0, 3.0, 0, 0.1), Unit(3.6, 6.0, 1, 0.1)],
                    [window(0.0, 0, 0.9, 0.7), window(1.5, 0, 0.9, 0.7),
                     window(3.6, 1, 0.7, 0.9)])
    heard = Segment("mix", "unknown", 0.5, 5.0, "好的请问。对。",
                    words=words_at(("好的", 0.5, 1.0), ("请问", 1.2, 2.8), ("对", 4.0, 4.5)))
    pieces, ambiguous = attribute_words(heard, line, ambiguous_margin=0.02)
    assert [(p.speaker, p.text, p.start, p.end) for p in pieces] == [
        ("S0", "好的请问", 0.5, 2.8), ("S1", "对", 4.0, 4.5)]
    assert ambiguous == 0


def test_a_speaker_change_without_a_pause_is_found_and_its_junction_marked_as_overlap():
    # one unit of continuous voice: customer clearly, then two ambiguous windows, then the agent clearly
    windows = [window(0.0, 0, 0.70, 0.90), window(0.75, 0, 0.72, 0.90), window(1.5, 0, 0.80, 0.81),
               window(2.25, 0, 0.81, 0.80), window(3.0, 0, 0.90, 0.75), window(3.75, 0, 0.92, 0.75)]
    line = timeline([Unit(0.0, 5.25, 1, 0.05)], windows)
    assert line.switches == [(0, 3.0, 5.25)]
    assert line.overlaps == [(1.5, 3.75)]
    assert line.speaker_at(0.2, 0.6)[0] == 1 and not line.speaker_at(0.2, 0.6)[2]
    assert line.speaker_at(2.0, 2.2)[2]  # in the junction: possibly both at once
    assert line.speaker_at(4.6, 5.0)[:1] == (0,) and not line.speaker_at(4.6, 5.0)[2]


def test_one_odd_window_does_not_change_the_speaker():
    windows = [window(0.0, 0, 0.9, 0.7), window(0.75, 0, 0.7, 0.9), window(1.5, 0, 0.9, 0.7)]
    line = timeline([Unit(0.0, 3.0, 0, 0.1)], windows)
    assert line.switches == [] and line.overlaps == []


def test_the_agent_is_the_speaker_who_greets_and_gives_a_staff_number():
    segments = [segment("agent", 0.5, 4.0, "您好，星辰客服，工号一零二四，请问有什么可以帮您？"),
                segment("customer", 4.5, 7.0, "你好，我的快递还没到。"),
                segment("agent", 7.5, 9.0, "好的，感谢您的来电，再见。")]
    for s in segments:
        s.speaker = "S1" if s.role == "agent" else "S0"
    decision = decide_agent(segments)
    assert decision.agent == "S1"
    assert decision.confidence > 0.9
    assert "self_id: 工号" in decision.evidence["S1"] and "speaks first" in decision.evidence["S1"]


def test_without_evidence_the_agent_choice_is_unsure():
    segments = [segment("agent", 0.5, 2.0, "嗯，这个。"), segment("customer", 2.5, 4.0, "那个。")]
    segments[0].speaker, segments[1].speaker = "S0", "S1"
    decision = decide_agent(segments)
    assert decision.agent == "S0"  # only "speaks first"
    assert decision.confidence == pytest.approx(1.0 / 1.5, abs=0.001)


def roaming_call_with_swapped_voices() -> list[Segment]:
    """The heldout2 roaming call as clustered: the agent's greeting and closing went to the customer's voice."""
    said = [("S1", 0.5, 2.7, "您好，移动客服。"), ("S1", 3.4, 9.2, "您好，我下周去日本出差五天，手机在那边怎么上网划算？"),
            ("S0", 10.0, 14.7, "主要是用微信地图，还是要开视频会议？"), ("S1", 15.3, 16.8, "就微信和地图。"),
            ("S0", 17.4, 22.1, "您是想这五天少量上网，越省钱越好，是吧？"), ("S1", 22.6, 24.1, "对。"),
            ("S0", 24.7, 30.8, "麻烦您别挂机，我查查能加哪种包。"),
            ("S0", 44.2, 55.2, "久等了。您可以加日本五天的上网包，六十块不限量。"),
            ("S1", 55.8, 57.6, "好的，那就开吧。"), ("S1", 58.4, 60.3, "开好了，再见。")]
    segments = [segment("agent", start, end, text) for _, start, end, text in said]
    for s, (speaker, *_) in zip(segments, said):
        s.speaker = speaker
    return segments


def total(decision, speaker: str) -> float:
    """Return a speaker's opening points plus whole-call cues, as ``decide_agent`` weighs them."""
    return decision.points[speaker] + cues(decision, speaker)


def cues(decision, speaker: str) -> int:
    """Return a speaker's whole-call cues: agent-side phrases and address, less the complaints said."""
    return decision.content[speaker] + decision.address[speaker] - decision.complaints[speaker]


def test_what_a_silent_vote_winner_never_says_overrules_the_vote_with_a_low_confidence():
    # greeting, closing and the first turn all went to the customer's voice S1, which says no agent-side phrase;
    # S0 says 您是想 (restating), 别挂机 / 我查查 (a hold), 久等了, 您可以 (an alternative)
    decision = decide_agent(roaming_call_with_swapped_voices())
    assert decision.points["S1"] > decision.points["S0"]
    assert decision.agent == "S0" and decision.overruled
    assert decision.content["S1"] == 0 and decision.content["S0"] >= 3
    lead = total(decision, "S0") - total(decision, "S1")
    assert decision.confidence == pytest.approx(0.5 * lead / (lead + 1), abs=0.001)
    assert decision.confidence < 0.5  # the two kinds of evidence disagree: the call goes to review
    assert any(e.startswith("agent-side phrases: ") for e in decision.evidence["S0"])


def test_a_customer_agreeing_with_a_tag_word_says_no_tag_question():
    segments = roaming_call_with_swapped_voices()
    segments[5].text = "是吧，对。"  # the customer agrees; 是吧 does not end the sentence
    decision = decide_agent(segments)
    assert decision.agent == "S0" and decision.overruled and decision.content["S1"] == 0


def test_a_restatement_its_tag_and_a_check_overrule_a_vote_for_a_silent_speaker():
    """heldout6's parcel-locker call as clustered: the agent's greeting went to the customer's voice S1."""
    said = [("S1", 0.5, 3.0, "你好，商城物流客服。"), ("S1", 3.9, 13.0, "你好，我出差一礼拜，回来取快递，柜子提示已退回。"),
            ("S0", 14.1, 17.0, "短信里的取件码还在吗？"), ("S1", 17.4, 20.0, "在，三七零二八五。"),
            ("S0", 20.5, 27.0, "您是想知道血压计在哪、怎么拿到，我没理解错吧？"), ("S1", 27.2, 28.8, "对，就这个意思。"),
            ("S0", 40.5, 50.0, "现在在幸福路网点，报取件码就能拿。"), ("S0", 51.5, 55.0, "去哪、带什么，您那边都记下了没？"),
            ("S1", 56.1, 58.0, "记下了。")]
    segments = [segment("agent", start, end, text) for _, start, end, text in said]
    for s, (speaker, *_) in zip(segments, said):
        s.speaker = speaker
    decision = decide_agent(segments)
    assert decision.points["S1"] > decision.points["S0"] and decision.content["S1"] == 0
    assert decision.agent == "S0" and decision.overruled and decision.confidence < 0.5


def test_how_a_speaker_addresses_the_other_side_overrules_a_misplaced_greeting():
    """heldout7's customs call as clustered: the agent's greeting went to the customer's voice S0."""
    said = [("S0", 0.1, 2.5, "你好，跨境购客服。"), ("S0", 2.9, 9.0, "你好，我海淘的奶粉，进了海关就没动过。"),
            ("S1", 11.9, 14.8, "运单号您念一下？"), ("S0", 15.2, 22.0, "七三零五二八，下单是我。"),
            ("S1", 33.1, 44.0, "卡在三单对碰上了，您爱人付的钱，人不一致。"), ("S1", 44.8, 48.0, "您在订单里改一下就行。"),
            ("S0", 48.5, 50.0, "你们怎么不早说。")]
    segments = [segment("agent", start, end, text) for _, start, end, text in said]
    for s, (speaker, *_) in zip(segments, said):
        s.speaker = speaker
    decision = decide_agent(segments)
    assert decision.address == {"S0": -1, "S1": 3}
    # without the address the vote would stand: greeting and first turn against one request to read a number
    assert decision.points["S0"] > decision.points["S1"] + decision.content["S1"] and decision.content["S0"] == 0
    assert decision.agent == "S1" and decision.overruled and decision.confidence < 0.5
    assert any("addresses the other side as agents do: +3" in e for e in decision.evidence["S1"])


def test_whole_call_cues_only_doubt_a_vote_winner_who_stays_ahead():
    chatty = roaming_call_with_swapped_voices()
    for i, s in enumerate(x for x in chatty if x.speaker == "S0"):
        s.text = "请问是哪一天？" if i < 2 else "嗯。"  # two hits, as a chatty customer could say, and no 您
    decision = decide_agent(chatty)
    assert decision.agent == "S1" and not decision.overruled and total(decision, "S1") > total(decision, "S0")
    agent_cues, others = cues(decision, "S1"), cues(decision, "S0")
    assert decision.confidence == pytest.approx(3 / 3.5 * 2 * (agent_cues + 1) / (agent_cues + others + 2), abs=0.001)
    polite = [segment("agent", 0.5, 4.0, "您好，星辰客服，工号一零二四，请问有什么可以帮您？"),
              segment("customer", 4.5, 9.0, "麻烦您帮我查查，您看我这快递，您给催一下。"),
              segment("agent", 9.5, 11.0, "好的，感谢来电，再见。")]
    for s in polite:
        s.speaker = "S1" if s.role == "agent" else "S0"
    decision = decide_agent(polite)  # a polite customer says 您 three times; the agent's 工号 and greeting decide
    assert decision.agent == "S1" and not decision.overruled and decision.address["S0"] == 3


def test_a_customer_who_speaks_first_and_complains_is_not_taken_for_a_silent_agent():
    """heldout18's night-works call: the customer opens with the complaint; the agent never greets nor gives a 工号."""
    said = [("S1", 0.5, 9.0, "我住河西小区，楼下饭馆天天后半夜还在搬货，这都第四次打电话了！"),
            ("S0", 20.0, 27.0, "噪音扰民归环保管，我们只能记下来。"), ("S1", 28.0, 31.0, "每次都说记下来，到底有没有人管？"),
            ("S0", 31.5, 40.0, "我给您转给街道，明早十点前给您回话。"), ("S1", 41.0, 43.0, "行，我等着。")]
    segments = [segment("agent", start, end, text) for _, start, end, text in said]
    for s, (speaker, *_) in zip(segments, said):
        s.speaker = speaker
    decision = decide_agent(segments)
    assert decision.evidence["S1"] == ["speaks first"] and decision.complaints["S1"] >= 2
    assert decision.agent == "S0" and decision.overruled and decision.confidence < 0.5
    assert any("the other speaker's complaints: " in e for e in decision.evidence["S0"])


def test_agent_phrases_of_the_chosen_agent_keep_the_confidence():
    segments = roaming_call_with_swapped_voices()
    for s in segments:
        s.speaker = "S1" if s.speaker == "S0" else "S0"
    segments[0].speaker = segments[-1].speaker = "S1"  # now the greeting and closing voice says the agent's lines
    decision = decide_agent(segments)
    assert decision.agent == "S1" and decision.content["S1"] >= 3 and decision.content["S0"] == 0
    assert decision.confidence == pytest.approx(2 / 2.5, abs=0.001)  # the customer greets too: lead 2


def test_an_unsure_split_has_a_low_confidence():
    line = timeline([Unit(0.0, 3.0, 0, 0.005), Unit(3.5, 6.0, 1, 0.005)],
                    [window(0.0, 0, 0.80, 0.795), window(3.5, 1, 0.795, 0.80)], separation=0.05)
    heard = [Segment("mix", "unknown", 0.5, 2.5, "您好，工号一零二四。",
                     words=words_at(("您好", 0.5, 1.0), ("工号", 1.2, 2.5))),
             Segment("mix", "unknown", 3.6, 5.0, "你好。", words=words_at(("你好", 3.6, 5.0)))]
    split = split_mono(heard, line, DiarizationSettings())
    assert [s.role for s in split.segments] == ["agent", "customer"]
    assert split.confidence < 0.3
    assert split.evidence["ambiguous_words"] == 3


def test_speaker_settings_come_from_the_environment(monkeypatch):
    from qa.config import load_settings

    monkeypatch.setenv("QA_NUM_SPEAKERS", "3")
    monkeypatch.setenv("QA_DIARIZE_HOP_S", "1.5")
    settings = load_settings()
    assert (settings.diarization.num_speakers, settings.diarization.hop_s) == (3, 1.5)


def _unit(angle_deg: float) -> np.ndarray:
    return np.array([np.cos(np.radians(angle_deg)), np.sin(np.radians(angle_deg))])


def test_centroids_are_refined_over_every_unit_weighted_by_duration():
    # the clustering saw only the long units: speaker 1's centroid sits at 60°, but most of its speech
    # (short answers) lies at 80-90°; a unit at 50° is nearer the true speaker 0 (20-40°) once refined
    units = np.stack([_unit(a) for a in (20, 30, 40, 50, 80, 85, 90)])
    durations = np.array([3.0, 3.0, 3.0, 1.0, 1.0, 1.0, 1.0])
    start = np.stack([_unit(30), _unit(60)])
    assert np.argmax(units[3] @ start.T) == 1
    refined = refine_centroids(start, units, durations, iterations=10)
    assert np.argmax(units[3] @ refined.T) == 0
    assert np.degrees(np.arctan2(refined[1, 1], refined[1, 0])) == pytest.approx(85.0, abs=0.5)
    assert np.allclose(refine_centroids(start, units, durations, iterations=0), start)


def test_the_direction_that_follows_unit_length_is_taken_out_of_the_clustering_view():
    # two voices (axes 0 and 1) and a pull towards all speech (axis 2) that grows with the unit's length
    rng = np.random.default_rng(0)
    durations = np.array([6.0, 5.5, 1.0, 1.2, 3.0, 2.8])
    voices = [0, 1, 0, 1, 0, 1]
    units = np.stack([np.eye(8)[v] + 1.2 * np.log(d) * np.eye(8)[2] + 0.02 * rng.standard_normal(8)
                      for v, d in zip(voices, durations)])
    units /= np.linalg.norm(units, axis=1, keepdims=True)
    view = _without_duration_direction(units, durations)
    assert np.allclose(np.linalg.norm(view, axis=1), 1.0)
    assert abs(np.corrcoef(view[:, 2], np.log(durations))[0, 1]) < abs(np.corrcoef(units[:, 2], np.log(durations))[0, 1])
    long_pair = (0, 1)  # two long units of different voices: alike in the units, apart in the view
    assert units[long_pair[0]] @ units[long_pair[1]] > 0.7 > view[long_pair[0]] @ view[long_pair[1]]
    # too few units to fit a direction: the view is the units themselves
    assert np.array_equal(_without_duration_direction(units[:2], durations[:2]), units[:2])


def test_the_fit_of_centroids_is_the_duration_weighted_similarity_to_the_nearest():
    units = np.stack([_unit(0), _unit(90), _unit(10)])
    durations = np.array([2.0, 1.0, 1.0])
    right = np.stack([_unit(5), _unit(90)])
    wrong = np.stack([_unit(45), _unit(180)])
    assert _fit(right, units, durations) > _fit(wrong, units, durations)
    assert _fit(right, units, durations) == pytest.approx((2 * np.cos(np.radians(5)) + 1 + np.cos(np.radians(5))) / 4)


def test_each_k_means_partition_carries_the_silhouette_of_its_own_clusters():
    # two tight voices, then the same units spread evenly: each run's separation is its own, not a shared one
    settings = DiarizationSettings(kmeans_starts=3)
    tight = np.stack([_unit(a) for a in (0, 3, 6, 9, 90, 93, 96, 99)])
    spread = np.stack([_unit(a) for a in range(0, 160, 20)])
    durations = np.full(8, 3.0)
    tight_runs = _kmeans_centroids(tight, durations, settings)
    spread_runs = _kmeans_centroids(spread, durations, settings)
    assert len(tight_runs) == 3 and all(separation > 0.9 for _, separation in tight_runs)
    assert spread_runs and all(separation < 0.8 for _, separation in spread_runs)


def test_a_refining_round_that_would_leave_a_speaker_without_units_is_not_taken():
    units = np.stack([_unit(a) for a in (10, 20, 30)])
    start = np.stack([_unit(20), _unit(170)])  # nobody is near speaker 1
    assert np.allclose(refine_centroids(start, units, np.ones(3), iterations=10), start)


def test_the_greeting_both_sides_say_is_not_how_the_agent_addresses_the_customer():
    # the agent's 「您好，」 went to the customer's voice S1, and the customer greets with 您好 too (the ASR writes
    # a customer's 你好 as 您好): counted as address, those two 您 would tie the totals and keep the wrong vote
    said = [("S1", 0.5, 1.2, "您好，"), ("S0", 1.4, 3.0, "社保热线。"),
            ("S1", 3.8, 8.0, "您好，我刚换了工作，社保要怎么转过去？"), ("S0", 8.8, 11.0, "新单位在本市吗？"),
            ("S1", 11.5, 12.0, "在本市。"), ("S0", 12.6, 16.0, "您是说换了单位，想把社保接上，对吗？"),
            ("S1", 16.5, 17.0, "对。"), ("S0", 17.5, 24.0, "新单位给您增员就接上了，您不用跑。")]
    segments = [segment("agent", start, end, text) for _, start, end, text in said]
    for s, (speaker, *_) in zip(segments, said):
        s.speaker = speaker
    decision = decide_agent(segments, RoleSettings(first_speaker_min_chars=1))  # the bare 您好 speaks first
    assert decision.address == {"S0": 3, "S1": 0}
    assert decision.agent == "S0" and decision.overruled


def test_a_bare_greeting_does_not_decide_who_speaks_first():
    said = [("S1", 0.5, 1.2, "您好，"), ("S0", 1.4, 3.0, "社保热线。"), ("S1", 3.8, 8.0, "我刚换了工作，社保要怎么转？")]
    segments = [segment("agent", start, end, text) for _, start, end, text in said]
    for s, (speaker, *_) in zip(segments, said):
        s.speaker = speaker
    assert decide_agent(segments).evidence["S0"] == ["speaks first"]
    assert decide_agent(segments, RoleSettings(first_speaker_min_chars=1)).evidence["S1"] == ["greeting: 您好", "speaks first"]
    segments[1].speaker, segments[1].text = "S1", "请讲。"  # a short opening turn of two pieces still speaks first
    segments[2].speaker = "S0"
    assert decide_agent(segments).evidence["S1"] == ["greeting: 您好", "speaks first"]


def _mono_call() -> list[Segment]:
    """Four turns heard as one mono channel: the agent greets and solves, the customer complains and reads a number."""
    turns = [("您好，星辰客服，工号一零二四，请问有什么可以帮您？", 0.5, 4.0),
             ("你们怎么回事，卡又被扣钱了！卡号六二一四八三九零五七二六四七零七。", 4.6, 9.0),
             ("给您带来不便非常抱歉，我马上帮您退回，感谢您的耐心。", 9.6, 13.0),
             ("好吧，你们快点。", 13.6, 15.0)]
    return [Segment("mix", "unknown", start, end, text, words=words_at((text, start, end)))
            for text, start, end in turns]


def _by_units(speakers: list[int], alternatives: list[SpeakerTimeline] | None = None) -> SpeakerTimeline:
    units = [Unit(s.start, s.end, speaker, 0.05) for s, speaker in zip(_mono_call(), speakers)]
    line = timeline(units, [])
    line.alternatives = alternatives or []
    return line


def test_a_long_number_read_out_is_counted_for_its_speaker():
    said = [segment("customer", 0.0, 3.0, "卡号是六二一四，八三九零，五七二六。"), segment("agent", 3.0, 5.0, "尾号四七零七，对吗？")]
    said[0].speaker, said[1].speaker = "S0", "S1"
    assert number_count(said, "S0", RoleSettings()) == 1  # groups joined across the commas
    assert number_count(said, "S1", RoleSettings()) == 0  # four digits are no number read out


def test_the_split_that_keeps_each_side_whole_reads_clearer():
    right = _mono_call()
    for s, speaker in zip(right, ("S0", "S1", "S0", "S1")):
        s.speaker = speaker
    mixed = _mono_call()
    for s, speaker in zip(mixed, ("S0", "S0", "S1", "S1")):
        s.speaker = speaker
    assert role_contrast(right) > role_contrast(mixed)
    # the caller's own decision on the same split is used as is (split_mono decides once per candidate)
    assert role_contrast(right, RoleSettings(), decide_agent(right)) == role_contrast(right)


def test_the_words_choose_among_partitions_the_voice_fits_about_as_well():
    # the voice's choice puts the complaint with the greeting; an alternative keeps each side whole
    alternative = _by_units([0, 1, 0, 1])
    split = split_mono(_mono_call(), _by_units([0, 0, 1, 1], [alternative]), DiarizationSettings())
    assert split.evidence["partition_by_words"] and split.evidence["partitions"] == 2
    assert [s.role for s in split.segments] == ["agent", "customer", "agent", "customer"]
    # without an alternative the voice's choice stands
    alone = split_mono(_mono_call(), _by_units([0, 0, 1, 1]), DiarizationSettings())
    assert not alone.evidence["partition_by_words"]
    # an alternative that reads no clearer does not replace it
    same = split_mono(_mono_call(), _by_units([0, 1, 0, 1], [_by_units([0, 1, 0, 1])]), DiarizationSettings())
    assert not same.evidence["partition_by_words"]
