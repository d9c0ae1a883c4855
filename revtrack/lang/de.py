"""German: the words revtrack reads in German texts."""

from __future__ import annotations

from revtrack.lang import Language, month_names, number_names, wordset

LANGUAGE = Language(
    code="de",
    name="German",
    stopwords=wordset(
        "der die das und ist nicht ein eine zu den von mit im sich des dem auf für wir es als "
        "auch wurde sind war bei nach wie uns hat haben einer einem aus "
    ),
    months=month_names(
        "januar jan jänner",
        "februar feb",
        "märz mär",
        "april apr",
        "mai",
        "juni jun",
        "juli jul",
        "august aug",
        "september sep sept",
        "oktober okt",
        "november nov",
        "dezember dez",
    ),
    weekdays=wordset("montag dienstag mittwoch donnerstag freitag samstag sonntag "),
    number_words=number_names(
        "null 0 eins 1 ein 1 eine 1 zwei 2 drei 3 vier 4 fünf 5 sechs 6 sieben 7 acht 8 neun "
        "9 zehn 10 elf 11 zwölf 12 dreizehn 13 vierzehn 14 fünfzehn 15 sechzehn 16 siebzehn "
        "17 achtzehn 18 neunzehn 19 zwanzig 20 dreißig 30 vierzig 40 fünfzig 50 sechzig 60 "
        "siebzig 70 achtzig 80 neunzig 90 hundert 100 tausend 1000 million 1000000 millionen "
        "1000000 milliarde 1000000000 milliarden 1000000000 dutzend 12 "
    ),
    date_glue=wordset(""),
    number_qualifiers=(
        "mehr als",
        "weniger als",
        "fast",
        "knapp",
        "rund",
        "etwa",
        "ungefähr",
        "circa",
        "mindestens",
        "höchstens",
        "bis zu",
        "über",
        "unter",
        "gut",
    ),
)
