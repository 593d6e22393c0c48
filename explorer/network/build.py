"""Networks a person can drag, zoom and click, built from the store's
answers (task rows, link rows, link warnings): a task's chain, the whole
plan's dependency map and the areas-and-forums map.

A big partnership has thousands of tasks, more than anyone can read drawn
at once, so each network draws at most ``limit`` nodes, the ones that
matter most first (nearest in a chain, most linked on the map, most shared
among forums), and says how many it left out (``Drawing.shown``/``total``).

Examples
--------
>>> tasks = {k: {"key": k, "ref": k[-1], "workstream": "W", "area": "A", "text": t, "status": "planned",
...              "owners": ["PW"], "due": None, "when": "", "due_is_review": False, "file": "p.xlsx",
...              "sheet": "W", "cell": "E" + k[-1]}
...          for k, t in (("W#1", "Map hotspots"), ("W#2", "<img src=x onerror=alert(1)>"))}
>>> links = [{"start": "W#2", "end": "W#1", "kind": "reference", "evidence": "Linked to (1)", "inferred": False,
...           "sheet": "W", "cell": "G2"}]
>>> drawing = plan_network(["W#1", "W#2"], tasks, links, {})
>>> [(e["from"], e["to"]) for e in drawing.network.edges]   # from the task waited on to the one waiting
[('W#1', 'W#2')]
>>> drawing.shown, drawing.total
(2, 2)
>>> plan_network(["W#1", "W#2"], tasks, links, {}, limit=1).shown
1
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from typing import Any, Iterable, Sequence
from urllib.parse import quote

import networkx as nx
from pyvis.network import Network

from analyses.chains import ChainStep, follows
from analyses.common import area_name, short, task_name, task_order
from analyses.warnings import LinkWarning, Trouble
from graphmodel import where

__all__ = ["STATUS_COLOURS", "Drawing", "chain_network", "plan_network", "forum_network", "task_url",
           "CHAIN_LIMIT", "MAP_LIMIT", "FORUM_LIMIT"]

# Fill and border of a task by status: done is green, running blue, not
# started grey, and amber where somebody is asked to look again.
STATUS_COLOURS = {
    "completed": ("#c8e6c9", "#2e7d32"),
    "ongoing": ("#bbdefb", "#1565c0"),
    "recurring": ("#e1bee7", "#6a1b9a"),
    "planned": ("#eeeeee", "#616161"),
    "under review": ("#ffe0b2", "#ef6c00"),
    "unknown": ("#ffffff", "#9e9e9e"),
}
CHOSEN = "#f9a825"  # the border of the task a person chose
TROUBLE_COLOURS = {Trouble.CLASH: "#d32f2f", Trouble.CYCLE: "#8e24aa", Trouble.OVERDUE: "#ef6c00"}
LINK = "#78909c"
# Colour-blind-safe enough for a dozen areas (Okabe-Ito, then Tableau).
PALETTE = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000",
           "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#9c755f", "#76b7b2"]
# The most nodes drawn: beyond these a network is a hairball nobody reads.
CHAIN_LIMIT, MAP_LIMIT, FORUM_LIMIT = 120, 250, 150

Row = dict[str, Any]
Warnings = dict[tuple[str, str], Sequence[LinkWarning]]


@dataclass
class Drawing:
    """A network, and how many of the nodes it could have drawn it shows."""

    network: Network
    shown: int
    total: int


def task_url(key: str) -> str:
    """The Task page of the explorer for a task, relative to any page.

    >>> task_url("Violence - Knife crime#28")
    'task?task=Violence%20-%20Knife%20crime%2328'
    """
    return "task?task=" + quote(key, safe="")


def _wrap(text: str, width: int = 30, lines: int = 3) -> str:
    return "\n".join(textwrap.wrap(" ".join(str(text).split()), width, max_lines=lines, placeholder="…"))


def _due(task: Row) -> str:
    if not task.get("due"):
        return task.get("when") or "no date"
    return f"{task['due']} (review)" if task.get("due_is_review") else task["due"]


def _task_node(net: Network, task: Row, *, label: str, links: bool, **options: Any) -> None:
    fill, border = STATUS_COLOURS.get(task.get("status"), STATUS_COLOURS["unknown"])
    owners = ", ".join(task.get("owners") or []) or "none"
    title = "\n".join([task_name(task), task["text"], f"Owner: {owners}", f"Due: {_due(task)} · {task.get('status')}"])
    info = [["Task", task_name(task)], ["What", task["text"]], ["Owner", owners], ["Due", _due(task)],
            ["Status", task.get("status") or ""], ["Area", task.get("area") or ""],
            ["Read from", where(task.get("file") or "", task.get("sheet") or "", task.get("cell") or "")]]
    options.setdefault("color", {"background": fill, "border": border,
                                 "highlight": {"background": fill, "border": CHOSEN}})
    net.add_node(task["key"], label=label, title=title, shape="box", info=info,
                 url=task_url(task["key"]) if links else None, **options)


def _link_edge(net: Network, a: Row, b: Row, link: Row, warnings: Sequence[LinkWarning]) -> None:
    """The link from ``a`` (waiting) to ``b`` (waited on), drawn from b to a
    so chains read left to right in the order the work must be done."""
    inferred = bool(link.get("inferred"))
    said = "; ".join(map(str, warnings))
    cell = f"{link.get('sheet', '')} {link.get('cell', '')}".strip()  # the sheet and cell the link was read in
    title = "\n".join(filter(None, [f"{task_name(a)} waits on {task_name(b)}",
                                    f"{link.get('kind', '')}: {link.get('evidence', '')}", f"cell {cell}",
                                    "inferred from words, check it" if inferred else "", said]))
    info = [["Link", f"{task_name(a)} waits on {task_name(b)}"], ["Kind", link.get("kind", "")],
            ["Evidence", link.get("evidence", "")], ["Cell", cell], ["Inferred", "yes" if inferred else "no"]]
    if said:
        info.append(["Warning", said])
    colour = TROUBLE_COLOURS[warnings[0].trouble] if warnings else LINK
    # Dates that clash and cycles are drawn thick; an overdue task waited on
    # only coloured, since old plans have many.
    thick = bool(warnings) and warnings[0].trouble in (Trouble.CLASH, Trouble.CYCLE)
    net.add_edge(b["key"], a["key"], title=title, info=info, color=colour, dashes=inferred,
                 width=3.5 if thick else 1.5, arrows="to")


def _add_links(net: Network, tasks: dict[str, Row], keys: Iterable[str], links: Iterable[Row],
               warnings: Warnings, include_inferred: bool) -> list[tuple[Row, Sequence[LinkWarning]]]:
    """The links among ``keys``, coloured by any warning they carry; the links drawn."""
    kept, drawn = set(keys), []
    for link in sorted(links, key=lambda r: (r["start"], r["end"])):
        if link["start"] in kept and link["end"] in kept and follows(link, include_inferred):
            found = warnings.get((link["start"], link["end"]), ())
            _link_edge(net, tasks[link["start"]], tasks[link["end"]], link, found)
            drawn.append((link, found))
    return drawn


def _levels(key: str, kept: Sequence[str], depth: dict[str, int], links: Sequence[Row]) -> dict[str, int]:
    """Columns for a chain read left to right: what the chosen task waits on
    to its left, each task left of every task waiting on it (the longest
    way to the chosen task); what waits on it to its right, the same way."""
    inside = set(kept)
    waits_on: dict[str, list[str]] = {}
    for link in links:
        if link["start"] in inside and link["end"] in inside:
            waits_on.setdefault(link["start"], []).append(link["end"])
    waited_by: dict[str, list[str]] = {}
    for a, bs in waits_on.items():
        for b in bs:
            waited_by.setdefault(b, []).append(a)
    left = _longest(key, waits_on, {k for k in inside if depth[k] < 0})
    right = _longest(key, waited_by, {k for k in inside if depth[k] > 0})
    return {k: (-left[k] if depth[k] < 0 else right[k] if depth[k] > 0 else 0) for k in inside}


def _longest(start: str, step: dict[str, list[str]], within: set[str]) -> dict[str, int]:
    """The most steps from ``start`` to each node of ``within``. Tasks in a
    cycle share one column (a cycle cannot read left to right), so lengths
    are taken over the cycles' condensation, a graph without cycles."""
    g = nx.DiGraph()
    g.add_node(start)
    g.add_edges_from((a, b) for a, bs in step.items() for b in bs if a in within | {start} and b in within)
    condensed = nx.condensation(g)
    part = condensed.graph["mapping"]
    steps = {part[start]: 0}
    for node in nx.topological_sort(condensed):
        if node in steps:
            for nxt in condensed.successors(node):
                steps[nxt] = max(steps.get(nxt, 0), steps[node] + 1)
    return {k: steps.get(part[k], 1) if k in part else 1 for k in within}


