"""Spanish: the words revtrack reads in Spanish texts."""

from __future__ import annotations

from revtrack.lang import Language, ValueWords, month_names, number_names, wordset

VALUES = ValueWords(
    not_words=("y no", "no", "pero no"),
    and_not=("y no",),
    but_words=("sino", "sino que"),
    instead_words=("en lugar de", "en vez de", "y no"),
    fix_leads=("en realidad", "de hecho", "realmente", "en verdad", "sin embargo"),
    copulas=("es", "son", "era", "eran", "fue", "fueron", "se llama", "se llamaba"),
    should_words=(
        r"(?:debe|debió|debería|debía)\s+(?:decir|leerse|poner|nombrarse|figurar)",
        r"(?:léase|dice\s+ahora)",
    ),
    correct_words=(
        r"(?:el|la|lo)\s+(?:\w+\s+){0,2}?(?:correct[oa]|exact[oa]|verdader[oa])\s+(?:es|era|fue)",
        r"lo\s+correcto\s+es",
    ),
    as_words=("como",),
    claim_words=(
        r"(?:se\s+)?(?:indicó|afirmó|informó|dijo|afirmaba|indicaba|decía|publicó|mencionó|escribió)(?:\s+que)?",
        r"(?:dijimos|publicamos|escribimos|informamos)(?:\s+que)?",
    ),
    error_words=(
        "error",
        "por error",
        "erróneamente",
        "equivocadamente",
        "incorrectamente",
        r"errónea\w*",
        r"incorrect\w*",
        "errata",
        "no es correcta",
        "no es correcto",
    ),
    change_words=(
        r"corregid\w*",
        r"cambiad\w*",
        r"modificad\w*",
        r"actualizad\w*",
        r"rectificad\w*",
    ),
    from_to=(("de", "a"),),
    for_read=(
        ("donde dice", "debe decir"),
        ("donde pone", "debe poner"),
        ("donde decía", "debía decir"),
    ),
    previously_words=(r"(?:decía|indicaba|ponía)\s+(?:originalmente|inicialmente|antes)",),
    articles=wordset("el la los las un una unos unas lo su sus nuestro nuestra del al"),
    prepositions=wordset("en de del a al por para con sobre entre desde"),
    pronouns=wordset("él ella ellos ellas esto eso"),
    units=wordset(
        "por ciento % millones mil euros dólares pesos años meses días horas metros "
        "kilómetros toneladas veces grados camas"
    ),
)

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
    values=VALUES,
    speech_verbs=wordset(
        "dijo dice afirmó afirma declaró declara añadió explicó señaló escribió aseguró "
    ),
)
