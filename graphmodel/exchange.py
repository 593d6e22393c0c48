"""A plan graph as a networkx graph, and as files other tools open.

In the networkx graph every node's id is ``"Label:key"`` and it carries a
``label`` attribute; every edge carries a ``type`` attribute (its
relationship type) and its provenance as ``source``. Node-link JSON names
an edge's ends ``from`` and ``to``, because ``source`` is where a fact was
read. GraphML and GEXF (for Gephi and yEd) hold only plain values, so
provenance is written as ``source_file``, ``source_sheet``, ``source_cell``
and lists as JSON text.

Examples
--------
>>> from graphmodel import Area, Source
>>> g = PlanGraph()
>>> _ = g.add(Area(key="Hate Crime", name="Hate Crime", source=Source("s.xlsx", "Areas", "A9")))
>>> nxg = to_networkx(g)
>>> nxg.nodes["Area:Hate Crime"]["label"]
'Area'
>>> from_networkx(nxg) == g
True
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from .graph import PlanGraph
from .problems import Problem

__all__ = ["to_networkx", "from_networkx", "write_json", "read_json", "read_problems", "write_graphml", "write_gexf",
           "FORMATS", "write", "LINK_ENDS"]

# Names of an edge's ends in node-link JSON (see the module docstring).
LINK_ENDS = {"source": "from", "target": "to", "edges": "links"}


def _nid(label: str, key: str) -> str:
    return f"{label}:{key}"


def to_networkx(graph: PlanGraph) -> nx.MultiDiGraph:
    """The graph as a networkx MultiDiGraph (see the module docstring)."""
    data = graph.to_dict()
    g = nx.MultiDiGraph()
    for node in data["nodes"]:
        g.add_node(_nid(node["label"], node["key"]), **node)
    for rel in data["relationships"]:
        attrs = {k: v for k, v in rel.items() if k not in ("start", "end")}
        key = f"{rel['type']}:{rel['role']}" if rel.get("role") else rel["type"]
        g.add_edge(_nid(*rel["start"]), _nid(*rel["end"]), key=key, **attrs)
    return g


def from_networkx(g: nx.MultiDiGraph) -> PlanGraph:
    """Rebuild a PlanGraph from :func:`to_networkx` output."""
    nodes = [dict(attrs) for _, attrs in g.nodes(data=True)]
    rels = []
    for u, v, attrs in g.edges(data=True):
        start, end = g.nodes[u], g.nodes[v]
        rels.append({**attrs, "start": [start["label"], start["key"]], "end": [end["label"], end["key"]]})
    return PlanGraph.from_dict({"nodes": nodes, "relationships": rels})


def write_json(graph: PlanGraph, path: Path, problems: Iterable[Problem] = ()) -> None:
    """networkx node-link JSON; the load's problems, if given, under "problems"."""
    data = nx.node_link_data(to_networkx(graph), **LINK_ENDS)
    problems = [p.as_dict() for p in problems]
    if problems:
        data["problems"] = problems
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def read_problems(path: Path) -> list[Problem]:
    """The problems :func:`write_json` saved beside the graph."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [Problem(**p) for p in data.get("problems", [])] if isinstance(data, dict) else []


def read_json(path: Path) -> PlanGraph:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return from_networkx(nx.node_link_graph(data, **LINK_ENDS))


def _flat(attrs: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in attrs.items():
        if isinstance(value, dict):
            out.update({f"{name}_{k}": v for k, v in value.items()})
        elif isinstance(value, list):
            out[name] = json.dumps(value, ensure_ascii=False)
        elif value is not None:
            out[name] = value
    return out


def _flat_graph(graph: PlanGraph) -> nx.MultiDiGraph:
    g = to_networkx(graph)
    flat = nx.MultiDiGraph()
    flat.add_nodes_from((n, _flat(a)) for n, a in g.nodes(data=True))
    flat.add_edges_from((u, v, k, _flat(a)) for u, v, k, a in g.edges(keys=True, data=True))
    return flat


def write_graphml(graph: PlanGraph, path: Path) -> None:
    """GraphML, for yEd, Gephi and Neo4j's APOC import."""
    nx.write_graphml(_flat_graph(graph), path)


def write_gexf(graph: PlanGraph, path: Path) -> None:
    """GEXF, for Gephi. Nodes are labelled with their names."""
    g = _flat_graph(graph)
    for _, attrs in g.nodes(data=True):
        # GEXF's own "label" is what Gephi shows; keep the node label as "kind".
        attrs["kind"] = attrs["label"]
        attrs["label"] = str(attrs.get("name") or attrs.get("text") or attrs["key"])[:80]
    nx.write_gexf(g, path)


FORMATS = {"json": write_json, "graphml": write_graphml, "gexf": write_gexf}


def write(graph: PlanGraph, path: Path, format: str) -> None:
    """Write ``graph`` to ``path`` in one of FORMATS."""
    try:
        writer = FORMATS[format]
    except KeyError:
        raise ValueError(f"unknown format {format!r}; choose from {', '.join(FORMATS)}") from None
    writer(graph, Path(path))
