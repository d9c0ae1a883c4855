"""Write docs/report-article.png: the seed article's page in the report, as Chromium shows it.

Run with ``make screenshot`` (``python -m tests.screenshot``) after a change to the site's
look; the README shows the picture.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "docs" / "report-article.png"


def main() -> int:
    from revtrack.site import build_site
    from tests._browser import BrowserError, Chromium, find_chromium
    from tests._site_stores import seed_store

    binary = find_chromium()
    if binary is None:
        print("No Chromium found; install Debian's chromium package.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as work:
        store = seed_store(Path(work) / "store")
        built = build_site(store, Path(work) / "out")
        store.close()
        (page_path,) = (built.out / "articles").glob("*.html")
        browser = Chromium(binary)
        try:
            browser.start()
            page = browser.open(page_path.as_uri(), width=960, height=900)
            page.screenshot(TARGET)
        except BrowserError as exc:
            print(f"Chromium failed: {exc}", file=sys.stderr)
            return 1
        finally:
            browser.close()
    print(f"Wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
