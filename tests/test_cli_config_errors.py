"""A bad config file, however bad, is one sentence naming file, line and key; exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Invoke


def _error(invoke: Invoke, tmp_path: Path, text: str) -> str:
    config = tmp_path / "bad.yaml"
    config.write_text(text, encoding="utf-8")
    result = invoke("status", "--config", str(config), code=2)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"Error: {config}")
    return lines[0].removeprefix(f"Error: {config}")


def test_deep_nesting_is_refused_in_one_sentence(invoke: Invoke, tmp_path: Path) -> None:
    """50,000 nested lists would exhaust the parser's recursion; the file is refused first."""
    assert _error(invoke, tmp_path, "store: " + "[" * 50_000 + "\n") == (
        ", line 1: the keys nest more than 32 levels deep; a revtrack config needs a few, "
        "so fix the file."
    )


def test_a_five_thousand_digit_number_is_refused(invoke: Invoke, tmp_path: Path) -> None:
    """Python refuses to convert it; the config says which line holds it."""
    message = _error(invoke, tmp_path, "schedule:\n  max_fetches: " + "9" * 5000 + "\n")
    assert (
        message == ", line 2: the number 999999999999... has 5000 digits; give one of at most 18."
    )


@pytest.mark.parametrize("value", [".inf", "-.inf", ".nan", "1e400"])
def test_infinite_timeouts_are_refused(invoke: Invoke, tmp_path: Path, value: str) -> None:
    """'.inf' seconds is not a timeout a fetch could ever reach."""
    message = _error(invoke, tmp_path, f"fetch:\n  timeout: {value}\n")
    assert message == (
        ", line 2: key 'fetch.timeout' is invalid (input should be a finite number); fix its value."
    )


def test_absurd_but_finite_values_are_refused_with_their_bound(
    invoke: Invoke, tmp_path: Path
) -> None:
    """A timeout of ten thousand years is a typo, named with the largest value allowed."""
    message = _error(invoke, tmp_path, "fetch:\n  timeout: 315360000000\n")
    assert message == (
        ", line 2: key 'fetch.timeout' is invalid (input should be less than or equal to "
        "3600); fix its value."
    )


def test_an_unknown_top_level_key_names_its_line(invoke: Invoke, tmp_path: Path) -> None:
    """The line of a misspelt key is given, with the spelling meant."""
    message = _error(invoke, tmp_path, "# my config\nstore: ./s\n\nshedule:\n  max_fetches: 5\n")
    assert message.startswith(
        ", line 4: unknown key 'shedule' (did you mean 'schedule'?); allowed keys here are: "
        "store, sources, schedule, fetch."
    )


def test_a_typo_in_a_list_item_names_the_key_as_written_and_its_neighbours(
    invoke: Invoke, tmp_path: Path
) -> None:
    """A misspelt key inside sources.pages is named as written, not as a missing 'pattern'."""
    text = (
        "sources:\n  pages:\n    - url: https://news.example.com/\n      pattern: /20\n"
        "    - url: https://news.example.com/world/\n      patern: /world/\n"
    )
    assert _error(invoke, tmp_path, text) == (
        ", line 6: unknown key 'sources.pages[1].patern' (did you mean 'pattern'?); "
        "allowed keys here are: url, pattern."
    )


def test_a_typo_in_a_schedule_tier_is_named(invoke: Invoke, tmp_path: Path) -> None:
    """The same inside schedule.tiers."""
    text = "schedule:\n  tiers:\n    - {until_hours: 3, every_minute: 0}\n"
    assert _error(invoke, tmp_path, text) == (
        ", line 3: unknown key 'schedule.tiers[0].every_minute' (did you mean "
        "'every_minutes'?); allowed keys here are: until_hours, every_minutes."
    )


def test_a_typo_in_a_nested_mapping_names_the_key_and_the_keys_allowed_there(
    invoke: Invoke, tmp_path: Path
) -> None:
    """fetch.timout is named with its line and the fetch keys, not only the top level's."""
    text = "store: ./s\nfetch:\n  min_delay_seconds: 0\n  timout: 3\n"
    message = _error(invoke, tmp_path, text)
    assert message.startswith(", line 4: unknown key 'fetch.timout' (did you mean 'timeout'?); ")
    assert "allowed keys here are: timeout, max_redirects," in message
    assert message.endswith("allow_private, keep_raw, user_agent.")


def test_many_aliases_are_refused(invoke: Invoke, tmp_path: Path) -> None:
    """A 'billion laughs' file of aliases is refused before anything expands it."""
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    lines += [
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}" + f", *{chr(97 + i)}" * 9 + "]"
        for i in range(12)
    ]
    message = _error(invoke, tmp_path, "\n".join(lines) + "\n")
    assert "more than 100 YAML aliases; write the values out instead." in message
