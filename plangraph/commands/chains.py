"""plangraph chains: what a task depends on, what waits on it, and the
whole plan's chains (analyses.chains)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import click

from graphmodel import Label, PlanGraph
from analyses.chains import OVERDUE, TaskNotFound, plan_overview, trace

from .common import echo_json, echo_table, json_option, read_graph, store_option, store_path_option


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
def command(task, up, depth, no_inferred, overview, today, as_json, store_name, store_path):
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
    graph = read_graph(store_name, store_path)
    if overview:
        day = today.date() if today else dt.date.today()
        found = plan_overview(graph, include_inferred=not no_inferred, today=day)
        if as_json:
            echo_json(found)
        else:
            _print_overview(found, day)
        return
    try:
        chain = trace(graph, task, direction="up" if up else "down", depth=depth, include_inferred=not no_inferred)
    except TaskNotFound as exc:
        _no_single_task(graph, exc)
    if as_json:
        echo_json(chain.steps)
        return
    _print_tree(chain.tree, up)
    click.echo()
    echo_table(["depth", "task", "via", "link", "owners", "due", "status"],
               [[s.depth, s.task, s.via, _link_text(s.kind, s.evidence, s.cell, s.inferred), s.owners,
                 s.due, s.status] for s in chain.steps], width=50)
    click.echo(f"{chain.task} depends on {len(chain.steps)} tasks" if up
               else f"{len(chain.steps)} tasks wait on {chain.task}")


def _no_single_task(graph: PlanGraph, exc: TaskNotFound) -> None:
    if not exc.matches:
        raise click.ClickException(f"no task matches {exc.query!r}: give a task key such as "
                                   "\"Violence - Gangs#10\", or words from its text, workstream or owner")
    echo_table(["task", "text"], [[key, graph.get(Label.TASK, key).text] for key in exc.matches])
    raise click.ClickException(f"{len(exc.matches)} tasks match {exc.query!r}; add words or give one of "
                               "the keys above")


def _link_text(kind: str, evidence: str, cell: str, inferred: bool) -> str:
    return f"{cell} {kind}{' (inferred)' if inferred else ''}: \"{evidence}\""


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_tree(node: dict[str, Any], up: bool, indent: int = 0, workstream: str | None = None) -> None:
    """Two lines per task, indented by depth: the task, then the cell and
    words of the link that reached it."""
    here = node["ref"] if node["workstream"] == workstream else f"{node['workstream']} #{node['ref']}"
    pad = "    " * indent
    verb = "" if node["link"] is None else ("depends on " if up else "waited on by ")
    if node["repeat"]:
        click.echo(f"{pad}{verb}{here} (again: see above)")
    else:
        due = f"due {node['due']}{' review' if node['due_is_review'] else ''}" if node["due"] else "no due date"
        click.echo(f"{pad}{verb}{here}: {_short(node['text'], 60)} "
                   f"({', '.join(node['owners']) or 'no owner'}; {due}; {node['status']})")
    if node["link"]:
        link = node["link"]
        click.echo(f"{pad}      {_link_text(link['kind'], link['evidence'], link['cell'], link['inferred'])}")
    for child in node["children"]:
        _print_tree(child, up, indent + 1, node["workstream"])


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
