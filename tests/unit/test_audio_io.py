from pathlib import Path

import numpy as np
import pytest

from audio.io import SAMPLE_RATE, AudioDecodeError, load_audio

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_stereo_mulaw_telephone_call_decodes_to_two_16k_channels():
    audio = load_audio(SAMPLES / "call_stereo_8k_ulaw.wav")
    assert audio.channels == 2 and audio.layout == "stereo"
    assert audio.source_rate == 8000 and audio.codec == "pcm_mulaw"
    assert audio.samples.dtype == np.float32
    assert audio.duration == pytest.approx(80.1, abs=0.1)
    assert len(audio.sha256) == 64


def test_mono_pcm_call_decodes_to_one_channel():
    audio = load_audio(SAMPLES / "call_mono_16k.wav")
    assert audio.channels == 1 and audio.source_rate == SAMPLE_RATE


@pytest.mark.parametrize(
    "content, message",
    [(b"", "empty"), (b"this is not audio at all, just text renamed .wav\n" * 20, "not a readable audio file")],
)
def test_bad_files_raise_a_readable_error(tmp_path, content, message):
    path = tmp_path / "bad.wav"
    path.write_bytes(content)
    with pytest.raises(AudioDecodeError, match=message):
        load_audio(path)


def test_missing_file(tmp_path):
    with pytest.raises(AudioDecodeError, match="no such file"):
        load_audio(tmp_path / "nope.wav")
