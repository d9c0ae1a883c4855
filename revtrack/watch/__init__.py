"""Watching the web: state between runs, and one bounded pass over the sources."""
