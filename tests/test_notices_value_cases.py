"""The value reader on notices written for these tests (``tests/data/notice_values.yaml``).

Each case is a notice in the style of a corrections column, an "earlier version" note, a
wire trailer or a change log, in one of seven languages, with the wrong and right values
a reader takes from it, exactly as they stand in the notice (None where it states none).
The cases marked ``holds`` are readings the reader must keep; the rest are scored, not
asserted, by ``benchmarks/eval_values.py tests/data/notice_values.yaml``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from revtrack.notices.values import extract_values

CASES = yaml.safe_load((Path(__file__).parent / "data" / "notice_values.yaml").read_text("utf-8"))
HELD = [case for case in CASES if case["holds"]]


@pytest.mark.parametrize("case", HELD, ids=[case["id"] for case in HELD])
def test_values_are_read_as_the_notice_states_them(case: dict) -> None:
    values = extract_values(case["text"], case["language"])
    assert (values.wrong, values.right) == (case["wrong"], case["right"])


def test_most_cases_are_read() -> None:
    """The set is not only what already passes: at least four in five are read exactly."""
    assert len(HELD) >= 0.8 * len(CASES)
