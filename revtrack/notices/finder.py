"""Finding notices in an article's text: where each one starts and ends, and its kind.

The text is read paragraph by paragraph. A paragraph holds a notice when it opens with a
label ("Correction:", "Berichtigung", "Fe de errores"), is a wire trailer ("(Corrects
...)"), or has a sentence that leads a notice ("An earlier version of this article ...",
a corrections-column item). Look-alikes are turned away: quoted or attributed sentences,
notices in another language than the article, a paragraph that reports someone else's
correction ("The Globe ran a correction ...") or quotes it after "... reads in full:", a
column-style item that is another outlet's ("An article in the Sentinel ..."), and words
such as "correctional" or "the latest version of the bill" that never match at all.

The expressions here, as in ``patterns``, are compiled on first use: ``notice_spans`` on
a labelled notice compiles the label and date expressions and few others. ``values`` and
``dates`` are imported only by ``find_notices``, which reads a notice's fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from revtrack.notices import patterns as p
from revtrack.notices.citation import cited_piece
from revtrack.notices.history import history_entry
from revtrack.notices.language import detect_language, is_foreign_to
from revtrack.notices.lexicon import ITEM, label_language
from revtrack.notices.model import Notice
from revtrack.notices.segments import inside_quotes, paragraph_spans, sentence_spans
from revtrack.notices.signals import FIRST_PERSON, SELF, addresses_us, has_strong_signal, score

# Only the first MAX_SCAN_CHARS of a text are read, and only the first
# MAX_PARAGRAPH_CHARS of a paragraph: no article is longer, and the bound keeps any
# input, however large, within a fixed time.
MAX_SCAN_CHARS = 2_000_000
MAX_PARAGRAPH_CHARS = 6_000
MAX_NOTICES = 20_000
_HEADING_WORDS = 10
_UPDATE_VERB = p.LazyPattern(
    r"\b(?:updated|expanded|changed|edited|modified|revised|aktualisiert|ergänzt|geändert|"
    r"mis\s+à\s+jour|actualisée?|modifiée?|actualizad[oa]|modificad[oa]|aggiornat[oa]|"
    r"modificat[oa]|atualizad[oa]|alterad[oa])",
    re.I,
)
_CHANGED_ON = p.LazyPattern(
    rf"\b(?:amended|corrected|updated|changed|clarified|revised|edited|modified|geändert|"
    rf"(?:appended|added|attached)\s+to\s+(?:this|the)\s+\w+|"
    rf"korrigiert|aktualisiert|modifiée?|corrigée?|mise?\s+à\s+jour|rectifiée?|modificad[oa]|"
    rf"corregid[oa]|actualizad[oa]|aggiornato|corretto|atualizad[oa]|corrigid[oa])\s+"
    rf"(?:on|am|le|el|il|em)\s+(?P<date>{p.DATE})|"
    rf"\b(?:wurde|ist|a\s+été|fue|ha\s+sido)\s+(?:\w+\s+)?(?:am|le|el)\s+(?P<date2>{p.DATE})",
    re.I,
)
# The small expressions below are kept compiled rather than passed to ``re`` as text
# each call, which looks each up in the module's cache every time.
# What may follow a date that stands alone after a label: a line break, colon or dash.
_DATE_ENDS = p.LazyPattern(r"\s*(?:[\n:—–-]|$)")
_ENDS_SENTENCE = p.LazyPattern(r"[.!?]\s*$")
_ENDS_LINE = p.LazyPattern(r"[.!?:]\s*$")
_HISTORY_MARK = "[history] "


def _marker_length(para: str) -> int:
    """The length of the block marker ``para`` opens with (see ``revtrack.blocks``), or 0."""
    if para.startswith((_HISTORY_MARK, "[caption] ")):
        return 10
    if para.startswith("#"):
        hashes = len(para) - len(para.lstrip("#"))
        return hashes + 1 if hashes <= 6 and para[hashes : hashes + 1] == " " else 0
    stripped = para.lstrip(" ")
    indent = len(para) - len(stripped)
    if indent % 2 == 0 and stripped.startswith("- "):
        return indent + 2
    if para.startswith("> "):
        return 2
    # A list item's bullet ("• An obituary of ... misnamed ..."): a column's typography,
    # not the item's first word, so that the item's own words open its sentence.
    if stripped[:1] in _BULLETS:
        rest = stripped[1:]
        gap = len(rest) - len(rest.lstrip(" \t"))
        if gap and rest[gap : gap + 1].strip():
            return indent + 1 + gap
    return 0


_BULLETS = frozenset("•·▪■◦‣*")


@dataclass(frozen=True)
class _Hit:
    """A notice found in one paragraph, before its values are read."""

    start: int  # offset in the paragraph
    kind: str
    date_text: str | None
    language: str | None
    merge_next: bool = False
    end: int | None = None  # where the notice ends in the paragraph, when before its end


def find_notices(text: str) -> list[Notice]:
    """Every explicit correction, clarification, update, editor's note or retraction in ``text``.

    ``text`` is an article's text with paragraphs separated by blank lines (a Document's
    text). Never raises on any string; returns notices in the order they appear.
    """
    return [_notice(found.hit, text[found.start : found.end], found) for found in _scan(text)]


def notice_spans(text: str) -> list[tuple[int, int]]:
    """Where ``find_notices(text)`` finds notices, as (start, end) offsets, and nothing else.

    The differ needs only where notices stand; reading their values and dates costs more
    than finding them (and a date may need dateparser), so this skips both.
    """
    return [(found.start, found.end) for found in _scan(text)]


@dataclass(frozen=True)
class _Found:
    """A notice's place in the scanned text, before its values are read."""

    hit: _Hit
    start: int
    end: int
    paragraph: int
    language: str
    position: str


