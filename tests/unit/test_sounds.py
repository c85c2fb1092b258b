"""The ASR's homophones: sound-alike matching and respelling as the cue word meant."""

from scoring.lexicons import cue_words, find_cue, find_patterns, matching_text, patterns_for
from scoring.sounds import respell, sound_index, sounds_like_as_said


def test_a_homophone_much_likelier_as_the_word_is_respelled():
    assert respell("他今天特别脑火啊", sound_index(["恼火"])) == "他今天特别恼火啊"


def test_a_real_word_that_reads_alike_is_kept():
    # 「挺着急」 reads like 「停着机」, but jieba's frequencies make the written words the likelier ones
    assert respell("您一定挺着急", sound_index(["停着机"])) == "您一定挺着急"


def test_a_span_must_lie_on_word_boundaries():
    # 「什么时」 reads like 「什么是」 but cuts 「时候」 in two
    assert respell("什么时候能到", sound_index(["什么是"])) == "什么时候能到"


def test_a_word_is_read_in_context_not_through_rare_readings():
    # 厂 may read *an* and 家 *gu*, but 厂家 is chang jia: 「按估的」 is no 「厂家的」
    assert respell("按估的价钱收", sound_index(["厂家"])) == "按估的价钱收"
    assert set(sound_index(["重新办"])) == {"chong"}  # 重 alone reads *zhong*


def test_respelling_keeps_the_length_and_empty_text():
    assert respell("", sound_index(["恼火"])) == ""
    text = "他今天特别脑火啊"
    assert len(respell(text, sound_index(["恼火"]))) == len(text)


def test_shapes_find_a_cue_word_the_asr_spelled_with_homophones():
    # 七上八下 heard as 「欺上巴下」: a shape now finds it as phrases of three or more characters always did
    assert "七上八下" in cue_words()
    heard = "孩子一晚上没回家，您心里肯定欺上巴下的"
    assert matching_text(heard).endswith("心里肯定七上八下的")
    assert find_cue(heard, "emotion_ack")
    assert find_patterns("我这两天心里欺上巴下的", patterns_for("customer_negative"))
    assert not find_cue("孩子一晚上没回家，您看看监控", "emotion_ack")


def test_a_short_term_is_heard_by_sound_only_as_it_is_said():
    assert sounds_like_as_said("法西", "罚息")
    assert not sounds_like_as_said("罚息", "罚息")  # the same spelling is no homophone
    # 核 may read *kai*, but 核保 is said *he* bao: 「开包」 is not 核保
    assert not sounds_like_as_said("开包", "核保")
