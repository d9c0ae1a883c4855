"""The notice parser compiles and imports only what a call needs.

A diff is a short-lived process that asks the parser about one added passage; compiling
every expression up front cost more than the diff itself. These tests hold the parser
to compiling lazily, so that the saving is not lost by a later module-level compile, and
hold the label expression, made cheaper to compile, to the matches it gave before.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from revtrack.notices import notice_spans
from revtrack.notices import patterns as p
from revtrack.notices.patterns import LazyPattern

LABELLED = (
    "CORRECTION (Dec. 31, 2019, 10:31 a.m.): An earlier version of this article "
    "misidentified the press secretary. She is Stephanie Grisham, not Graham."
)

# Run in a fresh interpreter: which expressions were compiled, and which modules loaded,
# after one notice_spans call on a labelled notice.
_PROBE = """
import json, sys
from revtrack.notices import notice_spans
from revtrack.notices import changelines, finder, patterns
spans = notice_spans(sys.argv[1])
lazy = {"p." + n: v for n, v in vars(patterns).items() if isinstance(v, patterns.LazyPattern)}
lazy.update({"f." + n: v for n, v in vars(finder).items() if isinstance(v, patterns.LazyPattern)})
lines = changelines.lines() if "revtrack.notices.changelines" in sys.modules else ()
print(json.dumps({
    "spans": spans,
    "compiled": sorted(n for n, v in lazy.items() if v._compiled is not None)
    + sorted("line." + line.name for line in lines if "compiled" in vars(line)),
    "modules": sorted(sys.modules),
}))
"""


def _probe(text: str) -> dict[str, list]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, text], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_spans_of_a_labelled_notice_compile_only_the_label_path() -> None:
    """A label-led notice needs the label and date expressions; the change lines, the
    column cues and the kind cues stay uncompiled, and values, dates and dateparser
    (which read a notice's fields) are not imported."""
    found = _probe(LABELLED)
    assert found["spans"] == [[0, len(LABELLED)]]
    assert "p.LABEL_RE" in found["compiled"]
    assert [n for n in found["compiled"] if n.startswith("line.")] == []
    assert {"p.COLUMN_CUE", "p.STRONG_CORRECT", "f._ANY_CUE"}.isdisjoint(found["compiled"])
    assert len(found["compiled"]) <= 4
    unneeded = {
        "revtrack.notices.values",
        "revtrack.notices.align",
        "revtrack.notices.dates",
        "revtrack.notices.jsonld",
        "dateparser",
    }
    assert unneeded.isdisjoint(found["modules"])


def test_a_change_line_notice_still_loads_no_value_reader() -> None:
    """Spans of any notice are found without the modules that read its fields: a change
    line ("This article was updated ...") compiles the lines its words call for."""
    text = "This article was updated on May 4 with a statement from the port authority."
    found = _probe(text)
    assert found["spans"] == [[0, len(text)]]
    assert any(n.startswith("line.en.") for n in found["compiled"])
    assert {"revtrack.notices.values", "revtrack.notices.dates"}.isdisjoint(found["modules"])


def test_in_process_spans_match_the_probe() -> None:
    """The lazily compiled parser gives the same answer in this process."""
    assert notice_spans(LABELLED) == [(0, len(LABELLED))]


def test_a_lazy_pattern_answers_as_the_compiled_expression_does() -> None:
    """Same matches, groups and substitutions as re.compile; its source is readable
    without compiling it, which is how other expressions are built from it."""
    lazy = LazyPattern(r"(?P<word>colou?r)s?", re.I)
    assert lazy.pattern == r"(?P<word>colou?r)s?"
    assert lazy._compiled is None
    plain = re.compile(lazy.pattern, re.I)
    text = "Colours, a color, COLOR"
    found, expected = lazy.search(text), plain.search(text)
    assert found is not None and expected is not None
    assert found.groupdict() == expected.groupdict()
    assert lazy.match(text, 0) is not None
    assert lazy.match(text, 1) is None
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.sub("hue", text, count=2) == plain.sub("hue", text, count=2)
    assert (lazy.compiled.pattern, lazy.compiled.flags) == (plain.pattern, plain.flags)


# LABEL_RE reads the three unbracketed date forms with one copy of DATE. The expression
# it replaced, with one DATE per form (and the same glue words: "Correction, on Dec. 31"),
# is the reference it must agree with.
_REFERENCE_LABEL = re.compile(
    rf"{p._LEAD}{p._ENTRY_TIME}(?P<label>(?:{p._LABEL_ALT})){p._NUMBERING}"
    rf"(?:\s*\((?P<paren_date>[^()\n]{{3,80}})\)"
    rf"|\s*,\s*(?:{p._ON}\s+)?(?P<comma_date>{p.DATE})(?=\s*[:.\-–—])"
    rf"|\s+{p._ON}\s+(?P<on_date>{p.DATE})(?=\s*[:.\-–—])"
    rf"|\s+(?P<bare_date>{p.DATE})(?=\s*[:\-–—])"
    rf")?\s*(?P<sep>[:：]|\s[\-–—]\s|[.\]](?=\s)|\n|$|(?<=\S)\s+(?=on\s)(?P<entry_on>))",
    re.I,
)
_LABEL_FIELDS = ("label", "paren_date", "entry_time", "sep", "entry_on", *p.LABELS)
_HEADS = [
    "Correction",
    "CORRECTION",
    "Update",
    "Updated",
    "Update VIII",
    "Correction 2",
    "Note",
    "8.40am: Update",
    "* Update",
    "[Update",
    "Berichtigung",
    "Mise à jour",
]
_GLUE = [" ", ",", ", ", " on ", " at ", " le ", " du ", " (", "\n", " of "]
_DATES = [
    "Dec. 31, 2019",
    "10:31 a.m.",
    "8.40am",
    "12 May 2023",
    "May 12",
    "2023-05-12",
    "12/05/2023",
    "Tuesday, Jan. 5",
    "5 p.m. ET",
    "3 Uhr",
    "3 mai 2023",
    "2019",
    "12.",
]
_ENDS = [":", ": ", ".", ". ", " - ", " — ", "-", "\n", "", " ", "]", ")", " on ", "x", ","]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.one_of(*(st.sampled_from(parts) for parts in (_HEADS, _GLUE, _DATES, _ENDS))),
        max_size=8,
    ),
    st.sampled_from(_HEADS),
    st.text(max_size=4),
)
def test_the_label_expression_reads_dates_as_one_alternative_per_form_did(
    parts: list[str], head: str, noise: str
) -> None:
    """Same match, label, kind and date text as the expression with a DATE per form."""
    text = head + "".join(parts) + noise
    expected, found = _REFERENCE_LABEL.match(text), p.LABEL_RE.match(text)
    assert (expected is None) == (found is None)
    if expected is None or found is None:
        return
    assert found.span() == expected.span()
    assert [found[name] for name in _LABEL_FIELDS] == [expected[name] for name in _LABEL_FIELDS]
    glued = expected["comma_date"] or expected["on_date"]
    assert (found["date"], found["bare"] is not None) == (
        (glued, False) if glued else (expected["bare_date"], expected["bare_date"] is not None)
    )


def test_a_label_dated_after_a_comma_and_on_reads_its_date() -> None:
    """'Correction, on Dec. 31, 2019:' dates the notice as 'Correction on ...' does."""
    found = p.LABEL_RE.match("Correction, on Dec. 31, 2019: An earlier version erred.")
    assert found is not None
    assert found["date"] == "Dec. 31, 2019"