def _scan(text: str) -> list[_Found]:
    if not isinstance(text, str) or not text.strip():
        return []
    text = text[:MAX_SCAN_CHARS]
    spans = paragraph_spans(text)
    paragraphs = [text[a:b][:MAX_PARAGRAPH_CHARS] for a, b in spans]
    sample = " ".join(paragraphs[:40])[:20_000]
    article_language = detect_language(sample)
    # A block's marker ("[history] ", "- ", "> ", "## ") is not part of its text.
    history = [para.startswith(_HISTORY_MARK) for para in paragraphs]
    for i, para in enumerate(paragraphs):
        cut = _marker_length(para)
        if 0 < cut < len(para):
            spans[i] = (spans[i][0] + cut, spans[i][1])
            paragraphs[i] = para[cut:]
    found: list[_Found] = []
    index = 0
    while index < len(paragraphs) and len(found) < MAX_NOTICES:
        hit = _find_in_paragraph(paragraphs, index, article_language, history[index])
        if hit is None:
            index += 1
            continue
        last = index + 1 if hit.merge_next and index + 1 < len(paragraphs) else index
        start = spans[index][0] + hit.start
        end = (
            spans[index][0] + (len(paragraphs[index]) if hit.end is None else hit.end)
            if last == index
            else spans[last][0] + len(paragraphs[last])
        )
        language = hit.language or _language_of(text[start:end], sample, article_language)
        if not _foreign(paragraphs, index, last, language):
            where = _position(start, end, index, len(spans) - last - 1, len(text))
            found.append(_Found(hit, start, end, index, language, where))
        index = last + 1
    return found


def _language_of(notice: str, sample: str, article_language: str) -> str:
    """The notice's language, given the article's (``article_language``, read from ``sample``).

    A notice that is the whole sample (a text of one paragraph, as the differ passes)
    would be read again to the same answer: with the article's language as the default,
    the language that won on the sample wins again, so it is not read twice.
    """
    if notice == sample:
        return article_language
    return detect_language(notice, article_language)


def _foreign(paragraphs: list[str], first: int, last: int, language: str) -> bool:
    """True when the rest of the article is clearly in another language than the notice."""
    rest = " ".join(paragraphs[max(0, first - 3) : first] + paragraphs[last + 1 : last + 4])
    return is_foreign_to(rest, language)


def _notice(hit: _Hit, notice_text: str, found: _Found) -> Notice:
    from revtrack.notices.dates import to_iso  # neither is needed for spans alone
    from revtrack.notices.values import extract_values

    values = extract_values(notice_text, found.language)
    piece = cited_piece(notice_text)
    date_text = hit.date_text
    if date_text is None:
        changed = _CHANGED_ON.search(notice_text[:400])
        if changed:
            date_text = _trim_date(changed.group("date") or changed.group("date2"))
    return Notice(
        kind=hit.kind,
        text=notice_text,
        date_text=date_text,
        date=to_iso(date_text, found.language),
        error_verb=values.error_verb,
        subject=values.subject,
        wrong=values.wrong,
        right=values.right,
        language=found.language,
        paragraph=found.paragraph,
        position=found.position,
        start=found.start,
        end=found.end,
        piece_title=piece.title if piece else None,
        piece_date=piece.date if piece else None,
        piece_page=piece.page if piece else None,
    )


def _position(start: int, end: int, before: int, after: int, total: int) -> str:
    """top, bottom or inline, from the paragraphs and the share of text on either side."""
    if before == 0:
        return "top"
    if after == 0:
        return "bottom"
    share = start / max(1, start + (total - end))
    if share <= 0.3 and before <= 2:
        return "top"
    if share >= 0.7 and after <= 2:
        return "bottom"
    return "inline"


def _trim_date(date_text: str) -> str | None:
    value = date_text.strip(" ,;:—–-")
    if value.endswith(".") and value[-2:-1].isdigit():
        value = value[:-1]
    return value if any(ch.isdigit() for ch in value) else None


# --- one paragraph -------------------------------------------------------------------------


def _find_in_paragraph(
    paragraphs: list[str], index: int, article_language: str = "en", marked: bool = False
) -> _Hit | None:
    para = paragraphs[index]
    entry = history_entry(para, marked=marked)
    if entry is not None:
        return _Hit(start=0, kind=entry.kind, date_text=entry.date_text, language=None)
    following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
    if _reports_a_correction(para) or (index > 0 and _introduces_a_quote(paragraphs[index - 1])):
        return None
    if _live_entry(paragraphs, index):
        return None
    labelled = _labelled(para, following) or _trailer(para)
    if labelled is not None:
        return labelled  # a label opens the paragraph: the notice is the paragraph
    if addresses_us(para, article_language):
        return None  # a reader's letter to the paper
    alone = _stands_alone(paragraphs, index)
    dateline = _dateline(paragraphs[index - 1]) if index > 0 else None
    hit = (
        _change_line(para)
        or _claimed(para, alone)
        or _scored(para, alone, article_language, dateline)
    )
    if hit is None:
        return _bracketed(para, article_language) or _short_pair(
            paragraphs, index, article_language
        )
    if hit.start == 0 and not hit.merge_next and para[:1] not in "[(":
        # "The council voted 5-2. (Correction: An earlier version ...) Residents ...": a
        # labelled bracket inside the paragraph is the notice, the prose around it is not.
        inner = _bracketed(para, article_language, labelled_only=True)
        if inner is not None:
            return inner
    return _within_brackets(para, hit)


def _clock_stamp(text: str) -> re.Match[str] | None:
    """Where the stamp ends when ``text`` opens with a time of day and no day, labelled as
    an update or not ("Update 3:15 p.m.:", "Mise à jour 15 h 10 :", "14 h 35 :")."""
    if not any(ch.isdigit() for ch in text[:40]):
        return None
    label = p.LABEL_RE.match(text)
    if label is not None:
        groups = label.groupdict()
        when = groups.get("date") or groups.get("paren_date") or groups.get("entry_time")
        if not groups.get("update") or not when:
            return None
        return label if p.CLOCK_ONLY.fullmatch(when.strip(" ,")) else None
    stamp = p.DATE_RE.match(text)
    if stamp is None or not _DATE_ENDS.match(text, stamp.end()):
        return None
    return stamp if p.CLOCK_ONLY.fullmatch(stamp.group(1).strip(" ,")) else None


def _live_entry(paragraphs: list[str], index: int) -> bool:
    """True when the paragraph is an entry of a live blog: stamped with a time of day and
    no day ("Update 3:15 p.m.: The fire is 80 percent contained."), beside another entry
    stamped so. Its news is the blog's, not a notice about the piece, unless it takes
    back what was reported ("... not three as reported earlier") or says the piece was
    changed. An "Update 5 p.m.:" line among article prose stays a notice."""
    stamp = _clock_stamp(paragraphs[index])
    if stamp is None:
        return False
    if not any(
        0 <= near < len(paragraphs) and _clock_stamp(paragraphs[near]) is not None
        for near in (index - 1, index + 1)
    ):
        return False
    body = paragraphs[index][stamp.end() :]
    return not (p.STRONG_CORRECT.search(body) or _change_line(body))


_PAIR_CHARS = 700
_HEAD_WORDS = 12


