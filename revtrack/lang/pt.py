"""Portuguese: the words revtrack reads in Portuguese texts."""

from __future__ import annotations

from revtrack.lang import Language, ValueWords, month_names, number_names, wordset

VALUES = ValueWords(
    not_words=("e não", "não", "mas não"),
    and_not=("e não",),
    but_words=("mas", "mas sim", "e sim", "senão"),
    instead_words=("em vez de", "ao invés de", "no lugar de", "em lugar de"),
    fix_leads=("na verdade", "na realidade", "de fato", "de facto", "na verdade,", "porém"),
    copulas=("é", "são", "era", "eram", "foi", "foram", "se chama", "chama-se", "chamava-se"),
    should_words=(
        r"(?:deveria|deve|devia)\s+(?:ser|dizer|constar|ter\s+sido)",
        r"leia-se",
        r"lê-se\s+agora",
    ),
    correct_words=(
        r"(?:o|a)\s+(?:\w+\s+){0,2}?(?:corret[oa]|cert[oa]|exat[oa])\s+(?:é|era|foi)",
        r"o\s+correto\s+é",
    ),
    as_words=("como",),
    claim_words=(
        r"(?:escrevemos|publicamos|informamos|dissemos|informava|dizia|afirmava|noticiamos)"
        r"(?:\s+(?:incorretamente|erroneamente|equivocadamente|erradamente))?(?:\s+que)?",
        r"foi\s+(?:publicado|informado|escrito|noticiado)(?:\s+que)?",
    ),
    error_words=(
        "erro",
        "por erro",
        "erroneamente",
        "incorretamente",
        "equivocadamente",
        "erradamente",
        r"errad[oa]s?",
        r"incorret[oa]s?",
        "errata",
        "equívoco",
    ),
    change_words=(r"corrigid[oa]s?", r"alterad[oa]s?", r"atualizad[oa]s?", r"modificad[oa]s?"),
    from_to=(("de", "para"),),
    for_read=(("onde se lê", "leia-se"), ("onde se lia", "leia-se"), ("onde se lê", "lê-se")),
    previously_words=(r"(?:dizia|informava|indicava)\s+(?:inicialmente|antes|originalmente)",),
    articles=wordset("o a os as um uma uns umas seu sua seus suas nosso nossa do da dos das"),
    prepositions=wordset("em no na nos nas de do da dos das a ao à por pelo pela para com"),
    pronouns=wordset("ele ela eles elas isso isto"),
    units=wordset(
        "por cento % milhões bilhões mil reais euros dólares anos meses dias horas metros "
        "quilômetros toneladas vezes graus"
    ),
)

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
    values=VALUES,
    speech_verbs=wordset(
        "disse diz afirmou afirma declarou declara acrescentou explicou escreveu salientou "
    ),
)
