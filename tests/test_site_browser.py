"""The report site in a real browser (headless Chromium): what a reader sees and can do.

Skipped, with the reason, when Chromium is not installed; CI installs it (``.ci/run``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from revtrack.site import build_site
from tests._browser import Chromium, Page, chromium
from tests._site_stores import add_hostile_article, add_other_article, seed_store


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    with chromium() as started:
        yield started


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article, a second article with a stealth edit, and a hostile one."""
    root = tmp_path_factory.mktemp("site")
    store = seed_store(root / "store")
    add_other_article(store)
    add_hostile_article(store)
    build_site(store, root / "out")
    store.close()
    return root / "out"


def _open(browser: Chromium, path: Path, **size: int) -> Page:
    return browser.open(path.as_uri(), **size)


def _visible_rows(page: Page) -> list[str]:
    return page.evaluate(
        "Array.from(document.querySelectorAll('#articles tbody tr'))"
        ".filter(r => !r.hidden && r.offsetParent !== null).map(r => r.dataset.site)"
    )


def test_the_index_lists_the_seed_article(browser: Chromium, site: Path) -> None:
    page = _open(browser, site / "index.html")
    assert "nbcnews.com" in _visible_rows(page)
    assert page.evaluate("document.getElementById('article-controls').hidden") is False
    assert page.evaluate("document.getElementById('article-count').textContent") == ("3 of 3 shown")
    assert page.console_errors == []


def test_the_filter_narrows_the_list(browser: Chromium, site: Path) -> None:
    page = _open(browser, site / "index.html")
    page.type_text("#article-filter", "nbcnews")
    assert page.wait_for("document.getElementById('article-count').textContent === '1 of 3 shown'")
    assert _visible_rows(page) == ["nbcnews.com"]
    page.evaluate("document.getElementById('article-filter').value = ''")
    page.type_text("#article-filter", "no such article anywhere")
    page.wait_for("document.getElementById('article-count').textContent === '0 of 3 shown'")
    assert _visible_rows(page) == []
    assert page.evaluate("document.getElementById('articles-empty').hidden") is False
    page.evaluate(
        "const f = document.getElementById('article-filter'); f.value = '';"
        "f.dispatchEvent(new Event('input'))"
    )
    page.click("#only-stealth")
    page.wait_for("document.getElementById('article-count').textContent === '2 of 3 shown'")
    assert sorted(_visible_rows(page)) == ["example.org", "hostile.example"]
    assert page.console_errors == []


def test_a_column_header_sorts_the_list(browser: Chromium, site: Path) -> None:
    page = _open(browser, site / "index.html")
    page.click("th[data-key=title] button")
    first = page.evaluate("document.querySelector('#articles tbody tr').dataset.title")
    page.click("th[data-key=title] button")
    last = page.evaluate("document.querySelector('#articles tbody tr').dataset.title")
    titles = page.evaluate(
        "Array.from(document.querySelectorAll('#articles tbody tr')).map(r => r.dataset.title)"
    )
    assert titles == sorted(titles, reverse=False) or titles == sorted(titles, reverse=True)
    assert first != last
    assert page.console_errors == []


def test_the_seed_page_highlights_graham_to_grisham_and_shows_the_notice(
    browser: Chromium, site: Path
) -> None:
    page = _open(browser, site / "index.html")
    page.click("#articles tr[data-site='nbcnews.com'] a")
    page.wait_for("location.pathname.includes('/articles/') && document.readyState === 'complete'")
    marks = page.evaluate(
        "(() => { const p = Array.from(document.querySelectorAll('#v2 p.inline'))"
        ".find(p => p.textContent.includes('press secretary'));"
        " const d = p.querySelector('del'), i = p.querySelector('ins');"
        " const ds = getComputedStyle(d), is = getComputedStyle(i);"
        " return {del: d.textContent, ins: i.textContent,"
        " delLine: ds.textDecorationLine, delBg: ds.backgroundColor,"
        " insBg: is.backgroundColor, insVisible: i.getBoundingClientRect().width > 0}; })()"
    )
    assert (marks["del"], marks["ins"]) == ("Graham", "Grisham")
    assert "line-through" in marks["delLine"]
    # Highlighted: a background colour of their own, not the page's.
    for colour in (marks["delBg"], marks["insBg"]):
        assert colour not in ("rgba(0, 0, 0, 0)", "transparent", "rgb(255, 255, 255)")
    assert marks["delBg"] != marks["insBg"] and marks["insVisible"]
    fields = page.evaluate(
        "Object.fromEntries(Array.from(document.querySelectorAll('#v2 aside.notice dl div'))"
        ".map(d => [d.querySelector('dt').textContent, d.querySelector('dd').textContent]))"
    )
    assert fields["wrong"] == "Graham" and fields["right"] == "Grisham"
    assert fields["error verb"] == "misidentified" and fields["kind"] == "correction"
    assert page.console_errors == []


