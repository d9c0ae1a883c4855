"""Spanish: the words revtrack reads in Spanish texts."""

from __future__ import annotations

from revtrack.lang import Language, month_names, number_names, wordset

LANGUAGE = Language(
    code="es",
    name="Spanish",
    stopwords=wordset(
        "el la los las de del y es un una que en por con para se no su al lo como fue sus más "
        "pero este esta ha sido "
    ),
    months=month_names(
        "enero ene",
        "febrero feb",
        "marzo mar",
        "abril abr",
        "mayo may",
        "junio jun",
        "julio jul",
        "agosto ago",
        "septiembre sep setiembre",
        "octubre oct",
        "noviembre nov",
        "diciembre dic",
    ),
    weekdays=wordset("lunes martes miércoles jueves viernes sábado domingo "),
    number_words=number_names(
        "cero 0 uno 1 una 1 un 1 dos 2 tres 3 cuatro 4 cinco 5 seis 6 siete 7 ocho 8 nueve 9 "
        "diez 10 once 11 doce 12 trece 13 catorce 14 quince 15 dieciséis 16 diecisiete 17 "
        "dieciocho 18 diecinueve 19 veinte 20 treinta 30 cuarenta 40 cincuenta 50 sesenta 60 "
        "setenta 70 ochenta 80 noventa 90 cien 100 ciento 100 mil 1000 millón 1000000 "
        "millones 1000000 docena 12 "
    ),
    date_glue=wordset("de del el"),
    number_qualifiers=(
        "más de",
        "menos de",
        "casi",
        "cerca de",
        "alrededor de",
        "unos",
        "unas",
        "aproximadamente",
        "al menos",
        "por lo menos",
        "hasta",
    ),
)
