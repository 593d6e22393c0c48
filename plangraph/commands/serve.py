"""plangraph serve: the explorer, a Streamlit app, in your browser."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click

from ..config import STORES

__all__ = ["command", "streamlit_command", "MAX_UPLOAD_MB"]

MAX_UPLOAD_MB = 20  # a year of plans is a few MB; anything bigger is a mistake


def app_path() -> Path:
    """The installed explorer's main script."""
    import explorer

    return Path(explorer.__file__).resolve().parent / "app.py"


def streamlit_command(port: int, host: str) -> list[str]:
    """The ``streamlit run`` command line: headless, bound to ``host``, no
    usage statistics sent, small uploads only, no file watching.

    Examples
    --------
    >>> cmd = streamlit_command(8502, "127.0.0.1")
    >>> cmd[1:4], cmd[cmd.index("--server.port") + 1], cmd[cmd.index("--browser.gatherUsageStats") + 1]
    (['-m', 'streamlit', 'run'], '8502', 'false')
    """
    return [
        sys.executable, "-m", "streamlit", "run", str(app_path()),
        "--server.address", host,
        "--server.port", str(port),
        "--server.headless", "true",
        "--browser.gatherUsageStats", "false",
        "--server.maxUploadSize", str(MAX_UPLOAD_MB),
        "--server.fileWatcherType", "none",
        "--server.runOnSave", "false",
        "--client.toolbarMode", "viewer",
        "--theme.base", "light",
    ]


@click.command("serve")
@click.option("--port", type=click.IntRange(1, 65535), default=8501, show_default=True,
              help="The port to serve the explorer on.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on. The default lets only this computer in; 0.0.0.0 lets the whole "
                   "network in, with no password: only do that on a network you trust.")
@click.option("--store", "store_name", type=click.Choice(STORES), default=None,
              help="Read the graph from: embedded (default) or neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD).")
def command(port, host, store_name):
    """Open the explorer: dependency chains, owners' workload and shared
    forums, in your browser at http://127.0.0.1:PORT.

    If nothing has been loaded yet, the bundled Essex plans are loaded first.
    Load your own workbooks with `plangraph load`, or upload them in the
    explorer's sidebar. Nothing is fetched from the internet. Stop it with
    Ctrl+C.

    Example: plangraph serve --port 8502
    """
    env = dict(os.environ)
    if store_name:
        env["PLANGRAPH_STORE"] = store_name
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"plangraph explorer: http://{shown}:{port}  (Ctrl+C to stop)", err=True)
    cmd = streamlit_command(port, host)
    if os.name == "posix":
        # Become Streamlit, so stopping this process stops the server.
        sys.stdout.flush()
        sys.stderr.flush()
        os.execve(sys.executable, cmd, env)
    try:
        sys.exit(subprocess.call(cmd, env=env))
    except KeyboardInterrupt:
        sys.exit(130)
