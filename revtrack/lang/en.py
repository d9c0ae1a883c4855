"""English: the words revtrack reads in English texts."""

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
        r"had\s+said|had\s+reported|had\s+it|gave|printed|published|described|read|carried)"
        r"(?:\s+that)?",
    ),
    error_words=(
        r"mis[a-z]+",
        "incorrectly",
        "wrongly",
        "mistakenly",
        "erroneously",
        "inaccurately",
        "falsely",
        "inadvertently",
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

# The pieces a newsroom publishes and corrects, for the self-references below.
_ITEM = alternatives(
    r"article story stories post blog\s+post column editorial feature headline "
    r"subhead(?:line|ing)? caption photo(?:graph)? picture image chart graphic map table video "
    r"obituary review item report piece tweet newsletter episode segment broadcast podcast "
    r"interview profile analysis op-ed essay list summary recipe letter recap section page "
    r"paragraph sentence news\s+alert alert info-?box release guide puzzle crossword magazine "
    r"paper newspaper edition "
)

# Documents anyone writes: "this report" is ours only when the piece is named otherwise.
_ANYONES = alternatives(
    r"report list release guide page section letter summary paragraph sentence interview "
    r"analysis profile "
)

# The pieces a corrections column cites by their day or page (not an interview, which
# news prose dates as often: "in an interview on Tuesday").
_CITED = alternatives(
    r"article story column editorial feature headline subhead(?:line|ing)? caption "
    r"photo(?:graph)? picture image chart graphic map table obituary review item piece "
    r"listings? crossword puzzle recipe op-ed essay profile analysis "
)

_MONTHS = month_names(
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
)
_MONTH = alternatives(" ".join(sorted(_MONTHS, key=len, reverse=True)))
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

# The pieces that open a corrections-column item ("An article ...", "The headline ..."):
# not the outlet itself ("The newspaper apologised"), nor what is often someone else's (a
# report by an inspector, an interview with a senator).
_PIECE = alternatives(
    r"article story stories post blog\s+post column editorial feature headline "
    r"subhead(?:line|ing)? caption photo(?:graph)? picture image chart graphic map table video "
    r"obituary review item piece tweet newsletter episode segment broadcast podcast op-ed essay "
    r"recap section photo\s+caption news\s+alert live\s+blog liveblog info-?box recipe puzzle "
    r"crossword listing report interview analysis profile letter list summary "
)

# "This article was updated", "has been corrected", "A clarification was appended to ...".
_BEEN = r"(?:has|have|had)\s+been|was|is|were"
_UPDATED = r"updated|changed|revised|edited|modified|altered|rewritten|expanded"
_APPENDED = r"(?:was|has\s+been|have\s+been|had\s+been)\s+(?:appended|added|attached)"

LANGUAGE = Language(
    code="en",
    name="English",
    stopwords=wordset(
        "the a an of to and in is was that for on it with as by at from this be are were has "
        "have had not but or which his her he she they its their been would will "
    ),
    months=_MONTHS,
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
    labels={
        "correction": (
            # The Wall Street Journal's heading, and the Guardian's column title.
            r"corrections?\s+(?:&|and)\s+(?:amplifications?|clarifications?)",
            r"corrections?(?:\s+appended)?",
            r"corrected",
            r"correct",
            r"errat(?:um|a)",
            r"for\s+the\s+record",
            r"setting\s+the\s+record\s+straight",
        ),
        "clarification": (r"clarifications?",),
        "update": (r"updated?", r"updates"),
        "editors_note": (
            r"editor['’`]?s['’`]?\s+notes?",
            r"editors['’`]\s+notes?",
            r"note\s+from\s+the\s+editors?",
            r"note\s+to\s+readers",
            r"note",
        ),
        "retraction": (r"retraction",),
    },
    self_references=(
        # A slip of our reporter's, and our own wording of the claim: "as we had it".
        r"(?:because\s+of|due\s+to|owing\s+to|through)\s+an?\s+(?:reporter|editor|writer|sub-editor)[\'’]s\s+(?:error|mistake)",
        r"as\s+we\s+(?:had\s+it|have\s+it|put\s+it|called\s+(?:it|him|her|them))\b",
        # "Mary Jones was misquoted in a story on Tuesday": the piece in which it happened.
        rf"(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\w+ly\s+)?mis[a-z]{{3,}}\s+in\s+(?:an?|the|our|this|"
        rf"(?:yesterday|today|\w+day)['’]s)\s+(?:[\w’'-]+\s+){{0,3}}?{_ITEM}\b",
        # "Earlier we tweeted that ...": our own earlier post.
        r"(?:earlier|previously|yesterday|this\s+morning)\s*,?\s+we\s+(?:\w+ly\s+)?(?:said|reported|tweeted|"
        r"posted|wrote|stated|shared|published)\b",
        r"we\s+(?:had\s+|have\s+)?(?:\w+ly\s+)?(?:tweeted|posted|retweeted)\b",
        rf"our\s+(?:[\w’'-]+\s+){{0,2}}?{_ITEM}\b",
        # "This" names our piece only by a word for one: "this report", "this list", "this
        # letter" may be anyone's document, the one the sentence is about.
        rf"this\s+(?:[\w’'-]+\s+){{0,2}}?(?!{_ANYONES}\b){_ITEM}\b",
        r"(?:an?|the)\s+(?:earlier|previous|prior|original|initial|older|first|early)\s+"
        r"(?:online\s+|print\s+|web\s+|digital\s+)?(?:versions?|editions?|drafts?|iterations?)\b",
        r"early\s+versions?\b",
        rf"(?:an?|the)\s+(?:earlier|previous|prior|original|initial|first)\s+(?:[\w-]+\s+)?"
        rf"{_ITEM}\b",
        # "Councils face cuts was amended to make clear ...": a piece named by its headline.
        r"(?:^|(?<=[.!?]\s))(?-i:[A-Z“‘'\"])[^.!?\n]{8,200}?\s(?:was|has\s+been)\s+"
        r"(?:amended|corrected|updated|changed)\s+(?:on\s+[^.,;]{3,40}?\s+)?(?:to|because)\b",
        r"(?:some|all|later|earlier|early)\s+(?:print\s+|online\s+)?editions\b",
        r"(?:in|on)\s+(?:page|p\.)\s*(?-i:[A-Z])?\d{1,3}\b",
        r"(?:as|what|that)\s+we\s+(?:had\s+|have\s+)?(?:said|reported|stated|wrote|written|"
        r"published|suggested|claimed|described|printed)\b",
        rf"as\s+(?:an?|the|our)\s+(?:[\w’'-]+\s+){{0,2}}?{_ITEM}\s+(?:had\s+)?(?:said|stated|"
        rf"reported|suggested|claimed|described)\b",
        r"we\s+(?:had\s+|have\s+)?(?:\w+ly\s+)?(?:mis[a-z]{3,}|incorrectly|wrongly|"
        r"erroneously|mistakenly|inaccurately|inadvertently)\b",
        r"the\s+corrected\s+(?:release|version|story|article|text)\b",
        r"we\s+got\s+(?:this|it|that|(?:the|his|her|their)\s+[\w-]+)\s+wrong\b",
        r"(?:because\s+of|due\s+to|owing\s+to|through)\s+an?\s+(?:editing|editor['’]?s|editorial|"
        r"reporting|production|transcription|translation|typographical|technical|printing|"
        r"subbing)\s+(?:error|mistake)",
        # "not zero as reported last Sunday", "not 1,000, as we said".
        r"not\s+[^.;]{1,80}?,?\s+as\s+(?:was\s+|had\s+been\s+|we\s+|it\s+was\s+)?(?:said|stated|"
        r"reported|published|printed|written|suggested|claimed|described|had\s+it|put\s+it)\b",
        r"we\s+(?:\w+ly\s+)?(?:published|ran|printed|carried)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
        rf"{_ITEM}\b",
        # "The Star regrets the error".
        r"(?:we|the\s+(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,3})\s+(?:sincerely\s+)?"
        r"regrets?\s+(?:the|this|these|any|its)\s+(?:errors?|mistakes?|omissions?|confusion)",
        rf"{_ITEM}\s+(?:headed|headlined|titled|entitled)\s*:?\s*[“\"‘']",
        # An author owning up: "In my column last week I wrote that ...".
        rf"in\s+my\s+(?:[\w-]+\s+)?{_ITEM}\b",
        # The same, for any piece (a report, an interview): ours only beside other signals.
        r"(?:yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"last\s+\w+)['’]s\s+(?:(?-i:[A-Z])[\w-]*\s+){0,3}(?:paper|edition|issue|section|"
        r"magazine|supplement|newspaper|(?-i:[A-Z])[\w-]+)",
        r"last\s+(?:week|month|\w+day)['’]s\s+(?:[\w’'-]+\s+){0,2}?"
        rf"(?:{_ITEM}\b|(?-i:[A-Z])[\w-]+)",
        # "A Nov. 22 article", "Monday's story", "a Dec. 21 Moneybox", "Friday's Sports section".
        rf"(?:{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|"
        rf"(?:{_DAY}|yesterday)['’]s)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_ITEM}\b|(?-i:[A-Z])[\w-]+)",
        # "An article on Nov. 1", "a story Saturday", "The column last Sunday".
        rf"{_ITEM}\s+(?:on\s+|last\s+|this\s+past\s+|published\s+(?:on\s+)?)?(?:{_DAY}|"
        rf"(?:{_MONTH})\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{_MONTH})\b|yesterday)",
        # "in the July 11 Sports section".
        rf"in\s+the\s+(?:{_MONTH})\.?\s+\d{{1,2}}\s+(?:[\w-]+\s+){{0,2}}?(?:section|edition|"
        rf"issue|magazine|paper)",
        # "A Canadian Press story published Tuesday".
        rf"(?:an?|the)\s+(?:[\w’'-]+\s+){{0,3}}?{_ITEM}\s+(?:published|printed|posted|"
        rf"that\s+ran|which\s+ran|broadcast|aired)\s+(?:on\s+)?(?:{_DAY}|yesterday|last\s+\w+|"
        rf"{_MONTH}|\d)",
    ),
    dated_references=(
        r"(?:yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"last\s+\w+)['’]s\s+(?:(?-i:[A-Z])[\w-]*\s+){0,3}(?:paper|edition|issue|section|"
        r"magazine|supplement|newspaper|(?-i:[A-Z])[\w-]+)",
        r"last\s+(?:week|month|\w+day)['’]s\s+(?:[\w’'-]+\s+){0,2}?"
        rf"(?:{_CITED}\b|(?-i:[A-Z])[\w-]+)",
        # "A Nov. 22 article", "Monday's story", "a Dec. 21 Moneybox", "Friday's Sports section".
        rf"(?:{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|"
        rf"(?:{_DAY}|yesterday)['’]s)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_CITED}\b|(?-i:[A-Z])[\w-]+)",
        # "An article on Nov. 1", "a story Saturday", "The column last Sunday".
        rf"{_CITED}\s+(?:on\s+|last\s+|this\s+past\s+|published\s+(?:on\s+)?)?(?:{_DAY}|"
        rf"(?:{_MONTH})\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{_MONTH})\b|yesterday)",
        # "in the July 11 Sports section".
        rf"in\s+the\s+(?:{_MONTH})\.?\s+\d{{1,2}}\s+(?:[\w-]+\s+){{0,2}}?(?:section|edition|"
        rf"issue|magazine|paper)",
        # "A Canadian Press story published Tuesday".
        rf"(?:an?|the)\s+(?:[\w’'-]+\s+){{0,3}}?{_CITED}\s+(?:published|printed|posted|"
        rf"that\s+ran|which\s+ran|broadcast|aired)\s+(?:on\s+)?(?:{_DAY}|yesterday|last\s+\w+|"
        rf"{_MONTH}|\d)",
        # 'the article "Mayor under inquiry" published on 2 June'.
        rf"{_CITED}\s+(?:(?:headed|headlined|titled|entitled)\s+)?[“\"‘'][^”\"’\n]{{3,120}}[”\"’']\s*,?\s*"
        rf"(?:published|printed|posted|which\s+ran|that\s+ran)\s+(?:on\s+)?(?:{_DAY}|yesterday|"
        rf"last\s+\w+|{_MONTH}|\d)",
        # "a Saturday article", "a Monday Report on Business story".
        rf"(?:an?|the)\s+(?:{_DAY}|weekend)\s+(?:[\w-]+\s+){{0,3}}?{_CITED}\b",
        # "The photo on page 3", "a graphic on Page A4".
        rf"{_CITED}\s+(?:on|in)\s+(?:page|p\.)\s*(?-i:[A-Z])?\s?\d{{1,3}}\b",
        # "as printed on Monday", "as reported last Sunday", "as we said on May 3".
        r"as\s+(?:was\s+|had\s+been\s+|it\s+was\s+|we\s+)?(?:printed|reported|stated|said|"
        r"published|listed|shown|written|described)\s+(?:on\s+|last\s+|in\s+)?"
        rf"(?:{_DAY}|yesterday|last\s+\w+|(?:{_MONTH})\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{_MONTH})\b|"
        r"(?:on\s+)?page\s)",
    ),
    reader_addresses=(
        rf"your\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_ITEM}|correspondent|reporter|writer|columnist)\b",
        r"dear\s+(?:sir|editor|madam)\b",
        r"^re:\s",
        r"i\s+(?:was|am)\s+(?:\w+\s+)?(?:disappointed|surprised|shocked|dismayed|saddened|"
        r"appalled|astonished|amazed|delighted|pleased|puzzled|concerned)\s+(?:to\s+(?:read|see|"
        r"learn)|by|at|that)\b",
        r"as\s+an?\s+(?:long-?time\s+|regular\s+|loyal\s+)?(?:reader|subscriber)\b",
        r"i\s+(?:read|write)\s+(?:with|to\s+(?:complain|point|correct|object)|in\s+response)\b",
    ),
    item_subjects=(
        rf"(?:^|(?<=[.!?]\s)|(?<=\s[—–]\s))(?:an?|the|our)\s+(?:[\w’'-]+\s+){{0,3}}?{_PIECE}\b",
    ),
    first_person=(r"we", r"us", r"our", r"(?-i:I)"),
    error_predicates=(
        # Two things put in each other's place, and what was left out.
        r"(?:reporter|editor|writer|sub-editor)[\'’]s\s+(?:error|mistake)",
        r"(?:reversed|switched|swapped|transposed|mixed\s+up)\s+(?:the\s+)?(?:names|identities|captions|photos|pictures|photographs|figures|labels|order|positions|numbers)\b",
        r"(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:reversed|switched|swapped|transposed)\b",
        r"left\s+out\b",
        r"neglected\s+to\b",
        r"mis-?(?!s(?:ile|ion|ive|issippi|ouri|ing|es\b|ed\b|y\b)|cellan|giving|chie|er|t\b|"
        r"ty\b)[a-z]{3,}(?:ed|es|s|t)\b",
        r"misled\b",
        r"(?:incorrectly|erroneously|wrongly|mistakenly|inaccurately|falsely|wrongfully|"
        r"inadvertently|imprecisely|misleadingly)\b",
        r"(?:was|were|is|are|been)\s+(?:also\s+)?(?:wrong|incorrect|inaccurate|mistaken|"
        r"misleading|untrue|false|erroneous)\b",
        r"(?:was|were|is|are|been)\s+not\s+(?:correct|accurate|true)\b",
        r"incorrect\b",
        r"inaccura(?:te|cy|cies)\b",
        r"erroneous\b",
        r"in\s+error\b",
        r"by\s+mistake\b",
        r"should\s+(?:not\s+)?have\s+(?:been\s+)?[a-z]+",
        r"(?:is|was)\s+now\s+in\s+doubt",
        r"gave\s+(?:[\w’'-]+\s+){1,4}?as\b",
        r"got\s+(?:this|it|that|(?:the|his|her|their|its)\s+(?:[\w’'-]+\s+){1,3}?)\s*wrong\b",
        r"(?:confused|mixed\s+up)\s+(?:the\s+two|two|both|the\s+names)\b",
        r"(?:gave|had|used|included|showed|listed|printed|published|with)\s+(?:an?\s+|the\s+)?"
        r"(?:wrong|incorrect|inaccurate|outdated|erroneous)\b",
        r"(?:contained|included)\s+(?:an?\s+)?(?:errors?|mistakes?|outdated)\b",
        r"(?:confused|conflated)\s+(?:\S+\s+){1,6}?with\b",
        r"transposed\b",
        r"omitted\b",
        r"forgot\s+to\b",
        r"failed\s+to\s+(?:note|mention|say|include|disclose|make\s+clear|credit|attribute|"
        r"identify|state)\b",
        r"(?:editing|editorial|reporting|production|transcription|translation|typographical|"
        r"technical|subbing|printing)\s+(?:error|mistake)s?\b",
        r"(?:an?|the)\s+(?:error|mistake)\s+(?:led|caused|resulted|appeared|was\s+made|"
        r"occurred|crept)\b",
        r"typo(?:graphical)?\b",
        r"(?:initially|originally|previously|first)\s+(?:said|stated|reported|indicated|"
        r"suggested|described|identified|gave|listed|named|referred|attributed|called)\b",
        r"did\s+not\s+(?:make|say|intend|verify|check)\b",
        r"digitally\s+altered\b",
        r"was\s+wrong\s+to\b",
        # "A reader points out that the line closed in 1966": the error, told by a reader.
        r"(?:a|one|several|many|two|some)\s+(?:\w+\s+)?readers?\s+(?:has\s+|have\s+)?(?:pointed\s+out|"
        r"points?\s+out|noted|notes|reminds|reminded|tells|told)\b",
        r"may\s+have\s+(?:given|left|created|conveyed)\s+(?:readers\s+)?(?:the|a|an)\s+"
        r"(?:[\w-]+\s+)?impression\b",
    ),
    error_words=(r"errors?", r"mistakes?", r"misleading", r"did\s+not", r"outdated", r"confused"),
    contrast_patterns=(
        # A contrast between two values ("1931, not 1932", "not a doctor but a nurse"),
        # not any negation ("did not attend").
        r"(?<=[,;—–]\s)not|(?<=[,;—–])not|not\s+(?:[^\s.;]+\s+){1,8}?but\b",
        r"rather\s+than",
        r"instead\s+of",
        r"but",
        r"in\s+fact",
        r"actually",
        r"in\s+reality",
    ),
    fix_patterns=(
        # Set off by a comma, "In fact, ..." opens the fix; "where in fact ..." is prose.
        r"in\s+fact,",
        r"actually,",
        r"in\s+reality,",
        r"the\s+(?:correct|right|actual|true|real|accurate)\s+(?:\w+\s+){0,2}?(?:is|was|are|"
        r"were)\b",
        r"(?:has|have|had)\s+(?:now\s+)?been\s+(?:corrected|amended|removed|withdrawn|"
        r"retracted|deleted|changed|updated|clarified|reverted|fixed|rectified)\b",
        r"(?:was|were)\s+(?:later\s+|subsequently\s+)?(?:corrected|amended|removed|withdrawn|"
        r"retracted|reverted)\s+(?:to|because|after|on|from)\b",
        r"(?:was|were|has\s+been|have\s+been)\s+amended\s+(?:on\s+[^.,;]{3,40}?\s+)?"
        r"(?:to|because|after|so)\b",
        r"should\s+(?:have\s+)?read\b",
        # "Correction to our earlier tweet: ...": the notice names the piece it puts right.
        rf"(?:correction|clarification)s?\s+to\s+(?:our|this|my|an?|the)\s+(?:[\w-]+\s+){{0,2}}?{_ITEM}\b",
        # "Remarks attributed to Ms Lee ... were made by her colleague": who it really was.
        r"(?:was|were)\s+(?:actually\s+|in\s+fact\s+)?(?:made|said|spoken|written|taken)\s+by\b",
        # "..., not Y as we said": the value set against our own claim puts it right.
        r"not\s+[^.;]{1,80}?,?\s+as\s+(?:we\s+)?(?:had\s+)?(?:said|stated|reported|wrote|printed|"
        r"had\s+it|put\s+it)\b",
        # "... showed a different ferry. This was changed on 12 June.": the fix, in a
        # sentence of its own.
        r"(?:this|that|it)\s+(?:was|has\s+been|have\s+been)\s+(?:changed|corrected|amended|"
        r"fixed|replaced)\b",
        r"it\s+should\s+have\b",
        r"(?:it|he|she|they)\s+(?:is|was|were|are)\s+(?:of\s+course|actually|in\s+fact)\b",
        r"we\s+(?:have\s+)?(?:\w+ly\s+)?(?:corrected|amended|removed|updated|withdrawn|withdrew|"
        r"retracted)\b",
        r"no\s+longer\s+stands?\s+by\b",
        r"retracts\s+(?:the|this|its|our)\b",
        r"set\s+the\s+record\s+straight\b",
        r"(?:unreservedly\s+)?withdraws?\b",
        r"(?:to|and)\s+(?:correct|clarify|make\s+clear|reflect)\b",
        r"please\s+note\b",
    ),
    claim_verbs=(
        r"(?:said|stated|reported|described|referred\s+to|wrote|gave|listed|called|named|"
        r"credited|showed|suggested|quoted|identified|repeated|attributed|put|extracted|"
        r"claimed|implied|made\s+a\s+reference|was\s+listed|was\s+quoted|was\s+described|"
        r"was\s+named|was\s+identified|was\s+given|was\s+rendered|dealt|mentioned)\b",
    ),
    apologies=(
        r"(?:we|i)\s+(?:sincerely\s+|unreservedly\s+|deeply\s+)?(?:apologi[sz]e|regret)\b",
        r"(?:our\s+)?apologies\b",
        r"apologi[sz]es\s+(?:unreservedly\s+)?(?:to|for)\b",
        r"we\s+are\s+sorry\b",
        r"apology\s+to\s+(?:our\s+readers|mr|ms|mrs|dr)\b",
        r"regrets?\s+(?:the|this|these|any|its)\s+(?:errors?|mistakes?|omissions?|confusion)",
    ),
    generic_openers=(
        r"when",
        r"whenever",
        r"if",
        r"each\s+time",
        r"every\s+time",
        r"our\s+(?:policy|practice|rule|aim|standards?|guidelines?|approach)\b",
    ),
    outlet_subjects=(
        r"(?:(?:the|a|that|this)\s+)?(?:\w+\s+)?(?:newspaper|paper|magazine|broadcaster|network|station|outlet|tabloid|daily|weekly|wire\s+service|news\s+agency)"
        # The newsroom of itself, in the present: "The Daily Record apologises to ...".
        r"(?!\s+(?:[\w’'-]+\s+){0,3}?(?:regrets|apologi[sz]es|wishes\s+to|is\s+(?:happy|glad|pleased)\s+to|corrects|retracts)\b)",
    ),
    legal_subjects=(
        r"bills?",
        r"laws?",
        r"acts?",
        r"constitutions?",
        r"treaty",
        r"treaties",
        r"contracts?",
        r"rules?",
        r"regulations?",
        r"legislation",
        r"charter",
        r"statutes?",
        r"ordinances?",
        r"motions?",
        r"amendments?",
        r"budgets?",
        r"plans?",
        r"polic(?:y|ies)",
        r"complaints?",
        r"lawsuits?",
        r"indictments?",
        r"filings?",
        r"resolutions?",
        r"proposals?",
    ),
    history_verbs={
        "correction": (
            r"corrected",
            r"correction",
            r"corrects",
            r"fixed",
            r"fixes",
            r"typo",
            r"erratum",
            r"amended\s+(?:an?\s+)?(?:error|typo|mistake|incorrect)",
            r"[^.]{0,80}\b(?:incorrect|in\s+error|error|mistake|wrong)",
            r"removed\s+(?:an?\s+)?(?:incorrect|erroneous|wrong|duplicate)",
        ),
        "update": (
            r"added",
            r"updated?",
            r"updates",
            r"removed",
            r"replaced",
            r"changed",
            r"amended",
            r"revised",
            r"new",
            r"published\s+(?!first)",
            r"republished",
            r"reissued",
            r"edited",
            r"minor\s+(?:changes?|edits?|amendments?)",
            r"(?:under|in)\s+[^.]{1,80}?,\s+[^.]{0,80}?\b(?:added|changed|removed|updated)",
        ),
    },
    history_headings=(
        r"updates\s+to\s+this\s+(?:page|guidance|document|publication)",
        r"(?:full\s+)?page\s+history",
        r"update\s+history",
        r"change\s+(?:history|log)",
        r"changelog",
        r"revision\s+history",
        r"version\s+history",
    ),
    kind_words={
        "retraction": (
            r"(?:unreservedly\s+)?withdraw\s+(?:the|this|our)\s+(?:article|story|claim|"
            r"allegation)",
        ),
        "clarification": (r"to\s+(?:make\s+clear|clarify)\b",),
    },
    change_lines={
        "update": (
            changed(rf"this\s+(?:[\w-]+\s+)?{_ITEM}", _BEEN, _UPDATED),
            # "The story has been updated to reflect ...": the piece under its own notice.
            changed(r"the\s+(?:story|article|piece|post)", r"(?:has|have)\s+been", _UPDATED),
            rf"we\s+(?:have\s+|had\s+)?(?:\w+ly\s+)?(?:{_UPDATED})\s+(?:this|the|our)\s+"
            rf"(?:[\w-]+\s+)?{_ITEM}\b",
            r"this\s+is\s+an?\s+(?:updated|revised|expanded)\s+(?:version|story|article)\b",
        ),
        "correction": (
            changed(rf"this\s+(?:[\w-]+\s+)?{_ITEM}", _BEEN, r"corrected|amended"),
            rf"this\s+(?:[\w-]+\s+)?{_ITEM}\s+corrects\b",
            r"this\s+is\s+an?\s+(?:corrected|amended)\s+(?:version|story|article)\b",
            rf"we\s+(?:have\s+|had\s+)?(?:\w+ly\s+)?(?:corrected|amended)\s+(?:this|the|our)\s+"
            rf"(?:[\w-]+\s+)?{_ITEM}\b",
            # "Correction appended", the line above a piece whose notice stands at its foot.
            r"corrections?\s+appended\b",
            # "A correction was appended to this article on 11 October": the note added below.
            rf"(?:an?|the)\s+(?:correction|footnote|note)\s+{_APPENDED}\s+to\s+(?:this|the)\s+"
            rf"{_ITEM}\b",
        ),
        "clarification": (
            changed(rf"this\s+(?:[\w-]+\s+)?{_ITEM}", _BEEN, r"clarified"),
            r"clarifications?\s+appended\b",
            rf"(?:an?|the)\s+clarification\s+{_APPENDED}\s+to\s+(?:this|the)\s+{_ITEM}\b",
        ),
        "editors_note": (
            rf"(?:an?|the)\s+editor['’]s\s+note\s+{_APPENDED}\s+to\s+(?:this|the)\s+{_ITEM}\b",
        ),
        "retraction": (
            changed(rf"this\s+(?:[\w-]+\s+)?{_ITEM}", _BEEN, r"retracted|withdrawn"),
            rf"we\s+(?:have\s+|are\s+|had\s+)?(?:\w+ly\s+)?(?:retracted|retracting|withdrawn|"
            rf"withdrew|withdrawing)\s+(?:this|the|our|that)\s+(?:[\w-]+\s+)?{_ITEM}\b",
        ),
    },
    notice_examples=(
        "An earlier version of this article misstated the year the bridge opened. It opened"
        " in 1931, not 1932.",
        "We incorrectly said the museum closes on Mondays; it closes on Tuesdays.",
        "The harbour tunnel is 2.1 miles long, not 3 miles as we said (Under the water,"
        " 4 June, page 12).",
        "A May 3 article about school meals mistakenly said the programme began in 2015.",
        "Our obituary of the painter Lena Hart gave her birthplace as Leeds. She was born in York.",
        "4 March 2024\nCorrected the figure for average rents in the table.",
    ),
    lookalike_examples=(
        "The senator incorrectly said the bill would cut taxes, according to analysts.",
        "The Sentinel published a correction on Sunday after misnaming the mayor.",
        "When we make a correction, we point out the error in a note.",
        "The Department of Corrections moved 40 inmates to a correctional facility.",
        "Stocks entered correction territory as the index fell 10% from its peak.",
        "The constitution was amended to allow a third term.",
    ),
    values=VALUES,
    speech_verbs=wordset(
        "said says say told added explained stated wrote warned noted commented "
        "continued replied asked according "
    ),
)
