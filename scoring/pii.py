"""Personal data spoken in a call: mobile numbers, 身份证 numbers (checksum), bank cards (Luhn).

Numbers are found in Arabic digits and in spoken Chinese digits (一三八…, 幺 for
1, 两 for 2), with spaces, hyphens or commas between digit groups. A character
next to a digit that is read like a digit counts as that digit: Whisper writes
the homophone of a spoken digit it did not take for a number (要 for 幺 in
「要3812345678」, 期 for 七, 此 for 四: at 8 kHz the s of 四 is heard as c), and
a digit read that way makes its neighbour count too, so a run of homophones
(「此邀零…」) counts whole, also across the separator between two groups
(「此尔邻要邻溜,1992…」). A run is reported only when the whole number passes
its format and checksum, so 「要3个」 stays text. Findings never hold the number
itself, only a redacted form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from qa.model import Assessment, Finding, Segment, Transcript
from scoring.sounds import char_reading
from scoring.turns import build_turns
from scoring.wording import EMPTY, Text, role_name, say

CHINESE_DIGITS = {"零": "0", "〇": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4",
                  "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
# ci for si and lin for ling: at 8 kHz the s of 四 is heard as c, and the ng of 零 is lost (此邀邻… for 四幺零…)
DIGIT_READINGS = {"ling": "0", "lin": "0", "yao": "1", "yi": "1", "er": "2", "liang": "2", "san": "3", "si": "4",
                  "ci": "4", "wu": "5", "liu": "6", "qi": "7", "ba": "8", "jiu": "9"}
ID_CHECK_X = {"x", "X", "叉", "×"}
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CODES = "10X98765432"
MASK = "*"
# A number read in groups may be split between two speakers' turns by the speaker split (the first groups given to
# the agent, the rest to the customer): turns this close whose boundary falls inside a run of digits are read together.
MAX_SPLIT_GAP_S = 1.0
# A masked piece of a split number this long or longer is masked in quotes too (a shorter one, like 「8」, would
# hit any 8 in any quote).
MIN_QUOTED_PIECE = 3
PII_NAMES = {"mobile": Text("mobile", "手机号"), "id_card": Text("id_card", "身份证号"),
             "bank_card": Text("bank_card", "银行卡号")}
_DIGIT = "0-9０-９" + "".join(CHINESE_DIGITS)
_SEPARATORS = " ,，、-"  # the hyphen last: a literal in a character class
# A run of digits, allowing one separator (space, hyphen, comma) between groups, optionally ending in X.
_RUN = re.compile(rf"[{_DIGIT}](?:[{_SEPARATORS}]?[{_DIGIT}])*(?:[ \-]?[xX叉×])?")


@dataclass(frozen=True)
class PiiMatch:
    """One personal number in a text: where it is and what it is."""

    start: int
    end: int
    type: str  # mobile | id_card | bank_card
    digits: str

    def masked(self, keep_last: int) -> str:
        """Return the number with all but its last ``keep_last`` characters masked."""
        keep = min(keep_last, len(self.digits))
        return MASK * (len(self.digits) - keep) + self.digits[len(self.digits) - keep:]


def _digits(run: str) -> str:
    out = []
    for char in run:
        if char in CHINESE_DIGITS:
            out.append(CHINESE_DIGITS[char])
        elif char in ID_CHECK_X:
            out.append("X")
        elif char.isdigit():
            out.append(str(int(char)))
    return "".join(out)


def id_card_valid(number: str) -> bool:
    """Return True for an 18-character 身份证 number whose check character matches (GB 11643)."""
    if not re.fullmatch(r"\d{17}[\dX]", number):
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], ID_WEIGHTS))
    return ID_CHECK_CODES[total % 11] == number[17]


def luhn_valid(number: str) -> bool:
    """Return True when ``number`` (digits only) passes the Luhn check of bank cards."""
    if not number.isdigit():
        return False
    total = 0
    for i, digit in enumerate(reversed(number)):
        value = int(digit) * (2 if i % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def classify(number: str) -> str:
    """Return the PII type of a digit string ('' when it is none of them)."""
    if id_card_valid(number):
        return "id_card"
    if re.fullmatch(r"(?:86)?1[3-9]\d{9}", number):
        return "mobile"
    if 16 <= len(number) <= 19 and luhn_valid(number):
        return "bank_card"
    return ""


def _sounds_like_digit(char: str) -> str:
    """Return the digit a Chinese character is read like (要 → '1'), or ''."""
    return DIGIT_READINGS.get(char_reading(char), "") if "\u4e00" <= char <= "\u9fff" else ""


def digit_view(text: str) -> str:
    """Return ``text`` with each digit homophone that touches a digit replaced by that digit (same length).

    A replaced homophone is a digit for its neighbours too, so a run of them is read from the digit it touches.
    A digit beyond one separator touches it too: numbers are read in groups.
    """
    chars = list(text)
    changed = True
    while changed:
        changed = False
        for i, char in enumerate(chars):
            if _is_digit(char):
                continue
            near = any(_is_digit(chars[j]) for j in _neighbours(chars, i))
            digit = _sounds_like_digit(char) if near else ""
            if digit:
                chars[i], changed = digit, True
    return "".join(chars)


def _neighbours(chars: list[str], i: int) -> list[int]:
    """Return the positions next to ``i``, looking past one separator on either side."""
    found = []
    for step in (-1, 1):
        j = i + step
        if 0 <= j < len(chars) and chars[j] in _SEPARATORS:
            j += step
        if 0 <= j < len(chars):
            found.append(j)
    return found


def find_pii(text: str) -> list[PiiMatch]:
    """Return the personal numbers in ``text`` with their character spans.

    Numbers as written come first; the digit view (homophones read as digits) adds only numbers that do
    not overlap them, so 「需要13812345678」 is not spoiled into 113812345678.
    """
    matches = _numbers(text)
    view = digit_view(text)
    if view != text:
        matches += [m for m in _numbers(view) if not any(m.start < o.end and o.start < m.end for o in matches)]
    return sorted(matches, key=lambda m: m.start)


def _numbers(text: str) -> list[PiiMatch]:
    """Return the runs of digits in ``text`` that are personal numbers."""
    matches = []
    for run in _RUN.finditer(text):
        digits = _digits(run.group())
        kind = classify(digits)
        if not kind and digits.endswith("X"):
            digits = digits[:-1]
            kind = classify(digits)
        if kind:
            matches.append(PiiMatch(run.start(), run.end(), kind, digits))
    return matches


def redact_text(text: str, keep_last: int) -> str:
    """Return ``text`` with the digits of every personal number masked but its last ``keep_last`` (same length)."""
    view = digit_view(text)
    for match in find_pii(text):
        text = text[:match.start] + _masked_span(text, view, match, keep_last) + text[match.end:]
    return text


def _masked_span(text: str, view: str, match: PiiMatch, keep_last: int) -> str:
    """Return the match's characters: digits masked but the last ``keep_last`` (written as digits), separators kept."""
    places = [i for i in range(match.start, match.end) if _is_digit(view[i]) or view[i] in ID_CHECK_X]
    kept = set(places[len(places) - min(keep_last, len(places)):])
    return "".join(_digits(view[i]) if i in kept else MASK if i in places else text[i]
                   for i in range(match.start, match.end))


