"""Each contrast structure reads the examples written beside it, in every language it has."""

from __future__ import annotations

import pytest

from revtrack.notices.contrast import GRAMMAR, Clause, words_for
from revtrack.notices.values import extract_values

CASES = [(s.name, e) for s in GRAMMAR for e in s.examples]


@pytest.mark.parametrize(("name", "example"), CASES, ids=[f"{n}-{e.text[:30]}" for n, e in CASES])
def test_structure_reads_its_examples(name, example):
    values = extract_values(example.text, example.language)
    assert (values.wrong, values.right) == (example.wrong, example.right)
    if example.wrong or example.right:
        assert values.structure == name


def test_every_structure_has_examples_and_a_unique_name():
    names = [s.name for s in GRAMMAR]
    assert len(names) == len(set(names))
    assert all(s.examples for s in GRAMMAR)


def test_a_structure_alone_reads_its_first_example():
    for structure in GRAMMAR:
        example = structure.examples[0]
        sentences = tuple(s for s in example.text.split(". ") if s)
        pair = structure.read(Clause(sentences, 0, words_for(example.language)))
        assert pair[0] or pair[1] or not (example.wrong or example.right), structure.name
