"""Every registered language fills what every reader of words relies on."""

import re

import pytest

from revtrack.lang import codes, get, registered


@pytest.mark.parametrize("language", registered(), ids=lambda lang: lang.code)
def test_language_fills_its_contract(language):
    assert language.code in codes()
    assert get(language.code) is language
    assert len(language.stopwords) >= 20, "too few common words to tell the language apart"
    assert sorted(set(language.months.values())) == list(range(1, 13)), "a month is missing"
    assert len(language.weekdays) >= 7
    assert all(word == word.lower() for word in language.stopwords | set(language.months))
    # Cardinals one to ten at least, each with the value it names.
    assert set(range(1, 11)) <= set(language.number_words.values())
    assert language.number_qualifiers, "no words that qualify a figure ('more than 40')"
    assert language.speech_verbs, "no verbs that introduce a quotation ('X said:')"


def test_the_registry_holds_the_languages_articles_come_in():
    assert {"en", "de", "fr", "es", "it", "pt", "nl", "da"} <= set(codes())
    assert get("xx") is None


def test_number_words_agree_with_their_meaning():
    assert get("de").number_words["drei"] == 3
    assert get("de").number_words["vier"] == 4
    assert get("fr").number_words["vingt"] == 20
    assert get("da").number_words["tyve"] == 20
    assert get("en").months["sept"] == 9


@pytest.mark.parametrize("language", registered(), ids=lambda lang: lang.code)
def test_language_fills_the_notice_vocabulary(language):
    """Every language gives the notice scorer each kind of signal, and labels."""
    for name in ("self_references", "error_predicates", "contrast_patterns", "fix_patterns"):
        assert getattr(language, name), f"{language.code} has no {name}"
    assert language.labels.get("correction"), "no label for a correction"
    assert language.first_person and language.apologies and language.generic_openers
    assert set(language.history_verbs) == {"correction", "update"}
    for name in (
        "self_references",
        "item_subjects",
        "first_person",
        "error_predicates",
        "error_words",
        "contrast_patterns",
        "fix_patterns",
        "claim_verbs",
        "apologies",
        "generic_openers",
        "outlet_subjects",
        "legal_subjects",
    ):
        for pattern in getattr(language, name):
            re.compile(pattern, re.IGNORECASE)  # every entry is a valid expression


@pytest.mark.parametrize("language", registered(), ids=lambda lang: lang.code)
def test_language_notices_are_found_and_its_look_alikes_refused(language):
    """Each language shows notices in its words that the finder finds alone, and after
    a paragraph of prose, and look-alikes it turns away."""
    from revtrack.notices import find_notices

    assert language.notice_examples and language.lookalike_examples
    for example in language.notice_examples:
        found = find_notices(example)
        assert found, f"{language.code}: not found: {example!r}"
        assert found[0].text.startswith(example[:30])
        assert found[0].language == language.code or len(example.split()) < 12
    for example in language.lookalike_examples:
        assert find_notices(example) == [], f"{language.code}: look-alike taken: {example!r}"
