"""The conventions a command-line user expects, kept by every command."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from revtrack.cli import app
from revtrack.store import GitStore
from revtrack.watch.state import WatchState
from tests.conftest import Invoke

COMMANDS = [c.name or c.callback.__name__ for c in app.registered_commands if c.callback]
# The commands that never open a store: init takes the path itself, cron writes a
# schedule from the config, notices reads one file. Every other command reads a store.
STORELESS = {"init", "cron", "notices"}
STORE_COMMANDS = sorted(set(COMMANDS) - STORELESS)
# What each store command needs besides --store to get as far as opening it.
STORE_ARGS = {
    "snapshot": ["{page}", "--url", "https://x.example/s"],
    "log": ["x"],
    "show": ["x"],
    "diff": ["x"],
    "unwatch": ["x"],
    "reextract": ["--all"],
    "export": ["--sqlite", "{out}"],
    "report": ["{out}"],
}


@pytest.mark.parametrize("command", COMMANDS)
def test_h_is_help_and_options_have_upper_case_metavars(invoke: Invoke, command: str) -> None:
    """-h works beside --help; every value an option takes is named in capitals (PATH,
    FILE, DATE, ...), never click's lower-case type names."""
    short, long = invoke(command, "-h").stdout, invoke(command, "--help").stdout
    assert short == long and "Usage: " in short
    options = re.findall(r"^\s+((?:-\w, )?--[a-z-]+)(?: ([^ ].*?))?\s{2,}", long, re.M)
    for flag, metavar in options:
        if metavar:
            assert re.fullmatch(r"[A-Z][A-Z@\[\]_-]*", metavar), (command, flag, metavar)
    assert "<path>" not in long.split("Options:")[1]
    if command in STORE_COMMANDS:
        assert "--store PATH" in long


@pytest.mark.parametrize("command", STORE_COMMANDS)
def test_every_store_command_opens_the_store_given_with_store(
    invoke: Invoke, tmp_path: Path, command: str
) -> None:
    """--store is honoured, not only listed: a store that is not there is named, with
    the fix, in one sentence and exit code 2 (a config naming another store is ignored)."""
    page = tmp_path / "page.txt"
    page.write_text("Text.\n", encoding="utf-8")
    (tmp_path / "cwd" / "config.yaml").write_text(f"store: {tmp_path / 'configured'}\n")
    GitStore.init(tmp_path / "configured").close()
    args = [a.format(page=page, out=tmp_path / "out") for a in STORE_ARGS.get(command, [])]
    missing = tmp_path / "nowhere"
    result = invoke(command, *args, "--store", str(missing), code=2)
    assert result.stderr == (
        f"Error: No revtrack store at {missing}; create one with 'revtrack init {missing}' "
        "or name another with --store.\n"
    )


def test_shell_completion_can_be_installed() -> None:
    """--install-completion and --show-completion are offered at the top."""
    from typer.testing import CliRunner

    out = CliRunner().invoke(app, ["--help"]).stdout
    assert "--install-completion" in out and "--show-completion" in out


def test_completion_completes_commands_and_options() -> None:
    """The script bash would source, and what it asks the program: commands and options."""
    import os
    import subprocess
    import sys

    # The installed script, as a shell runs it: the completion variable is named after it.
    command = [str(Path(sys.executable).with_name("revtrack"))]
    script = subprocess.run(
        [*command, "--show-completion", "bash"], capture_output=True, text=True, timeout=30
    )
    assert script.returncode == 0
    assert "complete -o default -F _revtrack_completion revtrack" in script.stdout

    def complete(words: str) -> list[str]:
        env = {
            **os.environ,
            "_REVTRACK_COMPLETE": "complete_bash",
            "COMP_WORDS": words,
            "COMP_CWORD": str(len(words.split()) - 1),
        }
        run = subprocess.run([*command], env=env, capture_output=True, text=True, timeout=30)
        return run.stdout.split()

    assert complete("revtrack unw") == ["unwatch"]
    assert "--store" in complete("revtrack status --st")


