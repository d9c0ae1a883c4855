"""Notice dates in the usual written forms are read without dateparser, to the same answer.

The small reader exists for speed (dateparser costs a fifth of a second to load), so it
must never change an answer: for every form it accepts it gives what dateparser gives,
and for the rest it declines and dateparser decides.
"""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest

from revtrack.notices import dates
from revtrack.notices.dates import clean, read_date, to_iso

USUAL = [
    ("Dec. 31, 2019, 10:31 a.m.", "en", "2019-12-31T10:31"),
    ("Tuesday, Dec. 31, 2019, 10:31 a.m. ET", "en", "2019-12-31T10:31"),
    ("June 5, 2018", "en", "2018-06-05"),
    ("5 June 2018", "en", "2018-06-05"),
    ("3 May 2023", "en", "2023-05-03"),
    ("2 May 2023 9.05am", "en", "2023-05-02T09:05"),
    ("17.01.17 at 5.40 pm", "en", "2017-01-17T17:40"),
    ("2019-12-31", "en", "2019-12-31"),
    ("2019-12-31T10:31", "en", "2019-12-31T10:31"),
    ("31. Dezember 2019", "de", "2019-12-31"),
    ("Dienstag, 31. Dezember 2019, 17:30 Uhr", "de", "2019-12-31T17:30"),
    ("12.03.2023", "de", "2023-03-12"),
    ("31 décembre 2019", "fr", "2019-12-31"),
    ("mardi 31 décembre 2019 à 17h30", "fr", "2019-12-31T17:30"),
    ("31 de diciembre de 2019", "es", "2019-12-31"),
    ("31 dicembre 2019", "it", "2019-12-31"),
    ("martedì 31 dicembre 2019 alle 17:30", "it", "2019-12-31T17:30"),
    ("31 de dezembro de 2019", "pt", "2019-12-31"),
]


@pytest.mark.parametrize(("text", "language", "iso"), USUAL)
def test_the_usual_forms_are_read_by_the_small_reader(text: str, language: str, iso: str) -> None:
    """Each usual form is read without dateparser, to the expected ISO date."""
    assert read_date(clean(text), language) is not None
    assert to_iso(text, language) == iso


def test_the_usual_forms_do_not_load_dateparser() -> None:
    """A diff or a correction log with ordinary notice dates never pays for dateparser."""
    code = (
        "import sys; from revtrack.notices.dates import to_iso; "
        f"[to_iso(t, l) for t, l, _ in {USUAL!r}]; print('dateparser' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def _forms() -> list[tuple[str, str]]:
    """Month names of each language in the shapes notices use, with and without a time."""
    forms = []
    shapes = {
        "en": ["{d} {m} {y}", "{m} {d}, {y}", "{w}, {m} {d}, {y}, {t}"],
        "de": ["{d}. {m} {y}", "{w}, {d}. {m} {y}, {t}"],
        "fr": ["{d} {m} {y}", "{w} {d} {m} {y} à {t}"],
        "es": ["{d} de {m} de {y}", "{w}, {d} de {m} de {y}, {t}"],
        "it": ["{d} {m} {y}", "{w} {d} {m} {y} alle {t}"],
        "pt": ["{d} de {m} de {y}", "{w}, {d} de {m} de {y}, {t}"],
    }
    times = {"en": ["10:31 a.m.", "5 p.m.", "12:30 a.m.", "17:30 GMT"], "de": ["17:30 Uhr"]}
    for language, months in dates._MONTHS.items():
        weekdays = sorted(dates._WEEKDAYS[language])
        clocks = times.get(language, ["17:30"])
        for (name, _), shape in itertools.product(sorted(months.items()), shapes[language]):
            for day, year in (("1", "2019"), ("31", "1999")):
                forms.append(
                    (
                        shape.format(
                            d=day,
                            m=name.capitalize() + ("." if len(name) <= 4 else ""),
                            y=year,
                            w=weekdays[len(name) % len(weekdays)].capitalize(),
                            t=clocks[len(name) % len(clocks)],
                        ),
                        language,
                    )
                )
    forms += [
        (f"{n} {t}", "en") for n in ("17.01.17", "3/4/2023", "31/12/19") for t in ("", "6.15 pm")
    ]
    return forms


def test_the_small_reader_agrees_with_dateparser_wherever_it_answers() -> None:
    """Every month and weekday name it knows, in each shape it reads: dateparser's answer."""
    read = 0
    for text, language in _forms():
        cleaned = clean(text)
        mine = read_date(cleaned, language)
        if mine is None:
            continue
        read += 1
        theirs = dates._parse(cleaned, language, dates._order(cleaned, language))
        assert theirs is not None, (text, language)
        assert mine == theirs.replace(second=0, microsecond=0), (text, language)
    assert read > 300
