"""Finding, reading and validating ``config.yaml``.

The file is located by ``--config``, then ``$REVTRACK_CONFIG``, then ``./config.yaml``,
then ``config.yaml`` in the user's config directory; with none of them the defaults
apply. Every key is declared in the models below (unknown keys are errors, since a
misspelt key silently ignored is a watch that never runs).
"""

from __future__ import annotations

import difflib
import os
import re
import types
import typing
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from revtrack.errors import ConfigError

ENV_VAR = "REVTRACK_CONFIG"


# Bounds on the file itself: a config nests a few levels and holds small numbers, so
# anything far past these is a mistake or an attack, refused before it can exhaust the
# parser's recursion, Python's integer conversion or the validator.
MAX_DEPTH = 32
MAX_ALIASES = 100
MAX_DIGITS = 18
_LONG_NUMBER = re.compile(
    r"[-+]?(?:0[xob])?[0-9a-fA-F_]{" + str(MAX_DIGITS + 1) + r",}(?:\.[0-9_]*)?(?:e[-+]?\d+)?"
)


class _Model(BaseModel):
    # Infinity and NaN are not durations or sizes: ".inf" seconds is refused, not waited.
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class PageSource(_Model):
    """A section or home page and the pattern its article links match."""

    url: str = Field(description="The section or home page.")
    pattern: str = Field(description="A regular expression the article URLs match.")

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression ({exc})") from None
        return value


class SourcesSettings(_Model):
    """What to watch: article URLs, feeds and section pages."""

    articles: list[str] = Field(default_factory=list, description="Article URLs to track.")
    feeds: list[str] = Field(default_factory=list, description="RSS or Atom feed URLs.")
    pages: list[PageSource] = Field(
        default_factory=list,
        description="Section pages whose article links are followed: {url, pattern}.",
    )
    pause_after_failures: int = Field(
        5, ge=1, le=10_000, description="A feed or page failing this many runs in a row is paused."
    )


class ScheduleTier(_Model):
    """One step of the schedule: below this age, check this often."""

    until_hours: float = Field(
        gt=0, le=24 * 365 * 100, description="Applies while the article is younger."
    )
    every_minutes: float = Field(
        ge=0, le=60 * 24 * 365, description="Minutes between checks; 0 is every run."
    )


def _default_tiers() -> list[ScheduleTier]:
    # NewsDiffs' rhythm: every run while new, hourly for a day, every few hours for a
    # week, daily to a month, then stop.
    return [
        ScheduleTier(until_hours=3, every_minutes=0),
        ScheduleTier(until_hours=24, every_minutes=60),
        ScheduleTier(until_hours=24 * 7, every_minutes=180),
        ScheduleTier(until_hours=24 * 30, every_minutes=24 * 60),
    ]


class ScheduleSettings(_Model):
    """How often articles are checked as they age.

    An article's age is the time since its last change (or since it was first seen,
    when it never changed), so a story that is still being edited is watched closely
    again. Past the last tier it is no longer checked, and past ``give_up_after_days``
    since it was first seen it is never checked again, however often it changes.
    """

    max_fetches: int = Field(
        200, ge=1, le=1_000_000, description="At most this many fetches per run."
    )
    tiers: list[ScheduleTier] = Field(default_factory=_default_tiers, min_length=1)
    give_up_after_days: float = Field(
        90, gt=0, le=36_500, description="Stop checking this long after an article was first seen."
    )


class FetchSettings(_Model):
    """How pages are fetched, politely and within bounds."""

    timeout: float = Field(20.0, gt=0, le=3600, description="Seconds before a request is given up.")
    max_redirects: int = Field(5, ge=0, le=100, description="Redirects followed before giving up.")
    max_bytes: int = Field(10_000_000, ge=1024, le=2**31, description="Largest page body read.")
    min_delay_seconds: float = Field(
        1.0, ge=0, le=3600, description="Least time between two requests to one host."
    )
    per_host_concurrency: int = Field(2, ge=1, le=64, description="Requests at once to one host.")
    concurrency: int = Field(8, ge=1, le=256, description="Requests at once in all.")
    max_retry_after: float = Field(
        60.0,
        ge=0,
        le=86_400,
        description="Longest Retry-After waited for; longer ones fail the item.",
    )
    pass_budget_seconds: float = Field(
        1800.0,
        gt=0,
        allow_inf_nan=False,
        description="Longest a whole pass may take; what is left then is tried next run.",
    )
    respect_robots: bool = Field(True, description="Obey each site's robots.txt.")
    allow_private: bool = Field(
        False,
        description="Fetch from loopback, private and link-local addresses too: every URL "
        "revtrack fetches is refused there otherwise, whether it came from the command line, "
        "sources.articles, a feed or a page.",
    )
    keep_raw: bool = Field(False, description="Keep the fetched HTML beside the text.")
    user_agent: str | None = Field(
        None, description="Replaces the default User-Agent, which names revtrack."
    )


