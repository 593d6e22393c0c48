"""A graph as rows of plain values, and back: what a database or a flat file
format can hold.

Neo4j properties and GraphML attributes hold only plain values, so a node's
provenance ``source`` ({file, sheet, cell}) is written as ``source_file``,
``source_sheet``, ``source_cell``, and each node and relationship gets a
``uid`` naming it across every partnership a store holds. Both stores and
the GraphML and GEXF exports use these functions, so a fact is flattened
one way everywhere.

Examples
--------
>>> node_uid("Essex", "Task", "Violence - Gangs#7")
'Essex|Task:Violence - Gangs#7'
>>> flat_source({"key": "A", "source": {"file": "p.xlsx", "sheet": "S", "cell": "B2"}})
{'key': 'A', 'source_file': 'p.xlsx', 'source_sheet': 'S', 'source_cell': 'B2'}
>>> unflat_source({"key": "A", "source_file": "p.xlsx", "source_sheet": "S", "source_cell": "B2"})
{'key': 'A', 'source': {'file': 'p.xlsx', 'sheet': 'S', 'cell': 'B2'}}
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from .model import NODE_TYPES
from .schema import Label

__all__ = ["node_uid", "rel_uid", "flat_source", "unflat_source", "node_row", "rel_row", "node_from_props", "records",
           "RECORD_LISTS"]

Row = dict[str, Any]


def node_uid(partnership: str, label: str, key: str) -> str:
    """A node's name across every partnership of a store."""
    return f"{partnership}|{label}:{key}"


def rel_uid(partnership: str, rel: Row) -> str:
    """A relationship's name across every partnership: its type, ends and role."""
    return f"{partnership}|{rel['type']}|{':'.join(rel['start'])}|{':'.join(rel['end'])}|{rel.get('role', '')}"


def flat_source(item: Row) -> Row:
    """``source`` as three plain properties."""
    item = dict(item)
    source = item.pop("source", None) or {}
    return {**item, **{f"source_{k}": source.get(k, "") for k in ("file", "sheet", "cell")}}


def unflat_source(props: Row) -> Row:
    """The three plain properties back as ``source``."""
    props = dict(props)
    source = {k: props.pop(f"source_{k}", "") or "" for k in ("file", "sheet", "cell")}
    return {**props, "source": source}


# Fields holding records (an owner's spellings, a task's row as written), kept
# in a database as a list of JSON texts.
RECORD_LISTS = ("spellings", "as_written")


def node_row(node: Row) -> Row:
    """A node of ``PlanGraph.to_dict()`` as {uid, props}: nulls left out (a
    database stores none), source flattened, records as JSON texts, uid added."""
    props = flat_source({k: v for k, v in node.items() if k != "label" and v is not None})
    for name in RECORD_LISTS:
        if name in props:
            props[name] = [json.dumps(v, ensure_ascii=False, sort_keys=True) for v in props[name]]
    props["uid"] = node_uid(node.get("partnership", ""), node["label"], node["key"])
    return {"uid": props["uid"], "props": props}


def rel_row(rel: Row, partnership: str) -> Row:
    """A relationship of ``PlanGraph.to_dict()`` as {start, end, props}, its ends by uid."""
    props = flat_source({k: v for k, v in rel.items() if k not in ("type", "start", "end") and v is not None})
    props["uid"] = rel_uid(partnership, rel)
    return {"start": node_uid(partnership, *rel["start"]), "end": node_uid(partnership, *rel["end"]),
            "props": props}


def records(texts: list[Any]) -> list[Row]:
    """A list of records stored as JSON texts, back as dicts."""
    return [json.loads(v) if isinstance(v, str) else v for v in texts]


def node_from_props(label: str, props: Row) -> Row:
    """A node as ``PlanGraph.from_dict`` takes it, from its stored properties:
    uid dropped, source rebuilt, and the fields a store left out (it holds no
    nulls) given back as their defaults, or None."""
    props = unflat_source({k: v for k, v in props.items() if k != "uid"})
    for name in RECORD_LISTS:
        if name in props:
            props[name] = records(props[name])
    for f in dataclasses.fields(NODE_TYPES[Label(label)]):
        if f.name in props or f.name == "source":
            continue
        if f.default_factory is not dataclasses.MISSING:
            props[f.name] = f.default_factory()
        else:
            props[f.name] = None if f.default is dataclasses.MISSING else f.default
    return {"label": label, **props}
