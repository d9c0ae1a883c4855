"""French: the words revtrack reads in French texts."""

from __future__ import annotations

from revtrack.lang import Language, ValueWords, month_names, number_names, wordset

VALUES = ValueWords(
    not_words=("et non pas", "et non", "non pas", "non", "pas", "mais pas"),
    and_not=("et non pas", "et non"),
    but_words=("mais",),
    instead_words=("au lieu de", "au lieu d'", "plutôt que", "plutôt que d'", "à la place de"),
    fix_leads=("en réalité", "en fait", "en vérité", "or", "mais", "cependant", "évidemment"),
    copulas=(
        "est",
        "sont",
        "était",
        "étaient",
        "s'appelle",
        "s’appelle",
        "se nomme",
        "s'agit de",
        "s’agit de",
        "s'agissait de",
        "s’agissait de",
        "s'agissait évidemment de",
        "s’agissait évidemment de",
        "s'agit du",
        "s’agit du",
        "s'agissait du",
        "s’agissait du",
    ),
    should_words=(
        r"il\s+fallait\s+(?:lire|comprendre)(?:\s*:)?",
        r"il\s+faut\s+lire",
        r"lire\s*:",
        r"aurait\s+dû\s+(?:lire|indiquer|préciser|être)",
    ),
    correct_words=(
        r"(?:le|la)\s+(?:bon|bonne|vrai|vraie|correct|correcte)\s+(?:\w+\s+){0,2}?(?:est|était)",
        r"(?:le|la)\s+(?:\w+\s+){0,2}?(?:exact|exacte|correct|correcte)\s+(?:est|était)",
    ),
    as_words=("comme",),
    claim_words=(
        r"(?:indiquait|affirmait|écrivait|précisait|annonçait|disait)\s+(?:qu['’]|que)",
        r"(?:avons|avait|a)\s+(?:écrit|indiqué|affirmé|annoncé)\s+(?:par\s+erreur\s+|à\s+tort\s+)?(?:qu['’]|que)",
    ),
    error_words=(
        "erreur",
        "par erreur",
        "à tort",
        "erronément",
        r"erroné\w*",
        "faute",
        "coquille",
        r"inexact\w*",
        r"confondu\w*",
    ),
    change_words=(r"corrigé\w*", r"modifié\w*", r"rectifié\w*", r"mis\s+à\s+jour"),
    from_to=(("de", "à"),),
    for_read=(("au lieu de", "lire"), ("au lieu de lire", "il fallait lire")),
    previously_words=(r"(?:indiquait|affichait|disait)\s+(?:initialement|auparavant)",),
    articles=wordset("le la les l' l’ un une des du de d' d’ son sa ses leur notre"),
    prepositions=wordset("à au aux en dans de du des par pour sur sous avec chez"),
    pronouns=wordset("il elle ils elles ce c'"),
    units=wordset(
        "pour cent % millions milliards mille euros dollars ans années mètres kilomètres "
        "tonnes heures jours fois degrés"
    ),
)

LANGUAGE = Language(
    code="fr",
    name="French",
    stopwords=wordset(
        "le la les de des du et est un une que qui dans pour pas sur au aux avec il elle nous "
        "ce cette a été par en ne se son sa ses plus "
    ),
    months=month_names(
        "janvier janv",
        "février févr fevrier",
        "mars",
        "avril avr",
        "mai",
        "juin",
        "juillet juil",
        "août aout",
        "septembre sept",
        "octobre oct",
        "novembre nov",
        "décembre déc decembre",
    ),
    weekdays=wordset("lundi mardi mercredi jeudi vendredi samedi dimanche "),
    number_words=number_names(
        "zéro 0 un 1 une 1 deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9 dix 10 "
        "onze 11 douze 12 treize 13 quatorze 14 quinze 15 seize 16 vingt 20 trente 30 "
        "quarante 40 cinquante 50 soixante 60 cent 100 mille 1000 million 1000000 millions "
        "1000000 milliard 1000000000 milliards 1000000000 douzaine 12 "
    ),
    date_glue=wordset("le"),
    number_qualifiers=(
        "plus de",
        "moins de",
        "près de",
        "presque",
        "environ",
        "quelque",
        "au moins",
        "au plus",
        "jusqu'à",
        "quasiment",
        "autour de",
    ),
    values=VALUES,
    speech_verbs=wordset(
        "déclaré déclare déclaré dit disait affirme affirmé ajouté ajoute explique "
        "expliqué souligné écrit estime "
    ),
)