def _short_pair(paragraphs: list[str], index: int, language: str) -> _Hit | None:
    """A notice told in two short paragraphs that stand apart from any prose ("On 3 May
    we published an article about the clinic." / "It said the clinic had closed. That was
    wrong."): read as one passage, as a reader of a notice given alone reads it."""
    if index + 1 >= len(paragraphs):
        return None
    first, second = paragraphs[index], paragraphs[index + 1]
    if len(first) > _PAIR_CHARS or len(second) > _PAIR_CHARS:
        return None
    joined = f"{first}\n\n{second}"
    if not (
        has_strong_signal(first, language)
        or has_strong_signal(second, language)
        or (_is_heading(first) and has_strong_signal(joined, language))
    ):
        return None  # a heading's reference may run into the item under it
    if _titles_a_piece(first):
        return None  # "Corrections (after Calvin Trillin)": a piece's title, not a column's
    for near in (index - 1, index + 2):
        if 0 <= near < len(paragraphs) and not _heading_or_notice(paragraphs[near], language):
            return None  # article prose beside the pair: each paragraph is read alone
    found = score(joined, sentence_spans(joined), language, alone=True)
    if found is None:
        return None
    cut = len(first)
    # The first paragraph names our piece, the second says what was wrong or right.
    if not any(s.signal == SELF and s.start < cut for s in found.signals) or not any(
        s.signal not in (SELF, FIRST_PERSON) and s.start > cut for s in found.signals
    ):
        return None
    kind = _kind_from_words(joined) or "correction"
    return _Hit(start=found.start, kind=kind, date_text=None, language=None, merge_next=True)


def _titles_a_piece(text: str) -> bool:
    """A label followed by a bracket that holds no date titles a piece ("Corrections
    (after Calvin Trillin)"): what stands under it is that piece, not notices."""
    label = p.LABEL_RE.match(text)
    paren = label.groupdict().get("paren_date") if label else None
    return bool(paren) and not any(ch.isdigit() for ch in paren)


def _is_heading(text: str) -> bool:
    return len(text.split()) <= _HEAD_WORDS and not _ENDS_SENTENCE.search(text.strip())


def _heading_or_notice(text: str, language: str) -> bool:
    """A heading or a dateline ("Apology to Dr Hall", "December 14, 2006"), or another short
    paragraph of the same notice (it holds a notice's signal), rather than article prose."""
    if len(text.split()) <= _HEAD_WORDS and not _ENDS_SENTENCE.search(text.strip()):
        return True
    return len(text) <= _PAIR_CHARS and has_strong_signal(text, language)


# A bracketed or parenthesised passage inside a paragraph: "[Update, 5 p.m.: ...]",
# "(Correction: An earlier version of this story ...)". Bounded, without nesting.
_BRACKETED = p.LazyPattern(r"(?<=\S\s)[\[(]([^\[\]()\n]{20,700})[\])]")


def _bracketed(para: str, article_language: str, *, labelled_only: bool = False) -> _Hit | None:
    """A notice set in brackets inside a paragraph of prose, as its own passage: the
    paragraph around it is the article's text, not the notice's."""
    if "[" not in para and "(" not in para:
        return None
    for match in _BRACKETED.finditer(para):
        inner = match.group(1)
        hit = _labelled(inner, None)
        if hit is None and not labelled_only:
            hit = (
                _change_line(inner)
                or _claimed(inner, True)
                or _scored(inner, True, article_language)
            )
        if hit is not None:
            return _Hit(
                start=match.start(),
                kind=hit.kind,
                date_text=hit.date_text,
                language=hit.language,
                end=match.end(),
            )
    return None


def _within_brackets(para: str, hit: _Hit) -> _Hit:
    """A notice that opens a bracket inside a paragraph ends where the bracket closes."""
    if hit.merge_next or hit.end is not None or hit.start == 0:
        return hit
    opening = para[hit.start - 1 : hit.start]
    if opening not in "[(" or not opening:
        return hit
    close = para.find("]" if opening == "[" else ")", hit.start)
    if close < 0 or close + 1 >= len(para.rstrip()):
        return hit
    return _Hit(
        start=hit.start - 1,
        kind=hit.kind,
        date_text=hit.date_text,
        language=hit.language,
        end=close + 1,
    )


def _scored(
    para: str, alone: bool, article_language: str, dateline: str | None = None
) -> _Hit | None:
    """A notice found by its signals (``signals.score``): a self-reference, an error, a fix.

    ``dateline``: the line above the paragraph is only a date, the date of a column."""
    # The article's language: a notice in another language than the article's is refused
    # by the finder in any case, so the paragraph's own is not read.
    found = score(
        para, sentence_spans(para), article_language, alone=alone, dated=dateline is not None
    )
    if found is None:
        return None
    text = para[found.start :]
    kind = _kind_from_words(text) or "correction"
    return _Hit(start=found.start, kind=kind, date_text=dateline, language=None)


