import pytest

from qa.evaluation import character_error_rate, edit_distance
from scoring.lexicons import find_phrases, load_lexicon
from scoring.text import normalize, spoken_characters


def test_normalize_drops_punctuation_converts_traditional_and_numbers():
    assert normalize("歡迎致電，工號1024！明天12點") == "欢迎致电工号一零二四明天十二点"
    assert normalize("第7天, 订单 778899") == "第七天订单七七八八九九"


def test_spoken_characters_ignore_punctuation_and_fillers():
    assert spoken_characters("嗯，您好！请问？", fillers=("嗯",)) == 4


def test_edit_distance_and_cer():
    assert edit_distance("星辰客服", "亲诚客服") == 2
    assert character_error_rate("星辰客服。", "亲诚客服") == pytest.approx(0.5)


def test_phrases_match_exactly_or_by_sound_for_longer_phrases():
    forbidden = load_lexicon("forbidden")
    assert find_phrases("这个不归我们管，您去找厂家", forbidden) == ["不归我们管"]
    # an ASR homophone (馆 for 管) still matches by pinyin
    assert find_phrases("这个不归我们馆。", forbidden) == ["不归我们管"]
    # two-character terms match exactly only
    assert find_phrases("提交后台处理", load_lexicon("jargon")) == ["后台"]
    assert find_phrases("提交候台处理", load_lexicon("jargon")) == []
