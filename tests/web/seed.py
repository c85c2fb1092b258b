"""Hand-made calls scored by the real scorer (no audio model needed) and stored with real WAV files."""

from __future__ import annotations

import wave
from datetime import datetime, timedelta, timezone
from pathlib import Path

from audio.io import file_sha256
from qa.model import Assessment
from qa.pipeline import assess_transcript
from scoring.rubric import load_rubric
from tests.transcripts import transcript

CALLS = {
    "handled_well": ("A1", 2, [
        ("customer", 0.0, 4.0, "我的快递三天了还没到，我很生气"),
        ("agent", 4.5, 9.0, "您好，我是工号1024，听得出来您很着急，非常抱歉给您添麻烦了"),
        ("agent", 9.5, 13.0, "请问您的订单号是多少，什么时候下的单"),
        ("customer", 13.5, 16.0, "订单号是12345，上周五下的"),
        ("agent", 16.5, 21.0, "我确认一下，您是说上周五的订单到现在还没有送到，对吗"),
        ("customer", 21.5, 22.5, "对的"),
        ("agent", 23.0, 28.0, "我现在帮您联系快递，今天下午五点前给您回电话"),
        ("agent", 28.5, 31.0, "这样处理您看可以吗，还有其他问题吗"),
        ("customer", 31.5, 32.5, "可以，没有了"),
        ("agent", 33.0, 35.0, "感谢您的来电，再见"),
    ]),
    "blame_and_jargon": ("A1", 1, [
        ("customer", 0.0, 4.0, "你们怎么回事，我的退款一直没到账，太过分了"),
        ("agent", 4.2, 8.0, "这个是后台处理的，不归我们管"),
        ("customer", 7.0, 10.0, "那我找谁啊"),
        ("agent", 10.5, 13.0, "你自己去查吧"),
    ]),
    "other_agent": ("A2", 0, [
        ("customer", 0.0, 3.0, "你好，我想问一下套餐怎么改"),
        ("agent", 3.5, 7.0, "您好，请问您想改成什么套餐"),
        ("customer", 7.5, 9.0, "便宜一点的"),
        ("agent", 9.5, 14.0, "我现在帮您改成基础套餐，下个月生效，可以吗"),
        ("customer", 14.5, 15.0, "可以"),
    ]),
}


def write_wav(path: Path, seconds: float, salt: int) -> Path:
    """Write a quiet 8 kHz mono WAV of ``seconds``; ``salt`` makes each file's bytes (and sha256) unique."""
    frames = bytearray(int(seconds * 8000) * 2)
    frames[0] = salt % 256
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(8000)
        handle.writeframes(bytes(frames))
    return path


Scored = tuple[Assessment, Path, str, datetime]


def seeded_assessments(folder: Path) -> list[Scored]:
    """Return (assessment, audio file, agent id, call time) for each hand-made call."""
    rubric = load_rubric()
    seeded = []
    for salt, (call_id, (agent_id, days_ago, turns)) in enumerate(CALLS.items(), start=1):
        call = transcript(*turns)
        audio = write_wav(folder / f"{call_id}.wav", call.duration, salt)
        assessment = assess_transcript(call, rubric, call_id)
        assessment.source = {"file": audio.name, "sha256": file_sha256(audio), "agent_channel": 0}
        when = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc) - timedelta(days=days_ago)
        seeded.append((assessment, audio, agent_id, when))
    return seeded
