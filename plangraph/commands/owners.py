"""plangraph owners: who holds how many tasks, who holds too many, and the
leadership report (plangraph.api.owners and plangraph.api.report)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import click

from .. import api
from ..stores.base import StoreError
from .common import (each_section, echo_json, echo_table, json_option, partnership_option, store_from, store_option,
                     store_path_option)

SPLITS = {"area": "by_area", "workstream": "by_workstream", "strand": "by_strand", "status": "by_status"}


@click.command("owners")
@click.option("--threshold", type=click.IntRange(min=0), default=None,
              help="More tasks than this is overloaded (default: more than twice the average per owner, "
                   "and more than 5).")
@click.option("--by", "split", type=click.Choice(sorted(SPLITS)), default="area", show_default=True,
              help="Split each owner's tasks by area, workstream, strand or status.")
@click.option("--xlsx", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the leadership report, an Excel workbook, to this file.")
@json_option
@store_option
@store_path_option
@partnership_option
def command(threshold, split, xlsx, as_json, store_name, store_path, partnership):
    """Show each owner's workload: tasks, open and shared tasks, who is
    overloaded, how much of each workstream rests on one owner, who is
    spread across areas, and how many tasks have no owner.

    Example: plangraph owners --by strand --xlsx owners.xlsx
    """
    store = store_from(store_name, store_path)
    try:
        if xlsx:  # first: a path that cannot be written is said before any work
            api.report(store, xlsx, threshold=threshold, partnership=partnership)
        found = api.owners(store, threshold=threshold, partnership=partnership)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        echo_json(found)
        return
    each_section(found, lambda one: _print(one, split), several="threshold" not in found)
    if xlsx:
        click.echo(f"\nWrote the leadership report to {xlsx}")


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {n}" for name, n in counts.items())


def _print(found: dict[str, Any], split: str) -> None:
    owners = found["owners"]
    click.echo(f"Owners (overloaded: more than {found['threshold']} tasks, marked *)")
    echo_table(["", "owner", "kind", "tasks", "over by", "open", "completed", "shared", f"by {split}"],
               [["*" if o.overloaded else "", o.name, o.kind, o.tasks, o.over_by if o.overloaded else "", o.open,
                 o.completed, o.shared, _counts(getattr(o, SPLITS[split]))] for o in owners], width=70)
    click.echo(f"{len(owners)} owners hold tasks; {sum(o.overloaded for o in owners)} overloaded")
    for o in owners:
        if o.unresolved:
            click.echo(f"  {o.name}: {o.unresolved}")
    click.echo("\nConcentration: the share of each workstream held by its busiest owner (* more than half)")
    echo_table(["", "workstream", "tasks", "busiest owner", "holds", "share"],
               [["*" if c.flagged else "", c.workstream, c.tasks, c.top_name or "(no owner)", c.top_tasks,
                 f"{c.share:.0%}"] for c in found["concentration"]])
    click.echo("\nSpread: owners with tasks in or leading two areas or more")
    echo_table(["owner", "tasks", "tasks by area", "leads"],
               [[o.name, o.tasks, _counts(o.by_area), o.leads] for o in found["spread"]], width=70)
    per_workstream = Counter(key.rpartition("#")[0] for key in found["unowned"])
    click.echo(f"\nUnowned tasks: {len(found['unowned'])}"
               + (f" ({_counts(dict(per_workstream.most_common()))})" if per_workstream else ""))
