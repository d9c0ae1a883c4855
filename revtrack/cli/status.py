"""``revtrack status``: how the watching runs are going."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from revtrack.cli._app import app
from revtrack.cli._common import (
    ConfigOption,
    CsvOption,
    JsonlOption,
    JsonOption,
    StoreOption,
    TzOption,
    handles_errors,
    iso,
    load_settings,
    machine_format,
    open_store,
    time_zone,
    when,
)
from revtrack.cli._output import emit, emit_listing
from revtrack.listings import STATUS

if TYPE_CHECKING:
    from revtrack.watch.state import Pause


@app.command()
@handles_errors
def status(
    store: StoreOption = None,
    config: ConfigOption = None,
    tz: TzOption = None,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    csv_: CsvOption = False,
) -> None:
    """Summarise the watching runs: last run, articles due, failures by host, paused sources.

    --json, --jsonl and --csv list the watched articles and the paused sources, one row
    each, instead of the summary.
    """
    from revtrack.schedule import due_articles  # with the config model: kept off start-up
    from revtrack.watch.state import WatchState

    fmt = machine_format(json_, jsonl, csv_)
    zone = time_zone(tz)
    settings = load_settings(config)
    now = datetime.now(UTC)
    with open_store(store, config) as opened, WatchState(opened.path) as state:
        last = state.last_run()
        tracked = state.articles()
        watched = [a for a in tracked if a.watched]
        due = due_articles([a.timing for a in watched], settings.schedule, now)
        pauses = state.pauses()
    if fmt:
        due_urls = set(due)
        rows: list[dict[str, Any]] = [
            STATUS.row(
                id=a.url,
                kind="article",
                state="refused"
                if a.refused
                else "unwatched"
                if a.unwatched
                else "failing"
                if a.failures
                else "due"
                if a.url in due_urls
                else "waiting",
                failures=a.failures,
                first_seen=iso(a.first_seen),
                last_checked=iso(a.last_checked),
                last_changed=iso(a.last_changed),
                error=a.refused,
            )
            for a in sorted(tracked, key=lambda a: a.url)
        ]
        rows += [
            STATUS.row(
                id=p.name, kind=p.kind, state="paused", retry_at=iso(p.retry_at), error=p.error
            )
            for p in pauses
        ]
        emit_listing(STATUS, rows, fmt)
        return
    failing = {a.url: a.failures for a in watched if a.failures}
    refused = [a.url for a in tracked if a.refused]
    unwatched = [a for a in tracked if a.unwatched and not a.refused]
    paused = [p for p in pauses if p.kind == "source"]
    paused_hosts = [p for p in pauses if p.kind == "host"]
    lines: list[str] = []
    if last is None:
        lines.append("Last run: never (run 'revtrack snapshot' with sources in the config).")
    else:
        counts = f"{last.fetched} checked, {last.changed} changed, {last.failed} failed."
        if last.finished is None:
            lines.append(f"Last run: started {when(last.started, zone)}, did not finish: {counts}")
        else:
            seconds = round((last.finished - last.started).total_seconds())
            lines.append(
                f"Last run: started {when(last.started, zone)}, finished "
                f"{when(last.finished, zone)} ({seconds} s): {counts}"
            )
        for host, count in sorted(last.failures_by_host.items()):
            lines.append(f"  failures at {host}: {count}")
    lines.append(f"Watched articles: {len(watched)}; due now: {len(due)}.")
    if failing:
        lines.append(f"Articles failing in a row: {len(failing)}.")
    if paused:
        lines.append("Paused sources (a successful fetch resumes them):")
        lines += [_pause(p, zone) for p in paused]
    if paused_hosts:
        lines.append("Paused hosts (their articles wait; a host that answers is resumed):")
        lines += [_pause(p, zone) for p in paused_hosts]
    if refused:
        lines.append(f"Refused and no longer watched (not at a public address): {len(refused)}.")
        for url in refused:
            lines.append(f"  {url}")
    if unwatched:
        lines.append(f"Unwatched with 'revtrack unwatch' (stored versions kept): {len(unwatched)}.")
    emit("\n".join(lines))


def _pause(pause: Pause, zone: tzinfo | None) -> str:
    return f"  {pause.name}, tried again after {when(pause.retry_at, zone)}: {pause.error}"
