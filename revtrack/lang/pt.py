"""Portuguese: the words revtrack reads in Portuguese texts."""

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

# The pieces a newsroom publishes and corrects, for the self-references below.
_ITEM = alternatives(
    r"texto reportagem notícia matéria artigo edição jornal título legenda foto(?:grafia)? "
    r"coluna entrevista editorial infográfico página "
)

# The pieces a corrections column cites by their day or page (not an interview, which
# news prose dates as often: "in an interview on Tuesday").
_CITED = alternatives(
    r"texto reportagem notícia matéria artigo título legenda foto(?:grafia)? coluna editorial "
    r"infográfico "
)

# "Esta reportagem foi atualizada às 14h", "Este texto foi corrigido".
_THIS = r"(?:esta|este)\s+(?:reportagem|notícia|texto|artigo|matéria)"
_AUX = r"foi|já\s+foi|tinha\s+sido|está"

LANGUAGE = Language(
    code="pt",
    name="Portuguese",
    stopwords=wordset(
        "o os as da do das dos em um uma não é com para na no ao à pelo pela foi são também "
        "mais que de se sua seu "
        "ao aos pelos pelas nas nos num numa mas já ele ela está foram "
        "nosso nossa nós essa esse isso "
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
    labels={
        "correction": (r"correç[ãa]o", r"retificaç[ãa]o", r"erramos"),
        "clarification": (r"esclarecimento",),
        "update": (r"atualizaç[ãa]o", r"actualizaç[ãa]o"),
        "editors_note": (r"nota\s+da\s+reda[cç][ãa]o",),
    },
    self_references=(
        # The newsroom's own slip, named by its cause.
        r"por\s+(?:um\s+)?(?:erro|engano|lapso)\s+(?:de\s+(?:edição|redação|digitação|tradução|revisão|transcrição)|nosso|da\s+redação)",
        rf"(?:est[ea]|nosso|nossa|nossos|nossas)\s+(?:[\w-]+\s+){{0,1}}?{_ITEM}\b",
        r"(?:numa|em\s+uma|uma|a|em|na)\s+versão\s+(?:anterior|original|inicial)\b",
        r"(?:na|da)\s+versão\s+(?:anterior|impressa)",
        # "Diferentemente do informado", "Ao contrário do que foi publicado", "do que dizia".
        r"(?:diferentemente|ao\s+contrário)\s+do\s+(?:que\s+)?(?:foi\s+|havia\s+sido\s+|"
        r"tinha\s+sido\s+)?(?:publicad|informad|noticiad|escrit|divulgad|afirmad|veiculad)[oa]",
        r"(?:diferentemente|ao\s+contrário)\s+do\s+que\s+(?:dizia|informava|afirmava|dissemos|"
        r"publicamos|informamos|escrevemos|noticiamos)",
        r"^(?:o|a)\s+(?:texto|reportagem|notícia|matéria|artigo)\s+foi\s+(?:corrigid|alterad|"
        r"atualizad|actualizad)[oa](?=\s*[.:;])",
        r"(?:publicamos|informamos|noticiamos|dissemos|escrevemos)\b",
        rf"(?:o|a)\s+(?:\w+\s+)?{_ITEM}\s+(?:publicad[oa]|veiculad[oa])",
        r"^(?:not[ií]cia|texto|artigo|reportagem|mat[ée]ria)\s+(?:corrigid[oa]|atualizad[oa]|"
        r"actualizad[oa]|alterad[oa])",
    ),
    dated_references=(
        r"(?:na|da)\s+edição\s+(?:de\s+ontem|de\s+\w+|do\s+dia|impressa\s+de)",
        # "a reportagem de ontem", "a legenda publicada na página 12", "o texto de 3 de maio".
        rf"{_CITED}\s+(?:[“\"«][^”\"»]{{1,160}}[”\"»]\s*,?\s*)?(?:\([^()]{{0,60}}\)\s*,?\s*)?"
        rf"(?:(?:\w+\s+){{0,2}}?(?:publicad[oa]|veiculad[oa])\s+)?(?:de\s+ontem|ontem|(?:na|em)\s+"
        rf"(?:página|pág\.)\s*(?-i:[A-Z])?\d|(?:de|do\s+dia|em|no\s+dia)\s+\d{{1,2}}(?:[./º]|\s+de\s)|"
        rf"(?:de|da|do|na|no)\s+(?:última\s+|último\s+|passad[oa]\s+)?(?:segunda|terça|quarta|"
        rf"quinta|sexta|sábado|domingo))",
    ),
    # "A reportagem ... informou", "Le titre de ...": a piece as the subject of its sentence.
    item_subjects=(
        rf"(?:^|(?<=[.!?:]\s))(?:o|a|os|as|um|uma|nosso|nossa)\s*(?:[\w-]+\s+){{0,2}}?{_CITED}\b",
    ),
    reader_addresses=(
        rf"(?:vosso|vossa|seu|sua)\s+(?:[\w-]+\s+)?{_ITEM}\s+(?:sobre|de\s+ontem)",
        r"(?:caro|prezado)\s+editor",
    ),
    first_person=(r"nós", r"noss[oa]s?"),
    error_predicates=(
        r"erradamente",
        # "o nome do ministro estava mal escrito", "foi mal identificada".
        r"mal\s+(?:escrit|grafad|identificad|atribu[ií]d|traduzid)[oa]s?",
        r"erroneamente",
        r"grafad[oa]s?\s+(?:de\s+forma\s+)?(?:errad|incorret)",
        r"equivocadamente",
        r"incorretamente",
        r"incorrectamente",
        r"por\s+engano",
        r"por\s+erro",
        r"errad[oa]s?",
        r"incorret[oa]s?",
        r"incorrect[oa]s?",
        r"equivocad[oa]s?",
        r"erramos",
        r"(?:o|a)\s+(?:[\w-]+\s+){1,3}?errou",
        r"sai[ua]\s+errad[oa]",
        r"(?:foi|foram)\s+publicad[oa]s?\s+(?:por\s+engano|erradamente|incorretamente|com\s+erro)",
        r"(?:continha|contém)\s+(?:um|dois|vários)\s+erros?",
        r"troc(?:ou|ado|amos)",
        r"inform(?:ou|amos)\s+(?:erradamente|incorretamente)",
        r"ao\s+contrário\s+do\s+que",
        r"diferentemente\s+do\s+que",
        r"(?:diferentemente|ao\s+contrário)\s+do\s+(?:publicad|informad|noticiad|divulgad)[oa]",
    ),
    error_words=(r"erros?", r"engano"),
    contrast_patterns=(r"não", r"e\s+não", r"em\s+vez\s+de", r"ao\s+invés\s+de", r"mas", r"sim"),
    fix_patterns=(
        r"(?:já\s+)?(?:corrigimos|retificamos|rectificámos|alteramos)\b",
        r"na\s+verdade",
        r"na\s+realidade",
        r"o\s+correto\s+(?:é|era)",
        r"(?:o|a|os|as)\s+\w+\s+corret[oa]s?\s+(?:é|era|são|eram)",
        r"(?:foi|foram)\s+(?:corrigid[oa]s?|retificad[oa]s?|alterad[oa]s?|removid[oa]s?|"
        r"atualizad[oa]s?|actualizad[oa]s?)",
        r"(?:corrigid[oa]|atualizad[oa]|actualizad[oa]|alterad[oa])\s+(?:às|em|a)\s+\d",
    ),
    claim_verbs=(r"informou", r"afirmou", r"disse", r"publicou", r"noticiou", r"escreveu"),
    apologies=(
        r"pedimos\s+(?:\w+\s+){0,2}?desculpas",
        r"(?:as\s+nossas|nossas)\s+desculpas",
        r"lamentamos\s+o\s+erro",
    ),
    generic_openers=(r"quando", r"sempre\s+que", r"se"),
    outlet_subjects=(
        r"(?:o|a)\s+(?:\w+\s+)?(?:jornal|diário|revista|emissora|agência|semanário)"
        r"(?!\s+(?:\w+\s+){0,3}?(?:lamenta|pede\s+desculpas|se\s+desculpa)\b)",
    ),
    legal_subjects=(r"lei", r"projeto", r"contrato", r"decreto"),
    history_verbs={
        "correction": (r"corrigid[oa]", r"correção"),
        "update": (r"atualizad[oa]", r"actualizad[oa]", r"acrescentad[oa]", r"alterad[oa]"),
    },
    kind_words={
        "retraction": (
            r"(?:foi|foram)\s+retirad[oa]s?\s+do\s+(?:ar|site)",
            r"não\s+deveria\s+ter\s+sido\s+publicad[oa]",
            r"retratamo-nos",
        ),
        "clarification": (r"esclarec\w+",),
    },
    change_lines={
        "update": (
            changed(_THIS, _AUX, r"atualizad[oa]|actualizad[oa]|alterad[oa]|ampliad[oa]", 3),
            # Público's timed line: "Notícia actualizada às 19h45 com ...".
            r"(?:(?:not[ií]cia|texto|artigo|reportagem|mat[ée]ria)\s+)?(?:atualizad[oa]|actualizad[oa]|"
            r"alterad[oa])\s+(?:às|em|a|no\s+dia)\s+\d",
        ),
        "correction": (
            changed(_THIS, _AUX, r"corrigid[oa]|retificad[oa]|rectificad[oa]", 3),
            r"(?:(?:not[ií]cia|texto|artigo|reportagem|mat[ée]ria)\s+)?(?:corrigid[oa]|retificad[oa]|"
            r"rectificad[oa])\s+(?:às|em|a|no\s+dia)\s+\d",
        ),
        "retraction": (changed(_THIS, _AUX, r"retirad[oa]", 3),),
    },
    notice_examples=(
        "Diferentemente do que foi publicado nesta reportagem, a ponte foi inaugurada em"
        " 1931, e não em 1932.",
        "Erramos: o texto informou erradamente que o museu fecha às segundas-feiras.",
        "Ao contrário do informado, o show será no sábado, e não no domingo.",
        "A legenda da foto publicada na página 12 trocou os nomes dos dois jogadores.",
    ),
    lookalike_examples=(
        "A lei prevê a correção monetária dos contratos com prazo superior a um ano.",
        "Prezado editor, a reportagem de ontem sobre o porto estava errada.",
        "O jornal rival publicou uma correção depois de informar erradamente o nome do ministro.",
    ),
    values=VALUES,
    complementizers=(r"que",),
    speech_verbs=wordset(
        "disse diz afirmou afirma declarou declara acrescentou explicou escreveu salientou "
    ),
)
