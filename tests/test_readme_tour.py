"""The README's tour runs as written, from the top of a fresh copy of the repository."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def _tour_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    tour = readme.split("## A short tour", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^```\n(.*?)^```", tour, re.S | re.M)


def test_the_tour_runs_as_written(tmp_path: Path) -> None:
    """Every command of every block succeeds, in order, in one shell, with what a clone
    holds (config.yaml and the seeds): no file the reader does not have."""
    clone = tmp_path / "clone"
    clone.mkdir()
    shutil.copy(ROOT / "config.yaml", clone)
    shutil.copytree(ROOT / "seeds", clone / "seeds")
    blocks = _tour_blocks()
    assert len(blocks) >= 4
    script = "\n".join(
        ["set -euo pipefail", f'revtrack() {{ "{sys.executable}" -m revtrack "$@"; }}', *blocks]
    )
    run = subprocess.run(
        ["bash", "-c", script],
        cwd=clone,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "NO_COLOR": "1"},
    )
    assert run.returncode == 0, run.stderr
    assert "Grisham" in run.stdout and "verified" in run.stdout
    assert "*/1 * * *" not in run.stdout and "0 * * * * cd " in run.stdout
