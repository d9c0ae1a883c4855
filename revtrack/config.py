"""Finding, reading and validating ``config.yaml``.

The file is located by ``--config``, then ``$REVTRACK_CONFIG``, then ``./config.yaml``,
then ``config.yaml`` in the user's config directory; with none of them the defaults
apply. Every key is declared in the models below (unknown keys are errors, since a
misspelt key silently ignored is a watch that never runs).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from revtrack.errors import ConfigError

ENV_VAR = "REVTRACK_CONFIG"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


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
        5, ge=1, description="A feed or page failing this many runs in a row is paused."
    )


class ScheduleTier(_Model):
    """One step of the schedule: below this age, check this often."""

    until_hours: float = Field(gt=0, description="Applies while the article is younger.")
    every_minutes: float = Field(ge=0, description="Minutes between checks; 0 is every run.")


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

    max_fetches: int = Field(200, ge=1, description="At most this many fetches per run.")
    tiers: list[ScheduleTier] = Field(default_factory=_default_tiers, min_length=1)
    give_up_after_days: float = Field(
        90, gt=0, description="Stop checking this long after an article was first seen."
    )


class FetchSettings(_Model):
    """How pages are fetched, politely and within bounds."""

    timeout: float = Field(20.0, gt=0, description="Seconds before a request is given up.")
    max_redirects: int = Field(5, ge=0, description="Redirects followed before giving up.")
    max_bytes: int = Field(10_000_000, ge=1024, description="Largest page body read.")
    min_delay_seconds: float = Field(
        1.0, ge=0, description="Least time between two requests to one host."
    )
    per_host_concurrency: int = Field(2, ge=1, description="Requests at once to one host.")
    concurrency: int = Field(8, ge=1, description="Requests at once in all.")
    max_retry_after: float = Field(
        60.0, ge=0, description="Longest Retry-After waited for; longer ones fail the item."
    )
    respect_robots: bool = Field(True, description="Obey each site's robots.txt.")
    allow_private: bool = Field(
        False, description="Allow loopback, private and link-local addresses."
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
        raise ConfigError(_describe(exc, path)) from exc


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"Config file {path} cannot be read ({exc}); check its permissions."
        ) from exc


def _describe(exc: ValidationError, path: Path) -> str:
    """One sentence for the first validation problem: the dotted key and what is allowed."""
    error: Any = exc.errors()[0]
    key = ".".join(str(part) for part in error["loc"]) or "(top level)"
    if error["type"] == "extra_forbidden":
        parent = error["loc"][:-1]
        model: Any = Settings
        for part in parent:
            field = model.model_fields.get(str(part))
            model = field.annotation if field else None
            if model is None or not hasattr(model, "model_fields"):
                break
        allowed = ", ".join(k for k in getattr(model, "model_fields", {}) if k != "source_file")
        return f"{path}: unknown key '{key}'; allowed keys here are: {allowed}."
    return f"{path}: key '{key}' is invalid ({error['msg'].lower()}); fix its value."
