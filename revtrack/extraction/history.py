"""The publisher's change history: dated entries at the foot of a page, read as their own part.

Government sites and some newsrooms keep a list of what changed and when ("Updates to
this page", "Full page history": "4 January 2022 - Corrected the name of the bar").
Left to trafilatura, such a list is kept in one version and dropped in the next, depending
on how long the rest of the page is, so a diff reports "First published." added where
nobody edited anything. Here the list is found by what a reader sees in it: a container
named as a history (by a heading or toggle such as "Updates to this page", or by a class
or id naming a history) whose items are dated entries. It is taken out of the page before
the body is extracted, and its entries become ``[history]`` blocks after the body, always
in the page's own order and always as ``DATE: NOTE``.

The entry that only records the first publication ("First published.") says nothing the
``published`` date does not, and is left out. So are datelines ("Published 1 December
2021", "Last updated 4 January 2022 + show all updates"): lines made only of dates and
the words that introduce them, which are page metadata, not article text.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# What a history is called, in the languages of the registry; matched in a heading, a
# summary or a toggle link, lower-cased and with spaces folded.
_TITLES = (
    r"updates? to this (?:page|article|story)",
    r"(?:full |page |update |change |revision |version |correction )history",
    r"history of (?:changes|updates|this page)",
    r"(?:show|hide|see|view) all updates",
    r"corrections and updates",
    r"(?:ændrings|opdaterings|versions)historik",
    r"(?:änderungs|versions|aktualisierungs)(?:historie|verlauf)",
    r"versionsgeschichte",
    r"historique des (?:modifications|mises à jour|versions)",
    r"historial de (?:cambios|actualizaciones|versiones)",
    r"cronologia (?:delle )?(?:modifiche|revisioni|aggiornamenti)",
    r"storico (?:delle )?(?:modifiche|revisioni|aggiornamenti)",
    r"wijzigingsgeschiedenis|versiegeschiedenis",
    r"histórico de (?:alterações|atualizações|versões)",
)
_TITLE = re.compile(r"^[\W\d_]*(?:" + "|".join(_TITLES) + r")\b", re.I)
_TITLE_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "summary", "dt", "strong", "button"})
# A class or id naming a history: "change-history", "full-history", "page_history".
_HISTORY_NAME = re.compile(r"(?:^|[\s_-])(?:[a-z]+[_-])*history(?:$|[\s_-])", re.I)
# Words that introduce a date in a dateline, and the glue between them.
_DATELINE_WORDS = (
    r"first published|originally published|published|posted|last updated|updated|"
    r"last modified|modified|last reviewed|reviewed|show all updates|hide all updates|"
    r"udgivet|publiceret|senest opdateret|opdateret|"
    r"erstveröffentlichung|veröffentlicht|zuletzt aktualisiert|aktualisiert|stand|"
    r"publié|mis à jour|modifié|publicado|actualizado|atualizado|pubblicato|aggiornato|"
    r"gepubliceerd|bijgewerkt|laatst bijgewerkt|"
    r"on|at|and|le|el|em|il|am|um|den|kl|op|à|a las|alle|de|der|du|the"
)
_FIRST_PUBLISHED = re.compile(
    r"^(?:first|originally)? ?published\.?$|^erstveröffentlichung\.?$"
    r"|^først (?:udgivet|publiceret)\.?$|^première publication\.?$|^primera publicación\.?$",
    re.I,
)
# An entry is a few sentences, a history a few dozen entries; anything longer is not one.
_MAX_ENTRY = 1500
_MAX_HISTORY = 20_000
# Text beside the history inside its container that may go with it: a dateline, a toggle.
_MAX_BESIDE = 160


@cache
def date_pattern() -> re.Pattern[str]:
    """A written date in any registered language: "4 January 2022", "Jan. 4, 2022",
    "4. januar 2022", "2022-01-04", "04/01/2022", with an optional time after it."""
    from revtrack.lang import registered

    names = sorted({m for lang in registered() for m in lang.months}, key=len, reverse=True)
    month = r"(?:" + "|".join(re.escape(m) for m in names) + r")\.?"
    day = r"\d{1,2}(?:st|nd|rd|th|er|º|°)?\.?"
    year = r"\d{4}"
    glue = r"(?:\s+(?:de|of|del)\s+|\s+|\s*,\s*)"
    time = (
        r"(?:\s*(?:,|at|um|kl\.?|à|às|a las|alle|om|-)?\s*\d{1,2}(?:[:.h]\d{2})(?::\d{2})?"
        r"\s*(?:[ap]\.?\s?m\.?)?(?:\s*(?:[A-Z]{2,5}|uhr|h))?)?"
    )
    forms = (
        rf"{day}{glue}{month}(?:{glue}{year})?",
        rf"{month}\s+{day}(?:{glue}{year})?",
        rf"{month}\s+{year}",
        r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?",
        r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b",
    )
    return re.compile(r"\b(?:" + "|".join(forms) + rf"){time}", re.I)


def is_dateline(text: str) -> bool:
    """Whether ``text`` is only dates and the words that introduce them."""
    if len(text) > 200 or not date_pattern().search(text):
        return False
    rest = date_pattern().sub(" ", text)
    rest = re.sub(rf"\b(?:{_DATELINE_WORDS})\b", " ", rest, flags=re.I)
    words = re.findall(r"\w+", rest)
    dateline_word = re.search(rf"\b(?:{_DATELINE_WORDS})\b", text, re.I)
    return not words and dateline_word is not None


def take_history(tree: HtmlElement) -> list[str]:
    """Remove the page's change history from ``tree``; its entries as ``DATE: NOTE``."""
    entries: list[str] = []
    for container in _candidates(tree):
        if not _attached(container, tree):
            continue  # inside a history already taken
        found = _entries(container)
        if found is None:
            continue
        # A history whose only entry is "First published." is still the history: it
        # goes whole, or the next version's first real entry would take it away and
        # report "First published." removed with it.
        entries.extend(found)
        _widest(container).drop_tree()
    return entries


