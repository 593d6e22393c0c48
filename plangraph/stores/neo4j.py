"""The Neo4j store: plan graphs in a Neo4j 5 database, and the questions
asked of them answered in Cypher.

A save runs ``cypher/schema.cypher``, then, in ONE transaction, removes the
partnership's nodes (``delete_partnership``) and creates its new ones with
the ``load_*`` statements (``UNWIND $rows ... CREATE``, nodes then
relationships, in batches of ``batch_size`` rows), with its problems. Other
partnerships are not touched. If anything fails (bad data, the server gone)
the transaction is rolled back and what was saved before is unchanged.

In Neo4j every node has its label and ``PlanItem``, its ``key``,
``partnership``, properties, ``uid`` (``partnership|Label:key``) and its
provenance as ``source_file``, ``source_sheet`` and ``source_cell``;
relationships likewise, with a ``uid``. Answers that take no parameters are
kept until the store's version stamp (``StoreVersion``, changed by every
save) changes.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

import neo4j
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired

import cypher
from graphmodel import Label, PlanGraph, Problem, Rel
from graphmodel.rows import node_from_props, node_row, records, rel_row, unflat_source

from .answers import QUESTIONS
from .base import StoreError, partnership_of
from .search import search_words
from .walk import walk

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


# Questions whose answer depends on nothing but the store's contents: kept
# until the store's version changes.
_KEPT = frozenset({"count_nodes", "get_partnerships", "get_plans", "get_areas", "get_workstreams", "get_links",
                   "get_dangling", "get_owners", "get_owner_tasks", "get_owner_workload", "get_leads",
                   "get_area_forums", "get_forum_mentions", "get_forums", "get_aims"})


class Neo4jStore:
    name = "neo4j"

    def __init__(self, settings: Neo4jSettings, *, batch_size: int = 2000,
                 on_batch: Callable[[str, int], None] | None = None) -> None:
        self.settings = settings
        self.batch_size = batch_size
        self.on_batch = on_batch  # called after each batch with (statement, rows); for progress
        self._driver: neo4j.Driver | None = None
        self._kept: tuple[str, dict[tuple, list[dict[str, Any]]]] = ("", {})
        self._prepared = False

    # -- connection ----------------------------------------------------------
    @property
    def driver(self) -> neo4j.Driver:
        if self._driver is None:
            s = self.settings
            # The server's hints ("property `reviewed` does not exist" when no
            # plan has one yet) are for query authors, not for people loading plans.
            self._driver = neo4j.GraphDatabase.driver(s.uri, auth=(s.user, s.password),
                                                      notifications_min_severity="OFF")
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
    def save(self, graph: PlanGraph, problems: Iterable[Problem] = (), *, partnership: str | None = None) -> None:
        """Replace one partnership's graph and problems (the graph's own, by default), all or nothing."""
        name = partnership if partnership is not None else partnership_of(graph)
        try:
            self.prepare()
            with self.driver.session(database=self.settings.database) as session:
                with session.begin_transaction() as tx:
                    tx.run(cypher.query("delete_partnership").text, partnership=name).consume()
                    self._write(tx, graph, name)
                    self._write_problems(tx, problems, name)
                    tx.run(cypher.query("load_partnership").text, partnership=name,
                           tasks=len(graph.nodes(Label.TASK)), plans=len(graph.nodes(Label.PLAN))).consume()
                    tx.run(cypher.query("set_version").text, version=uuid.uuid4().hex).consume()
                    tx.commit()
        except _ENGINE_ERRORS as exc:
            raise self._fail("saving the graph to", exc) from None

    def prepare(self) -> None:
        """The constraints and indexes (cypher/schema.cypher), once per store opened."""
        if self._prepared:
            return
        with self.driver.session(database=self.settings.database) as session:
            for statement in _statements(cypher.query("schema").text):
                session.run(statement).consume()
            session.run("CALL db.awaitIndexes(300)").consume()
            # Nodes of a plangraph older than partnerships: a scan of the store, so once per store opened.
            session.run(cypher.query("delete_unpartnered").text).consume()
        self._prepared = True

    def remove(self, partnership: str) -> None:
        """Take one partnership's plans out of the store."""
        try:
            with self.driver.session(database=self.settings.database) as session:
                with session.begin_transaction() as tx:
                    tx.run(cypher.query("delete_partnership").text, partnership=partnership).consume()
                    tx.run(cypher.query("delete_problems").text, partnership=partnership).consume()
                    tx.run(cypher.query("delete_partnership_record").text, partnership=partnership).consume()
                    tx.run(cypher.query("set_version").text, version=uuid.uuid4().hex).consume()
                    tx.commit()
        except _ENGINE_ERRORS as exc:
            raise self._fail("removing a partnership from", exc) from None

    def _write(self, tx: neo4j.Transaction, graph: PlanGraph, partnership: str) -> None:
        data = graph.to_dict()
        for label, name in _NODE_FILES.items():
            rows = [node_row({**n, "partnership": partnership}) for n in data["nodes"] if n["label"] == str(label)]
            self._batches(tx, name, rows)
        for rel in Rel:
            rows = [rel_row(r, partnership) for r in data["relationships"] if r["type"] == str(rel)]
            self._batches(tx, f"load_{rel.value.lower()}", rows)

    def _write_problems(self, tx: neo4j.Transaction, problems: Iterable[Problem], partnership: str) -> None:
        tx.run(cypher.query("delete_problems").text, partnership=partnership).consume()
        rows = [{**p.as_dict(), "order": i, "partnership": partnership} for i, p in enumerate(problems)]
        self._batches(tx, "load_problems", rows)

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
        if "partnerships" in q.parameters and "partnerships" not in params:
            # A question starts from its partnerships' nodes, found by index: the one asked about, or every one.
            asked = params.pop("partnership", None)
            params["partnerships"] = [asked] if asked is not None else self._partnership_names()
        missing = set(q.parameters) - set(params)
        if missing:
            raise ValueError(f"{name} needs parameters {sorted(missing)}")
        try:
            return self.read_cypher(q.text, **params)
        except _ENGINE_ERRORS as exc:
            raise self._fail(f"running {name} on", exc) from None

    def read_cypher(self, text: str, **params: Any) -> list[dict[str, Any]]:
        """Run Cypher of ours in a read-only transaction: the server refuses
        any write in it. (A person's own Cypher goes through
        plangraph.stores.console, which checks far more.)"""
        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            result = tx.run(text, **params)
            keys = result.keys()  # rows of plain values: zipped, a third faster than record.data()
            return [dict(zip(keys, values)) for values in result.values()]

        with self.driver.session(database=self.settings.database, default_access_mode=neo4j.READ_ACCESS) as session:
            return session.execute_read(work)

    def version(self) -> str:
        return self.run("get_version")[0]["version"]

    def _partnership_names(self) -> list[str]:
        return [row["partnership"] for row in self._ask("get_partnerships")]

    def _ask(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """A question's rows: from Cypher, or kept from before while the store is unchanged."""
        if name not in _KEPT:
            return self.run(name, **params)
        version = self.version()
        if self._kept[0] != version:
            self._kept = (version, {})
        key = (name, tuple(sorted(params.items())))
        if key not in self._kept[1]:
            self._kept[1][key] = self.run(name, **params)
        return [dict(row) for row in self._kept[1][key]]

    def query(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """A question by the name of its ``cypher/`` file; the embedded store answers the same names."""
        if name not in QUESTIONS:
            raise KeyError(f"no read query {name!r}")
        return getattr(self, name)(**params)

    def __getattr__(self, name: str) -> Any:
        # The questions that are one Cypher file each, with partnership=None by default.
        if name in _KEPT:
            return lambda partnership=None, **params: self._ask(name, partnership=partnership, **params)
        raise AttributeError(name)

    def get_owners(self, partnership: str | None = None) -> list[dict[str, Any]]:
        return [{**row, "spellings": records(row["spellings"])} for row in self._ask("get_owners", partnership=partnership)]

    def get_tasks(self, partnership: str | None = None, keys: list[str] | None = None) -> list[dict[str, Any]]:
        return self.run("get_tasks", partnership=partnership, keys=keys)

    def get_task(self, key: str, partnership: str | None = None) -> list[dict[str, Any]]:
        rows = []
        for row in self.run("get_task", key=key, partnership=partnership):
            props = node_from_props("Task", row["props"])
            source = props.pop("source")
            props.pop("label")
            rows.append({"partnership": props["partnership"], "key": props.pop("key"), **props, **source,
                         "owners": row["owners"]})
        return rows

    def find_tasks(self, words: str, partnership: str | None = None) -> list[dict[str, Any]]:
        exact = [{k: r[k] for k in ("partnership", "key", "ref", "workstream", "text")}
                 for r in self.get_task(words, partnership)]
        return exact or self.run("find_tasks", words=search_words(words), partnership=partnership)

    def get_task_upstream(self, key: str, depth: int, include_inferred: bool,
                          partnership: str | None = None) -> list[dict[str, Any]]:
        return self._chain("get_task_upstream", key, depth, include_inferred, partnership)

    def get_task_downstream(self, key: str, depth: int, include_inferred: bool,
                            partnership: str | None = None) -> list[dict[str, Any]]:
        return self._chain("get_task_downstream", key, depth, include_inferred, partnership)

    def _chain(self, name: str, key: str, depth: int, include_inferred: bool,
               partnership: str | None) -> list[dict[str, Any]]:
        """Walked step by step, one query a step, as the embedded store walks."""
        rows = []
        for found in self.get_task(key, partnership):
            def step(keys: list[str], where: str = found["partnership"]) -> list[dict[str, Any]]:
                return self.run(name, keys=keys, include_inferred=include_inferred, partnership=where)

            rows += walk(key, depth, step)
        return rows

    def problems(self, partnership: str | None = None) -> list[Problem]:
        return [Problem(**row) for row in self.run("get_problems", partnership=partnership)]

    def read(self, partnership: str | None = None) -> PlanGraph:
        """A partnership's whole graph (for export); None: the only one."""
        names = [r["partnership"] for r in self.get_partnerships()]
        if partnership is None:
            if len(names) > 1:
                raise StoreError(f"{self.describe()} holds {len(names)} partnerships ({', '.join(names)}): "
                                 "choose one with --partnership")
            partnership = names[0] if names else ""
        nodes = [node_from_props(r["label"], r["props"]) for r in self.run("get_nodes", partnership=partnership)]
        rels = [_rel_dict(r) for r in self.run("get_relationships", partnership=partnership)]
        return PlanGraph.from_dict({"nodes": nodes, "relationships": rels})

    def is_empty(self) -> bool:
        return not any(row["count"] for row in self.count_nodes())


def _statements(text: str) -> Iterator[str]:
    body = "\n".join(line for line in text.splitlines() if not line.startswith("//"))
    return (s.strip() for s in body.split(";") if s.strip())


def _rel_dict(row: dict[str, Any]) -> dict[str, Any]:
    props = unflat_source({k: v for k, v in row["props"].items() if k != "uid"})
    return {"type": row["type"], "start": [row["start_label"], row["start"]],
            "end": [row["end_label"], row["end"]], **props}
