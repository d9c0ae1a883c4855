"""The notice finder: which paragraphs are notices, of what kind, and where they stand."""

from __future__ import annotations

import pytest

from revtrack.notices import Notice, find_notices

BODY = (
    "The county board voted on Tuesday to close two branch libraries, citing a budget gap "
    "of four million dollars that officials said could not be closed any other way.\n\n"
    "Residents who spoke at the meeting asked the board to wait until the next budget year."
)


def only(text: str) -> Notice:
    found = find_notices(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("notice", "kind"),
    [
        (
            "Correction: An earlier version of this article misstated the size of the budget gap.",
            "correction",
        ),
        (
            "CORRECTION (May 2, 2023, 9:05 a.m.): A previous version of this story gave the wrong date for the vote.",
            "correction",
        ),
        (
            "Clarification: This article has been updated to make clear that the libraries will close for good.",
            "clarification",
        ),
        (
            "Editor's note: An earlier version of this story incorrectly described the board's vote as unanimous.",
            "correction",
        ),
        (
            "Editor’s Note: This story was reported by a student intern and edited by our staff.",
            "editors_note",
        ),
        (
            "Update: The board will hold a second vote on Thursday after residents filed a petition.",
            "update",
        ),
        (
            "This article was amended on 3 May 2023 to correct the number of branches that will close.",
            "correction",
        ),
        (
            "Because of an editing error, an earlier version of this article gave the wrong name for the board chair.",
            "correction",
        ),
        (
            "Retraction: We have retracted this article because its central claim could not be verified.",
            "retraction",
        ),
        (
            "This article has been retracted. Its main source has withdrawn her account.",
            "retraction",
        ),
        (
            "We are retracting this story because we can no longer verify its central claim.",
            "retraction",
        ),
    ],
)
def test_each_style_of_notice_is_found_with_its_kind(notice: str, kind: str) -> None:
    """A reader gets the notice at the foot of an article, whatever the house style."""
    found = only(f"{BODY}\n\n{notice}")
    assert found.kind == kind
    assert found.text == notice
    assert found.position == "bottom"
    assert found.paragraph == 2


def test_a_label_on_its_own_line_joins_the_paragraph_after_it() -> None:
    """'Correction: June 5, 2018' above the notice gives one notice with that date."""
    text = f"{BODY}\n\nCorrection: June 5, 2018\n\nAn earlier version of this article misspelled the name of the library director."
    found = only(text)
    assert found.date_text == "June 5, 2018"
    assert found.date == "2018-06-05"
    assert found.text.endswith("library director.")
    assert found.error_verb == "misspelled"


def test_a_notice_at_the_top_is_placed_at_the_top() -> None:
    """A notice before the story is reported as standing at the top."""
    found = only(
        f"Correction: An earlier version of this story misstated when the vote was held.\n\n{BODY}"
    )
    assert found.position == "top"
    assert found.paragraph == 0


def test_an_inline_notice_in_a_long_article_is_inline() -> None:
    """A notice in the middle of a live story is inline, with its paragraph index."""
    paragraphs = [
        f"Paragraph {i} of the live coverage, with some words to read." for i in range(10)
    ]
    paragraphs.insert(5, "Update (2:40 p.m.): The board has postponed the vote until next week.")
    found = only("\n\n".join(paragraphs))
    assert found.position == "inline"
    assert found.paragraph == 5
    assert found.kind == "update"
    assert found.date_text == "2:40 p.m."
    assert found.date is None


def test_a_corrections_column_item_is_a_notice() -> None:
    """'An article on Monday about X misspelled ...' is read as a correction with values."""
    found = only(
        "An article on Monday about a new ferry service misspelled the name of its captain. "
        "He is Tomas Lindqvist, not Tomas Lindquist."
    )
    assert found.kind == "correction"
    assert found.error_verb == "misspelled"
    assert (found.wrong, found.right) == ("Tomas Lindquist", "Tomas Lindqvist")


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        (
            "Yesterday's article about the harbour misstated the length of the pier. It is 300 metres, not 200 metres.",
            "200 metres",
            "300 metres",
        ),
        (
            "Our story on Monday about the school board said the vote was unanimous. In fact, it was 5-2.",
            None,
            None,
        ),
        (
            "Last week's column by Ann Reed gave the wrong date for the festival. It is on June 3.",
            None,
            "June 3",
        ),
        (
            "The Sports section on Sunday misstated the score of the final. Leeds won 2-1.",
            None,
            None,
        ),
    ],
)
def test_other_corrections_column_openers(text: str, wrong: str | None, right: str | None) -> None:
    """Column items that open with a day, 'Our' or a section are corrections."""
    found = only(f"{BODY}\n\n{text}")
    assert found.kind == "correction"
    if wrong or right:
        assert (found.wrong, found.right) == (wrong, right)


