"""English: the words revtrack reads in English texts."""

from __future__ import annotations

from revtrack.lang import Language, month_names, number_names, wordset

LANGUAGE = Language(
    code="en",
    name="English",
    stopwords=wordset(
        "the a an of to and in is was that for on it with as by at from this be are were has "
        "have had not but or which his her he she they its their been would will "
    ),
    months=month_names(
        "january jan",
        "february feb",
        "march mar",
        "april apr",
        "may",
        "june jun",
        "july jul",
        "august aug",
        "september sep sept",
        "october oct",
        "november nov",
        "december dec",
    ),
    weekdays=wordset(
        "monday mon tuesday tue tues wednesday wed thursday thu friday fri saturday sat sunday sun "
    ),
    number_words=number_names(
        "zero 0 one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven "
        "11 twelve 12 thirteen 13 fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 "
        "nineteen 19 twenty 20 thirty 30 forty 40 fifty 50 sixty 60 seventy 70 eighty 80 "
        "ninety 90 hundred 100 thousand 1000 million 1000000 billion 1000000000 dozen 12 "
    ),
    date_glue=wordset("of the on"),
    number_qualifiers=(
        "more than",
        "less than",
        "fewer than",
        "nearly",
        "about",
        "around",
        "approximately",
        "roughly",
        "at least",
        "at most",
        "almost",
        "up to",
        "over",
        "under",
        "some",
        "close to",
        "just over",
        "just under",
    ),
)