class SpokenNumber(NamedTuple):
    """A personal number as spoken: the text it was found in, its segments and who spoke most of its digits."""

    match: PiiMatch
    text: str
    segments: list[Segment]
    role: str


def spoken_numbers(transcript: Transcript) -> list[SpokenNumber]:
    """Return each personal number with the text it was found in, the segments it is spoken in and its speaker.

    A number is looked for in the whole turn, not segment by segment: people read numbers in groups,
    and Whisper often starts a new segment at the pause between two groups (「手机号是159，」「07263841」).
    A number split between two speakers' turns (``number_spans``) goes to the one who spoke most of its digits,
    the customer on a tie.
    """
    found = []
    for segments in number_spans(transcript):
        text = "".join(segment.text for segment in segments)
        view = digit_view(text)
        bounds = _segment_bounds(segments)
        for match in find_pii(text):
            spoken = [(segment, sum(_is_digit(view[i]) for i in range(max(start, match.start), min(end, match.end))))
                      for segment, (start, end) in zip(segments, bounds) if start < match.end and match.start < end]
            found.append(SpokenNumber(match, text, [segment for segment, _ in spoken], _main_speaker(spoken)))
    return found


def _main_speaker(spoken: list[tuple[Segment, int]]) -> str:
    """Return the role that spoke most digits, given each segment with its digit count; the customer on a tie."""
    digits: dict[str, int] = {}
    for segment, count in spoken:
        digits[segment.role] = digits.get(segment.role, 0) + count
    return max(sorted(digits, key=lambda role: role != "customer"), key=lambda role: digits[role])


