"""The explorer's data: the stored graph, the library's answers about it
(cached, so a page redraws at once), and loading workbooks from the sidebar.

Every cached answer is keyed by a **token** naming the store and the version
of the graph in it (the embedded file's modification time, or a count of
the loads made here for Neo4j), so a new load is seen at once and a test
with its own ``PLANGRAPH_HOME`` never meets another test's graph.

What a load reported (problems met in the cells, the sheets read, where the
workbooks are) is not part of the graph, so it is kept beside the store in
``$PLANGRAPH_HOME/explorer/last-load.json``, with a fingerprint of the graph
it belongs to: it is shown only while the stored graph is that graph.

Examples
--------
>>> import os, tempfile
>>> os.environ["PLANGRAPH_HOME"] = tempfile.mkdtemp()
>>> token().stamp
'empty'
>>> graph_now = graph()          # an empty store gets the bundled Essex plans
>>> views.counts(graph_now)["tasks"], token().stamp != "empty"
(212, True)
>>> problems(token()).loader_known
True
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

import pandas as pd
import streamlit as st

import cypher
from graphmodel import Label, PlanGraph, Problem, Task
from analyses import chains
from analyses import forums
from analyses import owners
from graphmodel.exchange import write as write_graph
from analyses.quality import quality_problems
from loaders import LoadResult, sample_data, workbook_paths
from loaders.workbooks.tables import find_tables
from loaders.workbooks.cells import WorkbookError, cell_text, coordinate, open_workbook, read_sheets
from plangraph import api
from plangraph.config import home, open_store, settings
from plangraph.outputs.report import write_leadership_report
from plangraph.stores.base import Store, StoreError
from plangraph.stores.embedded import EmbeddedStore

from . import network, views

__all__ = [
    "Token", "Problems", "LoadReport", "token", "store", "graph", "refresh", "load_paths", "load_uploaded",
    "load_sample", "problems", "fingerprint", "raw_row", "overview", "workload", "chain", "chain_html",
    "plan_html", "forum_matrix", "forum_html", "leadership_report", "graph_file", "run_query", "run_cypher",
    "is_neo4j", "find_tasks", "upload_name",
]



@dataclass(frozen=True)
class Token:
    """Which store, and which version of the graph in it."""

    store: str
    home: str
    stamp: str


@dataclass(frozen=True)
class Problems:
    """The problems to show: ``loader_known`` says whether those met in the
    cells are among them (they are when the graph was loaded here)."""

    items: list[Problem]
    loader_known: bool


@dataclass(frozen=True)
class LoadReport:
    """What a load from the sidebar did, for the sidebar to say."""

    saved: bool
    summary: dict[str, int]
    errors: list[str]
    files: list[str]


# -- the store ----------------------------------------------------------------

def _store_name() -> str:
    return os.environ.get("PLANGRAPH_STORE") or str(settings().get("store") or "embedded")


@st.cache_resource(show_spinner=False, max_entries=8)
def _open(name: str, home_dir: str) -> Store:
    # home_dir is part of the key: the store opened depends on PLANGRAPH_HOME.
    return open_store(name)


def store() -> Store:
    """The store this explorer reads (PLANGRAPH_STORE, else config, else embedded)."""
    return _open(_store_name(), str(home()))


def is_neo4j() -> bool:
    return _store_name() == "neo4j"


@st.cache_resource(show_spinner=False)
def _generations() -> dict[tuple[str, str], int]:
    # Loads made through this explorer, per store: Neo4j has no cheap
    # version number of its own.
    return {}


def token() -> Token:
    """The current version of the stored graph ("empty" before any load)."""
    name, where = _store_name(), str(home())
    s = store()
    if isinstance(s, EmbeddedStore):
        try:
            info = s.path.stat()
            stamp = f"{info.st_mtime_ns}:{info.st_size}"
        except FileNotFoundError:
            stamp = "empty"
    else:
        generation = _generations().get((name, where), 0)
        stamp = "empty" if _neo4j_empty(name, where, generation) else f"loaded:{generation}"
    return Token(name, where, stamp)


@st.cache_resource(show_spinner=False, max_entries=8)
def _neo4j_empty(name: str, where: str, generation: int) -> bool:
    return _open(name, where).is_empty()


def refresh() -> None:
    """Forget what was read, so the next page reads the store again (after
    a load made outside the explorer)."""
    key = (_store_name(), str(home()))
    _generations()[key] = _generations().get(key, 0) + 1
    _neo4j_empty.clear()
    _graph.clear()


@st.cache_resource(show_spinner="Reading the plans…", max_entries=4)
def _graph(tok: Token) -> PlanGraph:
    return _open(tok.store, tok.home).read()


def graph() -> PlanGraph:
    """The stored graph; an empty store first gets the bundled Essex plans,
    so a first look always shows something."""
    tok = token()
    if tok.stamp == "empty":
        load_sample()
        tok = token()
    return _graph(tok)


# -- loading ------------------------------------------------------------------

def _record_path() -> Path:
    return home() / "explorer" / "last-load.json"


def _uploads() -> Path:
    return home() / "explorer" / "uploads"


def fingerprint(g: PlanGraph) -> str:
    """A digest of the graph's content, to tell whether a load record belongs to it."""
    return hashlib.sha256(json.dumps(g.to_dict(), sort_keys=True, default=str).encode()).hexdigest()


