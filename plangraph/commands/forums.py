"""plangraph forums: the forums and partners areas share, and where the
strategy and the tasks disagree (plangraph.api.forums)."""

from __future__ import annotations

import click

from analyses.forums import SOURCES, ForumDetail, ForumOverview

from .. import api
from ..outputs.tables import join_names
from .common import echo_json, echo_table, json_option, partnership_option, store_from, store_option, store_path_option


@click.command("forums")
@click.option("--area", default=None, help="Only what involves this area (any case).")
@click.option("--source", type=click.Choice(SOURCES), default="strategy", show_default=True,
              help="An area's forums as the strategy lists them, or as its tasks name them.")
@click.option("--forum", default=None,
              help="Show one forum or partner (name, acronym or alias): its areas, workstreams, tasks and owners.")
@json_option
@store_option
@store_path_option
@partnership_option
def command(area, source, forum, as_json, store_name, store_path, partnership):
    """Show the forums and partners several areas work through, which areas
    share the most, and the forums the strategy lists but no task names (or
    tasks name but the strategy does not list).

    Example: plangraph forums --area "Hate Crime" --source tasks
    """
    if forum and area:
        raise click.UsageError("give --forum or --area, not both")
    store = store_from(store_name, store_path)
    try:
        found = api.forums(store, area=area, source=source, forum=forum, partnership=partnership)
    except KeyError as exc:
        raise click.ClickException(exc.args[0]) from None
    if as_json:
        echo_json(found)
    elif isinstance(found, ForumDetail):
        _print_detail(found)
    else:
        _print_overview(found)


def _print_overview(found: ForumOverview) -> None:
    where = "the strategy" if found.source == "strategy" else "the tasks"
    if found.area:
        row = found.forums[found.area]
        click.echo(f"{found.area} works through ({where}): {join_names(row) or 'none'}\n")
    click.echo(f"Forums and partners shared by areas (from {where})")
    if found.source == "strategy":
        echo_table(["forum", "kind", "areas", "listed for"],
                   [[s.forum, s.label, len(s.areas), join_names(s.areas)] for s in found.shared], width=130)
    else:
        echo_table(["forum", "kind", "areas", "tasks", "named in tasks of"],
                   [[s.forum, s.label, len(s.areas), s.count, join_names(s.areas)] for s in found.shared], width=130)
    click.echo(f"\nAreas working through the same forums (from {where}; 1.0 = the same forums)")
    echo_table(["area", "other", "score", "shared"],
               [[o.area, o.other, f"{o.score:.2f}", join_names(o.shared)] for o in found.overlap], width=70)
    click.echo("\nForums the strategy and the tasks disagree on")
    echo_table(["area", "forum", "disagreement", "tasks"],
               [[u.area, u.forum, u.direction, join_names(u.tasks)] for u in found.unlisted], width=60)


def _print_detail(found: ForumDetail) -> None:
    acronym = f" ({found.acronym})" if found.acronym else ""
    click.echo(f"{found.name}{acronym}: {found.label}")
    rows = [
        ("also written", found.aliases),
        ("strategy lists it for", found.strategy_areas),
        ("tasks naming it, in", found.task_areas),
        ("workstreams", found.workstreams),
        ("tasks", found.tasks),
        ("their owners", found.owners),
    ]
    for name, values in rows:
        click.echo(f"  {name:<22} {join_names(values) or '-'}")
