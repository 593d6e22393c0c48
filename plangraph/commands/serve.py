"""plangraph serve: the explorer, a Streamlit app, in your browser (plangraph.api.serve)."""

from __future__ import annotations

import sys

import click

from .. import api
from .common import store_option

__all__ = ["command"]


@click.command("serve")
@click.option("--port", type=click.IntRange(1, 65535), default=8501, show_default=True,
              help="The port to serve the explorer on.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on. The default lets only this computer in; 0.0.0.0 lets the whole "
                   "network in, with no password: only do that on a network you trust.")
@store_option
def command(port, host, store_name):
    """Open the explorer: dependency chains, owners' workload and shared
    forums, in your browser at http://127.0.0.1:PORT.

    If nothing has been loaded yet, the bundled Essex plans are loaded first.
    Load your own workbooks with `plangraph load`, or upload them in the
    explorer's sidebar. Nothing is fetched from the internet. Stop it with
    Ctrl+C.

    Example: plangraph serve --port 8502
    """
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"plangraph explorer: http://{shown}:{port}  (Ctrl+C to stop)", err=True)
    sys.exit(api.serve(port, host, store_name))
