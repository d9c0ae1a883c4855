"""Untrusted article text cannot drive the terminal or inject HTML."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from revtrack.report import clean_for_terminal, escape_html, spreadsheet_safe


def test_escape_sequences_and_controls_are_removed() -> None:
    """Colour codes, title-setting OSC, bells and carriage returns are stripped; newlines stay."""
    hostile = "Safe\x1b[31m red\x1b[0m\x1b]0;owned\x07 text\r\nnext\tline\x07\x9b2J"
    assert clean_for_terminal(hostile) == "Safe red text\nnext\tline"


def test_html_is_escaped() -> None:
    """Markup in article text shows as text in an HTML report."""
    assert (
        escape_html('<script>alert("x")</script>')
        == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
    )


@given(st.text())
def test_cleaned_text_has_no_escape_or_control_characters(text: str) -> None:
    """Whatever a page holds, what reaches the terminal has no ESC, C0 or C1 control."""
    cleaned = clean_for_terminal(text)
    assert not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in cleaned)


def test_spreadsheet_formulas_are_defused_and_numbers_kept() -> None:
    """A notice that opens with '=' or '@' must not run in the editor's spreadsheet."""
    assert spreadsheet_safe('=HYPERLINK("http://evil.example","x")') == (
        '\'=HYPERLINK("http://evil.example","x")'
    )
    assert spreadsheet_safe("+1 555 0100") == "'+1 555 0100"
    assert spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)"
    assert spreadsheet_safe("-cmd|' /C calc'!A0") == "'-cmd|' /C calc'!A0"
    assert spreadsheet_safe("-5%") == "'-5%"  # text, not a number: guarded as OWASP says
    assert spreadsheet_safe("Graham") == "Graham"
    assert spreadsheet_safe(3) == 3
    assert spreadsheet_safe(None) is None
