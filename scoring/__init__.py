"""Everything that judges a transcript: metrics, language, six steps, scorecard."""
