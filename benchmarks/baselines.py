"""What plangraph's load and store are measured against.

* :func:`scan_cells`: read every cell of the same files with openpyxl in
  read-only mode (and ``csv`` for CSV) and count the non-empty ones. No
  meaning is read; it is the speed of reading the cells, the floor under
  any loader.
* :func:`bare_unwind_create`: write the same nodes and relationships into
  Neo4j the barest fast way: after a wipe and one index per label, in one
  transaction, ``UNWIND $rows AS row CREATE (n:Label) SET n = row.props``
  per label, then ``UNWIND ... MATCH ... MATCH ... CREATE`` per
  relationship type. No MERGE, no constraint checks, no stale clean-up.
* :func:`naive_merge`: the way a first attempt writes a graph: one
  ``MERGE`` per node and per relationship, each in its own transaction.
  Too slow to run on everything, so it is timed on a sample and
  extrapolated.

The Neo4j baselines take plain rows, ``{"label", "key", "props"}`` and
``{"type", "start": (label, key), "end": (label, key), "props"}``, so that
they do not depend on plangraph's store; :func:`graph_rows` makes them from
``PlanGraph.to_dict()``. Labels and relationship types are checked to be
plain names before they go into the Cypher text; every value is a
parameter. Both wipe the database they are given: point them at a
database kept for benchmarks.

Examples
--------
>>> import tempfile, openpyxl
>>> from pathlib import Path
>>> with tempfile.TemporaryDirectory() as tmp:
...     book = openpyxl.Workbook()
...     book.active.append(["Ref", "Action", None, ""])
...     book.active.append(["1.1", "Map hotspots", 3])
...     book.save(Path(tmp) / "plan.xlsx")
...     _ = (Path(tmp) / "plan.csv").write_text("Ref,Action\\n1.1,\\n", encoding="utf-8-sig")
...     scan_cells([tmp])  # 5 in the workbook, 3 in the CSV
8
>>> nodes, rels = graph_rows({"nodes": [{"label": "Task", "key": "A#1", "text": "x", "due": None,
...                                      "source": {"file": "f.xlsx", "sheet": "S", "cell": "E3"}}],
...                           "relationships": []})
>>> nodes
[{'label': 'Task', 'key': 'A#1', 'props': {'key': 'A#1', 'text': 'x', 'source_file': 'f.xlsx', 'source_sheet': 'S', 'source_cell': 'E3'}}]
>>> graph_rows({"nodes": [{"label": "Area", "key": "Hate Crime"}], "relationships": []}, "Eastvale")[0][0]["key"]
'Eastvale|Hate Crime'
"""

from __future__ import annotations

import csv
import json
import re
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

import openpyxl

__all__ = ["scan_cells", "plan_files", "bare_unwind_create", "naive_merge", "graph_rows", "group_rows"]

_SUFFIXES = {".xlsx", ".xlsm", ".csv"}
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
BATCH = 10_000


def plan_files(paths: Iterable[Path | str]) -> list[Path]:
    """The .xlsx, .xlsm and .csv files named, or found in folders named."""
    found: list[Path] = []
    for path in map(Path, paths):
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in _SUFFIXES) if path.is_dir() else [path]
        found += [f for f in files if not f.name.startswith("~$")]
    return found


def scan_cells(paths: Iterable[Path | str]) -> int:
    """The number of non-empty cells in every sheet of every file."""
    count = 0
    for path in plan_files(paths):
        if path.suffix.lower() == ".csv":
            with path.open(encoding="utf-8-sig", newline="") as f:
                count += sum(1 for row in csv.reader(f) for v in row if v.strip())
            continue
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            for sheet in book.worksheets:
                for row in sheet.iter_rows(values_only=True):
                    count += sum(1 for v in row if v is not None and v != "")
        finally:
            book.close()
    return count


