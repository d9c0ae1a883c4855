"""German: the words revtrack reads in German texts."""

from __future__ import annotations

from revtrack.lang import Language, ValueWords, month_names, number_names, wordset

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

LANGUAGE = Language(
    code="de",
    name="German",
    stopwords=wordset(
        "der die das und ist nicht ein eine zu den von mit im sich des dem auf für wir es als "
        "auch wurde sind war bei nach wie uns hat haben einer einem aus "
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
    values=VALUES,
    speech_verbs=wordset(
        "sagte sagt sagten sagen erklärte erklärt betonte betont schrieb schreibt fügte "
        "ergänzte meinte meint sprach äußerte "
    ),
)
