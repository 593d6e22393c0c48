"""What the question commands share: reading the graph from the chosen store,
and printing a table or JSON."""

from __future__ import annotations

import json
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

import click

from graphmodel import PlanGraph

from ..config import STORES, open_store
from ..stores.base import StoreError

__all__ = ["store_option", "store_path_option", "json_option", "read_graph", "echo_json", "echo_table"]

store_option = click.option("--store", "store_name", type=click.Choice(STORES), default=None,
                            help="Read the graph from: embedded (default) or neo4j.")
store_path_option = click.option("--store-path", type=click.Path(path_type=Path), default=None,
                                 help="The embedded store's file (default: $PLANGRAPH_HOME/graph.json).")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def read_graph(store_name: str | None, store_path: Path | None) -> PlanGraph:
    """The saved graph, or a clean error saying what to do."""
    try:
        return open_store(store_name, store_path).read()
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def _plain(value: Any) -> Any:
    if is_dataclass(value):
        return asdict(value)
    return value


def echo_json(value: Any) -> None:
    click.echo(json.dumps(value, default=_plain, indent=1, ensure_ascii=False))


def echo_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, width: int = 60) -> None:
    """A plain aligned table; long cells are cut with an ellipsis."""
    def cell(v: Any) -> str:
        text = ", ".join(map(str, v)) if isinstance(v, (list, tuple)) else ("" if v is None else str(v))
        return text if len(text) <= width else text[: width - 1] + "…"

    body = [[cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(headers)]
    click.echo("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row in body:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
