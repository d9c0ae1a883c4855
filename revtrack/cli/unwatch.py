"""``revtrack unwatch``: stop checking an article; what was stored stays."""

from __future__ import annotations

from revtrack.cli._app import app
from revtrack.cli._common import (
    ArticleArgument,
    ConfigOption,
    StoreOption,
    handles_errors,
    load_settings,
    open_store,
)
from revtrack.cli._output import emit, emit_warning


@app.command()
@handles_errors
def unwatch(
    article: ArticleArgument,
    store: StoreOption = None,
    config: ConfigOption = None,
) -> None:
    """Stop checking an article in watching passes; its stored versions stay.

    Every URL the article is watched under is stopped, even when a feed still lists it;
    'revtrack snapshot URL' watches it again.
    """
    from revtrack.cli._index import query_index
    from revtrack.store.refs import utc_now
    from revtrack.urls import canonical_url
    from revtrack.watch.state import WatchState
    from revtrack.watch.unwatch import unwatch as stop

    with open_store(store, config) as opened, query_index(opened) as index:
        articles = index.articles()
        with WatchState(opened.path) as state:
            done = stop(state, articles, article, now=utc_now())
    kept = (
        f"its {done.versions} stored version{' stays' if done.versions == 1 else 's stay'} "
        f"('revtrack log {done.path}')"
        if done.path and done.versions
        else "nothing of it was stored"
    )
    if done.urls:
        emit(
            f"Stopped watching {', '.join(done.urls)}; {kept}. "
            f"'revtrack snapshot {done.urls[0]}' watches it again."
        )
    elif done.already:
        emit(f"{', '.join(done.already)} was unwatched already; {kept}.")
    else:
        emit(f"{done.path} is stored but not watched, so there was nothing to stop; {kept}.")
    if store is None or config is not None:
        # The config names the store then, so it is read anyway; a config entry would
        # read as watched when it is not.
        listed = {canonical_url(u) for u in load_settings(config).sources.articles}
        for url in (*done.urls, *done.already):
            if url in listed:
                emit_warning(
                    f"{url} is still listed under sources.articles in the config; remove it "
                    "there too (it is not checked while unwatched)."
                )
