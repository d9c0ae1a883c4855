"""``revtrack report``: the static site's pages, read as a person or a feed reader would."""

from __future__ import annotations

import json
import re
from pathlib import Path

import feedparser
import lxml.html
import pytest

from revtrack.site import build_site
from revtrack.site.inline import ADDED, REMOVED, body_regions, word_segments
from tests._site_stores import (
    OTHER_URL,
    RLO,
    SEED_URL,
    add_hostile_article,
    add_other_article,
    seed_store,
)
from tests.conftest import Invoke


@pytest.fixture
def built(tmp_path: Path) -> Path:
    """The site of the seed article and a second one with a silent change."""
    store = seed_store(tmp_path / "store")
    add_other_article(store)
    build_site(store, tmp_path / "out")
    store.close()
    return tmp_path / "out"


def _tree(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(path.read_bytes())


def _seed_page(out: Path) -> Path:
    (page,) = [p for p in (out / "articles").glob("*.html") if "nbcnews" in p.name]
    return page


def test_the_site_is_self_contained(built: Path) -> None:
    """Everything a page loads is a file in the site: no CDN, no server, no build step."""
    names = {p.relative_to(built).as_posix() for p in built.rglob("*") if p.is_file()}
    assert {
        "index.html",
        "corrections.html",
        "feed.xml",
        "articles.json",
        "style.css",
        "site.js",
    } <= names
    for page in built.rglob("*.html"):
        tree = _tree(page)
        for ref in tree.xpath("//script/@src | //link/@href | //img/@src"):
            assert "//" not in ref, f"{page.name} loads {ref}"
            assert (page.parent / ref).resolve().is_file(), f"{page.name}: {ref} is missing"


def test_the_index_lists_each_article_with_its_counts(built: Path) -> None:
    tree = _tree(built / "index.html")
    rows = tree.xpath("//table[@id='articles']/tbody/tr")
    assert len(rows) == 2
    by_site = {r.get("data-site"): r for r in rows}
    seed = by_site["nbcnews.com"]
    assert seed.get("data-versions") == "2"
    assert seed.get("data-notices") == "1" and seed.get("data-stealth") == "0"
    assert "1 notice" in seed.text_content()
    other = by_site["example.org"]
    assert other.get("data-stealth") == "1" and "1 stealth" in other.text_content()
    # Newest change first, without script.
    assert [r.get("data-site") for r in rows] == ["example.org", "nbcnews.com"]
    link = seed.xpath(".//a/@href")[0]
    assert (built / link).is_file()
    # The controls need the script; without it they stay hidden and the table is whole.
    assert tree.get_element_by_id("article-controls").get("hidden") is not None


def test_articles_json_matches_the_index(built: Path) -> None:
    rows = json.loads((built / "articles.json").read_text(encoding="utf-8"))
    seed = next(r for r in rows if r["url"] == SEED_URL)
    assert (seed["versions"], seed["notices"], seed["stealth_edits"]) == (2, 1, 0)
    assert seed["last_changed"] == "2019-12-31T15:45:00+00:00"
    assert (built / seed["page"]).is_file()


def test_the_seed_page_shows_graham_to_grisham_inline_and_the_notice_beside_it(
    built: Path,
) -> None:
    tree = _tree(_seed_page(built))
    step = tree.get_element_by_id("v2")
    paragraph = next(
        p
        for p in step.xpath(".//p[contains(@class, 'inline')]")
        if "press secretary" in p.text_content()
    )
    assert [d.text_content() for d in paragraph.xpath(".//del")] == ["Graham"]
    assert [i.text_content() for i in paragraph.xpath(".//ins")] == ["Grisham"]
    # Struck then marked, in reading order, inside the sentence as published.
    assert "Stephanie GrahamGrisham, said the president" in paragraph.text_content()
    notice = step.xpath(".//aside[contains(@class, 'notice')]")[0]
    fields = dict(zip(notice.xpath(".//dt/text()"), notice.xpath(".//dd/text()"), strict=True))
    assert fields["wrong"] == "Graham" and fields["right"] == "Grisham"
    assert fields["error verb"] == "misidentified"
    assert fields["subject"] == "the White House press secretary"
    assert fields["date"] == "2019-12-31T10:31"
    assert fields["paragraph"] == "33"  # counted from 1 on the page, as the diff heading
    assert "verified" in notice.text_content()
    # The change it describes links to it, and it links back.
    change = tree.get_element_by_id("v2-c1")
    assert change.xpath(".//a/@href") == ["#notice-1"]
    assert notice.xpath(".//a/@href")[0].endswith("#v2-c1")


def test_every_change_has_a_before_and_after_text(built: Path) -> None:
    """Screen readers skip <del>/<ins> marks; the before/after sentences say it in words."""
    tree = _tree(_seed_page(built))
    changes = tree.xpath("//ol[@class='changes']/li")
    assert len(changes) == 2
    name = changes[0]
    pairs = dict(
        zip(
            name.xpath(".//dt/text()"), (d.text_content() for d in name.xpath(".//dd")), strict=True
        )
    )
    assert pairs["Before"].startswith("His press secretary, Stephanie Graham, said")
    assert pairs["After"].startswith("His press secretary, Stephanie Grisham, said")
    added = changes[1].text_content()
    assert "nothing: this was added" in added and "She is Stephanie Grisham, not Graham." in added


def test_the_timeline_lists_each_version(built: Path) -> None:
    tree = _tree(_seed_page(built))
    items = [" ".join(li.text_content().split()) for li in tree.xpath("//ol[@class='timeline']/li")]
    assert items[0].startswith("Version 1 · 2019-12-31 12:00 UTC · first stored")
    assert items[1].startswith("Version 2 · 2019-12-31 15:45 UTC · 1 name, 1 notice added")


def test_headline_changes_come_first(tmp_path: Path) -> None:
    """A headline change is drawn word by word above the body's changes."""
    store = seed_store(tmp_path / "store")
    add_hostile_article(store)
    build_site(store, tmp_path / "out")
    store.close()
    (page,) = (tmp_path / "out" / "articles").glob("hostile*.html")
    step = _tree(page).get_element_by_id("v2")
    headings = [h.text_content() for h in step.xpath(".//h3")]
    assert headings[0] == "Headline"
    assert headings.index("Headline") < headings.index("Paragraph 1")
    first = step.xpath(".//div[@class='field-change']//p")[0]
    assert [d.text_content() for d in first.xpath(".//del")] == ["Bridge"]
    assert [i.text_content() for i in first.xpath(".//ins")] == ["Tunnel"]
    assert step.xpath(".//ol[@class='changes']/li")[0].get("id") == "v2-c1"
    assert "headline" in step.xpath(".//ol[@class='changes']/li")[0].get("class")


def test_the_correction_log_page_lists_notices_and_stealth_edits(built: Path) -> None:
    tree = _tree(built / "corrections.html")
    (entry,) = tree.xpath("//ol[@id='log']/li")
    assert (entry.get("data-kind"), entry.get("data-status")) == ("correction", "verified")
    assert entry.get("data-when") == "2019-12-31T15:45:00Z"
    assert "Stephanie Grisham" in entry.text_content()
    (edit,) = tree.xpath("//ol[@id='stealth']/li")
    text = " ".join(edit.text_content().split())
    assert "number" in text and "12 million euros" in text and "14 million euros" in text
    href = edit.xpath(".//a/@href")[0]
    page, anchor = href.split("#")
    assert anchor in {e.get("id") for e in _tree(built / page).xpath("//*[@id]")}
    # The filters of `revtrack corrections`: site, kind, status, since, until.
    ids = set(tree.xpath("//form[@id='log-controls']//*/@id"))
    assert {"log-site", "log-kind", "log-status", "log-since", "log-until"} <= ids


def _feed(path: Path) -> feedparser.FeedParserDict:
    """The feed as a feed reader reads it; ``bozo`` is set for XML that is not well formed."""
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def test_the_feed_is_atom_with_the_notice_and_the_stealth_edit(built: Path) -> None:
    feed = _feed(built / "feed.xml")
    assert len(feed.entries) == 2
    newest, older = feed.entries  # newest first: the 2020 stealth edit, then the 2019 notice
    assert newest.updated == "2020-03-01T11:00:00Z"
    assert "no notice" in newest.title and "14 million euros" in newest.summary
    assert older.title.startswith("Correction (verified)")
    assert "wrong: Graham" in older.summary and "right: Grisham" in older.summary
    ids = [e.id for e in feed.entries]
    assert len(set(ids)) == 2 and all(i.startswith("urn:") for i in ids)
    for entry in feed.entries:
        assert (built / entry.link.split("#")[0]).is_file()


def test_rebuilding_gives_the_same_files(built: Path, tmp_path: Path) -> None:
    """Pages are dated by the store, not the clock, so a rebuild changes nothing."""
    store = seed_store(tmp_path / "again" / "store")
    add_other_article(store)
    build_site(store, tmp_path / "again" / "out")
    store.close()
    for path in built.rglob("*"):
        if path.is_file():
            twin = tmp_path / "again" / "out" / path.relative_to(built)
            assert twin.read_bytes() == path.read_bytes(), path.name


# --- safety ---------------------------------------------------------------------------------


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    store = seed_store(tmp_path / "store")
    add_hostile_article(store)
    build_site(store, tmp_path / "out")
    store.close()
    return tmp_path / "out"


def test_hostile_text_is_shown_as_text_and_runs_nothing(hostile: Path) -> None:
    """<script>, handlers, javascript: links and quote breakouts stay words on the page."""
    for page in hostile.rglob("*.html"):
        raw = page.read_text(encoding="utf-8")
        tree = _tree(page)
        scripts = tree.xpath("//script")
        assert [s.get("src") for s in scripts] == [s.get("src") for s in scripts[:1]]
        assert len(scripts) == 1 and scripts[0].get("src").endswith("site.js")
        assert scripts[0].text is None
        assert tree.xpath("//img") == [] and tree.xpath("//style") == []
        for element in tree.iter():
            for name, value in element.attrib.items():
                assert not name.lower().startswith("on"), f"{page.name}: {name}={value}"
                assert not value.strip().lower().startswith("javascript:"), page.name
        # The payload may sit inside an attribute (the index's search text), whole.
        for value in tree.xpath("//@*[contains(., '__pwned')]"):
            assert value.getparent().tag == "tr" and value.attrname.startswith("data-")
        assert "<script>window" not in raw and 'onerror="window' not in raw
    (article,) = (hostile / "articles").glob("hostile*.html")
    text = _tree(article).text_content()
    # The payload is there to read, as text.
    assert '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">' in text
    assert '<a href="javascript:window.__pwned = 3">click</a>' in text


def test_hostile_text_breaks_no_markup(hostile: Path) -> None:
    """The page's own structure survives: the same elements as a harmless article's."""
    (article,) = (hostile / "articles").glob("hostile*.html")
    tree = _tree(article)
    assert len(tree.xpath("//h1")) == 1
    assert len(tree.xpath("//section[@class='step']")) == 1
    assert len(tree.xpath("//ol[@class='changes']/li")) == 4  # headline, wording, date, notice
    assert len(tree.xpath("//aside[contains(@class, 'notice')]")) == 1
    (href,) = tree.xpath("//a[@class='url']/@href")
    assert href.startswith("https://hostile.example/story?x=%22onmouseover")
    # The feed is still well formed, and carries the payload as text.
    feed = _feed(hostile / "feed.xml")
    assert any("<script>window.__pwned" in e.summary for e in feed.entries)


def test_direction_overrides_are_removed_and_text_is_isolated(hostile: Path) -> None:
    """A right-to-left override in a headline cannot reverse the words around it."""
    for path in [*hostile.rglob("*.html"), hostile / "feed.xml", hostile / "articles.json"]:
        assert RLO not in path.read_text(encoding="utf-8"), path.name
    (article,) = (hostile / "articles").glob("hostile*.html")
    tree = _tree(article)
    for node in tree.xpath("//p[contains(@class, 'inline')]"):
        assert all(child.tag in {"bdi", "del", "ins", "span"} for child in node)


def test_a_non_web_url_is_not_made_a_link(tmp_path: Path) -> None:
    """Only http(s) URLs become links; anything else is shown as text."""
    from revtrack.models import Document
    from revtrack.store import GitStore
    from tests._site_stores import at

    store = GitStore.init(tmp_path / "store")
    for word, when in (("one", "2021-01-01T00:00"), ("two", "2021-01-02T00:00")):
        store.put(Document(text=f"Text {word}.", url="javascript:alert(1)"), at=at(when))
    build_site(store, tmp_path / "out")
    store.close()
    for page in (tmp_path / "out").rglob("*.html"):
        assert not [h for h in _tree(page).xpath("//@href") if "javascript" in h.lower()]


# --- pieces ---------------------------------------------------------------------------------


def test_word_segments_mark_only_the_changed_words() -> None:
    segments = word_segments("Bridge reopens on Friday", "Tunnel reopens on Friday")
    assert [(s.op, s.text) for s in segments if s.op != "same"] == [
        (REMOVED, "Bridge"),
        (ADDED, "Tunnel"),
    ]
    assert "".join(s.text for s in segments if s.op != REMOVED) == "Tunnel reopens on Friday"


def test_a_removed_paragraph_is_its_own_paragraph() -> None:
    from revtrack.diff import compare

    old = "First paragraph stays.\n\nThis paragraph goes away entirely.\n\nLast one stays."
    new = "First paragraph stays.\n\nLast one stays."
    comparison = compare(old, new)
    regions = body_regions(comparison, list(enumerate(comparison.changes)))
    paragraphs = [p for r in regions for p in r.paragraphs]
    removed = [p for p in paragraphs if any(s.op == REMOVED for s in p)]
    assert len(removed) == 1
    assert [(s.op, s.text) for s in removed[0]] == [(REMOVED, "This paragraph goes away entirely.")]


# --- the command ----------------------------------------------------------------------------


def _seeded(tmp_path: Path) -> Path:
    store = seed_store(tmp_path / "store")
    add_other_article(store)
    store.close()
    return tmp_path / "store"


def test_the_command_writes_the_site_and_says_where(invoke: Invoke, tmp_path: Path) -> None:
    store = _seeded(tmp_path)
    out = tmp_path / "report"
    result = invoke("report", str(out), "--store", str(store))
    assert result.stdout == (
        f"Wrote the report of 2 articles (1 notice, 1 stealth edit) to {out / 'index.html'}\n"
    )
    assert (out / "index.html").is_file()


def test_site_and_since_narrow_the_report(invoke: Invoke, tmp_path: Path) -> None:
    store = _seeded(tmp_path)
    invoke("report", str(tmp_path / "a"), "--store", str(store), "--site", "nbcnews.com")
    rows = json.loads((tmp_path / "a" / "articles.json").read_text(encoding="utf-8"))
    assert [r["url"] for r in rows] == [SEED_URL]
    invoke("report", str(tmp_path / "b"), "--store", str(store), "--since", "2020-01-01")
    rows = json.loads((tmp_path / "b" / "articles.json").read_text(encoding="utf-8"))
    assert [r["url"] for r in rows] == [OTHER_URL]
    log = _tree(tmp_path / "b" / "corrections.html")
    assert log.xpath("//ol[@id='log']/li") == []  # the 2019 notice is before --since
    assert "since 2020-01-01 00:00 UTC" in _tree(tmp_path / "b" / "index.html").text_content()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "last week"], "'last week' is not a date and time"),
        (["--store", "{tmp}/nowhere"], "nowhere"),
    ],
)
def test_bad_options_are_one_sentence_and_exit_2(
    invoke: Invoke, tmp_path: Path, args: list[str], message: str
) -> None:
    store = _seeded(tmp_path)
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if "--store" not in args:
        args += ["--store", str(store)]
    result = invoke("report", str(tmp_path / "out"), *args, code=2)
    assert result.stderr.startswith("Error: ") and message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_an_output_path_that_is_a_file_is_refused(invoke: Invoke, tmp_path: Path) -> None:
    store = _seeded(tmp_path)
    target = tmp_path / "report.html"
    target.write_text("keep me", encoding="utf-8")
    result = invoke("report", str(target), "--store", str(store), code=2)
    assert "is a file, not a folder" in result.stderr
    assert target.read_text(encoding="utf-8") == "keep me"


