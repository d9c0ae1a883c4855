"""Kinds read from what the aligned text is: its block's role first, then its words.

The stored text marks each block's role (``revtrack.blocks``): "## " a heading, "> " a
quotation, "[history] " an entry of the publisher's change history. A reader names a
change by where it stands before looking at its words, and so does the differ.
"""

from __future__ import annotations

import pytest

from revtrack.diff import compare
from revtrack.diff.lexicon import lexicon, text_language
from revtrack.lang import registered

LEAD = "The harbour board approved the new ferry terminal on Thursday after a long debate."


def _kinds(old: str, new: str) -> list[tuple[str, str]]:
    comparison = compare(old, new)
    assert comparison.apply(old) == new
    return [(c.kind, c.significance) for c in comparison.body_changes]


def test_a_change_history_entry_added_is_a_notice() -> None:
    old = f"{LEAD}\n\n[history] 3 May 2024: First published."
    new = f"{old}\n\n[history] 4 May 2024: Corrected the name of the terminal's operator."
    assert _kinds(old, new) == [("notice_added", "substantive")]


def test_a_history_entry_is_named_by_the_notice_parser_not_by_its_marker_alone() -> None:
    """The differ asks the correction log's parser what an entry is: one that records a
    change is a notice; "First published." records none and is a dated line of the page."""
    import revtrack

    update = "[history] 6 May 2024: Added a map of the new terminal."
    first = "[history] 3 May 2024: First published."
    assert revtrack.find_notices(update) and not revtrack.find_notices(first)
    assert _kinds(LEAD, f"{LEAD}\n\n{update}") == [("notice_added", "substantive")]
    assert _kinds(LEAD, f"{LEAD}\n\n{first}") == [("paragraph_added", "minor")]
    assert _kinds(f"{LEAD}\n\n{update}", LEAD) == [("notice_removed", "substantive")]


def test_a_subheading_edited_is_a_subheading_change() -> None:
    old = f"{LEAD}\n\n## What the board decided\n\nThe vote was seven to two."
    new = f"{LEAD}\n\n## What the harbour board decided\n\nThe vote was seven to two."
    assert [k for k, _ in _kinds(old, new)] == ["subheading"]


def test_a_subheading_added_is_minor() -> None:
    old = f"{LEAD}\n\nThe vote was seven to two."
    new = f"{LEAD}\n\n## The vote\n\nThe vote was seven to two."
    assert _kinds(old, new) == [("subheading_added", "minor")]


def test_an_edit_inside_a_quotation_block_is_a_quote() -> None:
    old = f"{LEAD}\n\n> We have waited ten years for this terminal and the wait is over."
    new = f"{LEAD}\n\n> We have waited twenty years for this terminal and the wait is finally over."
    kinds = [k for k, _ in _kinds(old, new)]
    assert "quote" in kinds


def test_the_paragraph_after_x_said_is_a_quotation() -> None:
    said = "Ana Ruiz, chair of the harbour board, said:"
    old = f"{LEAD}\n\n{said}\n\nThe terminal will serve the islands for decades to come."
    new = f"{LEAD}\n\n{said}\n\nThe terminal will serve the whole coast for decades to come."
    assert [k for k, _ in _kinds(old, new)] == ["quote"]
    added = f"{LEAD}\n\n{said}\n\nIt is a good day for everyone who lives on the islands."
    assert [k for k, _ in _kinds(f"{LEAD}\n\n{said}", added)] == ["quote_added"]


def test_an_attribution_without_a_speech_verb_introduces_no_quotation() -> None:
    lead = "The terminal will have three berths:"
    old = f"{LEAD}\n\n{lead}\n\nOne for the island ferries and two for freight."
    new = f"{LEAD}\n\n{lead}\n\nOne for the island ferries and two for cargo ships."
    assert "quote" not in [k for k, _ in _kinds(old, new)]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Almost 32 million people have had a booster.",
            "More than 32 million people have had a booster.",
        ),
        ("The storm left 40 homes without power.", "The storm left nearly 40 homes without power."),
        ("Up to 200 jobs will go, the union said.", "At least 200 jobs will go, the union said."),
        (
            "Rund 40 Menschen kamen zur Versammlung am Abend.",
            "Mehr als 40 Menschen kamen zur Versammlung am Abend.",
        ),
    ],
)
def test_a_qualifier_of_a_figure_changes_the_number(old: str, new: str) -> None:
    assert _kinds(old, new) == [("number", "substantive")]


