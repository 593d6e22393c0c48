"""plangraph diff: what changed between two versions of a plan (plangraph.api.diff)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from loaders.workbooks.cells import WorkbookError

from .. import api
from ..outputs.tables import cell_text
from .common import json_option

__all__ = ["command"]


@click.command("diff")
@click.argument("old", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("new", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@json_option
def command(old, new, as_json):
    """List tasks added, removed and changed (owner, dates, text) between two
    versions of a plan workbook.

    Example: plangraph diff "DA plan.xlsx" "DA plan - updated.xlsx"
    """
    try:
        changes = api.diff(old, new)
    except WorkbookError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps([c.as_dict() for c in changes], indent=1, ensure_ascii=False))
        return
    for c in changes:
        if c.change.startswith("workstream"):
            click.echo(f"{c.workstream}: {c.change}")
        elif c.change == "changed":
            click.echo(f"{c.workstream} #{c.ref}: {c.field}: {cell_text(c.old, 70)!r} -> {cell_text(c.new, 70)!r}")
        else:
            click.echo(f"{c.workstream} #{c.ref}: {c.change}: {cell_text(c.old or c.new, 70)!r}")
    click.echo(f"{len(changes)} changes")
