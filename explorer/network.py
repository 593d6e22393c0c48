"""Networks a person can drag, zoom and click: a task's chain, the whole
plan's dependency map and the areas-and-forums map, as standalone HTML.

The networks are built with pyvis and drawn by vis-network, but written
with our own page rather than pyvis's template, for two reasons:

- **Offline.** Police networks are closed: pyvis links Bootstrap (and,
  unless told otherwise, vis-network) from a CDN. Our page carries
  vis-network's script and style inline, and a Content-Security-Policy
  that lets the page fetch nothing at all.
- **Safe.** Every text comes from a spreadsheet anyone could have typed
  in. Node and link data go into the page as JSON with ``<``, ``>`` and
  ``&`` escaped, so no text can close the script; vis-network draws labels
  on a canvas and shows string tooltips as text; the click panel is filled
  with ``textContent``; and the policy runs only the page's own two
  scripts (by nonce), never an ``onerror=`` someone typed. pyvis's own
  template would show tooltips with ``innerHTML`` as soon as any text held
  "href".

Examples
--------
>>> from graphmodel import PlanGraph, Rel, Source, Task
>>> g = PlanGraph()
>>> def task(ref, text):
...     return g.add(Task(key=f"W#{ref}", workstream="W", area="A", ref=ref, text=text,
...                       source=Source("p.xlsx", "W", f"E{ref}")))
>>> t1, t2 = task("1", "Map hotspots"), task("2", "<img src=x onerror=alert(1)>")
>>> _ = g.relate(Rel.LINKED_TO, t2, t1, Source("p.xlsx", "W", "G2"), kind="reference",
...              evidence="Linked to (1)", confidence=1.0, inferred=False)
>>> net = chain_network(g, "W#2")
>>> [(e["from"], e["to"]) for e in net.edges]   # from the task waited on to the one waiting
[('W#1', 'W#2')]
>>> page = to_html(net, title="Chain of W #2")
>>> "<img" in page, "\\\\u003cimg src=x" in page
(False, True)
>>> remote_resources(page)
[]
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
import textwrap
from functools import cache
from importlib import resources
from typing import Any, Iterable
from urllib.parse import quote

from jinja2 import Environment
from pyvis.network import Network

from graphmodel import Label, PlanGraph, Rel, Task
from analyses import chains

from .views import link_warnings

__all__ = ["STATUS_COLOURS", "chain_network", "plan_network", "forum_network", "to_html", "remote_resources",
           "task_url", "short_name"]

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
CONFLICT = "#d32f2f"  # a link whose dates cannot both be kept
OVERDUE = "#ef6c00"  # a link to a task that is overdue
CYCLE = "#8e24aa"  # a link in a cycle
LINK = "#78909c"
# Colour-blind-safe enough for a dozen areas (Okabe-Ito, then Tableau).
PALETTE = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000",
           "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#9c755f", "#76b7b2"]


def task_url(key: str) -> str:
    """The Task page of the explorer for a task, relative to any page.

    Examples
    --------
    >>> task_url("Violence - Knife crime#28")
    'task?task=Violence%20-%20Knife%20crime%2328'
    """
    return "task?task=" + quote(key, safe="")


def short_name(workstream: str) -> str:
    """A workstream's initials, to tell tasks apart on a crowded map.

    Examples
    --------
    >>> short_name("Violence - Knife crime"), short_name("Digital Crime & Fraud")
    ('VKC', 'DCF')
    """
    words = [w for w in re.findall(r"[A-Za-z]+", workstream) if w.lower() not in ("and", "of", "the")]
    return "".join(w[0].upper() for w in words)[:5] or workstream[:5]


def _short(text: str, width: int = 80) -> str:
    return textwrap.shorten(" ".join(str(text).split()), width, placeholder="…") if str(text).strip() else ""


def _wrap(text: str, width: int = 30, lines: int = 3) -> str:
    return "\n".join(textwrap.wrap(" ".join(str(text).split()), width, max_lines=lines, placeholder="…"))


def _owners(graph: PlanGraph) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for rel in graph.relationships(Rel.OWNED_BY):
        names.setdefault(rel.start[1], []).append(graph.get(*rel.end).name)
    return {k: sorted(v) for k, v in names.items()}


def _due(task: Task) -> str:
    if not task.due:
        return task.when or "no date"
    return f"{task.due} (review)" if task.due_is_review else task.due


def _task_node(net: Network, task: Task, owners: list[str], *, label: str, links: bool, **options: Any) -> None:
    fill, border = STATUS_COLOURS.get(task.status, STATUS_COLOURS["unknown"])
    title = "\n".join([f"{task.workstream} #{task.ref}", task.text, f"Owner: {', '.join(owners) or 'none'}",
                       f"Due: {_due(task)} · {task.status}"])
    info = [["Task", f"{task.workstream} #{task.ref}"], ["What", task.text], ["Owner", ", ".join(owners) or "none"],
            ["Due", _due(task)], ["Status", task.status], ["Area", task.area or ""],
            ["Read from", str(task.source)]]
    options.setdefault("color", {"background": fill, "border": border,
                                 "highlight": {"background": fill, "border": CHOSEN}})
    net.add_node(task.key, label=label, title=title, shape="box", info=info,
                 url=task_url(task.key) if links else None, **options)


def _link_edge(net: Network, graph: PlanGraph, citing: str, cited: str, link: dict[str, Any],
               warning: str | None, colour: str) -> None:
    a, b = graph.get(Label.TASK, citing), graph.get(Label.TASK, cited)
    inferred = bool(link.get("inferred"))
    title = "\n".join(filter(None, [f"{a.workstream} #{a.ref} waits on {b.workstream} #{b.ref}",
                                    f"{link.get('kind', '')}: {link.get('evidence', '')}",
                                    f"cell {link.get('sheet', '')} {link.get('cell', '')}".strip(),
                                    "inferred from words, check it" if inferred else "", warning or ""]))
    info = [["Link", f"{a.workstream} #{a.ref} waits on {b.workstream} #{b.ref}"], ["Kind", link.get("kind", "")],
            ["Evidence", link.get("evidence", "")], ["Cell", f"{link.get('sheet', '')} {link.get('cell', '')}"],
            ["Inferred", "yes" if inferred else "no"]]
    if warning:
        info.append(["Warning", warning])
    # Drawn from the task waited on to the task waiting, so chains read
    # left to right in the order the work must be done.
    # Dates that clash and cycles are drawn thick; an overdue task waited on
    # only coloured, since old plans have many.
    net.add_edge(cited, citing, title=title, info=info, color=colour, dashes=inferred,
                 width=3.5 if colour in (CONFLICT, CYCLE) else 1.5, arrows="to")


def _warnings(graph: PlanGraph, include_inferred: bool,
              today: dt.date | None) -> dict[tuple[str, str], tuple[str, str]]:
    """(citing, cited) -> (what is wrong, colour): clashing dates red, an
    overdue task waited on amber, a cycle purple."""
    found = {}
    for pair, notes in link_warnings(graph, include_inferred=include_inferred, today=today).items():
        colour = (CONFLICT if any(n.startswith(chains.EARLIER) for n in notes)
                  else CYCLE if "in a cycle" in notes else OVERDUE)
        found[pair] = ("; ".join(notes), colour)
    return found


def _network(height: str) -> Network:
    return Network(height=height, width="100%", directed=True, cdn_resources="in_line")


def chain_network(graph: PlanGraph, key: str, *, depth: int | None = None, include_inferred: bool = True,
                  today: dt.date | None = None, links: bool = True, height: str = "560px") -> Network:
    """A task's chain both ways: what it waits on to the left, what waits on
    it to the right, each task at its distance from the chosen one.

    Links that clash (a task due before what it waits on, a task waiting on
    an overdue one, links in a cycle) are drawn thick and coloured.
    ``links`` puts a link to the Task page in each task's click panel.
    """
    up = chains.upstream(graph, key, depth=depth, include_inferred=include_inferred)
    down = chains.downstream(graph, key, depth=depth, include_inferred=include_inferred)
    levels = {key: 0}
    for step in down:
        levels.setdefault(step.task, step.depth)
    for step in up:
        levels[step.task] = -step.depth
    owners = _owners(graph)
    net = _network(height)
    for k, level in sorted(levels.items(), key=lambda kv: (kv[1], chains.task_order(kv[0]))):
        task = graph.get(Label.TASK, k)
        extra: dict[str, Any] = {"level": level}
        if k == key:
            fill, _ = STATUS_COLOURS.get(task.status, STATUS_COLOURS["unknown"])
            extra.update(borderWidth=4, color={"background": fill, "border": CHOSEN,
                                               "highlight": {"background": fill, "border": CHOSEN}})
        _task_node(net, task, owners.get(k, []), label=f"{task.workstream} #{task.ref}\n{_short(task.text)}",
                   links=links, **extra)
    _add_links(net, graph, levels, include_inferred, today)
    net.options = {
        "layout": {"hierarchical": {"enabled": True, "direction": "LR", "levelSeparation": 260,
                                    "nodeSpacing": 110, "sortMethod": "directed", "shakeTowards": "roots"}},
        "physics": {"enabled": False},
        "interaction": {"hover": True, "navigationButtons": True, "keyboard": False, "tooltipDelay": 150},
        "edges": {"smooth": {"type": "cubicBezier", "forceDirection": "horizontal"}},
        "nodes": {"widthConstraint": {"minimum": 150, "maximum": 190}, "font": {"face": "sans-serif", "size": 12},
                  "margin": 8},
    }
    return net


def _add_links(net: Network, graph: PlanGraph, keys: Iterable[str], include_inferred: bool,
               today: dt.date | None) -> None:
    """The links among ``keys``, coloured by any schedule warning they carry."""
    warnings = _warnings(graph, include_inferred, today)
    dep = chains.dependency_graph(graph, include_inferred=include_inferred).subgraph(keys)
    for citing, cited, link in sorted(dep.edges(data=True)):
        warning, colour = warnings.get((citing, cited), (None, LINK))
        _link_edge(net, graph, citing, cited, link, warning, colour)


def _settling_layout(*, gravity: int, spring: int) -> dict[str, Any]:
    """Physics that lays a map out, then stops so it stays still while read."""
    return {
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": gravity, "springLength": spring},
                    "stabilization": {"enabled": True, "iterations": 400, "fit": True}},
        "interaction": {"hover": True, "navigationButtons": True, "keyboard": False, "tooltipDelay": 150},
        "nodes": {"font": {"face": "sans-serif"}},
    }


def plan_network(graph: PlanGraph, keys: Iterable[str], *, include_inferred: bool = True,
                 today: dt.date | None = None, links: bool = True, height: str = "640px") -> Network:
    """The tasks ``keys`` and the links among them, coloured by area.

    Laid out by physics, which is switched off once the layout settles, so
    the map stays still while a person reads it.
    """
    keys = [k for k in dict.fromkeys(keys) if graph.get(Label.TASK, k) is not None]
    owners = _owners(graph)
    areas = sorted({graph.get(Label.TASK, k).area or "(no area)" for k in keys})
    colour = {a: PALETTE[i % len(PALETTE)] for i, a in enumerate(areas)}
    net = _network(height)
    for k in sorted(keys, key=chains.task_order):
        task = graph.get(Label.TASK, k)
        area = task.area or "(no area)"
        fill, _ = STATUS_COLOURS.get(task.status, STATUS_COLOURS["unknown"])
        _task_node(net, task, owners.get(k, []), label=f"{short_name(task.workstream)} {task.ref}", links=links,
                   color={"background": fill, "border": colour[area],
                          "highlight": {"background": fill, "border": CHOSEN}},
                   borderWidth=3)
    _add_links(net, graph, keys, include_inferred, today)
    net.options = {**_settling_layout(gravity=-60, spring=90), "edges": {"smooth": {"type": "continuous"}}}
    net.legend = [[area, colour[area]] for area in areas]  # type: ignore[attr-defined]
    return net


def forum_network(matrix: dict[str, dict[str, int]], *, labels: dict[str, str] | None = None,
                  source: str = "strategy", height: str = "640px") -> Network:
    """Areas (boxes) joined to the forums and partners they work through
    (dots, larger the more areas share them); a forum shared by two or more
    areas is orange.

    ``matrix[area][forum]`` is how often the area names the forum: its
    strategy-register entries (``source="strategy"``) or its tasks' mentions
    (``source="tasks"``).

    Examples
    --------
    >>> net = forum_network({"DA": {"Hub": 1}, "Hate": {"Hub": 2, "IAG": 1}}, source="tasks")
    >>> sorted(n["id"] for n in net.nodes)
    ['area:DA', 'area:Hate', 'forum:Hub', 'forum:IAG']
    >>> [e["title"] for e in net.edges if e["to"] == "forum:Hub"]
    ['1 task of DA mentions Hub', '2 tasks of Hate mention Hub']
    """
    labels = labels or {}
    sharing: dict[str, list[str]] = {}
    for area, row in matrix.items():
        for forum, count in row.items():
            if count:
                sharing.setdefault(forum, []).append(area)
    net = Network(height=height, width="100%", directed=False, cdn_resources="in_line")
    for area in sorted(matrix):
        net.add_node(f"area:{area}", label=_wrap(area, 18, 2), title=area, shape="box",
                     color={"background": "#0072b2", "border": "#004c7a"}, font={"color": "#ffffff"},
                     info=[["Area", area], ["Works through", str(sum(1 for c in matrix[area].values() if c))]])
    for forum in sorted(sharing):
        n = len(sharing[forum])
        kind = labels.get(forum, "Forum")
        net.add_node(f"forum:{forum}", label=_wrap(forum, 22, 2), shape="dot", size=8 + 5 * n,
                     title=f"{forum} ({kind.lower()})\nshared by {n} area{'s' if n != 1 else ''}",
                     color={"background": "#e69f00", "border": "#8a5f00"} if n > 1 else
                     {"background": "#cfd8dc", "border": "#90a4ae"},
                     info=[[kind, forum], ["Areas", ", ".join(sorted(sharing[forum]))]])
    for area in sorted(matrix):
        for forum, count in sorted(matrix[area].items()):
            if not count:
                continue
            if source == "tasks":
                title = f"{count} task{'s' if count != 1 else ''} of {area} mention{'s' if count == 1 else ''} {forum}"
            else:
                title = f"{area} works through {forum} (strategy register)"
            net.add_edge(f"area:{area}", f"forum:{forum}", title=title, width=min(1 + count, 8), color=LINK,
                         info=[["Area", area], ["Forum", forum], ["Named", title]])
    net.options = _settling_layout(gravity=-80, spring=120)
    return net


# -- the page -----------------------------------------------------------------

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-{{ nonce }}'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<style>{{ vis_css }}</style>
<style>
  html, body { margin: 0; padding: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; background: #fff; color: #1f2933; }
  #wrap { display: flex; width: 100%; height: {{ height }}; border: 1px solid #d0d7de; box-sizing: border-box; }
  #network { flex: 1 1 auto; min-width: 0; height: 100%; }
  #panel { flex: 0 0 270px; height: 100%; overflow: auto; box-sizing: border-box; border-left: 1px solid #d0d7de;
           background: #fafbfc; padding: 10px 12px; font-size: 13px; }
  #panel .hint { color: #57606a; margin: 0; }
  [hidden] { display: none !important; }
  #panel dl { margin: 0; } #panel dt { font-weight: 600; margin-top: 6px; } #panel dd { margin: 0; white-space: pre-wrap; }
  #panel a { display: inline-block; margin-top: 10px; color: #0b5cad; }
  #legend { font-size: 12px; padding: 4px 0; }
  #legend span.key { display: inline-block; margin-right: 12px; }
  #legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
  {% for colour in legend_colours %}#legend i.c{{ loop.index0 }} { background: {{ colour }}; }
  {% endfor %}
  div.vis-tooltip { white-space: pre-wrap; max-width: 360px; font-size: 12px; }
</style>
</head>
<body>
{% if title_shown %}<h1 style="font-size:16px;margin:6px 0">{{ title }}</h1>{% endif %}
{% if legend %}<div id="legend">{% for name, colour in legend %}<span class="key"><i class="c{{ loop.index0 }}"></i>{{ name }}</span>{% endfor %}</div>{% endif %}
<div id="wrap">
  <div id="network" role="img" aria-label="{{ title }}"></div>
  <aside id="panel" aria-live="polite"><p class="hint" id="hint">Click a task or a link to see its details. Drag to move, scroll to zoom.</p><dl id="facts"></dl><a id="open" target="_blank" rel="noopener" hidden>Open this task's page</a></aside>
</div>
<script nonce="{{ nonce }}">{{ vis_js }}</script>
<script nonce="{{ nonce }}">
(function () {
  "use strict";
  var nodes = new vis.DataSet({{ nodes }});
  var edges = new vis.DataSet({{ edges }});
  var options = {{ options }};
  var container = document.getElementById("network");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, options);
  window.plangraphNetwork = network;
  function ready() { document.body.setAttribute("data-ready", "yes"); }
  if (options.physics && options.physics.enabled) {
    // Let the layout settle, then keep it still while a person reads it.
    network.once("stabilizationIterationsDone", function () { network.setOptions({physics: false}); ready(); });
  } else {
    network.once("afterDrawing", ready);
  }
  // A network drawn while hidden (in a tab not shown) has no size to fit
  // to: fit it when it first shows.
  var lastWidth = container.clientWidth;
  if (window.ResizeObserver) {
    new ResizeObserver(function () {
      var width = container.clientWidth;
      if (width > 0 && lastWidth === 0) { network.redraw(); network.fit(); }
      lastWidth = width;
    }).observe(container);
  }
  var hint = document.getElementById("hint"), facts = document.getElementById("facts"),
      open = document.getElementById("open");
  function show(item) {
    while (facts.firstChild) { facts.removeChild(facts.firstChild); }
    (item.info || []).forEach(function (pair) {
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = String(pair[0]); dd.textContent = String(pair[1]);
      facts.appendChild(dt); facts.appendChild(dd);
    });
    // Only our own relative links to the Task page are ever followed.
    if (typeof item.url === "string" && /^task\\?task=[^:]*$/.test(item.url)) {
      open.setAttribute("href", item.url); open.hidden = false;
    } else { open.removeAttribute("href"); open.hidden = true; }
    hint.hidden = true;
  }
  function clear() {
    while (facts.firstChild) { facts.removeChild(facts.firstChild); }
    open.removeAttribute("href"); open.hidden = true; hint.hidden = false;
  }
  network.on("click", function (params) {
    if (params.nodes.length) { show(nodes.get(params.nodes[0])); }
    else if (params.edges.length) { show(edges.get(params.edges[0])); }
    else { clear(); }
  });
})();
</script>
</body>
</html>
"""