def _status_legend(tasks: Iterable[Row]) -> list[tuple[str, str, str]]:
    present = {t.get("status") for t in tasks}
    return [("fill", status, fill) for status, (fill, _) in STATUS_COLOURS.items() if status in present]


_TROUBLE_WORDS = {Trouble.CLASH: "due before what it waits on", Trouble.CYCLE: "in a cycle",
                  Trouble.OVERDUE: "waits on an overdue task"}


def _link_legend(drawn: Sequence[tuple[Row, Sequence[LinkWarning]]]) -> list[tuple[str, str, str]]:
    troubles = {found[0].trouble for _, found in drawn if found}
    items = [("line", "a link: the arrow points to the task waiting", LINK)] if drawn else []
    items += [("line", _TROUBLE_WORDS[t], TROUBLE_COLOURS[t]) for t in Trouble if t in troubles]
    if any(link.get("inferred") for link, _ in drawn):
        items.append(("dashed", "inferred from words: check it", LINK))
    return items


def _network(height: str, directed: bool = True) -> Network:
    return Network(height=height, width="100%", directed=directed, cdn_resources="in_line")


def chain_network(key: str, up: Sequence[ChainStep], down: Sequence[ChainStep], tasks: dict[str, Row],
                  links: Iterable[Row], warnings: Warnings, *, include_inferred: bool = True, links_to_pages: bool = True,
                  limit: int = CHAIN_LIMIT, height: str = "560px") -> Drawing:
    """A task's chain both ways: what it waits on to the left, what waits on
    it to the right, each task at its distance from the chosen one; the
    nearest ``limit`` tasks when the chain is longer."""
    depth = {key: 0}
    for step in down:
        depth.setdefault(step.task, step.depth)
    for step in up:
        depth[step.task] = -step.depth
    kept = sorted(depth, key=lambda k: (abs(depth[k]), task_order(k)))[:limit]
    links = [r for r in links if follows(r, include_inferred)]
    levels = _levels(key, kept, depth, links)
    net = _network(height)
    for k in sorted(kept, key=lambda k: (levels[k], task_order(k))):
        task = tasks[k]
        extra: dict[str, Any] = {"level": levels[k]}
        if k == key:
            fill, _ = STATUS_COLOURS.get(task.get("status"), STATUS_COLOURS["unknown"])
            extra.update(borderWidth=4, color={"background": fill, "border": CHOSEN,
                                               "highlight": {"background": fill, "border": CHOSEN}})
        _task_node(net, task, label=f"{task_name(task)}\n{short(task['text'], 80)}", links=links_to_pages, **extra)
    drawn = _add_links(net, tasks, kept, links, warnings, include_inferred)
    net.legend = _status_legend(tasks[k] for k in kept) + [("border", "the task chosen", CHOSEN)] + _link_legend(drawn)
    net.focus = key
    net.options = {
        "layout": {"hierarchical": {"enabled": True, "direction": "LR", "levelSeparation": 260,
                                    "nodeSpacing": 110, "sortMethod": "directed", "shakeTowards": "roots"}},
        "physics": {"enabled": False},
        "interaction": {"hover": True, "navigationButtons": True, "keyboard": False, "tooltipDelay": 150},
        "edges": {"smooth": {"type": "cubicBezier", "forceDirection": "horizontal"}},
        "nodes": {"widthConstraint": {"minimum": 150, "maximum": 190}, "font": {"face": "sans-serif", "size": 14},
                  "margin": 8},
    }
    return Drawing(net, len(kept), len(depth))