def _dateline(text: str) -> str | None:
    """The date of a heading that dates a column: a line that is only a date ("Jan. 7,
    2007", "24 February") or a column's title and its date ("Corrections, May 21, 2008",
    "CORRECTIONS 24 February"), or None. A label with a title in brackets names a piece
    ("Corrections (after Calvin Trillin)"), not a column."""
    text = text.strip()
    if len(text) > 80 or not any(ch.isdigit() for ch in text) or not _is_heading(text):
        return None
    if _titles_a_piece(text):
        return None
    label = p.LABEL_RE.match(text)
    if label is not None:
        groups = label.groupdict()
        if groups.get("update") or groups.get("editors_note"):
            return None  # "Updated: 10:42 a.m., March 3" dates the article, not a column
        given = groups.get("paren_date") or groups.get("date")
        if given and any(ch.isdigit() for ch in given):
            return _trim_date(given)
        text = text[label.end() :].strip()
    for line in text.splitlines() or [text]:
        match = p.DATE_RE.match(line.strip(" ,:;—–-"))
        if match is None:
            continue
        date = _trim_date(match.group(1))
        rest = line.strip(" ,:;—–-")[match.end() :].strip(" .,:;—–-")
        if date and not rest and any(ch.isalpha() for ch in date):
            return date
    return None


def _reports_a_correction(para: str) -> bool:
    """True when the paragraph tells of someone else's correction ("The Globe ran a
    correction on Sunday ..."): a news item about a notice is not a notice.

    Most paragraphs, labelled notices among them, lack the words such a report needs,
    and a look for those words is cheaper than splitting the sentences to search each.
    """
    head = para[:1500]
    if not p.may_report_a_correction(head):
        return False
    for start, end in sentence_spans(head):
        sentence = para[start:end]
        match = p.REPORTED_CORRECTION.search(sentence)
        if match and not p.OWN_SUBJECT.search(sentence[: match.start()]):
            return True
    return False


_QUOTE_INTRO = p.LazyPattern(
    r"\b(?:reads?|read\s+in\s+full|said|says|stated|states|wrote|writes|added|adds|noted|"
    r"notes|explained|follows|following)\b[^.!?]{0,40}:$",
    re.I,
)


def _introduces_a_quote(previous: str) -> bool:
    """True when the paragraph before ends by introducing a quotation ("... reads in
    full:"): what follows is someone's text, not ours. A bare label ("Correction:") is not."""
    text = previous.strip()
    if _FOLLOWING_NOTICE.search(text):
        return False  # "... revised to reflect the following correction:" introduces ours
    return len(text.split()) >= 5 and bool(_QUOTE_INTRO.search(text))


_FOLLOWING_NOTICE = p.LazyPattern(
    r"\bfollowing\s+(?:corrections?|clarifications?|editor['’]?s['’]?\s+notes?|updates?)\s*:$",
    re.I,
)


def _stands_alone(paragraphs: list[str], index: int) -> bool:
    """True when no article prose stands next to the paragraph: a corrections column's
    item, or a notice given on its own. Neighbours that are notices themselves (a label,
    an error's words) or a column's date do not count."""
    for near in (index - 1, index + 1):
        if 0 <= near < len(paragraphs):
            text = paragraphs[near]
            if not (
                p.LABEL_RE.match(text)
                or p.STRONG_CORRECT.search(text)
                or _dateline(text) is not None
            ):
                return False
    return True


