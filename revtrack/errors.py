"""The exceptions revtrack raises, and the exit code each one means.

Hierarchy::

    RevtrackError                 (exit_code 1)
    ├── UserError                 (exit_code 2) a mistake the user can fix: say what and how
    │   ├── ConfigError           bad or unreadable configuration
    │   ├── StoreNotFoundError    no store where one was expected
    │   ├── ArticleNotFoundError  a name that matches no tracked article (or several)
    │   ├── VersionNotFoundError  a version reference that matches no version
    │   └── InputError            an unreadable, empty, binary or undecodable input
    └── ItemError                 (exit_code 1) one item of a batch failed; the rest go on
        ├── FetchError            the network or the server did not give us the page
        └── ExtractError          the page came but held no article text

Every message is one sentence that names the problem and the fix, passed to
``Exception.__init__`` so ``str(exc)`` is what the user reads.
"""

from __future__ import annotations


class RevtrackError(Exception):
    """Root of every error revtrack raises on purpose."""

    exit_code: int = 1


class UserError(RevtrackError):
    """A mistake in what the user asked for; the command exits 2."""

    exit_code = 2


class ConfigError(UserError):
    """The configuration file is missing, unreadable, not YAML, or not valid."""


class StoreNotFoundError(UserError):
    """The store path does not hold a revtrack store."""


class ArticleNotFoundError(UserError):
    """An article name matched no tracked article, or more than one."""


class VersionNotFoundError(UserError):
    """A version reference (@N, commit, date) matched no version of the article."""


class InputError(UserError):
    """An input file or stream cannot be used as an article."""


class ItemError(RevtrackError):
    """One item of a batch failed; batches record it and go on, and exit 1 at the end."""

    exit_code = 1


class FetchError(ItemError):
    """A page could not be fetched (network, status, size, type)."""


class ExtractError(ItemError):
    """A fetched page held no article text that could be extracted."""
