"""French: the words revtrack reads in French texts."""

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

# The pieces a newsroom publishes and corrects, for the self-references below.
_ITEM = alternatives(
    r"article texte papier reportage portrait dépêche information édition journal légende "
    r"photo titre chronique éditorial entretien interview billet nécrologie critique "
    r"infographie carte "
)

# The pieces a corrections column cites by their day or page (not an interview, which
# news prose dates as often: "in an interview on Tuesday").
_CITED = alternatives(
    r"article texte papier reportage portrait dépêche légende photo titre chronique éditorial "
    r"billet nécrologie critique infographie carte "
)

# "Cet article a été mis à jour le 4 avril", "Cette dépêche a été corrigée".
_THIS = r"(?:cet|cette|ce)\s+(?:article|dépêche|information|texte|papier|reportage)"
_AUX = r"a\s+été|avait\s+été|est"
_STAMP = r"(?:(?:article|texte|dépêche|papier|information)\s+)?"

LANGUAGE = Language(
    code="fr",
    name="French",
    stopwords=wordset(
        "le la les de des du et est un une que qui dans pour pas sur au aux avec il elle nous "
        "ce cette a été par en ne se son sa ses plus "
        "aux sont était avait mais où dont leur non "
        "à nos notre vous je on y ont ces cet "
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
    labels={
        "correction": (
            r"corrections?",
            r"correctif",
            r"rectificatif",
            r"rectification",
            r"errat(?:um|a)",
        ),
        "clarification": (r"pr[ée]cision",),
        "update": (r"mise\s+[àa]\s+jour", r"mis\s+[àa]\s+jour"),
        "editors_note": (r"note\s+de\s+la\s+r[ée]daction", r"n\.?d\.?l\.?r\.?"),
        "retraction": (r"r[ée]tractation",),
    },
    self_references=(
        # The newsroom's own slip and what we wrote.
        r"(?:à\s+la\s+suite\s+d[\'’]une|suite\s+à\s+une|par\s+suite\s+d[\'’]une|en\s+raison\s+d[\'’]une|à\s+cause\s+d[\'’]une)\s+erreur\s+(?:de\s+(?:la\s+rédaction|mise\s+en\s+page|transcription|traduction|édition|notre\s+part)|rédactionnelle)",
        r"(?:nous\s+)?(?:indiquions|écrivions|affirmions|annoncions|avions\s+(?:écrit|indiqué|annoncé|affirmé))\b",
        rf"(?:cet|cette|ce|notre|nos)\s+(?:[\w-]+\s+){{0,1}}?{_ITEM}\b",
        r"(?:une|la)\s+(?:précédente|première|ancienne)\s+version\b",
        r"(?:une|la)\s+version\s+(?:précédente|antérieure|initiale|originale)\b",
        r"(?:dans\s+)?notre\s+(?:édition|numéro|journal)\b",
        r"en\s+page\s+(?-i:[A-Z])?\s?\d{1,3}",
        r"(?:publiée?s?|paru)\s+(?:dans\s+)?(?:nos\s+colonnes|notre\s+journal|ce\s+journal)",
        r"contrairement\s+à\s+ce\s*-?\s*(?:que|qu['’])\s*(?:nous|indiqu|écri|affirm|laiss|annonç)",
        r"en\s+dépit\s+de\s+ce\s*-?\s*qu['’]\s*(?:indiqu|écri|affirm|laiss|annonç)",
        r"nous\s+avons\s+(?:écrit|indiqué|affirmé|annoncé|publié)\b",
    ),
    dated_references=(
        r"(?:dans\s+)?(?:l['’]|notre\s+)édition\s+(?:d['’]hier|du\s+\w+|de\s+\w+|datée)",
        # "l'article « Le port s'agrandit » paru le 3 mai", "notre reportage du 3 mai".
        rf"(?:l['’]\s*|le\s+|la\s+|notre\s+|un\s+|une\s+|cet\s+|cette\s+|ce\s+)(?:[\w-]+\s+)?"
        rf"{_CITED}\s+(?:«[^»]{{1,160}}»\s*,?\s*|\"[^\"]{{1,160}}\"\s*,?\s*)?(?:(?:paru|parue|"
        rf"publiée?|datée?)\s+(?:le\s|dans\s|en\s|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
        rf"dimanche)|du\s+(?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|d['’]hier\b|"
        rf"de\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|en\s+page\s)",
    ),
    # "A reportagem ... informou", "Le titre de ...": a piece as the subject of its sentence.
    item_subjects=(
        rf"(?:^|(?<=[.!?:]\s))(?:le|la|l['’]|les|un|une|notre|cet|cette)\s*(?:[\w-]+\s+){{0,2}}?{_CITED}\b",
    ),
    reader_addresses=(rf"(?:votre|vos)\s+(?:[\w-]+\s+)?{_ITEM}\b", r"(?:cher|chère)\s+rédact"),
    first_person=(r"nous", r"notre", r"nos"),
    error_predicates=(
        r"par\s+erreur",
        r"à\s+tort",
        r"erroné\w*",
        r"inexact\w*",
        r"mal\s+orthographié\w*",
        r"(?:une|l['’])\s*erreur\s+(?:\w+\s+){0,2}?(?:s['’]est|se\s+sont)\s+(?:glissée?|produite?)",
        r"malencontreu\w+\s+erreur",
        r"confondu\w*",
        r"il\s+fallait\s+lire",
        r"faute\s+de\s+frappe",
        r"coquille",
    ),
    error_words=(r"erreurs?",),
    contrast_patterns=(r"et\s+non(?:\s+pas)?", r"non\s+pas", r"au\s+lieu\s+de", r"mais", r"pas"),
    fix_patterns=(
        r"nous\s+avons\s+(?:\w+\s+){0,2}?(?:corrigé|rectifié|modifié|retiré)",
        r"en\s+réalité",
        r"en\s+fait",
        r"il\s+s['’]agissait",
        r"il\s+fallait\s+lire",
        r"a\s+été\s+(?:corrigée?|modifiée?|rectifiée?|retirée?|supprimée?)",
        r"il\s+faut\s+lire",
        r"contrairement\s+à\s+ce\s*-?\s*(?:que|qu['’])",
        r"en\s+dépit\s+de\s+ce\s*-?\s*qu['’]",
    ),
    claim_verbs=(r"écrit", r"indiqué", r"affirmé", r"annoncé", r"indiquait", r"montrait"),
    apologies=(
        r"(?:nous\s+)?(?:présentons|prions|adressons)\s+(?:\w+\s+){0,3}?excuses",
        r"nous\s+nous\s+(?:en\s+)?excusons",
        r"toutes\s+nos\s+excuses",
        r"(?:veuillez|veuillent)\s+nous\s+(?:en\s+)?excuser",
    ),
    generic_openers=(r"lorsque", r"quand", r"si", r"chaque\s+fois"),
    outlet_subjects=(
        r"(?:le|la|l[\'’])\s*(?:\w+\s+)?(?:journal|quotidien|hebdomadaire|magazine|chaîne|agence)"
        r"(?!\s+(?:\w+\s+){0,3}?(?:regrette|présente\s+ses\s+excuses|prie|s['’]excuse)\b)",
    ),
    legal_subjects=(r"loi", r"projet\s+de\s+loi", r"contrat", r"texte\s+de\s+loi"),
    history_verbs={
        "correction": (r"corrigée?", r"correction", r"rectifiée?"),
        "update": (r"ajoutée?", r"mise?\s+à\s+jour", r"modifiée?", r"supprimée?"),
    },
    history_headings=(r"historique\s+des\s+(?:modifications|mises\s+à\s+jour)",),
    kind_words={
        "retraction": (
            r"retiré(?:e|s)?\s+(?:de\s+notre\s+site|du\s+site)",
            r"n['’]aurait\s+(?:jamais\s+)?pas?\s+dû\s+être\s+publiée?",
            r"nous\s+retirons",
        ),
        "clarification": (r"(?:tenons|tient)\s+à\s+préciser", r"précisons"),
    },
    change_lines={
        "update": (
            changed(
                _THIS, _AUX, r"mise?\s+[àa]\s+jour|actualisée?|modifiée?|complétée?|enrichie?", 3
            ),
            # "Article mis à jour le 3 mai à 18 h 30", "[Mis à jour le 3 mai]": the stamp.
            _STAMP + r"(?:mise?\s+[àa]\s+jour|actualisée?|modifiée?)\s+(?:le|à|du|ce)\s+\w*\d",
        ),
        "correction": (
            changed(_THIS, _AUX, r"corrigée?|rectifiée?", 3),
            _STAMP + r"(?:corrigée?|rectifiée?)\s+(?:le|à|du|ce)\s+\w*\d",
        ),
        "clarification": (changed(_THIS, _AUX, r"précisée?", 3),),
        "retraction": (changed(_THIS, _AUX, r"retirée?|dépubliée?", 3),),
    },
    notice_examples=(
        "Une erreur s'est glissée dans notre article du 3 mai : le pont a été inauguré en"
        " 1931, et non en 1932.",
        "Contrairement à ce que nous avons écrit, la mairie n'a pas voté le budget.",
        "La photo publiée en page 4 de notre édition d'hier montrait la mairie de Nantes, et non"
        " celle de Rennes.",
        "Rectificatif : le maire de Brest s'appelle Jean Le Goff, et non Jean Le Gall.",
    ),
    lookalike_examples=(
        "La pratique du rectificatif est un impératif pour tout journaliste, rappelle le conseil.",
        "Votre article du 3 mai sur le port était faux : le quai fait deux kilomètres.",
        "Le quotidien a publié un rectificatif après avoir confondu les deux candidats.",
    ),
    values=VALUES,
    complementizers=(
        r"que",
        r"qu['’]",
    ),
    speech_verbs=wordset(
        "déclaré déclare déclaré dit disait affirme affirmé ajouté ajoute explique "
        "expliqué souligné écrit estime "
    ),
)