def _settling_layout(*, gravity: int, spring: int) -> dict[str, Any]:
    """Physics that lays a map out, then stops so it stays still while read."""
    return {
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": gravity, "springLength": spring},
                    "stabilization": {"enabled": True, "iterations": 400, "fit": True}},
        "interaction": {"hover": True, "navigationButtons": True, "keyboard": False, "tooltipDelay": 150},
        "nodes": {"font": {"face": "sans-serif"}},
        "layout": {"randomSeed": 7},  # the same map at every rerun
    }


def plan_network(keys: Iterable[str], tasks: dict[str, Row], links: Sequence[Row], warnings: Warnings, *,
                 include_inferred: bool = True, links_to_pages: bool = True, limit: int = MAP_LIMIT,
                 height: str = "640px") -> Drawing:
    """The tasks ``keys`` and the links among them, coloured by area; the
    ``limit`` most linked of them when there are more."""
    keys = [k for k in dict.fromkeys(keys) if k in tasks]
    degree: dict[str, int] = {}
    for link in links:
        if follows(link, include_inferred):
            for k in (link["start"], link["end"]):
                degree[k] = degree.get(k, 0) + 1
    kept = sorted(keys, key=lambda k: (-degree.get(k, 0), task_order(k)))[:limit]
    areas = sorted({area_name(tasks[k].get("area")) for k in kept})
    colour = {a: PALETTE[i % len(PALETTE)] for i, a in enumerate(areas)}
    net = _network(height)
    for k in sorted(kept, key=task_order):
        task = tasks[k]
        fill, _ = STATUS_COLOURS.get(task.get("status"), STATUS_COLOURS["unknown"])
        _task_node(net, task, label=map_label(task), links=links_to_pages,
                   color={"background": fill, "border": colour[area_name(task.get("area"))],
                          "highlight": {"background": fill, "border": CHOSEN}}, borderWidth=3)
    drawn = _add_links(net, tasks, kept, links, warnings, include_inferred)
    net.options = {**_settling_layout(gravity=-60, spring=110), "edges": {"smooth": {"type": "continuous"}}}
    net.options["nodes"].update(shape="box", font={"face": "sans-serif", "size": 14},
                                widthConstraint={"maximum": 170})
    net.legend = ([("border", f"area: {area}", colour[area]) for area in areas]
                  + _status_legend(tasks[k] for k in kept) + _link_legend(drawn))
    net.focus = kept[0] if kept else None  # the most linked task, when the whole map is too small to read
    net.findable = True
    return Drawing(net, len(kept), len(keys))


