"""German: the words revtrack reads in German texts."""

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
    not_words=("nicht", "und nicht", "aber nicht", "kein", "keine", "keinen"),
    and_not=("und nicht",),
    but_words=("sondern", "vielmehr"),
    instead_words=("statt", "anstatt", "anstelle von", "anstelle"),
    fix_leads=(
        "tatsächlich",
        "in wahrheit",
        "in wirklichkeit",
        "richtig ist vielmehr",
        "vielmehr",
        "richtig ist",
        "korrekt ist",
        "allerdings",
        "aber",
    ),
    copulas=("ist", "sind", "war", "waren", "heißt", "hieß", "lautet", "lautete"),
    should_words=(
        r"(?:muss|müsste|sollte)\s+es\s+(?:richtig\s+)?heißen",
        r"hätte\s+es\s+heißen\s+müssen",
        r"richtig\s+(?:ist|wäre|muss\s+es\s+heißen)",
    ),
    correct_words=(
        r"(?:richtig|korrekt)\s+(?:ist|sind|war|lautet)",
        r"(?:der|die|das)\s+(?:richtige|korrekte)\s+(?:\w+\s+){0,2}?(?:ist|lautet|war)",
    ),
    as_words=("als",),
    claim_words=(
        r"hieß\s+es,?(?:\s+dass)?",
        r"stand,?(?:\s+dass)?",
        r"(?:schrieben|berichteten|meldeten|behaupteten)\s+wir,?(?:\s+dass)?",
        r"wurde\s+(?:\w+\s+){0,3}?berichtet,?(?:\s+dass)?",
        r"(?:haben|hatten)\s+wir\s+(?:\w+\s+){0,3}?(?:geschrieben|berichtet|gemeldet|behauptet),?"
        r"(?:\s+dass)?",
    ),
    error_words=(
        r"fälschlich\w*",
        r"irrtümlich\w*",
        "falsch",
        "versehentlich",
        "fehler",
        r"verwechsel\w*",
        r"vertausch\w*",
        "tippfehler",
    ),
    change_words=(r"korrigiert", r"geändert", r"berichtigt", r"aktualisiert", r"angepasst"),
    from_to=(("von", "auf"), ("von", "in"), ("von", "zu")),
    for_read=(("statt", "muss es heißen"), ("statt", "richtig")),
    previously_words=(r"(?:zuvor|ursprünglich|zunächst)\s+(?:hieß\s+es|stand)",),
    articles=wordset(
        "der die das den dem des ein eine einen einem einer eines sein seine ihr ihre unser unsere"
    ),
    prepositions=wordset("in im am an auf bei von vom zu zum zur mit für aus nach über unter um"),
    pronouns=wordset("er sie es"),
    units=wordset(
        "prozent millionen milliarden tausend euro mark dollar jahre jahren tonnen kilometer "
        "meter stunden tage wochen monate mal grad"
    ),
)

# The pieces a newsroom publishes and corrects, for the self-references below.
_ITEM = alternatives(
    r"artikel bericht beitrag text interview kommentar porträt meldung bildunterschrift "
    r"überschrift grafik foto nachruf rezension kritik reportage ausgabe zeitung "
)

# The pieces a corrections column cites by their day or page (not an interview, which
# news prose dates as often: "in an interview on Tuesday").
_CITED = alternatives(
    r"artikel bericht beitrag text kommentar porträt meldung bildunterschrift überschrift "
    r"grafik foto nachruf rezension kritik reportage "
)

# "Dieser Artikel wurde am 12. Mai aktualisiert", "Der Text ist korrigiert worden".
_THIS = r"(?:dieser|der)\s+(?:artikel|text|beitrag|bericht)"
_AUX = r"wurde|ist|war"

