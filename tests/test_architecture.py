"""The library stays usable without the command line, and the command line stays thin."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import revtrack

PACKAGE = Path(revtrack.__file__).resolve().parent
CLI_ONLY = {"typer", "click", "rich"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_library_modules_never_import_the_cli_frameworks() -> None:
    """Only revtrack/cli imports typer or rich, so the library can be embedded anywhere."""
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(_imports(path) & CLI_ONLY)
        for path in PACKAGE.rglob("*.py")
        if "cli" not in path.relative_to(PACKAGE).parts and _imports(path) & CLI_ONLY
    }
    assert offenders == {}


def test_library_modules_never_print_or_exit() -> None:
    """Library code raises; printing and exit codes belong to the command line."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "cli" in path.relative_to(PACKAGE).parts or path.name == "__main__.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"print", "exit"}
            ):
                offenders.append(f"{path.name}:{node.lineno}")
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "exit"
                and getattr(node.value, "id", "") == "sys"
            ):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def test_module_entry_point_and_version() -> None:
    """python -m revtrack works and --version prints the package version."""
    result = subprocess.run(
        [sys.executable, "-m", "revtrack", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"revtrack {revtrack.__version__}"


def test_the_command_line_starts_without_the_heavy_libraries() -> None:
    """Every command pays for what `import revtrack.cli` loads: a quick `revtrack diff
    a.txt b.txt` must not wait for the config model, HTML extraction, HTTP or date parsing."""
    heavy = ["pydantic", "trafilatura", "httpx", "dateparser", "git", "lxml", "feedparser"]
    code = f"import sys, revtrack.cli; print(' '.join(m for m in {heavy!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []
