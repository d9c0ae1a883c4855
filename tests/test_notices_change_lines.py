"""Change lines, live-blog entries, list bullets and the gate's needed words.

A change line is one sentence in which the piece says it was changed ("This article was
updated on ..."): each language's lines are named rules with their own cases. A live
blog's time-stamped entries use the word "Update" for news, and are no notices.
"""

from __future__ import annotations

import re

import pytest

from revtrack.lang import registered
from revtrack.notices import find_notices
from revtrack.notices.changelines import CASES, KINDS, lines
from revtrack.notices.gate import Gate, required

NEWS = "The county commission met for four hours on Tuesday, and most residents opposed the plan."
# A paragraph of reporting in each language: a notice must be in its article's language.
REPORT = {
    "en": NEWS,
    "nl": "De gemeenteraad vergaderde dinsdagavond ruim drie uur over de begroting van de stad.",
    "da": "Byrådet holdt tirsdag aften et møde om budgettet, og mange borgere var til stede.",
    "fr": "Le conseil municipal s'est réuni mardi soir pendant trois heures pour parler du budget.",
    "pt": "A câmara municipal reuniu-se na terça-feira à noite para discutir o orçamento da cidade.",
    "es": "El pleno del ayuntamiento se reunió el martes durante tres horas para debatir las cuentas.",
    "it": "Il consiglio comunale si è riunito martedì sera per tre ore per discutere il bilancio.",
    "de": "Der Gemeinderat hat am Dienstagabend drei Stunden über den Haushalt der Stadt beraten.",
}


@pytest.mark.parametrize("key", sorted(CASES), ids=lambda key: f"{key[0]}.{key[1]}")
def test_each_language_s_lines_match_their_cases_and_miss_their_counter_cases(key):
    code, kind = key
    matches, misses = CASES[key]
    own = [line for line in lines() if line.language == code and line.kind == kind]
    assert own, f"no {kind} line in {code}"
    everyone = [line for line in lines() if line.language == code]
    for case in matches:
        assert any(line.compiled.match(case) for line in own), case
    for case in misses:
        assert not any(line.compiled.match(case) for line in everyone), case


@pytest.mark.parametrize("language", registered(), ids=lambda lang: lang.code)
def test_every_language_has_update_lines_that_compile(language):
    assert language.change_lines.get("update"), f"{language.code} has no update line"
    for kind, patterns in language.change_lines.items():
        assert kind in KINDS
        for pattern in patterns:
            re.compile(pattern, re.IGNORECASE)


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("nl", "Dit artikel is op 3 mei aangevuld met een reactie van de gemeente.", "update"),
        ("da", "Denne artikel er blevet opdateret med en kommentar fra borgmesteren.", "update"),
        (
            "fr",
            "Cette dépêche a été corrigée : le maire s'appelle Martin, et non Martins.",
            "correction",
        ),
        ("en", "We have updated this story with the names of the two victims.", "update"),
        ("en", "We are retracting this story because its main source has recanted.", "retraction"),
        (
            "en",
            "This story was updated at 9:40 a.m. to correct the spelling of a name.",
            "correction",
        ),
    ],
)
def test_a_change_line_after_news_is_a_notice_with_the_kind_its_words_give(language, text, kind):
    found = find_notices(f"{REPORT[language]}\n\n{text}")
    assert [(n.kind, n.text) for n in found] == [(kind, text)]


def test_a_reported_change_line_is_no_notice():
    text = "“This article was updated on Monday,” the press office said in an email."
    assert find_notices(f"{NEWS}\n\n{text}") == []


LIVE = [
    "Update 1:05 p.m.: Crews have closed Route 9 between the two bridges.",
    "Update 2:20 p.m.: The fire has burned about 300 acres, officials say.",
    "Update 3:45 p.m.: Evacuation orders for the valley have been lifted.",
]


def test_time_stamped_entries_of_a_live_blog_are_no_notices():
    assert find_notices("\n\n".join(LIVE)) == []
    french = "14 h 35 : la route est coupée.\n\nMise à jour 15 h 10 : le feu est maîtrisé."
    german = "13:50 Uhr: Der Verkehr staut sich.\n\nUpdate 14:32 Uhr: Die Sperrung ist aufgehoben."
    assert find_notices(french) == []
    assert find_notices(german) == []


def test_a_live_blog_entry_that_takes_back_a_figure_is_a_notice():
    entry = "Update 2:50 p.m.: Two people were hurt, not three as reported earlier."
    found = find_notices("\n\n".join([LIVE[0], entry, LIVE[2]]))
    assert [n.text for n in found] == [entry]


def test_an_update_with_a_time_among_article_prose_is_still_a_notice():
    update = "Update 5 p.m.: Police have named the driver as Dana Holt, 34."
    found = find_notices(f"{NEWS}\n\n{update}\n\n{NEWS}")
    assert [(n.kind, n.text) for n in found] == [("update", update)]


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        (
            "nl",
            "Update 14 februari 2023, 16.30 uur: dit artikel is aangevuld met een reactie.",
            "2023-02-14",
        ),
        (
            "fr",
            "Mise à jour, le 3 juin 2021 à 18 h 40 : ajout de la réaction du rectorat.",
            "2021-06-03",
        ),
        (
            "pt",
            "Atualização, 10 de agosto de 2022, às 14:20: a reportagem foi atualizada.",
            "2022-08-10",
        ),
    ],
)
def test_an_update_label_dated_in_its_own_language_is_a_notice_with_its_date(language, text, date):
    found = find_notices(f"{REPORT[language]}\n\n{text}")
    assert [(n.kind, (n.date or "")[:10]) for n in found] == [("update", date)]


