"""The version of what the index computes: a hash of the code that computes it.

Changes, notices, their verification and the stealth-edit list are whatever the differ
and the notice parser make of the stored texts. Those modules change often, and a cache
that outlived a change to them would answer with the old code's results. So the index
records a hash of their sources, and rows made under another hash are computed again
(``revtrack.index``). Hashing the files rather than keeping a hand-bumped constant means
nobody has to remember to bump it.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import revtrack

_PACKAGE = Path(revtrack.__file__).resolve().parent
# Everything the derived rows depend on: the differ, the notice parser and the language
# data both use, the correction log, the stored-text format, and this package's own
# derivation. A module added to one of these folders is covered by the folder.
COMPUTATION_SOURCES = (
    "diff",
    "notices",
    "lang",
    "corrections.py",
    "textnorm.py",
    "sentences.py",
    "blocks.py",
    "store/records.py",
    "index/derive.py",
    "index/codec.py",
)


@functools.cache
def computation_version() -> str:
    """A short hash of the sources of every module the derived rows depend on."""
    digest = hashlib.sha256()
    for name in COMPUTATION_SOURCES:
        target = _PACKAGE / name
        files = sorted(target.rglob("*.py")) if target.is_dir() else [target]
        for path in files:
            if path.is_file():
                digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
