"""The revision-set scorer: a small set written here, scored through the real CLI."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import yaml

_SPEC = importlib.util.spec_from_file_location(
    "eval_revisions", Path(__file__).resolve().parent.parent / "benchmarks" / "eval_revisions.py"
)
assert _SPEC and _SPEC.loader
eval_revisions = importlib.util.module_from_spec(_SPEC)
sys.modules["eval_revisions"] = eval_revisions  # dataclasses look their module up
_SPEC.loader.exec_module(eval_revisions)

V1 = (
    "The council met on Monday to discuss the harbour plan.\n\n"
    "Councillor Ann Holt said the plan would cost 40 million kroner.\n\n"
    "A vote is expected next month.\n"
)
V2 = V1.replace("Ann Holt", "Ann Hult")
V3 = V2 + "\n"  # only spacing: no editorial change


def _write_set(root: Path, expected: list[dict]) -> Path:
    folder = root / "harbour"
    folder.mkdir(parents=True)
    for name, text in (("v1.md", V1), ("v2.md", V2), ("v3.md", V3)):
        (folder / name).write_text(text, encoding="utf-8")
    index = {
        "articles": [
            {
                "id": "harbour",
                "format": "md",
                "versions": [{"version": f"v{n}", "file": f"v{n}.md"} for n in (1, 2, 3)],
                "pairs": [
                    {"from_version": "v1", "to_version": "v2", "no_editorial_change": False},
                    {"from_version": "v2", "to_version": "v3", "no_editorial_change": True},
                ],
                "expected_changes": expected,
            }
        ]
    }
    (root / "index.yaml").write_text(yaml.safe_dump(index), encoding="utf-8")
    return root


def test_a_surfaced_change_of_the_right_kind_and_a_quiet_pair(tmp_path: Path) -> None:
    label = {"from_version": "v1", "to_version": "v2", "type": "name"}
    score = eval_revisions.score_set(
        _write_set(tmp_path, [{**label, "before": "Ann Holt said", "after": "Ann Hult said"}])
    )
    assert (score.labelled, score.surfaced, score.kind_ok) == (1, 1, 1)
    assert (score.quiet_ok, score.quiet_pairs) == (1, 1)
    assert score.misses == []


def test_misses_and_wrong_kinds_are_listed(tmp_path: Path) -> None:
    label = {"from_version": "v1", "to_version": "v2"}
    score = eval_revisions.score_set(
        _write_set(
            tmp_path,
            [
                # The right place, labelled as a number: surfaced, but the kind does not fit.
                {**label, "type": "number", "before": "Holt", "after": "Hult"},
                # A change nobody made: not surfaced.
                {**label, "type": "number", "before": "40 million", "after": "45 million"},
            ],
        )
    )
    assert (score.labelled, score.surfaced, score.kind_ok) == (2, 1, 0)
    assert [line.split()[0] for line in score.misses] == ["KIND", "MISSED"]
    assert "got name" in score.misses[0]


def test_the_runs_a_label_needs_are_its_word_diff() -> None:
    assert eval_revisions.runs("lyder Sam Wang vurdering", "lyder Sam Wangs vurdering") == [
        ("Wang", "Wangs")
    ]
    assert eval_revisions.within("Wang", "said Sam <b>Wang</b>, 40")
    assert not eval_revisions.within("Wan", "said Sam Wang")
