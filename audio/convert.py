"""Convert a CTranslate2 Whisper ``model.bin`` into an openai-whisper checkpoint, once.

The binary layout (version 6) and the tensor mapping are documented in
``shared/domain/whisper-weights.md`` §4: fused QKV / KV projections are split,
CT2's zero key biases are dropped (Whisper's key projection has none), and the
model dimensions are read off the tensors. The result is cached next to the
assembled embedded model (or under the cache directory for a user's model) with
a stamp holding its size and sha256, checked on every reuse.
"""

from __future__ import annotations

import hashlib
import json
import logging
import mmap
import os
import struct
from pathlib import Path

import numpy as np
import torch

from audio.io import file_sha256
from audio.weights import ModelFormatError

log = logging.getLogger(__name__)

CHECKPOINT_NAME = "openai-whisper.pt"
_DTYPES = {0: np.float32, 1: np.int8, 2: np.int16, 3: np.int32, 4: np.float16, 5: np.int16}
_BFLOAT16 = 5
_TOP_LEVEL = {
    "encoder/conv1/": "encoder.conv1.", "encoder/conv2/": "encoder.conv2.",
    "encoder/layer_norm/": "encoder.ln_post.", "decoder/layer_norm/": "decoder.ln.",
    "decoder/embeddings/": "decoder.token_embedding.",
}
_IN_LAYER = {
    "self_attention/linear_1/": "attn.out.", "self_attention/layer_norm/": "attn_ln.",
    "attention/linear_0/": "cross_attn.query.", "attention/linear_2/": "cross_attn.out.",
    "attention/layer_norm/": "cross_attn_ln.", "ffn/linear_0/": "mlp.0.", "ffn/linear_1/": "mlp.2.",
    "ffn/layer_norm/": "mlp_ln.",
}


