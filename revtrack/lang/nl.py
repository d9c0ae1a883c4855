"""Dutch: the words revtrack reads in Dutch texts."""

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
    not_words=("en niet", "niet", "maar niet", "geen"),
    and_not=("en niet",),
    but_words=("maar",),
    instead_words=("in plaats van", "i.p.v.", "en niet"),
    fix_leads=("in werkelijkheid", "in feite", "eigenlijk", "echter", "wel", "maar"),
    copulas=("is", "zijn", "was", "waren", "heet", "heette"),
    should_words=(
        r"(?:moet|moest|had\s+moeten)\s+(?:zijn|luiden|staan)",
        r"had\s+(?:\w+\s+){0,3}?moeten\s+(?:zijn|staan|heten)",
        r"lees",
    ),
    correct_words=(
        r"(?:de|het)\s+(?:juiste|correcte|goede)\s+(?:\w+\s+){0,2}?(?:is|was|luidt)",
        r"correct\s+is",
    ),
    as_words=("als",),
    claim_words=(
        r"(?:schreven|meldden|zeiden|berichtten)\s+(?:we|wij)(?:\s+dat)?",
        r"stond(?:\s+dat)?",
        r"werd\s+(?:\w+\s+){0,3}?(?:gemeld|geschreven|vermeld)(?:\s+dat)?",
    ),
    error_words=(
        "fout",
        "foutief",
        "foutieve",
        "abusievelijk",
        "ten onrechte",
        "per abuis",
        "onjuist",
        "onjuiste",
        r"verward\w*",
        "vergissing",
    ),
    change_words=(
        r"gecorrigeerd",
        r"aangepast",
        r"gewijzigd",
        r"veranderd",
        r"hersteld",
        r"bijgewerkt",
    ),
    from_to=(("van", "naar"), ("van", "in")),
    for_read=(("in plaats van", "moet staan"), ("voor", "lees")),
    previously_words=(r"(?:stond|meldde)\s+(?:eerder|aanvankelijk|oorspronkelijk)",),
    articles=wordset("de het een zijn haar hun ons onze"),
    prepositions=wordset("in op aan bij van voor met naar uit door over onder om tot"),
    pronouns=wordset("hij zij ze het dit dat"),
    units=wordset(
        "procent % miljoen miljard duizend euro dollar jaar jaren maanden dagen uur meter "
        "kilometer ton keer graden"
    ),
)

# The pieces a newsroom publishes and corrects, for the self-references below.
_ITEM = alternatives(
    r"artikel bericht stuk verhaal interview column krant editie kop fotobijschrift bijschrift "
    r"foto recensie commentaar reportage "
)

# The pieces a corrections column cites by their day or page (not an interview, which
# news prose dates as often: "in an interview on Tuesday").
_CITED = alternatives(
    r"artikel bericht stuk verhaal column kop fotobijschrift bijschrift foto recensie "
    r"commentaar reportage "
)

# "Dit artikel is aangevuld met een reactie", "Het bericht werd gecorrigeerd".
_THIS = r"(?:dit|het)\s+(?:artikel|bericht|stuk|verhaal)"
_AUX = r"is|werd|was"

