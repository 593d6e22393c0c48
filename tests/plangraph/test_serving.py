"""plangraph serve: the Streamlit command line it runs."""

from __future__ import annotations

import os

from click.testing import CliRunner

import explorer
from plangraph import serving
from plangraph.commands import serve


def _option(cmd: list[str], name: str) -> str:
    return cmd[cmd.index(name) + 1]


def test_streamlit_runs_the_installed_app_locally_headless_and_quiet():
    cmd = serving.streamlit_command(8502, "127.0.0.1")
    assert cmd[1:4] == ["-m", "streamlit", "run"]
    assert cmd[4] == os.path.join(os.path.dirname(explorer.__file__), "app.py")
    assert _option(cmd, "--server.address") == "127.0.0.1" and _option(cmd, "--server.port") == "8502"
    assert _option(cmd, "--server.headless") == "true"
    assert _option(cmd, "--browser.gatherUsageStats") == "false"
    assert _option(cmd, "--server.maxUploadSize") == "20"
    assert _option(cmd, "--client.showErrorDetails") == "none"  # no traceback, no server path, in a page


def test_serve_passes_the_store_and_port_to_streamlit(monkeypatch):
    ran = {}

    def execve(path, argv, env):
        ran.update(path=path, argv=argv, env=env)
        raise SystemExit(0)

    monkeypatch.setattr(serving.os, "execve", execve)
    monkeypatch.setattr(serving.subprocess, "call", lambda argv, env: execve(argv[0], argv, env))
    result = CliRunner().invoke(serve.command, ["--port", "8765", "--store", "neo4j"])
    assert result.exit_code == 0
    assert _option(ran["argv"], "--server.port") == "8765"
    assert _option(ran["argv"], "--server.address") == "127.0.0.1"
    assert ran["env"]["PLANGRAPH_STORE"] == "neo4j"
    assert "http://127.0.0.1:8765" in result.output


def test_serve_help_has_an_example():
    assert "Example: plangraph serve --port 8502" in serve.command.help
    result = CliRunner().invoke(serve.command, ["--port", "0"])
    assert result.exit_code == 2  # not a port
