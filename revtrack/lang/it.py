"""Italian: the words revtrack reads in Italian texts."""

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
    not_words=("e non", "non", "ma non"),
    and_not=("e non",),
    but_words=("ma", "bensì", "ma piuttosto"),
    instead_words=("anziché", "invece di", "invece che", "piuttosto che", "al posto di"),
    fix_leads=("in realtà", "infatti", "invece", "in verità", "tuttavia"),
    copulas=("è", "sono", "era", "erano", "fu", "si chiama", "si chiamava"),
    should_words=(
        r"(?:si\s+)?(?:doveva|sarebbe\s+dovuto|avrebbe\s+dovuto)\s+(?:leggere|essere|scrivere|dire)",
        r"leggasi",
        r"va\s+letto",
        r"si\s+legga",
    ),
    correct_words=(
        r"(?:il|la|lo)\s+(?:\w+\s+){0,2}?(?:corrett[oa]|giust[oa]|esatt[oa])\s+(?:è|era)",
    ),
    as_words=("come",),
    claim_words=(
        r"(?:abbiamo|avevamo|è\s+stato|era\s+stato)\s+(?:erroneamente\s+)?(?:scritto|indicato|riportato|"
        r"affermato|pubblicato)(?:\s+che)?",
        r"(?:si\s+leggeva|si\s+affermava|si\s+diceva)(?:\s+che)?",
        r"(?:diceva|riportava|indicava|recitava)(?:\s+che)?",
    ),
    error_words=(
        "errore",
        "per errore",
        "erroneamente",
        r"errat[oaie]",
        "refuso",
        r"sbagliat[oaie]",
        r"toppa\w*",
        "svista",
        r"inesatt[oaie]",
    ),
    change_words=(r"corrett[oaie]", r"modificat[oaie]", r"aggiornat[oaie]", r"rettificat[oaie]"),
    from_to=(("da", "a"),),
    for_read=(("dove si legge", "leggasi"), ("invece di", "si doveva leggere")),
    previously_words=(r"(?:indicava|riportava|diceva)\s+(?:inizialmente|prima|originariamente)",),
    articles=wordset(
        "il lo la i gli le l' l’ un uno una un' suo sua suoi sue nostro nostra del della"
    ),
    prepositions=wordset("a ai al alla in nel nella di del della da dal dalla per con su tra fra"),
    pronouns=wordset("lui lei loro esso essa"),
    units=wordset(
        "per cento % milioni miliardi mila euro dollari anni mesi giorni ore metri "
        "chilometri tonnellate volte gradi abitanti"
    ),
)

# The pieces a newsroom publishes and corrects, for the self-references below.
_ITEM = alternatives(
    r"articolo testo notizia titolo pezzo servizio intervista giornale edizione didascalia "
    r"foto editoriale rubrica gallery "
)

# The pieces a corrections column cites by their day or page (not an interview, which
# news prose dates as often: "in an interview on Tuesday").
_CITED = alternatives(
    r"articolo testo notizia titolo pezzo servizio didascalia foto editoriale rubrica "
)

# "Questo articolo è stato aggiornato alle 18", "Quest'articolo è stato corretto".
_THIS = r"(?:questo\s+|quest['’]\s*)(?:articolo|testo|pezzo)"
_AUX = r"è\s+stat[oa]|era\s+stat[oa]|è"

