"""Block roles survive a round trip through the stored text, whatever the text says."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from revtrack.blocks import ROLES, parse_blocks, parse_line, render_block


def test_each_role_reads_back_as_written():
    lines = [
        ("heading", "Where the money went", 0),
        ("paragraph", "The council met on Tuesday.", 0),
        ("list_item", "Two new bus routes", 0),
        ("list_item", "one of them at night", 1),
        ("quote", "We will not back down.", 0),
        ("table_row", "| Ward 3 | 1,204 votes |", 0),
        ("caption", "The new depot in March.", 0),
        ("history", "4 June 2024: Corrected the budget figure.", 0),
    ]
    text = "\n\n".join(render_block(role, body, depth) for role, body, depth in lines)
    blocks = parse_blocks(text)
    assert [(b.role, b.text, b.depth) for b in blocks] == lines
    for block in blocks:
        assert text[block.start : block.end].endswith(block.text)


def test_a_paragraph_that_looks_like_a_marker_stays_a_paragraph():
    for body in (
        "- 5 degrees overnight",
        "#MeToo began in 2017.",
        "> not a quote",
        "\\ a slash",
        "[caption] is a word here",
        "| a | b |",
        "## two hashes",
    ):
        line = render_block("paragraph", body)
        block = parse_line(line)
        assert (block.role, block.text) == ("paragraph", body)


def test_unknown_role_is_refused():
    with pytest.raises(ValueError, match="sidebar"):
        render_block("sidebar", "x")


@given(
    role=st.sampled_from([r for r in ROLES if r != "table_row"]),
    body=st.text(
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), min_size=1
    ).filter(lambda s: s.strip() and s == s.lstrip()),
)
def test_round_trip_for_any_text(role, body):
    block = parse_line(render_block(role, body))
    assert (block.role, block.text) == (role, body)
