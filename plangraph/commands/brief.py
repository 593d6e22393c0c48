"""plangraph brief: the board briefing, one HTML file (plangraph.api.brief)."""

from __future__ import annotations

from pathlib import Path

import click

from .. import api
from .common import partnership_option, store_from, store_option, store_path_option

__all__ = ["command"]


@click.command("brief")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The HTML file to write.")
@store_option
@store_path_option
@partnership_option
def command(output, store_name, store_path, partnership):
    """Write a briefing for the board: overloaded owners, chains at risk and
    the slips that would hurt most, shared forums and overlap, and what the
    plans are missing, each finding with its workbook, sheet and cell. One
    HTML file that needs no network and runs no script: it opens from a USB
    stick and prints to A4.

    Example: plangraph brief --output brief.html
    """
    facts = api.brief(store_from(store_name, store_path), output, partnership=partnership)
    click.echo(f"Wrote the briefing of {facts.partnership} ({facts.tasks} tasks, {facts.overloaded} overloaded "
               f"owners, {len(facts.clashes)} date clashes) to {output}")
