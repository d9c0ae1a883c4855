"""File names in the report site: built from sanitised names only, whatever the input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from revtrack.site.names import page_name, safe_join

SAFE_NAME = re.compile(r"[a-z0-9][a-z0-9.-]*\.html")


@given(st.text(max_size=400))
def test_any_article_name_gives_one_safe_file_name(article: str) -> None:
    name = page_name(article)
    assert SAFE_NAME.fullmatch(name), name
    assert ".." not in name and "/" not in name and len(name) <= 110
    root = Path("/site/articles")
    assert safe_join(root, name).parent == root


@given(st.text(max_size=60), st.text(max_size=60))
def test_two_names_that_sanitise_alike_get_two_files(a: str, b: str) -> None:
    if a != b:
        assert page_name(a) != page_name(b)


def test_a_store_path_keeps_its_readable_words() -> None:
    name = page_name("www.nbcnews.com/3c/u-s-embassy-stormed-n1109201--3c7f1198eb.txt")
    assert name.startswith("www.nbcnews.com-3c-u-s-embassy-stormed-n1109201-3c7f1198eb-")


@pytest.mark.parametrize(
    "relative",
    ["../x.html", "/etc/passwd", "a/../../b", "articles/..", "a\\b", "", ".hidden", "A/B"],
)
def test_safe_join_refuses_paths_that_could_leave_the_folder(relative: str) -> None:
    with pytest.raises(ValueError, match="not a safe relative path"):
        safe_join(Path("/site"), relative)


def test_safe_join_accepts_the_site_s_own_paths() -> None:
    assert safe_join(Path("/site"), "articles/a-b.html") == Path("/site/articles/a-b.html")