LANGUAGE = Language(
    code="de",
    name="German",
    stopwords=wordset(
        "der die das und ist nicht ein eine zu den von mit im sich des dem auf für wir es als "
        "auch wurde sind war bei nach wie uns hat haben einer einem aus "
        "über vom zum zur beim dass sie er wird werden hatte hatten noch nur aber oder wenn "
        "seit einen dieser diese dieses "
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
    labels={
        "correction": (
            r"korrekturhinweis",
            r"korrektur",
            r"berichtigung",
            r"richtigstellung",
        ),
        "clarification": (r"klarstellung",),
        "update": (r"aktualisierung", r"aktualisiert"),
        "editors_note": (
            r"anmerkung\s+der\s+redaktion",
            r"hinweis\s+der\s+redaktion",
            r"anm\.\s*d\.\s*red\.",
            r"transparenzhinweis",
            r"hinweis",
        ),
        "retraction": (r"widerruf",),
    },
    self_references=(
        # The newsroom's own slip, named by its cause.
        r"(?:durch|aufgrund|wegen)\s+(?:eines|einen|ein|einem)\s+(?:redaktionellen\s+)?(?:redaktions|übertragungs|übersetzungs|bearbeitungs)?(?:fehlers?|versehens?)\s+(?:der\s+redaktion|in\s+der\s+redaktion)",
        r"(?:durch|aufgrund|wegen)\s+(?:eines|einen|einem)\s+(?:redaktionellen\s+(?:fehlers?|versehens?)|(?:redaktions|übertragungs|übersetzungs|bearbeitungs)fehlers?)",
        rf"(?:in\s+unserem|in\s+unserer)\s+{_ITEM}\b",
        rf"(?:im|in\s+dem|in\s+der)\s+{_CITED}\b",
        r"(?:dieses|unseres|des)\s+(?:[\w-]+\s+)?(?:artikels|beitrags|textes|berichts|interviews)",
        r"anders\s+als\s+(?:zunächst\s+|gestern\s+|am\s+\w+\s+|zuvor\s+)?(?:berichtet|gemeldet|"
        r"geschrieben|dargestellt)",
        r"(?:in\s+einer|eine|die)\s+(?:frühere[n]?|vorherige[n]?|erste[n]?|ältere[n]?|ursprüngliche[n]?)\s+"
        r"(?:version|fassung)",
        rf"(?:dieser|der)\s+(?:{_ITEM})\s+(?:wurde|ist)\b",
        r"wir\s+(?:haben|hatten)\s+(?:\w+\s+){0,4}?(?:fälschlich(?:erweise)?|irrtümlich|falsch)",
    ),
    dated_references=(
        # "im Bericht „Neue Wege“ vom 3. Mai", "in unserem Artikel vom Samstag".
        rf"(?:im|in\s+)?(?:unserem|unserer|unseren|diesem|dieser|dem|der|im)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?{_CITED}\s+(?:[„\"“»][^„\"“»”«]{{1,120}}[“\"«”]\s*)?"
        rf"(?:\([^()]{{0,40}}\)\s*)?(?:,\s*[\w-]+\s*,?\s*)?(?:vom|von|am)\s+(?:\d|gestern|"
        rf"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|vergangenen)",
        r"in\s+[„\"“»][^„\"“»”«]{2,120}[“\"«”]\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*[\w-]+\s*,?\s*)?"
        r"(?:vom|von|am)\s+\d+",
        r"in\s+der\s+(?:gestrigen|letzten|heutigen|vorigen)\s+ausgabe",
        rf"{_CITED}\s+(?:auf|der)\s+seite\s+\d",
    ),
    # "A reportagem ... informou", "Le titre de ...": a piece as the subject of its sentence.
    item_subjects=(
        rf"(?:^|(?<=[.!?:]\s))(?:der|die|das|ein|eine|unser\w*)\s*(?:[\w-]+\s+){{0,2}}?{_CITED}\b",
    ),
    reader_addresses=(rf"(?:ihr|ihre|ihrem|ihrer|euer|eure)\s+(?:[\w-]+\s+)?{_ITEM}\b",),
    first_person=(r"wir", r"uns", r"unser\w*"),
    error_predicates=(
        r"falsch\w*",
        r"fälschlich(?:erweise)?",
        r"irrtümlich(?:erweise)?",
        r"verwechselt",
        r"vertauscht",
        r"tippfehler",
        r"enthielt\s+(?:einen|mehrere|zwei)\s+fehler",
        r"ist\s+(?:uns\s+)?ein\s+fehler\s+unterlaufen",
        r"(?:war|ist|sind|waren)\s+(?:nicht\s+korrekt|falsch|unzutreffend)",
        r"fehlerhaft\w*",
        r"unzutreffend\w*",
        r"unrichtig\w*",
        r"nicht\s+korrekt",
        r"hieß\s+es\s+(?:fälschlich|irrtümlich)",
        r"ist\s+uns\s+ein\s+fehler",
        r"(?:ein|der)\s+fehler\s+unterlaufen",
    ),
    error_words=(r"fehler\w*", r"versehen\w*"),
    contrast_patterns=(r"nicht", r"sondern", r"statt", r"anstatt", r"anders\s+als"),
    fix_patterns=(
        # "Wir haben den Fehler korrigiert", "Den Namen haben wir berichtigt".
        r"(?:wir\s+haben|haben\s+wir)\s+(?:\w+\s+){0,4}?(?:korrigiert|berichtigt|geändert|entfernt|präzisiert)",
        r"tatsächlich",
        r"richtig\s+(?:ist|sind|war|waren|heißt|lautet|wäre)",
        r"korrekt\s+ist",
        r"(?:wurde|wurden|ist|sind)\s+(?:inzwischen\s+|nachträglich\s+|umgehend\s+)?"
        r"(?:korrigiert|berichtigt|geändert|entfernt|präzisiert|aktualisiert)",
        r"entgegen\s+der\s+darstellung",
        r"anders\s+als\s+(?:zunächst\s+|gestern\s+|am\s+\w+\s+|zuvor\s+)?(?:berichtet|gemeldet)",
        r"richtig\s+(?:muss|müsste)\s+es\s+heißen",
        r"es\s+muss\s+(?:richtig\s+)?heißen",
        r"die\s+auflösung",
    ),
    claim_verbs=(
        r"hieß\s+es",
        r"stand",
        r"berichtet\w*",
        r"bezeichnet\w*",
        r"geschrieben",
        r"schrieben",
        r"wie\s+behauptet",
        r"datiert",
    ),
    apologies=(
        r"bitten,?\s+(?:\w+\s+){0,3}?zu\s+entschuldigen",
        r"entschuldigen\s+uns\b",
        r"(?:wir\s+)?(?:bitten|entschuldigen)\s+(?:uns|sie|wir)?\s*(?:für|um\s+entschuldigung)",
        r"bitten\s+(?:wir\s+)?um\s+entschuldigung",
        r"bedauern\s+(?:wir\s+)?(?:den|diesen)\s+fehler",
    ),
    generic_openers=(r"wenn", r"sobald", r"falls", r"immer\s+wenn"),
    outlet_subjects=(
        r"(?:die|das|der)\s+(?:\w+\s+)?(?:zeitung|blatt|magazin|sender|agentur)"
        r"(?!\s+(?:\w+\s+){0,3}?(?:bedauert|entschuldigt\s+sich|bittet)\b)",
    ),
    legal_subjects=(r"gesetz\w*", r"vertrag\w*", r"verordnung\w*", r"antrag\w*"),
    history_verbs={
        "correction": (r"korrigiert", r"berichtigt", r"fehler\s+(?:behoben|korrigiert)"),
        "update": (r"aktualisiert", r"ergänzt", r"hinzugefügt", r"geändert", r"entfernt"),
    },
    history_headings=(
        r"änderungshistorie",
        r"versionsgeschichte",
        r"änderungen\s+an\s+dieser\s+seite",
    ),
    kind_words={
        "retraction": (
            r"zurückgezogen",
            r"ziehen\s+(?:den|diesen|unseren)\s+\w+\s+zurück",
            r"hätte\s+(?:so\s+)?nicht\s+(?:erscheinen|veröffentlicht\s+werden)\s+dürfen",
        ),
        "clarification": (r"klarstell\w*", r"klargestellt", r"präzisier\w*"),
    },
    change_lines={
        "update": (
            changed(_THIS, _AUX, r"aktualisiert|ergänzt|geändert|überarbeitet|erweitert", 6),
            r"wir\s+haben\s+(?:diesen|den)\s+(?:artikel|text|beitrag|bericht)\s+"
            r"(?:[\w.,:/-]+\s+){0,4}?(?:aktualisiert|ergänzt|geändert|überarbeitet)(?!\w)",
        ),
        "correction": (changed(_THIS, _AUX, r"korrigiert|berichtigt", 6),),
        "clarification": (changed(_THIS, _AUX, r"präzisiert", 6),),
        "retraction": (changed(_THIS, _AUX, r"zurückgezogen", 6),),
    },
    notice_examples=(
        "In unserem Bericht über das Stadtfest vom 3. Mai hieß es fälschlich, der Umzug"
        " beginne um 10 Uhr. Er beginnt um 11 Uhr.",
        'In "Neue Wege am Fluss" vom 12. Juni wurde die Brücke falsch benannt: Sie heißt'
        " nicht Ostbrücke, sondern Hafenbrücke.",
        "Die Fähre legt um 7 Uhr ab, nicht um 8 Uhr. Im Artikel „Neuer Fahrplan“ vom 2. Juni stand"
        " es falsch.",
        "Korrektur: Die Bürgermeisterin heißt Anna Vogt, nicht Anne Vogt.",
    ),
    lookalike_examples=(
        "Der Dax setzte seine Korrektur am Montag fort und fiel unter 15 000 Punkte.",
        "Fehler in der Online-Version werden sofort korrigiert, wenn Leser sie melden.",
        "Ihr Bericht über das Stadtfest vom 3. Mai war falsch: Der Umzug begann um 11 Uhr.",
        "Die Zeitung hatte am Montag fälschlicherweise berichtet, der Minister trete zurück.",
    ),
    values=VALUES,
    complementizers=(r"dass",),
    speech_verbs=wordset(
        "sagte sagt sagten sagen erklärte erklärt betonte betont schrieb schreibt fügte "
        "ergänzte meinte meint sprach äußerte "
    ),
)
