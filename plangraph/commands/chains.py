"""plangraph chains: what a task depends on, what waits on it, and the
whole plan's chains (plangraph.api.chains)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import click

from analyses.chains import OVERDUE, TaskNotFound

from .. import api
from ..outputs.tables import cell_text
from .common import (each_section, echo_json, echo_table, json_option, no_single_task, partnership_option, store_from,
                     store_option, store_path_option)


@click.command("chains")
@click.argument("task", nargs=-1)
@click.option("--up/--down", "up", default=True,
              help="--up (default): what the task depends on; --down: what waits on it.")
@click.option("--depth", type=click.IntRange(min=1), default=None, help="Follow at most N links (default: all).")
@click.option("--no-inferred", is_flag=True,
              help="Leave out links the loader inferred (work in another workstream named without a number).")
@click.option("--overview", is_flag=True,
              help="The whole plan instead of one task: roots, hubs, longest chains, cycles, dangling links "
                   "and schedule conflicts.")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="With --overview: the date a task counts as overdue from (default: today).")
@json_option
@store_option
@store_path_option
@partnership_option
def command(task, up, depth, no_inferred, overview, today, as_json, store_name, store_path, partnership):
    """Trace a task's dependency chain: what it depends on (--up) or what
    waits on it (--down), link by link, with the evidence of each link.

    TASK is a task key ("Violence - Gangs#10") or words that name exactly
    one task: a number matches the task number, other words the workstream,
    the task text or an owner ("gangs 10", "knife 28", "Frost 12"). When
    several tasks match, they are listed and nothing else is done.

    --overview shows the whole plan instead: where chains start (roots), the
    tasks most work waits on (hubs), the longest chains, cycles, links to
    tasks that do not exist, and schedule conflicts (a task due before a
    task it depends on, or depending on an overdue one).

    Example: plangraph chains "Violence - Knife crime#28" --depth 2
    """
    task = " ".join(task)
    if overview == bool(task):
        raise click.UsageError("give a TASK, or --overview for the whole plan (not both)")
    store = store_from(store_name, store_path)
    day = today.date() if today else dt.date.today()
    if overview:
        found = api.chains(store, include_inferred=not no_inferred, today=day, partnership=partnership)
        several = isinstance(found, dict)
        if as_json:
            echo_json({k: v.overview for k, v in found.items()} if several else found.overview)
        else:
            each_section(found, lambda one: _print_overview(one.overview, day), several=several)
        return
    try:
        chain = api.chains(store, task, direction="up" if up else "down", depth=depth,
                           include_inferred=not no_inferred, today=day, partnership=partnership).trace
    except TaskNotFound as exc:
        no_single_task(store, exc, partnership)
    if as_json:
        echo_json(chain.steps)
        return
    _print_tree(chain.tree, up, {s.task: s.warnings for s in chain.steps})
    click.echo()
    echo_table(["depth", "task", "via", "link", "warning", "owners", "due", "status"],
               [[s.depth, s.task, s.via, _link_text(s.kind, s.evidence, s.cell, s.inferred),
                 "; ".join(str(w) for w in s.warnings), s.owners, s.due, s.status] for s in chain.steps], width=50)
    click.echo(f"{chain.task} depends on {len(chain.steps)} tasks" if up
               else f"{len(chain.steps)} tasks wait on {chain.task}")


def _link_text(kind: str, evidence: str, cell: str, inferred: bool) -> str:
    return f"{cell} {kind}{' (inferred)' if inferred else ''}: \"{evidence}\""


def _print_tree(node: dict[str, Any], up: bool, warnings: dict[str, tuple], indent: int = 0,
                workstream: str | None = None) -> None:
    """Two lines per task, indented by depth: the task, then the cell and
    words of the link that reached it, and what is wrong with that link."""
    here = node["ref"] if node["workstream"] == workstream else f"{node['workstream']} #{node['ref']}"
    pad = "    " * indent
    verb = "" if node["link"] is None else ("depends on " if up else "waited on by ")
    if node["repeat"]:
        click.echo(f"{pad}{verb}{here} (again: see above)")
    else:
        due = f"due {node['due']}{' review' if node['due_is_review'] else ''}" if node["due"] else "no due date"
        click.echo(f"{pad}{verb}{here}: {cell_text(node['text'], 60)} "
                   f"({', '.join(node['owners']) or 'no owner'}; {due}; {node['status']})")
    if node["link"]:
        link = node["link"]
        click.echo(f"{pad}      {_link_text(link['kind'], link['evidence'], link['cell'], link['inferred'])}")
        if not node["repeat"]:
            for warning in warnings.get(node["task"], ()):
                click.echo(f"{pad}      ! {warning}")
    for child in node["children"]:
        _print_tree(child, up, warnings, indent + 1, node["workstream"])


def _path(keys: list[str]) -> str:
    """Task keys joined by arrows, naming a workstream only where it changes."""
    shown, last = [], None
    for key in keys:
        workstream, _, ref = key.rpartition("#")
        shown.append(ref if workstream == last else key)
        last = workstream
    return " -> ".join(shown)


def _print_overview(found: dict[str, Any], today: dt.date) -> None:
    click.echo("Roots: tasks others depend on that depend on nothing")
    by_workstream: dict[str, list[str]] = {}
    for key in found["roots"]:
        workstream, _, ref = key.rpartition("#")
        by_workstream.setdefault(workstream, []).append(ref)
    for workstream, refs in by_workstream.items() or [("none", [])]:
        click.echo(f"  {workstream}{': ' if refs else ''}{', '.join(refs)}")
    click.echo("\nHubs: the tasks most work waits on")
    echo_table(["task", "cited by", "waiting in all"], [[h.task, h.direct, h.total] for h in found["hubs"]])
    click.echo("\nLongest chains (first to do -> last; a cycle's tasks side by side)")
    for chain in found["longest_chains"]:
        click.echo(f"  {len(chain)} tasks: {_path(chain)}")
    click.echo("\nCycles: links that come back to where they started")
    for cycle in found["cycles"] or [[]]:
        click.echo(f"  {_path(cycle + cycle[:1]) if cycle else 'none'}")
    click.echo("\nDangling links: references to tasks that do not exist")
    for key, note in found["dangling"] or [("none", "")]:
        click.echo(f"  {key}  {note}".rstrip())
    conflicts = found["schedule_conflicts"]
    click.echo(f"\nSchedule conflicts (overdue as of {today.isoformat()})")
    if conflicts:
        echo_table(["task", "due", "depends on", "due", "status", "problem"],
                   [[c.task, c.task_due, c.depends_on, c.dependency_due, c.dependency_status,
                     c.problem + (" (review date)" if c.review else "")] for c in conflicts])
        overdue = sum(c.problem == OVERDUE for c in conflicts)
        click.echo(f"{len(conflicts)} conflicts ({overdue} on overdue tasks)")
    else:
        click.echo("  none")
