"""plangraph annotate: the plans handed back with what plangraph read beside each task (plangraph.api.annotate)."""

from __future__ import annotations

from pathlib import Path

import click

from loaders import sample_data

from .. import api
from .common import overrides_option, partnership_option, paths_argument

__all__ = ["command"]


@click.command("annotate")
@paths_argument
@click.option("--output", "-o", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="The folder to write the annotated copies into (never the plans' own folder).")
@overrides_option
@partnership_option
def command(paths, output, overrides, partnership):
    """Write a copy of each workbook with, beside every task table, what
    plangraph read from each row: Waits on, Needed by, Owner as one name,
    Due (read as), Status (read as) and its Problems; and a first sheet,
    "Read by plangraph", with the problems of no one row. The plan's own
    cells are untouched, and loading a copy reads the plan, not the notes.

    PATHS are .xlsx or .csv files, or folders of them (the bundled Essex
    data with none).

    Example: plangraph annotate plans/2024 --output plans/annotated
    """
    written = api.annotate(paths or [sample_data()], output, overrides=overrides, partnership=partnership)
    for path in written:
        click.echo(f"  {path}")
    click.echo(f"Wrote {len(written)} annotated cop{'y' if len(written) == 1 else 'ies'} into {output}")
