"""``revtrack cron``: a crontab line and a systemd timer for the watching run."""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path
from typing import Annotated

import typer

from revtrack.cli._app import app
from revtrack.cli._common import ConfigOption, handles_errors, print_out
from revtrack.errors import ConfigError


def _command(config: Path) -> str:
    script = shutil.which("revtrack")
    program = [str(Path(script).resolve())] if script else [sys.executable, "-m", "revtrack"]
    return shlex.join([*program, "snapshot", "--config", str(config)])


@app.command()
@handles_errors
def cron(
    config: ConfigOption = None,
    every: Annotated[
        int, typer.Option("--every", min=1, max=59, help="Minutes between runs.")
    ] = 15,
) -> None:
    """Print a crontab line and a systemd service and timer that run the watching pass."""
    from revtrack.config import find_config  # pydantic: kept off every command's start-up

    found = find_config(config)
    if found is None:
        raise ConfigError(
            "No config file found; write one (see config.yaml) and name it with --config."
        )
    path = found.resolve()
    command = _command(path)
    workdir = shlex.quote(str(path.parent))
    print_out(
        f"""# crontab (crontab -e): a watching pass every {every} minutes
*/{every} * * * * cd {workdir} && {command}

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
Description=Run revtrack every {every} minutes

[Timer]
OnBootSec=2min
OnUnitActiveSec={every}min

[Install]
WantedBy=timers.target"""
    )