def map_label(task: Row) -> str:
    """A task on the whole-plan map, in words: its workstream's own name, its
    number, then its first words.

    >>> map_label({"workstream": "Violence - Knife crime", "ref": "28", "text": "Use social media to engage"}).split()
    ['Knife', 'crime', '28', 'Use', 'social', 'media', 'to…']
    """
    name = re.split(r"\s+[-–—:]\s+", task["workstream"])[-1]
    words = textwrap.shorten(" ".join(str(task["text"]).split()), 24, placeholder="…")
    return f"{short(name, 24)} {task['ref']}\n{words}"


def forum_network(matrix: dict[str, dict[str, int]], *, labels: dict[str, str] | None = None,
                  source: str = "strategy", limit: int = FORUM_LIMIT, height: str = "640px") -> Drawing:
    """Areas (boxes) joined to the forums and partners they work through
    (dots, larger the more areas share them); a forum shared by two or more
    areas is orange. With more than ``limit`` nodes, the forums fewest
    areas share are left out first.

    ``matrix[area][forum]`` is how often the area names the forum: its
    strategy-register entries (``source="strategy"``) or its tasks' mentions
    (``source="tasks"``).

    >>> drawing = forum_network({"DA": {"Hub": 1}, "Hate": {"Hub": 2, "IAG": 1}}, source="tasks")
    >>> sorted(n["id"] for n in drawing.network.nodes)
    ['area:DA', 'area:Hate', 'forum:Hub', 'forum:IAG']
    >>> [e["title"] for e in drawing.network.edges if e["to"] == "forum:Hub"]
    ['1 task of DA mentions Hub', '2 tasks of Hate mention Hub']
    """
    labels = labels or {}
    sharing: dict[str, list[str]] = {}
    for area, row in matrix.items():
        for forum, count in row.items():
            if count:
                sharing.setdefault(forum, []).append(area)
    room = max(limit - len(matrix), 0)
    forums = sorted(sharing, key=lambda f: (-len(sharing[f]), f.casefold()))[:room]
    net = _network(height, directed=False)
    for area in sorted(matrix):
        net.add_node(f"area:{area}", label=_wrap(area, 18, 2), title=area, shape="box",
                     color={"background": "#0072b2", "border": "#004c7a"}, font={"color": "#ffffff"},
                     info=[["Area", area], ["Works through", str(sum(1 for c in matrix[area].values() if c))]])
    for forum in sorted(forums):
        n = len(sharing[forum])
        kind = labels.get(forum, "Forum")
        net.add_node(f"forum:{forum}", label=_wrap(forum, 22, 2), shape="dot", size=8 + 5 * n,
                     title=f"{forum} ({kind.lower()})\nshared by {n} area{'s' if n != 1 else ''}",
                     color={"background": "#e69f00", "border": "#8a5f00"} if n > 1 else
                     {"background": "#cfd8dc", "border": "#90a4ae"},
                     info=[[kind, forum], ["Areas", ", ".join(sorted(sharing[forum]))]])
    drawn = set(forums)
    for area in sorted(matrix):
        for forum, count in sorted(matrix[area].items()):
            if count and forum in drawn:
                title = _mention_title(area, forum, count, source)
                net.add_edge(f"area:{area}", f"forum:{forum}", title=title, width=min(1 + count, 8), color=LINK,
                             info=[["Area", area], ["Forum", forum], ["Named", title]])
    net.options = _settling_layout(gravity=-80, spring=120)
    net.options["nodes"]["font"] = {"face": "sans-serif", "size": 14}
    net.hint = "Click an area or a forum to see its details. Drag to move, scroll to zoom."
    net.legend = [("fill", "an area", "#0072b2"), ("dot", "a forum or partner two or more areas share", "#e69f00"),
                  ("dot", "a forum or partner of one area", "#cfd8dc")]
    net.focus = f"forum:{forums[0]}" if forums else None
    return Drawing(net, len(matrix) + len(forums), len(matrix) + len(sharing))


def _mention_title(area: str, forum: str, count: int, source: str) -> str:
    if source == "tasks":
        return f"{count} task{'s' if count != 1 else ''} of {area} mention{'s' if count == 1 else ''} {forum}"
    return f"{area} works through {forum} (strategy register)"
