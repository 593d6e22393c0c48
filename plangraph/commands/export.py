"""plangraph export: a partnership's graph as a file for other tools (plangraph.api.export)."""

from __future__ import annotations

from pathlib import Path

import click

from graphmodel.exchange import FORMATS

from .. import api
from ..stores.base import StoreError
from .common import partnership_option, store_from, store_option, store_path_option

__all__ = ["command"]


@click.command("export")
@click.option("--format", "format_", type=click.Choice(sorted(FORMATS)), default="json", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), required=True)
@store_option
@store_path_option
@partnership_option
def command(format_, output, store_name, store_path, partnership):
    """Write the loaded graph to a file: networkx node-link JSON, or GraphML
    and GEXF for Gephi and yEd.

    Example: plangraph export --format graphml --output plans.graphml
    """
    try:
        graph = api.export(store_from(store_name, store_path), output, format_, partnership=partnership)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Wrote {len(graph)} nodes and {len(graph.relationships())} relationships to {output}")
