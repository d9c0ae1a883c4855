"""The version store: a bare git repository with one file per article, one commit per version.

See docs/design.md for the layout. Reading goes through GitPython (pure-Python object
access and ``git log``); writing goes through revtrack.store.objects, which never touches
a work tree or an index.
"""

from __future__ import annotations

import fcntl
import re
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from revtrack.errors import InputError, ItemError, StoreNotFoundError, UserError
from revtrack.models import ArticleSummary, Document, Event, Version
from revtrack.store import objects, packs
from revtrack.store.history import Commit, parse_log
from revtrack.store.packs import PackWriter
from revtrack.store.paths import (
    EVENTS_SUFFIX,
    RAW_SUFFIX,
    TEXT_SUFFIX,
    article_path,
    sibling_path,
)
from revtrack.store.records import FORMAT_VERSION, decode_document, encode_document
from revtrack.store.refs import check_storable, resolve_article, resolve_version
from revtrack.urls import canonical_url

if TYPE_CHECKING:
    from git import Repo
    from gitdb import GitDB

BRANCH = "refs/heads/main"
IDENTITY = "revtrack <revtrack@localhost>"
_MARKER = Path("revtrack") / "format"
_UNSAFE_MESSAGE = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
# The event of a version whose text was extracted again from the page already stored.
REEXTRACTED = "re-extracted"

__all__ = ["REEXTRACTED", "ConcurrentChangeError", "GitStore"]


class ConcurrentChangeError(ItemError):
    """The article got a new version between reading it and writing one derived from it."""


