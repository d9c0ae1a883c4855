"""A quick "certainly no notice" for a text, without loading the notice parser.

The parser's expressions take a tenth of a second to compile. It compiles each on first
use, but a paragraph of ordinary reporting leads it through the sentence rules and the
column expressions, several times this check's one expression, and nearly every
paragraph a diff adds or removes is ordinary reporting. So callers ask
``may_hold_notice`` first and import the parser only on a yes. The check must never say
no to a text in which ``find_notices`` finds a notice; a yes decides nothing.

It is built as the parser is: every way ``finder`` finds a notice needs words of its own,
and the check looks for those words anywhere in the text, in any case.

- A labelled notice opens with one of ``lexicon.LABELS``: all of them are looked for.
- A wire trailer opens with ``lexicon.TRAILER_HEAD``: looked for as it is.
- An error verb ("misspelled", "incorrectly said", "originally reported") comes from
  ``lexicon.MIS_VERB``, ``ADVERB_ERR`` and ``FIRST_SAID``; a Guardian-style item cites
  a page, ``lexicon.PAGE_CITATION``.
- The claim-then-fact rule, the scorer's own claim ("We said ...") and a wire's bare
  corrective ("Please read ...") need one of the words in ``_RULE_WORDS`` below. This
  is the one hand-kept list; a test runs the check over every notice in the parser's tests and
  a property test over generated notice-like text, so a rule added to the parser
  without its word here fails them.

- The signal scorer (``signals``) finds nothing without a strong signal of some
  language, and a change line ("This story has been updated", ``changelines``) nothing
  without its words: the check asks their own gated searches whether one stands in the
  text. A change-history entry needs a marker or a date at a line's start.

Only ``re``, the word lists and the registry are imported, and one expression is
compiled on first use.
"""

from __future__ import annotations

import re
from functools import lru_cache

from revtrack.notices.lexicon import (
    ADVERB_ERR,
    FIRST_SAID,
    LABELS,
    MIS_VERB,
    PAGE_CITATION,
    TRAILER_HEAD,
)

# Words the claim-then-fact rule cannot do without: the settled fact after our claim,
# "It was of course ...", "In fact ...", "Actually, ...", "The correct figure is ...".
_RULE_WORDS: tuple[str, ...] = (
    r"in\s+fact|in\s+reality|of\s+course|actually|"
    r"the\s+(?:correct|right|actual|true|real|accurate)\s",
    # The scorer's own-claim rule ("We said the bridge was 40 metres long. It is 30.")
    # needs "we" before the verb; any verb is let through.
    r"\bwe\s+(?:\w+\s+){0,3}?\w",
    # A wire's bare corrective: "Please read ... instead of ...", "CORRECTS ...".
    r"please\s+read|^\s*(?:corrects|clarifies|fixes|retracts|withdraws)\b",
)


def _history_lines() -> list[str]:
    """A change-history entry: marked as one, or a line that opens with a full date."""
    from revtrack.lang import registered

    months = "|".join(sorted({m for lang in registered() for m in lang.months}, key=len)[::-1])
    return [
        r"\[history\]",
        rf"^\s*(?:\d{{1,2}}\S{{0,3}}\s+(?:de\s+)?(?:{months})\b|(?:{months})\.?\s+\d|"
        r"\d{4}-\d\d-|\d\d?[./]\d)",
    ]


@lru_cache(maxsize=1)
def _cue() -> re.Pattern[str]:
    """The one expression, compiled when first needed."""
    labels = "|".join(word for words in LABELS.values() for word in words)
    parts = (
        labels,
        TRAILER_HEAD,
        MIS_VERB,
        ADVERB_ERR,
        FIRST_SAID,
        PAGE_CITATION,
        *_RULE_WORDS,
        *_history_lines(),
    )
    # Multi-line: an anchored entry may stand at the start of any paragraph.
    return re.compile("|".join(f"(?:{part})" for part in parts), re.IGNORECASE | re.MULTILINE)


def may_hold_notice(text: str) -> bool:
    """False when ``text`` certainly holds no notice: ``find_notices(text)`` would be empty.

    True means only that the parser must look; it is true for much ordinary text that
    mentions an update, a note or a version.
    """
    if not isinstance(text, str):
        return False
    if _cue().search(text) is not None:
        return True
    # The signal scorer needs a strong signal of some language, a change line its own
    # words; their gated searches say whether one stands in the text.
    from revtrack.lang import codes
    from revtrack.notices.changelines import may_hold_line
    from revtrack.notices.signals import has_strong_signal

    return may_hold_line(text) or any(has_strong_signal(text, code) for code in codes())