# -- rows ---------------------------------------------------------------------
def graph_rows(data: dict[str, list[dict[str, Any]]], partnership: str = "") -> tuple[list[dict], list[dict]]:
    """Node and relationship rows from ``PlanGraph.to_dict()``: properties
    flattened as Neo4j stores them (``source`` as source_file, source_sheet,
    source_cell; nulls left out; maps and lists of maps as JSON text). With
    ``partnership``, keys are "partnership|key", so that the rows of many
    partnerships' graphs can be written together without two "Domestic
    Abuse" areas becoming one."""
    def key(k: str) -> str:
        return f"{partnership}|{k}" if partnership else k

    nodes = [{"label": n["label"], "key": key(n["key"]),
              "props": _props({k: v for k, v in n.items() if k != "label"})} for n in data["nodes"]]
    rels = [{"type": r["type"], "start": (r["start"][0], key(r["start"][1])), "end": (r["end"][0], key(r["end"][1])),
             "props": _props({k: v for k, v in r.items() if k not in ("type", "start", "end")})}
            for r in data["relationships"]]
    return nodes, rels


def _props(item: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in item.items():
        if key == "source" and isinstance(value, dict):
            out.update({f"source_{k}": v for k, v in value.items()})
        elif isinstance(value, dict) or (isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value)):
            out[key] = json.dumps(value, sort_keys=True)
        elif value is not None:
            out[key] = value
    return out


def group_rows(nodes: Iterable[dict], rels: Iterable[dict]) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """Rows grouped as :func:`bare_unwind_create` takes them: nodes by label,
    relationships by type."""
    by_label: dict[str, list[dict]] = defaultdict(list)
    by_type: dict[str, list[dict]] = defaultdict(list)
    for node in nodes:
        by_label[node["label"]].append(node)
    for rel in rels:
        by_type[rel["type"]].append(rel)
    return dict(by_label), dict(by_type)


def _name(text: str) -> str:
    """A label or type, checked to be a plain name (it goes into the Cypher text)."""
    if not _NAME.match(text):
        raise ValueError(f"not a plain label or relationship type: {text!r}")
    return text


# -- Neo4j ----------------------------------------------------------------------
def _wipe_and_index(driver, database: str, labels: Iterable[str]) -> list[str]:
    """An empty database with an index on ``key`` for every label that has
    none (a constraint of plangraph's counts); returns the indexes made, which
    :func:`_drop` removes afterwards, so that the schema is left as found."""
    made = []
    with driver.session(database=database) as session:
        while session.run("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS gone").single()["gone"]:
            pass
        have = {(tuple(r["labels"] or ()), tuple(r["props"] or ())) for r in session.run(
            "SHOW INDEXES YIELD labelsOrTypes AS labels, properties AS props")}
        for label in sorted(set(labels)):
            name = _name(label)
            if ((name,), ("key",)) not in have:
                made.append(f"bench_{name.lower()}_key")
                session.run(f"CREATE INDEX {made[-1]} IF NOT EXISTS FOR (n:`{name}`) ON (n.key)").consume()
        session.run("CALL db.awaitIndexes(300)").consume()
    return made


def _drop(driver, database: str, indexes: list[str]) -> None:
    with driver.session(database=database) as session:
        for index in indexes:
            session.run(f"DROP INDEX {_name(index)} IF EXISTS").consume()


def bare_unwind_create(driver, database: str, rows_by_label: dict[str, list[dict]],
                       rels_by_type: dict[str, list[dict]]) -> float:
    """Seconds to CREATE every node and relationship in one transaction
    (after a wipe and the indexes, which are not timed)."""
    made = _wipe_and_index(driver, database, rows_by_label)
    try:
        return _create_all(driver, database, rows_by_label, rels_by_type)
    finally:
        _drop(driver, database, made)


