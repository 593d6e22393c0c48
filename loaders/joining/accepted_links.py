"""Links a planner accepted from ``plangraph suggest``, listed in plangraph.toml::

    [links]
    # each pair: the first task depends on (links to) the second
    accept = [["Violence - Knife crime#19", "Violence - Gangs#29"]]

Each pair whose two tasks were loaded becomes a ``LINKED_TO`` from the first
task to the second, of kind "accepted suggestion". Where the loader had
already inferred that very link (a workstream named without a number), the
planner has confirmed it: the inferred link becomes the accepted one. A link
the plans state already is left as it is, and noted. A pair naming a task
that was not loaded is a warning naming the toml file: the planner's choice
is not silently lost.

Examples
--------
>>> from graphmodel import PlanGraph, Source, Task
>>> g = PlanGraph()
>>> for ref in ("19", "29"):
...     _ = g.add(Task(key=f"W#{ref}", workstream="W", area=None, ref=ref, text="x", source=Source("p", "W", "E1")))
>>> problems = []
>>> add_accepted_links(g, Overrides(links_accept=[["W#19", "W#29"], ["W#19", "W#99"]], source="plangraph.toml"),
...                    problems)
>>> [(r.start[1], r.end[1], r.props["kind"], str(r.source)) for r in g.relationships(Rel.LINKED_TO)]
[('W#19', 'W#29', 'accepted suggestion', 'plangraph.toml › [links] › accept')]
>>> problems[0].message
"accepted link ['W#19', 'W#99'] names task 'W#99', which is not in the plans loaded; no link drawn"
"""

from __future__ import annotations

from graphmodel import Label, PlanGraph, Problem, Rel, Source, Task

from ..overrides import FILE_NAME, Overrides

__all__ = ["add_accepted_links", "KIND", "EVIDENCE"]

KIND = "accepted suggestion"
EVIDENCE = "accepted in plangraph.toml"


def add_accepted_links(graph: PlanGraph, overrides: Overrides, problems: list[Problem]) -> None:
    """Draw the links ``overrides`` accepts (``[links] accept``)."""
    source = Source(overrides.source or FILE_NAME, "[links]", "accept")
    props = {"kind": KIND, "evidence": EVIDENCE, "confidence": 1.0, "inferred": False}

    def note(message: str, severity: str, code: str) -> None:
        problems.append(Problem(source.file, source.sheet, source.cell, message, severity, code))

    for pair in overrides.links_accept:
        first, second = pair
        tasks = [graph.get(Label.TASK, key) for key in pair]
        missing = [key for key, task in zip(pair, tasks) if not isinstance(task, Task)]
        if missing:
            note(f"accepted link {pair} names task {missing[0]!r}, which is not in the plans loaded; no link drawn",
                 "warning", "accepted-link-missing-task")
            continue
        if first == second:
            note(f"accepted link {pair} joins a task to itself; no link drawn", "warning", "accepted-link-self")
            continue
        link = graph.relate(Rel.LINKED_TO, tasks[0], tasks[1], source, **props)
        if link.props.get("kind") == KIND:
            continue
        if link.props.get("inferred"):
            note(f"accepted link {pair} confirms the link the loader inferred "
                 f"({link.props.get('evidence')!r}, {link.source})", "info", "accepted-link-confirms")
            link.props, link.source = dict(props), source
        else:
            note(f"accepted link {pair} is already in the plans ({link.props.get('kind')}: "
                 f"{link.props.get('evidence')!r}, {link.source}); nothing added", "info", "accepted-link-exists")
