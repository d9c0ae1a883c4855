"""Every user mistake: one plain sentence on stderr, the right exit code, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Invoke


@pytest.fixture
def store(invoke: Invoke, tmp_path: Path) -> str:
    path = str(tmp_path / "store")
    invoke("init", path)
    return path


def _one_error_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("Error: ")
    return lines[0]


def test_unknown_article(invoke: Invoke, store: str, tmp_path: Path) -> None:
    """Naming an article that is not tracked says how to list the tracked ones."""
    page = tmp_path / "t.txt"
    page.write_text("x")
    invoke("snapshot", str(page), "--url", "https://example.com/a", "--store", store)
    result = invoke("log", "https://nowhere.example/story", "--store", store, code=2)
    assert _one_error_line(result.stderr) == (
        "Error: No tracked article matches 'https://nowhere.example/story'; "
        "run 'revtrack articles' to see their names."
    )


def test_missing_store(invoke: Invoke, tmp_path: Path) -> None:
    """A --store that is not a store says how to create one."""
    missing = tmp_path / "nope"
    result = invoke("articles", "--store", str(missing), code=2)
    assert _one_error_line(result.stderr) == (
        f"Error: No revtrack store at {missing}; create one with 'revtrack init {missing}' "
        "or name another with --store."
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty; give a file that holds the article's text or HTML."),
        (b"   \n\n ", "is empty; give a file that holds the article's text or HTML."),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "looks like a binary file; give an HTML page or a text file.",
        ),
        (
            b"caf\xe9 au lait",
            "is not valid UTF-8 (byte 3); convert it to UTF-8 first, for example with iconv.",
        ),
    ],
)
def test_bad_input_files(
    invoke: Invoke, store: str, tmp_path: Path, content: bytes, message: str
) -> None:
    """Empty, binary and non-UTF-8 files are refused with the reason and exit 2."""
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    result = invoke(
        "snapshot", str(path), "--url", "https://example.com/a", "--store", store, code=2
    )
    assert _one_error_line(result.stderr) == f"Error: {path} {message}"


def test_unreadable_file(invoke: Invoke, store: str, tmp_path: Path) -> None:
    """A path that does not exist is named."""
    missing = tmp_path / "gone.html"
    result = invoke(
        "snapshot", str(missing), "--url", "https://example.com/a", "--store", store, code=2
    )
    assert _one_error_line(result.stderr) == f"Error: {missing} does not exist; check the path."


def test_plain_text_without_url(invoke: Invoke, store: str, tmp_path: Path) -> None:
    """Plain text cannot name its own article, so --url is asked for."""
    path = tmp_path / "t.txt"
    path.write_text("Some text.")
    result = invoke("snapshot", str(path), "--store", store, code=2)
    assert _one_error_line(result.stderr) == (
        f"Error: {path} names no URL of its own; give the article's URL with --url."
    )


def test_bad_at(invoke: Invoke, store: str, tmp_path: Path) -> None:
    """An --at that is not a date says what format to use."""
    path = tmp_path / "t.txt"
    path.write_text("Some text.")
    result = invoke(
        "snapshot",
        str(path),
        "--url",
        "https://e.com/a",
        "--at",
        "yesterday-ish",
        "--store",
        store,
        code=2,
    )
    assert _one_error_line(result.stderr) == (
        "Error: 'yesterday-ish' is not a date and time; use ISO 8601, for example 2019-12-31T15:31Z."
    )


def test_some_inputs_failed_exits_1_and_keeps_the_rest(
    invoke: Invoke, store: str, tmp_path: Path
) -> None:
    """With several inputs, the good ones are stored and the exit code is 1."""
    good = tmp_path / "good.txt"
    good.write_text("Good text.")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = invoke(
        "snapshot", str(bad), str(good), "--url", "https://e.com/a", "--store", store, code=1
    )
    assert _one_error_line(result.stderr).startswith(f"Error: {bad} is empty")
    assert "Good text." in invoke("show", "https://e.com/a", "--store", store).stdout


def test_version_out_of_range(invoke: Invoke, store: str, tmp_path: Path) -> None:
    """@9 on a one-version article says which versions exist."""
    path = tmp_path / "t.txt"
    path.write_text("x")
    invoke("snapshot", str(path), "--url", "https://e.com/a", "--store", store)
    result = invoke("show", "https://e.com/a@9", "--store", store, code=2)
    assert "has 1 version, so @9 does not exist; use @1 (or @-1)" in _one_error_line(result.stderr)


def test_bad_config_names_file_line_and_column(invoke: Invoke) -> None:
    """A YAML syntax error in the config points at the place to fix."""
    Path("config.yaml").write_text("store: ./s\nsources:\n  articles: [a\n")
    result = invoke("articles", code=2)
    line = _one_error_line(result.stderr)
    assert line.startswith("Error: config.yaml is not valid YAML at line 4, column 1")


def test_unknown_config_key_lists_the_allowed_ones(invoke: Invoke) -> None:
    """A misspelt key is an error that names it and the keys allowed there."""
    Path("config.yaml").write_text("stor: ./s\n")
    result = invoke("articles", code=2)
    line = _one_error_line(result.stderr)
    assert line.startswith(
        "Error: config.yaml, line 1: unknown key 'stor' (did you mean 'store'?); "
        "allowed keys here are: store,"
    )


def test_missing_explicit_config(invoke: Invoke, tmp_path: Path) -> None:
    """--config pointing nowhere is reported, not silently replaced by defaults."""
    result = invoke("articles", "--config", str(tmp_path / "no.yaml"), code=2)
    assert _one_error_line(result.stderr) == (
        f"Error: Config file {tmp_path / 'no.yaml'} does not exist; check the --config path."
    )
