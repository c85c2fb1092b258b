"""Build mono two-speaker calls from real recorded speech, to measure the speaker split on real voices.

The labelled mono samples in ``samples/`` are one TTS voice and a resampled copy of it. This
script lays clips of two real people (``../shared/real-speech``: pairs from one corpus, so the
recording conditions match) one after the other on a single channel, the way turns follow each
other in a call, and writes a DESIGN §8 dataset that ``qa eval`` measures:

    .venv/bin/python scripts/real_speech_mono.py ../shared/real-speech /tmp/real-mono
    .venv/bin/qa eval /tmp/real-mono

Each pair is written twice: at 16 kHz, and as 8 kHz telephone band (300–3400 Hz). The first
speaker is labelled the agent (the clips hold no greeting, so only "who speaks first" can name
the agent). The clips are whole utterances, so the reference text of every turn is exact.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import soundfile
from scipy.signal import butter, resample_poly, sosfiltfilt

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from audio.io import SAMPLE_RATE, load_audio  # noqa: E402

# Two real speakers each, from one source: (call id, first speaker's clips, second speaker's clips, what they are)
PAIRS = (
    ("thchs30_two_women", [f"thchs30_A2_{n}" for n in (0, 3, 5, 15, 26, 43, 54, 85)],
     [f"thchs30_D4_{n}" for n in (750, 751, 752, 753)], "THCHS-30 speakers A2 and D4, two women reading"),
    ("ramc_two_men", ["ramc_CTS-CN-F2F-2019-11-11-423-012-A"], ["ramc_CTS-CN-F2F-2019-11-11-423-012-B"],
     "MagicData-RAMC, two men in one phone conversation"),
    ("firered_podcast", ["podcast_firered_zh_S1"], ["podcast_firered_zh_S2"], "FireRedTTS2 podcast, a man and a woman"),
    ("soulx_podcast", ["podcast_soulx_female_mandarin"], ["podcast_soulx_male_mandarin"],
     "SoulX-Podcast, a woman and a man"),
)
LEAD_IN_S, SPEAKER_GAP_S, SAME_SPEAKER_GAP_S = 0.5, 0.7, 0.4  # as samples/generate.py lays out calls
PEAK = 0.7  # every clip is scaled to this peak
TELEPHONE_BAND_HZ = (300.0, 3400.0)


def turn_order(first: list[str], second: list[str]) -> list[tuple[str, str]]:
    """Return (role, clip id) with each speaker's clips spread evenly over the call, the agent first."""
    placed = [((i + 0.5) / len(first), 0, "agent", clip) for i, clip in enumerate(first)]
    placed += [((i + 0.5) / len(second), 1, "customer", clip) for i, clip in enumerate(second)]
    return [(role, clip) for _, _, role, clip in sorted(placed)]


def lay_out(order: list[tuple[str, str]], clips: dict[str, np.ndarray],
            texts: dict[str, str]) -> tuple[np.ndarray, list[dict]]:
    """Return the 16 kHz mono call and its reference turns (role, start, end, text)."""
    pieces, turns, time = [np.zeros(round(LEAD_IN_S * SAMPLE_RATE), np.float32)], [], LEAD_IN_S
    for role, clip_id in order:
        if turns:
            gap = SAME_SPEAKER_GAP_S if turns[-1]["role"] == role else SPEAKER_GAP_S
            pieces.append(np.zeros(round(gap * SAMPLE_RATE), np.float32))
            time += gap
        clip = clips[clip_id]
        pieces.append(clip)
        turns.append({"role": role, "start": round(time, 3), "end": round(time + len(clip) / SAMPLE_RATE, 3),
                      "text": texts[clip_id]})
        time += len(clip) / SAMPLE_RATE
    pieces.append(np.zeros(round(LEAD_IN_S * SAMPLE_RATE), np.float32))
    return np.concatenate(pieces), turns


def telephone(samples: np.ndarray) -> np.ndarray:
    """Return 16 kHz ``samples`` as 8 kHz telephone-band audio."""
    band = butter(4, TELEPHONE_BAND_HZ, btype="bandpass", fs=SAMPLE_RATE, output="sos")
    return resample_poly(sosfiltfilt(band, samples), 1, 2).astype(np.float32)


def build(source: Path, out: Path) -> list[dict]:
    """Write every pair's call (16 kHz and 8 kHz) and ``manifest.jsonl`` into ``out``; return the entries."""
    catalogue = {e["id"]: e for e in map(json.loads, (source / "manifest.jsonl").read_text("utf-8").splitlines())}
    out.mkdir(parents=True, exist_ok=True)
    entries = []
    for call_id, first, second, about in PAIRS:
        clips = {}
        for clip_id in first + second:
            samples = load_audio(source / catalogue[clip_id]["audio"]).samples[0]
            clips[clip_id] = (samples * (PEAK / max(1e-9, float(np.abs(samples).max())))).astype(np.float32)
        texts = {clip_id: catalogue[clip_id]["reference"]["text"] for clip_id in clips}
        call, turns = lay_out(turn_order(first, second), clips, texts)
        for suffix, rate, audio in (("16k", SAMPLE_RATE, call), ("8k", SAMPLE_RATE // 2, telephone(call))):
            name = f"{call_id}_{suffix}.wav"
            soundfile.write(out / name, audio, rate, subtype="PCM_16")
            entries.append({"id": f"{call_id}_{suffix}", "audio": name, "layout": "mono", "sample_rate": rate,
                            "duration": round(len(audio) / rate, 2), "source": f"{about}; ../shared/real-speech",
                            "reference": {"turns": turns}, "expected": {}})
    with (out / "manifest.jsonl").open("w", encoding="utf-8") as manifest:
        manifest.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in entries)
    return entries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the real-speech folder (its manifest.jsonl and audio/)")
    parser.add_argument("out", type=Path, help="folder to write the calls and manifest.jsonl into")
    args = parser.parse_args()
    for entry in build(args.source, args.out):
        print(f"{entry['id']}: {entry['duration']:.1f} s, {len(entry['reference']['turns'])} turns")


if __name__ == "__main__":
    main()
