"""``qa bench``: time each pipeline stage for every engine, side by side, on a folder of calls.

Each engine runs in its own Python process (``python -m qa.bench``), so its peak
resident memory is its own: model, torch or CTranslate2, and every stage; each
stage's own peak is read too (``qa.rss``). The worker first warms up: it scores the first ``WARM_UP_S`` of the
first call of each layout (mono, stereo) once, untimed per stage, because the
first call in a process pays one-time costs besides loading the model (torch
and ONNX kernels, jieba's dictionary, the lexicons' readings) that a batch pays
once. Then it scores every call of the folder's ``manifest.jsonl`` with the
real pipeline, saves it into a throw-away SQLite store, and prints one JSON
line; the parent collects one per engine and renders the table, the load and
the warm-up on rows of their own.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
import wave
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from audio.io import SAMPLE_RATE, load_audio
from qa.config import Settings, load_settings
from qa.evaluation import call_text, character_error_rate
from qa.pipeline import ScoreOptions, get_engine, score_call
from qa.rss import process_peak_mb, recording_stage_peaks, stage_peak

# Stages in pipeline order; any other timing key the pipeline reports is shown after them.
STAGES = ("decode", "quality", "vad", "diarize", "asr", "prosody", "scoring", "storage")
MODEL_LOAD = "load_model"
WARM_UP_S = 20.0  # seconds of the first call of each layout scored once before the timed pass
WORKER_SETTINGS = ("model_path", "compute_type", "beam_size", "cpu_threads", "cache_dir", "rubric")


class BenchError(Exception):
    """An engine's benchmark process failed; the message carries its error output."""


@dataclass
class EngineRun:
    """One engine's pass over the folder: settings, summed stage times, memory and accuracy."""

    engine: str
    model: str
    compute_type: str
    beam_size: int
    threads: int
    audio_seconds: float
    load_model_s: float
    warm_up_s: float
    stages: dict[str, float]
    peak_rss_mb: float
    stage_peaks_mb: dict[str, float] = field(default_factory=dict)
    calls: list[dict[str, Any]] = field(default_factory=list)

    @property
    def pipeline_s(self) -> float:
        return sum(self.stages.values())

    @property
    def mean_cer(self) -> float | None:
        rates = [c["cer"] for c in self.calls if c.get("cer") is not None]
        return sum(rates) / len(rates) if rates else None

    def rtf(self, seconds: float) -> float:
        return seconds / self.audio_seconds if self.audio_seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(pipeline_s=round(self.pipeline_s, 3), pipeline_rtf=round(self.rtf(self.pipeline_s), 4),
                    mean_cer=self.mean_cer)
        return data


def reference_text(entry: dict[str, Any]) -> str | None:
    """Return the manifest's reference transcript of a call in time order, or None if it has none."""
    turns = entry.get("reference", {}).get("turns")
    return "".join(t["text"] for t in sorted(turns, key=lambda t: t["start"])) if turns else None


def run_engine(folder: Path, settings: Settings) -> EngineRun:
    """Return one engine's benchmark over every call in ``folder`` (run this in a fresh process)."""
    from qa.cli import load_manifest, open_store

    entries = load_manifest(folder)
    store = open_store(settings)
    options = ScoreOptions.from_settings(settings)
    totals, warm_up_s = warm_up(folder, entries, options)
    calls, audio_seconds = [], 0.0
    peaks: dict[str, float] = {}
    for entry in entries:
        call_options = replace(options, agent_channel=entry.get("agent_channel", options.agent_channel))
        path = folder / entry["audio"]
        with recording_stage_peaks() as call_peaks:
            assessment = score_call(path, call_options, call_id=entry["id"])
            started = time.perf_counter()
            with stage_peak("storage"):
                store.save_assessment(assessment, path, agent_id=entry.get("agent_id"))
            assessment.timings["storage"] = round(time.perf_counter() - started, 3)
        for stage, peak in call_peaks.items():
            peaks[stage] = max(peaks.get(stage, 0.0), peak)
        for stage, seconds in assessment.timings.items():
            totals[stage] = totals.get(stage, 0.0) + seconds
        reference = reference_text(entry)
        calls.append({
            "id": entry["id"], "duration": assessment.transcript.duration, "timings": assessment.timings,
            "cer": round(character_error_rate(reference, call_text(assessment)), 4) if reference else None,
        })
        audio_seconds += assessment.transcript.duration
    engine = get_engine(options.engine, options.engine_options)
    return EngineRun(
        engine=engine.name,
        model=engine.model_name,
        compute_type=engine.compute_type,
        beam_size=options.engine_options.beam_size,
        threads=options.engine_options.threads,
        audio_seconds=round(audio_seconds, 2),
        load_model_s=round(totals.pop(MODEL_LOAD, 0.0), 3),
        warm_up_s=round(warm_up_s, 3),
        stages={stage: round(seconds, 3) for stage, seconds in _ordered(totals)},
        peak_rss_mb=round(process_peak_mb(), 1),
        stage_peaks_mb={stage: round(peak, 1) for stage, peak in peaks.items() if stage != MODEL_LOAD},
        calls=calls,
    )


