"""plangraph coverage: tasks per area and strand, and the strategy's aims with
the tasks that seem to serve them (plangraph.api.coverage)."""

from __future__ import annotations

import click

from graphmodel import STRANDS
from analyses.coverage import MIN_AIM_SCORE, CoverageOverview

from .. import api
from ..outputs.tables import cell_text
from .common import (each_section, echo_json, echo_table, json_option, partnership_option, store_from, store_option,
                     store_path_option)

GAP = "--"  # how the grid marks a strand with no task


@click.command("coverage")
@click.option("--top", type=click.IntRange(min=1), default=3, show_default=True,
              help="Show at most N likely tasks for each aim.")
@click.option("--min-score", type=click.FloatRange(0, 1), default=MIN_AIM_SCORE, show_default=True,
              help="Words an aim and a task must share (overlap) for the task to count as serving it.")
@json_option
@store_option
@store_path_option
@partnership_option
def command(top, min_score, as_json, store_name, store_path, partnership):
    """Show how the tasks cover the strategy: the number of tasks of each
    area in each strand (gaps marked --), each strategic aim with the tasks
    whose words match it, and the aims no task appears to serve. Matches by
    words are suggestions, for a person to confirm.

    Example: plangraph coverage --top 1
    """
    found = api.coverage(store_from(store_name, store_path), top=top, min_score=min_score, partnership=partnership)
    if as_json:
        echo_json(found)
    else:
        each_section(found, _print, several=isinstance(found, dict))


def _print(found: CoverageOverview) -> None:
    click.echo("Tasks per area and strand (-- : no task)")
    rows = [[area, *(n or GAP for n in row.values())] for area, row in found.grid.items()]
    if found.no_workstream:
        rows = [row + ["no workstream" if row[0] in found.no_workstream else ""] for row in rows]
    echo_table(["area", *STRANDS, ""][: len(rows[0]) if rows else 5], rows)
    click.echo(f"{len(found.gaps)} gaps")
    click.echo("\nAims and the tasks that seem to serve them (score: words shared)")
    for aim in found.aims:
        click.echo(f"{aim.aim}: {cell_text(aim.text, 90)}")
        for match in aim.tasks:
            click.echo(f"    {match.score:.3f}  {match.task}  ({', '.join(match.shared)})")
        if not aim.tasks:
            click.echo("    no task found")
    click.echo(f"\nAims no task appears to serve ({len(found.unserved)} of {len(found.aims)})")
    for aim in found.unserved:
        click.echo(f"  {aim.aim}: {cell_text(aim.text, 90)}")
