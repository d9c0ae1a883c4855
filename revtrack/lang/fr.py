"""French: the words revtrack reads in French texts."""

from __future__ import annotations

from revtrack.lang import Language, month_names, number_names, wordset

LANGUAGE = Language(
    code="fr",
    name="French",
    stopwords=wordset(
        "le la les de des du et est un une que qui dans pour pas sur au aux avec il elle nous "
        "ce cette a été par en ne se son sa ses plus "
    ),
    months=month_names(
        "janvier janv",
        "février févr fevrier",
        "mars",
        "avril avr",
        "mai",
        "juin",
        "juillet juil",
        "août aout",
        "septembre sept",
        "octobre oct",
        "novembre nov",
        "décembre déc decembre",
    ),
    weekdays=wordset("lundi mardi mercredi jeudi vendredi samedi dimanche "),
    number_words=number_names(
        "zéro 0 un 1 une 1 deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9 dix 10 "
        "onze 11 douze 12 treize 13 quatorze 14 quinze 15 seize 16 vingt 20 trente 30 "
        "quarante 40 cinquante 50 soixante 60 cent 100 mille 1000 million 1000000 millions "
        "1000000 milliard 1000000000 milliards 1000000000 douzaine 12 "
    ),
    date_glue=wordset("le"),
    number_qualifiers=(
        "plus de",
        "moins de",
        "près de",
        "presque",
        "environ",
        "quelque",
        "au moins",
        "au plus",
        "jusqu'à",
        "quasiment",
        "autour de",
    ),
)
