"""A notice's kind, from its own words: retraction, clarification, correction, update.

A label says what the newsroom called the notice ("Correction:", "Editor's note:"); the
words under it say what it does. A notice that takes the whole piece back (it "should not
have been published", "we retract", "has been withdrawn", an apology to the person it
wronged) is a retraction; one that says the piece was not wrong but could be read wrongly
("to make clear", "may have given the impression") is a clarification, unless it also
says the piece was wrong; one that says the piece erred is a correction; one that only
says the piece changed ("has been updated to include") is an update; one that says what
the piece reported is now in doubt, without saying it erred, is an editors' note.

Each way of saying so is a ``KindRule`` with its name, the kind it gives, its expression
and the sentences it must and must not match beside it (``tests/test_notices_kinds.py``
runs them). The words of every registered language come from its module
(``Language.kind_words``); the rules here are the structures that hold in any language.
Taking a piece back outweighs the error that led to it, and an error outweighs a
clarification's wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from revtrack.lang import registered
from revtrack.notices import patterns as p


@dataclass(frozen=True)
class KindRule:
    """One way a notice's words give its kind."""

    name: str
    kind: str
    pattern: str
    matches: tuple[str, ...] = ()
    misses: tuple[str, ...] = ()
    case_sensitive: bool = False
    # Words that, in the text before the match, take the rule back ("an earlier version
    # of this column was published in error" replaced a version: a correction).
    unless: str | None = None

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        """The rule's expression, compiled on first use."""
        return re.compile(self.pattern, 0 if self.case_sensitive else re.IGNORECASE)

    @cached_property
    def _unless(self) -> re.Pattern[str] | None:
        return re.compile(self.unless, re.IGNORECASE) if self.unless else None

    def search(self, text: str) -> bool:
        """True when the rule holds somewhere in ``text``."""
        for match in self.compiled.finditer(text):
            start = max(text.rfind(".", 0, match.start()), 0)
            if self._unless is None or not self._unless.search(text, start, match.start()):
                return True
        return False


