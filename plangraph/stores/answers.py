"""The store's questions, answered from plan graphs in memory.

Each method has the name of a ``cypher/`` file and returns the same rows
(plain dicts with the same keys, in the same order) as the Neo4j store gives
for it, so the two stores answer alike; a contract test runs both. A store
may hold several partnerships: every question takes ``partnership`` (None:
all of them), and every row says which partnership it is about.

Examples
--------
>>> from graphmodel import PlanGraph, Source, Task, Rel
>>> g = PlanGraph()
>>> a = g.add(Task(key="W#1", workstream="W", area="A", ref="1", text="Map", source=Source("p", "W", "E3"),
...                partnership="P"))
>>> b = g.add(Task(key="W#2", workstream="W", area="A", ref="2", text="Patrol", source=Source("p", "W", "E4"),
...                partnership="P"))
>>> _ = g.relate(Rel.LINKED_TO, b, a, Source("p", "W", "G4"), kind="reference", evidence="Linked to (1)",
...              confidence=1.0, inferred=False)
>>> answers = GraphAnswers({"P": g})
>>> [(r["key"], r["depth"], r["via"]) for r in answers.get_task_upstream(key="W#2", depth=5, include_inferred=False)]
[('W#1', 1, 'W#2')]
>>> [r["key"] for r in answers.find_tasks(words="patrol")]
['W#2']
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Callable, Iterable, Iterator

from cypher import READ_QUERIES
from graphmodel import Label, Node, Owner, PlanGraph, Problem, Rel, Relationship, Task

from .search import matches_words, search_words
from .walk import walk

__all__ = ["GraphAnswers", "QUESTIONS", "Row"]

Row = dict[str, Any]

# The questions every store answers, by the name of their cypher/ file.
QUESTIONS = READ_QUERIES


def _source(node_or_rel: Node | Relationship) -> Row:
    return {"file": node_or_rel.source.file, "sheet": node_or_rel.source.sheet, "cell": node_or_rel.source.cell}


class GraphAnswers:
    """The questions, over one plan graph per partnership."""

    def __init__(self, graphs: dict[str, PlanGraph], problems: dict[str, list[Problem]] | None = None) -> None:
        self.graphs = graphs
        self._problems = problems or {}
        self._cache: dict[tuple, list[Row]] = {}

    # -- helpers ----------------------------------------------------------------

    def _graphs(self, partnership: str | None) -> Iterator[tuple[str, PlanGraph]]:
        for name in sorted(self.graphs):
            if partnership is None or name == partnership:
                yield name, self.graphs[name]

    def _each(self, partnership: str | None, rows: Callable[[str, PlanGraph], Iterable[Row]]) -> list[Row]:
        return [row for name, g in self._graphs(partnership) for row in rows(name, g)]

    def _memo(self, name: str, args: tuple, compute: Callable[[], list[Row]]) -> list[Row]:
        """Answers are kept until the graphs change (a store makes a new GraphAnswers then)."""
        key = (name, args)
        if key not in self._cache:
            self._cache[key] = compute()
        return [dict(row) for row in self._cache[key]]

    # -- the questions ------------------------------------------------------------

    def count_nodes(self, partnership: str | None = None) -> list[Row]:
        counts = Counter(str(n.label) for _, g in self._graphs(partnership) for n in g.nodes())
        return [{"label": label, "count": n} for label, n in sorted(counts.items())]

    def get_partnerships(self) -> list[Row]:
        return [{"partnership": name, "tasks": len(g.nodes(Label.TASK)), "plans": len(g.nodes(Label.PLAN))}
                for name, g in self._graphs(None)]

    def get_plans(self, partnership: str | None = None) -> list[Row]:
        return self._each(partnership, lambda name, g: [
            {"partnership": name, "key": p.key, "title": p.title, "kind": p.kind, "date": p.date,  # type: ignore
             "current": p.current, "superseded_by": p.superseded_by, "reviewed": p.reviewed}  # type: ignore
            for p in sorted(g.nodes(Label.PLAN), key=lambda n: n.key)])

    def get_areas(self, partnership: str | None = None) -> list[Row]:
        return self._each(partnership, lambda name, g: [
            {"partnership": name, "key": a.key, "name": a.name, "vision": a.vision}  # type: ignore[attr-defined]
            for a in sorted(g.nodes(Label.AREA), key=lambda n: n.key)])

    def get_workstreams(self, partnership: str | None = None) -> list[Row]:
        return self._each(partnership, lambda name, g: [
            {"partnership": name, "key": w.key, "name": w.name, "area": w.area, "sheet": w.sheet,  # type: ignore
             "plan": w.plan}  # type: ignore[attr-defined]
            for w in sorted(g.nodes(Label.WORKSTREAM), key=lambda n: n.key)])

    def get_tasks(self, partnership: str | None = None, keys: list[str] | None = None) -> list[Row]:
        wanted = set(keys) if keys is not None else None
        rows = self._memo("get_tasks", (partnership,), lambda: self._each(partnership, _task_rows))
        return [r for r in rows if wanted is None or r["key"] in wanted]

    def get_task(self, key: str, partnership: str | None = None) -> list[Row]:
        rows = []
        for name, g in self._graphs(partnership):
            task = g.get(Label.TASK, key)
            if isinstance(task, Task):
                rows.append({"partnership": name, "key": task.key, **task.properties(), **_source(task),
                             "owners": _owner_names(g, task)})
        return rows

    def find_tasks(self, words: str, partnership: str | None = None) -> list[Row]:
        rows = self._memo("get_tasks", (partnership,), lambda: self._each(partnership, _task_rows))
        exact = [r for r in rows if r["key"] == words]
        found = exact or [r for r in rows if matches_words(r, search_words(words))]
        return [{"partnership": r["partnership"], "key": r["key"], "ref": r["ref"], "workstream": r["workstream"],
                 "text": r["text"]} for r in found]

    def get_task_upstream(self, key: str, depth: int, include_inferred: bool,
                          partnership: str | None = None) -> list[Row]:
        """What a task depends on (the tasks it cites), to ``depth`` links."""
        return self._chain(key, depth, include_inferred, partnership, upstream=True)

    def get_task_downstream(self, key: str, depth: int, include_inferred: bool,
                            partnership: str | None = None) -> list[Row]:
        """What waits on a task (the tasks citing it), to ``depth`` links."""
        return self._chain(key, depth, include_inferred, partnership, upstream=False)

    def _chain(self, key: str, depth: int, include_inferred: bool, partnership: str | None,
               upstream: bool) -> list[Row]:
        rows = []
        for name, g in self._graphs(partnership):
            if g.get(Label.TASK, key) is None:
                continue

            def step(keys: list[str]) -> list[Row]:
                return [r for k in keys for r in _links_of(g, name, k, upstream, include_inferred)]

            rows += walk(key, depth, step)
        return rows

    def get_links(self, partnership: str | None = None) -> list[Row]:
        return self._memo("get_links", (partnership,), lambda: self._each(partnership, lambda name, g: sorted(
            (_link_row(name, r) for r in g.relationships(Rel.LINKED_TO)), key=lambda r: (r["start"], r["end"]))))

    def get_dangling(self, partnership: str | None = None) -> list[Row]:
        return self._each(partnership, lambda name, g: [
            {"partnership": name, "key": t.key, "note": note}
            for t in sorted(g.nodes(Label.TASK), key=lambda n: n.key) for note in t.dangling_links])  # type: ignore

    def get_owners(self, partnership: str | None = None) -> list[Row]:
        return self._each(partnership, lambda name, g: [
            {"partnership": name, "key": o.key, **{f: o.properties()[f] for f in _OWNER_FIELDS}}
            for o in sorted(g.nodes(Label.OWNER), key=lambda n: n.key)])

    def get_owner_tasks(self, partnership: str | None = None) -> list[Row]:
        """Each task an owner holds, with what the workload questions split it by."""
        return self._memo("get_owner_tasks", (partnership,), lambda: self._each(partnership, _owner_task_rows))

    def get_owner_workload(self, partnership: str | None = None) -> list[Row]:
        return self._each(partnership, _workload_rows)

    def get_leads(self, partnership: str | None = None) -> list[Row]:
        return self._each(partnership, lambda name, g: sorted((
            {"partnership": name, "owner": r.start[1], "label": str(r.end[0]), "target": r.end[1],
             "role": r.props.get("role", "")} for r in g.relationships(Rel.LEADS)),
            key=lambda r: (r["owner"], r["label"], r["target"], r["role"])))

    def get_area_forums(self, partnership: str | None = None) -> list[Row]:
        return self._each(partnership, lambda name, g: sorted((
            {"partnership": name, "area": r.start[1], "forum": r.end[1], "label": str(r.end[0]),
             "written_as": r.props.get("written_as", ""), "split_from": r.props.get("split_from", "")}
            for r in g.relationships(Rel.WORKS_THROUGH)), key=lambda r: (r["area"], r["forum"])))

    def get_forum_mentions(self, partnership: str | None = None) -> list[Row]:
        return self._each(partnership, _mention_rows)

    def get_forums(self, partnership: str | None = None) -> list[Row]:
        return self._each(partnership, lambda name, g: [
            {"partnership": name, "label": str(n.label), "key": n.key, "name": n.name,  # type: ignore[attr-defined]
             "acronym": getattr(n, "acronym", None), "aliases": list(getattr(n, "aliases", [])),
             "chair": getattr(n, "chair", ""), "frequency": getattr(n, "frequency", "")}
            for label in (Label.FORUM, Label.PARTNER) for n in sorted(g.nodes(label), key=lambda n: n.key)])

    def get_aims(self, partnership: str | None = None) -> list[Row]:
        return self._each(partnership, lambda name, g: [
            {"partnership": name, "key": a.key, "area": a.area, "text": a.text, "number": a.number}  # type: ignore
            for a in sorted(g.nodes(Label.AIM), key=lambda n: n.key)])

    def problems(self, partnership: str | None = None) -> list[Problem]:
        return [p for name in sorted(self._problems) if partnership is None or name == partnership
                for p in self._problems[name]]


_OWNER_FIELDS = ("name", "kind", "initials", "role", "organisation", "spellings", "evidence")


def _owner_names(g: PlanGraph, task: Task) -> list[str]:
    return sorted(g.get(*r.end).name for r in g.outgoing(task, Rel.OWNED_BY))  # type: ignore[union-attr]


def _task_rows(name: str, g: PlanGraph) -> list[Row]:
    rows = []
    for task in sorted(g.nodes(Label.TASK), key=lambda n: n.key):
        assert isinstance(task, Task)
        rows.append({
            "partnership": name, "key": task.key, "ref": task.ref, "workstream": task.workstream, "area": task.area,
            "text": task.text, "how": task.how, "who": task.who, "when": task.when, "strands": list(task.strands),
            "status": task.status, "due": task.due, "due_from": task.due_from, "due_precision": task.due_precision,
            "due_is_review": task.due_is_review, "rag": task.rag, "plan": task.plan, **_source(task),
            "owners": _owner_names(g, task),
            "links_out": sum(1 for _ in g.outgoing(task, Rel.LINKED_TO)),
            "links_in": sum(1 for _ in g.incoming(task, Rel.LINKED_TO)),
        })
    return rows


def _link_row(name: str, r: Relationship) -> Row:
    return {"partnership": name, "start": r.start[1], "end": r.end[1], "kind": r.props.get("kind"),
            "confidence": r.props.get("confidence"), "inferred": bool(r.props.get("inferred")),
            "reversed": bool(r.props.get("reversed")), "evidence": r.props.get("evidence"), **_source(r)}


def _follows(r: Relationship, include_inferred: bool) -> bool:
    """A dependency to follow: never a duplicate (two rows that are one task); inferred only when asked."""
    return r.props.get("kind") != "duplicate" and (include_inferred or not r.props.get("inferred"))


def _links_of(g: PlanGraph, name: str, key: str, upstream: bool, include_inferred: bool) -> list[Row]:
    task = g.get(Label.TASK, key)
    if task is None:
        return []
    rels = g.outgoing(task, Rel.LINKED_TO) if upstream else g.incoming(task, Rel.LINKED_TO)
    out = []
    for r in rels:
        if _follows(r, include_inferred):
            other = g.get(*(r.end if upstream else r.start))
            out.append({**_link_row(name, r), "from": key, "key": other.key, "ref": other.ref,  # type: ignore
                        "workstream": other.workstream})  # type: ignore[union-attr]
    return out


def _owner_task_rows(name: str, g: PlanGraph) -> list[Row]:
    rows = []
    for r in g.relationships(Rel.OWNED_BY):
        task = g.get(*r.start)
        assert isinstance(task, Task)
        rows.append({"partnership": name, "owner": r.end[1], "task": task.key, "joint": bool(r.props.get("joint")),
                     "written_as": r.props.get("written_as", ""), "area": task.area, "workstream": task.workstream,
                     "strands": list(task.strands), "status": task.status, "cell": r.source.cell})
    return sorted(rows, key=lambda r: (r["owner"], r["task"]))


def _workload_rows(name: str, g: PlanGraph) -> list[Row]:
    rows = []
    for owner in g.nodes(Label.OWNER):
        assert isinstance(owner, Owner)
        owned = [(g.get(*r.start), r) for r in g.incoming(owner, Rel.OWNED_BY)]
        if not owned:
            continue
        tasks = sorted(owned, key=lambda pair: (pair[0].area or "", pair[0].workstream))  # type: ignore
        rows.append({
            "partnership": name, "owner": owner.key, "name": owner.name, "kind": owner.kind, "tasks": len(owned),
            "open": sum(t.status != "completed" for t, _ in owned),  # type: ignore[union-attr]
            "shared": sum(bool(r.props.get("joint")) for _, r in owned),
            "areas": list(dict.fromkeys(t.area for t, _ in tasks if t.area)),  # type: ignore[union-attr]
            "workstreams": list(dict.fromkeys(t.workstream for t, _ in tasks)),  # type: ignore[union-attr]
        })
    return sorted(rows, key=lambda r: (-r["tasks"], r["owner"]))


def _mention_rows(name: str, g: PlanGraph) -> list[Row]:
    rows = []
    for r in g.relationships(Rel.MENTIONS):
        task = g.get(*r.start)
        rows.append({"partnership": name, "forum": r.end[1], "label": str(r.end[0]), "area": task.area,  # type: ignore
                     "workstream": task.workstream, "task": task.key,  # type: ignore[union-attr]
                     "evidence": r.props.get("evidence"), "field": r.props.get("field", ""), "cell": r.source.cell})
    return sorted(rows, key=lambda r: (r["forum"], r["task"]))