def _labelled(para: str, following: str | None) -> _Hit | None:
    match = p.LABEL_RE.match(para)
    if not match:
        return None
    groups = match.groupdict()
    label_kind = next(k for k in p.LABELS if groups.get(k))
    if groups.get("entry_on") is not None and not groups.get("entry_time"):
        return None
    paren = groups.get("paren_date")
    if paren and not (any(ch.isdigit() for ch in paren) or p.DATE_RE.match(paren)):
        return None  # "Corrections (after Calvin Trillin)" titles a piece; a date follows a label
    label_word = groups["label"].split()[0].lower()
    language = label_language(groups["label"].lower())
    date_text = groups.get("paren_date") or groups.get("date") or groups.get("entry_time")
    if date_text and not any(ch.isdigit() for ch in date_text):
        date_text = None
    body = para[match.end() :]
    body_date = p.DATE_RE.match(body)
    if body_date and _DATE_ENDS.match(body, body_date.end()):
        date_text = date_text or body_date.group(1)
        body = body[body_date.end() :].lstrip(" \n:—–-")
    if date_text:
        date_text = _trim_date(date_text)
    words = body.split()
    # "[UPDATE: The utility says power is back.]", "** Correction: ... **": the closing
    # decoration is not the sentence's end.
    closed = body.strip().rstrip("]*_)» ")
    heading = len(words) <= _HEADING_WORDS and not _ENDS_SENTENCE.search(closed)
    if not heading and _titled(body):
        return None  # "Clarification: what the rules mean\nThe city has ..." is a headline
    merge_next = False
    if heading:
        if label_kind == "update" or following is None or label_word == "note":
            return None
        if body.strip() and not (
            p.STRONG_CORRECT.search(following) or p.COLUMN_CUE.search(following)
        ):
            return None  # "Correction: what it means for investors" is a section heading
        if not body.strip() and not date_text and _COLUMN_TITLE.search(groups["label"]):
            return None  # "Corrections and clarifications" heads a column: each item is one
        merge_next = True
        body = following
    elif len(words) < 3:
        return None
    kind = _judge_label_kind(label_kind, body)
    if groups["label"].lower().strip() in {"note", "hinweis"} and kind == "editors_note":
        return None  # a bare "Note:" is a notice only when it corrects something
    if _DEFINITION.match(body) or _NOTE_TALK.search(body):
        return None  # "Correction: A factual error is fixed; we add a Correction note": a policy
    if (
        kind == "editors_note"
        and (merge_next or label_word == "note" or "\n" in (groups.get("sep") or "\n"))
        and not (_ANY_CUE.search(body) or _THIS_ITEM.search(body))
    ):
        # "Editors' Note" heading a newsletter ("Instead of our usual article ..."):
        # nothing changed. "Editor's note: the author is ..." on one line is a note.
        return None
    if kind == "editors_note" and _DISCLAIMER.search(body):
        # "Editor's note: The views expressed are solely the author's": a standing
        # disclaimer printed on every opinion piece, not a note about this one.
        return None
    if label_word in _AMBIGUOUS_LABELS and not date_text and not _BODY_CUE.search(body):
        return None  # "Correction: stocks fell a tenth from their peak" is market news
    return _Hit(start=0, kind=kind, date_text=date_text, language=language, merge_next=merge_next)


# A label in the plural, or two joined, titles a column of items rather than one notice.
_COLUMN_TITLE = p.LazyPattern(
    r"(?:s|a|en)\s*$|\b(?:and|&|und|et|y|e|en)\b|for\s+the\s+record", re.I
)


# Labels that are also everyday words (a market correction); the other labels
# (Berichtigung, Rectificatif, Fe de errores, ...) only ever head a notice.
_AMBIGUOUS_LABELS = frozenset({"correction", "corrections", "corrección", "correccion"})
_BODY_CUE = p.LazyPattern(
    rf"{p.STRONG_CORRECT.pattern}|{p.COLUMN_CUE.pattern}|\b(?:not|nicht|non|no)\b|rather\s+than|"
    r"instead\s+of|\bcorrect|\berr(?:or|eur|ó)|\bmistak|\bwrong|\bfalsch|\bfaux|\bregret|"
    r"\bapolog|\bactually\b|\bin\s+fact\b|\bsino\b|\bsondern\b",
    re.I,
)


_ANY_CUE = p.LazyPattern(
    rf"{p.STRONG_CORRECT.pattern}|{p.COLUMN_CUE.pattern}|{p.CLARIFY_CUE.pattern}|"
    rf"{p.RETRACTION.pattern}|{_UPDATE_VERB.pattern}|\b(?:not|nicht|non|no|pas)\b",
    re.I,
)


# A label followed by what the label means: "Corrections are necessary whenever ...", "A
# factual error is fixed; we add a Correction note ...": a newsroom's policy, not a notice.
_DEFINITION = p.LazyPattern(
    r"^\W{0,3}(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:corrections?|clarifications?|errors?|updates?|"
    r"notes?|mistakes?)\s+(?:is|are|must|should|may|will|can)\b",
    re.I,
)
_NOTE_TALK = p.LazyPattern(
    r"\b(?:add|adds|append|appends|attach|publish|run)\s+an?\s+(?-i:Correction|Clarification|"
    r"Update|Editor['’]s)\s+(?:note|notice|label|tag)\b"
)
_THIS_ITEM = p.LazyPattern(rf"\b(?:this|these)\s+(?:[\w-]+\s+){{0,2}}?{ITEM}\b", re.I)


