"""The library's answers the pages show, cached by the store's version and
the partnership looked at (``state.Token``), so a page redraws at once and
a new load is seen at once.

Every answer is a question asked of the store (``plangraph.api`` or a store
question named like its ``cypher/`` file): answered in Cypher on Neo4j and
from the graph in memory in the embedded store. No page reads the whole
graph; only the graph files offered for download are exports of it.

Examples
--------
>>> import os, tempfile
>>> from explorer import loading, state
>>> os.environ["PLANGRAPH_HOME"] = tempfile.mkdtemp()
>>> loading.load_sample().saved
True
>>> tok = state.token()
>>> counts(tok)["tasks"], tok.partnership
(212, 'Essex')
>>> find_tasks(tok, "knife 28")
['Violence - Knife crime#28']
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import streamlit as st

from analyses import chains as chain_analysis
from analyses import coverage as coverage_analysis
from analyses.chains import AS_WRITTEN, ChainStep, follows
from analyses.common import task_name, task_order
from analyses.across import SharedAcross
from analyses.impact import KnockOn
from analyses.forums import ForumDetail, ForumOverview
from analyses.warnings import LinkWarning, link_warnings
from graphmodel import Problem
from plangraph import api
from plangraph.stores.base import Store

from . import network
from .state import Token, _open

__all__ = ["counts", "plans", "problems", "tasks", "links", "find_tasks", "chain", "chain_overview", "warnings",
           "knock_on", "plan_dates", "workload", "owners", "owner_tasks", "forum_overview", "across", "forum_detail",
           "forums", "strand_grid", "task", "task_links", "task_owners", "task_mentions", "leadership_report",
           "graph_file", "brief", "chain_html", "plan_html", "forum_html"]

Row = dict[str, Any]


def _store(tok: Token) -> Store:
    return _open(tok.store, tok.home)


def _cached(entries: int = 16):
    return st.cache_data(show_spinner=False, max_entries=entries)


# -- what is loaded -----------------------------------------------------------

@_cached()
def counts(tok: Token) -> dict[str, int]:
    """Counts a person reads first: areas, workstreams, tasks, owners, links, forums, partners, plans."""
    found = {r["label"]: r["count"] for r in _store(tok).count_nodes(tok.partnership)}
    named = {"areas": "Area", "workstreams": "Workstream", "tasks": "Task", "owners": "Owner", "forums": "Forum",
             "partners": "Partner", "plans": "Plan"}
    result = {name: int(found.get(label, 0)) for name, label in named.items()}
    result["links"] = len(links(tok, True, True))
    return result


@_cached()
def plans(tok: Token) -> list[Row]:
    return _store(tok).get_plans(tok.partnership)


@_cached()
def plan_dates(tok: Token) -> tuple[dt.date, dt.date] | None:
    """The earliest and newest dates of the plans loaded (their last saves)."""
    days = sorted(dt.date.fromisoformat(p["date"][:10]) for p in plans(tok) if p.get("date"))
    return (days[0], days[-1]) if days else None


@_cached()
def problems(tok: Token) -> list[Problem]:
    """What the load met in the cells and the data-quality findings, as saved with the plans."""
    return _store(tok).problems(tok.partnership)


@_cached()
def tasks(tok: Token) -> dict[str, Row]:
    """Every task's row (words, dates, status, owners, cell), by key in plan order."""
    rows = {r["key"]: r for r in _store(tok).get_tasks(tok.partnership)}
    return {k: rows[k] for k in sorted(rows, key=task_order)}


@_cached()
def links(tok: Token, include_inferred: bool, with_duplicates: bool = False) -> list[Row]:
    """Task-to-task links (start waits on end); duplicates only when asked."""
    rows = _store(tok).get_links(tok.partnership)
    return [r for r in rows if with_duplicates and r.get("kind") == "duplicate" or follows(r, include_inferred)]


@_cached(64)
def find_tasks(tok: Token, words: str) -> list[str]:
    """The tasks a person's words, number or owner name match."""
    return [r["key"] for r in _store(tok).find_tasks(words, tok.partnership)]


# -- chains -------------------------------------------------------------------

@_cached(64)
def chain(tok: Token, key: str, direction: str, depth: int | None, include_inferred: bool,
          today: dt.date | str | None) -> list[ChainStep]:
    """A task's chain one way, each step with what is wrong with its link."""
    found = api.chains(_store(tok), key, direction=direction, depth=depth, include_inferred=include_inferred,
                       today=today, partnership=tok.partnership)
    return found.trace.steps


@_cached()
def chain_overview(tok: Token, include_inferred: bool, today: dt.date | str | None) -> dict[str, Any]:
    """Hubs, longest chains, cycles, dangling references and clashing dates."""
    return chain_analysis.plan_overview(_store(tok), include_inferred=include_inferred, today=today,
                                        partnership=tok.partnership)


@_cached()
def warnings(tok: Token, include_inferred: bool,
             today: dt.date | str | None) -> dict[tuple[str, str], list[LinkWarning]]:
    return link_warnings(_store(tok), include_inferred=include_inferred, today=today, partnership=tok.partnership)


@_cached(32)
def knock_on(tok: Token, key: str, weeks: int, include_inferred: bool) -> KnockOn:
    """What a slip of ``weeks`` in the task would make late downstream."""
    return api.impact(_store(tok), key, slip=7 * weeks, include_inferred=include_inferred,
                      partnership=tok.partnership)


