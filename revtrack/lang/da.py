"""Danish: the words revtrack reads in Danish texts."""

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
    not_words=("og ikke", "ikke", "men ikke"),
    and_not=("og ikke",),
    but_words=("men",),
    instead_words=("i stedet for", "frem for", "snarere end"),
    fix_leads=("i virkeligheden", "faktisk", "derimod", "men", "korrekt er"),
    copulas=("er", "var", "hedder", "hed"),
    should_words=(r"(?:skulle|burde)\s+(?:have\s+)?(?:været|stået|hedde|lyde)",),
    correct_words=(
        r"(?:det|den)\s+(?:korrekte|rigtige)\s+(?:\w+\s+){0,2}?(?:er|var)",
        r"(?:det\s+)?korrekt(?:e)?\s+er",
    ),
    as_words=("som",),
    claim_words=(
        r"(?:skrev|skriver|oplyste|nævnte|fortalte)\s+(?:vi|avisen|artiklen)(?:,?\s+at)?",
        r"stod\s+(?:der\s+)?(?:\w+\s+)?(?:,?\s*at)?",
        r"fremgik\s+det(?:,?\s+at)?",
    ),
    error_words=("fejl", "fejlagtigt", "ved en fejl", "forkert", "forkerte", "urigtigt"),
    change_words=(r"rettet", r"korrigeret", r"ændret", r"opdateret"),
    from_to=(("fra", "til"),),
    previously_words=(r"(?:stod|hed)\s+(?:der\s+)?(?:tidligere|oprindeligt)",),
    articles=wordset("en et den det de hans hendes deres vores"),
    prepositions=wordset("i på til fra med af for om ved under over efter hos"),
    pronouns=wordset("han hun den det de"),
    units=wordset(
        "procent % millioner million milliarder milliard tusind kroner kr euro år måneder "
        "dage timer meter kilometer ton gange grader"
    ),
)

# The pieces a newsroom publishes and corrects, for the self-references below.
_ITEM = alternatives(
    r"artikel artiklen historie interview avis udgave overskrift billedtekst foto leder "
    r"anmeldelse "
)

# "Denne artikel er blevet opdateret", "Artiklen blev rettet".
_THIS = r"(?:denne\s+(?:artikel|historie)|artiklen|historien)"
_AUX = r"er\s+blevet|blev|er"

LANGUAGE = Language(
    code="da",
    name="Danish",
    stopwords=wordset(
        "og i at det er en til på som med af for ikke der den de har var vi os vores et om "
        "fra kan blev skal også efter men ved "
    ),
    months=month_names(
        "januar jan",
        "februar feb",
        "marts mar",
        "april apr",
        "maj",
        "juni jun",
        "juli jul",
        "august aug",
        "september sep sept",
        "oktober okt",
        "november nov",
        "december dec",
    ),
    weekdays=wordset("mandag tirsdag onsdag torsdag fredag lørdag søndag "),
    number_words=number_names(
        "nul 0 en 1 et 1 to 2 tre 3 fire 4 fem 5 seks 6 syv 7 otte 8 ni 9 ti 10 elleve 11 "
        "tolv 12 tretten 13 fjorten 14 femten 15 seksten 16 sytten 17 atten 18 nitten 19 tyve "
        "20 tredive 30 fyrre 40 halvtreds 50 tres 60 halvfjerds 70 firs 80 halvfems 90 "
        "hundrede 100 tusind 1000 million 1000000 millioner 1000000 milliard 1000000000 "
        "milliarder 1000000000 dusin 12 "
    ),
    date_glue=wordset("den"),
    number_qualifiers=(
        "mere end",
        "mindre end",
        "næsten",
        "omkring",
        "cirka",
        "ca",
        "knap",
        "mindst",
        "op til",
        "over",
        "under",
    ),
    complementizers=(r"at",),
    values=VALUES,
    speech_verbs=wordset(
        "sagde siger sagt udtalte udtaler skrev skriver tilføjede forklarede forklarer "
        "understregede mener mente "
    ),
    labels={
        "correction": (r"rettelse", r"korrektion"),
        "clarification": (r"præcisering", r"uddybning"),
        "update": (r"opdatering", r"opdateret"),
        "editors_note": (r"redaktionel\s+note", r"note\s+fra\s+redaktionen"),
    },
    self_references=(
        rf"(?:denne|dette|vores|vor|vort)\s+(?:[\w-]+\s+){{0,1}}?{_ITEM}\b",
        r"(?:en|den)\s+(?:tidligere|første|oprindelige)\s+version\b",
        r"(?:vi|artiklen)\s+(?:har\s+|havde\s+)?(?:fejlagtigt|ved\s+en\s+fejl)",
    ),
    first_person=(r"vi", r"os", r"vores"),
    error_predicates=(r"fejlagtigt", r"ved\s+en\s+fejl", r"forkert\w*", r"urigtigt"),
    error_words=(r"fejl",),
    contrast_patterns=(r"ikke", r"men", r"i\s+stedet\s+for"),
    fix_patterns=(
        r"det\s+korrekte\s+er",
        r"(?:er|blev)\s+(?:rettet|korrigeret)",
        r"(?:vi\s+har|har\s+vi)\s+(?:\w+\s+){0,4}?(?:rettet|korrigeret|ændret|fjernet)",
    ),
    claim_verbs=(r"skrev", r"stod", r"fremgik"),
    apologies=(r"beklager", r"undskylder"),
    generic_openers=(r"når", r"hvis"),
    outlet_subjects=(r"(?:avisen|bladet|tv-stationen|bureauet)",),
    legal_subjects=(r"lov\w*", r"kontrakt\w*"),
    history_verbs={"correction": (r"rettet", r"korrigeret"), "update": (r"opdateret", r"tilføjet")},
    change_lines={
        "update": (changed(_THIS, _AUX, r"opdateret|ændret|udvidet", 3),),
        "correction": (changed(_THIS, _AUX, r"rettet|korrigeret", 3),),
    },
    notice_examples=(
        "I en tidligere version af denne artikel stod der fejlagtigt, at broen åbnede i"
        " 1932. Det korrekte er 1931.",
    ),
    lookalike_examples=("Ministeren beklager, at loven blev forkert fortolket af kommunen.",),
)
