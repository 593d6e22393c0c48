"""Starting the explorer, a Streamlit app, from the command line.

Examples
--------
>>> cmd = streamlit_command(8502, "127.0.0.1")
>>> cmd[1:4], cmd[cmd.index("--server.port") + 1], cmd[cmd.index("--browser.gatherUsageStats") + 1]
(['-m', 'streamlit', 'run'], '8502', 'false')
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from .config import MAX_UPLOAD_MB

__all__ = ["app_path", "streamlit_command", "serve"]


def app_path() -> Path:
    """The installed explorer's main script (found, not imported: the explorer sits above the library)."""
    spec = importlib.util.find_spec("explorer")
    assert spec is not None and spec.origin is not None, "the explorer is not installed"
    return Path(spec.origin).resolve().parent / "app.py"


def streamlit_command(port: int, host: str) -> list[str]:
    """The ``streamlit run`` command line: headless, bound to ``host``, no
    usage statistics sent, small uploads only, no file watching."""
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
        "--client.showErrorDetails", "none",  # never a traceback, with this server's paths, in a page
    ]


def serve(port: int = 8501, host: str = "127.0.0.1", store_name: str | None = None) -> int:
    """Run the explorer until stopped. On POSIX this process becomes
    Streamlit, so stopping it stops the server; elsewhere the exit code is returned."""
    env = dict(os.environ)
    if store_name:
        env["PLANGRAPH_STORE"] = store_name
    cmd = streamlit_command(port, host)
    if os.name == "posix":
        sys.stdout.flush()
        sys.stderr.flush()
        os.execve(sys.executable, cmd, env)
    try:
        return subprocess.call(cmd, env=env)
    except KeyboardInterrupt:
        return 130
