"""Column items without a self-reference, found by the page role: a piece named with the day
or page it ran on, beside a contrast or a claim. Someone else's piece is turned away."""

from __future__ import annotations

import pytest

from revtrack.lang import registered
from revtrack.notices import find_notices
from revtrack.notices.language import detect_language
from revtrack.notices.segments import inside_quotes, sentence_spans
from revtrack.notices.signals import DATED, rules_for

PROSE = (
    "The county council met on Thursday to set next year's budget, which funds two new"
    " libraries and repairs to the ring road over the coming three years."
)


@pytest.mark.parametrize(
    "item",
    [
        # A fact, then the piece that got it wrong, named by its day.
        "The Tay bridge is 2.3 miles long. A graphic on Tuesday put it at 3.2 miles.",
        "The photo on page 3 showed the old mill at Carrow, not the new library.",
        "A headline on Wednesday said every train was cancelled. Some services ran.",
        "Incorrect information appeared in a Saturday article about the marathon: the"
        " course is 26.2 miles.",
        "Lena Marsh chairs the trust, not Lina Marsh, as printed on Monday.",
        "In the report headlined 'Port to grow' on May 3, the tonnage was wrongly given.",
        "In het artikel over de haven van dinsdag stond dat de kade 4 kilometer lang is;"
        " dat is 2 kilometer.",
        "Im Bericht „Neue Fähre“ vom 4. Juni stand, die Fähre fahre stündlich. Richtig ist:"
        " alle zwei Stunden.",
        "La foto publicada ayer en la página 6 no muestra el puerto de Vigo, sino el de Gijón.",
        "A legenda publicada na página 9 trocou os nomes dos dois ministros.",
        "Dans l'article « Le quai s'allonge » paru le 2 juin, il fallait lire 2 kilomètres.",
        "Nell'articolo di ieri il sindaco è stato chiamato Bruni: si chiama Brini.",
    ],
)
def test_a_column_item_named_by_its_day_or_page_is_found(item):
    found = find_notices(item)
    assert found and found[0].start == 0, item


@pytest.mark.parametrize(
    "text",
    [
        "A story on Sunday in The Sentinel misidentified the victim.",
        "The Gazette's story on Tuesday misidentified the driver, the family said.",
        "A report on Monday by the audit office said the council had misstated its debts.",
        "In his column on Sunday, the coach wrote that the club was wrong to sell him.",
        "Your story on Monday about the park was wrong: the gates close at 8pm, not 6pm.",
        "Dear Editor, the photo on page 3 on Saturday showed the old pier, not the new one.",
        "Nella sua rubrica di ieri il critico ha scritto che il film non è riuscito.",
    ],
)
def test_someone_elses_piece_or_a_readers_letter_is_no_notice(text):
    assert find_notices(text) == []
    assert find_notices(f"{PROSE}\n\n{text}\n\n{PROSE}") == []


def test_in_running_text_a_dated_piece_is_no_stronger_than_our_own_piece():
    """Beside prose, "an article on Monday" and a bare "not" make no notice."""
    text = "An article on Monday about the budget drew many letters, not all of them kind."
    assert find_notices(f"{PROSE}\n\n{text}\n\n{PROSE}") == []


@pytest.mark.parametrize("language", registered(), ids=lambda lang: lang.code)
def test_dated_rules_are_read_from_the_registry(language):
    dated = [rule for rule in rules_for(language.code) if rule.signal == DATED]
    assert len(dated) == len(language.dated_references)


def test_a_german_title_in_quotation_marks_closes_where_it_ends():
    text = "Im Text „Neue Wege“ vom 3. Mai stand es falsch."
    assert inside_quotes(text, text.index("Wege"))
    assert not inside_quotes(text, text.index("stand"))
    french = "Le titre « Un port neuf » était faux."
    assert not inside_quotes(french, french.index("était"))
    german_books = "Der Titel »Ein Hafen« war falsch."
    assert not inside_quotes(german_books, german_books.index("war"))