def test_a_bullet_is_not_part_of_the_column_item_it_marks():
    item = "An obituary of the potter Ann Lee misnamed her husband. He was Gerald, not Gerard."
    found = find_notices(f"• {item}")
    assert [(n.kind, n.text) for n in found] == [("correction", item)]


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:atualizad[oa]|actualizad[oa]|alterad[oa])\s+às",
        r"err[oó]neamente|equivocadamente",
        r"[a-z]{3,}ed\s+wrongly",
        r"der\s*artikel",
    ],
)
def test_the_gate_skips_no_text_a_pattern_matches(pattern):
    """Every needed word is one a match opens a word with, so the gate never skips a text
    the expression matches ("a" factored out of "atualizad|actualizad" is put back)."""
    texts = [
        "Notícia actualizada às 19h45.",
        "Se publicó erróneamente la cifra.",
        "It was named wrongly in print.",
        "Der Artikel wurde geändert.",
    ]
    compiled = re.compile(rf"(?<!\w)(?:{pattern})", re.IGNORECASE)
    gate = Gate([(compiled, required(pattern))])
    for text in texts:
        assert bool(gate.find(text)) == bool(compiled.search(text)), text


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        (
            "fr",
            "Article mis à jour le 4 mai 2023 à 17h10 avec la réaction de la préfecture.",
            "update",
        ),
        ("es", "Noticia actualizada a las 16.20 con la versión de los bomberos.", "update"),
        ("it", "Aggiornato alle 19.15 con la replica della giunta.", "update"),
        ("pt", "Atualizado às 11h40 com a resposta da secretaria.", "update"),
        ("it", "Nota: questo articolo è stato aggiornato con la replica del prefetto.", "update"),
        (
            "de",
            "Hinweis: Dieser Artikel wurde um eine Stellungnahme des Landratsamts ergänzt.",
            "update",
        ),
    ],
)
def test_a_stamp_or_a_noted_change_line_at_the_top_is_an_update(language, text, kind):
    found = find_notices(f"{text}\n\n{REPORT[language]}\n\n{REPORT[language]}")
    assert [(n.kind, n.text) for n in found] == [(kind, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Please read in the fourth paragraph ... 12 people ... instead of ... 21 people ...",
        "CORRECTS spelling of the minister's surname in paragraph 3",
        "The Daily Courier apologises to Mr Alan Pike for the error in Tuesday's report.",
        "The Gazette's June 3 story about the ferry misstated the number of sailings. There are six.",
        "The Times incorrectly identified the woman in the photograph as Ruth Lamb. She is Ruth Lamm.",
        "Correction to our earlier post: the hearing is on Friday.",
        "Earlier we posted that the road was closed. That was wrong; one lane is open.",
        "Remarks attributed to Mr Cole in Monday's report on the strike were made by his deputy.",
    ],
)
def test_a_column_item_or_wire_corrective_in_the_newsroom_s_own_voice_is_a_notice(text):
    found = find_notices(text)
    assert [n.start for n in found] == [0]


@pytest.mark.parametrize(
    "text",
    [
        "The Gazette's June 3 story about the ferry misstated the number of sailings, the operator said.",
        "The newspaper apologised to Mr Pike after its report on the council was found to be wrong.",
    ],
)
def test_another_paper_s_error_in_an_article_is_no_notice(text):
    assert find_notices(f"{NEWS}\n\n{text}\n\n{NEWS}") == []


def test_our_own_claim_set_right_is_a_notice_without_other_words():
    text = "We said the footbridge was 40 metres long. It is 30 metres, not 40."
    assert [n.start for n in find_notices(text)] == [0]


def test_someone_else_s_claim_set_right_is_no_notice():
    text = "Police initially said the driver was 34 but later corrected that to 43."
    assert find_notices(text) == []


def test_an_earlier_version_of_something_else_is_not_ours():
    text = "The previous version of the app contained a bug that misreported battery levels."
    assert find_notices(f"{NEWS}\n\n{text}\n\n{NEWS}") == []
    ours = "An earlier version of the story misreported the score. It was 3-1."
    assert [n.text for n in find_notices(f"{NEWS}\n\n{ours}")] == [ours]


def test_this_report_may_be_anyone_s_but_this_article_is_ours():
    """ "This report" is the audit office's as easily as ours; "this article" is ours."""
    theirs = "This report wrongly assumed the grant would be paid, and it was not."
    assert find_notices(f"{NEWS}\n\n{theirs}\n\n{NEWS}") == []
    ours = "This article wrongly said the grant had been paid. It has not been paid."
    assert [n.text for n in find_notices(f"{NEWS}\n\n{ours}\n\n{NEWS}")] == [ours]
