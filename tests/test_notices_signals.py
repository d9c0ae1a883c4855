"""The notice scorer: each rule matches its own cases, and signals combine as a reader's do.

A notice is found by what it says about itself (a self-reference, an error, a fix), in
any order; look-alikes are refused by where those words stand (quoted, attributed,
another outlet's, a general rule), not by lists of phrases.
"""

from __future__ import annotations

import pytest

from revtrack.lang import codes
from revtrack.notices import find_notices
from revtrack.notices.segments import sentence_spans
from revtrack.notices.signals import SIGNALS, UNIVERSAL, rules_for, score

PROSE = (
    "The council met on Tuesday to discuss the new budget, which will fund two libraries "
    "and a swimming pool in the east of the city over the next three years."
)


def _rules():
    return [rule for code in codes() for rule in rules_for(code)]


@pytest.mark.parametrize("rule", UNIVERSAL, ids=lambda rule: rule.name)
def test_each_universal_rule_matches_its_cases_and_misses_its_counter_cases(rule):
    """A rule's own examples, kept beside it, are the test of what it matches."""
    assert rule.matches and rule.misses
    for case in rule.matches:
        assert rule.compiled.search(case), f"{rule.name} misses {case!r}"
    for case in rule.misses:
        assert not rule.compiled.search(case), f"{rule.name} matches {case!r}"


def test_every_rule_has_a_name_language_and_known_signal():
    """Rules are named objects; a language's rules say which language they are."""
    for code in codes():
        names = [rule.name for rule in rules_for(code)]
        assert len(set(names)) == len(names)
    for rule in _rules():
        assert rule.signal in SIGNALS
        assert rule.language == "*" or rule.name.startswith(f"{rule.language}.")
        assert rule.weight >= 1
        rule.compiled  # noqa: B018 - compiles


@pytest.mark.parametrize(
    "text",
    [
        # error and fix, the piece named last
        "The tunnel is 2.1 miles long, not 3 miles as we said (Under the water, 4 June, page 12).",
        # the claim first, the fix in the next sentence
        "Our review of the concert said the orchestra played Elgar. In fact, it played Holst.",
        # a dated piece as the subject
        "A June 3 article about the harbour misstated the depth of the new berth.",
        # our piece, an error, in a sentence that opens with a fact
        "The ferry leaves at 7. Monday's story on the timetable wrongly gave the time as 8.",
        # an apology by the newsroom
        "We apologise to Ms Lane: our obituary of her father gave his age wrongly.",
        # a piece named by its headline, amended
        "Ferry fares to rise was amended to make clear that the vote was not unanimous.",
        # the newsroom's own regret
        "These are avocets, not lapwings. The Courier regrets the error.",
    ],
)
def test_a_notice_is_found_by_its_signals_in_any_order(text):
    """Notices in several shapes, alone as a column prints them and after prose."""
    assert find_notices(text), text
    after = find_notices(f"{PROSE}\n\n{text}")
    assert after and after[-1].start >= len(PROSE)


@pytest.mark.parametrize(
    "text",
    [
        # speech attributed to someone else
        "An earlier version of the plan was wrong about the cost, the mayor's spokesman said.",
        # another outlet's error
        "The newspaper apologised and said the article had been removed from its website.",
        # a general rule, not an event
        "When we make a mistake in a story, we correct it and add a note at the end.",
        # the legal sense of "amended"
        "The bill was amended to make clear that landlords, not tenants, pay the fee.",
        # quoted words
        "He held up a sign reading “This article misstated the facts” outside the hall.",
        # "our" and "instead of" without an error
        "Instead of our usual column, we print a letter from a reader this week.",
        # market and prison senses
        "The index fell 11% from its peak, a correction that wiped out the year's gains.",
        "She was moved to the state correctional facility on Friday, not the county jail.",
    ],
)
def test_look_alikes_are_refused_by_structure(text):
    """The same words, where a reader would not take them as ours, make no notice."""
    assert find_notices(text) == []
    assert find_notices(f"{PROSE}\n\n{text}\n\n{PROSE}") == []


def test_another_outlet_named_in_an_article_is_not_us():
    """Inside an article, an outlet that misnamed someone is reported, not ourselves; a
    column item standing alone may name its own paper."""
    text = "The Sentinel misnamed the coach in a story on Sunday and later corrected it."
    assert find_notices(f"{PROSE}\n\n{text}\n\n{PROSE}") == []


def test_the_score_names_where_the_notice_starts_in_a_long_paragraph():
    """In a long paragraph the notice starts at the sentence its signals are in."""
    prose = " ".join(f"Sentence {n} of the report talks about the budget." for n in range(8))
    notice = "An earlier version of this article misstated the cost. It is $4m, not $6m."
    para = f"{prose} {notice}"
    found = score(para, sentence_spans(para), "en")
    assert found is not None and para[found.start :] == notice


def test_one_weak_signal_kind_counted_once():
    """Three "not"s and a "we" make no notice: each kind counts once, weak ones weakly."""
    text = "We do not know. We did not go. We are not sure, but we will not stop."
    assert find_notices(text) == []


GATE_TEXTS = [
    PROSE,
    "An earlier version of this article misstated the cost. It is $4m, not $6m.",
    "The tunnel is 2.1 miles long, not 3 miles as we said (Under the water, 4 June, page 12).",
    "In „Neue Wege am Fluss“ vom 12. Juni wurde die Brücke falsch benannt.",
    "Une erreur s’est glissée dans l’édition d’hier : il fallait lire 1931, et non 1932.",
    "Diferentemente do que foi publicado, o prefeito não renunciou; pedimos desculpas.",
    "We apologise. The Courier regrets the error; 'A day out' (Travel, last week) was wrong.",
]


@pytest.mark.parametrize("code", codes())
def test_the_gate_finds_what_searching_with_every_rule_finds(code):
    """Skipping a rule whose needed words a text lacks changes no result."""
    from revtrack.notices.signals import _gate

    rules = rules_for(code)
    for text in GATE_TEXTS:
        got = {(i, m.span()) for i, m in _gate(code, False).find(text)}
        want = {(i, m.span()) for i, r in enumerate(rules) for m in r.compiled.finditer(text)}
        assert got == want, text


def test_a_negation_is_no_contrast_but_two_values_set_against_each_other_are():
    """ "1931, not 1932" and "not a doctor but a nurse" contrast two values; "did not
    attend" only negates a verb, which news does in every paragraph."""
    contrast = next(r for r in rules_for("en") if r.name == "en.contrast_patterns[0]")
    assert contrast.compiled.search("It opened in 1931, not 1932.")
    assert contrast.compiled.search("She is not a doctor but a nurse.")
    assert not contrast.compiled.search("The mayor did not attend the meeting.")
