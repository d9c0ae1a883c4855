"""Spanish: the words revtrack reads in Spanish texts."""

from __future__ import annotations

from revtrack.lang import (
    Language,
    ValueWords,
    alternatives,
    changed,
    month_names,
    number_names,
    wordset,
)

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
        r"(?:se\s+)?(?:indicó|afirmó|informó|dijo|afirmaba|indicaba|decía|publicó|mencionó|escribió|citó|atribuyó|nombró)(?:\s+que)?",
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

# The pieces a newsroom publishes and corrects, for the self-references below.
_ITEM = alternatives(
    r"artículo nota noticia información crónica reportaje entrevista columna periódico diario "
    r"edición titular foto(?:grafía)? pie\s+de\s+foto editorial página "
)

# The pieces a corrections column cites by their day or page (not an interview, which
# news prose dates as often: "in an interview on Tuesday").
_CITED = alternatives(
    r"artículo nota noticia información crónica reportaje columna titular foto(?:grafía)? "
    r"pie\s+de\s+foto editorial "
)

# "Este artículo fue actualizado el 9 de mayo", "Esta nota ha sido corregida".
_THIS = r"(?:este|esta)\s+(?:artículo|nota|noticia|información|texto|reportaje|crónica)"
_AUX = r"fue|ha\s+sido|había\s+sido"
_STAMP = r"(?:(?:noticia|artículo|nota|información|texto|crónica)\s+)?"

LANGUAGE = Language(
    code="es",
    name="Spanish",
    stopwords=wordset(
        "el la los las de del y es un una que en por con para se no su al lo como fue sus más "
        "pero este esta ha sido "
        "también desde entre hasta muy sin sobre ya está fueron han "
        "nuestro nuestra le les "
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
    labels={
        "correction": (
            r"fe\s+de\s+err(?:ores|atas)",
            r"correcci[oó]n",
            r"rectificaci[oó]n",
        ),
        "clarification": (r"aclaraci[oó]n",),
        "update": (r"actualizaci[oó]n", r"actualizado"),
        "editors_note": (
            r"nota\s+del\s+editor",
            r"nota\s+de\s+la\s+redacci[oó]n",
            r"nota\s+del\s+director",
        ),
        "retraction": (r"retractaci[oó]n",),
    },
    self_references=(
        # The newsroom's own slip, named by its cause.
        r"por\s+(?:un\s+)?error\s+(?:de\s+(?:edición|redacción|transcripción|traducción|imprenta|esta\s+redacción|este\s+(?:diario|medio|periódico))|nuestro|involuntario\s+de\s+(?:esta|la)\s+redacción)",
        rf"(?:est[ea]|nuestr[oa]s?)\s+(?:[\w-]+\s+){{0,1}}?{_ITEM}\b",
        r"(?:una|la)\s+(?:versión|edición)\s+(?:anterior|previa|original)\b",
        r"(?:en\s+)?(?:la|nuestra)\s+edición\s+(?:de\s+ayer|del\s+\w+|de\s+\w+|impresa)",
        r"contrariamente\s+a\s+lo\s+(?:publicado|informado)",
        rf"{_ITEM}\s+(?:[‘'\"“«][^’'\"”»]{{1,160}}[’'\"”»]\s*,?\s*)?titulad[oa]|bajo\s+el\s+t[ií]tulo",
        r"(?:publicamos|informamos|escribimos|indicamos|dijimos)\b",
        r"(?:como\s+)?se\s+(?:publicó|informó|dijo|indicó)\s+(?:por\s+error|erróneamente|"
        r"en\s+forma\s+errónea)",
    ),
    dated_references=(
        # "la fotografía publicada ayer en la página 8", "la nota del 3 de mayo".
        rf"(?:la|el|una|un|nuestr[oa])\s+{_CITED}\s+(?:[‘'\"“«][^’'\"”»]{{1,160}}[’'\"”»]\s*,?\s*)?"
        rf"(?:\w+\s+){{0,3}}?publicad[oa]\s+(?:ayer|anteayer|hoy|el\s+(?:pasado\s+)?\w+|este|esta|"
        rf"en\s+(?:la|nuestra)\s+(?:página|edición|portada))",
        rf"{_CITED}\s+(?:[‘'\"“«][^’'\"”»]{{1,160}}[’'\"”»]\s*,?\s*)?(?:de|del)\s+(?:ayer|anteayer|"
        rf"(?:pasado\s+)?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|\d{{1,2}}\s+de\s)",
        r"(?:en|de)\s+(?:nuestra|la)\s+edici[oó]n\s+(?:de\s+)?(?:ayer|del?\s+\w+)",
        r"(?:como\s+)?se\s+(?:publicó|informó|dijo|indicó)\s+(?:ayer|anteayer|el\s+(?:pasado\s+)?\w+)",
    ),
    # "A reportagem ... informou", "Le titre de ...": a piece as the subject of its sentence.
    item_subjects=(
        rf"(?:^|(?<=[.!?:]\s))(?:el|la|los|las|un|una|nuestr[oa])\s*(?:[\w-]+\s+){{0,2}}?{_CITED}\b",
    ),
    reader_addresses=(
        rf"(?:su|vuestr[oa])\s+(?:[\w-]+\s+)?{_ITEM}\s+(?:sobre|del|de\s+(?:ayer|su))",
        r"(?:señor|estimado)\s+director",
    ),
    first_person=(r"nosotros", r"nuestr[oa]s?", r"nos"),
    error_predicates=(
        r"por\s+(?:un\s+)?error",
        r"conten[ií]a\s+(?:un|varios|dos)\s+errore?s?",
        r"(?:se\s+)?(?:public[oó]|inform[oó]|dijo|indic[oó]|atribuy[oó])\s+(?:err[oó]neamente|"
        r"equivocadamente|incorrectamente)",
        r"erróneamente",
        r"equivocadamente",
        r"incorrectamente",
        r"en\s+forma\s+errónea",
        r"de\s+(?:forma|manera)\s+(?:errónea|incorrecta|equivocada)",
        r"errónea?s?",
        r"incorrect[oa]s?",
        r"nos\s+equivocamos",
        r"no\s+es\s+correct[oa]",
        r"(?:se\s+)?omitió",
    ),
    error_words=(r"errore?s?", r"equivocaci[oó]n"),
    contrast_patterns=(r"no", r"sino", r"en\s+lugar\s+de", r"en\s+vez\s+de", r"tampoco"),
    fix_patterns=(
        r"(?:hemos|ya\s+hemos)\s+(?:\w+\s+){0,2}?(?:corregido|rectificado|modificado|retirado)",
        r"en\s+realidad",
        r"lo\s+correcto\s+(?:es|era)",
        r"(?:la|el|los|las)\s+\w+\s+correct[oa]s?\s+(?:es|era|son|eran)",
        r"(?:ha\s+sido|fue)\s+(?:corregid[oa]|rectificad[oa]|retirad[oa]|eliminad[oa])",
    ),
    claim_verbs=(r"se\s+publicó", r"se\s+mencionó", r"se\s+dijo", r"mostró", r"se\s+informó"),
    apologies=(
        r"(?:ofrecemos|pedimos|ofrecer|presentamos)\s+(?:\w+\s+){0,3}?disculpas",
        r"nuestras\s+(?:más\s+sinceras\s+)?disculpas",
        r"lamentamos\s+(?:el|este|los)\s+error",
    ),
    generic_openers=(r"cuando", r"siempre\s+que", r"si"),
    outlet_subjects=(
        r"(?:el|la)\s+(?:\w+\s+)?(?:diario|periódico|revista|cadena|agencia|semanario)"
        r"(?!\s+(?:\w+\s+){0,3}?(?:lamenta|pide\s+disculpas|ofrece\s+disculpas|se\s+disculpa)\b)",
    ),
    legal_subjects=(r"ley", r"proyecto", r"contrato"),
    history_verbs={
        "correction": (r"corregid[oa]", r"corrección"),
        "update": (r"actualizad[oa]", r"añadid[oa]", r"agregad[oa]", r"modificad[oa]"),
    },
    kind_words={
        "retraction": (
            r"(?:nos\s+)?retractamos",
            r"no\s+(?:debió|debería\s+haberse)\s+(?:publicarse|haber\s+sido\s+publicad[oa])",
            r"(?:ha\s+sido|fue)\s+retirad[oa]\s+de\s+(?:nuestra|la)\s+(?:web|página)",
        ),
        "clarification": (r"aclaramos", r"queremos\s+aclarar", r"cabe\s+aclarar"),
    },
    change_lines={
        "update": (
            changed(_THIS, _AUX, r"actualizad[oa]|modificad[oa]|ampliad[oa]", 3),
            # "Noticia actualizada a las 15.30 con ...", "Actualizado el 3 de mayo": the stamp.
            _STAMP
            + r"(?:actualizad[oa]|modificad[oa]|ampliad[oa])\s+(?:a\s+las|el|en|hoy)\s+\w*\d",
        ),
        "correction": (
            changed(_THIS, _AUX, r"corregid[oa]|rectificad[oa]", 3),
            _STAMP + r"(?:corregid[oa]|rectificad[oa])\s+(?:a\s+las|el|en|hoy)\s+\w*\d",
        ),
        "clarification": (changed(_THIS, _AUX, r"aclarad[oa]|precisad[oa]", 3),),
        "retraction": (changed(_THIS, _AUX, r"retirad[oa]", 3),),
    },
    notice_examples=(
        "En la edición de ayer se publicó por error que el puente se inauguró en 1932. En"
        " realidad, se inauguró en 1931.",
        "La foto publicada ayer en la página 6 no muestra el puerto de Vigo, sino el de Gijón.",
        "Fe de errores: el alcalde de Soria se llama Carlos Martínez, y no Carlos Martín.",
    ),
    lookalike_examples=(
        "El ministro reconoció que se equivocaron de nombre en el comunicado oficial.",
        "Señor director: su artículo sobre el puerto del lunes contenía un error.",
        "El diario publicó una fe de erratas tras atribuir por error la frase al ministro.",
    ),
    values=VALUES,
    complementizers=(r"que",),
    speech_verbs=wordset(
        "dijo dice afirmó afirma declaró declara añadió explicó señaló escribió aseguró "
    ),
)
