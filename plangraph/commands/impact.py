"""plangraph impact: the knock-on of a slipped task (plangraph.api.impact)."""

from __future__ import annotations

import datetime as dt

import click

from analyses.chains import TaskNotFound

from .. import api
from .common import (echo_json, echo_table, json_option, no_single_task, partnership_option, store_from, store_option,
                     store_path_option)

__all__ = ["command"]


@click.command("impact")
@click.argument("task", nargs=-1, required=True)
@click.option("--slip", required=True, help="How far the task slips: days, weeks or months (10d, 6w, 2m).")
@click.option("--as-of", "as_of", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="A task not completed by this day cannot finish before it (default: tasks keep their dates).")
@click.option("--no-inferred", is_flag=True, help="Leave out links the loader inferred from words.")
@json_option
@store_option
@store_path_option
@partnership_option
def command(task, slip, as_of, no_inferred, as_json, store_name, store_path, partnership):
    """What would finish late if TASK slipped: every task waiting on it,
    directly or through others, that could then finish only after its due
    date, by how many days, who owns it and which forums oversee it. Tasks
    with no due date are listed as unknown, never assumed on time.

    TASK is a task key or words naming one task, as for `plangraph chains`.

    Example: plangraph impact "Violence - Gangs#5" --slip 6w
    """
    store = store_from(store_name, store_path)
    words = " ".join(task)
    day = as_of.date() if isinstance(as_of, dt.datetime) else None
    try:
        found = api.impact(store, words, slip=slip, as_of=day, include_inferred=not no_inferred,
                           partnership=partnership)
    except TaskNotFound as exc:
        no_single_task(store, exc, partnership)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--slip") from None
    if as_json:
        echo_json(found)
        return
    late = [i for i in found.hit if i.state == "late"]
    click.echo(f"If {found.task} slips by {found.slip_days} days (to {found.new_due or 'an unknown date'}): "
               f"{len(late)} tasks would finish late, {len(found.hit) - len(late)} more cannot be told "
               f"(no due date, or in a cycle); {len(found.on_time)} downstream stay on time.")
    echo_table(["task", "due", "could finish", "late by", "state", "waits on", "owners", "forums"],
               [[i.task, i.due or "", i.earliest, f"{i.late_days} days" if i.late_days else "", i.state, i.via,
                 ", ".join(i.owners), ", ".join(i.forums)] for i in found.hit], width=40)
