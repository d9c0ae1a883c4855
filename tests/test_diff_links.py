"""A Markdown source's links: the text is prose, the target is not, a link is one unit.

The sources are Jekyll-style posts written for these tests.
"""

from __future__ import annotations

from revtrack import compare
from revtrack.extract import document_from_bytes

POST = """---
title: Ferry fares rise in spring
---
The operator [announced the new fares]({target}) on Monday.

{line}
"""
LINE = "The mayor, [Ada Moreau](https://city.example.org/mayor), said the rise was too steep."


def _doc(target: str = "https://ferry.example.org/fares", line: str = LINE):
    return document_from_bytes(POST.format(target=target, line=line).encode())


def _body(old, new):
    comparison = compare(old, new)
    assert comparison.apply(comparison.old_text) == comparison.new_text
    return [c for c in comparison.changes if c.field == "body"]


def test_the_text_keeps_each_link_as_the_source_writes_it() -> None:
    text = _doc().text
    assert "The operator [announced the new fares](https://ferry.example.org/fares) on" in text


def test_a_link_pointed_elsewhere_is_markup_nobody_sees() -> None:
    changes = _body(_doc(), _doc(target="https://ferry.example.org/fares-2026"))
    assert [(c.kind, c.significance) for c in changes] == [("markup", "trivial")]


def test_a_link_put_around_words_already_there_is_markup() -> None:
    plain = "The mayor, Ada Moreau, said the rise was too steep."
    changes = _body(_doc(line=plain), _doc())
    assert changes and all(c.significance == "trivial" for c in changes)


def test_an_edit_of_a_link_text_is_an_edit_of_words() -> None:
    renamed = LINE.replace("Ada Moreau", "Ada Moreno")
    changes = _body(_doc(), _doc(line=renamed))
    assert [(c.kind, c.before, c.after) for c in changes] == [("name", "Moreau", "Moreno")]


def test_a_link_moved_to_another_phrase_is_one_change_over_both() -> None:
    moved = "The mayor, Ada Moreau, said in [a statement](https://city.example.org/mayor) the rise was too steep."
    changes = _body(_doc(), _doc(line=moved))
    assert len(changes) == 1
    assert changes[0].before == "[Ada Moreau](https://city.example.org/mayor), said"
    assert changes[0].after.startswith("Ada Moreau, said in [a statement]")
