"""Danish: the words revtrack reads in Danish texts."""

from __future__ import annotations

from revtrack.lang import Language, month_names, number_names, wordset

LANGUAGE = Language(
    code="da",
    name="Danish",
    stopwords=wordset(
        "og i at det er en til på som med af for ikke der den de har var vi os vores et om "
        "fra kan blev skal også efter men ved "
    ),
    months=month_names(
        "januar jan",
        "februar feb",
        "marts mar",
        "april apr",
        "maj",
        "juni jun",
        "juli jul",
        "august aug",
        "september sep sept",
        "oktober okt",
        "november nov",
        "december dec",
    ),
    weekdays=wordset("mandag tirsdag onsdag torsdag fredag lørdag søndag "),
    number_words=number_names(
        "nul 0 en 1 et 1 to 2 tre 3 fire 4 fem 5 seks 6 syv 7 otte 8 ni 9 ti 10 elleve 11 "
        "tolv 12 tretten 13 fjorten 14 femten 15 seksten 16 sytten 17 atten 18 nitten 19 tyve "
        "20 tredive 30 fyrre 40 halvtreds 50 tres 60 halvfjerds 70 firs 80 halvfems 90 "
        "hundrede 100 tusind 1000 million 1000000 millioner 1000000 milliard 1000000000 "
        "milliarder 1000000000 dusin 12 "
    ),
    date_glue=wordset("den"),
    number_qualifiers=(
        "mere end",
        "mindre end",
        "næsten",
        "omkring",
        "cirka",
        "ca",
        "knap",
        "mindst",
        "op til",
        "over",
        "under",
    ),
    speech_verbs=wordset(
        "sagde siger sagt udtalte udtaler skrev skriver tilføjede forklarede forklarer "
        "understregede mener mente "
    ),
)
