"""``revtrack cron``: ready-to-paste scheduling for the watching run."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Invoke


def test_cron_prints_a_crontab_line_and_systemd_units_with_absolute_paths(
    invoke: Invoke, tmp_path: Path
) -> None:
    """The output names the config by its absolute path, every 15 minutes by default."""
    config = tmp_path / "my config.yaml"
    config.write_text("store: ./store\n")
    out = invoke("cron", "--config", str(config)).stdout
    crontab = next(line for line in out.splitlines() if line.startswith("*/15 "))
    assert f"snapshot --config '{config.resolve()}'" in crontab
    assert "OnUnitActiveSec=15min" in out
    assert f"WorkingDirectory={tmp_path.resolve()}" in out
    assert "ExecStart=/" in out


def test_cron_takes_another_interval(invoke: Invoke, tmp_path: Path) -> None:
    """--every 5 gives a five-minute crontab line and timer."""
    config = tmp_path / "config.yaml"
    config.write_text("store: ./store\n")
    out = invoke("cron", "--config", str(config), "--every", "5").stdout
    assert "\n*/5 * * * * cd " in out
    assert "OnUnitActiveSec=5min" in out


def test_cron_with_a_missing_config_is_one_sentence(invoke: Invoke, tmp_path: Path) -> None:
    """Naming a config that does not exist is a plain error, exit 2."""
    result = invoke("cron", "--config", str(tmp_path / "missing.yaml"), code=2)
    assert "does not exist" in result.stderr
