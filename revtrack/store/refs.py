"""Naming things in the store: articles by URL, path or prefix; versions by @N, commit or date."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time

from revtrack.errors import ArticleNotFoundError, UserError, VersionNotFoundError
from revtrack.models import ArticleSummary, Version
from revtrack.store.paths import TEXT_SUFFIX
from revtrack.urls import canonical_url

_VERSION_NUMBER = re.compile(r"^-?\d{1,6}$")
_COMMIT = re.compile(r"^[0-9a-f]{4,40}$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)


def split_article_ref(name: str) -> tuple[str, str | None]:
    """Split ``ARTICLE@REF`` into its two parts; an ``@`` inside a URL is left alone."""
    base, sep, ref = name.rpartition("@")
    if sep and base and (_VERSION_NUMBER.match(ref) or _COMMIT.match(ref) or _is_date(ref)):
        return base, ref
    return name, None


def resolve_article(name: str, articles: list[ArticleSummary]) -> str:
    """The path of the one article ``name`` designates, or an error naming the choices."""
    name = name.strip()
    if not articles:
        raise ArticleNotFoundError(
            f"No article matches '{name}': the store is empty; add one with 'revtrack snapshot'."
        )
    candidates = [name, canonical_url(name)] if _SCHEME.match(name) else [name]
    for candidate in candidates:
        exact = [a.path for a in articles if candidate in (a.url, a.path, _stem(a.path))]
        if len(exact) == 1:
            return exact[0]
    bare = _SCHEME.sub("", name)
    prefixed = sorted(
        {
            a.path
            for a in articles
            if a.path.startswith(name) or a.url.startswith(name) or _bare(a.url).startswith(bare)
        }
    )
    if len(prefixed) == 1:
        return prefixed[0]
    if not prefixed and not _SCHEME.match(name) and "/" not in name:
        # People name a story by a few words of its headline.
        titled = sorted((a for a in articles if matches_words(name, a)), key=lambda a: a.path)
        if len(titled) == 1:
            return titled[0].path
        if titled:
            shown = "; ".join(f"{a.path} ({a.title})" for a in titled[:3])
            more = "; ..." if len(titled) > 3 else ""
            raise ArticleNotFoundError(
                f"'{name}' is in the headline of {len(titled)} articles ({shown}{more}); "
                "give more words, or the URL or path."
            )
    if not prefixed:
        raise ArticleNotFoundError(
            f"No tracked article matches '{name}'; run 'revtrack articles' to see their names."
        )
    shown = ", ".join(prefixed[:3]) + (", ..." if len(prefixed) > 3 else "")
    raise ArticleNotFoundError(
        f"'{name}' matches {len(prefixed)} articles ({shown}); give more of the URL or path."
    )


def matches_words(words: str, article: ArticleSummary) -> bool:
    """Whether every word of ``words`` is in the article's headline, URL or path (any case)."""
    haystack = " ".join((article.title or "", article.url, article.path)).casefold()
    wanted = words.casefold().split()
    return bool(wanted) and all(w in haystack for w in wanted)


def resolve_version(article: str, ref: str | None, versions: list[Version]) -> Version:
    """The version ``ref`` designates among ``versions`` (oldest first)."""
    if not versions:
        raise VersionNotFoundError(f"{article} has no stored versions.")
    if ref is None or ref == "":
        return versions[-1]
    ref = ref.strip().lstrip("@")
    if _VERSION_NUMBER.match(ref):
        number = int(ref)
        index = number - 1 if number > 0 else len(versions) + number
        if number != 0 and 0 <= index < len(versions):
            return versions[index]
        raise VersionNotFoundError(
            f"{article} has {_count(len(versions))}, so @{ref} does not exist; "
            f"{_range_hint(len(versions))}"
        )
    if _COMMIT.match(ref.lower()):
        matches = [v for v in versions if v.commit.startswith(ref.lower())]
        if len(matches) == 1:
            return matches[0]
    if _is_date(ref):
        when = parse_when(ref, end_of_day=True)
        earlier = [v for v in versions if v.observed_at <= when]
        if earlier:
            return earlier[-1]
        raise VersionNotFoundError(
            f"{article} had no version yet at {ref}; its first is from "
            f"{versions[0].observed_at:%Y-%m-%d %H:%M} UTC."
        )
    raise VersionNotFoundError(
        f"'{ref}' names no version of {article}; use @N, @-1, a commit id or a date."
    )


def parse_when(text: str, *, end_of_day: bool = False) -> datetime:
    """Parse an ISO 8601 date or date-time; naive times are UTC.

    A bare date means the end of that day when ``end_of_day`` (the version "as of" a
    date), else its start.
    """
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            day = datetime.fromisoformat(text).date()
            moment = time.max if end_of_day else time.min
            return datetime.combine(day, moment, UTC)
        parsed = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError as exc:
        raise UserError(
            f"'{text}' is not a date and time; use ISO 8601, for example 2019-12-31T15:31Z."
        ) from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


# Git keeps a commit time as seconds since 1970 (no earlier ones: fsck --strict calls a
# negative one an overflow) and its commit-graph in 34 bits (to May 2514); the years in
# between are far more than any article needs, and a round bound is easy to state.
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(2500, 1, 1, tzinfo=UTC)


def check_storable(moment: datetime, given: str | None = None) -> datetime:
    """``moment`` when git can store it as a commit time; else one sentence saying why not."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    if EARLIEST <= aware < LATEST:
        return moment
    shown = given if given is not None else aware.isoformat()
    raise UserError(
        f"'{shown}' cannot be stored: git keeps commit times from 1970 to 2499 only, "
        "so give a time in that range."
    )


def _is_date(text: str) -> bool:
    return bool(re.match(r"^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$", text))


def _stem(path: str) -> str:
    return path[: -len(TEXT_SUFFIX)] if path.endswith(TEXT_SUFFIX) else path


def _bare(url: str) -> str:
    return _SCHEME.sub("", url)


def utc_now() -> datetime:
    """The current time in UTC to the second: commit times have no finer grain."""
    return datetime.now(UTC).replace(microsecond=0)


def _count(n: int) -> str:
    return "1 version" if n == 1 else f"{n} versions"


def _range_hint(n: int) -> str:
    """Name the versions that exist, without offering '@1 to @1'."""
    if n == 1:
        return "use @1 (or @-1) for the only one."
    return f"use @1 to @{n}, or @-1 for the latest."
