"""Every registered language fills what every reader of words relies on."""

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
