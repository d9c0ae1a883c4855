"""What `revtrack snapshot URL` says it did, against a real server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests._http_server import LocalServer, http_server
from tests.conftest import Invoke

__all__ = ["http_server"]

PAGE = (
    "<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>"
    "<p>The harbour board approved the new quay after a long meeting on Tuesday night.</p>"
    "<p>Work is expected to start in the spring and to last about {n} years.</p>"
    "</article></body></html>"
)


def _config(tmp_path: Path, *, allow_private: bool = True) -> str:
    store = tmp_path / "store"
    path = tmp_path / "config.yaml"
    fetch = {"timeout": 2, "min_delay_seconds": 0, "allow_private": allow_private}
    path.write_text(yaml.safe_dump({"store": str(store), "fetch": fetch}))
    return str(path)


def test_snapshot_url_says_what_it_stored_and_that_the_url_is_watched(
    invoke: Invoke, http_server: LocalServer, tmp_path: Path
) -> None:
    """First a new version, then 'unchanged'; each time the URL is said to be watched;
    --json gives the same as a row."""
    config = _config(tmp_path)
    invoke("init", str(tmp_path / "store"))
    http_server.page("/harbour", PAGE.replace("{n}", "two"))
    url = http_server.url("/harbour")
    first = invoke("snapshot", url, "--config", config).stdout
    assert first == f"{url}: stored a new version; watched from now on by 'revtrack snapshot'.\n"
    again = invoke("snapshot", url, "--config", config).stdout
    assert again == f"{url}: unchanged; watched from now on by 'revtrack snapshot'.\n"
    rows = invoke("snapshot", url, "--json", "--config", config).stdout
    assert '"outcome": "unchanged"' in rows


def test_a_refused_private_address_is_named_once(
    invoke: Invoke, http_server: LocalServer, tmp_path: Path
) -> None:
    """Loopback is refused by default: one line, the URL in it once, exit 1."""
    config = _config(tmp_path, allow_private=False)
    invoke("init", str(tmp_path / "store"))
    url = http_server.url("/harbour")
    result = invoke("snapshot", url, "--config", config, code=1)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    assert lines[0].count(url) == 1
