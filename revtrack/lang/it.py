"""Italian: the words revtrack reads in Italian texts."""

from __future__ import annotations

from revtrack.lang import Language, month_names, number_names, wordset

LANGUAGE = Language(
    code="it",
    name="Italian",
    stopwords=wordset(
        "il lo gli di della delle dei degli che è non per con una nel nella alla sono anche "
        "come questo questa stato stata ma più del "
    ),
    months=month_names(
        "gennaio gen",
        "febbraio feb",
        "marzo mar",
        "aprile apr",
        "maggio mag",
        "giugno giu",
        "luglio lug",
        "agosto ago",
        "settembre set",
        "ottobre ott",
        "novembre nov",
        "dicembre dic",
    ),
    weekdays=wordset("lunedì martedì mercoledì giovedì venerdì sabato domenica "),
    number_words=number_names(
        "zero 0 uno 1 una 1 un 1 due 2 tre 3 quattro 4 cinque 5 sei 6 sette 7 otto 8 nove 9 "
        "dieci 10 undici 11 dodici 12 tredici 13 quattordici 14 quindici 15 sedici 16 "
        "diciassette 17 diciotto 18 diciannove 19 venti 20 trenta 30 quaranta 40 cinquanta 50 "
        "sessanta 60 settanta 70 ottanta 80 novanta 90 cento 100 mille 1000 mila 1000 milione "
        "1000000 milioni 1000000 miliardo 1000000000 miliardi 1000000000 dozzina 12 "
    ),
    date_glue=wordset("alle il del delle dalle"),
    number_qualifiers=(
        "più di",
        "meno di",
        "quasi",
        "circa",
        "oltre",
        "almeno",
        "fino a",
        "intorno a",
        "poco più di",
    ),
)
