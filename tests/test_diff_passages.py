"""A rewritten passage is one change, as a reader says "this passage was rewritten".

The word diff pairs paragraphs and sentences and diffs each pair, so a paragraph whose
sentences were all reworded, or two lines of a sentence-per-line text merged and
reworded, would come out as fragments a few words apart. The cases are written for
these tests, in the styles editors rewrite.
"""

from __future__ import annotations

from revtrack import compare
from revtrack.extract import document_from_bytes, text_paragraphs


def _doc(text: str):
    return document_from_bytes(text.encode())


def _body(old: str, new: str):
    comparison = compare(_doc(old), _doc(new))
    assert comparison.apply(comparison.old_text) == comparison.new_text
    return [c for c in comparison.changes if c.field == "body"]


OLD_PARAGRAPH = (
    "The council met on Monday to discuss the budget for next year. Members argued for "
    "three hours about the cost of the new library. In the end the vote was postponed."
)
NEW_PARAGRAPH = (
    "Councillors gathered on Monday to debate next year's spending plans. For three hours "
    "they quarrelled over what the planned library would cost. They then put off the vote."
)


def test_a_paragraph_reworded_sentence_by_sentence_is_one_change_over_the_pair() -> None:
    before = f"The library opened in 1968.\n\n{OLD_PARAGRAPH}\n\nThe mayor did not comment."
    after = f"The library opened in 1968.\n\n{NEW_PARAGRAPH}\n\nThe mayor did not comment."
    changes = _body(before, after)
    assert [(c.kind, c.before, c.after) for c in changes] == [
        ("wording", OLD_PARAGRAPH, NEW_PARAGRAPH)
    ]
    assert changes[0].significance == "substantive"


def test_a_sentence_added_beside_an_edit_is_no_rewrite() -> None:
    before = "Crews fought the fire for six hours.\n\nNo one was hurt."
    after = (
        "Crews fought the fire for seven hours. Residents of twelve nearby homes were "
        "told to keep their windows shut until the smoke cleared.\n\nNo one was hurt."
    )
    kinds = [c.kind for c in _body(before, after)]
    assert kinds == ["number", "sentence_added"]


LINES = [
    "The fire began shortly after midnight in a warehouse on Dock Street.",
    "Firefighters from three stations fought the blaze for six hours.",
    "The owner said the building held paint and solvents.",
    "No one was hurt, officials said.",
    "The cause is under investigation.",
]


def test_a_text_written_a_sentence_per_line_has_a_paragraph_per_line() -> None:
    assert text_paragraphs("\n".join(LINES)) == LINES
    wrapped = (
        "The fire began shortly after midnight in a\nwarehouse on Dock Street, and crews "
        "from three\nstations fought it for six hours.\n"
    )
    assert len(text_paragraphs(wrapped)) == 1


def test_two_lines_merged_and_reworded_are_one_change() -> None:
    merged = (
        "Crews from three stations needed six hours to bring the blaze in the building, "
        "which held paint and solvents, under control."
    )
    old = "\n".join(LINES)
    new = "\n".join([LINES[0], merged, *LINES[3:]])
    changes = _body(old, new)
    assert len(changes) == 1
    assert changes[0].kind == "wording"
    assert changes[0].before.strip() == f"{LINES[1]}\n\n{LINES[2]}"
    assert changes[0].after.strip() == merged


def test_a_paragraph_merged_into_the_sentence_before_it_is_one_rewrite() -> None:
    """Half a list moved into the sentence before it and the rest of its paragraph cut:
    one passage restated, the edit and the paragraph it took in together."""
    before = (
        "The minister arrived on Tuesday.\n\n"
        "She met officials of the Ministry of Trade.\n\n"
        "She also met the Farmers Union of Castile, the Fishermen's League and the Wine "
        "Growers Guild of the Duero valley.\n\n"
        "She flew home on Thursday."
    )
    after = (
        "The minister arrived on Tuesday.\n\n"
        "She met officials of the Ministry of Trade and the Farmers Union of Castile.\n\n"
        "She flew home on Thursday."
    )
    changes = _body(before, after)
    assert [(c.kind, c.before.strip(), c.after.strip()) for c in changes] == [
        (
            "wording",
            "She met officials of the Ministry of Trade.\n\nShe also met the Farmers Union of "
            "Castile, the Fishermen's League and the Wine Growers Guild of the Duero valley.",
            "She met officials of the Ministry of Trade and the Farmers Union of Castile.",
        )
    ]


def test_a_paragraph_of_other_news_removed_beside_an_edit_stays_apart() -> None:
    before = (
        "The minister arrived on Tuesday.\n\n"
        "She met officials of the Ministry of Trade.\n\n"
        "Heavy rain closed the airport road for two hours in the afternoon.\n\n"
        "She flew home on Thursday."
    )
    after = (
        "The minister arrived on Tuesday.\n\n"
        "She met officials of the Ministry of Finance.\n\n"
        "She flew home on Thursday."
    )
    assert [c.kind for c in _body(before, after)] == ["name", "paragraph_removed"]


def test_one_common_word_put_for_another_is_a_slip_of_grammar() -> None:
    """Editors fix "and" for "the" or a stray pronoun as typos; a negation or one
    person's pronoun for another's changes what the sentence says."""
    base = "The board said it would support the plan and review it in May."

    def kinds(new: str) -> list[str]:
        return [c.kind for c in compare(base, new).changes]

    assert kinds(base.replace("support the plan", "support and plan")) == ["spelling"]
    assert kinds(base.replace("review it", "review it it")) == ["spelling"]
    assert kinds(base.replace("would support", "would not support")) == ["wording"]
    assert kinds(base.replace("said it would", "said he would")) == ["wording"]
    danish = "Rapporten, som udkom i går, viser en stigning."
    assert [c.kind for c in compare(danish, danish.replace("som", "der")).changes] == ["spelling"]
