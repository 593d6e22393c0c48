"""The plangraph command line: each command opens the store, makes one
library call (see plangraph.api) and prints the answer."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import click

from graphmodel.exchange import FORMATS
from loaders import LoadResult, sample_data, workbook_paths
from loaders.workbooks.cells import WorkbookError

from . import api
from .commands import register
from .config import STORES, open_store
from .stores.base import StoreError

PATHS = click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
STORE = click.option("--store", "store_name", type=click.Choice(STORES), default=None,
                     help="Where the graph is kept: embedded (a file, the default) or neo4j "
                          "(NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE); "
                          "default: $PLANGRAPH_STORE, then config.toml.")
STORE_PATH = click.option("--store-path", type=click.Path(path_type=Path), default=None,
                          help="The embedded store's file (default: $PLANGRAPH_HOME/graph.json).")
OVERRIDES = click.option("--overrides", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                         help="A plangraph.toml of corrections (default: one found beside the workbooks).")
JSON = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


@click.group()
@click.version_option(package_name="plangraph")
def main() -> None:
    """Turn a partnership's 4P delivery plans into a graph you can explore."""


@main.command()
@PATHS
@STORE
@STORE_PATH
@OVERRIDES
@JSON
def load(paths, store_name, store_path, overrides, as_json):
    """Read delivery plans and a strategy register, and save the graph.

    PATHS are .xlsx files or folders of them; with none, the bundled Essex
    sample data is loaded. If a workbook cannot be read, nothing is saved
    and the graph loaded before is kept.

    Example: plangraph load "plans/2024" strategy.xlsx
    """
    store = _store(store_name, store_path)
    try:
        result = _with_progress(lambda cb: api.load(paths or [sample_data()], store, overrides=overrides,
                                                    on_workbook=cb), paths)
    except StoreError as exc:
        raise click.ClickException(f"{exc}\nNothing was saved: the graph loaded before is unchanged.") from None
    counts = api.summary(result)
    if as_json:
        click.echo(json.dumps({**counts, "saved_to": None if result.errors else store.describe()}, indent=1))
    else:
        _print_summary(counts)
        if result.errors:
            for problem in result.errors:
                click.echo(f"  {problem}", err=True)
        else:
            click.echo(f"Saved to {store.describe()}  (details: plangraph check)")
    if result.errors:
        click.echo("Nothing was saved: the graph loaded before is unchanged.", err=True)
        sys.exit(1)


@main.command()
@PATHS
@OVERRIDES
@STORE
@STORE_PATH
@JSON
@click.option("--severity", type=click.Choice(["error", "warning", "info"]), default="info",
              help="Show problems of this severity and worse (default: all).")
def check(paths, overrides, store_name, store_path, as_json, severity):
    """List every problem in the plans, with file, sheet and cell.

    With PATHS, reads those workbooks (saving nothing); with none, lists the
    problems of the graph last loaded (saved with it by `plangraph load`).
    Exits 1 if a workbook could not be read at all.

    Example: plangraph check --severity warning plans/
    """
    if paths:
        result = _with_progress(lambda cb: api.check(paths, overrides=overrides, on_workbook=cb), paths)
        problems = result.problems
    else:
        try:
            problems = api.saved_problems(_store(store_name, store_path))
        except StoreError as exc:
            raise click.ClickException(str(exc)) from None
    worst = ["error", "warning", "info"].index(severity)
    shown = [p for p in problems if ["error", "warning", "info"].index(p.severity) <= worst]
    if as_json:
        click.echo(json.dumps([p.as_dict() for p in shown], indent=1, ensure_ascii=False))
    else:
        for problem in shown:
            click.echo(str(problem))
        count = Counter(p.severity for p in problems)
        click.echo(f"{count['error']} errors, {count['warning']} warnings, {count['info']} notes")
    sys.exit(1 if any(p.severity == "error" for p in problems) else 0)


@main.command()
@click.option("--format", "format_", type=click.Choice(sorted(FORMATS)), default="json", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), required=True)
@STORE
@STORE_PATH
def export(format_, output, store_name, store_path):
    """Write the loaded graph to a file: networkx node-link JSON, or GraphML
    and GEXF for Gephi and yEd.

    Example: plangraph export --format graphml --output plans.graphml
    """
    try:
        graph = api.export(_store(store_name, store_path), output, format_)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Wrote {len(graph)} nodes and {len(graph.relationships())} relationships to {output}")


@main.command()
@click.argument("old", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("new", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@JSON
def diff(old, new, as_json):
    """List tasks added, removed and changed (owner, dates, text) between two
    versions of a plan workbook.

    Example: plangraph diff "DA plan.xlsx" "DA plan - updated.xlsx"
    """
    try:
        changes = api.diff(old, new)
    except WorkbookError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps([c.as_dict() for c in changes], indent=1, ensure_ascii=False))
        return
    for c in changes:
        if c.change.startswith("workstream"):
            click.echo(f"{c.workstream}: {c.change}")
        elif c.change == "changed":
            click.echo(f"{c.workstream} #{c.ref}: {c.field}: {_short(c.old)!r} -> {_short(c.new)!r}")
        else:
            click.echo(f"{c.workstream} #{c.ref}: {c.change}: {_short(c.old or c.new)!r}")
    click.echo(f"{len(changes)} changes")


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _store(name, path):
    try:
        return open_store(name, path)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def _with_progress(run, paths) -> LoadResult:
    """Run a load, with a progress bar when there is more than a moment's work."""
    files = workbook_paths(paths or [sample_data()])
    if len(files) < 3 or not sys.stderr.isatty():
        return run(None)
    with click.progressbar(length=len(files), label="Reading workbooks", file=sys.stderr) as bar:
        return run(lambda _path: bar.update(1))


def _print_summary(counts: dict[str, int]) -> None:
    rows = [(k, counts[k]) for k in ("plans", "areas", "workstreams", "tasks", "owners", "forums", "partners", "links")]
    for name, value in rows:
        click.echo(f"  {name:<12} {value:>5}")
    click.echo(f"  {'problems':<12} {counts['problems']:>5}  "
               f"({counts['errors']} errors, {counts['warnings']} warnings, {counts['notes']} notes)")


# The question commands (chains, owners, forums, suggest, coverage) live in
# plangraph.commands, one module each.
register(main)