def _record(result: LoadResult, files: dict[str, str]) -> None:
    path = _record_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"fingerprint": fingerprint(result.graph), "loaded_at": dt.datetime.now().isoformat(timespec="seconds"),
            "problems": [p.as_dict() for p in result.problems], "files": files}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def _read_record() -> dict[str, Any]:
    try:
        return json.loads(_record_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _after_load(result: LoadResult, files: dict[str, str]) -> LoadReport:
    saved = not result.errors
    if saved:
        _record(result, files)
        key = (_store_name(), str(home()))
        _generations()[key] = _generations().get(key, 0) + 1
        _neo4j_empty.clear()
    return LoadReport(saved=saved, summary=api.summary(result), errors=[str(p) for p in result.errors],
                      files=sorted(files))


def load_paths(paths: Sequence[Path], *, progress: Callable[[int, int, str], None] | None = None) -> LoadReport:
    """Load workbooks (files or folders) into the store with plangraph.api.load.
    A load with errors saves nothing and the graph loaded before stays."""
    files = workbook_paths(paths)
    done = [0]

    def on_workbook(path: Path) -> None:
        done[0] += 1
        if progress:
            progress(done[0], len(files), path.name)

    result = api.load(list(paths), store(), on_workbook=on_workbook)
    return _after_load(result, {p.name: str(p) for p in files})


def load_sample(*, progress: Callable[[int, int, str], None] | None = None) -> LoadReport:
    """Load the bundled Essex plans."""
    return load_paths([sample_data()], progress=progress)


def upload_name(name: str) -> str | None:
    """The file name to keep an upload under, or None to refuse it: only
    workbooks and a plangraph.toml, never a path."""
    base = Path(name.replace("\\", "/")).name.strip()
    if not base or base.startswith((".", "~$")):
        return None
    if base.lower().endswith(".xlsx"):
        return base
    if base.lower().endswith(".toml"):
        return "plangraph.toml"
    return None


def load_uploaded(uploads: Sequence[tuple[str, bytes]], *,
                  progress: Callable[[int, int, str], None] | None = None) -> LoadReport:
    """Load uploaded workbooks (name, content). They are kept in
    ``$PLANGRAPH_HOME/explorer/uploads`` once loaded, so the Task page can
    show a task's row as written; a failed load keeps nothing."""
    root = home() / "explorer"
    root.mkdir(parents=True, exist_ok=True)
    incoming = Path(tempfile.mkdtemp(prefix="incoming-", dir=root))
    try:
        for name, content in uploads:
            safe = upload_name(name)
            if safe:
                (incoming / safe).write_bytes(content)
        if not any(p.suffix.lower() == ".xlsx" for p in incoming.iterdir()):
            return LoadReport(saved=False, summary={}, errors=["no .xlsx workbook among the files uploaded"],
                              files=[])
        report = load_paths([incoming], progress=progress)
        if report.saved:
            shutil.rmtree(_uploads(), ignore_errors=True)
            os.replace(incoming, _uploads())
            record = _read_record()
            record["files"] = {n: str(_uploads() / Path(p).relative_to(incoming))
                               for n, p in record.get("files", {}).items()}
            _record_path().write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        return report
    finally:
        shutil.rmtree(incoming, ignore_errors=True)


@st.cache_data(show_spinner=False, max_entries=8)
def _fingerprint(tok: Token) -> str:
    return fingerprint(_graph(tok))


def problems(tok: Token) -> Problems:
    """The problems of the loaded graph: those the last load met in the
    cells (when it loaded this very graph) and the data-quality findings."""
    record = _read_record()
    if record.get("fingerprint") == _fingerprint(tok):
        return Problems([Problem(**p) for p in record.get("problems", [])], True)
    return Problems(_quality(tok), False)


@st.cache_data(show_spinner=False, max_entries=8)
def _quality(tok: Token) -> list[Problem]:
    return quality_problems(_graph(tok))


# -- a task's row as written --------------------------------------------------

def _workbook_path(file: str) -> Path | None:
    known = _read_record().get("files", {}).get(file)
    if known and Path(known).is_file():
        return Path(known)
    for folder in (_uploads(), sample_data()):
        if folder.is_dir():
            for path in folder.rglob("*.xlsx"):
                if path.name == file:
                    return path
    return None


@st.cache_resource(show_spinner=False, max_entries=8)
def _sheets(path: str, modified: int) -> dict[str, Any]:
    return {s.name: s for s in read_sheets(open_workbook(Path(path)))}


def raw_row(task: Task) -> pd.DataFrame | None:
    """The task's row in its workbook, cell by cell, as typed (None when
    the workbook is not at hand: it was loaded elsewhere)."""
    path = _workbook_path(task.source.file)
    row = "".join(ch for ch in task.source.cell if ch.isdigit())
    if path is None or not row:
        return None
    try:
        sheet = _sheets(str(path), path.stat().st_mtime_ns).get(task.source.sheet)
    except (OSError, WorkbookError):
        return None
    if sheet is None:
        return None
    headers = _headers(sheet, int(row))
    rows = [{"column": headers.get(col, ""), "cell": coordinate(int(row), col), "value": cell_text(value),
             "typed in": sheet.origin(int(row), col)} for col, value in sheet.row_values(int(row))]
    return pd.DataFrame(rows, columns=["column", "cell", "value", "typed in"])


def _headers(sheet: Any, row: int) -> dict[int, str]:
    """Column -> header text of the task table holding ``row`` (found as
    the loaders find it), so each cell of the row can be named."""
    above = [t for t in find_tables(sheet) if t.header_row < row]
    if not above:
        return {}
    header_row = max(t.header_row for t in above)
    return {col: cell_text(value) for col, value in sheet.row_values(header_row)}


# -- cached answers -----------------------------------------------------------

@st.cache_data(show_spinner=False, max_entries=16)
def overview(tok: Token, include_inferred: bool = True, today: dt.date | None = None) -> dict[str, Any]:
    """analyses.chains.plan_overview of the stored graph."""
    return chains.plan_overview(_graph(tok), include_inferred=include_inferred, today=today)


@st.cache_data(show_spinner=False, max_entries=16)
def workload(tok: Token, threshold: int | None = None) -> dict[str, Any]:
    """analyses.owners.workload_overview of the stored graph."""
    return owners.workload_overview(_graph(tok), threshold=threshold)


@st.cache_data(show_spinner=False, max_entries=64)
def find_tasks(tok: Token, query: str) -> list[str]:
    """The tasks a person's words, number or owner name match."""
    return chains.match_tasks(_graph(tok), query)


@st.cache_data(show_spinner=False, max_entries=64)
def chain(tok: Token, key: str, direction: str, depth: int | None, include_inferred: bool,
          today: dt.date | None = None) -> pd.DataFrame:
    """A task's chain one way as a table, links with warnings marked."""
    g = _graph(tok)
    walk = chains.upstream if direction == "up" else chains.downstream
    steps = walk(g, key, depth=depth, include_inferred=include_inferred)
    warnings = views.link_warnings(g, include_inferred=include_inferred, today=today)
    return views.chain_table(g, steps, direction=direction, warnings=warnings)


@st.cache_data(show_spinner=False, max_entries=32)
def chain_html(tok: Token, key: str, depth: int | None, include_inferred: bool, today: dt.date | None = None,
               links: bool = True) -> str:
    g = _graph(tok)
    task = g.get(Label.TASK, key)
    net = network.chain_network(g, key, depth=depth, include_inferred=include_inferred, today=today, links=links)
    return network.to_html(net, title=f"Chain of {task.workstream} #{task.ref}", show_title=not links)


@st.cache_data(show_spinner=False, max_entries=32)
def plan_html(tok: Token, keys: tuple[str, ...], include_inferred: bool, today: dt.date | None = None,
              links: bool = True) -> str:
    net = network.plan_network(_graph(tok), keys, include_inferred=include_inferred, today=today, links=links)
    return network.to_html(net, title="Dependency map", show_title=not links)


@st.cache_data(show_spinner=False, max_entries=8)
def forum_matrix(tok: Token, source: str) -> dict[str, dict[str, int]]:
    return forums.area_forum_matrix(_graph(tok), source=source)


@st.cache_data(show_spinner=False, max_entries=8)
def forum_html(tok: Token, source: str, links: bool = True) -> str:
    g = _graph(tok)
    labels = {n.key: str(n.label) for label in (Label.FORUM, Label.PARTNER) for n in g.nodes(label)}
    net = network.forum_network(forums.area_forum_matrix(g, source=source), labels=labels, source=source)
    what = "strategy register" if source == "strategy" else "task mentions"
    return network.to_html(net, title=f"Areas and the forums they work through ({what})", show_title=not links)


@st.cache_data(show_spinner=False, max_entries=8)
def leadership_report(tok: Token, threshold: int | None) -> bytes:
    """The Excel leadership report (plangraph.report), as bytes to download."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "owners.xlsx"
        write_leadership_report(_graph(tok), path, threshold=threshold)
        return path.read_bytes()


@st.cache_data(show_spinner=False, max_entries=8)
def graph_file(tok: Token, format: str) -> bytes:
    """The graph as JSON, GraphML or GEXF (graphmodel.exchange), as bytes."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"plangraph.{format}"
        write_graph(_graph(tok), path, format)
        return path.read_bytes()


# -- Neo4j queries ------------------------------------------------------------

def run_query(name: str, params: dict[str, Any]) -> tuple[list[dict[str, Any]], str | None]:
    """A read query of cypher/ by name: (rows, None), or ([], the error)."""
    if name not in cypher.READ_QUERIES:
        return [], f"{name!r} is not one of the read queries"
    try:
        return store().query(name, **params), None
    except (StoreError, KeyError, TypeError, ValueError) as exc:
        return [], str(exc)


def run_cypher(text: str) -> tuple[list[dict[str, Any]], str | None]:
    """A person's Cypher, run read-only: the server refuses writes, and its
    message is given back as it is."""
    s = store()
    if not hasattr(s, "read_cypher"):
        return [], "Cypher runs only with the Neo4j store (plangraph serve --store neo4j)"
    try:
        return s.read_cypher(text), None
    except Exception as exc:  # noqa: BLE001 - the server's own message is the answer
        message = getattr(exc, "message", None) or str(exc)
        code = getattr(exc, "code", None)
        return [], f"{code}: {message}" if code else message