LANGUAGE = Language(
    code="it",
    name="Italian",
    stopwords=wordset(
        "il lo gli di della delle dei degli che è non per con una nel nella alla sono anche "
        "come questo questa stato stata ma più del la un i al ha e in ci si gli "
        "alla dalla dal nei sul sulla agli ed dopo "
        "nostro nostra abbiamo "
    ),
    months=month_names(
        "gennaio gen",
        "febbraio feb",
        "marzo mar",
        "aprile apr",
        "maggio mag",
        "giugno giu",
        "luglio lug",
        "agosto ago",
        "settembre set",
        "ottobre ott",
        "novembre nov",
        "dicembre dic",
    ),
    weekdays=wordset("lunedì martedì mercoledì giovedì venerdì sabato domenica "),
    number_words=number_names(
        "zero 0 uno 1 una 1 un 1 due 2 tre 3 quattro 4 cinque 5 sei 6 sette 7 otto 8 nove 9 "
        "dieci 10 undici 11 dodici 12 tredici 13 quattordici 14 quindici 15 sedici 16 "
        "diciassette 17 diciotto 18 diciannove 19 venti 20 trenta 30 quaranta 40 cinquanta 50 "
        "sessanta 60 settanta 70 ottanta 80 novanta 90 cento 100 mille 1000 mila 1000 milione "
        "1000000 milioni 1000000 miliardo 1000000000 miliardi 1000000000 dozzina 12 "
    ),
    date_glue=wordset("alle il del delle dalle"),
    number_qualifiers=(
        "più di",
        "meno di",
        "quasi",
        "circa",
        "oltre",
        "almeno",
        "fino a",
        "intorno a",
        "poco più di",
    ),
    labels={
        "correction": (r"rettifica", r"errata\s+corrige"),
        "clarification": (r"precisazione",),
        "update": (r"aggiornamento",),
        "editors_note": (r"nota\s+della\s+redazione",),
    },
    self_references=(
        # The newsroom's own slip, named by its cause.
        r"per\s+(?:un\s+)?errore\s+(?:di\s+(?:redazione|impaginazione|trascrizione|traduzione|stampa|battitura)|nostro|redazionale)",
        rf"(?:quest[oa]|quest['’]|nostr[oa]|nostri|nostre)\s*(?:[\w-]+\s+){{0,1}}?{_ITEM}\b",
        r"(?:in\s+una|una|la)\s+(?:precedente|prima)\s+versione\b",
        r"(?:in\s+una|una|la)\s+versione\s+(?:precedente|originale)\b",
        rf"(?:dell['’]|nell['’]|l['’])\s*{_ITEM}\b",
        r"(?:abbiamo|è\s+stato)\s+(?:scritto|pubblicato|riportato|attribuito|indicato)\b",
        r"come\s+(?:erroneamente|per\s+errore|invece)\s+(?:riportato|scritto|pubblicato|indicato|"
        r"affermato)",
    ),
    dated_references=(
        # "l'articolo di ieri", "il servizio pubblicato a pagina 5", "l'articolo del 3 maggio".
        rf"{_CITED}\s+(?:[«\"“][^»\"”]{{1,160}}[»\"”]\s*,?\s*)?(?:(?:pubblicat[oa]|uscit[oa]|"
        rf"appars[oa])\s+)?(?:di\s+ieri|ieri|del\s+\d|di\s+(?:lunedì|martedì|mercoledì|giovedì|"
        rf"venerdì|sabato|domenica)|(?:a|in)\s+pagina\s+\d|(?:lunedì|martedì|mercoledì|giovedì|"
        rf"venerdì|sabato|domenica)\s+scors[oa])",
        r"come\s+(?:erroneamente\s+|per\s+errore\s+)?(?:riportato|scritto|pubblicato|indicato|"
        r"affermato)\s+(?:ieri|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
        r"nell['’]|nel\s+nostro|in\s+pagina)",
    ),
    # "A reportagem ... informou", "Le titre de ...": a piece as the subject of its sentence.
    item_subjects=(
        rf"(?:^|(?<=[.!?:]\s))(?:il|lo|la|l['’]|un|una|uno|nostr[oa])\s*(?:[\w-]+\s+){{0,2}}?{_CITED}\b",
    ),
    reader_addresses=(
        rf"(?:il\s+vostro|la\s+vostra|vostr[oa])\s+{_ITEM}\b",
        r"(?:caro|gentile)\s+direttore",
    ),
    first_person=(r"noi", r"nostr[oaie]", r"ci"),
    error_predicates=(
        r"erroneamente",
        r"per\s+(?:un\s+)?errore",
        r"in\s+modo\s+(?:errato|inesatto|sbagliato|scorretto)",
        r"errat[oaie]",
        r"sbagliat[oaie]",
        r"refuso",
        r"svista",
        r"inesatt[oaie]",
        r"ripetuto\s+errore",
        r"non\s+(?:è|era)\s+corrett[oa]",
    ),
    error_words=(r"error[ei]",),
    contrast_patterns=(r"non", r"anziché", r"invece\s+(?:che|di)", r"bensì", r"ma"),
    fix_patterns=(
        r"abbiamo\s+(?:\w+\s+){0,2}?(?:corretto|rettificato|modificato|rimosso)",
        r"in\s+realtà",
        r"(?:è|era)\s+stat[oa]\s+(?:corrett[oa]|rettificat[oa]|rimoss[oa])",
        r"va\s+letto",
    ),
    claim_verbs=(
        r"abbiamo\s+scritto",
        r"è\s+stato\s+scritto",
        r"riportato",
        r"(?:è\s+stat[oa]\s+)?(?:chiamat[oa]|indicat[oa]|definit[oa]|descritt[oa])",
    ),
    apologies=(
        r"ci\s+scusiamo",
        r"ce\s+ne\s+scusiamo",
        r"(?:porgiamo|chiediamo)\s+(?:\w+\s+){0,2}?scuse",
        r"ci\s+scusiamo\s+con",
    ),
    generic_openers=(r"quando", r"se", r"ogni\s+volta"),
    outlet_subjects=(
        r"(?:il|la|lo)\s+(?:\w+\s+)?(?:quotidiano|giornale|settimanale|rivista|agenzia|emittente)"
        r"(?!\s+(?:\w+\s+){0,3}?(?:si\s+scusa|se\s+ne\s+scusa|si\s+rammarica)\b)",
    ),
    legal_subjects=(r"legge", r"decreto", r"contratto"),
    history_verbs={
        "correction": (r"corrett[oa]", r"correzione"),
        "update": (r"aggiornat[oa]", r"aggiunt[oa]", r"modificat[oa]"),
    },
    kind_words={
        "retraction": (
            r"(?:è\s+stat[oa]|abbiamo)\s+ritirat[oa]",
            r"non\s+avrebbe\s+dovuto\s+essere\s+pubblicat[oa]",
        ),
        "clarification": (r"precisiamo", r"teniamo\s+a\s+precisare", r"chiariamo"),
    },
    change_lines={
        "update": (
            changed(_THIS, _AUX, r"aggiornat[oa]|modificat[oa]|integrat[oa]", 3),
            # "Articolo aggiornato alle 18.40": the piece's own line, without its article.
            r"(?:(?:articolo|notizia|testo)\s+)?(?:aggiornat[oa]|modificat[oa])\s+(?:alle|il|l['’]|ore)\s*\d",
        ),
        "correction": (
            changed(_THIS, _AUX, r"corrett[oa]|rettificat[oa]", 3),
            r"(?:(?:articolo|notizia|testo)\s+)?(?:corrett[oa]|rettificat[oa])\s+(?:alle|il|l['’]|ore)\s*\d",
        ),
        "retraction": (changed(_THIS, _AUX, r"ritirat[oa]|rimoss[oa]", 3),),
    },
    notice_examples=(
        "Nell'articolo di ieri abbiamo scritto per errore che il ponte è del 1932: è del"
        " 1931. Ce ne scusiamo con i lettori.",
        "Nell'articolo di ieri a pagina 5 il presidente è stato indicato come Mario Rossi: si"
        " chiama Marco Rossi.",
        "Rettifica: il sindaco di Lecco si chiama Paolo Neri, non Paolo Nesi.",
    ),
    lookalike_examples=(
        "Il mese dopo, la rivista pubblicherebbe un box con scritto «Errata corrige»!",
        "Il vostro articolo di ieri sul porto era sbagliato, scrive un lettore da Genova.",
        "Il giornale ha pubblicato una rettifica dopo aver scritto erroneamente il nome.",
    ),
    values=VALUES,
    complementizers=(r"che",),
    speech_verbs=wordset(
        "detto dice disse dichiarato dichiara affermato afferma aggiunto spiegato "
        "scritto sottolineato "
    ),
)