@_cached(32)
def chain_html(tok: Token, key: str, depth: int | None, include_inferred: bool, today: dt.date | str | None,
               links_to_pages: bool = True) -> tuple[str, int, int]:
    """The chain's network as a page, and how many of its tasks it shows."""
    up = chain(tok, key, "up", depth, include_inferred, today)
    down = chain(tok, key, "down", depth, include_inferred, today)
    all_tasks = tasks(tok)
    drawing = network.chain_network(key, up, down, all_tasks, links(tok, include_inferred),
                                    warnings(tok, include_inferred, today), include_inferred=include_inferred,
                                    links_to_pages=links_to_pages)
    task = all_tasks[key]
    page = network.to_html(drawing.network, title=f"Chain of {task_name(task)}",
                           show_title=not links_to_pages)
    return page, drawing.shown, drawing.total


@_cached(32)
def plan_html(tok: Token, keys: tuple[str, ...], include_inferred: bool, today: dt.date | str | None,
              links_to_pages: bool = True) -> tuple[str, int, int]:
    """The dependency map of ``keys`` as a page, and how many of them it shows."""
    drawing = network.plan_network(keys, tasks(tok), links(tok, include_inferred),
                                   warnings(tok, include_inferred, today), include_inferred=include_inferred,
                                   links_to_pages=links_to_pages)
    return network.to_html(drawing.network, title="Dependency map", show_title=not links_to_pages), \
        drawing.shown, drawing.total


# -- owners -------------------------------------------------------------------

@_cached()
def workload(tok: Token, threshold: int | None, as_of: dt.date | str | None = AS_WRITTEN) -> dict[str, Any]:
    """analyses.owners.workload_overview: the threshold, each owner's load, concentration, unowned tasks,
    tasks by month due."""
    return api.owners(_store(tok), threshold=threshold, as_of=as_of, partnership=tok.partnership)


@_cached()
def owners(tok: Token) -> dict[str, Row]:
    """Every owner's row (name, kind, spellings), by key."""
    return {r["key"]: r for r in _store(tok).get_owners(tok.partnership)}


@_cached()
def owner_tasks(tok: Token) -> list[Row]:
    """Each task an owner holds, with how the plan wrote the owner and where."""
    return _store(tok).get_owner_tasks(tok.partnership)


@_cached()
def leadership_report(tok: Token, threshold: int | None) -> bytes:
    """The Excel leadership report (plangraph.outputs.report), as bytes to download."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "owners.xlsx"
        api.report(_store(tok), path, threshold=threshold, partnership=tok.partnership)
        return path.read_bytes()


# -- forums -------------------------------------------------------------------

@_cached()
def forum_overview(tok: Token, source: str) -> ForumOverview:
    """Each area's forums, shared forums, overlap and unlisted ones."""
    return api.forums(_store(tok), source=source, partnership=tok.partnership)


@_cached()
def across(tok: Token, source: str) -> list[SharedAcross]:
    """Forums and partners several partnerships' plans name."""
    return api.forums(_store(tok), source=source, across=True)


@_cached(64)
def forum_detail(tok: Token, name: str) -> ForumDetail:
    return api.forums(_store(tok), forum=name, partnership=tok.partnership)


@_cached()
def forums(tok: Token) -> dict[str, Row]:
    """Every forum and partner's row (label, acronym, aliases, chair), by key."""
    return {r["key"]: r for r in _store(tok).get_forums(tok.partnership)}


@_cached()
def forum_html(tok: Token, source: str, links_to_pages: bool = True) -> tuple[str, int, int]:
    labels = {k: r["label"] for k, r in forums(tok).items()}
    drawing = network.forum_network(forum_overview(tok, source).forums, labels=labels, source=source)
    what = "strategy register" if source == "strategy" else "task mentions"
    page = network.to_html(drawing.network, title=f"Areas and the forums they work through ({what})",
                           show_title=not links_to_pages)
    return page, drawing.shown, drawing.total


# -- coverage -----------------------------------------------------------------

@_cached()
def strand_grid(tok: Token) -> dict[str, dict[str, int]]:
    return coverage_analysis.strand_grid(_store(tok), partnership=tok.partnership)


# -- one task -----------------------------------------------------------------

@_cached(64)
def task(tok: Token, key: str) -> Row | None:
    """Every field of one task, its owners' names and where it was read (None: no such task)."""
    rows = _store(tok).get_task(key, tok.partnership)
    return rows[0] if rows else None


@_cached(64)
def task_links(tok: Token, key: str) -> tuple[list[Row], list[Row]]:
    """The links out of a task (what it waits on) and into it (what waits on it), duplicates included."""
    every = links(tok, True, True)
    return [r for r in every if r["start"] == key], [r for r in every if r["end"] == key]


@_cached(64)
def task_owners(tok: Token, key: str) -> list[Row]:
    """The task's owners, with how the plan wrote each and the cell."""
    known = owners(tok)
    return [{**r, "name": known[r["owner"]]["name"], "kind": known[r["owner"]]["kind"]}
            for r in owner_tasks(tok) if r["task"] == key]


@_cached(64)
def task_mentions(tok: Token, key: str) -> list[Row]:
    return [r for r in _store(tok).get_forum_mentions(tok.partnership) if r["task"] == key]


# -- files to download --------------------------------------------------------

@_cached(8)
def brief(tok: Token) -> bytes:
    """The board briefing (plangraph.outputs.brief), one HTML file, as bytes to download."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "brief.html"
        api.brief(_store(tok), path, partnership=tok.partnership)
        return path.read_bytes()


@_cached(8)
def graph_file(tok: Token, format: str) -> bytes:
    """The partnership's graph as JSON, GraphML or GEXF (an export: the one whole read)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"plangraph.{format}"
        api.export(_store(tok), path, format, partnership=tok.partnership)
        return path.read_bytes()
