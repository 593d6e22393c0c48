"""The Neo4j store: the plan graph in a Neo4j 5 database.

A save runs ``cypher/schema.cypher``, then, in ONE transaction, the
``load_*`` statements (nodes, then relationships, in batches of
``batch_size`` rows) and the ``delete_stale_*`` statements that remove what
the new graph no longer has. If anything fails (bad data, the server gone)
the transaction is rolled back and the graph saved before is unchanged.

In Neo4j every node keeps its label, its ``key``, its properties, ``uid``
(``Label:key``) and its provenance as ``source_file``, ``source_sheet`` and
``source_cell``; relationships likewise, with a ``uid``.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

import neo4j
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired

import cypher
from graphmodel import NODE_TYPES, Label, PlanGraph, Problem, Rel
from plangraph.stores.answers import QUERIES

from .base import StoreError

__all__ = ["Neo4jStore", "Neo4jSettings"]

_NODE_FILES = {
    Label.PLAN: "load_plans", Label.AREA: "load_areas", Label.WORKSTREAM: "load_workstreams",
    Label.AIM: "load_aims", Label.THEME: "load_themes", Label.TASK: "load_tasks", Label.OWNER: "load_owners",
    Label.FORUM: "load_forums", Label.PARTNER: "load_partners", Label.STRAND: "load_strands",
}
_ENGINE_ERRORS = (Neo4jError, ServiceUnavailable, SessionExpired, OSError)


@dataclass(frozen=True)
class Neo4jSettings:
    """Where the server is. The password comes from the environment or a
    config file, never from the command line, and is never printed."""

    uri: str = "bolt://127.0.0.1:7687"
    user: str = "neo4j"
    password: str = ""
    database: str = "neo4j"

    @classmethod
    def from_env(cls, **overrides: str) -> "Neo4jSettings":
        env = {k: os.environ.get(f"NEO4J_{k.upper()}") for k in ("uri", "user", "password", "database")}
        return cls(**{k: v for k, v in {**env, **overrides}.items() if v})

    def __repr__(self) -> str:
        return f"Neo4jSettings(uri={self.uri!r}, user={self.user!r}, database={self.database!r})"


class Neo4jStore:
    name = "neo4j"

    def __init__(self, settings: Neo4jSettings, *, batch_size: int = 500,
                 on_batch: Callable[[str, int], None] | None = None) -> None:
        self.settings = settings
        self.batch_size = batch_size
        self.on_batch = on_batch  # called after each batch with (statement, rows); for progress
        self._driver: neo4j.Driver | None = None

    # -- connection ----------------------------------------------------------
    @property
    def driver(self) -> neo4j.Driver:
        if self._driver is None:
            s = self.settings
            self._driver = neo4j.GraphDatabase.driver(s.uri, auth=(s.user, s.password))
        return self._driver

    def close(self) -> None:
        if self._driver is not None:
            self._driver.close()
            self._driver = None

    def describe(self) -> str:
        return f"Neo4j at {self.settings.uri} (database {self.settings.database})"

    def _fail(self, doing: str, exc: Exception) -> StoreError:
        if isinstance(exc, AuthError):
            why = "the user name or password was refused (set NEO4J_USER and NEO4J_PASSWORD)"
        elif isinstance(exc, (ServiceUnavailable, SessionExpired, OSError)):
            why = "the server could not be reached or went away"
        else:
            why = f"{getattr(exc, 'code', '') or type(exc).__name__}: {getattr(exc, 'message', None) or exc}"
        return StoreError(f"{doing} {self.describe()} failed: {why}")

    # -- writing -------------------------------------------------------------
    def save(self, graph: PlanGraph, problems: Iterable[Problem] = ()) -> None:
        """Replace the stored graph (and its problems) by ``graph``, all or nothing."""
        try:
            with self.driver.session(database=self.settings.database) as session:
                for statement in _statements(cypher.query("schema").text):
                    session.run(statement).consume()
                with session.begin_transaction() as tx:
                    self._write(tx, graph)
                    self._write_problems(tx, problems)
                    tx.commit()
        except _ENGINE_ERRORS as exc:
            raise self._fail("saving the graph to", exc) from None

    def _write(self, tx: neo4j.Transaction, graph: PlanGraph) -> None:
        data = graph.to_dict()
        for label, name in _NODE_FILES.items():
            rows = [_node_row(n) for n in data["nodes"] if n["label"] == str(label)]
            self._batches(tx, name, rows)
        for rel in Rel:
            rows = [_rel_row(r) for r in data["relationships"] if r["type"] == str(rel)]
            self._batches(tx, f"load_{rel.value.lower()}", rows)
        node_uids = [f"{n['label']}:{n['key']}" for n in data["nodes"]]
        rel_uids = [_rel_uid(r) for r in data["relationships"]]
        tx.run(cypher.query("delete_stale_relationships").text, keep=rel_uids).consume()
        tx.run(cypher.query("delete_stale_nodes").text, keep=node_uids).consume()

    def _write_problems(self, tx: neo4j.Transaction, problems: Iterable[Problem]) -> None:
        tx.run(cypher.query("delete_problems").text).consume()
        rows = [{**p.as_dict(), "order": i} for i, p in enumerate(problems)]
        self._batches(tx, "load_problems", rows)

    def problems(self) -> list[Problem]:
        return [Problem(**row) for row in self.run("get_problems")]

    def _batches(self, tx: neo4j.Transaction, name: str, rows: list[dict]) -> None:
        text = cypher.query(name).text
        for start in range(0, len(rows), self.batch_size):
            batch = rows[start:start + self.batch_size]
            tx.run(text, rows=batch).consume()
            if self.on_batch:
                self.on_batch(name, len(batch))

    # -- reading -------------------------------------------------------------
    def run(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run a read query of ``cypher/`` in a read transaction: the server
        refuses any write in it."""
        q = cypher.query(name)
        missing = set(q.parameters) - set(params)
        if missing:
            raise ValueError(f"{name} needs parameters {sorted(missing)}")
        try:
            return self.read_cypher(q.text, **params)
        except _ENGINE_ERRORS as exc:
            raise self._fail(f"running {name} on", exc) from None

    def read_cypher(self, text: str, **params: Any) -> list[dict[str, Any]]:
        """Run Cypher in a read-only transaction (a person's query from the
        explorer): writes are refused by the server, not by us."""
        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            return [record.data() for record in tx.run(text, **params)]

        with self.driver.session(database=self.settings.database, default_access_mode=neo4j.READ_ACCESS) as session:
            return session.execute_read(work)

    def query(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """A read query by name; the embedded store answers the same names."""
        if name not in QUERIES:
            raise KeyError(f"no read query {name!r}")
        return self.run(name, **params)

    def read(self) -> PlanGraph:
        nodes = [_node_dict(r["label"], r["props"]) for r in self.run("get_nodes")]
        rels = [_rel_dict(r) for r in self.run("get_relationships")]
        return PlanGraph.from_dict({"nodes": nodes, "relationships": rels})

    def is_empty(self) -> bool:
        return not any(row["count"] for row in self.run("count_nodes"))


def _statements(text: str) -> Iterator[str]:
    body = "\n".join(line for line in text.splitlines() if not line.startswith("//"))
    return (s.strip() for s in body.split(";") if s.strip())


def _flat_source(item: dict[str, Any]) -> dict[str, Any]:
    source = item.pop("source")
    return {**item, **{f"source_{k}": v for k, v in source.items()}}


def _node_row(node: dict[str, Any]) -> dict[str, Any]:
    props = _flat_source({k: v for k, v in node.items() if k != "label" and v is not None})
    props["uid"] = f"{node['label']}:{node['key']}"
    return {"key": node["key"], "props": props}


def _rel_uid(rel: dict[str, Any]) -> str:
    return f"{rel['type']}|{':'.join(rel['start'])}|{':'.join(rel['end'])}|{rel.get('role', '')}"


def _rel_row(rel: dict[str, Any]) -> dict[str, Any]:
    props = _flat_source({k: v for k, v in rel.items() if k not in ("type", "start", "end") and v is not None})
    props["uid"] = _rel_uid(rel)
    return {"start": rel["start"][1], "end": rel["end"][1], "end_label": rel["end"][0], "uid": props["uid"],
            "props": props}


def _source_of(props: dict[str, Any]) -> dict[str, str]:
    return {k: props.pop(f"source_{k}", "") for k in ("file", "sheet", "cell")}


def _node_dict(label: str, props: dict[str, Any]) -> dict[str, Any]:
    props = dict(props)
    props.pop("uid", None)
    source = _source_of(props)
    # Neo4j stores no nulls: fields left out come back as None.
    for f in dataclasses.fields(NODE_TYPES[Label(label)]):
        if f.name not in props and f.name != "source" and f.default is dataclasses.MISSING \
                and f.default_factory is dataclasses.MISSING:
            props[f.name] = None
    return {"label": label, **props, "source": source}


def _rel_dict(row: dict[str, Any]) -> dict[str, Any]:
    props = dict(row["props"])
    props.pop("uid", None)
    source = _source_of(props)
    return {"type": row["type"], "start": [row["start_label"], row["start"]],
            "end": [row["end_label"], row["end"]], **props, "source": source}