def test_an_output_folder_that_cannot_be_written_is_one_sentence(
    invoke: Invoke, tmp_path: Path
) -> None:
    store = _seeded(tmp_path)
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder would go", encoding="utf-8")
    result = invoke("report", str(blocker / "out"), "--store", str(store), code=2)
    assert re.match(r"Error: Cannot write the report to .*; choose a folder", result.stderr)


def test_a_moved_and_edited_paragraph_shows_the_edit_and_where_it_came_from() -> None:
    from revtrack.diff import compare
    from revtrack.site.inline import MOVED, NOTE

    old = (
        "The council voted on Monday to close the library.\n\n"
        "The mayor, Jane Doe, said the building was unsafe.\n\n"
        "Residents protested outside the hall for three hours."
    )
    new = (
        "The council voted on Monday to close the library.\n\n"
        "Residents protested outside the hall for three hours.\n\n"
        "The mayor, Jane Dow, said the building was unsafe."
    )
    comparison = compare(old, new)
    assert [c.kind for c in comparison.changes] == ["paragraph_moved"]
    (region,) = body_regions(comparison, list(enumerate(comparison.changes)))
    marked = [(s.op, s.text) for p in region.paragraphs for s in p if s.op != "same"]
    assert marked == [
        (MOVED, "The mayor, Jane "),
        (REMOVED, "Doe"),
        (ADDED, "Dow"),
        (MOVED, ", said the building was unsafe."),
        (NOTE, " (moved from paragraph 2)"),
    ]


