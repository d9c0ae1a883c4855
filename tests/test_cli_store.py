"""The foundation commands end to end: init, snapshot, articles, log, show."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.conftest import SEED_URL, Invoke

PAGE = """<!doctype html><html><head><title>Council votes on budget | Example News</title>
<meta name="author" content="Dana Reporter">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
<link rel="canonical" href="https://news.example.com/local/council-budget-vote">
</head><body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article><h1>Council votes on budget</h1>
<p>The city council voted 7 to 2 on Tuesday night to approve a budget of {amount} for the
coming year, after a debate that ran past midnight and drew dozens of residents.</p>
<p>Council member Ana Ruiz said the plan protects libraries and parks while holding
property taxes flat, a promise several members had made during the campaign last fall.</p>
<p>Opponents said the spending plan relies on optimistic revenue forecasts and leaves the
city exposed if sales tax receipts fall short, as they did two years ago.</p>
</article><footer>Copyright Example News</footer></body></html>"""


def _page(tmp_path: Path, name: str, amount: str) -> Path:
    path = tmp_path / name
    path.write_text(PAGE.replace("{amount}", amount), encoding="utf-8")
    return path


def test_seed_versions_tracked_and_logged_newest_first(
    invoke: Invoke, tmp_path: Path, seed_v1: Path, seed_v2: Path
) -> None:
    """The README's main job: two seed versions in, a two-entry log out, newest first."""
    store = str(tmp_path / "store")
    invoke("init", store)
    invoke(
        "snapshot", str(seed_v1), "--url", SEED_URL, "--at", "2019-12-31T12:00Z", "--store", store
    )
    invoke(
        "snapshot", str(seed_v2), "--url", SEED_URL, "--at", "2019-12-31T15:45Z", "--store", store
    )
    out = invoke("log", SEED_URL, "--store", store).stdout
    lines = [line for line in out.splitlines() if line.strip().startswith("@")]
    assert [line.split()[:3] for line in lines] == [
        ["@2", "2019-12-31", "15:45"],
        ["@1", "2019-12-31", "12:00"],
    ]
    first = invoke("show", f"{SEED_URL}@1", "--store", store).stdout
    latest = invoke("show", f"{SEED_URL}@-1", "--store", store).stdout
    assert "Stephanie Graham" in first and "CORRECTION" not in first
    assert "Stephanie Grisham" in latest and "CORRECTION (Dec. 31, 2019" in latest


def test_html_snapshots_keep_title_byline_and_date(invoke: Invoke, tmp_path: Path) -> None:
    """A saved page is stored as its article text with its metadata, not its menus."""
    store = str(tmp_path / "store")
    invoke("init", store)
    invoke(
        "snapshot",
        str(_page(tmp_path, "v1.html", "$4.2 million")),
        "--store",
        store,
        "--at",
        "2024-03-05T09:00Z",
    )
    shown = json.loads(
        invoke(
            "show", "https://news.example.com/local/council-budget-vote", "--json", "--store", store
        ).stdout
    )
    assert shown["title"] == "Council votes on budget"
    assert shown["byline"] == "Dana Reporter"
    assert shown["published"].startswith("2024-03-05")
    assert "$4.2 million" in shown["text"]
    assert "Home" not in shown["text"] and "Copyright" not in shown["text"]
    assert len(shown["text"].split("\n\n")) == 3


def test_unchanged_snapshot_says_so_and_adds_no_version(invoke: Invoke, tmp_path: Path) -> None:
    """Running the same snapshot twice stores one version."""
    store = str(tmp_path / "store")
    invoke("init", store)
    page = str(_page(tmp_path, "v1.html", "$4.2 million"))
    invoke("snapshot", page, "--store", store)
    assert "unchanged" in invoke("snapshot", page, "--store", store).stdout
    listed = json.loads(invoke("articles", "--json", "--store", store).stdout)
    assert [a["versions"] for a in listed] == [1]


def test_several_files_at_once_and_stdin(invoke: Invoke, tmp_path: Path) -> None:
    """snapshot takes several files and '-' for standard input in one call."""
    store = str(tmp_path / "store")
    invoke("init", store)
    a = tmp_path / "a.txt"
    a.write_text("First text.\n")
    invoke(
        "snapshot",
        str(a),
        "-",
        "--url",
        "https://example.com/s",
        "--store",
        store,
        input="Second text.\n",
    )
    entries = json.loads(invoke("log", "https://example.com/s", "--json", "--store", store).stdout)
    assert [e["version"] for e in entries] == [2, 1]  # same second: input order decides
    assert (
        invoke("show", "https://example.com/s", "--store", store)
        .stdout.rstrip()
        .endswith("Second text.")
    )


def test_store_from_config_file(invoke: Invoke, tmp_path: Path) -> None:
    """Without --store, the store named in ./config.yaml is used, relative to the file."""
    Path("config.yaml").write_text("store: ./my-store\n")
    invoke("init")
    assert (Path("my-store") / "HEAD").is_file()
    page = tmp_path / "t.txt"
    page.write_text("Some text.")
    invoke("snapshot", str(page), "--url", "https://example.com/x")
    assert "1 version" in invoke("articles").stdout


def test_plain_git_reads_the_store_made_by_the_cli(
    invoke: Invoke, tmp_path: Path, seed_v1: Path, seed_v2: Path
) -> None:
    """git log -p --word-diff on the store shows the name change readably."""
    store = tmp_path / "store"
    invoke("init", str(store))
    invoke(
        "snapshot",
        str(seed_v1),
        "--url",
        SEED_URL,
        "--at",
        "2019-12-31T12:00Z",
        "--store",
        str(store),
    )
    invoke(
        "snapshot",
        str(seed_v2),
        "--url",
        SEED_URL,
        "--at",
        "2019-12-31T15:45Z",
        "--store",
        str(store),
    )
    patch = subprocess.run(
        ["git", "-C", str(store), "log", "-p", "--word-diff", "-1"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "[-Graham,-]{+Grisham,+}" in patch
    assert subprocess.run(["git", "-C", str(store), "fsck"], capture_output=True).returncode == 0