def _create_all(driver, database: str, rows_by_label: dict[str, list[dict]],
                rels_by_type: dict[str, list[dict]]) -> float:
    with driver.session(database=database) as session:
        start = time.perf_counter()
        with session.begin_transaction() as tx:
            for label, rows in rows_by_label.items():
                text = f"UNWIND $rows AS row CREATE (n:`{_name(label)}`) SET n = row.props, n.key = row.key"
                for i in range(0, len(rows), BATCH):
                    tx.run(text, rows=[{"key": r["key"], "props": r["props"]} for r in rows[i:i + BATCH]]).consume()
            for type_, rels in rels_by_type.items():
                for (a, b), group in _by_ends(rels).items():
                    text = (f"UNWIND $rows AS row MATCH (a:`{_name(a)}` {{key: row.start}}) "
                            f"MATCH (b:`{_name(b)}` {{key: row.end}}) CREATE (a)-[r:`{_name(type_)}`]->(b) "
                            "SET r = row.props")
                    for i in range(0, len(group), BATCH):
                        tx.run(text, rows=group[i:i + BATCH]).consume()
            tx.commit()
        return time.perf_counter() - start


def _by_ends(rels: list[dict]) -> dict[tuple[str, str], list[dict]]:
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for rel in rels:
        groups[(rel["start"][0], rel["end"][0])].append({"start": rel["start"][1], "end": rel["end"][1],
                                                          "props": rel.get("props", {})})
    return groups


def naive_merge(driver, database: str, nodes: list[dict], rels: list[dict], *, sample: int = 500
                ) -> tuple[float, float]:
    """(seconds for a sample, seconds extrapolated to every node and
    relationship) of one MERGE per node and per relationship, each in its
    own transaction. The sample is split between nodes and relationships as
    they are split in the graph; the relationships' end nodes are written
    first, untimed. Indexes on ``key`` exist (a MERGE without them scans
    every node, and no one would keep that)."""
    if not nodes and not rels:
        return 0.0, 0.0
    n_rels = min(len(rels), round(sample * len(rels) / (len(nodes) + len(rels))))
    n_nodes = min(len(nodes), max(1, sample - n_rels)) if nodes else 0
    picked_rels = rels[:: max(1, len(rels) // n_rels)][:n_rels] if n_rels else []
    picked_nodes = nodes[:: max(1, len(nodes) // n_nodes)][:n_nodes] if n_nodes else []
    made = _wipe_and_index(driver, database, {n["label"] for n in nodes} |
                           {e[0] for r in rels for e in (r["start"], r["end"])})
    try:
        with driver.session(database=database) as session:
            node_time = sum(_timed(session, _merge_node, node) for node in picked_nodes)
            ends = {e for r in picked_rels for e in (r["start"], r["end"])}
            for label, key in sorted(ends):
                session.execute_write(_merge_node, {"label": label, "key": key, "props": {}})
            rel_time = sum(_timed(session, _merge_rel, rel) for rel in picked_rels)
    finally:
        _drop(driver, database, made)
    per_node = node_time / len(picked_nodes) if picked_nodes else 0.0
    per_rel = rel_time / len(picked_rels) if picked_rels else 0.0
    return node_time + rel_time, per_node * len(nodes) + per_rel * len(rels)


def _timed(session, work, row: dict) -> float:
    start = time.perf_counter()
    session.execute_write(work, row)
    return time.perf_counter() - start


def _merge_node(tx, node: dict) -> None:
    tx.run(f"MERGE (n:`{_name(node['label'])}` {{key: $key}}) SET n += $props", key=node["key"],
           props=node.get("props", {})).consume()


def _merge_rel(tx, rel: dict) -> None:
    (a, start), (b, end) = rel["start"], rel["end"]
    tx.run(f"MATCH (a:`{_name(a)}` {{key: $start}}) MATCH (b:`{_name(b)}` {{key: $end}}) "
           f"MERGE (a)-[r:`{_name(rel['type'])}`]->(b) SET r += $props", start=start, end=end,
           props=rel.get("props", {})).consume()