def test_a_qualifier_word_without_a_figure_is_wording() -> None:
    assert [k for k, _ in _kinds("She was almost late.", "She was nearly late.")] != ["number"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Ifølge Sam Wang vurdering er tallet forkert.",
            "Ifølge Sam Wangs vurdering er tallet forkert.",
        ),
        ("It was Smith report that said so.", "It was Smith's report that said so."),
    ],
)
def test_a_possessive_ending_is_a_fix_of_the_same_name(old: str, new: str) -> None:
    assert _kinds(old, new) == [("spelling", "minor")]


def test_another_name_is_still_a_name() -> None:
    assert _kinds("It was Smith's report.", "It was Smyth's report.")[0][0] == "name"


def test_a_long_word_mistyped_at_a_sentence_start_is_a_typo() -> None:
    old = f"{LEAD} Sammelægningen af de to ministerier blev vedtaget."
    new = f"{LEAD} Sammenlægningen af de to ministerier blev vedtaget."
    assert [k for k, _ in _kinds(old, new)] == ["spelling"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Bei dem Unfall wurden drei Menschen verletzt, sagte die Polizei.",
            "Bei dem Unfall wurden vier Menschen verletzt, sagte die Polizei.",
        ),
        (
            "Ved ulykken blev tre personer såret, oplyser politiet i aften.",
            "Ved ulykken blev fire personer såret, oplyser politiet i aften.",
        ),
        (
            "L'accident a fait trois blessés selon la police de la ville.",
            "L'accident a fait quatre blessés selon la police de la ville.",
        ),
        (
            "El accidente dejó tres heridos según la policía de la ciudad.",
            "El accidente dejó cuatro heridos según la policía de la ciudad.",
        ),
    ],
)
def test_number_words_of_the_articles_language_are_numbers(old: str, new: str) -> None:
    assert [k for k, _ in _kinds(old, new)] == ["number"]


def test_a_danish_month_is_a_date() -> None:
    old = "Mødet blev holdt den 3. september i byrådssalen, og det var det."
    new = "Mødet blev holdt den 3. oktober i byrådssalen, og det var det."
    assert [k for k, _ in _kinds(old, new)] == ["date"]


def test_english_words_that_are_numbers_elsewhere_stay_words_in_english() -> None:
    # "to" is two in Danish and "fire" four: not in an English article.
    old = "The crew went to the site of the fire on Monday morning with the police."
    new = "The crew went into the site of the fire on Monday morning with the police."
    assert [k for k, _ in _kinds(old, new)] == ["wording"]


def test_the_language_of_an_article_is_read_from_its_common_words() -> None:
    assert text_language("Der Bürgermeister sagte, dass die Stadt nicht mehr warten wird.") == "de"
    assert text_language("Borgmesteren siger, at byen ikke vil vente længere på det.") == "da"
    assert text_language("The mayor said the city would not wait any longer.") == "en"
    assert text_language("") == "en"


@pytest.mark.parametrize("language", registered(), ids=lambda lang: lang.code)
def test_every_language_brings_its_numbers_months_qualifiers_and_speech_verbs(language) -> None:
    words = lexicon(language.code)
    assert set(language.number_words) <= words.number_words
    assert set(language.months) <= words.months
    assert words.qualifier_words and words.speech_verbs


def test_a_change_with_a_name_and_a_figure_has_both() -> None:
    old = "Officer Jon Doe, 34, was hurt."
    new = "Officer John Doe, 43, was hurt."
    comparison = compare(old, new)
    kinds = {c.kind for c in comparison.body_changes} | {
        f for c in comparison.body_changes for f in c.facets
    }
    assert {"name", "number"} <= kinds


def test_a_rewrite_naming_a_new_figure_and_person_is_a_number_with_a_name_facet() -> None:
    old = "The club said 40 members had left since Anna Berg took over in spring."
    new = "The club said 55 members had left since Carl Lund took over in spring."
    changes = compare(old, new).body_changes
    assert any(c.kind == "number" for c in changes)
    assert any(c.kind == "name" or "name" in c.facets for c in changes)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "See the chart: [![Chart](/img/a.png)",
            "See the chart: [![Chart](/img/a.png)](/img/a-large.png)",
        ),
        ("The vote was close. <li>", "The vote was close."),
        ("Text here {% comment %} and more.", "Text here and more."),
    ],
)
def test_markup_a_reader_never_sees_is_trivial(old: str, new: str) -> None:
    kinds = _kinds(old, new)
    assert kinds and all(level == "trivial" for _, level in kinds)


def test_a_link_with_words_is_not_markup() -> None:
    kinds = _kinds("Read the report.", "Read the [full report](/r.pdf).")
    assert any(level != "trivial" for _, level in kinds)
