"""The quick check never turns away a text in which the notice parser finds a notice.

``may_hold_notice`` lets the differ skip the parser for ordinary reporting. A "no" for a
text that holds a notice would silently drop a notice from a diff, so every notice the
parser's own tests use, and notice-shaped text of every kind, must get a "yes".
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from revtrack.notices import find_notices, may_hold_notice
from tests.test_notices_styles import CASES, LOOKALIKES, _article

TESTS = Path(__file__).parent


def _literal_strings(path: Path) -> list[str]:
    """Every string constant in a test module: its notices, look-alikes and fragments."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def _test_texts() -> list[str]:
    texts = [_article(case) for case in CASES] + [case.text for case in CASES]
    for lookalike in LOOKALIKES:
        parts = [p for p in (lookalike.before, lookalike.text, lookalike.after) if p]
        texts.append("\n\n".join(parts))
    for path in [*sorted(TESTS.glob("test_notices*.py")), TESTS / "test_corrections.py"]:
        texts.extend(_literal_strings(path))
    return texts


def test_every_notice_in_the_notice_tests_passes_the_check() -> None:
    """Each style case (in its article and alone) and every literal the notice tests hold."""
    notices = [text for text in _test_texts() if find_notices(text)]
    assert len(notices) >= 2 * len(CASES)  # the case lists were imported and read
    assert [text[:80] for text in notices if not may_hold_notice(text)] == []


def test_each_style_case_passes_the_check_in_its_own_language() -> None:
    """Labels and wordings in all six languages: Correção, Rettifica, versão, aggiornato."""
    languages = {case.language for case in CASES}
    assert languages >= {"en", "de", "fr", "es", "it", "pt"}
    assert [case.text[:60] for case in CASES if not may_hold_notice(_article(case))] == []


@pytest.mark.parametrize(
    "text",
    [
        "Correção: O nome do ministro foi grafado de forma errada; ele se chama João Lima.",
        "Numa versão anterior desta reportagem, o nome do ministro estava mal escrito.",
        "Rettifica: il nome del sindaco è Marco Bianchi, non Marco Bianco.",
        "Questo articolo è stato aggiornato alle 18 con le dichiarazioni del sindaco.",
        "A report on the wind farm (Turbines approved, 2 March, page 14) said the site "
        "covered 40 hectares. It covers 14 hectares.",
    ],
)
def test_notices_a_hand_kept_word_list_once_missed(text: str) -> None:
    """Portuguese and Italian labels and wordings, and a page-cited column item with no
    error word: notices the parser finds, which the check must let through."""
    assert find_notices(text)
    assert may_hold_notice(text)


def test_ordinary_reporting_is_turned_away() -> None:
    """The point of the check: news paragraphs do not load the parser."""
    for text in (
        "Officials said the road would reopen on Friday after crews cleared the debris.",
        "4:05 p.m.: Police say two suspects are in custody.",
        "The university said the terrorism charges against the student had been dropped.",
        "Il consiglio comunale si è riunito martedì sera per discutere il bilancio.",
        "A câmara municipal reuniu-se na terça-feira para discutir o orçamento da cidade.",
    ):
        assert not may_hold_notice(text), text


def test_the_check_loads_neither_the_parser_nor_dateparser() -> None:
    """It exists to be cheap: importing it must not compile the parser's expressions."""
    code = (
        "import sys; from revtrack.notices import may_hold_notice; "
        "may_hold_notice('Correction: we misspelled a name.'); "
        "heavy = ['revtrack.notices.patterns', 'revtrack.notices.finder', 'dateparser']; "
        "print(' '.join(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []


# Fragments that notices are built from, so that generated text often holds one.
_FRAGMENTS = [
    "Correction:",
    "CORRECTION (Dec. 31, 2019, 10:31 a.m.):",
    "Correção:",
    "Rettifica:",
    "Update 2 p.m.:",
    "Updated at 5 p.m.:",
    "Editor's Note:",
    "Berichtigung:",
    "Fe de errores:",
    "For the record:",
    "(Corrects paragraph 3 to show",
    "[Adds quotes",
    "An earlier version of this article",
    "Une version précédente de cet article",
    "Numa versão anterior desta reportagem",
    "In una versione precedente di questo articolo",
    "Dieser Artikel wurde am 3. Mai 2023 korrigiert.",
    "Este artículo fue actualizado",
    "Questo articolo è stato aggiornato",
    "This story has been updated",
    "This article was corrected",
    "misidentified",
    "incorrectly said",
    "originally reported",
    "Because of an editing error,",
    "We had said that",
    "We have withdrawn this story",
    "An article on Monday about the budget",
    "(Budget vote, 2 March, page 14)",
    "said",
    "In fact,",
    "It was of course",
    "The correct figure is",
    "should have said",
    " not ",
    ", not ",
    "It is ",
    "We said the lane was 3 miles long.",
    "Newsnight suggested the bridge was closed.",
    "\n\n",
    "\n",
    ". ",
    " ",
    "“",
    "”",
    "The council met on Tuesday and voted to raise the budget.",
]
_CASE = st.sampled_from([str, str.lower, str.upper, str.title])


@st.composite
def _notice_like(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=12))))
    return "".join(draw(_CASE)(piece) for piece in pieces)


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_for_any_text_a_notice_found_means_the_check_said_yes(text: str) -> None:
    """find_notices(text) non-empty implies may_hold_notice(text), for arbitrary text."""
    if find_notices(text):
        assert may_hold_notice(text)


@settings(max_examples=600, deadline=None)
@given(_notice_like())
def test_for_notice_shaped_text_a_notice_found_means_the_check_said_yes(text: str) -> None:
    """The same law over text stitched from notice fragments in any case and order."""
    if find_notices(text):
        assert may_hold_notice(text)
