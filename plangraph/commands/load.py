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
@click.option("--strict", is_flag=True,
              help="Save nothing if any file cannot be read (by default the others are saved without it, and it "
                   "is named).")
@json_option
def command(paths, store_name, store_path, overrides, partnership, strict, as_json):
    """Read delivery plans and a strategy register, and save the graph.

    PATHS are .xlsx or .csv files, or folders of them; with none, the bundled
    Essex sample data is loaded. The plans are saved as one partnership's
    (--partnership, else the name the plans give), replacing that
    partnership's earlier load and no other. A file that cannot be read is
    named, and the rest saved without it (--strict saves nothing then).
    If no task is found, nothing is saved and the graph loaded before is
    kept. One load runs at a time: a second waits for the first.

    Example: plangraph load "plans/2024" strategy.xlsx --partnership Westmere
    """
    store = store_from(store_name, store_path)

    def waiting(who: dict) -> None:
        click.echo(f"Waiting for another load to finish ({who.get('what', 'a load')}, since "
                   f"{who.get('since', '?')})…", err=True)

    try:
        loaded = with_progress(lambda cb: api.load(paths or [sample_data()], store, overrides=overrides,
                                                   partnership=partnership, strict=strict, on_workbook=cb,
                                                   on_wait=waiting), paths)
    except (StoreError, api.LoadBusy) as exc:
        raise click.ClickException(f"{exc}\nNothing was saved: the graph loaded before is unchanged.") from None
    counts = api.summary(loaded.result)
    if as_json:
        click.echo(json.dumps({**counts, "partnership": loaded.partnership, "saved": loaded.saved,
                               "refused": loaded.refused, "unreadable": [p.as_dict() for p in loaded.unreadable],
                               "saved_to": store.describe() if loaded.saved else None}, indent=1))
    else:
        _print_summary(counts)
        _say_what_happened(loaded, store.describe())
    if not loaded.saved:
        sys.exit(1)


def _say_what_happened(loaded: "api.Loaded", where: str) -> None:
    for problem in loaded.result.errors:
        click.echo(f"  {problem}", err=True)
    if not loaded.saved:
        click.echo(f"Nothing was saved ({loaded.refused}): the graph loaded before is unchanged.", err=True)
        return
    how = "" if loaded.result.partnership_named_by in ("given", "plangraph.toml") else \
        f" (named by {loaded.result.partnership_named_by}; --partnership NAME chooses another)"
    click.echo(f"Saved to {where} as partnership {loaded.partnership!r}{how}  (details: plangraph check)")
    if loaded.unreadable:
        n = len(loaded.unreadable)
        click.echo(f"Saved without {n} file{'s' if n != 1 else ''} that could not be read (named above): the "
                   "plans in them are not in the graph. Use --strict to save nothing in that case.", err=True)


def _print_summary(counts: dict[str, int]) -> None:
    for name in ("plans", "areas", "workstreams", "tasks", "owners", "forums", "partners", "links"):
        click.echo(f"  {name:<12} {counts[name]:>5}")
    click.echo(f"  {'problems':<12} {counts['problems']:>5}  "
               f"({counts['errors']} errors, {counts['warnings']} warnings, {counts['notes']} notes)")
