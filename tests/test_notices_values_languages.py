"""Values in the styles and languages notices come in, written for these tests.

Each notice states its values by one of the contrast structures; the test says what a
reader takes as wrong and right.
"""

from __future__ import annotations

import pytest

from revtrack.notices.values import extract_values

CASES = [
    (
        "The mayor of Lindholm is Carla Oduya, not Carla Oduye, as a story on Friday said.",
        "en",
        "Carla Oduye",
        "Carla Oduya",
    ),
    (
        "A report on the flood gave the number of homes evacuated as 1,200. It was 2,100.",
        "en",
        "1,200",
        "2,100",
    ),
    ("Our review said the novel was set in Lisbon. It is set in Porto.", "en", "Lisbon", "Porto"),
    ("The recipe should have called for 2 tbsp of sugar, not 2 cups.", "en", "2 cups", "2 tbsp"),
    (
        "An article about the strike misidentified the union's leader. She is Priya Navaratnam.",
        "en",
        None,
        "Priya Navaratnam",
    ),
    (
        "We wrongly said the museum would close on Sundays; it will close on Mondays.",
        "en",
        "Sundays",
        "Mondays",
    ),
    ("The vote was 7-2, rather than 6-3 as reported.", "en", "6-3", "7-2"),
    ("For Harold Pinder, read Harold Pinter.", "en", "Harold Pinder", "Harold Pinter"),
    (
        "This story was updated to correct the price of a ticket, which is $18, not $81.",
        "en",
        "$81",
        "$18",
    ),
    (
        "It was the fire brigade, not the police, that rescued the dog.",
        "en",
        "the police",
        "the fire brigade",
    ),
    (
        "The photo caption misnamed the river as the Tay. It is the Tweed.",
        "en",
        "the Tay",
        "the Tweed",
    ),
    ("Die Ausstellung beginnt am 12. März, nicht am 21. März.", "de", "21. März", "12. März"),
    (
        "In einer früheren Version hieß es, die Brücke sei 40 Meter lang. Tatsächlich ist sie 400 Meter lang.",
        "de",
        "40 Meter",
        "400 Meter",
    ),
    (
        "Der Trainer heißt nicht Jens Albrecht, sondern Jens Albers.",
        "de",
        "Jens Albrecht",
        "Jens Albers",
    ),
    ("Le concert aura lieu à Lyon et non à Lille.", "fr", "Lille", "Lyon"),
    (
        "Dans notre édition d'hier, il fallait lire Marie Curry et non Marie Curie.",
        "fr",
        "Marie Curie",
        "Marie Curry",
    ),
    ("El museo abrió en 1987 y no en 1978, como publicamos ayer.", "es", "1978", "1987"),
    ("Donde dice 300 empleados debe decir 30 empleados.", "es", "300 empleados", "30 empleados"),
    ("La presidenta del club no es Ana Ruiz, sino Ana Ortiz.", "es", "Ana Ruiz", "Ana Ortiz"),
    (
        "Il sindaco di Brenta è Luca Ferri e non Luca Ferro, come scritto ieri.",
        "it",
        "Luca Ferro",
        "Luca Ferri",
    ),
    (
        "Nell'articolo di ieri abbiamo scritto che il ponte costa 5 milioni. In realtà costa 15 milioni.",
        "it",
        "5 milioni",
        "15 milioni",
    ),
    ("O prefeito de Itaú é João Prates, e não João Pratas.", "pt", "João Pratas", "João Prates"),
    (
        "Diferentemente do que foi publicado, a obra custou 40 milhões de reais, e não 14 milhões.",
        "pt",
        "14 milhões",
        "40 milhões",
    ),
    (
        "Na edição de ontem, escrevemos que o jogo seria no sábado. Na verdade, será no domingo.",
        "pt",
        "sábado",
        "domingo",
    ),
    (
        "De wethouder heet Sanne de Boer, niet Sanne de Boor.",
        "nl",
        "Sanne de Boor",
        "Sanne de Boer",
    ),
    (
        "In een eerdere versie stond dat de brug in 1932 werd geopend. Dat was in 1923.",
        "nl",
        "1932",
        "1923",
    ),
    ("De voorstelling is niet op vrijdag maar op zaterdag.", "nl", "vrijdag", "zaterdag"),
    ("Het aantal bezoekers is gecorrigeerd van 12.000 naar 21.000.", "nl", "12.000", "21.000"),
    (
        "An earlier version of this story said the bill passed the Senate. It passed the House.",
        "en",
        "the Senate",
        "the House",
    ),
    (
        "The headline on this article has been changed from 'Rates rise' to 'Rates hold'.",
        "en",
        "Rates rise",
        "Rates hold",
    ),
    (
        "Because of an editing error, a caption identified the building as the old library; it is the town hall.",
        "en",
        "the old library",
        "the town hall",
    ),
    (
        "The chief executive of Harlow Water is Dev Mistry, not Dev Mistri as we said in a report on the drought (Taps run dry, 3 June, page 9).",
        "en",
        "Dev Mistri",
        "Dev Mistry",
    ),
    (
        "An obituary of the painter Rhona Kells misnamed her first husband as Peter Kells. He was Paul Kells.",
        "en",
        "Peter Kells",
        "Paul Kells",
    ),
    (
        "An article on Monday incorrectly stated that the library had 40,000 books. It has 14,000.",
        "en",
        "40,000",
        "14,000",
    ),
    ("12 June 2023: Corrected the deadline from 30 June to 30 July.", "en", "30 June", "30 July"),
    (
        "I wrote that the orchestra was founded in 1891; it was founded in 1881.",
        "en",
        "1891",
        "1881",
    ),
    (
        "(Corrects name of airline in first paragraph to Nordic Air from Norse Air)",
        "en",
        "Norse Air",
        "Nordic Air",
    ),
    ("The correct figure for the school's budget is £2.4m.", "en", None, "£2.4m"),
    (
        "A graphic with this story transposed the figures for men and women: 62% of women, not 26%, said they would vote.",
        "en",
        "26%",
        "62%",
    ),
    (
        "Our interview with the chef should have described him as the owner of Salt, not its head chef.",
        "en",
        "its head chef",
        "the owner of Salt",
    ),
    (
        "We mistakenly said the race was won by Tomas Berg. It was won by Tomás Berggren.",
        "en",
        "Tomas Berg",
        "Tomás Berggren",
    ),
    (
        "A headline misspelled the name of the town of Aberdaron as Aberdaran.",
        "en",
        "Aberdaran",
        "Aberdaron",
    ),
    (
        "The match kicks off at 7.45pm, not 7.30pm as an earlier version said.",
        "en",
        "7.30pm",
        "7.45pm",
    ),
    (
        "Berichtigung: Anders als berichtet hat der Stadtrat den Antrag abgelehnt, nicht angenommen.",
        "de",
        "angenommen",
        "abgelehnt",
    ),
    ("Die Schule wurde 1954 gegründet und nicht 1945.", "de", "1945", "1954"),
    (
        "Erratum : le nom du photographe est Paul Girard, et non Paul Gérard.",
        "fr",
        "Paul Gérard",
        "Paul Girard",
    ),
    (
        "Une erreur s'est glissée dans notre article : la piscine rouvrira le 3 mai, et non le 13 mai.",
        "fr",
        "13 mai",
        "3 mai",
    ),
    (
        "Fe de errores: la exposición se inaugura el jueves, no el martes como se indicó.",
        "es",
        "martes",
        "jueves",
    ),
    (
        "En la edición de ayer se dijo que el alcalde tiene 52 años. En realidad tiene 57 años.",
        "es",
        "52 años",
        "57 años",
    ),
    (
        "Rettifica: la mostra chiude il 20 ottobre e non il 2 ottobre.",
        "it",
        "2 ottobre",
        "20 ottobre",
    ),
    (
        "Per un errore, nell'articolo di ieri il regista è stato indicato come Marco Belli anziché Marco Bellini.",
        "it",
        "Marco Belli",
        "Marco Bellini",
    ),
    (
        "Errata: o nome correto do treinador é Rui Farias, e não Rui Faria.",
        "pt",
        "Rui Faria",
        "Rui Farias",
    ),
    (
        "Ao contrário do que foi publicado, a votação será na quinta-feira, e não na terça-feira.",
        "pt",
        "terça-feira",
        "quinta-feira",
    ),
    (
        "Correctie: de nieuwe burgemeester van Haren heet Ellen Smit en niet Ellen Smits.",
        "nl",
        "Ellen Smits",
        "Ellen Smit",
    ),
    (
        "In een eerdere versie van dit artikel stond abusievelijk dat het museum op maandag gesloten is. Het museum is op dinsdag gesloten.",
        "nl",
        "maandag",
        "dinsdag",
    ),
    (
        "Rectificatie: het tekort bedraagt 3 miljoen euro, niet 30 miljoen euro.",
        "nl",
        "30 miljoen euro",
        "3 miljoen euro",
    ),
    (
        "In het artikel van gisteren stond dat de school 300 leerlingen telt. Dat moet 30 zijn.",
        "nl",
        "300",
        "30",
    ),
    (
        "In der gestrigen Ausgabe haben wir geschrieben, das Museum habe 12 Säle. Es sind 21.",
        "de",
        "12",
        "21",
    ),
    (
        "Diferentemente do que informamos, o jogador tem 23 anos, e não 32.",
        "pt",
        "32",
        "23",
    ),
    # A scale word and the unit after it belong to the figure on both sides.
    (
        "In een eerdere versie stond ten onrechte dat de provincie 30 miljoen euro had "
        "gereserveerd. Dat is 13 miljoen euro.",
        "nl",
        "30 miljoen euro",
        "13 miljoen euro",
    ),
    (
        "An earlier version said the city spent 4 million dollars on the bridge. It spent "
        "2 million dollars.",
        "en",
        "4 million dollars",
        "2 million dollars",
    ),
]


@pytest.mark.parametrize(
    ("text", "language", "wrong", "right"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_values_by_contrast_structure(
    text: str, language: str, wrong: str | None, right: str | None
) -> None:
    values = extract_values(text, language)
    assert (values.wrong, values.right) == (wrong, right)
