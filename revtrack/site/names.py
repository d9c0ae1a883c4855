"""File names in the built site, made from sanitised names only.

An article's page is named from its store path, which is already bounded ASCII, but the
site does not rely on that: every name is reduced again to lower-case ``[a-z0-9.-]``,
with no run of dots (so never ``..``), no leading dot or dash, a bounded length, and a
hash of the original name so that two names that sanitise alike still get two files.
``safe_join`` refuses any relative path that could leave the output folder.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path, PurePosixPath

MAX_STEM = 90
_UNSAFE = re.compile(r"[^a-z0-9.-]+")
_DOTS = re.compile(r"\.{2,}")
_DASHES = re.compile(r"-{2,}")
_SAFE_PART = re.compile(r"[a-z0-9][a-z0-9._-]*")


def page_name(article: str, suffix: str = ".html") -> str:
    """A file name for the page of the article stored at ``article``."""
    stem = article.casefold()
    for ending in (".txt", ".html"):
        if stem.endswith(ending):
            stem = stem[: -len(ending)]
    stem = _UNSAFE.sub("-", stem.replace("/", "--"))
    stem = _DASHES.sub("-", _DOTS.sub(".", stem)).strip(".-")[:MAX_STEM].strip(".-")
    digest = hashlib.sha256(article.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{stem}-{digest}{suffix}" if stem else f"article-{digest}{suffix}"


def safe_join(root: Path, relative: str) -> Path:
    """``root / relative``, refusing absolute paths, ``..`` and names outside ``[a-z0-9._-]``.

    Every path the site writes goes through here, so a mistake in building a name fails
    loudly instead of writing outside the output folder.
    """
    parts = PurePosixPath(relative).parts
    if not parts or relative.startswith("/") or "\\" in relative:
        raise ValueError(f"not a safe relative path: {relative!r}")
    for part in parts:
        if not _SAFE_PART.fullmatch(part) or ".." in part:
            raise ValueError(f"not a safe relative path: {relative!r}")
    return root.joinpath(*parts)