class Settings(_Model):
    """The whole configuration."""

    store: str = Field("./store", description="Path of the store (a git repository).")
    sources: SourcesSettings = Field(default_factory=SourcesSettings)  # type: ignore[arg-type]
    schedule: ScheduleSettings = Field(default_factory=ScheduleSettings)  # type: ignore[arg-type]
    fetch: FetchSettings = Field(default_factory=FetchSettings)  # type: ignore[arg-type]
    source_file: Path | None = Field(None, exclude=True, description="Where it was read from.")

    @property
    def store_path(self) -> Path:
        """The store path; relative paths are taken from the config file's folder."""
        path = Path(self.store).expanduser()
        if not path.is_absolute() and self.source_file is not None:
            return self.source_file.parent / path
        return path


def user_config_dir() -> Path:
    """The per-user config folder ($XDG_CONFIG_HOME/revtrack or ~/.config/revtrack)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "revtrack"


def find_config(explicit: Path | None = None) -> Path | None:
    """The config file to use, by precedence; None when there is none at all.

    A path named explicitly (flag or environment) must exist: pointing at a missing file
    is a mistake worth reporting, not a reason to fall back to defaults.
    """
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"Config file {explicit} does not exist; check the --config path.")
        return explicit
    env = os.environ.get(ENV_VAR)
    if env:
        path = Path(env)
        if not path.is_file():
            raise ConfigError(
                f"Config file {path} named by ${ENV_VAR} does not exist; fix or unset it."
            )
        return path
    for candidate in (Path("config.yaml"), user_config_dir() / "config.yaml"):
        if candidate.is_file():
            return candidate
    return None


def load_config(explicit: Path | None = None) -> Settings:
    """Find, read and validate the configuration (defaults when there is no file)."""
    path = find_config(explicit)
    if path is None:
        return Settings()
    return parse_config(_read(path), path)


def parse_config(text: str, path: Path) -> Settings:
    """Validate YAML text into Settings, with errors that name the file, line and key."""
    try:
        _check_shape(text, path)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "an unknown place"
        raise ConfigError(
            f"{path} is not valid YAML at {where}: {exc.problem}; fix the file."
        ) from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path} is not valid YAML ({exc}); fix the file.") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path} must hold a mapping of keys (like 'store: ./store') at the top.")
    try:
        return Settings.model_validate({**data, "source_file": path})
    except ValidationError as exc:
        raise ConfigError(_describe(exc, path, text)) from exc


def _check_shape(text: str, path: Path) -> None:
    """Refuse nesting, aliases and numbers no config needs, from the event stream.

    PyYAML's parser is iterative, so walking its events costs no recursion whatever
    the file holds; composing and constructing (recursive) happen only after this.
    """
    depth, aliases = 0, 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        line = event.start_mark.line + 1 if event.start_mark else 0
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise ConfigError(
                    f"{path}, line {line}: the keys nest more than {MAX_DEPTH} levels deep; "
                    "a revtrack config needs a few, so fix the file."
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise ConfigError(
                    f"{path}, line {line}: more than {MAX_ALIASES} YAML aliases; write the "
                    "values out instead."
                )
        elif (
            isinstance(event, yaml.ScalarEvent)
            and event.style is None
            and _LONG_NUMBER.fullmatch(event.value)
        ):
            raise ConfigError(
                f"{path}, line {line}: the number {event.value[:12]}... has "
                f"{len(event.value)} digits; give one of at most {MAX_DIGITS}."
            )


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"Config file {path} cannot be read ({exc}); check its permissions."
        ) from exc


def _describe(exc: ValidationError, path: Path, text: str) -> str:
    """One sentence for the first problem: where it is, the key as written, what is allowed.

    An unknown key is reported before any other problem, since a misspelt key is also
    the reason the key meant is "missing".
    """
    errors: list[Any] = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
    error = errors[0]
    loc = tuple(error["loc"])
    key = _dotted(loc) or "(top level)"
    line = _line_of(text, loc)
    where = f"{path}, line {line}" if line else str(path)
    if error["type"] == "extra_forbidden":
        allowed = [k for k in _model_at(loc[:-1]).model_fields if k != "source_file"]
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        return f"{where}: unknown key '{key}'{hint}; allowed keys here are: {', '.join(allowed)}."
    return f"{where}: key '{key}' is invalid ({error['msg'].lower()}); fix its value."


def _dotted(loc: tuple[Any, ...]) -> str:
    """``sources.pages[0].url``: keys joined by dots, list positions in brackets."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel]:
    """The model that holds the keys at ``loc`` (list positions pass to the item model)."""
    model: type[BaseModel] = Settings
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(str(part))
        inner = _inner_model(field.annotation) if field else None
        if inner is None:
            break
        model = inner
    return model


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None


def _line_of(text: str, loc: tuple[Any, ...]) -> int | None:
    """The line (from 1) of the key or item at ``loc`` in the YAML text, when it is there."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    line = None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            pair = next((p for p in node.value if p[0].value == str(part)), None)
            if pair is None:
                break
            line, node = pair[0].start_mark.line + 1, pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                break
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line
