"""Which tracked articles are due for a check, with the clock passed in.

Articles are checked often while they are new or still changing and less often as
they age, then not at all, so a cron job every few minutes stays polite to the sites
it watches. The clock is an argument so the rules can be tested without waiting.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from revtrack.config import ScheduleSettings


@dataclass(frozen=True)
class Timing:
    """What the schedule needs to know about one article."""

    url: str
    first_seen: datetime
    last_checked: datetime | None = None
    last_changed: datetime | None = None


def check_interval(timing: Timing, settings: ScheduleSettings, now: datetime) -> timedelta | None:
    """Give the time between checks for an article of this age, or None once it stops."""
    if now - timing.first_seen > timedelta(days=settings.give_up_after_days):
        return None
    age = now - (timing.last_changed or timing.first_seen)
    for tier in sorted(settings.tiers, key=lambda t: t.until_hours):
        if age < timedelta(hours=tier.until_hours):
            return timedelta(minutes=tier.every_minutes)
    return None


def overdue_by(timing: Timing, settings: ScheduleSettings, now: datetime) -> timedelta | None:
    """Say how long ago the article fell due, or None when it is not due now."""
    interval = check_interval(timing, settings, now)
    if interval is None:
        return None
    if timing.last_checked is None:
        return now - timing.first_seen + timedelta(days=36500)  # never checked goes first
    late = now - (timing.last_checked + interval)
    return late if late >= timedelta(0) else None


def due_articles(timings: Iterable[Timing], settings: ScheduleSettings, now: datetime) -> list[str]:
    """List the URLs to check in this run: most overdue first, at most max_fetches."""
    late: list[tuple[timedelta, str]] = []
    for timing in timings:
        by = overdue_by(timing, settings, now)
        if by is not None:
            late.append((by, timing.url))
    late.sort(key=lambda item: (-item[0], item[1]))
    return [url for _, url in late[: settings.max_fetches]]