def _candidates(tree: HtmlElement) -> list[HtmlElement]:
    """Containers that may hold a history, outermost first, in page order."""
    found: list[HtmlElement] = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in {"html", "body", "head"}:
            continue
        names = f"{element.get('class', '')} {element.get('id', '')}"
        if _HISTORY_NAME.search(names):
            found.append(element)
        elif element.tag in _TITLE_TAGS and _TITLE.match(_text(element)):
            holder = _holder_of_title(element)
            if holder is not None:
                found.append(holder)
    return found


def _holder_of_title(title: HtmlElement) -> HtmlElement | None:
    """The element that holds the entries a history heading introduces."""
    parent = title.getparent()
    if (
        parent is not None
        and parent.tag not in {"body", "main", "article", "html"}
        and len(_text(parent)) > len(_text(title))
        and _dated_items(parent)
    ):
        return parent
    following = title.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    return following


def _entries(container: HtmlElement) -> list[str] | None:
    """The dated entries of ``container`` worth keeping (not "First published."), or
    None when it is no history: no entry has a date, or it is too long to be one."""
    if len(_text(container)) > _MAX_HISTORY:
        return None
    items = _dated_items(container)
    entries: list[str] = []
    for date, note in items:
        if len(note) > _MAX_ENTRY:
            return None
        if not note or _FIRST_PUBLISHED.match(note):
            continue
        entries.append(f"{date}: {note}" if date else note)
    return entries if any(date for date, _ in items) else None


def _dated_items(container: HtmlElement) -> list[tuple[str, str]]:
    """(date, note) for each item of the list in ``container``: li, dt/dd, or paragraphs."""
    items = [li for li in container.iter("li") if not _inside(li, "li", container)]
    if items:
        return [_split_item(li) for li in items]
    terms = list(container.iter("dt"))
    if terms:
        pairs = []
        for term in terms:
            definition = term.getnext()
            note = _text(definition) if definition is not None and definition.tag == "dd" else ""
            date, rest = _split_text(_text(term))
            pairs.append((date or _text(term), _join(rest, note)))
        return pairs
    blocks = [p for p in container.iter("p", "div") if len(p) == 0 or p.find("time") is not None]
    return [_split_item(p) for p in blocks if _text(p)]


def _split_item(item: HtmlElement) -> tuple[str, str]:
    """An item's date (its <time>, else a date it opens with) and the rest of its text."""
    time = item.find(".//time")
    if time is not None and _text(time):
        date = _text(time)
        note = _text(item, skip=time)
        return date, note.strip(" :-–—|")
    return _split_text(_text(item))


def _split_text(text: str) -> tuple[str, str]:
    match = date_pattern().match(text.lstrip("(["))
    if not match:
        return "", text
    rest = text.lstrip("([")[match.end() :]
    return match.group(0).strip(), rest.strip(" :-–—|)]")


def _widest(container: HtmlElement) -> HtmlElement:
    """The container, or the ancestor that holds only it and a dateline or toggle beside it."""
    current = container
    while True:
        parent = current.getparent()
        if parent is None or parent.tag in {"body", "main", "article", "html"}:
            return current
        beside = _text(parent, skip=current)
        if beside and len(beside) > _MAX_BESIDE and not is_dateline(beside):
            return current
        current = parent


def _attached(element: HtmlElement, tree: HtmlElement) -> bool:
    node: HtmlElement | None = element
    while node is not None:
        if node is tree:
            return True
        node = node.getparent()
    return False


def _inside(element: HtmlElement, tag: str, limit: HtmlElement) -> bool:
    node = element.getparent()
    while node is not None and node is not limit:
        if node.tag == tag:
            return True
        node = node.getparent()
    return False


def _text(element: HtmlElement, skip: HtmlElement | None = None) -> str:
    """The element's text, spaces folded; ``skip``'s own text left out (its tail kept)."""
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        hidden = isinstance(node.tag, str) and node.tag in {"script", "style", "template"}
        if node is not skip and not hidden:
            parts.append(node.text or "")
            for child in node:
                space = " " if _is_block(child) else ""
                parts.append(space)
                walk(child)
                parts.append(space)
        if node is not element:
            parts.append(node.tail or "")

    walk(element)
    return " ".join("".join(parts).split())


def _is_block(node: HtmlElement) -> bool:
    return isinstance(node.tag, str) and node.tag in {
        "p",
        "div",
        "li",
        "dt",
        "dd",
        "br",
        "time",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
    }


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)