# The opinion-page disclaimer: "The opinions expressed in this commentary are solely
# those of the author", "Die Meinung des Autors muss nicht die der Redaktion sein".
_DISCLAIMER = p.LazyPattern(
    r"^\s*(?:The\s+)?(?:views?|opinions?)\s+(?:expressed\s+)?(?:in\s+this\s+[\w-]+\s+)?"
    r"(?:are|is)\s+(?:solely\s+|entirely\s+)?(?:those\s+of\s+the|the)\s+(?:author|writer|"
    r"contributor)s?['’]?s?\b",
    re.I,
)


def _titled(body: str) -> bool:
    """True when the label heads a title line and the text under it has no notice words:
    the label word is then part of a headline, not a notice."""
    first, _, rest = body.strip().partition("\n")
    if not rest.strip() or len(first.split()) > _HEADING_WORDS:
        return False
    if _ENDS_LINE.search(first.strip()) or p.DATE_RE.match(first):
        return False
    return not _ANY_CUE.search(body)


def _judge_label_kind(label_kind: str, body: str) -> str:
    if label_kind in {"correction", "clarification", "retraction"}:
        return label_kind
    judged = _kind_from_words(body)
    if judged is None and label_kind == "editors_note":
        # "Editor's note: This story was updated at 5 p.m. to add ...", "Hinweis: Dieser
        # Artikel wurde ... ergänzt": the change line the note opens with gives the kind.
        line = _change_line(body.lstrip())
        if line is not None:
            return line.kind
    return judged or label_kind


def _kind_from_words(text: str) -> str | None:
    """The kind a notice's own words give, whatever its label: None when they are silent."""
    from revtrack.notices.kinds import kind_from_words  # only a found notice needs it

    return kind_from_words(text)


def _trailer(para: str) -> _Hit | None:
    stripped = para.strip()
    if len(stripped) > 600:
        return None
    match = p.TRAILER_RE.match(stripped) or _BARE_TRAILER.match(stripped)
    # A bracketed trailer closes its bracket; the AP's "Eds: Corrects ..." has none.
    if not match or not (stripped.endswith((")", "]")) or stripped[:1] not in "(["):
        return None
    if match.groupdict().get("read"):
        return _Hit(start=para.find(stripped[0]), kind="correction", date_text=None, language="en")
    verb = match.group("verb").lower()
    kind = next((k for stem, k in p.TRAILER_KIND.items() if verb.startswith(stem)), "update")
    if verb.startswith("refile") and _REFILE_FIX.search(stripped, match.end()):
        kind = "correction"  # "Refiles to fix typo in headline" puts an error right
    return _Hit(start=para.find(stripped[0]), kind=kind, date_text=None, language="en")


# A wire corrective without its brackets: "Corrects and recasts paragraph two to show ...".
# Only the verbs that put an error right; "Adds ..." without brackets could be prose.
# In capitals too, as wires send them ("CORRECTS spelling of name in paragraph 4"), and the
# wires' "Please read ... instead of ...", which gives the right words for the wrong.
_BARE_TRAILER = p.LazyPattern(
    r"^(?P<verb>Corrects|Clarifies|Fixes|Retracts|Withdraws|CORRECTS|CLARIFIES|FIXES|RETRACTS|"
    r"WITHDRAWS)\s+(?:(?i:and)\s+[A-Za-z]+\s+)?(?:(?i:the|a)\s+)?[A-Za-z]|"
    r"^(?P<read>(?i:please\s+read))\s+(?=[^\n]{0,300}?\b(?i:instead\s+of|in\s+place\s+of|for)\b)"
)


# A refile's reason, when it is an error: "to correct ...", "to fix typo", "to remove
# erroneous ...". Other refiles ("to add byline", "to include link") are updates.
_REFILE_FIX = p.LazyPattern(
    r"\bto\s+(?:correct|fix|remove\s+(?:an?\s+)?(?:erroneous|incorrect|wrong|extraneous)|"
    r"restore\s+(?:a\s+)?(?:dropped|missing))\b|\b(?:typo|typographical|misspell)",
    re.I,
)