def _two_articles(invoke: Invoke, tmp_path: Path) -> str:
    store = str(tmp_path / "store")
    invoke("init", store)
    long_url = "https://news.example.com/" + "a-very-long-story-slug-" * 4 + "x"
    for n, url in enumerate(("https://x.example/s", long_url)):
        page = tmp_path / f"p{n}.txt"
        page.write_text(f"Story {n} text.\n", encoding="utf-8")
        invoke("snapshot", str(page), "--url", url, "--at", "2024-03-31T23:30Z", "--store", store)
    return store


def test_table_columns_never_run_into_each_other(invoke: Invoke, tmp_path: Path) -> None:
    """However long a URL, the next column starts after it, two spaces on, on every row."""
    store = _two_articles(invoke, tmp_path)
    lines = invoke("articles", "--store", store).stdout.splitlines()
    assert lines[0].split() == ["LAST", "CHANGED", "VERSIONS", "URL", "TITLE"]
    title_at = lines[0].index("TITLE")
    for line in lines[1:]:
        assert line[title_at - 2 : title_at] == "  "
        assert line[:title_at].rstrip().endswith(("/s", "x"))


def test_times_are_labelled_with_their_zone_and_tz_converts(invoke: Invoke, tmp_path: Path) -> None:
    """Text output says UTC; --tz shows local time with its zone; a bad zone is one sentence."""
    store = _two_articles(invoke, tmp_path)
    assert "2024-03-31 23:30 UTC" in invoke("articles", "--store", store).stdout
    berlin = invoke("articles", "--tz", "Europe/Berlin", "--store", store).stdout
    assert "2024-04-01 01:30 CEST" in berlin
    log = invoke("log", "https://x.example/s", "--tz", "America/New_York", "--store", store)
    assert "2024-03-31 19:30 EDT" in log.stdout
    bad = invoke("articles", "--tz", "Mars/Olympus", "--store", store, code=2)
    assert bad.stderr == (
        "Error: 'Mars/Olympus' is not a time zone; give an IANA name like Europe/Berlin, "
        "or 'local'.\n"
    )


@pytest.mark.parametrize(
    ("every", "line", "timer", "words"),
    [
        ("15", "*/15 * * * *", "15min", "every 15 minutes"),
        ("1h", "0 * * * *", "1h", "every hour"),
        ("6h", "0 */6 * * *", "6h", "every 6 hours"),
        ("1d", "0 0 * * *", "1d", "every day"),
    ],
)
def test_cron_takes_hours_and_days(
    invoke: Invoke, tmp_path: Path, every: str, line: str, timer: str, words: str
) -> None:
    """Hourly is the most common schedule: --every 1h, 6h and 1d give cron lines and timers."""
    config = tmp_path / "config.yaml"
    config.write_text("store: ./store\n")
    out = invoke("cron", "--config", str(config), "--every", every).stdout
    assert f"\n{line} cd " in out
    assert f"OnUnitActiveSec={timer}\n" in out
    assert f"# crontab (crontab -e): a watching pass {words}\n" in out


def test_cron_refuses_intervals_cron_cannot_repeat(invoke: Invoke, tmp_path: Path) -> None:
    """90 minutes is not a cron step; the sentence says what is."""
    config = tmp_path / "config.yaml"
    config.write_text("store: ./store\n")
    result = invoke("cron", "--config", str(config), "--every", "90", code=2)
    assert result.stderr == (
        "Error: --every 90 is not an interval cron can repeat; give minutes (1 to 59, e.g. "
        "15m), hours (1h to 23h) or days (1d to 31d).\n"
    )


def test_status_shows_when_the_last_run_finished(invoke: Invoke, store: GitStore) -> None:
    """The finish time is shown as the finish time, beside the start and the duration."""
    started = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    with WatchState(store.path) as state:
        run = state.start_run(now=started)
        state.finish_run(
            run,
            now=started + timedelta(minutes=4, seconds=5),
            fetched=3,
            changed=0,
            failed=0,
            failures_by_host={},
        )
    out = invoke("status", "--store", str(store.path)).stdout
    assert out.splitlines()[0] == (
        "Last run: started 2026-03-02 08:00 UTC, finished 2026-03-02 08:04 UTC (245 s): "
        "3 checked, 0 changed, 0 failed."
    )
    berlin = invoke("status", "--tz", "Europe/Berlin", "--store", str(store.path)).stdout
    assert berlin.startswith(
        "Last run: started 2026-03-02 09:00 CET, finished 2026-03-02 09:04 CET"
    )