def test_a_wire_trailer_is_a_notice() -> None:
    """A '(Corrects ...)' line at the foot of a wire story is a correction."""
    found = only(f"{BODY}\n\n(Corrects figure in second paragraph to 412 from 421)")
    assert found.kind == "correction"
    assert (found.wrong, found.right) == ("421", "412")


def test_several_notices_in_one_article_are_all_found_in_order() -> None:
    """Each notice is its own entry, in the order of the article."""
    text = (
        "Clarification: This story has been updated to make clear that the closures are temporary.\n\n"
        f"{BODY}\n\n"
        "Correction: An earlier version of this article misstated the budget gap. It is four million dollars, not four billion."
    )
    found = find_notices(text)
    assert [n.kind for n in found] == ["clarification", "correction"]
    assert [n.position for n in found] == ["top", "bottom"]
    assert found[1].wrong == "four billion"
    assert found[0].start < found[0].end <= found[1].start


def test_a_correction_of_a_correction_is_a_second_notice() -> None:
    """A later notice that fixes the first one is found as well, with its own values."""
    text = (
        f"{BODY}\n\n"
        "Correction: An earlier version of this article misspelled the name of the board chair. She is Ruth Okafor, not Ruth Okafur.\n\n"
        "Correction: The correction above itself misspelled the chair's surname as Okaffor. Her name is Ruth Okafor."
    )
    found = find_notices(text)
    assert len(found) == 2
    assert (found[0].wrong, found[0].right) == ("Ruth Okafur", "Ruth Okafor")
    assert found[1].wrong == "Okaffor"


@pytest.mark.parametrize(
    "text",
    [
        "The prisoner was moved to a state correctional facility after the hearing.",
        "Analysts said the market was heading for a correction after three weeks of gains.",
        "A correction is usually defined as a fall of 10 percent from a recent peak.",
        "The latest version of the bill, updated by the committee on Monday, drops the tax rise.",
        "An earlier version of the bill would have raised the tax on fuel.",
        "The Daily Record later corrected its story, saying an earlier version had misidentified the suspect.",
        '"The report incorrectly stated that I was at the meeting," Mr. Evans said.',
        "Mr. Evans said an earlier version of the report misstated his role.",
        "The corrections officers union endorsed the sheriff on Friday.",
        "An earlier version of the council's report said the stadium would cost less.",
        "An earlier version of this story was wrong about the vote, the club's spokesman said.",
        '"An earlier version of this story was wrong," the mayor told reporters.',
        "A report by the inspector general incorrectly stated that the agency had approved the contract.",
        "In a 2019 interview, the senator misstated his age.",
        "The story was corrected after publication, according to a spokesperson for the network.",
        "A previous version of the software contained a bug that let attackers read passwords.",
        "Correction: Stocks fell a tenth from their February peak on Friday, led by chipmakers.",
        "In a statement, the paper said its story had incorrectly described the senator's position.",
        "Our story begins in a small village in the mountains, where in fact nobody had heard of the plan.",
        "Last week's episode of the show actually drew record ratings.",
        "The article, which was published on Monday, actually drew praise from both parties.",
        "Critics said the report incorrectly stated the number of jobs created.",
        "Updated: 10:42 a.m. ET, March 3, 2021",
        "Note: Prices include tax and delivery.",
        "Hinweis: Die Öffnungszeiten können sich an Feiertagen ändern.",
        "Readers can find corrections on page two of every edition.",
        "The update to the app is expected next week, the company said.",
    ],
)
def test_look_alikes_are_not_notices(text: str) -> None:
    """Words about corrections in someone else's text never make a notice."""
    assert find_notices(f"{BODY}\n\n{text}\n\n{BODY}") == []


def test_a_section_heading_that_starts_with_a_label_is_not_a_notice() -> None:
    """'Correction: what it means for savers' over a paragraph about markets is a heading."""
    text = f"{BODY}\n\nCorrection: what it means for savers\n\nShares have fallen by a tenth since their peak, and savers may see smaller returns this year."
    assert find_notices(text) == []


