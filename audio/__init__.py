"""Everything that reads samples: decoding, speaker split, transcription."""
