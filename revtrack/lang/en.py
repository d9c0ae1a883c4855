"""English: the words revtrack reads in English texts."""

from __future__ import annotations

from revtrack.lang import Language, ValueWords, month_names, number_names, wordset

VALUES = ValueWords(
    not_words=("not", "and not", "but not"),
    and_not=("and not",),
    but_words=("but",),
    instead_words=("rather than", "instead of", "in place of", "sted"),
    fix_leads=(
        "in fact",
        "actually",
        "in reality",
        "rather",
        "instead",
        "however",
        "but",
        "of course",
        "in truth",
        "as it happens",
        r"(?:subsequent|further|later|new)\s+(?:reporting|information|research)\s+"
        r"(?:indicates|shows|showed|revealed|reveals|indicated)(?:\s+that)?",
    ),
    copulas=(
        "is",
        "are",
        "was",
        "were",
        "is called",
        "was called",
        "is named",
        "is titled",
        "is spelled",
        "is spelt",
        "reads",
        "says",
    ),
    should_words=(
        r"should\s+have\s+(?:said|read|stated|reported|been|indicated|identified|noted|named|"
        r"called|referred\s+to|described|given|shown|made\s+clear)(?:\s+(?:him|her|them|it))?"
        r"(?:\s+as|\s+that)?",
        r"should\s+(?:read|say|be|have\s+been\s+(?:described|identified|named|called|given)\s+as)",
        r"(?:is|was)\s+meant",
    ),
    correct_words=(
        r"the\s+(?:correct|right|actual|accurate|proper)\s+(?:[\w'’-]+\s+){0,6}?(?:is|was|are|were)",
        r"(?:correctly|properly)\s+(?:spelled|spelt|named|called|titled)",
    ),
    as_words=("as",),
    claim_words=(
        r"(?:stated|said|reported|indicated|suggested|mentioned|wrote|claimed|asserted|implied|"
        r"had\s+said|had\s+reported|had\s+it|gave|printed|published|described)(?:\s+that)?",
    ),
    error_words=(
        r"mis[a-z]+",
        "incorrectly",
        "wrongly",
        "mistakenly",
        "erroneously",
        "inaccurately",
        "falsely",
        "in error",
        "by mistake",
        "error",
        "mistake",
        "typo",
        "wrong",
        "incorrect",
        "we (?:said|wrote|printed|published|reported|had)",
    ),
    change_words=(
        r"correct\w*",
        r"chang\w*",
        r"revis\w*",
        r"amend\w*",
        r"updat\w*",
        r"adjust\w*",
        r"lower\w*",
        r"rais\w*",
        r"cut",
        r"increas\w*",
        r"reduc\w*",
        r"fix\w*",
        r"edit\w*",
    ),
    from_to=(("from", "to"),),
    for_read=(("for", "read"),),
    previously_words=(
        r"(?:previously|originally|initially|first|earlier|wrongly)\s+(?:read|said|stated|"
        r"showed|gave|reported|listed|stating|saying|reporting|giving)(?:\s+that)?"
        r"(?:\s+(?:it|they|he|she)\s+(?:was|were|is|are|had))?",
    ),
    articles=wordset("the a an his her its their our this that these those"),
    prepositions=wordset("in on at by for of to from with among near under over into"),
    pronouns=wordset("he she it they this that these those"),
    units=wordset(
        "percent % per cent points percentage million billion trillion thousand bn m km mi "
        "kilometres kilometers metres meters miles feet foot ft inches in lb lbs pounds kg "
        "grams g mg ml litres liters gallons tonnes tons acres hectares years year months "
        "days hours minutes seconds times degrees micrograms dollars euros cents votes "
    ),
)

LANGUAGE = Language(
    code="en",
    name="English",
    stopwords=wordset(
        "the a an of to and in is was that for on it with as by at from this be are were has "
        "have had not but or which his her he she they its their been would will "
    ),
    months=month_names(
        "january jan",
        "february feb",
        "march mar",
        "april apr",
        "may",
        "june jun",
        "july jul",
        "august aug",
        "september sep sept",
        "october oct",
        "november nov",
        "december dec",
    ),
    weekdays=wordset(
        "monday mon tuesday tue tues wednesday wed thursday thu friday fri saturday sat sunday sun "
    ),
    number_words=number_names(
        "zero 0 one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven "
        "11 twelve 12 thirteen 13 fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 "
        "nineteen 19 twenty 20 thirty 30 forty 40 fifty 50 sixty 60 seventy 70 eighty 80 "
        "ninety 90 hundred 100 thousand 1000 million 1000000 billion 1000000000 dozen 12 "
    ),
    date_glue=wordset("of the on"),
    number_qualifiers=(
        "more than",
        "less than",
        "fewer than",
        "nearly",
        "about",
        "around",
        "approximately",
        "roughly",
        "at least",
        "at most",
        "almost",
        "up to",
        "over",
        "under",
        "some",
        "close to",
        "just over",
        "just under",
    ),
    values=VALUES,
    speech_verbs=wordset(
        "said says say told added explained stated wrote warned noted commented "
        "continued replied asked according "
    ),
)
