"""``revtrack reindex``: rebuild the store's index from its git history."""

from __future__ import annotations

from revtrack.cli._app import app
from revtrack.cli._common import ConfigOption, StoreOption, handles_errors, open_store, print_out


@app.command()
@handles_errors
def reindex(store: StoreOption = None, config: ConfigOption = None) -> None:
    """Rebuild the index the listing commands answer from, using the git history alone.

    Never needed in normal use: a missing, damaged or outdated index, or a branch moved
    with plain git, is noticed and caught up by the next command. The index is a cache;
    rebuilding it changes no answer.
    """
    from revtrack.cli._index import progress_bar
    from revtrack.index import Index

    with open_store(store, config) as opened, progress_bar() as progress:
        index = Index(opened, progress)
        try:
            index.reindex()
            count = len(index.articles())
        finally:
            index.close()
    print_out(f"Indexed {count} article{'s' if count != 1 else ''}.")
