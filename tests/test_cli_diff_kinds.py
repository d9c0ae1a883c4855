"""Each kind rule as a user meets it: ``revtrack diff OLD NEW --format json`` on two files.

The library's tests check the rules one by one; these run them the way a reader of the
JSON does (extraction of the file, alignment, kinds by role, then by words, in the
article's language), one case per rule: a change-history entry is a notice, a quotation
or the paragraph after "X said:" a quote, a heading a subheading, the page's title the
headline, a figure's qualifier a number, a possessive ending a spelling fix, a name
restyled ("Hydra" to "HYDRA") a name, a capital at a sentence's start no name, and number words in the registered languages numbers. The
texts were written for these tests; each expected kind was decided before the run.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Invoke

PAGE = """<html><head><title>{title}</title></head><body><article>
<h1>{title}</h1>
<p>The harbour board approved the new ferry terminal on Thursday after a debate that
lasted most of the evening and drew a crowd of islanders.</p>
<h2>{heading}</h2>
<p>Construction is due to start in the spring and should take two years, the board's
chair told the meeting, adding that the island's ferries would keep sailing throughout.</p>
<p>Dr Ana Ruiz, who chairs the islanders' association, said:</p>
{quote}
<p>The terminal will replace a pier built in 1962.</p>
{history}
</article></body></html>
"""
QUOTE = "<p>We asked for this for ten years and we are glad it is finally coming.</p>"
HISTORY = """<section class="change-history"><h2>Updates to this page</h2><ul>
<li><time datetime="2026-03-02">2 March 2026</time>: First published.</li>{more}</ul></section>"""
ADDED_ENTRY = (
    '<li><time datetime="2026-03-03">3 March 2026</time>: '
    "Corrected the year the old pier was built.</li>"
)


def _page(**parts: str) -> str:
    values = {
        "title": "Harbour board approves ferry terminal",
        "heading": "Work starts in spring",
        "quote": QUOTE,
        "history": HISTORY.format(more=""),
    }
    values.update(parts)
    return PAGE.format(**values)


def _changes(invoke: Invoke, tmp_path: Path, old: str, new: str, suffix: str) -> list[dict]:
    a, b = tmp_path / f"old{suffix}", tmp_path / f"new{suffix}"
    a.write_text(old, encoding="utf-8")
    b.write_text(new, encoding="utf-8")
    return json.loads(invoke("diff", str(a), str(b), "--format", "json").stdout)["changes"]


def _kinds(changes: list[dict]) -> list[str]:
    return [c["kind"] for c in changes]


def test_a_change_history_entry_is_a_notice(invoke: Invoke, tmp_path: Path) -> None:
    new = _page(history=HISTORY.format(more=ADDED_ENTRY))
    changes = _changes(invoke, tmp_path, _page(), new, ".html")
    assert _kinds(changes) == ["notice_added"], changes
    assert "Corrected the year the old pier was built" in changes[0]["after"]


def test_a_new_quotation_after_said_is_a_quote(invoke: Invoke, tmp_path: Path) -> None:
    new = _page(quote="<p>It is a good day for everyone who lives on the island.</p>")
    changes = _changes(invoke, tmp_path, _page(), new, ".html")
    assert changes and all(c["kind"].startswith("quote") for c in changes), changes


def test_a_quotation_added_after_said_is_a_quote_added(invoke: Invoke, tmp_path: Path) -> None:
    new = _page(quote=QUOTE + "<blockquote><p>Nobody should wait that long again.</p></blockquote>")
    assert _kinds(_changes(invoke, tmp_path, _page(), new, ".html")) == ["quote_added"]


def test_a_heading_edit_is_a_subheading(invoke: Invoke, tmp_path: Path) -> None:
    new = _page(heading="Work starts in summer")
    changes = _changes(invoke, tmp_path, _page(), new, ".html")
    assert [(c["kind"], c["before"], c["after"]) for c in changes] == [
        ("subheading", "spring", "summer")
    ]


def test_the_title_is_the_headline(invoke: Invoke, tmp_path: Path) -> None:
    new = _page(title="Harbour board backs ferry terminal")
    changes = _changes(invoke, tmp_path, _page(), new, ".html")
    assert [(c["kind"], c["field"]) for c in changes] == [("headline", "title")]


TEXT_CASES = [
    pytest.param(
        "Police said more than 40 people were evacuated from the building on Friday.",
        "Police said about 40 people were evacuated from the building on Friday.",
        "number",
        id="qualifier_of_a_figure",
    ),
    pytest.param(
        "The council published the Larsen report on Monday. The Larsen findings were "
        "discussed at length.",
        "The council published the Larsen's report on Monday. The Larsen findings were "
        "discussed at length.",
        "spelling",
        id="possessive_ending",
    ),
    pytest.param(
        "The plant will be built by Hydra Energy PLC, the ministry said.",
        "The plant will be built by HYDRA Energy PLC, the ministry said.",
        "name",
        id="a_name_restyled_is_a_name",
    ),
    pytest.param(
        "Residents had complained for months. Officials said residents and neighbours "
        "would be heard.",
        "Neighbours had complained for months. Officials said residents and neighbours "
        "would be heard.",
        "wording",
        id="capital_at_a_sentence_start_is_no_name",
    ),
    pytest.param(
        "Die Polizei sagte am Montag, dass drei Menschen bei dem Brand in der Stadt "
        "verletzt wurden und das Haus nicht mehr bewohnt werden kann.",
        "Die Polizei sagte am Montag, dass vier Menschen bei dem Brand in der Stadt "
        "verletzt wurden und das Haus nicht mehr bewohnt werden kann.",
        "number",
        id="de_number_word",
    ),
    pytest.param(
        "La police a indiqué lundi que trois personnes ont été blessées dans "
        "l'incendie et que la maison ne peut plus être habitée.",
        "La police a indiqué lundi que quatre personnes ont été blessées dans "
        "l'incendie et que la maison ne peut plus être habitée.",
        "number",
        id="fr_number_word",
    ),
    pytest.param(
        "La policía dijo el lunes que tres personas resultaron heridas en el incendio "
        "y que la casa ya no se puede habitar.",
        "La policía dijo el lunes que cuatro personas resultaron heridas en el incendio "
        "y que la casa ya no se puede habitar.",
        "number",
        id="es_number_word",
    ),
    pytest.param(
        "La polizia ha detto lunedì che tre persone sono rimaste ferite nell'incendio "
        "e che la casa non è più abitabile.",
        "La polizia ha detto lunedì che quattro persone sono rimaste ferite nell'incendio "
        "e che la casa non è più abitabile.",
        "number",
        id="it_number_word",
    ),
    pytest.param(
        "A polícia disse na segunda-feira que três pessoas ficaram feridas no incêndio "
        "e que a casa não pode mais ser habitada.",
        "A polícia disse na segunda-feira que quatro pessoas ficaram feridas no incêndio "
        "e que a casa não pode mais ser habitada.",
        "number",
        id="pt_number_word",
    ),
    pytest.param(
        "De politie zei maandag dat drie mensen bij de brand in de stad gewond zijn "
        "geraakt en dat het huis niet meer bewoonbaar is.",
        "De politie zei maandag dat vier mensen bij de brand in de stad gewond zijn "
        "geraakt en dat het huis niet meer bewoonbaar is.",
        "number",
        id="nl_number_word",
    ),
    pytest.param(
        "Politiet sagde mandag, at tre personer blev såret ved branden i byen, og at "
        "huset ikke længere kan bebos.",
        "Politiet sagde mandag, at fire personer blev såret ved branden i byen, og at "
        "huset ikke længere kan bebos.",
        "number",
        id="da_number_word",
    ),
]


@pytest.mark.parametrize(("old", "new", "kind"), TEXT_CASES)
def test_kinds_by_words_in_the_articles_language(
    invoke: Invoke, tmp_path: Path, old: str, new: str, kind: str
) -> None:
    changes = _changes(invoke, tmp_path, old, new, ".txt")
    assert _kinds(changes) == [kind], [(c["kind"], c["before"], c["after"]) for c in changes]


def test_a_name_and_a_figure_changed_together_keep_both_kinds(
    invoke: Invoke, tmp_path: Path
) -> None:
    old = "The club said 40 members had left since Anna Berg took over in spring."
    new = "The club said 55 members had left since Carl Lund took over in spring."
    changes = _changes(invoke, tmp_path, old, new, ".txt")
    kinds = {c["kind"] for c in changes} | {f for c in changes for f in c["facets"]}
    assert {"name", "number"} <= kinds, changes