def warm_up(folder: Path, entries: list[dict[str, Any]], options: ScoreOptions) -> tuple[dict[str, float], float]:
    """Score the first ``WARM_UP_S`` of the first call of each layout once; return its model load and other seconds.

    The model load goes on to the run's ``load_model_s``; the rest is the warm-up, reported apart from the stages.
    A call whose manifest names a layout already warmed is not decoded; the search ends once both are.
    """
    timings: dict[str, float] = {}
    layouts: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="qa-bench-warm-up-") as scratch:
        for entry in entries:
            if len(layouts) == 2:
                break
            if entry.get("layout") in layouts:
                continue
            audio = load_audio(folder / entry["audio"])
            if audio.layout in layouts:
                continue
            layouts.add(audio.layout)
            clip = Path(scratch) / f"warm-up-{audio.layout}.wav"
            _write_wav(clip, audio.samples[:, :round(WARM_UP_S * SAMPLE_RATE)])
            call_options = replace(options, agent_channel=entry.get("agent_channel", options.agent_channel))
            for stage, seconds in score_call(clip, call_options, call_id="warm-up").timings.items():
                timings[stage] = timings.get(stage, 0.0) + seconds
    load = timings.pop(MODEL_LOAD, 0.0)
    return {MODEL_LOAD: load}, sum(timings.values())


def _write_wav(path: Path, samples: np.ndarray) -> None:
    """Write (channels, samples) float audio at ``SAMPLE_RATE`` as 16-bit PCM."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(samples.shape[0])
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes((np.clip(samples.T, -1.0, 1.0) * 32767).astype("<i2").tobytes())


def _ordered(totals: dict[str, float]) -> list[tuple[str, float]]:
    known = [(s, totals[s]) for s in STAGES if s in totals]
    return known + sorted((s, v) for s, v in totals.items() if s not in STAGES)


def bench(folder: Path, settings: Settings, engines: list[str]) -> list[EngineRun]:
    """Return one ``EngineRun`` per engine, each measured in its own subprocess."""
    runs = []
    for engine in engines:
        request = {"folder": str(folder), "engine": engine,
                   **{name: str(getattr(settings, name)) for name in WORKER_SETTINGS}}
        done = subprocess.run([sys.executable, "-m", "qa.bench", json.dumps(request)],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise BenchError(f"{engine}: the benchmark process failed:\n{done.stderr.strip()[-2000:]}")
        runs.append(EngineRun(**json.loads(done.stdout.strip().splitlines()[-1])))
    return runs


def render_table(runs: list[EngineRun], folder: Path) -> str:
    """Return the side-by-side table: per stage wall time and RTF, then memory, settings and CER."""
    first = runs[0]
    stages = [s for s, _ in _ordered({s: 0.0 for run in runs for s in run.stages})]
    label_width, cell = 26, 24
    lines = [f"qa bench: {len(first.calls)} call(s), {first.audio_seconds:.1f} s of audio in {folder}",
             "".ljust(label_width) + "".join(r.engine.ljust(cell) for r in runs),
             "stage".ljust(label_width) + "".join("wall s  RTF     peak MB".ljust(cell) for _ in runs)]

    def row(label: str, cells: list[str]) -> None:
        lines.append(label.ljust(label_width) + "".join(c.ljust(cell) for c in cells))

    for stage in stages:
        row(stage, [f"{r.stages.get(stage, 0.0):<7.2f} {r.rtf(r.stages.get(stage, 0.0)):<7.4f} "
                    + (f"{r.stage_peaks_mb[stage]:.0f}" if stage in r.stage_peaks_mb else "-") for r in runs])
    row("pipeline total", [f"{r.pipeline_s:<7.2f} {r.rtf(r.pipeline_s):<7.4f} {r.peak_rss_mb:.0f}" for r in runs])
    row("load (once per process)", [f"{r.load_model_s:.2f}" for r in runs])
    row(f"warm-up ({WARM_UP_S:.0f} s per layout)", [f"{r.warm_up_s:.2f}" for r in runs])
    row("non-ASR / ASR time", [f"{(r.pipeline_s - r.stages.get('asr', 0.0)) / max(r.stages.get('asr', 0.0), 1e-9):.1%}"
                               for r in runs])
    row("peak RSS (whole process)", [f"{r.peak_rss_mb:.0f} MB" for r in runs])
    row("model", [r.model for r in runs])
    row("beam / compute / threads", [f"{r.beam_size} / {r.compute_type} / {r.threads}" for r in runs])
    for index, call in enumerate(first.calls):
        if call["cer"] is not None:
            row(f"CER {call['id']}"[:label_width - 1], [f"{r.calls[index]['cer']:.1%}" for r in runs])
    if first.mean_cer is not None:
        row("CER mean", [f"{r.mean_cer:.1%}" for r in runs])
    asr = {r.engine: r.stages.get("asr", 0.0) for r in runs}
    if asr.get("faster-whisper") and asr.get("openai-whisper"):
        lines.append(f"ASR speed-up: faster-whisper is {asr['openai-whisper'] / asr['faster-whisper']:.1f}× "
                     "faster than openai-whisper")
    lines.append("RTF = stage wall time / audio duration (stereo: both channels are transcribed). Stages are timed "
                 "warm: the first seconds of one call per layout are scored once before. Peak MB = the process's "
                 "resident memory at its highest during the stage (asr: with Whisper's own VAD pass).")
    return "\n".join(lines)


def _worker(request_json: str) -> None:
    request = json.loads(request_json)
    folder = Path(request.pop("folder"))
    with tempfile.TemporaryDirectory(prefix="qa-bench-") as data_dir:
        settings = load_settings(data_dir=data_dir, database_url="", **request)
        print(json.dumps(asdict(run_engine(folder, settings)), ensure_ascii=False))


if __name__ == "__main__":
    _worker(sys.argv[1])