def test_fields_a_newer_notice_carries_are_shown_too(tmp_path: Path) -> None:
    """The notice card lists whatever fields the notice has, named from the field name."""
    import dataclasses

    from revtrack.notices import Notice
    from revtrack.site.content import gather
    from revtrack.site.render import write_site

    @dataclasses.dataclass(frozen=True)
    class LaterNotice(Notice):
        confidence: float = 0.75
        also_wrong: tuple[str, ...] = ("Grahame", "Graeme")
        checked: bool = True

    store = seed_store(tmp_path / "store")
    content = gather(store)
    store.close()
    (view,) = content.notices
    later = LaterNotice(**dataclasses.asdict(view.entry.notice))
    view.entry = dataclasses.replace(view.entry, notice=later)
    write_site(content, tmp_path / "out")
    card = _tree(_seed_page(tmp_path / "out")).xpath("//aside[contains(@class, 'notice')]")[0]
    fields = dict(zip(card.xpath(".//dt/text()"), card.xpath(".//dd/text()"), strict=True))
    assert fields["confidence"] == "0.75"
    assert fields["also wrong"] == "Grahame, Graeme"
    assert fields["checked"] == "yes"
    assert fields["wrong"] == "Graham"


def test_an_empty_store_gives_a_site_that_says_so(tmp_path: Path) -> None:
    from revtrack.store import GitStore

    store = GitStore.init(tmp_path / "store")
    built = build_site(store, tmp_path / "out")
    store.close()
    assert (built.articles, built.notices, built.stealth_edits) == (0, 0, 0)
    assert "No articles are tracked" in _tree(built.index).text_content()
    assert "No correction notices found" in _tree(built.out / "corrections.html").text_content()
    assert _feed(built.out / "feed.xml").entries == []


