"""PlanGraph: the nodes and relationships read from a set of plans.

A PlanGraph is what loaders build and stores save. It keeps one node per
(label, key) and one relationship per (type, start, end, role), so adding
the same fact twice changes nothing: loading the same files twice gives
the same graph.

Examples
--------
>>> from graphmodel import Area, Forum, Source
>>> g = PlanGraph()
>>> da = g.add(Area(key="Domestic Abuse", name="Domestic Abuse", source=Source("s.xlsx", "Areas", "A2")))
>>> board = g.add(Forum(key="SET DA Board", name="SET DA Board", source=Source("s.xlsx", "Partnership Forums", "B2")))
>>> _ = g.relate(Rel.WORKS_THROUGH, da, board, Source("s.xlsx", "Partnership Forums", "B2"))
>>> g.counts()
{'Area': 1, 'Forum': 1, 'WORKS_THROUGH': 1}
>>> [f.name for f in g.neighbours(da, Rel.WORKS_THROUGH)]
['SET DA Board']
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterator, TypeVar

from .model import NODE_TYPES, Node, Source
from .schema import ENDPOINTS, Label, Rel

__all__ = ["PlanGraph", "Relationship", "NodeId", "node_id"]

NodeId = tuple[Label, str]
N = TypeVar("N", bound=Node)


def node_id(node: Node) -> NodeId:
    return (node.label, node.key)


@dataclass(kw_only=True)
class Relationship:
    """A typed, directed relationship between two nodes, with where it was
    read and its own properties (e.g. a link's kind, evidence, confidence)."""

    type: Rel
    start: NodeId
    end: NodeId
    source: Source
    props: dict[str, Any] = field(default_factory=dict)

    @property
    def identity(self) -> tuple[Rel, NodeId, NodeId, str]:
        return self.identity_of(self.type, self.start, self.end, self.props)

    @staticmethod
    def identity_of(type: Rel, start: NodeId, end: NodeId, props: dict[str, Any]) -> tuple[Rel, NodeId, NodeId, str]:
        # An owner can lead the same workstream in two roles; every other
        # pair of nodes has at most one relationship of a type.
        return (type, start, end, str(props.get("role", "")))


class PlanGraph:
    """Nodes by (label, key) and relationships by identity, in insertion order."""

    def __init__(self) -> None:
        self._nodes: dict[NodeId, Node] = {}
        # Each node's id, held once: every relationship points at these tuples
        # instead of making two of its own (a graph has ~7 relationships a task).
        self._ids: dict[NodeId, NodeId] = {}
        self._rels: dict[tuple, Relationship] = {}
        # Relationships by their start and by their end node, so that walking
        # the graph does not scan every relationship at every step.
        self._out: dict[NodeId, dict[tuple, Relationship]] = {}
        self._in: dict[NodeId, dict[tuple, Relationship]] = {}

    # -- nodes -------------------------------------------------------------
    def add(self, node: N) -> N:
        """Add a node, or return the one already held under its label and key."""
        nid = node_id(node)
        held = self._nodes.setdefault(nid, node)
        self._ids.setdefault(nid, nid)
        return held  # type: ignore[return-value]

    def get(self, label: Label, key: str) -> Node | None:
        return self._nodes.get((label, key))

    def nodes(self, label: Label | None = None) -> list[Node]:
        return [n for n in self._nodes.values() if label is None or n.label == label]

    def remove(self, node: Node) -> None:
        """Remove a node and every relationship touching it."""
        nid = node_id(node)
        self._nodes.pop(nid, None)
        self._ids.pop(nid, None)
        for rel in [*self._out.pop(nid, {}).values(), *self._in.pop(nid, {}).values()]:
            self._rels.pop(rel.identity, None)
            self._out.get(rel.start, {}).pop(rel.identity, None)
            self._in.get(rel.end, {}).pop(rel.identity, None)

    # -- relationships -----------------------------------------------------
    def relate(self, type: Rel, start: Node, end: Node, source: Source, **props: Any) -> Relationship:
        """Add a relationship (or return the one already held with its identity)."""
        if (start.label, end.label) not in ENDPOINTS[type]:
            raise ValueError(f"{type} cannot join {start.label} to {end.label}")
        start_id, end_id = self._held_ids((start.label, start.key), (end.label, end.key))
        identity = Relationship.identity_of(type, start_id, end_id, props)
        held = self._rels.get(identity)
        if held is None:  # made only when new: a load relates ~8 times a task, often the same twice
            held = self._keep(identity, Relationship(type=type, start=start_id, end=end_id, source=source, props=props))
        return held

    def adopt(self, rel: Relationship) -> Relationship:
        """Hold a relationship read into another graph (a workbook's, before
        merging) whose nodes this one holds, itself rather than a copy; or
        return the one already held with its identity."""
        rel.start, rel.end = self._held_ids(rel.start, rel.end)
        identity = rel.identity
        held = self._rels.get(identity)
        return held if held is not None else self._keep(identity, rel)

    def _held_ids(self, start: NodeId, end: NodeId) -> tuple[NodeId, NodeId]:
        """This graph's own id tuples of two nodes it holds, or KeyError naming the first it does not."""
        start_id, end_id = self._ids.get(start), self._ids.get(end)
        if start_id is None or end_id is None:
            missing = start if start_id is None else end
            raise KeyError(f"{missing[0]} {missing[1]!r} is not in the graph")
        return start_id, end_id

    def _keep(self, identity: tuple, rel: Relationship) -> Relationship:
        self._rels[identity] = rel
        self._out.setdefault(rel.start, {})[identity] = rel
        self._in.setdefault(rel.end, {})[identity] = rel
        return rel

    def relationships(self, type: Rel | None = None) -> list[Relationship]:
        return [r for r in self._rels.values() if type is None or r.type == type]

    def outgoing(self, node: Node, type: Rel | None = None) -> Iterator[Relationship]:
        rels = list(self._out.get(node_id(node), {}).values())
        return (r for r in rels if type is None or r.type == type)

    def incoming(self, node: Node, type: Rel | None = None) -> Iterator[Relationship]:
        rels = list(self._in.get(node_id(node), {}).values())
        return (r for r in rels if type is None or r.type == type)

    def neighbours(self, node: Node, type: Rel) -> list[Node]:
        """The end nodes of ``node``'s outgoing relationships of ``type``."""
        return [self._nodes[r.end] for r in self.outgoing(node, type)]

    # -- summaries ---------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Nodes per label and relationships per type (only those present)."""
        counts = Counter(str(n.label) for n in self._nodes.values())
        counts.update(str(r.type) for r in self._rels.values())
        return dict(counts)

    def __len__(self) -> int:
        return len(self._nodes)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PlanGraph):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    # -- plain data --------------------------------------------------------
    def to_dict(self) -> dict[str, list[dict[str, Any]]]:
        """Nodes and relationships as plain, sorted, JSON-ready dicts."""
        nodes = [
            {"label": str(n.label), "key": n.key, **n.properties(), "source": n.source.as_dict()}
            for n in self._nodes.values()
        ]
        rels = [
            {
                "type": str(r.type),
                "start": [str(r.start[0]), r.start[1]],
                "end": [str(r.end[0]), r.end[1]],
                **r.props,
                "source": r.source.as_dict(),
            }
            for r in self._rels.values()
        ]
        nodes.sort(key=lambda d: (d["label"], d["key"]))
        rels.sort(key=lambda d: (d["type"], d["start"], d["end"], str(d.get("role", ""))))
        return {"nodes": nodes, "relationships": rels}

    @classmethod
    def from_dict(cls, data: dict[str, list[dict[str, Any]]]) -> "PlanGraph":
        """Rebuild a graph from :meth:`to_dict` output."""
        graph = cls()
        sources: dict[tuple, Source] = {}  # a task and its relationships were read in one cell: one Source

        def source_of(written: dict[str, str]) -> Source:
            if not isinstance(written, dict):
                return Source(**written)  # raises TypeError, as for any other field of the wrong kind
            place = tuple(written.items())
            found = sources.get(place)
            if found is None:
                found = sources[place] = Source(**written)
            return found

        for item in data["nodes"]:
            item = dict(item)
            name = item.pop("label")
            label = _LABELS.get(name) or Label(name)
            source = source_of(item.pop("source"))
            graph.add(NODE_TYPES[label](source=source, **item))
        for item in data["relationships"]:
            item = dict(item)
            name = item.pop("type")
            type_ = _RELS.get(name) or Rel(name)
            (start_label, start_key), (end_label, end_key) = item.pop("start"), item.pop("end")
            start = graph._nodes[(_LABELS.get(start_label) or Label(start_label), start_key)]
            end = graph._nodes[(_LABELS.get(end_label) or Label(end_label), end_key)]
            graph.relate(type_, start, end, source_of(item.pop("source")), **item)
        return graph


# Labels and types by their names: reading a stored graph names one per node
# and three per relationship, and an Enum's own lookup is slow.
_LABELS = {label.value: label for label in Label}
_RELS = {rel.value: rel for rel in Rel}
