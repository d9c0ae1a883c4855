"""Reading the branch's commits for the index, streamed, newest first.

A rebuild reads every commit of the store; holding ``git log``'s whole output in memory
would make a rebuild's memory grow with the store, so the output is parsed record by
record as git writes it (with the same parser ``GitStore`` uses, so both read the same
trailers the same way).
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from revtrack.store.history import Commit, parse_log

_FORMAT = "--format=%x1e%H%x1f%B%x1f"


# git is run from the PATH, as GitPython runs it; the arguments are commit ids and flags.
def _git(git_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603
        ["git", "--git-dir", str(git_dir), *args],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )


def is_ancestor(git_dir: Path, older: str, newer: str) -> bool:
    """True when commit ``older`` is on the history of ``newer`` (false when it is gone)."""
    return _git(git_dir, "merge-base", "--is-ancestor", older, newer).returncode == 0


def count_commits(git_dir: Path, revisions: str) -> int:
    """How many commits ``git log REVISIONS`` would show."""
    result = _git(git_dir, "rev-list", "--count", revisions)
    if result.returncode != 0:
        raise RuntimeError(f"git rev-list failed: {result.stderr.strip()}")
    return int(result.stdout.strip() or 0)


def commits(git_dir: Path, revisions: str) -> Iterator[Commit]:
    """The commits of ``revisions`` (``HEAD`` or ``OLD..NEW``), newest first, as git writes them."""
    command = ["git", "--git-dir", str(git_dir), "log", revisions, _FORMAT]
    command += ["--name-only", "--no-renames", "--"]
    # git's messages go to a file, not a pipe: a pipe read only once the log is done would
    # stop git for ever once it filled (64 KiB of warnings on a damaged store).
    with (
        tempfile.TemporaryFile() as messages,
        subprocess.Popen(  # noqa: S603
            command,
            stdout=subprocess.PIPE,
            stderr=messages,
            text=True,
            encoding="utf-8",
            errors="replace",
        ) as process,
    ):
        output = process.stdout
        pending = ""
        while output is not None and (chunk := output.read(1 << 16)):
            pending += chunk
            *records, pending = pending.split("\x1e")
            for record in records:
                if record.strip():
                    yield from parse_log("\x1e" + record)
        if pending.strip():
            yield from parse_log("\x1e" + pending)
        if process.wait() != 0:
            messages.seek(0)
            error = messages.read().decode(errors="replace")
            raise RuntimeError(f"git log failed: {error.strip()}")
