"""snownlp's sentiment model read without importing snownlp (scoring/sentiment.py)."""

from __future__ import annotations

import subprocess
import sys

from scoring.sentiment import sentiment_model


def test_complaints_score_low_and_thanks_high():
    model = sentiment_model()
    assert model.score("我要投诉你们，太气人了") < 0.1
    assert model.score("谢谢，很满意。") > 0.8
    assert 0.0 <= model.score("") <= 1.0  # no words: the class prior


def test_the_score_matches_snownlp_where_the_words_are_the_same():
    # jieba and snownlp cut these the same way, so the naive Bayes gives snownlp's own numbers
    model = sentiment_model()
    assert round(model.score("谢谢，很满意。"), 3) == 0.855
    assert round(model.score("好的，明白了"), 3) == 0.697


def test_snownlp_and_its_400_mb_of_models_are_never_imported():
    code = ("import sys; from scoring.emotion import text_sentiment; text_sentiment('你们到底怎么回事'); "
            "print('snownlp' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert run.stdout.strip() == "False"