RULES: tuple[KindRule, ...] = (
    KindRule(
        name="piece_withdrawn",
        kind="retraction",
        pattern=(
            r"\b(?:has|have|had)\s+been\s+(?:\w+ly\s+)?(?:retracted|withdrawn|taken\s+down)\b|"
            r"\b(?:was|is|were)\s+(?:\w+ly\s+)?retracted\b|"
            r"\bwe\s+(?:have\s+|are\s+|hereby\s+)?(?:\w+ly\s+)?(?:retract(?:ed|ing)?|withdr[ae]w|"
            r"withdrawn|withdrawing)\b|"
            r"\bretracts?\s+(?:the|this|its|our|an?)\b|\bno\s+longer\s+stands?\s+by\b"
        ),
        matches=(
            "We have retracted the story.",
            "This article has been withdrawn.",
            "The Courier retracts the article published on 2 June.",
            "The magazine no longer stands by the report.",
        ),
        misses=(
            "The minister withdrew from the race.",
            "An earlier version of this story misstated the date.",
        ),
    ),
    KindRule(
        name="should_not_have_run",
        kind="retraction",
        pattern=(
            r"\bshould\s+(?:not|never)\s+have\s+been\s+(?:published|broadcast|posted|printed|run|"
            r"aired)\b|"
            r"\b(?:was|were|has\s+been|have\s+been)\s+(?:published|posted|issued)\s+in\s+error\b"
        ),
        unless=r"\b(?:earlier|previous|prior|older|incorrect)\s+versions?\b",
        matches=(
            "The article should never have been published.",
            "This guidance was published in error and has been removed.",
            "Version 3 of the rules for applicants was published in error.",
        ),
        misses=(
            "An earlier version of this chart was published in error.",
            "The report should have been published sooner, critics said.",
        ),
    ),
    KindRule(
        name="false_in_whole",
        kind="retraction",
        pattern=(
            r"\b(?:allegations?|claims?|story|article|report|suggestion)\s+(?:\w+\s+){0,2}?"
            r"(?:was|were|is|are)\s+(?:entirely\s+|wholly\s+|completely\s+)?(?:false|untrue|"
            r"fabricated|fictitious|baseless|unfounded|without\s+foundation)\b|"
            r"\b(?:fictitious|fabricated|invented)\s+(?:story|article|report|interview|quotes?)\b"
        ),
        matches=(
            "That allegation was untrue and we apologise to Dr Hall.",
            "An error led to the publication of a fictitious story.",
        ),
        misses=("The figure was wrong: it is 40, not 14.",),
    ),
    KindRule(
        name="apology_to_a_person",
        kind="retraction",
        # An apology to the person the piece wronged, not to readers for a slip.
        pattern=(
            r"\b(?:apologi[sz]e|apologi[sz]es|apology)\s+(?:\w+ly\s+)?to\s+(?!(?:our|all|the)\s)"
            r"(?:(?:mr|mrs|ms|miss|dr|prof|sir|lady|lord)\b\.?|(?-i:[A-Z])[\w'’-]+\s+"
            r"(?-i:[A-Z])|(?-i:[A-Z])[\w'’-]+\s*(?:for|over|and|,|\.|$))"
        ),
        matches=(
            "We apologise to Dr Hall for the distress caused.",
            "Apology to Mr Wran",
            "We apologize unreservedly to Jane Roe.",
            "The site apologises unreservedly to Okafor for the harm done.",
        ),
        misses=(
            "We apologise to our readers for the error.",
            "We apologise for the mistake.",
        ),
    ),
    KindRule(
        name="now_in_doubt",
        kind="editors_note",
        # The piece was right when it ran; what it reported has since been put in doubt.
        pattern=(
            r"\b(?:is|are|was|were)\s+now\s+(?:in\s+doubt|in\s+question|disputed|under\s+review)\b|"
            r"\bhas\s+since\s+been\s+(?:called\s+into\s+question|questioned|disputed|withdrawn\s+by)\b"
        ),
        matches=(
            "An article on May 2 cited a study whose main finding is now in doubt.",
            "The survey the report relied on has since been called into question.",
        ),
        misses=("The article misstated the year; it is 1931.", "Doubts remain, he said."),
    ),
    KindRule(
        name="more_precisely",
        kind="clarification",
        pattern=(
            r"\bmay\s+have\s+(?:given|left|created|conveyed)\s+(?:readers\s+)?(?:the|a|an)\s+"
            r"(?:[\w-]+\s+)?impression\b|"
            r"\b(?:wish|want|are\s+happy|are\s+glad)\s+to\s+make\s+(?:it\s+)?clear\b|"
            r"\b(?:did|does)\s+not\s+(?:mean|intend)\s+to\s+(?:suggest|imply)\b|"
            # The piece was not wrong but could be read wrongly.
            r"\b(?:was|were|is)\s+misleading\b|\bas\s+if\s+(?:the|it|this|that)\b"
        ),
        matches=(
            "An article on Sunday may have left the impression that staff would lose jobs.",
            "We are happy to make clear that Ms Lee was not involved.",
            "The second chart with the report was misleading: it mixed two years.",
        ),
        misses=("The article misstated her age.",),
    ),
)


@cache
def _language_rules() -> tuple[KindRule, ...]:
    """The kind words of every registered language, one rule per language and kind."""
    made = []
    for language in registered():
        for kind, words in language.kind_words.items():
            if words:
                made.append(
                    KindRule(
                        name=f"{language.code}.kind_words[{kind}]",
                        kind=kind,
                        pattern=r"(?<!\w)(?:" + "|".join(words) + ")",
                    )
                )
    return tuple(made)


def all_rules() -> tuple[KindRule, ...]:
    """Every kind rule: the structures above, then each language's words."""
    return RULES + _language_rules()


_MISLEADING = re.compile(r"misl(?:eading|ed)\b", re.IGNORECASE)


def kind_from_words(text: str) -> str | None:
    """The kind ``text``'s own words give, or None when they are silent.

    A retraction's words win; a clarification's words give a clarification only when
    nothing in the text says the piece was wrong ("misstated", "incorrectly"); an error
    gives a correction.
    """
    text = text[:4000]
    found = {rule.kind for rule in all_rules() if rule.search(text)}
    if "retraction" in found or p.RETRACTION.search(text):
        return "retraction"
    # "misleading" says the piece could be read wrongly, not that it was wrong.
    wrong = any(not _MISLEADING.match(m.group(0)) for m in p.STRONG_ERROR.finditer(text))
    if ("clarification" in found or p.CLARIFY_CUE.search(text)) and not wrong:
        return "clarification"
    if p.STRONG_CORRECT.search(text):
        return "correction"
    if "editors_note" in found:
        return "editors_note"
    return None