class GitStore:
    """One store on disk. Open it with ``GitStore.open`` or create it with ``GitStore.init``."""

    def __init__(self, git_dir: Path) -> None:
        self.path = git_dir
        self._repo: Repo | None = None
        self._odb: GitDB | None = None
        self._writer = objects.ObjectWriter(git_dir)
        # Set while a batch is open (see ``batch``): the pack being gathered, the branch
        # as the batch has written it, and the branch as it is on disk.
        self._pack: PackWriter | None = None
        self._batch_head: bytes | None = None
        self._batch_base: bytes | None = None
        self._batch_every = 0
        self._batch_seconds: float | None = None
        self._batch_started = 0.0
        self._batch_pending = 0
        self._on_checkpoint: Callable[[], None] | None = None
        # Called once before a write waits for another writer (a watching pass holds the
        # writer lock from its first version to its last), so a command can say why it
        # is waiting instead of seeming to hang.
        self.on_wait: Callable[[], None] | None = None

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def init(cls, path: Path) -> GitStore:
        """Create a store at ``path`` (a bare repository); an existing store is reused."""
        if (path / _MARKER).is_file():
            return cls.open(path)
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise UserError(
                f"{path} exists and is not an empty folder; choose a new path for the store."
            )
        from git import Repo

        Repo.init(path, bare=True, mkdir=True, initial_branch="main").close()
        (path / _MARKER).parent.mkdir(exist_ok=True)
        (path / _MARKER).write_text(f"{FORMAT_VERSION}\n")
        return cls(path)

    @classmethod
    def open(cls, path: Path) -> GitStore:
        """Open an existing store, or say how to make one."""
        if not (path / _MARKER).is_file() or not (path / "objects").is_dir():
            raise StoreNotFoundError(
                f"No revtrack store at {path}; create one with 'revtrack init {path}' "
                "or name another with --store."
            )
        return cls(path)

    def close(self) -> None:
        """Release the repository handle (and any git processes it holds)."""
        if self._repo is not None:
            self._repo.close()
            self._repo = None

    def __enter__(self) -> GitStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def repo(self) -> Repo:
        """The GitPython repository, opened on first use (for ``git log``)."""
        if self._repo is None:
            from git import Repo

            self._repo = Repo(self.path)
        return self._repo

    # -- writing -------------------------------------------------------------------------

    def put(
        self,
        doc: Document,
        *,
        at: datetime,
        raw: bytes | None = None,
        event: str | None = None,
        detail: str = "",
        replacing: Version | None = None,
    ) -> Version | None:
        """Store ``doc`` as a new version observed at ``at``; None when nothing changed.

        ``raw`` (the fetched page) is kept beside the text in the same commit so the text
        can be extracted again later. Content identical to the article's current version
        makes no commit, whatever ``at`` says.

        ``event`` marks a version that is not a new observation of the page (``re-extracted``):
        its commit carries the event trailers and a line in the ``.events`` file, so diffs
        and the stealth-edit log can tell it from an edit. ``replacing`` makes the write
        conditional: when the article's current file is no longer the one of that
        version (another process stored a version meanwhile), nothing is written and
        ConcurrentChangeError is raised, so a derived text never lands on a newer one.
        """
        if not doc.url:
            raise InputError("The article has no URL; give one with --url.")
        url = canonical_url(doc.url)  # the one identity rule, whoever calls
        path = article_path(url)
        data = encode_document(replace(doc, url=url))
        at = _as_utc(at)
        with self._write_lock():
            head = self._head()
            tree = self._tree_of(head)
            current = self._entry(tree, path) if tree is not None else None
            if replacing is not None:
                before = self._tree_of(bytes.fromhex(replacing.commit))
                expected = objects.tree_entry(self._read, before, path) if before else None
                if current != expected:
                    raise ConcurrentChangeError(
                        f"{path} got a new version while this one was being made; try again."
                    )
            if current == objects.blob_sha(data):
                return None
            new_tree = self._set(tree, path, self._sink.write("blob", data))
            if raw is not None:
                new_tree = self._set(new_tree, sibling_path(path, RAW_SUFFIX), raw)
            trailers = {"Article": path, "Article-Url": url, "Observed-At": at.isoformat()}
            if doc.title:
                trailers["Article-Title"] = doc.title
            if event is not None:
                kind, detail = _one_line(event) or "event", _one_line(detail)
                new_tree = self._append_event(new_tree, path, kind, detail, at)
                trailers["Revtrack-Event"] = kind
                if detail:
                    trailers["Event-Detail"] = detail
            # The URL is in a trailer; a subject cut at 120 characters would keep only "https".
            subject = f"{path}: {doc.title}" if doc.title else path
            commit = self._commit(new_tree, head, subject, trailers, at)
        return Version(path, None, commit, at, url, doc.title, event)

    def record_event(self, article: str, kind: str, *, at: datetime, detail: str = "") -> Event:
        """Record that something happened to ``article`` (gone, back, flip, ...).

        Events are appended to a file beside the article, so plain ``git log`` on the
        article's files shows them in its history; the article's text is untouched.
        """
        at = _as_utc(at)
        kind = _one_line(kind) or "event"
        detail = _one_line(detail)
        with self._write_lock():
            head = self._head()
            new_tree = self._append_event(self._tree_of(head), article, kind, detail, at)
            trailers = {"Article": article, "Observed-At": at.isoformat(), "Revtrack-Event": kind}
            if detail:
                trailers["Event-Detail"] = detail
            commit = self._commit(new_tree, head, f"{article}: {kind}", trailers, at)
        return Event(article, commit, at, kind, detail)

    # -- reading -------------------------------------------------------------------------

    def articles(self) -> list[ArticleSummary]:
        """Every tracked article, with its version count and times, newest change first."""
        summaries = []
        for path, commits in self._commits_by_article().items():
            latest = max(commits, key=lambda c: c.observed_at)
            summaries.append(
                ArticleSummary(
                    path=path,
                    url=latest.url or "",
                    title=latest.title,
                    versions=len(commits),
                    first_seen=min(c.observed_at for c in commits),
                    last_changed=latest.observed_at,
                )
            )
        return sorted(summaries, key=lambda s: (s.last_changed, s.path), reverse=True)

    def versions(self, article: str) -> list[Version]:
        """The article's versions, oldest first, numbered from 1 by observation time."""
        # Every commit that touched the text is a version; one that also carries an event
        # (re-extracted) is a version all the same, labelled with it.
        return _numbered(article, self._log(article))

    def all_versions(self) -> dict[str, list[Version]]:
        """Every article's versions, from one read of the history.

        Asking ``versions`` article by article runs ``git log -- PATH`` each time, and
        each of those walks the whole history: a listing across the store (the
        correction log) would cost articles x commits. This reads the log once.
        """
        by_article = self._commits_by_article()
        return {path: _numbered(path, commits) for path, commits in by_article.items()}

    def _commits_by_article(self) -> dict[str, list[Commit]]:
        """The commits that touched each article's text, newest first, from one ``git log``."""
        seen: dict[str, list[Commit]] = {}
        for commit in self._log():
            for name in commit.files:
                if name.endswith(TEXT_SUFFIX):
                    seen.setdefault(name, []).append(commit)
        return seen

    def events(self, article: str) -> list[Event]:
        """Things recorded about the article that are not versions, oldest first."""
        commits = self._log(sibling_path(article, EVENTS_SUFFIX))
        found = [
            Event(article, c.sha, c.observed_at, c.event, c.detail)
            for c in commits
            if c.event is not None
        ]
        return sorted(found, key=lambda e: e.observed_at)

    def resolve_article(self, name: str) -> str:
        """The path of the one article ``name`` designates (URL, path, or a unique prefix)."""
        return resolve_article(name, self.articles())

    def resolve_version(self, article: str, ref: str | None) -> Version:
        """The version ``ref`` designates: N, -N, a commit prefix or a date (None: latest)."""
        return resolve_version(article, ref, self.versions(article))

    def read(self, version: Version) -> Document:
        """The document as stored in ``version``."""
        return decode_document(self.read_bytes(version))

    def read_bytes(self, version: Version) -> bytes:
        """The article's file as stored in ``version`` (front matter and text), undecoded."""
        tree = self._tree_of(bytes.fromhex(version.commit))
        blob = objects.tree_entry(self._read, tree, version.article) if tree else None
        if blob is None:
            raise UserError(f"Version {version.commit[:10]} has no file {version.article}.")
        return self._read(blob)

    def current(self, article: str) -> Document | None:
        """The article's text as the tip of the store holds it; None when it has none.

        This is the last version written, which is what a watching pass compares a new
        fetch with; it reads one tree path and no history, so it costs the same however
        many commits the store holds.
        """
        head = self._head()
        tree = self._tree_of(head) if head else None
        blob = self._entry(tree, article) if tree else None
        return decode_document(self._read(blob)) if blob else None

    def index_history(self) -> None:
        """Bring git's commit-graph up to date, with its changed-path filters.

        ``git log -- PATH`` (an article's versions) otherwise opens every commit of the
        store; with the Bloom filters it skips those that did not touch the path, which
        keeps one article's history fast as the store grows (see
        ``benchmarks/bench_history.py``). The graph is a cache: git ignores a stale or
        missing one, so a failure here loses nothing.
        """
        if objects.read_ref(self.path, BRANCH) is None:
            return
        from git.exc import GitCommandError

        with suppress(GitCommandError):
            self.repo.git.commit_graph("write", "--reachable", "--changed-paths", "--split")
        self.maintain()

    def maintain(self) -> None:
        """Merge the packs and loose objects that runs leave, with deltas between versions.

        Each batch checkpoint adds a pack and each loose write five objects; a batch
        rolls its packs up as it goes (``packs.roll_up``) but copies objects as they
        are, without looking for deltas. After a run, when the packs are not already a
        geometric progression, ``git repack --geometric=2`` rolls the small ones (the
        recent runs' and the loose objects) into one, finding deltas between versions of
        an article, and leaves the big ones alone, so the upkeep costs what the recent
        runs wrote, not the whole store as a full ``git gc`` would (minutes on a store of
        100,000 versions, in the middle of a cron run). ``git gc --auto`` still packs
        loose objects past git's own threshold; its pack-count trigger, which repacks
        everything, is turned off. It runs in the foreground, after the run's writes, so
        it never races the next run; like the commit-graph, a failure here loses nothing.
        """
        command = ["git", "--git-dir", str(self.path)]
        auto = ["-c", "gc.autoDetach=false", "-c", "gc.autoPackLimit=0", "gc", "--auto", "--quiet"]
        packs.roll_up(self.path, limit=1, deltas=True)
        with suppress(OSError):
            subprocess.run(  # noqa: S603  (git from the PATH, as GitPython runs it)
                [*command, *auto],
                capture_output=True,
                check=False,
            )

    def read_raw(self, version: Version) -> bytes | None:
        """The raw page kept with ``version``, if any was."""
        tree = self._tree_of(bytes.fromhex(version.commit))
        raw_path = sibling_path(version.article, RAW_SUFFIX)
        blob = objects.tree_entry(self._read, tree, raw_path) if tree else None
        return self._read(blob) if blob else None

    def page_of(self, version: Version) -> bytes | None:
        """The raw page ``version``'s text was extracted from; None when none was kept.

        Unlike ``read_raw``, this refuses a page left in the tree by an earlier version:
        a version stored without its page keeps its predecessor's ``.html`` beside it, and
        extracting that again would bring back older text. Going back from ``version``, the
        page must be written before any text that did not come from it (only
        re-extractions come from the page already there).
        """
        raw_path = sibling_path(version.article, RAW_SUFFIX)
        commits = self._log(version.article, raw_path)
        shas = [c.sha for c in commits]
        if version.commit not in shas:
            return None
        for commit in commits[shas.index(version.commit) :]:
            if raw_path in commit.files:
                return self.read_raw(version)
            if version.article in commit.files and commit.event != REEXTRACTED:
                return None
        return None

    # -- internals -----------------------------------------------------------------------

    def _read(self, sha: bytes) -> bytes:
        if self._pack is not None and (pending := self._pack.read(sha)) is not None:
            return pending
        # gitdb reads loose and packed objects in-process: no git subprocess to keep alive.
        if self._odb is None:
            from gitdb import GitDB

            self._odb = GitDB(str(self.path / "objects"))
        from gitdb.exc import BadObject

        try:
            data: bytes = self._odb.stream(sha).read()
        except (BadObject, OSError):
            # gitdb lists the packs once; a batch (another process's snapshot) may have
            # added one since, or ``git gc`` merged some. Look again, as git does, before
            # calling the object missing.
            self._odb.update_cache(force=True)
            data = self._odb.stream(sha).read()
        return data

    def _append_event(
        self, tree: bytes | None, article: str, kind: str, detail: str, at: datetime
    ) -> bytes:
        """``tree`` with one line added to the article's ``.events`` file."""
        events_path = sibling_path(article, EVENTS_SUFFIX)
        current = self._entry(tree, events_path) if tree else None
        before = self._read(current) if current else b""
        line = f"{at.isoformat()} {kind} {detail}".rstrip() + "\n"
        return self._set(tree, events_path, before + line.encode())

    def _entry(self, tree: bytes, path: str) -> bytes | None:
        """The SHA at ``path`` in ``tree`` (a tree of the tip: inside a batch, parsed once)."""
        if self._pack is not None:
            return self._pack.lookup(self._read, tree, path)
        return objects.tree_entry(self._read, tree, path)

    def _tree_of(self, commit: bytes | None) -> bytes | None:
        if commit is None:
            return None
        first_line = self._read(commit).split(b"\n", 1)[0]
        return bytes.fromhex(first_line.split(b" ", 1)[1].decode())

    def _set(self, tree: bytes | None, path: str, blob_or_data: bytes) -> bytes:
        blob = blob_or_data
        if len(blob_or_data) != 20:
            blob = self._sink.write("blob", blob_or_data)
        if self._pack is not None:
            return packs.write_tree_with(self._read, self._pack, tree, path, blob)
        return objects.write_tree_with(self._read, self._writer, tree, path, blob)

    def _commit(
        self,
        tree: bytes,
        parent: bytes | None,
        subject: str,
        trailers: dict[str, str],
        at: datetime,
    ) -> str:
        body = "\n".join(f"{k}: {_one_line(v)}" for k, v in trailers.items())
        message = f"{_one_line(subject)[:120]}\n\n{body}\n"
        raw = objects.commit_bytes(
            tree, parent, message, identity=IDENTITY, timestamp=int(at.timestamp())
        )
        sha = self._sink.write("commit", raw)
        if self._pack is None:
            objects.update_ref(self.path, BRANCH, sha, parent)
        else:
            self._batch_head = sha
            self._batch_pending += 1
            if self._batch_pending >= self._batch_every or self._batch_overdue():
                self._checkpoint()
        return sha.hex()

    def _log(self, *paths: str) -> list[Commit]:
        if objects.read_ref(self.path, BRANCH) is None:
            return []
        args = [BRANCH, "--format=%x1e%H%x1f%B%x1f", "--name-only", "--no-renames"]
        output: str = self.repo.git.log(*args, "--", *paths) if paths else self.repo.git.log(*args)
        return parse_log(output)

    @property
    def _sink(self) -> objects.ObjectWriter | PackWriter:
        return self._pack if self._pack is not None else self._writer

    def _head(self) -> bytes | None:
        """The branch as the next write builds on: inside a batch, its last commit."""
        if self._pack is not None:
            return self._batch_head
        return objects.read_ref(self.path, BRANCH)

    def _batch_overdue(self) -> bool:
        seconds = self._batch_seconds
        return seconds is not None and time.monotonic() - self._batch_started >= seconds

    @property
    def pending(self) -> int:
        """Versions and events written in the open batch that are not on the branch yet."""
        return self._batch_pending if self._pack is not None else 0

    def settle(self) -> None:
        """Mark a point where the caller's own records may catch up with the branch.

        Inside a batch: a checkpoint when the batch is overdue (``seconds``), and the
        ``on_checkpoint`` callback when nothing is pending, so a caller that keeps its
        records in step with the branch (a watching pass's state) never holds them back
        while no version is waiting. Outside a batch it does nothing.
        """
        if self._pack is None:
            return
        if self._batch_pending and self._batch_overdue():
            self._checkpoint()
        elif not self._batch_pending and self._on_checkpoint is not None:
            self._on_checkpoint()

    def _checkpoint(self) -> None:
        """Write the batch's objects as one pack, then move the branch to its last commit."""
        if self._pack is None:
            return
        written = self._pack.finish() is not None
        if written:
            self._odb = None  # gitdb lists packs once; let it find the new one
        if self._batch_head != self._batch_base and self._batch_head is not None:
            objects.update_ref(self.path, BRANCH, self._batch_head, self._batch_base)
            self._batch_base = self._batch_head
        if written and packs.roll_up(self.path):
            self._odb = None
        self._batch_pending = 0
        self._batch_started = time.monotonic()
        if self._on_checkpoint is not None:
            self._on_checkpoint()

    @contextmanager
    def batch(
        self,
        *,
        every: int = 1000,
        seconds: float | None = None,
        on_checkpoint: Callable[[], None] | None = None,
    ) -> Iterator[None]:
        """Store the versions written inside the block as packs, like ``git fast-import``.

        A version written here is a commit at once, but the branch moves only at a
        checkpoint: every ``every`` versions, at the first write ``seconds`` after the
        last checkpoint (when given), and when the block ends (also by an error, so what
        was written before it is kept). Until then a kill loses the versions of the
        current batch and leaves the branch on the last checkpoint's commit, so a caller
        reports versions as stored only once the block is left. ``on_checkpoint`` is
        called after each checkpoint: a caller that records what it stored elsewhere
        (a watching pass's state database) commits those records there, so they never
        run ahead of the branch. The writer lock is held for the whole block.
        """
        if self._pack is not None:  # already in a batch
            yield
            return
        with self._write_lock():
            self._pack = PackWriter(self.path)
            self._batch_every = max(every, 1)
            self._batch_seconds = seconds
            self._batch_started = time.monotonic()
            self._on_checkpoint = on_checkpoint
            self._batch_base = self._batch_head = objects.read_ref(self.path, BRANCH)
            try:
                yield
            finally:
                try:
                    self._checkpoint()
                finally:
                    self._pack = None
                    self._batch_pending = 0
                    self._on_checkpoint = None

    @contextmanager
    def _write_lock(self) -> Iterator[None]:
        if self._pack is not None:  # a batch holds it already
            yield
            return
        lock_path = self.path / "revtrack" / "write.lock"
        with open(lock_path, "a") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                # Another writer holds it: a watching pass holds it for the whole pass.
                if self.on_wait is not None:
                    self.on_wait()
                fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def _numbered(article: str, commits: list[Commit]) -> list[Version]:
    """Versions oldest first, numbered from 1 by observation time (``commits`` newest first)."""
    ordered = sorted(enumerate(reversed(commits)), key=lambda p: (p[1].observed_at, p[0]))
    return [
        Version(article, n, c.sha, c.observed_at, c.url or "", c.title, c.event)
        for n, (_i, c) in enumerate(ordered, start=1)
    ]


def _as_utc(at: datetime) -> datetime:
    return check_storable(at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(UTC)


def _one_line(text: str) -> str:
    return _UNSAFE_MESSAGE.sub(" ", text).strip()