def test_the_correction_log_filters_like_the_command(browser: Chromium, site: Path) -> None:
    page = _open(browser, site / "corrections.html")
    count = "document.getElementById('log-count').textContent"
    assert page.evaluate(count) == "2 of 2 notices shown"
    page.type_text("#log-site", "nbcnews.com")
    page.wait_for(f"{count} === '1 of 2 notices shown'")
    page.evaluate(
        "const s = document.getElementById('log-site'); s.value = '';"
        "s.dispatchEvent(new Event('input'));"
        "const d = document.getElementById('log-since'); d.value = '2021-01-01';"
        "d.dispatchEvent(new Event('change'))"
    )
    page.wait_for(f"{count} === '1 of 2 notices shown'")
    shown = page.evaluate(
        "Array.from(document.querySelectorAll('#log li')).filter(l => !l.hidden)"
        ".map(l => l.dataset.site)"
    )
    assert len(shown) == 1 and "hostile.example" in shown[0]
    page.evaluate(
        "const k = document.getElementById('log-status'); k.value = 'unmatched';"
        "k.dispatchEvent(new Event('change'))"
    )
    page.wait_for(f"{count} === '0 of 2 notices shown'")
    assert page.evaluate("document.getElementById('log-empty').hidden") is False
    assert page.console_errors == []


def test_hostile_pages_run_no_script_in_the_browser(browser: Chromium, site: Path) -> None:
    """Every page of a site holding the payload: nothing ran, nothing was injected."""
    pages = [site / "index.html", site / "corrections.html", *(site / "articles").glob("*.html")]
    for path in pages:
        page = _open(browser, path)
        for target in ("a", "button", "input", "del", "ins", "bdi", "h1"):
            page.evaluate(
                f"document.querySelectorAll('{target}').forEach(e => {{"
                " e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));"
                " e.dispatchEvent(new FocusEvent('focus')); }); 1"
            )
        state = page.evaluate(
            "({pwned: typeof window.__pwned,"
            " scripts: Array.from(document.scripts).map(s => s.getAttribute('src')),"
            " handlers: Array.from(document.querySelectorAll('*')).flatMap(e =>"
            "   Array.from(e.attributes).filter(a => a.name.startsWith('on')).map(a => a.name)),"
            " jsLinks: Array.from(document.querySelectorAll('[href]'))"
            "   .filter(e => /^\\s*javascript:/i.test(e.getAttribute('href'))).length,"
            " images: document.images.length})"
        )
        assert state == {
            "pwned": "undefined",
            "scripts": [state["scripts"][0]],
            "handlers": [],
            "jsLinks": 0,
            "images": 0,
        }, path.name
        assert state["scripts"][0].endswith("site.js")
        assert page.console_errors == [], path.name


def test_pages_read_without_javascript(browser: Chromium, site: Path) -> None:
    page = browser.open("about:blank")
    page.send("Emulation.setScriptExecutionDisabled", value=True)
    page.navigate((site / "index.html").as_uri())
    assert page.evaluate("document.querySelectorAll('#articles tbody tr').length") == 3
    # Script is off for the page, but DevTools can still read it; the controls stay hidden.
    assert (
        page.evaluate("getComputedStyle(document.getElementById('article-controls')).display")
        == "none"
    )
    (seed,) = [p for p in (site / "articles").glob("*.html") if "nbcnews" in p.name]
    page.navigate(seed.as_uri())
    assert page.evaluate("document.querySelector('#v2 del').textContent") == "Graham"


def test_pages_fit_a_phone_screen(browser: Chromium, site: Path) -> None:
    (seed,) = [p for p in (site / "articles").glob("*.html") if "nbcnews" in p.name]
    for path in (site / "index.html", seed, site / "corrections.html"):
        page = browser.open("about:blank")
        page.set_viewport(375, 740, mobile=True)
        page.navigate(path.as_uri())
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, f"{path.name} is {width}px wide on a 375px screen"
        assert page.console_errors == []


def test_pages_print_without_the_controls_and_keep_the_marks(browser: Chromium, site: Path) -> None:
    page = _open(browser, site / "index.html")
    page.emulate_media("print")
    assert (
        page.evaluate("getComputedStyle(document.querySelector('header.site')).display") == "none"
    )
    assert (
        page.evaluate("getComputedStyle(document.getElementById('article-controls')).display")
        == "none"
    )
    (seed,) = [p for p in (site / "articles").glob("*.html") if "nbcnews" in p.name]
    page.navigate(seed.as_uri())
    page.emulate_media("print")
    assert "line-through" in page.evaluate(
        "getComputedStyle(document.querySelector('#v2 del')).textDecorationLine"
    )
    pdf = page.send("Page.printToPDF")["data"]
    assert len(pdf) > 1000


def test_an_empty_site_runs_without_errors(browser: Chromium, tmp_path: Path) -> None:
    from revtrack.store import GitStore

    store = GitStore.init(tmp_path / "store")
    built = build_site(store, tmp_path / "out")
    store.close()
    for name in ("index.html", "corrections.html"):
        page = _open(browser, built.out / name)
        assert page.evaluate("document.querySelector('main').innerText").strip()
        assert page.console_errors == [], name