def read_ct2_variables(model_bin: Path) -> dict[str, torch.Tensor]:
    """Return every variable of a CTranslate2 ``model.bin`` by name (tensors own their memory)."""
    with open(model_bin, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        offset = 0

        def take(fmt: str) -> tuple:
            nonlocal offset
            values = struct.unpack_from("<" + fmt, data, offset)
            offset += struct.calcsize("<" + fmt)
            return values

        def text() -> str:
            nonlocal offset
            (length,) = take("H")
            value = data[offset: offset + length - 1].decode("utf-8")
            offset += length
            return value

        (version,) = take("I")
        if version != 6:
            raise ModelFormatError(f"{model_bin}: CTranslate2 binary version {version}, expected 6")
        spec, _revision, count = text(), *take("II")
        if spec != "WhisperSpec":
            raise ModelFormatError(f"{model_bin}: a {spec}, not a Whisper model")
        variables: dict[str, torch.Tensor] = {}
        for _ in range(count):
            name = text()
            (rank,) = take("B")
            shape = take(f"{rank}I")
            dtype_id, num_bytes = take("BI")
            dtype = np.dtype(_DTYPES[dtype_id])
            tensor = torch.from_numpy(
                np.frombuffer(data, dtype=dtype, count=num_bytes // dtype.itemsize, offset=offset).reshape(shape).copy())
            variables[name] = tensor.view(torch.bfloat16) if dtype_id == _BFLOAT16 else tensor
            offset += num_bytes
    return variables


def convert_ct2_to_openai(model_bin: Path) -> dict:
    """Return the openai-whisper checkpoint ``{"dims", "model_state_dict"}`` of a CT2 ``model.bin``."""
    variables = read_ct2_variables(model_bin)
    state: dict[str, torch.Tensor] = {}
    for name, tensor in variables.items():
        if tensor.ndim == 0:
            continue  # scalars: activation, head counts, alignment settings
        if not tensor.is_floating_point() or name.endswith("weight_scale"):
            raise ModelFormatError(
                f"{model_bin}: quantized weights ({name}); convert the model with --quantization float16 or float32")
        _map_variable(name, tensor, state)
    dims = {
        "n_mels": state["encoder.conv1.weight"].shape[1],
        "n_audio_ctx": state["encoder.positional_embedding"].shape[0],
        "n_audio_state": state["encoder.positional_embedding"].shape[1],
        "n_audio_head": int(variables.get("encoder/num_heads", state["encoder.positional_embedding"].shape[1] // 64)),
        "n_audio_layer": sum(1 for k in state if k.endswith(".attn.query.weight") and k.startswith("encoder.")),
        "n_vocab": state["decoder.token_embedding.weight"].shape[0],
        "n_text_ctx": state["decoder.positional_embedding"].shape[0],
        "n_text_state": state["decoder.positional_embedding"].shape[1],
        "n_text_head": int(variables.get("decoder/num_heads", state["decoder.positional_embedding"].shape[1] // 64)),
        "n_text_layer": sum(1 for k in state if k.endswith(".attn.query.weight") and k.startswith("decoder.")
                            and ".cross_attn." not in k),
    }
    return {"dims": {k: int(v) for k, v in dims.items()}, "model_state_dict": state}


def _map_variable(name: str, tensor: torch.Tensor, state: dict[str, torch.Tensor]) -> None:
    """Store one CT2 variable under its openai-whisper name(s), splitting fused projections."""
    if name.endswith("position_encodings/encodings"):
        state[name.split("/")[0] + ".positional_embedding"] = tensor
        return
    parts = name.split("/")
    if len(parts) > 2 and parts[1].removeprefix("layer_").isdigit():
        prefix = f"{parts[0]}.blocks.{parts[1].removeprefix('layer_')}."
        inner, leaf = "/".join(parts[2:-1]) + "/", parts[-1]
    else:
        top = "/".join(parts[:-1]) + "/"
        if top not in _TOP_LEVEL:
            raise ModelFormatError(f"unexpected variable {name!r} in a Whisper model")
        prefix, inner, leaf = _TOP_LEVEL[top], "", parts[-1]
    leaf = {"gamma": "weight", "beta": "bias"}.get(leaf, leaf)
    if inner == "self_attention/linear_0/":
        query, key, value = tensor.chunk(3, dim=0)
        state[prefix + "attn.query." + leaf] = query
        state[prefix + "attn.value." + leaf] = value
        if leaf == "weight":
            state[prefix + "attn.key.weight"] = key
    elif inner == "attention/linear_1/":
        key, value = tensor.chunk(2, dim=0)
        state[prefix + "cross_attn.value." + leaf] = value
        if leaf == "weight":
            state[prefix + "cross_attn.key.weight"] = key
    elif inner in _IN_LAYER:
        state[prefix + _IN_LAYER[inner] + leaf] = tensor
    elif not inner:
        state[prefix + leaf] = tensor
    else:
        raise ModelFormatError(f"unexpected variable {name!r} in a Whisper model")


def openai_checkpoint(model_dir: Path, cache_dir: Path) -> Path:
    """Return the path of the openai-whisper checkpoint converted from ``model_dir``, converting once."""
    model_bin = model_dir / "model.bin"
    target = _checkpoint_path(model_dir, cache_dir)
    stamp_path = target.with_suffix(".json")
    source = model_bin.stat()
    if target.is_file() and stamp_path.is_file():
        stamp = json.loads(stamp_path.read_text())
        if (stamp.get("source_size"), stamp.get("source_mtime_ns")) == (source.st_size, source.st_mtime_ns):
            if target.stat().st_size == stamp["size"] and file_sha256(target) == stamp["sha256"]:
                return target
            log.warning("%s does not match its stamp; converting again", target)
    log.info("converting %s into an openai-whisper checkpoint at %s", model_bin, target)
    checkpoint = convert_ct2_to_openai(model_bin)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.{os.getpid()}")
    try:
        torch.save(checkpoint, staging)
        os.replace(staging, target)
    finally:
        staging.unlink(missing_ok=True)
    stamp_path.write_text(json.dumps({
        "source": str(model_bin), "source_size": source.st_size, "source_mtime_ns": source.st_mtime_ns,
        "size": target.stat().st_size, "sha256": file_sha256(target),
    }, indent=1))
    return target


def _checkpoint_path(model_dir: Path, cache_dir: Path) -> Path:
    """Next to a model in the cache; for a user's model elsewhere, in a cache folder named after its path."""
    resolved = model_dir.resolve()
    if resolved.is_relative_to(cache_dir.resolve()):
        return resolved / CHECKPOINT_NAME
    key = hashlib.sha256(str(resolved).encode()).hexdigest()[:12]
    return cache_dir / "models" / "converted" / f"{resolved.name}-{key}" / CHECKPOINT_NAME
