"""What a notice says was wrong and what is right: ``extract_values(text, language)``.

The values come from the contrast structures the notice uses (``contrast``: "X, not Y",
"not Y but X", "Y rather than X", "from Y to X", "misnamed ... as Y", a claim and its
fix, "should have said X", ...), in the words of the notice's language
(``revtrack.lang``), with each value cut where it ends (``shapes``): its article and unit
kept, the sentence's frame left out. A value the notice does not state is None; nothing
is guessed. Values are returned as they stand in the notice, without the quotation marks
around them.

The seam with detection: the finder calls ``extract_values`` on each notice's text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from revtrack.notices import claims, contrast, shapes

# A notice longer than this is read only so far: values stand in its first sentences, and
# the bound keeps the work linear in the input however the input is shaped.
MAX_SENTENCES = 24
MAX_SENTENCE_CHARS = 1200


@dataclass(frozen=True)
class Values:
    """The stated values of one notice; None where the notice does not state them.

    ``structure`` names the contrast structure the values were read from (None when
    none was found), so a reader can see why a value was taken.
    """

    error_verb: str | None = None
    subject: str | None = None
    wrong: str | None = None
    right: str | None = None
    structure: str | None = None


def extract_values(text: str, language: str = "en") -> Values:
    """Read the error verb, subject, wrong and right values from a notice's text.

    The same notice is read again in every later version of its article (the correction
    log reads each version), so readings are remembered by text.
    """
    return _extract(text, language)


@lru_cache(maxsize=4096)
def _extract(text: str, language: str) -> Values:
    text = text[: MAX_SENTENCES * MAX_SENTENCE_CHARS]
    verb_match = claims.ERROR_VERB_RE.search(text) or claims._ITEM_VERB.search(text)
    error_verb = claims._normalise_verb(verb_match.group(0)) if verb_match else None
    subject = claims._subject(text, verb_match.start(), verb_match.end()) if verb_match else None
    sentences = [s[:MAX_SENTENCE_CHARS] for s in claims._sentences(claims._blank_asides(text))][
        :MAX_SENTENCES
    ]
    (wrong, right), structure = contrast.read(sentences, language)
    wrong, right = claims.clean(wrong), claims.clean(right)
    wrong, right = claims._trim_frame(wrong, right)
    wrong, right = claims._number_cores(wrong, right)
    wrong, right = claims._drop_lead_word(wrong, right), claims._drop_lead_word(right, wrong)
    wrong, right = claims._drop_shared_preposition(wrong, right, language)
    right = shapes.cut_appositive(right)
    wrong, right = shapes.bound(wrong, right), shapes.bound(right, wrong, fix=True)
    wrong, right = shapes.without_prepositions(wrong, right, language)
    wrong, right = shapes.same_length(wrong, right)
    return Values(
        error_verb=error_verb,
        subject=subject,
        wrong=wrong or None,
        right=right or None,
        structure=structure if (wrong or right) else None,
    )
