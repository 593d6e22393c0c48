"""plangraph load: read the plans and save the graph (plangraph.api.load)."""

from __future__ import annotations

import json
import sys

import click

from loaders import sample_data

from .. import api
from ..stores.base import StoreError
from .common import (json_option, overrides_option, partnership_option, paths_argument, store_from, store_option,
                     store_path_option, with_progress)

__all__ = ["command"]


@click.command("load")
@paths_argument
@store_option
@store_path_option
@overrides_option
@partnership_option
@json_option
def command(paths, store_name, store_path, overrides, partnership, as_json):
    """Read delivery plans and a strategy register, and save the graph.

    PATHS are .xlsx or .csv files, or folders of them; with none, the bundled
    Essex sample data is loaded. The plans are saved as one partnership's
    (--partnership, else the name the plans give), replacing that
    partnership's earlier load and no other. If a workbook cannot be read,
    nothing is saved and the graph loaded before is kept.

    Example: plangraph load "plans/2024" strategy.xlsx --partnership Westmere
    """
    store = store_from(store_name, store_path)
    try:
        result = with_progress(lambda cb: api.load(paths or [sample_data()], store, overrides=overrides,
                                                   partnership=partnership, on_workbook=cb), paths)
    except StoreError as exc:
        raise click.ClickException(f"{exc}\nNothing was saved: the graph loaded before is unchanged.") from None
    counts = api.summary(result)
    if as_json:
        click.echo(json.dumps({**counts, "partnership": result.partnership,
                               "saved_to": None if result.errors else store.describe()}, indent=1))
    else:
        _print_summary(counts)
        if result.errors:
            for problem in result.errors:
                click.echo(f"  {problem}", err=True)
        else:
            how = "" if result.partnership_named_by in ("given", "plangraph.toml") else \
                f" (named by {result.partnership_named_by}; --partnership NAME chooses another)"
            click.echo(f"Saved to {store.describe()} as partnership {result.partnership!r}{how}  "
                       "(details: plangraph check)")
    if result.errors:
        click.echo("Nothing was saved: the graph loaded before is unchanged.", err=True)
        sys.exit(1)


def _print_summary(counts: dict[str, int]) -> None:
    for name in ("plans", "areas", "workstreams", "tasks", "owners", "forums", "partners", "links"):
        click.echo(f"  {name:<12} {counts[name]:>5}")
    click.echo(f"  {'problems':<12} {counts['problems']:>5}  "
               f"({counts['errors']} errors, {counts['warnings']} warnings, {counts['notes']} notes)")
