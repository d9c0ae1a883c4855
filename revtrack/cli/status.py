"""``revtrack status``: how the watching runs are going."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from revtrack.cli._app import app
from revtrack.cli._common import (
    ConfigOption,
    JsonOption,
    StoreOption,
    handles_errors,
    load_settings,
    open_store,
    print_out,
)
from revtrack.report import clean_for_terminal


@app.command()
@handles_errors
def status(
    store: StoreOption = None, config: ConfigOption = None, json_: JsonOption = False
) -> None:
    """Summarise the watching runs: last run, articles due, failures by host, paused sources."""
    from revtrack.schedule import due_articles  # with the config model: kept off start-up
    from revtrack.watch.state import WatchState

    settings = load_settings(config)
    now = datetime.now(UTC)
    with open_store(store, config) as opened, WatchState(opened.path) as state:
        last = state.last_run()
        tracked = state.articles()
        due = due_articles([a.timing for a in tracked], settings.schedule, now)
        paused = state.paused_sources()
    failing = {a.url: a.failures for a in tracked if a.failures}
    if json_:
        data = {
            "last_run": None
            if last is None
            else {
                "started": last.started.isoformat(),
                "finished": last.finished.isoformat() if last.finished else None,
                "fetched": last.fetched,
                "changed": last.changed,
                "failed": last.failed,
                "failures_by_host": last.failures_by_host,
            },
            "tracked": len(tracked),
            "due": len(due),
            "failing_articles": failing,
            "paused_sources": paused,
        }
        print_out(json.dumps(data, indent=2, ensure_ascii=False))
        return
    lines: list[str] = []
    if last is None:
        lines.append("Last run: never (run 'revtrack snapshot' with sources in the config).")
    else:
        state_word = "finished" if last.finished else "did not finish"
        lines.append(
            f"Last run: {last.started:%Y-%m-%d %H:%M} UTC, {state_word}: {last.fetched} checked, "
            f"{last.changed} changed, {last.failed} failed."
        )
        for host, count in sorted(last.failures_by_host.items()):
            lines.append(f"  failures at {clean_for_terminal(host)}: {count}")
    lines.append(f"Watched articles: {len(tracked)}; due now: {len(due)}.")
    if failing:
        lines.append(f"Articles failing in a row: {len(failing)}.")
    if paused:
        lines.append("Paused sources (tried again once a day; a successful fetch resumes them):")
        for url, error in paused.items():
            lines.append(f"  {clean_for_terminal(url)}: {clean_for_terminal(error)}")
    print_out("\n".join(lines))