def _change_line(para: str) -> _Hit | None:
    """A sentence in which the piece says it was changed (``changelines``): "This article
    was updated on March 5 ...", "Dieser Artikel wurde korrigiert.", "We have retracted
    this story." The line must open its sentence, outside quotation marks, and not be
    someone else's report of it (", the council said").

    An update line after news is the notice alone ("Police named the victims. This story
    has been updated."); any other line in a short item is the notice from the item's
    first word ("The article said X. In fact, Y. This story has been corrected.").
    """
    from revtrack.notices.changelines import find_lines

    found = find_lines(para)
    if not found:
        return None
    sentences = sentence_spans(para)
    best: tuple[int, str] | None = None
    for line, match in found:
        sentence = _sentence_of(sentences, match.start())
        if sentence is None or (best is not None and sentence[0] >= best[0]):
            continue
        s_start, s_end = sentence
        if not _at_start(para, s_start, match.start()) or _quoted(para, match.start()):
            continue
        if p.ATTRIBUTION_TAIL.search(para, match.end(), s_end):
            continue
        best = (s_start, line.kind)
    if best is None:
        return None
    start, line_kind = best
    kind = _kind_from_words(para[start:]) or line_kind
    if start > 0 and kind != "update" and len(para) <= 500 and len(sentences) <= 3:
        start = 0
        kind = _kind_from_words(para) or line_kind
    return _Hit(start=start, kind=kind, date_text=None, language=None)


_OWN_CLAIM = p.LazyPattern(
    r"^(?:[•·*\-–—]\s*)?(?P<who>We|(?:The\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
    r"(?:(?:\w+ly|also|had|have)\s+)*(?:suggested|said|stated|reported|wrote|claimed|implied|"
    r"described|called|gave|put|listed)\b"
)
# The sentence that settles it: "In fact ...", "It was of course ...", "The correct figure is".
_SETTLED_FACT = p.LazyPattern(
    r"^(?:(?:It|He|She|They|This|That|The\s+\w+)\s+(?:was|is|were|are|has|had|holds|held|"
    r"opened|died|won)\s+(?:of\s+course|actually|in\s+fact)\b|In\s+fact\b|Actually,|In\s+reality,|"
    r"The\s+(?:correct|right|actual|true|real|accurate)\s+(?:\w+\s+){0,2}?(?:is|was|are|were)\b)",
)


def _claimed(para: str, alone: bool) -> _Hit | None:
    """A short item that states our claim, then the fact (``_claim_then_fact``)."""
    if not _claim_then_fact(para, sentence_spans(para), alone):
        return None
    return _Hit(start=0, kind="correction", date_text=None, language=None)


def _claim_then_fact(para: str, sentences: list[tuple[int, int]], alone: bool) -> bool:
    """A short item in which we or our programme said something, then the plain fact.

    "We said the lane was 3 miles long. In fact it is 1.8 miles." Only a paragraph of two
    or three sentences qualifies; and when the claim is a name's rather than ours
    ("Newsnight suggested ..."), only a paragraph without article prose around it: in
    running text the same shape is a fact-check of someone else.
    """
    if not 2 <= len(sentences) <= 3:
        return False
    first = para[sentences[0][0] : sentences[0][1]]
    second = para[sentences[1][0] : sentences[1][1]]
    claim = _OWN_CLAIM.match(first)
    if not claim or not _SETTLED_FACT.match(second):
        return False
    return claim.group("who") == "We" or alone


def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    for start, end in sentences:
        if start <= pos < end:
            return start, end
    return None


def _at_start(para: str, sentence_start: int, pos: int) -> bool:
    """The anchor opens its sentence, allowing a quote mark, bracket or label before it,
    or a heading of a word or two and a colon ("Nota:", "NB:")."""
    lead = para[sentence_start:pos]
    if not lead.strip(" *_([“\"'‘•·▪–—-"):
        return True
    if _SHORT_HEADING.fullmatch(lead):
        return True
    label = p.LABEL_RE.match(lead)
    return bool(label and not lead[label.end() :].strip())


_SHORT_HEADING = p.LazyPattern(r"[\s*_(\[]*\w[\w.]*(?:\s+\w[\w.]*)?\s*[:：]\s*")


def _quoted(para: str, pos: int) -> bool:
    """True when ``pos`` stands inside quotation marks opened earlier in the paragraph."""
    return inside_quotes(para, pos)
