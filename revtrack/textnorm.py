"""The normalised form texts are compared in, so cosmetic edits are seen as cosmetic.

Pages change their typography without changing a word: a CMS swaps straight quotes for
curly ones, inserts non-breaking spaces or soft hyphens, or turns ``--`` into a dash.
Two strings whose normal forms are equal differ only cosmetically. The stored text is
never normalised: this form is only a key for comparison and classification.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that render as nothing (or as a hyphen only at a line break).
# Variation selectors pick the text or the emoji look of the character before them.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f"), None)
_TYPOGRAPHY = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′`´", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
        **dict.fromkeys("‐‑‒–—―−", "-"),
        "…": "...",
    }
)
_SPACES = re.compile(r"[^\S\n]+")
_PARAGRAPH_BREAK = re.compile(r" ?\n(?: ?\n)+ ?")
_LINE_BREAK = re.compile(r" ?\n ?")
_ANY_SPACE = re.compile(r"\s+")
# Everything but letters and digits. Normalising rewrites none of those in composed text,
# so texts whose letters and digits differ can never be cosmetically equal.
_NOT_ALNUM = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Return the comparison form of ``text``; ``normalise(normalise(t)) == normalise(t)``.

    Invisible characters are dropped, quotes, dashes and ellipses get one spelling, the
    text is NFC-composed, runs of spaces (non-breaking ones included) become one space,
    blank-line runs become one blank line, and the ends are stripped.
    """
    text = text.translate(_INVISIBLE).translate(_TYPOGRAPHY)
    # Composition can only join letters with marks; it cannot create the characters the
    # tables above rewrite, so one pass of each keeps the function idempotent.
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    text = _PARAGRAPH_BREAK.sub("\n\n", text)
    text = _LINE_BREAK.sub("\n", text)
    return text.strip()


# The ASCII characters that are not letters or digits, deleted by ``bytes.translate``.
_ASCII_NOT_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())


def alnum_only(text: str) -> str:
    """``text`` with everything but its letters and digits removed.

    The differ asks this of thousands of edits on a heavy rewrite. For ASCII text (most
    edits) ``bytes.translate`` deletes the same characters as the regular expression
    (in ASCII, letters and digits are exactly ``[A-Za-z0-9]``) about five times faster.
    """
    if not text.isascii():
        # Curly double quotes and dashes are the usual non-ASCII in news copy, and
        # neither is a letter or digit: dropped first (in C), they leave ASCII.
        text = text.replace("“", "").replace("”", "").replace("—", "").replace("–", "")
        if not text.isascii():
            return _NOT_ALNUM.sub("", text)
    return text.encode("ascii").translate(None, _ASCII_NOT_ALNUM).decode("ascii")


def cosmetic_only(before: str, after: str) -> bool:
    """True when ``before`` and ``after`` differ only in typography or spacing."""
    if (
        alnum_only(before) != alnum_only(after)
        and unicodedata.is_normalized("NFC", before)
        and unicodedata.is_normalized("NFC", after)
    ):
        return False  # composed text whose letters or digits differ: not cosmetic, decided fast
    return normalise(before) == normalise(after)


def whitespace_only(before: str, after: str) -> bool:
    """True when the only differences are in spacing or invisible characters."""
    return _squash(before.translate(_INVISIBLE)) == _squash(after.translate(_INVISIBLE))


def _squash(text: str) -> str:
    return unicodedata.normalize("NFC", _ANY_SPACE.sub(" ", text)).strip()