_ENV = Environment(autoescape=True)


def _json(value: Any) -> str:
    """JSON safe inside a <script>: no text can close it or open a comment."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


@cache
def _vis() -> tuple[str, str]:
    # The copy of vis-network that pyvis ships, so nothing is fetched.
    lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    # A source map would be fetched by a browser's developer tools: drop it.
    js = re.sub(r"//# sourceMappingURL=\S*\s*$", "", js)
    return js, (lib / "vis-network.css").read_text(encoding="utf-8")


def _clean(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if v is not None}


def to_html(net: Network, *, title: str = "", show_title: bool = False) -> str:
    """The network as one standalone HTML page that needs no internet:
    vis-network inline, every spreadsheet text escaped."""
    nodes, edges, _heading, height, _width, options = net.get_network_data()
    js, css = _vis()
    legend = getattr(net, "legend", [])
    from markupsafe import Markup

    return _ENV.from_string(_PAGE).render(
        title=title, title_shown=show_title, height=height, nonce=secrets.token_urlsafe(16),
        vis_js=Markup(js), vis_css=Markup(css),
        nodes=Markup(_json([_clean(n) for n in nodes])), edges=Markup(_json([_clean(e) for e in edges])),
        options=Markup(_json(json.loads(options))), legend=legend,
        legend_colours=[Markup(c) for _, c in legend if re.fullmatch(r"#[0-9a-fA-F]{6}", c)],
    )


_RESOURCE = re.compile(r"""<(?:script|link|img|iframe|source|audio|video|embed|object)\b[^>]*?"""
                       r"""\b(?:src|href|data)\s*=\s*["']?\s*(?:https?:)?//"""
                       r"""|url\(\s*["']?\s*(?:https?:)?//|@import\s+["']?(?:https?:)?//""", re.IGNORECASE)


def remote_resources(page: str) -> list[str]:
    """Every place in ``page`` that would fetch something from another
    host: script/link/img sources, CSS url() and @import. [] is offline.

    Examples
    --------
    >>> remote_resources('<script src="https://cdn.example/vis.js"></script><p>https://gov.uk</p>')
    ['<script src="https://']
    """
    return [m.group(0) for m in _RESOURCE.finditer(page)]
