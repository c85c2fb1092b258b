"""Measure the scorer against labelled calls (DESIGN §8): the numbers ``qa eval DIR`` prints.

Each manifest entry carries a reference transcript and the ``expected``
judgement a senior QA reviewer gave the call. ``evaluate_call`` compares one
Assessment with its entry; ``summarize`` adds the calls up. A field missing
from ``expected`` is skipped, never counted as a failure.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from qa.model import SIX_STEPS, Assessment, Segment, Transcript, Word
from qa.pipeline import ScoreOptions, assess_transcript, load_analysers, score_call
from scoring.sounds import char_reading
from scoring.meaning import MeaningSettings
from scoring.rubric import load_rubric
from scoring.text import normalize

SPEAKER_ROLES = ("agent", "customer")
COUNTS = ("agent_interruptions", "customer_interruptions", "dead_air", "holds")
PHRASE_LISTS = ("jargon", "jargon_explained", "forbidden", "pii")


def edit_distance(reference: str, hypothesis: str) -> int:
    """Return the Levenshtein distance between two strings (characters)."""
    previous = list(range(len(hypothesis) + 1))
    for i, ref_char in enumerate(reference, start=1):
        current = [i]
        for j, hyp_char in enumerate(hypothesis, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref_char != hyp_char)))
        previous = current
    return previous[-1]


def infix_distance(text: Sequence[str], part: Sequence[str]) -> int:
    """Return the fewest character edits that turn ``part`` into some stretch of ``text`` (free start and end)."""
    previous = [0] * (len(text) + 1)
    for i, part_char in enumerate(part, start=1):
        current = [i]
        for j, text_char in enumerate(text, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (part_char != text_char)))
        previous = current
    return min(previous)


def character_error_rate(reference: str, hypothesis: str) -> float:
    """Return CER: edit distance over reference length, both sides normalised (``scoring.text.normalize``)."""
    ref, hyp = normalize(reference), normalize(hypothesis)
    return edit_distance(ref, hyp) / max(1, len(ref))


def call_text(assessment: Assessment) -> str:
    """Return everything recognised in the call, in time order."""
    return "".join(s.text for s in sorted(assessment.transcript.segments, key=lambda s: s.start))


def reference_text(entry: dict[str, Any]) -> str:
    """Return the reference transcript of a manifest entry, turns in time order."""
    turns = entry.get("reference", {}).get("turns", [])
    if turns:
        return "".join(t["text"] for t in sorted(turns, key=lambda t: t["start"]))
    return entry.get("reference", {}).get("text", "")


def reference_words(text: str, start: float, end: float, voiced: float | None = None) -> list[Word]:
    """Return ``text`` as one word per spoken character over [start, end], punctuation joined to the one before.

    The labels give a turn's voiced seconds but not where its pauses fall: the
    unvoiced rest is shared out as pauses after the punctuation inside the turn
    (none after its last word), and the characters are spread evenly over the voiced time.
    """
    chunks: list[str] = []
    for char in text:
        if chunks and not normalize(char):
            chunks[-1] += char
        else:
            chunks.append(char)
    pauses = [i for i, chunk in enumerate(chunks[:-1]) if not normalize(chunk[-1])]
    silent = max(0.0, end - start - voiced) if voiced is not None and pauses else 0.0
    step = (end - start - silent) / max(1, len(chunks))
    words, at = [], start
    for i, chunk in enumerate(chunks):
        words.append(Word(chunk, round(at, 3), round(at + step, 3)))
        at += step + (silent / len(pauses) if i in pauses else 0.0)
    return words


def reference_transcript(entry: dict[str, Any]) -> Transcript:
    """Return the manifest entry's reference turns as a Transcript, as if heard perfectly.

    Roles, times and text are the labels'. The labels have no word times, so
    ``reference_words`` places them; and there is no voice: prosody is empty,
    so emotion is read from text alone.
    """
    turns = sorted(entry.get("reference", {}).get("turns", []), key=lambda t: (t["start"], t["end"]))
    if not turns:
        raise ValueError(f"{entry['id']}: the manifest entry has no reference turns to score")
    segments = [Segment(speaker=t["role"], role=t["role"] if t["role"] in SPEAKER_ROLES else "unknown",
                        start=t["start"], end=t["end"], text=t["text"],
                        words=reference_words(t["text"], t["start"], t["end"], t.get("voiced"))) for t in turns]
    duration = entry.get("duration") or max(t["end"] for t in turns)
    return Transcript(duration=duration, layout=entry.get("layout", "stereo"), engine="reference", model="",
                      segments=segments)


def turn_roles(assessment: Assessment, turns: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Return (reference role, predicted role) per reference turn: the role that speaks most inside it."""
    pairs = []
    for turn in turns:
        spoken: dict[str, float] = {}
        for segment in assessment.transcript.segments:
            for word in segment.words or []:
                inside = min(word.end, turn["end"]) - max(word.start, turn["start"])
                if inside > 0:
                    spoken[segment.role] = spoken.get(segment.role, 0.0) + inside
        pairs.append((turn["role"], max(spoken, key=spoken.get) if spoken else "none"))
    return pairs


