"""Word-level comparison of article versions: ``compare(old, new) -> Comparison``."""

from revtrack.diff.compare import Change, Comparison, compare
from revtrack.diff.sentences import SentencePair

__all__ = ["Change", "Comparison", "SentencePair", "compare"]