LANGUAGE = Language(
    code="nl",
    name="Dutch",
    stopwords=wordset(
        "de het een en van in is dat op te zijn voor met niet die er aan als ook was we wij "
        "ons onze door bij om dan naar wordt werd heeft hebben deze dit uit "
        "hij zij geen maar nog wel wat "
        "zich al "
    ),
    months=month_names(
        "januari jan",
        "februari feb",
        "maart mrt",
        "april apr",
        "mei",
        "juni jun",
        "juli jul",
        "augustus aug",
        "september sep sept",
        "oktober okt",
        "november nov",
        "december dec",
    ),
    weekdays=wordset("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "),
    number_words=number_names(
        "nul 0 een 1 één 1 twee 2 drie 3 vier 4 vijf 5 zes 6 zeven 7 acht 8 negen 9 tien 10 "
        "elf 11 twaalf 12 dertien 13 veertien 14 vijftien 15 zestien 16 zeventien 17 achttien "
        "18 negentien 19 twintig 20 dertig 30 veertig 40 vijftig 50 zestig 60 zeventig 70 "
        "tachtig 80 negentig 90 honderd 100 duizend 1000 miljoen 1000000 miljard 1000000000 "
        "dozijn 12 "
    ),
    date_glue=wordset(""),
    number_qualifiers=(
        "meer dan",
        "minder dan",
        "bijna",
        "ongeveer",
        "zo'n",
        "circa",
        "ruim",
        "minstens",
        "ten minste",
        "tot",
        "rond de",
    ),
    labels={
        "correction": (r"correcties?", r"rectificatie", r"herstelling", r"erratum"),
        "clarification": (r"verduidelijking",),
        "update": (r"update", r"bijgewerkt"),
        "editors_note": (
            r"noot\s+van\s+de\s+redactie",
            r"redactionele\s+noot",
            r"naschrift(?:\s+(?:van\s+de\s+)?redactie)?",
        ),
    },
    self_references=(
        # The newsroom's own slip, named by its cause.
        r"door\s+een\s+(?:redactionele\s+(?:fout|vergissing)|(?:zet|druk|typ|eindredactie)fout)",
        rf"(?:dit|deze|ons|onze)\s+(?:[\w-]+\s+){{0,1}}?{_ITEM}\b",
        r"(?:een|de)\s+(?:eerdere|vorige|oorspronkelijke|eerste)\s+versie\b",
        r"(?:schreven|meldden|berichtten)\s+wij\b",
        r"(?:we|wij)\s+(?:hebben|hadden)\s+(?:\w+\s+){0,4}?(?:ten\s+onrechte|abusievelijk|"
        r"foutief|verkeerd)",
        rf"in\s+(?:het|een)\s+{_ITEM}\s+(?:van|over|op)\b",
        # "In het artikel ‘Haven groeit’ stond ...": our piece named by its title.
        rf"in\s+(?:het|een|de)\s+{_ITEM}\s+[‘'\"“][^’'\"”\n]{{2,160}}[’'\"”]",
    ),
    dated_references=(
        r"in\s+(?:de\s+)?(?:krant|editie)\s+van\s+(?:gisteren|\w+dag|\d)",
        # "het artikel over de haven van dinsdag", "de foto bij het stuk van 3 mei".
        rf"(?:het|een|de|dit|ons|onze)\s+{_CITED}\s+(?:[‘'\"“][^’'\"”]{{1,160}}[’'\"”]\s*,?\s*)?"
        rf"(?:\([^()]{{0,60}}\)\s*)?(?:[\w-]+\s+){{0,4}}?van\s+(?:gisteren|eergisteren|(?:afgelopen\s+|"
        rf"vorige\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|\d{{1,2}}\s+[a-z]{{3,}}|"
        rf"\d{{1,2}}[/-]\d)",
        rf"(?:het|een|de)\s+{_CITED}\s+(?:[‘'\"“][^’'\"”]{{1,160}}[’'\"”]\s*)?(?:\([^()]{{0,60}}\)\s*)?"
        rf"(?:op|in)\s+(?:pagina|p\.)\s*\d",
    ),
    # "A reportagem ... informou", "Le titre de ...": a piece as the subject of its sentence.
    item_subjects=(
        rf"(?:^|(?<=[.!?:]\s))(?:het|de|een|ons|onze)\s*(?:[\w-]+\s+){{0,2}}?{_CITED}\b",
    ),
    reader_addresses=(rf"(?:uw|jullie)\s+(?:[\w-]+\s+)?{_ITEM}\b", r"geachte\s+redactie"),
    first_person=(r"we", r"wij", r"ons", r"onze"),
    error_predicates=(
        r"ten\s+onrechte",
        r"abusievelijk",
        r"foutief\w*",
        r"verkeerd\w*",
        r"onjuist\w*",
        r"per\s+vergissing",
        r"niet\s+juist",
        r"verward",
        r"verwisseld",
        r"(?:klopt|klopte|klopten)\s+niet",
        r"(?:is|was|waren|zijn)\s+(?:niet\s+juist|onjuist|fout)",
    ),
    error_words=(r"fout(?:en)?", r"vergissing"),
    contrast_patterns=(r"niet", r"maar", r"in\s+plaats\s+van"),
    fix_patterns=(
        r"(?:(?:we|wij)\s+hebben|hebben\s+(?:we|wij))\s+(?:\w+\s+){0,4}?(?:aangepast|gecorrigeerd|hersteld|verwijderd|rechtgezet)",
        r"in\s+werkelijkheid",
        r"(?:het|dat)\s+(?:moet|moest)\s+zijn",
        r"(?:is|zijn|werd|werden)\s+(?:inmiddels\s+)?(?:gecorrigeerd|aangepast|verwijderd|"
        r"hersteld|gerectificeerd)",
        r"juist\s+is",
    ),
    claim_verbs=(
        r"toonde",
        r"noemde",
        r"stond",
        r"schreven",
        r"meldden",
        r"werd\s+vermeld",
        r"stond\s+vermeld",
    ),
    apologies=(
        r"(?:bieden|biedt)\s+(?:wij\s+|we\s+)?(?:onze\s+)?(?:\w+\s+)?excuses\s+aan",
        r"excuses\s+voor\s+(?:de|deze)\s+(?:fout|vergissing)",
        r"onze\s+excuses",
    ),
    generic_openers=(r"als", r"wanneer", r"indien"),
    outlet_subjects=(
        r"(?:de|het)\s+(?:\w+\s+)?(?:krant|dagblad|weekblad|omroep|zender|persbureau)"
        r"(?!\s+(?:\w+\s+){0,3}?(?:betreurt|biedt\s+(?:\w+\s+)?excuses)\b)",
    ),
    legal_subjects=(r"wet\w*", r"wetsvoorstel", r"contract"),
    history_verbs={
        "correction": (r"gecorrigeerd", r"correctie", r"hersteld"),
        "update": (r"bijgewerkt", r"toegevoegd", r"aangepast", r"gewijzigd"),
    },
    kind_words={
        "retraction": (
            r"(?:is|werd|hebben)\s+(?:\w+\s+)?teruggetrokken",
            r"had\s+niet\s+gepubliceerd\s+mogen\s+worden",
        ),
        "clarification": (r"verduidelijk\w*",),
    },
    change_lines={
        "update": (
            changed(_THIS, _AUX, r"bijgewerkt|aangevuld|aangepast|gewijzigd|geactualiseerd", 4),
        ),
        "correction": (changed(_THIS, _AUX, r"gecorrigeerd|verbeterd|rechtgezet", 4),),
        "retraction": (changed(_THIS, _AUX, r"teruggetrokken", 4),),
    },
    notice_examples=(
        "In een eerdere versie van dit artikel stond ten onrechte dat de brug in 1932 werd"
        " geopend. Dat moet 1931 zijn.",
        "Correctie: de burgemeester heet niet Jansen, maar Janssen.",
        "Een foto bij het artikel over de haven van dinsdag toonde niet de haven van Rotterdam,"
        " maar die van Antwerpen.",
        "Rectificatie: in het artikel over de brug van zaterdag stond abusievelijk dat de brug"
        " in 1932 is geopend. Dat was in 1931.",
    ),
    lookalike_examples=(
        "De krant heeft de berichtgeving over de minister later gerectificeerd.",
        "Geachte redactie, uw artikel van dinsdag over de haven klopte niet.",
        "De krant heeft excuses aangeboden voor het artikel dat ten onrechte meldde dat de"
        " minister zou aftreden.",
    ),
    values=VALUES,
    complementizers=(r"dat",),
    speech_verbs=wordset(
        "zei zegt zeiden verklaarde verklaart schreef schrijft voegde legde benadrukte stelde "
    ),
)
