"""``revtrack snapshot`` with no files: one pass over the config, from cron or by hand."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import yaml

from revtrack.store import GitStore
from revtrack.watch.state import run_lock
from tests._http_server import LocalServer, Request, http_server
from tests.conftest import Invoke

__all__ = ["http_server"]

PAGE = (
    "<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>"
    "<p>The harbour board approved the new quay after a long meeting on Tuesday night.</p>"
    "<p>Work is expected to start in the spring and to last about two years.</p>"
    "</article></body></html>"
)


def _config(tmp_path: Path, store: GitStore, timeout: float = 1, **sources: object) -> Path:
    path = tmp_path / "config.yaml"
    data = {
        "store": str(store.path),
        "sources": sources,
        "fetch": {"timeout": timeout, "min_delay_seconds": 0, "allow_private": True},
    }
    path.write_text(yaml.safe_dump(data))
    return path


def test_a_quiet_pass_prints_nothing_and_verbose_one_line(
    invoke: Invoke, http_server: LocalServer, store: GitStore, tmp_path: Path
) -> None:
    """From cron all is quiet when all is well; -v gives a one-line summary."""
    http_server.page("/harbour", PAGE)
    config = _config(tmp_path, store, articles=[http_server.url("/harbour")])
    quiet = invoke("snapshot", "--config", str(config))
    assert quiet.stdout == "" and quiet.stderr == ""
    loud = invoke("snapshot", "--config", str(config), "-v")
    assert loud.stdout.strip() == "1 checked, 0 changed, 0 events, 0 failed, 0 new articles"
    assert len(store.articles()) == 1


def test_a_failed_item_is_on_stderr_with_exit_code_1(
    invoke: Invoke, http_server: LocalServer, store: GitStore, tmp_path: Path
) -> None:
    """A URL the server refuses gives one error line and exit code 1."""
    http_server.routes["/down"] = lambda _r: (500, {"Content-Type": "text/html"}, b"x")
    config = _config(tmp_path, store)
    result = invoke("snapshot", http_server.url("/down"), "--config", str(config), code=1)
    assert result.stderr.count("\n") == 1
    assert "HTTP 500" in result.stderr


def test_a_second_run_while_one_is_busy_stops_at_once(
    invoke: Invoke, http_server: LocalServer, store: GitStore, tmp_path: Path
) -> None:
    """Cron starting a run while another holds the store gets one line and no fetch."""
    http_server.page("/harbour", PAGE)
    config = _config(tmp_path, store, articles=[http_server.url("/harbour")])
    with run_lock(store.path):
        result = invoke("snapshot", "--config", str(config), code=0)
    assert result.stdout == ""
    assert result.stderr == (
        f"Another revtrack run is busy with the store {store.path}; "
        "this one stopped without fetching anything.\n"
    )
    assert http_server.hits["/harbour"] == 0


def test_a_second_process_finds_the_store_busy_and_exits_0(
    http_server: LocalServer, store: GitStore, tmp_path: Path
) -> None:
    """A real second process (as cron starts it) gets the plain line and exit code 0.

    The first run is held mid-pass: its only page does not answer until released, so the
    watch lock is really held by a running pass, not by the test.
    """
    release = threading.Event()

    def slow(_request: Request) -> tuple[int, dict[str, str], bytes]:
        release.wait(25)
        return 200, {"Content-Type": "text/html"}, PAGE.encode()

    http_server.routes["/harbour"] = slow
    # The held request must outlast the second process's start-up, however loaded the
    # machine: the first run only gives the page up when the test releases it.
    config = _config(tmp_path, store, timeout=30, articles=[http_server.url("/harbour")])
    command = [sys.executable, "-m", "revtrack", "snapshot", "--config", str(config)]
    first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while http_server.hits["/harbour"] == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert http_server.hits["/harbour"] == 1  # the first run is inside its pass
        second = subprocess.run(command, capture_output=True, text=True, timeout=20)
    finally:
        release.set()
    assert (second.returncode, second.stdout) == (0, "")
    assert second.stderr.count("\n") == 1
    assert second.stderr.startswith("Another revtrack run is busy")
    assert "Error" not in second.stderr and "Traceback" not in second.stderr
    assert first.wait(20) == 0
    assert http_server.hits["/harbour"] == 1  # the second run fetched nothing
    assert len(store.articles()) == 1


def test_the_progress_bar_counts_items_done_on_stderr_only(
    http_server: LocalServer, store: GitStore, tmp_path: Path
) -> None:
    """On a terminal the bar shows items done of items due, rising to the total, on
    stderr; stdout (a pipe here) gets the result lines and no escape sequence."""
    import os
    import pty
    import re
    import select

    def slow(_request: Request) -> tuple[int, dict[str, str], bytes]:
        time.sleep(0.4)
        return 200, {"Content-Type": "text/html"}, PAGE.encode()

    urls = []
    for n in range(4):
        http_server.routes[f"/p{n}"] = slow
        urls.append(http_server.url(f"/p{n}"))
    config = _config(tmp_path, store, timeout=10)
    master, terminal = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "100"}
    env.pop("NO_COLOR", None)
    command = [sys.executable, "-m", "revtrack", "snapshot", *urls, "--config", str(config)]
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=terminal, env=env)
    os.close(terminal)
    drawn = b""
    while True:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the process closed the terminal
                break
            if not chunk:
                break
            drawn += chunk
        elif run.poll() is not None:
            break
    out = run.communicate(timeout=20)[0].decode()
    assert run.returncode == 0
    os.close(master)
    counts = [int(n) for n in re.findall(rb"Checking articles.*?(\d)/4", drawn)]
    # How many frames a loaded machine draws varies; the counts only ever rise, to 4.
    # (tests/test_watch_run.py checks the reports behind them, one per item done.)
    assert counts and counts == sorted(counts) and counts[-1] == 4, drawn[-400:]
    assert out.count("stored version 1; watched from now on.") == 4 and "\x1b" not in out
