"""On the seed article, the diff finds exactly what the correction notice says changed."""

from __future__ import annotations

from pathlib import Path

from revtrack.diff import compare


def test_the_seed_correction_is_a_name_change_and_an_added_notice(
    seed_v1: Path, seed_v2: Path
) -> None:
    """Graham to Grisham is a substantive name change, and the CORRECTION is a new notice."""
    old, new = seed_v1.read_text(encoding="utf-8"), seed_v2.read_text(encoding="utf-8")
    changes = compare(old, new).changes
    assert [(c.kind, c.significance) for c in changes] == [
        ("name", "substantive"),
        ("notice_added", "substantive"),
    ]
    name, notice = changes
    assert (name.before, name.after) == ("Graham", "Grisham")
    assert name.new_sentence == (
        'His press secretary, Stephanie Grisham, said the president would choose "how and when '
        'we respond to their escalation."'
    )
    assert notice.new_sentence.startswith(
        "CORRECTION (Dec. 31, 2019, 10:31 a.m.): An earlier version"
    )
    assert notice.new_sentence.endswith("She is Stephanie Grisham, not Graham.")


def test_the_seed_changes_rebuild_the_corrected_text(seed_v1: Path, seed_v2: Path) -> None:
    """Replaying the two changes on the first version gives the corrected one, byte for byte."""
    old, new = seed_v1.read_text(encoding="utf-8"), seed_v2.read_text(encoding="utf-8")
    comparison = compare(old, new)
    assert comparison.apply(old) == new
    assert comparison.invert().apply(new) == old


def test_the_seed_sentences_are_kept_except_one_edit_and_the_notice(
    seed_v1: Path, seed_v2: Path
) -> None:
    """Sentence alignment sees one edited sentence and the notice's two sentences added."""
    old, new = seed_v1.read_text(encoding="utf-8"), seed_v2.read_text(encoding="utf-8")
    statuses = [p.status for p in compare(old, new).sentences]
    assert statuses.count("edited") == 1
    assert statuses.count("added") == 2
    assert set(statuses) == {"kept", "edited", "added"}
