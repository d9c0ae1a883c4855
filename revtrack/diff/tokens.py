"""Splitting text into the tokens the word diff works on.

A token is a word, a number, one punctuation character or a run of whitespace, so that
a change reads as whole words and a number such as "6,000", "10:31" or "82nd" changes as
one unit rather than digit by digit. Concatenating the tokens gives the text back
exactly, which is what lets the diff report offsets into the original text.
"""

from __future__ import annotations

import re

# Order matters: numbers and initialisms before plain words, whitespace before the
# catch-all single character.
_TOKEN = re.compile(
    r"""
    \d+(?:[.,:]\d+)*(?:st|nd|rd|th|s|%)?(?![^\W_])   # 6,000  10:31  3.5  82nd  1990s
    | (?:[^\W\d_]\.){2,}                             # U.S.  a.m.  D.C.
    | [\w\u00ad\u200b-\u200d\u2060]+(?:['’][^\W_]+)*  # words, with inner apostrophes
    | \s+
    | .
    """,
    re.VERBOSE | re.DOTALL,
)


# The same words and numbers, without the spacing and punctuation between them.
_WORD = re.compile(
    r"\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s|%)?(?![^\W_])"
    r"|(?:[^\W\d_]\.){2,}"
    r"|[^\W_][\w\u00ad\u200b-\u200d\u2060]*(?:['’][^\W_]+)*"
)


# ASCII characters by what they do to words: a letter or digit becomes "a"; a period,
# comma, colon or apostrophe "." (before a letter or digit it can join two runs into
# one word or number: "U.S.", "6,000", "10:31", "don't"); an underscore (a word
# character) or a percent sign (a number's suffix) "_"; anything else a space.
_CLASSES = bytes(
    ord("a") if chr(c).isalnum() else ord(".") if chr(c) in ".,:'" else
    ord("_") if chr(c) in "_%" else 32
    for c in range(256)
)  # fmt: skip
# Every ASCII character that is not a letter or a digit, made a space.
_APART = bytes(c if chr(c).isalnum() else 32 for c in range(256))
# The same, keeping the characters a word or number may hold besides letters and digits.
_PIECES = bytes(c if chr(c).isalnum() or chr(c) in ".,:'_%" else 32 for c in range(256))


def words(text: str) -> list[str]:
    """The word and number tokens of ``text``, in order."""
    # A heavy rewrite splits a few thousand edits and sentences, and most are ASCII in
    # which nothing glues two runs of letters and digits together: there each run is one
    # word whichever pattern takes it (a number's look-ahead will not stop inside a
    # run), so cutting the text at everything else gives what the regular expression
    # would. Both the check and the cut are byte translations, done in C.
    if not text.isascii():
        # Curly double quotes and dashes, common in news copy, separate words as a
        # space does (they are neither word characters nor apostrophes); str.replace
        # swaps them in C, where a translation table would look up every character.
        plain = text.replace("“", " ").replace("”", " ").replace("—", " ").replace("–", " ")
        if not plain.isascii():
            return _WORD.findall(text)
        text = plain
    if text.isalnum():  # one word: the commonest edit of all
        return [text]
    raw = text.encode("ascii")
    classes = raw.translate(_CLASSES)
    if b".a" not in classes and b"_" not in classes:
        return raw.translate(_APART).decode("ascii").split()
    return _glued_words(raw, classes)


def _glued_words(raw: bytes, classes: bytes) -> list[str]:
    """``_WORD.findall`` of ASCII text where a mark glues letters or digits ("6,000").

    No match of the pattern holds a character other than a letter, a digit or one of
    ``.,:'_%``, and none of the others can begin one, so the text falls apart at them
    into pieces that are found one by one. Only the pieces that hold a glue (a mark
    before a letter or digit, an underscore, a percent sign: a few in a paragraph) are
    searched with the pattern; the text between them is cut as glue-free text is.
    """
    spaced = raw.translate(_PIECES)
    found: list[str] = []
    start = 0
    while True:
        marks = classes.find(b".a", start)
        under = classes.find(b"_", start)
        glue = under if marks < 0 else marks if under < 0 else min(marks, under)
        if glue < 0:
            break
        begin = spaced.rfind(b" ", start, glue) + 1 or start
        end = spaced.find(b" ", glue)
        if end < 0:
            end = len(raw)
        found += raw[start:begin].translate(_APART).decode("ascii").split()
        found += _WORD.findall(raw[begin:end].decode("ascii"))
        start = end
    found += raw[start:].translate(_APART).decode("ascii").split()
    return found


def tokenize(text: str) -> list[str]:
    """The tokens of ``text``; ``"".join(tokenize(t)) == t`` for every string."""
    return _TOKEN.findall(text)


def is_word(token: str) -> bool:
    """True for tokens that carry letters or digits (not spaces or punctuation)."""
    return any(ch.isalnum() for ch in token)
