"""Who speaks when on a mono call: speaker embeddings on voiced audio, clustered into speakers.

The method, and what it can and cannot see:

1. Voice activity (``audio.vad``) cuts the channel into tight speech regions.
2. resemblyzer (GE2E d-vectors; its weights ship in the wheel) embeds sliding
   windows (``window_s`` / ``hop_s``) inside each region; a window never spans
   a pause.
3. Regions closer than ``unit_gap_s`` form a *unit* (in practice one turn).
   A unit's embedding is the mean of its windows: a 1.5 s window mostly says
   *what* is said, a whole turn says *who* says it.
4. Units of at least ``min_unit_s`` are clustered into ``num_speakers`` with
   spectral clustering on their cosine affinity (raised to
   ``affinity_power`` to sharpen it). The centroids are then refined over
   every unit, short ones included, each weighted by its duration (up to
   ``refine_iterations`` rounds of assign-to-nearest, re-average), and every
   unit goes to the nearest centroid. The clustering is done twice, once with
   the direction that follows the units' log-duration taken out of the
   affinity (long units of both voices can resemble each other more than
   their own short ones); the refined pair of centroids that fits the units
   better is kept. A call with no more units than speakers (a short call of
   two turns) has its windows clustered instead. ``kmeans_starts`` k-means
   runs on the long units are further candidates. The fits of different
   partitions often differ by less than 0.01 while the words differ by a
   whole speaker's turns, so every other refined partition whose fit is
   within ``plausible_fit`` of the best is kept as an alternative timeline:
   ``audio.separate`` lets the words choose among them (each speaker's text
   should read as one side of the call).
5. Inside a unit, a run of at least ``min_switch_windows`` windows that
   clearly favour another speaker is a speaker change without a pause (quick
   turn-taking or talking over). The ambiguous windows between two such
   speakers in one unit are marked as *possible overlap*.

A single-channel mix holds no direct evidence of two voices at once; overlap
is inferred only where one stretch of continuous voice changes speaker and the
windows at the junction resemble both. Overlaps shorter than a window, and
backchannels inside the other speaker's turn, are not detected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from audio.io import SAMPLE_RATE
from audio.vad import SpeechRegion, VadSettings

MEL_FRAMES_PER_S = 100  # resemblyzer's mel hop is 10 ms
LEVEL_DBFS = -30.0  # resemblyzer's training level: each region is scaled to this RMS
EMBEDDING_SIZE = 256


class DiarizationError(ValueError):
    """The diarization settings cannot be used."""


@dataclass(frozen=True)
class DiarizationSettings:
    """How a mono call is split into speakers; every threshold of the method lives here."""

    num_speakers: int = 2
    window_s: float = 1.5
    hop_s: float = 0.75
    unit_gap_s: float = 0.5  # regions closer than this belong to one unit (a turn)
    min_unit_s: float = 2.0  # units this long decide the clusters; shorter ones join the nearest
    affinity_power: float = 4.0
    switch_margin: float = 0.03  # a window favours a speaker by at least this cosine margin
    min_switch_windows: int = 2  # consecutive windows that change the speaker inside a unit
    ambiguous_margin: float = 0.02  # a word whose two best speakers differ by less is ambiguous
    full_separation: float = 0.25  # silhouette at which the clusters count as fully separated
    refine_iterations: int = 10  # rounds refining the centroids over all units (duration-weighted); 0 = off
    kmeans_starts: int = 20  # k-means runs (seeds 0..n-1) on the long units: further candidate partitions; 0 = off
    # partitions this close to the best fit are alternatives the words choose among (at 0.007 wrong ones win)
    plausible_fit: float = 0.003
    vad: VadSettings = field(default_factory=VadSettings)

    def __post_init__(self) -> None:
        if self.num_speakers < 1:
            raise DiarizationError(f"num_speakers must be 1 or more, not {self.num_speakers}")
        if not 0 < self.hop_s <= self.window_s:
            raise DiarizationError(f"hop ({self.hop_s} s) must be positive and at most the window ({self.window_s} s)")


@dataclass(frozen=True)
class Window:
    """One embedded stretch of voice: its times, the unit it belongs to, and its similarity to each speaker."""

    start: float
    end: float
    unit: int
    scores: tuple[float, ...]

    @property
    def best(self) -> int:
        return int(np.argmax(self.scores))

    @property
    def margin(self) -> float:
        """Return how much more the window resembles its best speaker than the runner-up."""
        ordered = sorted(self.scores, reverse=True)
        return ordered[0] - ordered[1] if len(ordered) > 1 else 1.0


@dataclass(frozen=True)
class Unit:
    """Continuous voice (regions joined across short pauses) and the speaker it was assigned."""

    start: float
    end: float
    speaker: int
    margin: float


@dataclass
class SpeakerTimeline:
    """The diarization of one call: units with speakers, window evidence, speaker changes inside units, overlaps."""

    units: list[Unit]
    windows: list[Window]
    num_speakers: int
    separation: float  # silhouette of the long units' embeddings (cosine), -1..1
    switches: list[tuple[int, float, float]] = field(default_factory=list)  # (speaker, start, end) inside a unit
    overlaps: list[tuple[float, float]] = field(default_factory=list)
    fit: float = 0.0  # duration-weighted similarity of the units to their speaker's centroid
    alternatives: list[SpeakerTimeline] = field(default_factory=list)  # other partitions the voice fits nearly as well

    def speaker_at(self, start: float, end: float) -> tuple[int, float, bool]:
        """Return (speaker, margin over the runner-up, possible overlap) of the word from ``start`` to ``end``."""
        middle = (start + end) / 2
        overlap = any(s <= middle <= e for s, e in self.overlaps)
        covering = [w for w in self.windows if w.start <= middle <= w.end]
        if overlap and covering:
            scores = np.mean([w.scores for w in covering], axis=0)
            return int(np.argmax(scores)), _margin(scores), True
        for speaker, run_start, run_end in self.switches:
            if run_start <= middle <= run_end:
                return speaker, min(w.margin for w in covering) if covering else 0.0, overlap
        if not self.units:
            return 0, 0.0, overlap
        unit = self.units[_index_holding([(u.start, u.end) for u in self.units], middle)]
        return unit.speaker, unit.margin, overlap


@lru_cache(maxsize=1)
def voice_encoder():  # noqa: ANN201  (resemblyzer has no type stubs)
    """Return resemblyzer's VoiceEncoder on the CPU, loaded once per process from the wheel's weights."""
    from resemblyzer import VoiceEncoder

    return VoiceEncoder("cpu", verbose=False)


@lru_cache(maxsize=1)
def load_diarizer() -> None:
    """Load the encoder and run a 3 s tone through the embedding path once per process.

    The first call pays for the weights, librosa's first mel spectrogram and torch's first forward passes
    (2.5 s on the first mono sample, 0.26 s on the next): a per-process cost that belongs to loading.
    """
    tone = (0.1 * np.sin(2 * np.pi * 150 * np.arange(3 * SAMPLE_RATE) / SAMPLE_RATE)).astype(np.float32)
    embed_windows(tone, [SpeechRegion(0.0, 2.5), SpeechRegion(2.5, 3.0)], DiarizationSettings())


def diarize(samples: np.ndarray, regions: list[SpeechRegion], settings: DiarizationSettings) -> SpeakerTimeline:
    """Return the speaker timeline of a 16 kHz mono channel whose speech regions are ``regions``."""
    units = _join_regions(regions, settings.unit_gap_s)
    spans, embeddings = embed_windows(samples, regions, settings)
    if not spans:
        return SpeakerTimeline(units=[], windows=[], num_speakers=settings.num_speakers, separation=0.0)
    window_unit = np.array([_index_holding(units, (s + e) / 2) for s, e in spans])
    unit_embeddings = _normalised(np.stack([embeddings[window_unit == i].mean(axis=0) if (window_unit == i).any()
                                            else np.zeros(embeddings.shape[1]) for i in range(len(units))]))
    durations = np.array([end - start for start, end in units])
    partitions = _plausible_partitions(unit_embeddings, durations, embeddings, settings)
    timelines = [_timeline(units, spans, window_unit, unit_embeddings, embeddings, centroids, separation, fit,
                           settings) for fit, centroids, separation in partitions]
    timelines[0].alternatives = timelines[1:]
    return timelines[0]


def _timeline(units: list[tuple[float, float]], spans: list[tuple[float, float]], window_unit: np.ndarray,
              unit_embeddings: np.ndarray, embeddings: np.ndarray, centroids: np.ndarray, separation: float,
              fit: float, settings: DiarizationSettings) -> SpeakerTimeline:
    """Return the timeline of every unit and window assigned to the nearest of ``centroids``."""
    unit_scores = unit_embeddings @ centroids.T
    window_scores = embeddings @ centroids.T
    timeline = SpeakerTimeline(
        units=[Unit(start, end, int(np.argmax(scores)), _margin(scores))
               for (start, end), scores in zip(units, unit_scores)],
        windows=[Window(s, e, int(u), tuple(float(v) for v in scores))
                 for (s, e), u, scores in zip(spans, window_unit, window_scores)],
        num_speakers=len(centroids),
        separation=separation,
        fit=fit,
    )
    timeline.switches, timeline.overlaps = speaker_changes_inside_units(timeline, settings)
    return timeline


def embed_windows(samples: np.ndarray, regions: list[SpeechRegion],
                  settings: DiarizationSettings) -> tuple[list[tuple[float, float]], np.ndarray]:
    """Return the (start, end) of every window inside the regions and its d-vector (rows, L2-normed).

    A region shorter than a window is embedded whole. Full-length windows go
    through the encoder in one batch, short ones one by one (an LSTM's final
    state would change with padding).
    """
    import torch
    from resemblyzer.audio import wav_to_mel_spectrogram

    window = round(settings.window_s * MEL_FRAMES_PER_S)
    hop = round(settings.hop_s * MEL_FRAMES_PER_S)
    spans: list[tuple[float, float]] = []
    mels: list[np.ndarray] = []
    for region in regions:
        clip = samples[int(region.start * SAMPLE_RATE): int(region.end * SAMPLE_RATE)].astype(np.float32)
        rms = float(np.sqrt(np.mean(clip ** 2))) if clip.size else 0.0
        if rms == 0.0:
            continue
        mel = wav_to_mel_spectrogram(clip * (10 ** (LEVEL_DBFS / 20) / rms))
        offsets = list(range(0, max(1, len(mel) - window + 1), hop))
        if offsets[-1] + window < len(mel):
            offsets.append(len(mel) - window)
        for offset in offsets:
            mels.append(mel[offset: offset + window])
            spans.append((region.start + offset / MEL_FRAMES_PER_S,
                          min(region.end, region.start + (offset + window) / MEL_FRAMES_PER_S)))
    encoder = voice_encoder()
    threads = torch.get_num_threads()
    # one thread: with Whisper's threads also resident, two torch threads were slower (1.9 s against 1.5 s)
    torch.set_num_threads(1)
    try:
        with torch.no_grad():
            vectors = _encode(encoder, mels, window)
    finally:
        torch.set_num_threads(threads)
    return spans, vectors


def _encode(encoder, mels: list[np.ndarray], window: int) -> np.ndarray:  # noqa: ANN001  (no stubs)
    """Return the d-vector of every mel window: full-length ones in one batch, shorter ones one by one."""
    import torch

    vectors = np.zeros((len(mels), EMBEDDING_SIZE), dtype=np.float32)
    full = [i for i, mel in enumerate(mels) if len(mel) == window]
    if full:
        vectors[full] = encoder(torch.from_numpy(np.stack([mels[i] for i in full]))).numpy()
    for i in sorted(set(range(len(mels))) - set(full)):
        vectors[i] = encoder(torch.from_numpy(mels[i][None])).numpy()[0]
    return vectors


def speaker_changes_inside_units(timeline: SpeakerTimeline, settings: DiarizationSettings
                                 ) -> tuple[list[tuple[int, float, float]], list[tuple[float, float]]]:
    """Return the runs of windows that change speaker inside a unit, and the possible overlaps between runs.

    A run is at least ``min_switch_windows`` consecutive windows that favour
    one speaker by ``switch_margin`` or more. Where a unit holds confident runs
    of two speakers, the stretch from the end of one run's last clear window
    to the start of the next run's first one (or the two windows' overlap) is
    a possible overlap: voice never stopped while the speaker changed.
    """
    switches: list[tuple[int, float, float]] = []
    overlaps: list[tuple[float, float]] = []
    for index, unit in enumerate(timeline.units):
        windows = [w for w in timeline.windows if w.unit == index]
        runs = _confident_runs(windows, settings)
        switches.extend(run for run in runs if run[0] != unit.speaker)
        for (speaker, _, end), (next_speaker, next_start, _) in zip(runs, runs[1:]):
            if speaker != next_speaker:
                last = max((w for w in windows if w.end <= end + 1e-6 and w.best == speaker
                            and w.margin >= settings.switch_margin), key=lambda w: w.end)
                first = min((w for w in windows if w.start >= next_start - 1e-6 and w.best == next_speaker
                             and w.margin >= settings.switch_margin), key=lambda w: w.start)
                ambiguous = [w for w in windows if last.start < w.start < first.start]
                span = ((min(w.start for w in ambiguous), max(w.end for w in ambiguous)) if ambiguous
                        else (first.start, last.end))
                if span[0] < span[1]:
                    overlaps.append((round(span[0], 2), round(span[1], 2)))
    return switches, overlaps


def _confident_runs(windows: list[Window], settings: DiarizationSettings) -> list[tuple[int, float, float]]:
    """Return (speaker, start, end) of runs of consecutive windows favouring one speaker clearly.

    Ambiguous windows neither extend nor break a run; a run needs
    ``min_switch_windows`` clear windows.
    """
    runs: list[tuple[int, float, float, int]] = []
    for window in windows:
        if window.margin < settings.switch_margin:
            continue
        if runs and runs[-1][0] == window.best:
            speaker, start, _, count = runs[-1]
            runs[-1] = (speaker, start, window.end, count + 1)
        else:
            runs.append((window.best, window.start, window.end, 1))
    return [(speaker, start, end) for speaker, start, end, count in runs if count >= settings.min_switch_windows]


def _plausible_partitions(unit_embeddings: np.ndarray, durations: np.ndarray, window_embeddings: np.ndarray,
                          settings: DiarizationSettings) -> list[tuple[float, np.ndarray, float]]:
    """Return (fit, refined centroids, silhouette) of the voice's partition, then of the alternatives.

    The voice's partition is ``_best_partition``'s. The alternatives are the
    other spectral clustering and ``kmeans_starts`` k-means runs on the long
    units, each refined over all units, whose fit is within ``plausible_fit``
    of the best fit of all; best fit first, one per distinct assignment of the
    units. Many starts find more of the partitions the voice fits about as
    well; the fit alone cannot rank them (the best fit of 20 starts is wrong
    on more calls than the spectral choice), so none replaces the voice's
    choice unless the words prefer it (``audio.separate``).
    """
    chosen, others = _best_partition(unit_embeddings, durations, window_embeddings, settings)
    for centroids, separation in _kmeans_centroids(unit_embeddings, durations, settings):
        centroids = refine_centroids(centroids, unit_embeddings, durations, settings.refine_iterations)
        others.append((_fit(centroids, unit_embeddings, durations), centroids, separation))
    best_fit = max(f[0] for f in [chosen] + others)
    kept: list[tuple[float, np.ndarray, float]] = []
    seen: set[tuple[int, ...]] = set()
    for index, candidate in enumerate([chosen] + sorted(others, key=lambda f: -f[0])):
        if index > 0 and candidate[0] < best_fit - settings.plausible_fit:
            continue
        nearest = np.argmax(unit_embeddings @ candidate[1].T, axis=1)
        key = tuple(nearest if nearest[0] == 0 else len(candidate[1]) - 1 - nearest)  # the labels' order is moot
        if key not in seen:
            seen.add(key)
            kept.append(candidate)
    return kept


def _kmeans_centroids(unit_embeddings: np.ndarray, durations: np.ndarray,
                      settings: DiarizationSettings) -> list[tuple[np.ndarray, float]]:
    """Return (centroids, silhouette) of ``kmeans_starts`` k-means runs on the long units; two speakers only.

    One per seed; the silhouette is of that run's own clustering, as ``_speaker_centroids`` gives the spectral one's.
    """
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score

    deciding = (durations >= settings.min_unit_s) & (np.linalg.norm(unit_embeddings, axis=1) > 0)
    if settings.num_speakers != 2 or deciding.sum() <= settings.num_speakers:
        return []
    chosen = unit_embeddings[deciding]
    found = []
    for seed in range(settings.kmeans_starts):
        labels = KMeans(settings.num_speakers, n_init=1, random_state=seed).fit_predict(chosen)
        if len(set(labels)) == settings.num_speakers:
            found.append((_normalised(np.stack([chosen[labels == k].mean(axis=0)
                                                for k in range(settings.num_speakers)])),
                          float(silhouette_score(chosen, labels, metric="cosine"))))
    return found


def _best_partition(unit_embeddings: np.ndarray, durations: np.ndarray, window_embeddings: np.ndarray,
                    settings: DiarizationSettings
                    ) -> tuple[tuple[float, np.ndarray, float], list[tuple[float, np.ndarray, float]]]:
    """Return the refined centroids (and the clustering's silhouette) that fit the units best.

    The long units are clustered twice: on their embeddings, and on the same
    embeddings with the direction that follows the unit's log-duration removed
    (a long unit's mean of many windows lies closer to the voice-independent
    mean of all speech than a short one's, so long units resemble each other
    whoever speaks, and spectral clustering can split long from short). Each
    clustering's centroids are refined over all units; the pair with the higher
    duration-weighted similarity of the units to their nearest centroid (the
    objective the refinement climbs) is kept, the plain clustering on a tie.
    Returns the kept (fit, centroids, silhouette) and, in a list, the other.
    """
    found: list[tuple[float, np.ndarray, float]] = []
    for view in (unit_embeddings, _without_duration_direction(unit_embeddings, durations)):
        centroids, separation = _speaker_centroids(unit_embeddings, durations, window_embeddings, settings, view)
        centroids = refine_centroids(centroids, unit_embeddings, durations, settings.refine_iterations)
        fit = _fit(centroids, unit_embeddings, durations)
        found.append((fit, centroids, separation))
    best = 1 if found[1][0] > found[0][0] + 1e-9 else 0
    return found[best], [found[1 - best]]


def _without_duration_direction(unit_embeddings: np.ndarray, durations: np.ndarray) -> np.ndarray:
    """Return the unit embeddings less their component along the least-squares direction of log-duration."""
    heard = np.linalg.norm(unit_embeddings, axis=1) > 0
    x = np.log(np.maximum(durations[heard], 1e-3))
    x = x - x.mean()
    if heard.sum() < 3 or not (x @ x) > 0:
        return unit_embeddings
    direction = x @ (unit_embeddings[heard] - unit_embeddings[heard].mean(axis=0))
    if not np.linalg.norm(direction) > 0:
        return unit_embeddings
    direction = direction / np.linalg.norm(direction)
    projected = unit_embeddings.copy()
    projected[heard] = _normalised(unit_embeddings[heard] - np.outer(unit_embeddings[heard] @ direction, direction))
    return projected


def _fit(centroids: np.ndarray, unit_embeddings: np.ndarray, durations: np.ndarray) -> float:
    """Return the duration-weighted mean similarity of the heard units to their nearest centroid."""
    heard = np.linalg.norm(unit_embeddings, axis=1) > 0
    if not heard.any():
        return 0.0
    nearest = np.max(unit_embeddings[heard] @ centroids.T, axis=1)
    return float((durations[heard] * nearest).sum() / durations[heard].sum())


def _speaker_centroids(unit_embeddings: np.ndarray, durations: np.ndarray, window_embeddings: np.ndarray,
                       settings: DiarizationSettings, affinity_view: np.ndarray | None = None
                       ) -> tuple[np.ndarray, float]:
    """Return one L2-normed centroid per speaker and the silhouette of the clustered embeddings.

    The long units are clustered (on ``affinity_view`` of them where given; the
    centroids and the silhouette are always of ``unit_embeddings``). A call of
    no more units than speakers (two turns of a short call) cannot be
    clustered by unit, so its windows are.
    """
    from sklearn.cluster import SpectralClustering
    from sklearn.metrics import silhouette_score

    deciding = durations >= settings.min_unit_s
    if deciding.sum() <= settings.num_speakers:
        deciding = durations >= np.sort(durations)[::-1][: settings.num_speakers + 1].min()
    chosen = unit_embeddings[deciding]
    view = (affinity_view if affinity_view is not None else unit_embeddings)[deciding]
    if len(chosen) <= settings.num_speakers < len(window_embeddings):
        chosen = view = window_embeddings
    if settings.num_speakers == 1 or len(chosen) <= settings.num_speakers:
        return _normalised(chosen.mean(axis=0, keepdims=True)), 0.0
    affinity = np.clip(view @ view.T, 0.0, 1.0) ** settings.affinity_power
    labels = SpectralClustering(settings.num_speakers, affinity="precomputed", random_state=0).fit_predict(affinity)
    found = sorted(set(labels))
    centroids = _normalised(np.stack([chosen[labels == k].mean(axis=0) for k in found]))
    separation = float(silhouette_score(chosen, labels, metric="cosine")) if len(found) > 1 else 0.0
    return centroids, separation


def refine_centroids(centroids: np.ndarray, unit_embeddings: np.ndarray, durations: np.ndarray,
                     iterations: int) -> np.ndarray:
    """Return ``centroids`` moved to the duration-weighted mean of the units nearest each (k-means rounds).

    Clustering sees only the long units; a speaker with few long turns (a customer answering briefly) is
    then under-represented. A round that would leave a speaker without units is not taken.
    """
    heard = np.linalg.norm(unit_embeddings, axis=1) > 0
    units, weights = unit_embeddings[heard], durations[heard]
    for _ in range(iterations if len(centroids) > 1 else 0):
        nearest = np.argmax(units @ centroids.T, axis=1)
        if len(set(nearest)) < len(centroids):
            break
        moved = _normalised(np.stack([(units[nearest == k] * weights[nearest == k, None]).sum(axis=0)
                                      for k in range(len(centroids))]))
        if np.allclose(moved, centroids):
            break
        centroids = moved
    return centroids


def _join_regions(regions: list[SpeechRegion], gap_s: float) -> list[tuple[float, float]]:
    """Return the regions joined across pauses shorter than ``gap_s``."""
    units: list[list[float]] = []
    for region in regions:
        if units and region.start - units[-1][1] < gap_s:
            units[-1][1] = region.end
        else:
            units.append([region.start, region.end])
    return [(start, end) for start, end in units]


def _index_holding(units: list[tuple[float, float]], time: float) -> int:
    """Return the index of the unit holding ``time``, else of the nearest one."""
    distances = [0.0 if start <= time <= end else min(abs(time - start), abs(time - end)) for start, end in units]
    return int(np.argmin(distances))


def _normalised(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms == 0, 1.0, norms)


def _margin(scores: np.ndarray) -> float:
    """Return the best score minus the runner-up (1 when there is a single speaker)."""
    ordered = np.sort(np.asarray(scores))[::-1]
    return float(ordered[0] - ordered[1]) if len(ordered) > 1 else 1.0
