"""Portuguese: the words revtrack reads in Portuguese texts."""

from __future__ import annotations

from revtrack.lang import Language, month_names, number_names, wordset

LANGUAGE = Language(
    code="pt",
    name="Portuguese",
    stopwords=wordset(
        "o os as da do das dos em um uma não é com para na no ao à pelo pela foi são também "
        "mais que de se sua seu "
    ),
    months=month_names(
        "janeiro jan",
        "fevereiro fev",
        "março mar",
        "abril abr",
        "maio mai",
        "junho jun",
        "julho jul",
        "agosto ago",
        "setembro set",
        "outubro out",
        "novembro nov",
        "dezembro dez",
    ),
    weekdays=wordset(
        "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo "
    ),
    number_words=number_names(
        "zero 0 um 1 uma 1 dois 2 duas 2 três 3 quatro 4 cinco 5 seis 6 sete 7 oito 8 nove 9 "
        "dez 10 onze 11 doze 12 treze 13 catorze 14 quatorze 14 quinze 15 dezesseis 16 "
        "dezasseis 16 dezessete 17 dezoito 18 dezenove 19 vinte 20 trinta 30 quarenta 40 "
        "cinquenta 50 sessenta 60 setenta 70 oitenta 80 noventa 90 cem 100 cento 100 mil 1000 "
        "milhão 1000000 milhões 1000000 bilhão 1000000000 dúzia 12 "
    ),
    date_glue=wordset("de às as"),
    number_qualifiers=(
        "mais de",
        "menos de",
        "quase",
        "cerca de",
        "aproximadamente",
        "pelo menos",
        "até",
        "por volta de",
    ),
)
