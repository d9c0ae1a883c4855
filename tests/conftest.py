"""Fixtures shared by the whole suite: an isolated environment, real stores, the seeds."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from revtrack.store import GitStore

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_URL = "https://www.nbcnews.com/news/world/embassy-stormed-n1109201"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No user config, no ./config.yaml and no terminal colours leak into a test."""
    for name in ("REVTRACK_CONFIG", "FORCE_COLOR", "CLICOLOR_FORCE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.setenv("COLUMNS", "100")
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[GitStore]:
    """A fresh, real store in a temporary folder."""
    opened = GitStore.init(tmp_path / "store")
    yield opened
    opened.close()


@pytest.fixture
def seed_v1() -> Path:
    """The seed article before its correction (reconstructed)."""
    return SEEDS / "nbc-embassy-v1.txt"


@pytest.fixture
def seed_v2() -> Path:
    """The seed article as corrected."""
    return SEEDS / "nbc-embassy-v2.txt"


Invoke = Callable[..., Result]


@pytest.fixture
def invoke() -> Invoke:
    """Run the CLI in-process; on an unexpected exit code, show what it printed and why."""
    from revtrack.cli import app

    def run(*args: str, code: int = 0, input: bytes | str | None = None) -> Result:
        result = CliRunner().invoke(app, list(args), input=input)
        if result.exit_code != code:
            details = (
                "".join(traceback.format_exception(*result.exc_info)) if result.exc_info else ""
            )
            pytest.fail(
                f"revtrack {' '.join(args)} exited {result.exit_code}, expected {code}\n"
                f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}\n{details}"
            )
        return result

    return run
