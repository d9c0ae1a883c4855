"""The headless-browser helper itself: it loads a page, runs script, clicks, and reports
console errors, so the site tests that rely on it can fail for the right reasons."""

from __future__ import annotations

from pathlib import Path

from tests._browser import chromium

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Helper check</title></head>
<body>
<button id="b" onclick="document.body.dataset.clicked = 'yes'">Press</button>
<p id="p">Grisham</p>
<script>console.log("fine"); if (location.hash === "#fail") { console.error("broken " + 42); }</script>
</body></html>
"""


def _page(tmp_path: Path) -> Path:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_opens_a_file_page_and_reads_it(tmp_path):
    with chromium() as browser:
        page = browser.open(_page(tmp_path).as_uri())
        assert page.evaluate("document.title") == "Helper check"
        assert page.evaluate("document.getElementById('p').textContent") == "Grisham"
        assert page.console_errors == []


def test_clicks_with_a_real_mouse_event(tmp_path):
    with chromium() as browser:
        page = browser.open(_page(tmp_path).as_uri())
        page.click("#b")
        assert page.wait_for("document.body.dataset.clicked") == "yes"


def test_console_errors_and_exceptions_are_reported(tmp_path):
    with chromium() as browser:
        page = browser.open(_page(tmp_path).as_uri() + "#fail")
        page.evaluate("setTimeout(() => { throw new Error('boom') }, 0); 1")
        page.wait_for("new Promise(r => setTimeout(() => r(true), 50))")
        errors = page.console_errors
        assert any("broken 42" in e for e in errors)
        assert any("boom" in e for e in errors)


def test_screenshot_is_a_png(tmp_path):
    with chromium() as browser:
        page = browser.open(_page(tmp_path).as_uri())
        shot = page.screenshot(tmp_path / "shot.png")
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
