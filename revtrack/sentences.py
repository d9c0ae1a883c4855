"""Where sentences begin and end: the one splitter the differ and the notice parser share.

Two splitters that disagree make the diff and the correction log see different sentences
in the same text ("Sen. Ruiz said no." was one sentence to one and cut in two by the
other), so both read this one.

News copy is full of periods that end nothing: "U.S.", "Sen.", "D-Conn.", "Dec. 31",
"10:31 a.m. Tuesday", "No. 1", "am 3. Oktober". A sentence ends after ``.``, ``!``, ``?``
or ``…`` (and any closing quote or bracket) only when a capital letter, digit or opening
quote follows and the word before the period is not an abbreviation; an initialism
("U.S.", "a.m.") ends one only before a typical sentence opener ("in the U.S. He
said"). A line break ends a sentence unless the next line goes on in lower case: in a
stored text every block is a line, and a heading ("Correction") is a sentence of its
own.
"""

from __future__ import annotations

import re

Span = tuple[int, int]


def _words(text: str) -> list[str]:
    return text.split()


# A candidate sentence end, with the word that follows it captured inside the look-ahead
# (so a boundary is read in one match, not two), or a line break before a word.
_BOUNDARY = re.compile(
    r"""[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[¿¡]?([^\W_][\w'’-]*))"""
    r"""|\n(?=\s*(?:[#>|-]+\s*)?["'“‘«(\[¿¡]?([^\W_][\w'’-]*))"""
)
# Both alternatives open with a character from a short set, so the scan skips ahead in C.

# Words that end with a period without ending a sentence, lowercased without the period:
# titles, the months and states news copy abbreviates, and the usual abbreviations of the
# other languages articles come in ("z.B.", "bzw.", "Mme.", "Sra.").
_ABBREVIATIONS = frozenset(
    _words(
        """
    mr mrs ms dr prof sen rep gov lt col gen sgt capt cmdr adm maj cpl pvt rev fr st mt ft
    jr sr vol pp ed eds est approx dept univ inc corp co ltd bros vs etc al ave blvd
    jan feb mar apr jun jul aug sep sept oct nov dec
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev okla ore pa penn tenn tex va vt wash wis wyo
    bzw vgl nr ca evt mio mrd hr fru dhr mme mlle sra sres dña
    """
    )
)
# After an initialism ("U.S.", "a.m."), these openers show that a new sentence begins.
_OPENERS = frozenset(
    _words(
        """
    a an the he she it they we i you his her its their our this that these those there
    but and or so yet then when while after before if in on at as for by with from to of
    what who why how where some many most no not one two
    """
    )
)
_INITIALISM = re.compile(r"(?:[^\W\d_]\.){2,}$")
_INITIAL = re.compile(r"(?:^|\W)[A-Z]\.$")  # "J." in "John J. Smith"
_PARTY_STATE = re.compile(r"\b[DRI]-[A-Z][a-z]*\.$")  # "D-Conn."
_ORDINAL = re.compile(r"\d{1,2}\.$")  # "3." in "am 3. Oktober"


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` (with or without its period) is one of the abbreviations news copy
    writes with a period ("Sen.", "Calif.", "Sept."): the differ reads "Texas" to "Tex."
    as house style by the same list the splitter uses."""
    return word.rstrip(".").lower() in _ABBREVIATIONS


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The spans of the sentences of ``text[start:end]``, in ``text``'s offsets, without
    the spacing around them. A text of spacing alone has none."""
    end = len(text) if end is None else end
    piece = text[start:end]
    spans: list[Span] = []
    cursor = 0
    for match in _BOUNDARY.finditer(piece):
        following = match.group(1) or match.group(2)
        first = following[0]
        if match.group(2) is not None:
            stop = match.start()
            while stop > cursor and piece[stop - 1] in " \t":
                stop -= 1
            if first.islower() or stop == cursor or piece[stop - 1] in ".\n":
                # A line wrapped inside a sentence, a blank line, or a line after a
                # period already judged ("Sen." at a line's end goes on).
                continue
        # Most candidates are followed by a lower-case word: turned away here, before
        # a function call.
        elif not (first.isupper() or first.isdigit()) or not _ends_sentence(piece, match):
            continue
        else:
            stop = match.end()
        _add(spans, piece, cursor, stop, start)
        cursor = match.end()
    _add(spans, piece, cursor, len(piece), start)
    return spans


def _add(spans: list[Span], piece: str, lo: int, hi: int, offset: int) -> None:
    """Add ``piece[lo:hi]`` without its spacing at either end, unless it is all spacing.
    ``str.strip`` strips exactly what ``isspace`` calls space, and it scans in C."""
    chunk = piece[lo:hi]
    stripped = chunk.strip()
    if stripped:
        begin = offset + lo + len(chunk) - len(chunk.lstrip())
        spans.append((begin, begin + len(stripped)))


def _word_ending_at(piece: str, end: int) -> str:
    """The run of non-space characters that ends at ``end``."""
    # Usually a plain space precedes the word: find it in C, and fall back to a scan only
    # if the text between holds other spacing (a tab, a line break, a non-breaking space).
    word = piece[piece.rfind(" ", 0, end) + 1 : end]
    if word.isprintable():  # every kind of space but " " is unprintable: none in it
        return word
    start = end
    while start > 0 and not piece[start - 1].isspace():
        start -= 1
    return piece[start:end]


def _ends_sentence(piece: str, match: re.Match[str]) -> bool:
    """Whether a candidate boundary followed by a capital or a digit ends a sentence."""
    next_word = match.group(1)
    if match.group() != ".":
        # "!", "?", "...", "…" and a period inside a closing quote end the sentence.
        return True
    word = _word_ending_at(piece, match.start() + 1)
    core = word[:-1]
    if len(core) > 1 and core.isalpha():
        # A plain word before the period, the usual case: it has no inner period to make
        # an initialism or "a.m.", no hyphen for "D-Conn." and is no single initial, so
        # only the abbreviation list can keep the sentence going.
        bare = core.lower()
    else:
        bare = word.rstrip(".").lstrip("\"'“‘«([").lower()
        if _INITIALISM.search(word) or word.lower().endswith(("a.m.", "p.m.")):
            return next_word.lower() in _OPENERS
        if _PARTY_STATE.search(word) or _INITIAL.search(word):
            return False
        if _ORDINAL.fullmatch(word) and _is_month(next_word):
            return False  # "am 3. Oktober", "den 16. September"
    if bare in {"no", "nos"}:
        return not next_word[0].isdigit()  # "No. 1" continues
    # "Dec. 31" and "Sen. Murphy" continue.
    return bare not in _ABBREVIATIONS


def _is_month(word: str) -> bool:
    """A month's name in any registered language (loaded on first use)."""
    from revtrack.lang import registered

    lowered = word.lower()
    return any(lowered in language.months for language in registered())
