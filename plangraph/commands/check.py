"""plangraph check: every problem, with file, sheet and cell (plangraph.api.check)."""

from __future__ import annotations

import json
import sys
from collections import Counter

import click

from .. import api
from ..stores.base import StoreError
from .common import (json_option, overrides_option, partnership_option, paths_argument, store_from, store_option,
                     store_path_option, with_progress)

__all__ = ["command"]

_ORDER = ["error", "warning", "info"]


@click.command("check")
@paths_argument
@overrides_option
@store_option
@store_path_option
@partnership_option
@json_option
@click.option("--severity", type=click.Choice(_ORDER), default="info",
              help="Show problems of this severity and worse (default: all).")
def command(paths, overrides, store_name, store_path, partnership, as_json, severity):
    """List every problem in the plans, with file, sheet and cell.

    With PATHS, reads those workbooks (saving nothing); with none, lists the
    problems of the graph last loaded (saved with it by `plangraph load`).
    Exits 1 if a workbook could not be read at all.

    Example: plangraph check --severity warning plans/
    """
    try:
        if paths:
            problems = with_progress(lambda cb: api.check(paths, overrides=overrides, partnership=partnership,
                                                          on_workbook=cb), paths)
        else:
            problems = api.check(store=store_from(store_name, store_path), partnership=partnership)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    shown = [p for p in problems if _ORDER.index(p.severity) <= _ORDER.index(severity)]
    if as_json:
        click.echo(json.dumps([p.as_dict() for p in shown], indent=1, ensure_ascii=False))
    else:
        for problem in shown:
            click.echo(str(problem))
        count = Counter(p.severity for p in problems)
        click.echo(f"{count['error']} errors, {count['warning']} warnings, {count['info']} notes")
    sys.exit(1 if any(p.severity == "error" for p in problems) else 0)
