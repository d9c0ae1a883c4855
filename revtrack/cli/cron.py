"""``revtrack cron``: a crontab line and a systemd timer for the watching run."""

from __future__ import annotations

import re
import shlex
import shutil
import sys
from pathlib import Path
from typing import Annotated

import typer

from revtrack.cli._app import app
from revtrack.cli._common import ConfigOption, handles_errors
from revtrack.cli._output import emit
from revtrack.errors import ConfigError, UserError

_LIMITS = {"m": 59, "h": 23, "d": 31}


def _command(config: Path) -> str:
    script = shutil.which("revtrack")
    program = [str(Path(script).resolve())] if script else [sys.executable, "-m", "revtrack"]
    return shlex.join([*program, "snapshot", "--config", str(config)])


@app.command()
@handles_errors
def cron(
    config: ConfigOption = None,
    every: Annotated[
        str,
        typer.Option(
            "--every",
            metavar="INTERVAL",
            help="Time between runs: minutes (15, 15m: 1 to 59), hours (1h to 23h) or days "
            "(1d to 31d).",
        ),
    ] = "15m",
) -> None:
    """Print a crontab line and a systemd service and timer that run the watching pass."""
    amount, unit = _interval(every)
    from revtrack.config import find_config  # pydantic: kept off every command's start-up

    found = find_config(config)
    if found is None:
        raise ConfigError(
            "No config file found; write one (see config.yaml) and name it with --config."
        )
    path = found.resolve()
    command = _command(path)
    workdir = shlex.quote(str(path.parent))
    words = {"m": "minute", "h": "hour", "d": "day"}[unit]
    spoken = f"{words}" if amount == 1 else f"{amount} {words}s"
    schedule = {
        "m": f"*/{amount} * * * *",
        "h": f"0 */{amount} * * *" if amount > 1 else "0 * * * *",
        "d": f"0 0 */{amount} * *" if amount > 1 else "0 0 * * *",
    }[unit]
    systemd = {"m": f"{amount}min", "h": f"{amount}h", "d": f"{amount}d"}[unit]
    emit(
        f"""# crontab (crontab -e): a watching pass every {spoken}
{schedule} cd {workdir} && {command}

# systemd: ~/.config/systemd/user/revtrack.service
[Unit]
Description=revtrack watching pass

[Service]
Type=oneshot
WorkingDirectory={path.parent}
ExecStart={command}

# systemd: ~/.config/systemd/user/revtrack.timer
# then: systemctl --user enable --now revtrack.timer
[Unit]
Description=Run revtrack every {spoken}

[Timer]
OnBootSec=2min
OnUnitActiveSec={systemd}

[Install]
WantedBy=timers.target"""
    )


def _interval(text: str) -> tuple[int, str]:
    """``15``, ``15m``, ``2h`` or ``1d`` as (amount, unit), within what cron can repeat."""
    match = re.fullmatch(r"\s*(\d{1,3})\s*(m|min|h|d)?\s*", text.lower())
    unit = (match.group(2) or "m")[0] if match else ""
    if match is None or not 1 <= int(match.group(1)) <= _LIMITS[unit]:
        raise UserError(
            f"--every {text} is not an interval cron can repeat; give minutes (1 to 59, "
            "e.g. 15m), hours (1h to 23h) or days (1d to 31d)."
        )
    return int(match.group(1)), unit
