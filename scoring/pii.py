"""Personal data spoken in a call: mobile numbers, 身份证 numbers (checksum), bank cards (Luhn).

Numbers are found in Arabic digits and in spoken Chinese digits (一三八…, 幺 for
1, 两 for 2), with spaces, hyphens or commas between digit groups. A character
next to a digit that is read like a digit counts as that digit: Whisper writes
the homophone of a spoken digit it did not take for a number (要 for 幺 in
「要3812345678」, 期 for 七). A run is reported only when the whole number passes
its format and checksum, so 「要3个」 stays text. Findings never hold the number
itself, only a redacted form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.model import Assessment, Finding, Segment, Transcript
from scoring.lexicons import char_reading
from scoring.wording import EMPTY, Text, role_name, say

CHINESE_DIGITS = {"零": "0", "〇": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4",
                  "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
DIGIT_READINGS = {"ling": "0", "yao": "1", "yi": "1", "er": "2", "liang": "2", "san": "3", "si": "4", "wu": "5",
                  "liu": "6", "qi": "7", "ba": "8", "jiu": "9"}
ID_CHECK_X = {"x", "X", "叉", "×"}
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CODES = "10X98765432"
MASK = "*"
PII_NAMES = {"mobile": Text("mobile", "手机号"), "id_card": Text("id_card", "身份证号"),
             "bank_card": Text("bank_card", "银行卡号")}
_DIGIT = "0-9０-９" + "".join(CHINESE_DIGITS)
# A run of digits, allowing one separator (space, hyphen, comma) between groups, optionally ending in X.
_RUN = re.compile(rf"[{_DIGIT}](?:[ \-,，、]?[{_DIGIT}])*(?:[ \-]?[xX叉×])?")


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
    """Return ``text`` with each digit homophone that touches a digit replaced by that digit (same length)."""
    chars = list(text)
    for i, char in enumerate(text):
        if _is_digit(char):
            continue
        near = (i > 0 and _is_digit(text[i - 1])) or (i + 1 < len(text) and _is_digit(text[i + 1]))
        digit = _sounds_like_digit(char) if near else ""
        if digit:
            chars[i] = digit
    return "".join(chars)


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
    """Return ``text`` with every personal number masked but its last ``keep_last`` characters."""
    for match in reversed(find_pii(text)):
        text = text[:match.start] + match.masked(keep_last) + text[match.end:]
    return text


def pii_findings(transcript: Transcript, keep_last: int) -> list[Finding]:
    """Return one ``pii`` finding per personal number, quote redacted; spoken by the agent = exposure."""
    findings = []
    for segment in transcript.segments:
        for match in find_pii(segment.text):
            exposure = (Text(" (the agent reads personal data aloud)", "（坐席念出了个人信息）")
                        if segment.role == "agent" else EMPTY)
            rule = say("{type} spoken by the {role}", "{role}说出了{type}", role=role_name(segment.role),
                       type=PII_NAMES[match.type]) + exposure
            findings.append(Finding(
                kind="pii", severity="major" if segment.role == "agent" else "info", role=segment.role,
                start=segment.start, end=segment.end, quote=match.masked(keep_last), rule=rule.en, rule_zh=rule.zh,
                detail={"type": match.type, "length": len(match.digits),
                        "spoken_as_chinese": any(c in CHINESE_DIGITS
                                                 for c in segment.text[match.start:match.end])}))
    return findings


def _is_digit(char: str) -> bool:
    return char in CHINESE_DIGITS or char.isdigit()


def redact_segment(segment: Segment, keep_last: int) -> None:
    """Mask personal numbers in a segment's text, and every digit of its words (in place).

    Words are timing data; a number is often split over several of them, so
    a segment holding personal data keeps no digit in its words at all.
    """
    if not find_pii(segment.text):
        return
    segment.text = redact_text(segment.text, keep_last)
    for word in segment.words:
        word.text = "".join(MASK if _is_digit(c) else c for c in word.text)


def redact_assessment(assessment: Assessment, keep_last: int) -> None:
    """Mask personal numbers everywhere an Assessment quotes the call: segments, findings, steps, emotions."""
    for segment in assessment.transcript.segments:
        redact_segment(segment, keep_last)
    for finding in assessment.findings:
        finding.quote = redact_text(finding.quote, keep_last)
        if isinstance(finding.detail.get("sentence"), str):
            finding.detail["sentence"] = redact_text(finding.detail["sentence"], keep_last)
    for step in assessment.steps:
        step.quote = redact_text(step.quote, keep_last)
    for reading in assessment.emotion_timeline:
        reading["text"] = redact_text(reading["text"], keep_last)
