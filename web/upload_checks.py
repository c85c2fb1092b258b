"""Accept uploaded recordings safely: a clean file name, a size limit, audio checked by content.

The extension is never trusted: a file is kept only if ``audio.io.load_audio``
decodes it. Files are written into a fresh folder per upload, so two uploads
with the same name never overwrite each other.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from werkzeug.datastructures import FileStorage

from audio.io import AudioDecodeError, load_audio

NAME_LIMIT = 120
UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


class UploadRejected(ValueError):
    """An uploaded file cannot be accepted; the message says why, for a person."""


@dataclass(frozen=True)
class AcceptedFile:
    """An uploaded recording saved to disk under its safe name."""

    original_name: str
    path: Path


def safe_filename(name: str) -> str:
    """Return ``name`` without any directory part or character unsafe in a path (CJK letters kept)."""
    base = unicodedata.normalize("NFKC", name).replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = UNSAFE.sub("_", base).strip("._")
    stem, dot, suffix = cleaned.rpartition(".")
    if dot and stem:
        cleaned = f"{stem[:NAME_LIMIT]}.{suffix[:10]}"
    return cleaned[:NAME_LIMIT] or "recording"


def save_upload(upload: FileStorage, folder: Path, max_bytes: int) -> AcceptedFile:
    """Return the upload saved in ``folder`` after checking its size and that it decodes as audio."""
    original = upload.filename or "recording"
    target = folder / safe_filename(original)
    if target.exists():
        raise UploadRejected(f"{original}: the same file name appears twice in this upload")
    folder.mkdir(parents=True, exist_ok=True)
    upload.save(target)
    size = target.stat().st_size
    if size > max_bytes:
        target.unlink()
        raise UploadRejected(f"{original}: {size / 2**20:.1f} MB is over the limit of {max_bytes / 2**20:.0f} MB")
    try:
        load_audio(target)
    except AudioDecodeError as exc:
        target.unlink()
        raise UploadRejected(f"{original}: not a readable recording ({str(exc).split(': ', 1)[-1]})") from None
    return AcceptedFile(original, target)
