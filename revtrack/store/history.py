"""Reading the store's history: commits, their trailers and the files they touched."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

_TRAILER = re.compile(r"^([A-Za-z][A-Za-z-]*): (.*)$", re.M)


@dataclass(frozen=True)
class Commit:
    """One commit of the store as ``git log`` shows it, with revtrack's trailers parsed."""

    sha: str
    subject: str
    title: str | None
    observed_at: datetime
    url: str | None
    event: str | None
    detail: str
    files: tuple[str, ...]


def parse_log(output: str) -> list[Commit]:
    """Parse ``git log --format=%x1e%H%x1f%B%x1f --name-only`` output, newest first."""
    commits = []
    for record in output.split("\x1e"):
        if not record.strip():
            continue
        sha, _, rest = record.partition("\x1f")
        message, _, names = rest.rpartition("\x1f")
        trailers = dict(_TRAILER.findall(message))
        observed = _parse_time(trailers.get("Observed-At"))
        commits.append(
            Commit(
                sha=sha.strip(),
                subject=message.strip().split("\n", 1)[0],
                title=trailers.get("Article-Title"),
                observed_at=observed,
                url=trailers.get("Article-Url"),
                event=trailers.get("Revtrack-Event"),
                detail=trailers.get("Event-Detail", ""),
                files=tuple(n for n in names.split("\n") if n.strip()),
            )
        )
    return commits


def _parse_time(text: str | None) -> datetime:
    if text:
        try:
            parsed = datetime.fromisoformat(text.strip())
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        except ValueError:
            pass
    return datetime.fromtimestamp(0, UTC)