def number_spans(transcript: Transcript) -> list[list[Segment]]:
    """Return the segments to read numbers in: each turn, joined to the next when a number runs on into it.

    A boundary is inside a number when the text before it ends in a digit (a separator may follow) and the text
    after it starts with one, and the next turn starts within ``MAX_SPLIT_GAP_S``.
    """
    spans: list[list[Segment]] = []
    for turn in build_turns(transcript):
        if spans and _runs_on(spans[-1], turn.segments):
            spans[-1] = spans[-1] + turn.segments
        else:
            spans.append(list(turn.segments))
    return spans


def _runs_on(before: list[Segment], after: list[Segment]) -> bool:
    if after[0].start - max(s.end for s in before) > MAX_SPLIT_GAP_S:
        return False
    tail = digit_view("".join(s.text for s in before).rstrip(_SEPARATORS + "。.？?！!"))
    head = digit_view(after[0].text.lstrip(_SEPARATORS))
    return bool(tail and head) and _is_digit(tail[-1]) and _is_digit(head[0])


def _segment_bounds(segments: list[Segment]) -> list[tuple[int, int]]:
    """Return each segment's (start, end) character offsets in the segments' joined text."""
    bounds, offset = [], 0
    for segment in segments:
        bounds.append((offset, offset + len(segment.text)))
        offset += len(segment.text)
    return bounds


def pii_findings(transcript: Transcript, keep_last: int) -> list[Finding]:
    """Return one ``pii`` finding per personal number, quote redacted; spoken by the agent = exposure."""
    findings = []
    for match, text, segments, role in spoken_numbers(transcript):
        exposure = (Text(" (the agent reads personal data aloud)", "（坐席念出了个人信息）")
                    if role == "agent" else EMPTY)
        rule = say("{type} spoken by the {role}", "{role}说出了{type}", role=role_name(role),
                   type=PII_NAMES[match.type]) + exposure
        findings.append(Finding(
            kind="pii", severity="major" if role == "agent" else "info", role=role,
            start=segments[0].start, end=segments[-1].end, quote=match.masked(keep_last), rule=rule.en,
            rule_zh=rule.zh, detail={"type": match.type, "length": len(match.digits),
                                     "spoken_as_chinese": any(c in CHINESE_DIGITS
                                                              for c in text[match.start:match.end])}))
    return findings


def _is_digit(char: str) -> bool:
    return char in CHINESE_DIGITS or char.isdigit()


def redact_transcript(transcript: Transcript, keep_last: int) -> dict[str, str]:
    """Mask personal numbers in the segments' text (found per ``number_spans``) and every digit of their words.

    Words are timing data; a number is often split over several of them, so a segment holding part of a
    personal number keeps no digit in its words at all. Returns each masked piece of text (original →
    masked), so that quotes of the call can be masked the same way.
    """
    pieces = {}
    for segments in number_spans(transcript):
        text = "".join(segment.text for segment in segments)
        masked = redact_text(text, keep_last)
        for segment, (start, end) in zip(segments, _segment_bounds(segments)):
            if masked[start:end] == segment.text:
                continue
            first = next(i for i in range(start, end) if masked[i] != text[i])
            last = max(i for i in range(start, end) if masked[i] != text[i])
            if last - first + 1 >= MIN_QUOTED_PIECE:
                pieces[text[first:last + 1]] = masked[first:last + 1]
            segment.text = masked[start:end]
            for word in segment.words:
                word.text = "".join(MASK if _is_digit(c) else c for c in word.text)
    return pieces


def _redact_quote(quote: str, pieces: dict[str, str], keep_last: int) -> str:
    """Return a quote with its personal numbers masked, including pieces of numbers split over segments."""
    quote = redact_text(quote, keep_last)
    for original, masked in pieces.items():
        quote = quote.replace(original, masked)
    return quote


def redact_assessment(assessment: Assessment, keep_last: int) -> None:
    """Mask personal numbers everywhere an Assessment quotes the call: segments, findings, steps, emotions."""
    pieces = redact_transcript(assessment.transcript, keep_last)
    for finding in assessment.findings:
        finding.quote = _redact_quote(finding.quote, pieces, keep_last)
        if isinstance(finding.detail.get("sentence"), str):
            finding.detail["sentence"] = _redact_quote(finding.detail["sentence"], pieces, keep_last)
    for step in assessment.steps:
        step.quote = _redact_quote(step.quote, pieces, keep_last)
    for reading in assessment.emotion_timeline:
        reading["text"] = _redact_quote(reading["text"], pieces, keep_last)
