"""One file per schema revision, a linear chain from 0001_initial."""
