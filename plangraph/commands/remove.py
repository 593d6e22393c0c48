"""plangraph remove: take a partnership's plans, or one workbook of them, out of the store (plangraph.api.remove)."""

from __future__ import annotations

import click

from .. import api
from .common import store_from, store_option, store_path_option

__all__ = ["command"]


@click.command("remove")
@click.argument("partnership")
@click.option("--file", "file_", default=None,
              help="Only what was read from this workbook (its file name, as `plangraph check` shows it).")
@store_option
@store_path_option
def command(partnership, file_, store_name, store_path):
    """Take PARTNERSHIP's plans out of the store, or, with --file, only what
    was read from one of its workbooks (its tasks, workstreams and what
    only they referred to). Other partnerships are left as they are.

    Example: plangraph remove Essex --file "Crime Prevention 4P (Burglary & Robbery).xlsx"
    """
    store = store_from(store_name, store_path)
    api.remove(store, partnership, file=file_)
    click.echo(f"Removed {file_ + ' from ' if file_ else ''}partnership {partnership!r} in {store.describe()}")