# --- rebuilding into the same folder, and the feed's address ---------------------------------


def test_a_rebuild_removes_pages_it_no_longer_writes_and_keeps_other_files(
    invoke: Invoke, tmp_path: Path
) -> None:
    """Narrowing a rebuilt report drops the pages of the articles left out, and only those."""
    store = _seeded(tmp_path)
    out = tmp_path / "report"
    invoke("report", str(out), "--store", str(store))
    assert len(list((out / "articles").glob("*.html"))) == 2
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    invoke("report", str(out), "--store", str(store), "--site", "nbcnews.com")
    pages = list((out / "articles").glob("*.html"))
    assert len(pages) == 1 and "nbcnews" in pages[0].name
    index = _tree(out / "index.html")
    for ref in index.xpath("//a/@href"):
        if ref.startswith("articles/"):
            assert (out / ref.split("#")[0]).is_file(), ref
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_a_tampered_list_of_built_files_removes_nothing_outside_the_folder(
    invoke: Invoke, tmp_path: Path
) -> None:
    store = _seeded(tmp_path)
    out = tmp_path / "report"
    outside = tmp_path / "keep.html"
    outside.write_text("keep", encoding="utf-8")
    out.mkdir()
    (out / ".revtrack-site").write_text("../keep.html\n/etc/passwd\n", encoding="utf-8")
    invoke("report", str(out), "--store", str(store))
    assert outside.read_text(encoding="utf-8") == "keep"


def test_base_url_makes_the_feed_links_absolute(invoke: Invoke, tmp_path: Path) -> None:
    store = _seeded(tmp_path)
    out = tmp_path / "report"
    invoke("report", str(out), "--store", str(store), "--base-url", "https://example.org/c")
    feed = _feed(out / "feed.xml")
    assert feed.entries
    for entry in feed.entries:
        assert entry.link.startswith("https://example.org/c/articles/")
        assert (out / entry.link.removeprefix("https://example.org/c/").split("#")[0]).is_file()
    assert 'href="https://example.org/c/feed.xml"' in (out / "feed.xml").read_text("utf-8")


@pytest.mark.parametrize("bad", ["example.org/c", "ftp://example.org/", "https://x.org/?a=1"])
def test_a_base_url_that_is_not_a_folder_address_is_one_sentence(
    invoke: Invoke, tmp_path: Path, bad: str
) -> None:
    store = _seeded(tmp_path)
    result = invoke("report", str(tmp_path / "o"), "--store", str(store), "--base-url", bad, code=2)
    assert result.stderr.startswith("Error: ") and "--base-url" in result.stderr
    assert result.stderr.count("\n") == 1
