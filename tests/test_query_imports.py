"""The listing commands answer from the index without loading what they do not use.

A whole ``revtrack log`` process is mostly its start-up: the index answers in
milliseconds, so every library a query loads and does not need (the page extractor, the
HTTP client, the date parser, the terminal toolkit, GitPython, pydantic, the notice parser
and the differ) is what the user waits for. These run each listing as the user does, in a
fresh interpreter on a store whose index is up to date, and list what it loaded; and
``revtrack diff`` of two text files, which needs the differ and the notice parser and
none of the rest.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from revtrack.cli import _COMMANDS
from revtrack.index import open_index
from revtrack.snapshot import snapshot_inputs
from revtrack.store import GitStore
from revtrack.store.refs import parse_when
from tests.conftest import SEED_URL, SEEDS

# What none of the listings needs once the index holds the answers.
UNNEEDED = (
    "trafilatura",
    "httpx",
    "dateparser",
    "rich",
    "git",
    "lxml",
    "yaml",
    "pydantic",
    "revtrack.notices.finder",
    "revtrack.diff.compare",
    "revtrack.extract",
)

# The command line, run as the ``revtrack`` script runs it; at exit, the modules loaded.
_PROBE = """
import atexit, json, sys
atexit.register(lambda: print(json.dumps(sorted(sys.modules)), file=sys.stderr))
sys.argv = ["revtrack", *sys.argv[1:]]
from revtrack.cli import main
main()
"""


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seeded") / "store"
    with GitStore.init(path) as store:
        for name, at in (
            ("nbc-embassy-v1.txt", "2019-12-31T12:00Z"),
            ("nbc-embassy-v2.txt", "2019-12-31T15:45Z"),
        ):
            [result] = snapshot_inputs(store, [str(SEEDS / name)], at=parse_when(at), url=SEED_URL)
            assert result.version is not None
        with open_index(store) as index:  # warm: commits and derived rows in place
            assert len(index.correction_log()) == 1
            index.stealth_edits()
    return path


@pytest.mark.parametrize(
    "command",
    [["log", SEED_URL], ["articles"], ["corrections"], ["corrections", "--stealth"]],
    ids=["log", "articles", "corrections", "stealth"],
)
def test_a_listing_loads_none_of_the_heavy_libraries(seeded: Path, command: list[str]) -> None:
    loaded = _loaded_by([*command, "--store", str(seeded)])
    assert [m for m in UNNEEDED if m in loaded] == []
    # Nor the other commands: only the one named is imported and built.
    assert _other_commands(loaded, command[0]) == []


def test_a_diff_of_two_files_loads_only_the_differ_and_the_notice_parser() -> None:
    # The seed's second version adds a correction notice, so the parser does run.
    loaded = _loaded_by(
        ["diff", str(SEEDS / "nbc-embassy-v1.txt"), str(SEEDS / "nbc-embassy-v2.txt")]
    )
    assert {"revtrack.diff.compare", "revtrack.notices.finder"} <= loaded
    needed = {"revtrack.notices.finder", "revtrack.diff.compare", "revtrack.extract"}
    assert [m for m in UNNEEDED if m in loaded and m not in needed] == []
    assert _other_commands(loaded, "diff") == []


def _other_commands(loaded: set[str], command: str) -> list[str]:
    modules = {f"revtrack.cli.{name}" for name in _COMMANDS} - {f"revtrack.cli.{command}"}
    return sorted(modules & loaded)


def _loaded_by(arguments: list[str]) -> set[str]:
    """The modules a fresh ``revtrack`` process had loaded when it exited."""
    run = subprocess.run(
        [sys.executable, "-c", _PROBE, *arguments],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip()  # it did answer
    return set(json.loads(run.stderr.strip().splitlines()[-1]))