def word_attribution(transcript: Transcript, turns: list[dict[str, Any]]) -> tuple[int, int]:
    """Return (words given the right role, words) over the recognised words of ``transcript``.

    A word is right when its segment's role is the role of the reference turn
    that covers the word's midpoint: the nearest turn when it falls in a gap,
    either turn where two overlap.
    """
    turns = [t for t in turns if t["role"] in SPEAKER_ROLES]
    right = total = 0
    for segment in transcript.segments if turns else []:
        for word in segment.words:
            middle = (word.start + word.end) / 2
            distance = [0.0 if t["start"] <= middle <= t["end"]
                        else min(abs(middle - t["start"]), abs(middle - t["end"])) for t in turns]
            total += 1
            right += segment.role in {t["role"] for t, d in zip(turns, distance) if d == min(distance)}
    return right, total


def solo_turns(turns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the turns with agent/customer roles that overlap no turn of the other speaker.

    Time alone cannot tell who spoke inside an overlap (a backchannel within
    the customer's turn), so those turns are left out of speaker attribution.
    """
    return [t for t in turns if t["role"] in SPEAKER_ROLES and not any(
        o["role"] != t["role"] and o["start"] < t["end"] and t["start"] < o["end"] for o in turns)]


@dataclass
class Tally:
    """Matches between expected and found items: true positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        """Return tp / (tp + fp), None when nothing was found."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """Return tp / (tp + fn), None when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """Return the harmonic mean of precision and recall; None when both sides are empty."""
        if not self.tp + self.fp + self.fn:
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": _round(self.precision),
                "recall": _round(self.recall), "f1": _round(self.f1)}


def same_term(expected: str, found: str) -> bool:
    """Return True when two terms are the same once normalised (case, width, punctuation)."""
    return normalize(expected) == normalize(found)


def same_phrase(expected: str, found: str) -> bool:
    """Return True when one phrase holds the other (a lexicon entry inside the sentence as spoken).

    Heard text is allowed one misheard character in four of the shorter phrase (「找她们去」 heard for the
    labelled 「…您找他们去」): the finding is the phrase the reviewer labelled, whatever the ASR spelled. A character
    that reads the same (toneless pinyin) is no misheard one: 「不陪就是不陪」 is 「不赔就是不赔」 spelled by the ASR.
    """
    a, b = ([char_reading(c) or c for c in normalize(text)] for text in (expected, found))
    shorter, longer = sorted((a, b), key=len)
    return bool(shorter) and infix_distance(longer, shorter) <= len(shorter) // 4


def match_items(expected: Iterable[str], found: Iterable[str], same: Callable[[str, str], bool],
                pieces: bool = False) -> Tally:
    """Return the tally of a one-to-one matching: each expected item pairs with at most one found item.

    With ``pieces``, a found item left over that still matches an expected item is a second piece of that
    labelled phrase (「退不了就是退不了」 and 「问多少遍都一样」 of one labelled sentence): no hit, and no
    false one either.
    """
    expected, unmatched = list(expected), list(found)
    tally = Tally()
    for item in expected:
        partner = next((f for f in unmatched if same(item, f)), None)
        if partner is None:
            tally.fn += 1
        else:
            unmatched.remove(partner)
            tally.tp += 1
    tally.fp = sum(not (pieces and any(same(item, f) for item in expected)) for f in unmatched)
    return tally


def expected_step(expected: dict[str, Any], step: str) -> str | None:
    """Return the labelled status of ``step`` (found, missing, not_applicable), or None when unlabelled.

    Labels are ``true``/``false`` with not-applicable steps listed under
    ``expected.not_applicable``, or the string ``"not_applicable"`` itself.
    """
    steps = expected.get("steps", {})
    if step not in steps:
        return None
    if steps[step] == "not_applicable" or step in expected.get("not_applicable", []):
        return "not_applicable"
    return "found" if steps[step] else "missing"


def found_items(assessment: Assessment) -> dict[str, list[str]]:
    """Return what the scorer reported per labelled list: jargon, explained jargon, forbidden phrases, PII types."""
    jargon = assessment.findings_of("jargon")
    return {
        "jargon": [f.quote for f in jargon if not f.detail.get("explained")],
        "jargon_explained": [f.quote for f in jargon if f.detail.get("explained")],
        "forbidden": [f.quote for f in assessment.findings_of("forbidden_phrase")],
        "pii": [f.detail.get("type", "") for f in assessment.findings_of("pii")],
    }


def found_counts(assessment: Assessment) -> dict[str, int]:
    """Return the scorer's counts of the labelled events."""
    interruptions = assessment.metrics.get("interruptions", {})
    return {
        "agent_interruptions": interruptions.get("agent", 0),
        "customer_interruptions": interruptions.get("customer", 0),
        "dead_air": assessment.metrics.get("dead_air", len(assessment.findings_of("dead_air"))),
        "holds": len(assessment.findings_of("hold")),
    }


def evaluate_call(entry: dict[str, Any], assessment: Assessment) -> dict[str, Any]:
    """Return one call's comparison: CER, speaker attribution, and every labelled field, expected vs got."""
    expected = entry.get("expected", {})
    reference = normalize(reference_text(entry))
    errors = edit_distance(reference, normalize(call_text(assessment)))
    result: dict[str, Any] = {
        "id": entry["id"],
        "duration_s": assessment.transcript.duration,
        "cer": {"errors": errors, "chars": len(reference), "rate": _round(errors / max(1, len(reference)))},
    }
    turns = solo_turns(entry.get("reference", {}).get("turns", []))
    if turns:
        pairs = turn_roles(assessment, turns)
        heard = [(ref, got) for ref, got in pairs if got != "none"]
        words_right, words = word_attribution(assessment.transcript, entry["reference"]["turns"])
        result["speakers"] = {"turns": len(heard), "right": sum(ref == got for ref, got in heard),
                              "unheard": len(pairs) - len(heard), "words": words, "words_right": words_right}
    steps = {}
    for step in SIX_STEPS:
        label = expected_step(expected, step)
        got = assessment.step(step)
        if label is not None:
            steps[step] = {"expected": label, "got": got.status if got else "missing"}
    if steps:
        result["steps"] = steps
    counts = found_counts(assessment)
    for name in COUNTS:
        if name in expected:
            result[name] = {"expected": expected[name], "got": counts[name]}
    if "agent_speech_rate_cpm" in expected:
        want, got = expected["agent_speech_rate_cpm"], assessment.metrics.get("speech_rate_cpm", {}).get("agent")
        result["agent_speech_rate_cpm"] = {
            "expected": want, "got": got, "relative_error": _round(abs(got - want) / want) if got else None}
    found = found_items(assessment)
    for name in PHRASE_LISTS:
        if name in expected:
            same = same_phrase if name == "forbidden" else same_term
            tally = match_items(expected[name], found[name], same, pieces=name == "forbidden")
            result[name] = {"expected": expected[name], "got": found[name], **tally.to_dict()}
    if "needs_review" in expected:
        result["needs_review"] = {"expected": expected["needs_review"], "got": assessment.needs_review}
    result["timings"] = dict(assessment.timings)
    return result


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def _mean(values: list[float]) -> float | None:
    return _round(statistics.mean(values)) if values else None


def _step_summary(calls: list[dict[str, Any]], step: str) -> dict[str, Any]:
    """Return precision/recall/F1 of 'found' for one step, and the agreement on all three statuses."""
    labelled = [c["steps"][step] for c in calls if step in c.get("steps", {})]
    judged = [s for s in labelled if s["expected"] != "not_applicable"]
    tally = Tally(
        tp=sum(s["expected"] == "found" and s["got"] == "found" for s in judged),
        fp=sum(s["expected"] == "missing" and s["got"] == "found" for s in judged),
        fn=sum(s["expected"] == "found" and s["got"] != "found" for s in judged),
    )
    agree = sum(s["expected"] == s["got"] for s in labelled)
    return {"calls": len(labelled), "not_applicable": len(labelled) - len(judged),
            "tn": sum(s["expected"] == "missing" and s["got"] != "found" for s in judged),
            **tally.to_dict(), "status_agreement": _round(agree / len(labelled)) if labelled else None}


def _count_summary(calls: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    pairs = [c[name] for c in calls if name in c]
    if not pairs:
        return None
    errors = [abs(p["got"] - p["expected"]) for p in pairs]
    return {"calls": len(pairs), "mean_abs_error": _mean(errors),
            "exact_share": _round(sum(e == 0 for e in errors) / len(errors))}


def summarize(calls: list[dict[str, Any]], wall_s: float) -> dict[str, Any]:
    """Return the dataset's metrics from the per-call comparisons (DESIGN §8 ``qa eval`` output)."""
    audio_s = sum(c["duration_s"] for c in calls)
    chars = sum(c["cer"]["chars"] for c in calls)
    summary: dict[str, Any] = {
        "calls": len(calls),
        "audio_s": round(audio_s, 2),
        "wall_s": round(wall_s, 2),
        "real_time_factor": _round(wall_s / audio_s) if audio_s else None,
        "cer": {"overall": _round(sum(c["cer"]["errors"] for c in calls) / chars) if chars else None,
                "mean_per_call": _mean([c["cer"]["rate"] for c in calls]), "chars": chars},
    }
    speakers = [c["speakers"] for c in calls if "speakers" in c]
    if speakers:
        turns, words = sum(s["turns"] for s in speakers), sum(s["words"] for s in speakers)
        summary["speaker_attribution"] = {
            "accuracy": _round(sum(s["right"] for s in speakers) / turns) if turns else None,
            "turns": turns, "unheard": sum(s["unheard"] for s in speakers),
            "word_accuracy": _round(sum(s["words_right"] for s in speakers) / words) if words else None,
            "words": words, "lowest_word_accuracy": min(
                (_round(s["words_right"] / s["words"]) for s in speakers if s["words"]), default=None)}
    steps = {step: _step_summary(calls, step) for step in SIX_STEPS}
    steps = {step: s for step, s in steps.items() if s["calls"]}
    if steps:
        macro = {m: _mean([s[m] for s in steps.values() if s[m] is not None]) for m in ("precision", "recall", "f1")}
        summary["steps"] = {**steps, "macro": macro}
    for name in COUNTS:
        counted = _count_summary(calls, name)
        if counted:
            summary[name] = counted
    rates = [c["agent_speech_rate_cpm"]["relative_error"] for c in calls if "agent_speech_rate_cpm" in c]
    if rates:
        measured = [r for r in rates if r is not None]
        summary["speech_rate"] = {"calls": len(rates), "unmeasured": len(rates) - len(measured),
                                  "mean_relative_error": _mean(measured),
                                  "max_relative_error": _round(max(measured)) if measured else None}
    for name in PHRASE_LISTS:
        tallies = [Tally(c[name]["tp"], c[name]["fp"], c[name]["fn"]) for c in calls if name in c]
        if tallies:
            summary[name] = {"calls": len(tallies), **sum(tallies, Tally()).to_dict()}
    reviews = [c["needs_review"] for c in calls if "needs_review" in c]
    if reviews:
        summary["needs_review"] = {"calls": len(reviews),
                                   "accuracy": _round(sum(r["expected"] == r["got"] for r in reviews) / len(reviews))}
    summary["per_call"] = calls
    return summary


def evaluate_dataset(folder: Path, entries: list[dict[str, Any]], options: ScoreOptions,
                     progress: Callable[[str], None] = lambda line: None,
                     from_reference: bool = False) -> dict[str, Any]:
    """Return the summary of scoring every manifest entry of ``folder`` and comparing it with its labels.

    With ``from_reference`` the audio is not heard: each entry's reference
    transcript is scored instead, which measures the rules alone.
    """
    started = time.perf_counter()
    rubric = load_rubric(options.rubric_path or None) if from_reference else None  # score_call loads its own
    if rubric is not None:
        load_analysers(tuple(rubric.setting("jargon", "industries")), MeaningSettings.from_rubric(rubric).enabled)
    calls = []
    for number, entry in enumerate(entries, start=1):
        if rubric is not None:
            assessment = assess_transcript(reference_transcript(entry), rubric, entry["id"])
        else:
            call_options = replace(options, agent_channel=entry.get("agent_channel", options.agent_channel))
            assessment = score_call(folder / entry["audio"], call_options, call_id=entry["id"])
        calls.append(evaluate_call(entry, assessment))
        progress(f"[{number}/{len(entries)}] {entry['id']}: CER {calls[-1]['cer']['rate']:.3f}")
    summary = summarize(calls, time.perf_counter() - started)
    summary["transcripts"] = "reference" if from_reference else "heard"
    return summary


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def render_summary(summary: dict[str, Any]) -> str:
    """Return the summary as a plain-text report: dataset metrics, then one line per call."""
    lines = [f"{summary['calls']} calls, {summary['audio_s']:.1f} s of audio, scored in {summary['wall_s']:.1f} s "
             f"(real-time factor {_ratio(summary['real_time_factor'])})"]
    if summary.get("transcripts") == "reference":
        lines.append("scored from the reference transcripts, not the audio: the rules alone, as if heard perfectly")
    lines.append(f"CER {_pct(summary['cer']['overall'])} over {summary['cer']['chars']} characters "
                 f"(mean per call {_pct(summary['cer']['mean_per_call'])})")
    if "speaker_attribution" in summary:
        s = summary["speaker_attribution"]
        lines.append(f"speaker attribution {_pct(s['accuracy'])} of {s['turns']} turns ({s['unheard']} unheard), "
                     f"{_pct(s['word_accuracy'])} of {s['words']} words "
                     f"(lowest call {_pct(s['lowest_word_accuracy'])})")
    if "steps" in summary:
        lines += ["", f"{'step':8s} {'precision':>9s} {'recall':>7s} {'F1':>5s} {'status agree':>12s}  tp fp fn tn n/a"]
        for step, s in summary["steps"].items():
            if step == "macro":
                continue
            lines.append(f"{step:8s} {_ratio(s['precision']):>9s} {_ratio(s['recall']):>7s} {_ratio(s['f1']):>5s} "
                         f"{_pct(s['status_agreement']):>12s}  {s['tp']:2d} {s['fp']:2d} {s['fn']:2d} {s['tn']:2d} "
                         f"{s['not_applicable']:3d}")
        macro = summary["steps"]["macro"]
        lines.append(f"{'macro':10s} {_ratio(macro['precision']):>7s} {_ratio(macro['recall']):>7s} "
                     f"{_ratio(macro['f1']):>5s}")
    lines.append("")
    for name in COUNTS:
        if name in summary:
            s = summary[name]
            lines.append(f"{name:24s} exact on {_pct(s['exact_share'])} of {s['calls']} calls, "
                         f"mean abs error {s['mean_abs_error']:.2f}")
    if "speech_rate" in summary:
        s = summary["speech_rate"]
        lines.append(f"{'agent speech rate':24s} mean relative error {_pct(s['mean_relative_error'])}, "
                     f"max {_pct(s['max_relative_error'])} ({s['unmeasured']} unmeasured)")
    for name in PHRASE_LISTS:
        if name in summary:
            s = summary[name]
            lines.append(f"{name:24s} precision {_ratio(s['precision'])}, recall {_ratio(s['recall'])} "
                         f"(tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")
    if "needs_review" in summary:
        lines.append(f"{'needs_review':24s} right on {_pct(summary['needs_review']['accuracy'])} of "
                     f"{summary['needs_review']['calls']} calls")
    lines += ["", "per call: CER, words to speakers, agent interruptions and speech rate (expected → got), "
                  "steps judged differently"]
    for call in summary["per_call"]:
        parts = [f"{call['id']:34s} CER {call['cer']['rate']:.3f}"]
        if call.get("speakers", {}).get("words"):
            parts.append(f"words to speakers {call['speakers']['words_right'] / call['speakers']['words']:.1%}")
        if "agent_interruptions" in call:
            parts.append(f"interruptions {call['agent_interruptions']['expected']}→"
                         f"{call['agent_interruptions']['got']}")
        if "agent_speech_rate_cpm" in call:
            rate = call["agent_speech_rate_cpm"]
            parts.append(f"rate {rate['expected']:.0f}→{rate['got']:.0f}" if rate["got"] else "rate unmeasured")
        wrong = [f"{step} {s['expected']}→{s['got']}" for step, s in call.get("steps", {}).items()
                 if s["expected"] != s["got"]]
        if wrong:
            parts.append("; ".join(wrong))
        lines.append("  ".join(parts))
    return "\n".join(lines)
