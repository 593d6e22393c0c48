"""What every command shares: its options (each defined once here), opening
the store with a clean error, and printing tables, JSON and one section per
partnership."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import click

from loaders import sample_data, workbook_paths

from ..config import STORES, open_store
from ..outputs.tables import table_lines, to_json
from ..stores.base import Store, StoreError

__all__ = ["paths_argument", "store_option", "store_path_option", "json_option", "partnership_option",
           "overrides_option", "store_from", "echo_json", "echo_table", "each_section", "with_progress", "fail",
           "no_single_task"]

paths_argument = click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
store_option = click.option(
    "--store", "store_name", type=click.Choice(STORES), default=None,
    help="Where the graph is kept: embedded (a file, the default) or neo4j (NEO4J_URI, NEO4J_USER, "
         "NEO4J_PASSWORD, NEO4J_DATABASE); default: $PLANGRAPH_STORE, then config.toml.")
store_path_option = click.option("--store-path", type=click.Path(path_type=Path), default=None,
                                  help="The embedded store's file (default: $PLANGRAPH_HOME/graph.json).")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
partnership_option = click.option(
    "--partnership", default=None,
    help="The partnership to answer about, when the store holds several (default: the only one, or each of "
         "them in turn).")
overrides_option = click.option(
    "--overrides", type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A plangraph.toml of corrections (default: one found beside the workbooks).")


def fail(message: str) -> None:
    raise click.ClickException(message)


def store_from(store_name: str | None, store_path: Path | None) -> Store:
    """The store chosen, or a clean error saying what to do."""
    try:
        return open_store(store_name, store_path)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def echo_json(value: Any) -> None:
    click.echo(to_json(value))


def echo_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, width: int = 60) -> None:
    for line in table_lines(headers, rows, width=width):
        click.echo(line)


def each_section(answer: Any, show: Callable[[Any], None], *, several: bool) -> None:
    """Show one answer, or each partnership's under its name."""
    if not several:
        show(answer)
        return
    for name, one in answer.items():
        click.echo(f"== {name} ==")
        show(one)
        click.echo()


def with_progress(run: Callable[[Callable[[Path], None] | None], Any], paths: Sequence[Path]) -> Any:
    """Run a load (or a check), with a progress bar when there is more than a moment's work."""
    files = workbook_paths(paths or [sample_data()])
    if len(files) < 3 or not sys.stderr.isatty():
        return run(None)
    with click.progressbar(length=len(files), label="Reading workbooks", file=sys.stderr) as bar:
        return run(lambda _path: bar.update(1))


def no_single_task(store, exc, partnership: str | None) -> None:
    """Say that no task, or several, match a person's words (and list them); never returns."""
    if not exc.matches:
        raise click.ClickException(f"no task matches {exc.query!r}: give a task key such as "
                                   "\"Violence - Gangs#10\", or words from its text, workstream or owner")
    texts = {row["key"]: row["text"] for row in store.find_tasks(exc.query, partnership=partnership)}
    echo_table(["task", "text"], [[key, texts.get(key, "")] for key in exc.matches])
    raise click.ClickException(f"{len(exc.matches)} tasks match {exc.query!r}; add words or give one of "
                               "the keys above")
