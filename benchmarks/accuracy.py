"""How much of a synthetic partnership a load read as it was written.

The generator knows what every cell means; :func:`compare` holds a loaded
``PlanGraph`` against it. Tasks are matched by their text (unique within a
partnership, compared without case, spacing or a final full stop), so the
comparison does not depend on how the loaders name workstreams or key
tasks. Links are compared as (task that depends, task depended on) pairs;
links the loaders mark ``inferred`` are counted apart, as the generator's
hedged cites are. Owners are counted as the distinct owners of tasks.

Examples
--------
>>> import tempfile
>>> from loaders import load_plans
>>> from benchmarks.synthetic import write_partnership
>>> with tempfile.TemporaryDirectory() as tmp:
...     p = write_partnership(tmp, "tabular", places={"town": "Westbury", "county": "Marfordshire"}, tasks=40)
...     result = load_plans([p.folder])
>>> acc = compare(p, result.graph)
>>> acc.tasks_matched == acc.tasks_written == 40, acc.link_precision, acc.link_recall
(True, 1.0, 1.0)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphmodel import Label, PlanGraph, Rel

from .synthetic import Partnership

__all__ = ["Accuracy", "compare"]


@dataclass(frozen=True)
class Accuracy:
    tasks_written: int
    tasks_loaded: int
    tasks_matched: int  # loaded tasks whose text is a written task's
    links_written: int
    links_loaded: int  # not inferred
    links_right: int
    inferred_loaded: int
    hedged_written: int
    owners_written: int
    owners_loaded: int  # distinct owners of the tasks loaded
    forums_written: int
    forums_loaded: int
    partners_loaded: int

    @property
    def link_precision(self) -> float:
        return self.links_right / self.links_loaded if self.links_loaded else 1.0

    @property
    def link_recall(self) -> float:
        return self.links_right / self.links_written if self.links_written else 1.0

    def line(self) -> str:
        """One line for a report."""
        return (f"tasks {self.tasks_matched}/{self.tasks_written} (loaded {self.tasks_loaded}); "
                f"links P {self.link_precision:.3f} R {self.link_recall:.3f} ({self.links_loaded} read, "
                f"{self.links_written} written; inferred {self.inferred_loaded}, hedged {self.hedged_written}); "
                f"owners {self.owners_loaded}/{self.owners_written}; forums {self.forums_loaded}/"
                f"{self.forums_written}; partners {self.partners_loaded}")


def _text(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").strip()).rstrip(".").lower()


def compare(partnership: Partnership, graph: PlanGraph) -> Accuracy:
    """What ``graph`` (a load of ``partnership``'s folder) read, against what was written."""
    written = {_text(t.text): t for t in partnership.plan.tasks}
    tasks = graph.nodes(Label.TASK)
    meant = {node.key: written.get(_text(node.text)) for node in tasks}  # type: ignore[attr-defined]
    truth = {(id(a), id(b)) for t in partnership.plan.tasks for a, b in t.links()}
    loaded, inferred = set(), 0
    for rel in graph.relationships(Rel.LINKED_TO):
        if rel.props.get("inferred"):
            inferred += 1
            continue
        a, b = meant.get(rel.start[1]), meant.get(rel.end[1])
        loaded.add((id(a), id(b)) if a and b else (rel.start[1], rel.end[1]))
    owners = {rel.end[1] for rel in graph.relationships(Rel.OWNED_BY)}
    return Accuracy(
        tasks_written=partnership.tasks, tasks_loaded=len(tasks),
        tasks_matched=len({id(t) for t in meant.values() if t is not None}),
        links_written=len(truth), links_loaded=len(loaded), links_right=len(loaded & truth),
        inferred_loaded=inferred, hedged_written=partnership.hedged_links,
        owners_written=partnership.owners, owners_loaded=len(owners),
        forums_written=len(partnership.forums), forums_loaded=len(graph.nodes(Label.FORUM)),
        partners_loaded=len(graph.nodes(Label.PARTNER)))
