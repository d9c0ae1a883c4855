"""The words notices are made of, as regular-expression source text, compiled nowhere here.

``patterns`` builds the notice parser's label, trailer and error expressions from these
lists and ``cue`` its quick "certainly no notice" check, so a label or wording
added here reaches both at once. Nothing is compiled on import: the lists cost nothing
to load, which keeps the quick check as cheap as it is meant to be. The labels come from
the language registry, ``revtrack.lang``.
"""

from __future__ import annotations

import re
from functools import cache

from revtrack.lang import registered

# Labels that open a notice paragraph, by the kind they announce, in every registered
# language (each language's module in ``revtrack.lang`` holds its own).
_KINDS = ("correction", "clarification", "update", "editors_note", "retraction")
LABELS: dict[str, tuple[str, ...]] = {
    kind: tuple(label for lang in registered() for label in lang.labels.get(kind, ()))
    for kind in _KINDS
}


@cache
def label_language(label: str) -> str | None:
    """The one registered language a label word belongs to ("Berichtigung": de), or None
    when it is no label or several languages share it ("Erratum")."""
    found = {
        lang.code
        for lang in registered()
        for words in lang.labels.values()
        for word in words
        if re.fullmatch(word, " ".join(label.split()), re.IGNORECASE)
    }
    return found.pop() if len(found) == 1 else None


# The things a newsroom corrects.
ITEM = (
    r"(?:article|story|stories|post|blog\s+post|column|editorial|feature|headline|subhead(?:line)?|"
    r"caption|photo(?:graph)?|picture|image|chart|graphic|map|table|video|obituary|review|"
    r"item|report|piece|tweet|newsletter|episode|segment|broadcast|podcast|interview|"
    r"profile|analysis|op-ed|essay|list|summary|version|edition|briefing|live\s+blog|liveblog|"
    r"entry|letter|recap|section|page|paragraph|sentence|photo\s+caption|news\s+alert|alert)"
)
ADVERB_ERR = (
    r"(?:incorrectly|erroneously|wrongly|mistakenly|inaccurately|falsely|wrongfully|improperly|"
    # The New York Times' softer wording: "referred imprecisely to the ruling".
    r"imprecisely|incompletely|misleadingly)"
)
MIS_VERB = (
    r"(?:mis(?:identified|stated|spelled|spelt|quoted|attributed|reported|named|described|"
    r"characterized|characterised|represented|interpreted|labeled|labelled|dated|translated|"
    r"placed|located|gendered|titled|pronounced|cited|read|used|typed|captioned|transcribed))"
)
# "The mayor originally said ...": what an item said first, before it was put right.
FIRST_SAID = (
    r"(?:initially|originally|previously|first)\s+(?:said|stated|reported|indicated|suggested|"
    r"described|identified|gave|listed|named|referred|attributed|called)"
)
# A wire trailer's verb: "(Corrects paragraph 3 ...)", "(Adds closing prices)".
TRAILER_VERBS = (
    r"(?:corrects?|corrected|fixes|fixed|adds|added|updates|updated|recasts|changes|removes|"
    r"refiles|refiled|rewrites|clarifies|withdraws|retracts|deletes|inserts|replaces|restores)"
)
# "(Corrects ...)", "(This story has been refiled to correct ...)", Reuters' dated
# "(This Oct. 12 story corrects ...)", and the AP's unbracketed advisory to editors,
# "Eds: Corrects spelling of ...".
TRAILER_HEAD = (
    r"(?:[(\[]\s*(?:This\s+(?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+(?:\d{4}\s+)?)?(?:story|article|version)\s+(?:(?:has\s+been|was|is\s+being)\s+)?|"
    rf"Story\s+)?|Eds?\s*:\s*)(?P<verb>{TRAILER_VERBS})\b"
)
# A Guardian-style citation of our own item: "(Turbines approved, 2 March, page 14)".
PAGE_CITATION = r"\([^()\n]{3,160}?,\s*(?:p\.|page|pages|p)\s*\d{1,3}\s*\)"
