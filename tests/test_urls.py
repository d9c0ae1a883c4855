"""Article identity from URLs, and which URLs may be fetched."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from revtrack.urls import canonical_url, is_allowed_url


def test_tracking_parameters_are_dropped_and_meaningful_ones_kept() -> None:
    """A newsletter link and a plain link to one story are one article."""
    url = "https://news.example.com/story?utm_source=mail&id=42&fbclid=abc&gclid=x&mc_cid=9"
    assert canonical_url(url) == "https://news.example.com/story?id=42"


def test_host_case_default_port_and_fragment_do_not_split_a_story() -> None:
    """Letter case of the host, :443 and #comments name the same article."""
    assert canonical_url("HTTPS://News.Example.COM:443/a/b#comments") == (
        "https://news.example.com/a/b"
    )
    assert canonical_url("http://example.com:80") == "http://example.com/"


def test_a_non_default_port_and_path_case_are_kept() -> None:
    """A different port or path spelling may be a different page, so it stays."""
    assert canonical_url("http://example.com:8080/Story") == "http://example.com:8080/Story"


def test_query_order_does_not_matter() -> None:
    """?a=1&b=2 and ?b=2&a=1 are one article."""
    assert canonical_url("https://e.com/p?b=2&a=1") == canonical_url("https://e.com/p?a=1&b=2")
    assert canonical_url("https://e.com/p?b=2&a=1") == "https://e.com/p?a=1&b=2"


def test_credentials_never_become_part_of_the_identity() -> None:
    """user:pass@ in a feed link is not stored in the article's name."""
    assert canonical_url("https://user:secret@example.com/x") == "https://example.com/x"


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["id", "page", "utm_medium", "fbclid", "q"]), st.text("ab1", max_size=3)
        ),
        max_size=5,
    )
)
def test_canonical_url_is_idempotent(params: list[tuple[str, str]]) -> None:
    """Canonicalising twice changes nothing more."""
    query = "&".join(f"{k}={v}" for k, v in params)
    once = canonical_url(f"https://Example.com/path?{query}#frag")
    assert canonical_url(once) == once
    assert "utm_" not in once and "fbclid" not in once


def test_only_http_and_https_are_allowed() -> None:
    """file:, ftp: and javascript: links from a feed are never fetched."""
    assert not is_allowed_url("file:///etc/passwd")
    assert not is_allowed_url("ftp://example.com/x")
    assert not is_allowed_url("javascript:alert(1)")


def test_loopback_private_and_link_local_are_refused_unless_allowed() -> None:
    """A hostile feed cannot point revtrack at the local machine or network."""
    for url in (
        "http://127.0.0.1/x",
        "http://localhost/x",
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
    ):
        assert not is_allowed_url(url), url
    assert is_allowed_url("http://127.0.0.1/x", allow_private=True)


def test_a_public_address_is_allowed() -> None:
    """An ordinary public address literal may be fetched."""
    assert is_allowed_url("https://93.184.216.34/story")