def test_a_notice_quoted_in_an_article_in_another_language_is_not_ours() -> None:
    """An English 'CORRECTION:' quoted inside a German article is someone else's notice."""
    german = (
        "Die Polizei teilte am Abend mit, dass ein Mann in der Nähe des Tatorts festgenommen wurde. "
        "Die Ermittlungen dauern nach Angaben der Behörden weiter an, und es gibt noch keine Anklage."
    )
    quoted = "CORRECTION: A man was held near the station. No charges have been filed."
    assert find_notices(f"{german}\n\n{quoted}") == []


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        (
            "Korrektur: In einer früheren Version dieses Artikels stand, die Brücke sei 1968 eröffnet worden. Sie wurde 1986 eröffnet.",
            "de",
            "correction",
        ),
        (
            "Berichtigung: Anders als in unserem Bericht vom Montag dargestellt, ist die Bürgermeisterin nicht zurückgetreten.",
            "de",
            "correction",
        ),
        (
            "Richtigstellung: Wir haben fälschlicherweise berichtet, dass das Freibad schließt.",
            "de",
            "correction",
        ),
        (
            "Rectificatif : une précédente version de cet article indiquait que le pont datait de 1968.",
            "fr",
            "correction",
        ),
        (
            "Correction : contrairement à ce que nous avons écrit, la maire n'a pas démissionné.",
            "fr",
            "correction",
        ),
        (
            "Fe de errores: una versión anterior de esta nota afirmaba que el puente se inauguró en 1968.",
            "es",
            "correction",
        ),
        ("Corrección: Por error publicamos que la alcaldesa había dimitido.", "es", "correction"),
        (
            "Aclaración: En una versión anterior de este artículo se indicó que la ministra había dimitido.",
            "es",
            "clarification",
        ),
    ],
)
def test_notices_in_german_french_and_spanish(text: str, language: str, kind: str) -> None:
    """Notices in the other supported languages are found, with their language."""
    found = only(text)
    assert found.language == language
    assert found.kind == kind


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        ("Dieser Artikel wurde am 12.03.2023 aktualisiert.", "update", "2023-03-12"),
        (
            "Dieser Artikel wurde am 12.03.2023 korrigiert. Die Sitzung war nicht öffentlich.",
            "correction",
            "2023-03-12",
        ),
        (
            "Cet article a été modifié le 12 mars 2023 pour corriger le nom de l'adjoint au maire.",
            "correction",
            "2023-03-12",
        ),
        (
            "Este artículo fue actualizado el 12 de marzo de 2023 con nueva información.",
            "update",
            "2023-03-12",
        ),
        (
            "This article was updated on March 5, 2023 with comment from the board.",
            "update",
            "2023-03-05",
        ),
    ],
)
def test_changed_on_date_notices_give_kind_and_date(text: str, kind: str, date: str) -> None:
    """'This article was updated/corrected on DATE' in any language gives its kind and date."""
    found = only(text)
    assert (found.kind, found.date) == (kind, date)


def test_a_german_heading_joins_the_paragraph_after_it() -> None:
    """'Berichtigung' alone on a line introduces the paragraph that follows."""
    found = only(
        "Berichtigung\n\nIn unserem Bericht über das Stadtfest haben wir den Namen der Sängerin "
        "falsch geschrieben. Sie heißt nicht Anna Maier, sondern Anna Meier."
    )
    assert found.kind == "correction"
    assert (found.wrong, found.right) == ("Anna Maier", "Anna Meier")


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Correction:", "Update:"])
def test_empty_or_label_only_text_gives_no_notice(text: str) -> None:
    """Blank input or a bare label is not a notice."""
    assert find_notices(text) == []


def test_notices_are_plain_data() -> None:
    """A notice turns into a JSON-ready dict with every field."""
    found = only(
        f"{BODY}\n\nCorrection: An earlier version of this article misstated the budget gap."
    )
    data = found.to_dict()
    assert data["kind"] == "correction"
    assert set(data) >= {
        "kind",
        "text",
        "date_text",
        "date",
        "error_verb",
        "subject",
        "wrong",
        "right",
        "language",
        "paragraph",
        "position",
        "start",
        "end",
    }
