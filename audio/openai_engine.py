"""openai-whisper (PyTorch), the reference engine, on the same weights as faster-whisper.

A CTranslate2 model is converted once into an openai-whisper checkpoint
(``audio.convert``); a user's ``.pt`` checkpoint is loaded as is. openai-whisper
only knows the alignment heads of the models it downloads itself, so for a
converted model the heads come from the CT2 ``config.json`` (word timestamps
depend on them). On a CUDA machine it runs in float16, else float32 on the CPU.
"""

from __future__ import annotations

import json

import numpy as np
import torch
import whisper

from audio.convert import openai_checkpoint
from audio.guards import PROMPT
from audio.transcribe import DecodedSegment, EngineOptions, WhisperEngine
from audio.weights import ModelSource
from qa.model import Word

# faster-whisper's default; openai-whisper's transcribe() has none, so both sample the same at temperature > 0
BEST_OF = 5


class OpenAIWhisperEngine(WhisperEngine):
    """Whisper through PyTorch; loads the model once per instance."""

    name = "openai-whisper"

    def __init__(self, options: EngineOptions, model: ModelSource) -> None:
        super().__init__(options, model.name)
        device = "cuda" if torch.cuda.is_available() else "cpu"
        self.compute_type = "float16" if device == "cuda" else "float32"
        torch.set_num_threads(options.threads)
        if model.kind == "ctranslate2":
            checkpoint = openai_checkpoint(model.path, options.cache_dir)
            alignment_heads = json.loads((model.path / "config.json").read_text()).get("alignment_heads")
        else:
            checkpoint, alignment_heads = model.path, None
        self._model = whisper.load_model(str(checkpoint), device=device)
        if alignment_heads:
            set_alignment_heads(self._model, alignment_heads)

    def decode(self, speech: np.ndarray, fallback: bool = True) -> list[DecodedSegment]:
        result = self._model.transcribe(
            speech,
            language="zh",
            task="transcribe",
            beam_size=self.options.beam_size,
            best_of=BEST_OF,
            initial_prompt=PROMPT,
            word_timestamps=True,
            condition_on_previous_text=False,
            fp16=self.compute_type == "float16",
            verbose=None,
            **({} if fallback else {"temperature": 0.0}),
        )
        return [
            DecodedSegment(
                start=float(raw["start"]), end=float(raw["end"]), text=raw["text"],
                words=[Word(w["word"], float(w["start"]), float(w["end"]), float(w["probability"]))
                       for w in raw.get("words", [])],
                avg_logprob=float(raw["avg_logprob"]), no_speech_prob=float(raw["no_speech_prob"]),
                compression_ratio=float(raw["compression_ratio"]),
            )
            for raw in result["segments"]
        ]


def set_alignment_heads(model: whisper.Whisper, heads: list[list[int]]) -> None:
    """Use the given (decoder layer, head) pairs for word-timestamp alignment instead of openai's default."""
    mask = torch.zeros(model.dims.n_text_layer, model.dims.n_text_head, dtype=torch.bool)
    for layer, head in heads:
        mask[layer, head] = True
    model.register_buffer("alignment_heads", mask.to_sparse().to(next(model.parameters()).device),
                          persistent=False)
