"""A notice's kind comes from what it does, through the named rules of ``notices.kinds``."""

from __future__ import annotations

import re

import pytest

from revtrack.lang import registered
from revtrack.notices import find_notices
from revtrack.notices.kinds import RULES, all_rules, kind_from_words


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_each_kind_rule_matches_its_cases_and_misses_its_counter_cases(rule):
    assert rule.matches and rule.misses
    for case in rule.matches:
        assert rule.search(case), f"{rule.name} misses {case!r}"
    for case in rule.misses:
        assert not rule.search(case), f"{rule.name} matches {case!r}"


@pytest.mark.parametrize("language", registered(), ids=lambda lang: lang.code)
def test_kind_words_of_every_language_compile(language):
    for kind, words in language.kind_words.items():
        assert kind in {"retraction", "clarification"}
        for word in words:
            re.compile(word, re.IGNORECASE)


def test_every_rule_names_a_kind_a_notice_can_have():
    assert {rule.kind for rule in all_rules()} <= {"retraction", "clarification", "editors_note"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Taking the piece back outweighs the error that led to it.
        (
            "Our report on the clinic wrongly said its doctors faked results. The allegation"
            " was untrue and the report should not have been published.",
            "retraction",
        ),
        ("We have withdrawn this review, which misstated the chef's name.", "retraction"),
        ("The paper apologises to Ms Ada Crane for the distress caused.", "retraction"),
        # A slip put right, even with an apology to readers, is a correction.
        ("We apologise to our readers: the story misstated the date.", "correction"),
        ("This guidance misstated the deadline; it is 4 May.", "correction"),
        # Wording that could mislead, with no error admitted, is a clarification.
        (
            "The article may have given the impression that the school will close. It will"
            " merge with another.",
            "clarification",
        ),
        ("We are happy to make clear that Mr Holt was never a suspect.", "clarification"),
        # An admitted error wins over a clarification's wording.
        ("To make clear: the story incorrectly named the ward.", "correction"),
        ("Der Beitrag wurde zurückgezogen.", "retraction"),
        ("Cet article n'aurait pas dû être publié.", "retraction"),
        ("Esclarecemos que o prefeito não foi ouvido pela reportagem.", "clarification"),
        ("The mayor opened the fair on Saturday.", None),
    ],
)
def test_the_words_give_the_kind(text, kind):
    assert kind_from_words(text) == kind


def test_a_retraction_column_item_is_found_as_a_retraction():
    text = (
        "On 2 May we published an article claiming that the bakery on Mill Lane had been"
        " closed by inspectors. That claim was false, and the article should never have run."
        " We have removed it and apologise to the owners."
    )
    (notice,) = find_notices(text)
    assert notice.kind == "retraction"


def test_an_earlier_version_published_in_error_is_corrected_not_retracted():
    text = (
        "An earlier version of this column was published in error; it quoted a letter"
        " that had not been checked. The letter has been removed."
    )
    (notice,) = find_notices(text)
    assert notice.kind == "correction"
