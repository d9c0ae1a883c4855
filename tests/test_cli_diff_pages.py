"""The HTML and Markdown diffs read right where people read them: in a browser, and in
any CommonMark renderer."""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt

from tests._browser import chromium
from tests.conftest import Invoke

OLD = "The council met on Monday to vote on the budget.\n\nThe vote passed late at night."
# One edit that runs across a paragraph break: the sentence is split, a paragraph begins.
NEW = (
    "The council met on Monday. Residents queued for hours.\n\n"
    "Then the council voted on the budget.\n\nThe vote passed late at night."
)
HEADLINED = """<!doctype html><html><head><title>Budget vote | Example News</title>
<link rel="canonical" href="https://news.example.com/budget-vote"></head><body><article>
<h1>Council passes the budget</h1><p>{body}</p></article></body></html>"""


def _files(tmp_path: Path, old: str = OLD, new: str = NEW) -> tuple[str, str]:
    a, b = tmp_path / "old.txt", tmp_path / "new.txt"
    a.write_text(old, encoding="utf-8")
    b.write_text(new, encoding="utf-8")
    return str(a), str(b)


def test_an_insertion_across_paragraphs_is_marked_inserted_in_a_browser(
    invoke: Invoke, tmp_path: Path
) -> None:
    """Chromium shows every inserted word inside an <ins>: a tag opened in one paragraph
    and closed in the next would be closed by the browser at the first </p>."""
    page = tmp_path / "diff.html"
    page.write_text(invoke("diff", *_files(tmp_path), "--format", "html").stdout, encoding="utf-8")
    with chromium() as browser:
        tab = browser.open(page.as_uri())
        inserted = tab.evaluate(
            "[...document.querySelectorAll('ins')].map(e => e.textContent).join(' | ')"
        )
        unmarked = tab.evaluate(
            "[...document.querySelectorAll('p')].filter(p => !p.closest('ins'))"
            ".map(p => [...p.childNodes].filter(n => n.nodeType === 3)"
            ".map(n => n.textContent).join('')).join(' | ')"
        )
    assert "Residents queued for hours." in inserted
    assert "Then the council voted" in inserted
    assert "Then the council voted" not in unmarked


def test_every_paragraph_of_the_html_opens_and_closes_its_own_marks(
    invoke: Invoke, tmp_path: Path
) -> None:
    """The page's own structure: no <ins> or <del> is left open at a </p>."""
    page = invoke("diff", *_files(tmp_path), "--format", "html").stdout
    paragraphs = re.findall(r"<p>(.*?)</p>", page, re.S)
    assert any("Then the council voted" in p for p in paragraphs)
    for paragraph in paragraphs:
        for tag in ("ins", "del"):
            assert paragraph.count(f"<{tag}>") == paragraph.count(f"</{tag}>"), paragraph


def test_the_html_page_is_titled_with_the_headline_and_url(invoke: Invoke, tmp_path: Path) -> None:
    """A saved diff page says which story it is, in its title and heading."""
    old, new = tmp_path / "old.html", tmp_path / "new.html"
    old.write_text(HEADLINED.format(body=OLD.replace("\n\n", "</p><p>")), encoding="utf-8")
    new.write_text(HEADLINED.format(body=NEW.replace("\n\n", "</p><p>")), encoding="utf-8")
    page = invoke("diff", str(old), str(new), "--format", "html").stdout
    title = re.search(r"<title>(.*)</title>", page)
    assert title is not None
    assert title.group(1) == "Council passes the budget — https://news.example.com/budget-vote"
    assert "<h1>Council passes the budget</h1>" in page


def _rendered(markdown: str) -> str:
    return MarkdownIt("commonmark").render(markdown)


def test_markdown_marks_render_in_commonmark_and_leave_no_stray_markers(
    invoke: Invoke, tmp_path: Path
) -> None:
    """Edits that start with a space or punctuation, sit inside a word, or cross a
    paragraph, all render as marked text; no literal ** or ~~ is left."""
    cases = [
        (OLD, NEW),
        ("The fee is 40 dollars.", "The fee is 40, not 60, dollars."),
        ("Press secretary Graham said so.", "Press secretary Grisham said so."),
        ("It cost (about) 5 million.", "It cost (roughly) 5 million!"),
    ]
    for n, (old, new) in enumerate(cases):
        folder = tmp_path / str(n)
        folder.mkdir()
        markdown = invoke("diff", *_files(folder, old, new), "--format", "markdown").stdout
        html = _rendered(markdown)
        text = re.sub(r"<[^>]+>", "", html)
        assert "**" not in text and "~~" not in text, markdown
        assert "<ins>" in html or "<del>" in html
        for paragraph in re.findall(r"<p>(.*?)</p>", html, re.S):
            assert paragraph.count("<ins>") == paragraph.count("</ins>"), markdown
            assert paragraph.count("<del>") == paragraph.count("</del>"), markdown