def test_an_ordinal_date_does_not_end_a_sentence():
    text = "Im Bericht vom 3. Mai hieß es, der Zug fahre um 9 Uhr. Er fährt um 10 Uhr."
    assert len(sentence_spans(text)) == 2


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Per un errore, nell'articolo di ieri abbiamo attribuito la frase al sindaco.", "it"),
        ("A nos lecteurs, à M. et à Mme Durand, nous présentons nos excuses.", "fr"),
        ("In unserem Bericht über das Fest vom 3. Mai hieß es, der Umzug beginne um 10 Uhr.", "de"),
        ("Ao contrário do que foi publicado, o prefeito tem 54 anos.", "pt"),
    ],
)
def test_short_notices_are_read_in_their_own_language(text, code):
    assert detect_language(text) == code


def test_a_notice_told_in_two_short_paragraphs_is_read_as_one():
    text = (
        "On 3 May we published an article about the Riverside clinic.\n\n"
        "It said the clinic had been closed by inspectors. That was wrong: the clinic is"
        " open and has passed every inspection."
    )
    (notice,) = find_notices(text)
    assert notice.text == text


def test_two_short_paragraphs_of_prose_are_not_joined_into_a_notice():
    text = (
        f"{PROSE}\n\nThe mayor said the plan was not final.\n\n"
        "Our reporter asked whether the vote would go ahead.\n\n{PROSE}"
    )
    assert find_notices(text) == []


def test_an_item_under_a_column_date_takes_that_date():
    text = "June 3, 2024\n\nThe Tay bridge is 2.3 miles long, not 3.2 miles as printed on Monday."
    (notice,) = find_notices(text)
    assert notice.text.startswith("The Tay bridge")
    assert notice.date_text == "June 3, 2024"


def test_an_update_timestamp_does_not_make_the_body_a_column_item():
    body = "The bridge is 2.3 miles long and not yet open to lorries, the council said."
    assert find_notices(f"Updated: 10:42 a.m. ET, March 3, 2021\n\n{body}") == []


@pytest.mark.parametrize(
    "letter",
    [
        "I was surprised to read the article on Monday, which wrongly said the park closes"
        " at 6pm. It closes at 8pm.",
        "The story on the bypass (April 2) gave the wrong cost. It is £40m, not £4m."
        " Tom Hale, Ripon",
        "As a longtime reader, I must point out that the photo on page 3 showed the old"
        " pier, not the new one.",
    ],
)
def test_a_readers_letter_is_no_notice(letter):
    assert find_notices(letter) == []


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 we corrected 180 articles, most of them for misspelled names.",
        "Our policy is to correct factual errors promptly and to say what was wrong.",
        "A Reuters report on Monday incorrectly said the talks had collapsed.",
        "The photo on the front page of the rival Courier showed the wrong bridge, readers noted.",
        "El ministro dijo que la noticia publicada ayer no era correcta, sino falsa.",
        "De minister zei dat het artikel van dinsdag niet klopte.",
    ],
)
def test_statistics_policies_other_outlets_and_reported_speech_are_no_notices(text):
    assert find_notices(text) == []


def test_a_short_item_alone_that_cites_our_page_is_a_column_item():
    item = "Joan Pike was the first woman to chair the society, in 1962 (Obituaries, 3 August)."
    (notice,) = find_notices(item)
    assert notice.piece_title == "Obituaries" or notice.piece_date == "3 August"
    # The same sentence inside an article is a citation in prose, not a notice.
    assert find_notices(f"{PROSE}\n\n{item}\n\n{PROSE}") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "In my column last week I wrote that the Hartley line closed in 1964. A reader"
            " points out that it closed in 1966.",
            "correction",
        ),
        (
            "In het artikel ‘Nieuwe kade’ stond dat de kade 4 kilometer lang is. Dat is onjuist:"
            " het is 2 kilometer.",
            "correction",
        ),
        (
            "Naschrift redactie: in het stuk stond ten onrechte dat de wethouder aftrad.",
            "correction",
        ),
        (
            'The Courier retracts the article "Mayor under inquiry" published on 2 June. The'
            " mayor is under no inquiry, and we apologise to her.",
            "retraction",
        ),
    ],
)
def test_authors_titles_postscripts_and_retractions_are_found(text, kind):
    (notice,) = find_notices(text)
    assert notice.kind == kind


def test_a_letter_writer_recalling_what_they_wrote_is_no_notice():
    text = (
        f"{PROSE}\n\nI wrote to the council in March to ask about the bins, but nobody"
        f" replied.\n\n{PROSE}"
    )
    assert find_notices(text) == []
