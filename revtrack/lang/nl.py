"""Dutch: the words revtrack reads in Dutch texts."""

from __future__ import annotations

from revtrack.lang import Language, month_names, number_names, wordset

LANGUAGE = Language(
    code="nl",
    name="Dutch",
    stopwords=wordset(
        "de het een en van in is dat op te zijn voor met niet die er aan als ook was we wij "
        "ons onze door bij om dan naar wordt werd heeft hebben deze dit uit "
    ),
    months=month_names(
        "januari jan",
        "februari feb",
        "maart mrt",
        "april apr",
        "mei",
        "juni jun",
        "juli jul",
        "augustus aug",
        "september sep sept",
        "oktober okt",
        "november nov",
        "december dec",
    ),
    weekdays=wordset("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "),
    number_words=number_names(
        "nul 0 een 1 één 1 twee 2 drie 3 vier 4 vijf 5 zes 6 zeven 7 acht 8 negen 9 tien 10 "
        "elf 11 twaalf 12 dertien 13 veertien 14 vijftien 15 zestien 16 zeventien 17 achttien "
        "18 negentien 19 twintig 20 dertig 30 veertig 40 vijftig 50 zestig 60 zeventig 70 "
        "tachtig 80 negentig 90 honderd 100 duizend 1000 miljoen 1000000 miljard 1000000000 "
        "dozijn 12 "
    ),
    date_glue=wordset(""),
    number_qualifiers=(
        "meer dan",
        "minder dan",
        "bijna",
        "ongeveer",
        "zo'n",
        "circa",
        "ruim",
        "minstens",
        "ten minste",
        "tot",
        "rond de",
    ),
)
