"""The URL -> store path function: safe, bounded, stable, and collision-free."""

from __future__ import annotations

import posixpath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from revtrack.store.paths import MAX_PATH, article_path, normalise_url

HOSTILE = [
    "https://example.com/../../etc/passwd",
    "https://example.com/%2e%2e/%2e%2e/secret",
    "https://../../x",
    "/etc/passwd",
    "file:///etc/passwd",
    "https://example.com/" + "a" * 10_000,
    "https://exämple.com/nachrichten/über-straße?x=ü",
    "https://example.com/story?id=5&page=2",
    "https://example.com:8443/story",
    "https://example.com/a\x00b\nc",
    "",
    "..",
    "https://[::1]/x",
]


def _assert_safe(path: str) -> None:
    assert not path.startswith("/")
    parts = path.split("/")
    assert ".." not in parts and "." not in parts and "" not in parts
    assert posixpath.normpath(path) == path
    assert len(path) <= MAX_PATH
    assert all(c.isascii() and c.isprintable() for c in path)


@pytest.mark.parametrize("url", HOSTILE)
def test_hostile_urls_give_safe_relative_paths(url: str) -> None:
    """No URL can climb out of the store, name an absolute path, or grow unbounded."""
    _assert_safe(article_path(url))


def test_path_is_host_then_readable_slug() -> None:
    """A reader can tell site and story from the path alone."""
    path = article_path("https://www.example.com/news/world/embassy-stormed-n1109201")
    host, shard, name = path.split("/")
    assert host == "www.example.com"
    assert len(shard) == 2
    assert f"--{shard}" in name
    assert name.startswith("news-world-embassy-stormed-n1109201--")
    assert name.endswith(".txt")


def test_urls_with_the_same_slug_get_different_paths() -> None:
    """Two stories whose slugs agree are still two files."""
    a = article_path("https://example.com/story?id=1")
    b = article_path("https://example.com/story?id=2")
    c = article_path("https://example.com/story_id_1")
    assert len({a, b, c}) == 3


def test_long_slug_keeps_its_tail_on_a_word_boundary() -> None:
    """The story id at the end of a long URL survives the length bound."""
    url = "https://example.com/" + "-".join(["word"] * 60) + "-n1109201"
    name = article_path(url).split("/")[2]
    assert "n1109201--" in name
    assert name.startswith("word-")


def test_normalised_url_ignores_case_of_scheme_and_host_and_fragment() -> None:
    """The same story typed differently is one article."""
    assert normalise_url("HTTPS://Example.COM/Story#top") == "https://example.com/Story"


@given(st.text())
def test_path_function_is_total_safe_and_stable(url: str) -> None:
    """Any string at all gives a safe path, and the same one every time."""
    path = article_path(url)
    _assert_safe(path)
    assert article_path(url) == path
