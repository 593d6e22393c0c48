"""plangraph suggest: tasks in different workstreams that look linked but are
not (plangraph.api.suggest)."""

from __future__ import annotations

import json

import click

from analyses.suggest import MIN_SCORE

from .. import api
from .common import (each_section, echo_json, echo_table, json_option, partnership_option, store_from, store_option,
                     store_path_option)


@click.command("suggest")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="Show at most N suggestions.")
@click.option("--min-score", type=click.FloatRange(0, 1), default=MIN_SCORE, show_default=True,
              help="Leave out pairs scoring less.")
@click.option("--same-workstream", is_flag=True, help="Also pair tasks of one workstream (near-duplicates).")
@json_option
@store_option
@store_path_option
@partnership_option
def command(top, min_score, same_workstream, as_json, store_name, store_path, partnership):
    """Suggest links: pairs of tasks whose Task and How text share telling
    words, that no link joins yet, the likeliest first. Nothing is added to
    the graph: accept a suggestion by listing it in plangraph.toml under
    [links] accept, then load again.

    Example: plangraph suggest --top 10
    """
    found = api.suggest(store_from(store_name, store_path), top=top, min_score=min_score,
                        same_workstream=same_workstream, partnership=partnership)
    if as_json:
        echo_json(found)
        return
    each_section(found, _print, several=isinstance(found, dict))


def _print(found) -> None:
    echo_table(["score", "task", "other", "why"], [[f"{s.score:.3f}", s.task, s.other, s.reason] for s in found],
               width=80)
    if not found:
        click.echo("No suggestions: try a lower --min-score.")
        return
    pair = json.dumps([found[0].task, found[0].other], ensure_ascii=False)
    click.echo("\nTo accept one, list it in plangraph.toml beside the workbooks (the first task depends on the "
               f"second) and load again:\n  [links]\n  accept = [{pair}]")
