"""The schedule: which articles a run checks, with an injected clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from revtrack.config import ScheduleSettings
from revtrack.schedule import Timing, check_interval, due_articles

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
DEFAULTS = ScheduleSettings()


def _t(url: str, **ago: float | None) -> Timing:
    """An article first seen, checked and changed the given hours before T0+1000h."""
    now = T0 + timedelta(hours=1000)

    def at(key: str) -> datetime | None:
        value = ago.get(key)
        return None if value is None else now - timedelta(hours=value)

    first = at("first")
    assert first is not None
    return Timing(url, first, at("checked"), at("changed"))


NOW = T0 + timedelta(hours=1000)


def test_a_new_article_is_checked_every_run() -> None:
    """In its first hours an article is fetched on every run, even one minute apart."""
    timing = _t("a", first=1, checked=1 / 60)
    assert due_articles([timing], DEFAULTS, NOW) == ["a"]


def test_a_day_old_article_is_checked_hourly() -> None:
    """Between three hours and a day old, a check 30 minutes ago means not yet."""
    assert due_articles([_t("a", first=10, checked=0.5)], DEFAULTS, NOW) == []
    assert due_articles([_t("a", first=10, checked=1.5)], DEFAULTS, NOW) == ["a"]


def test_a_week_old_article_is_checked_every_three_hours() -> None:
    """At four days old, two hours since the last check is too soon, four is not."""
    assert due_articles([_t("a", first=96, checked=2)], DEFAULTS, NOW) == []
    assert due_articles([_t("a", first=96, checked=4)], DEFAULTS, NOW) == ["a"]


def test_a_month_old_article_is_checked_daily_then_never() -> None:
    """At twenty days a check a day; past thirty days none at all."""
    assert due_articles([_t("a", first=480, checked=20)], DEFAULTS, NOW) == []
    assert due_articles([_t("a", first=480, checked=25)], DEFAULTS, NOW) == ["a"]
    assert due_articles([_t("a", first=31 * 24, checked=300)], DEFAULTS, NOW) == []


def test_a_recent_change_makes_an_old_article_young_again() -> None:
    """An article edited an hour ago, though first seen ten days ago, is checked every run."""
    timing = _t("a", first=240, checked=0.1, changed=1)
    assert check_interval(timing, DEFAULTS, NOW) == timedelta(0)
    assert due_articles([timing], DEFAULTS, NOW) == ["a"]


def test_nothing_is_checked_past_the_give_up_age() -> None:
    """However often it changes, an article is not watched past give_up_after_days."""
    settings = ScheduleSettings(give_up_after_days=5)
    timing = _t("a", first=6 * 24, checked=1, changed=0.5)
    assert due_articles([timing], settings, NOW) == []


def test_most_overdue_first_and_at_most_max_fetches() -> None:
    """A run takes the longest-waiting articles first and stops at max_fetches."""
    settings = ScheduleSettings(max_fetches=2)
    timings = [
        _t("slightly-late", first=10, checked=1.1),
        _t("very-late", first=10, checked=5),
        _t("never-checked", first=2),
        _t("not-due", first=10, checked=0.2),
    ]
    assert due_articles(timings, settings, NOW) == ["never-checked", "very-late"]
    assert due_articles(timings, ScheduleSettings(), NOW) == [
        "never-checked",
        "very-late",
        "slightly-late",
    ]


def test_tiers_come_from_the_config() -> None:
    """A config that checks every 10 minutes for two days is followed."""
    settings = ScheduleSettings.model_validate(
        {"tiers": [{"until_hours": 48, "every_minutes": 10}]}
    )
    assert due_articles([_t("a", first=30, checked=0.1)], settings, NOW) == []
    assert due_articles([_t("a", first=30, checked=0.2)], settings, NOW) == ["a"]
    assert due_articles([_t("a", first=50, checked=20)], settings, NOW) == []


@given(st.floats(0, 2000), st.floats(0, 50))
def test_the_interval_never_shrinks_as_an_article_ages(age: float, more: float) -> None:
    """An older unchanged article is never checked more often than a younger one."""
    young = check_interval(_t("a", first=age), DEFAULTS, NOW)
    old = check_interval(_t("a", first=age + more), DEFAULTS, NOW)
    if young is None:
        assert old is None
    elif old is not None:
        assert old >= young
