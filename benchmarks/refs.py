"""How a layout numbers its tasks, and the cell texts that cite them.

Every layout has a ref scheme: plain numbers restarting in each workstream
("1", "2" ... as Essex's Task No), dotted ("2.3"), prefixed by priority
("ASB-01", cited as "ASB1" or "asb-1" too), prefixed by strand ("PV-3",
cited as "PV3" or "PV 3"), lettered ("E1.4") or a project tool's outline
numbers ("1.2.3", with row IDs). :func:`cell_texts` writes a task's cites
and decoys into the fields they belong to, in the scheme's forms.

Examples
--------
>>> scheme = Prefixed()
>>> scheme.form("ASB-01", 3), scheme.form("ASB-01", 2), scheme.missing_after("ASB-08")
('ASB1', 'ASB-1', 'ASB-11')
>>> Strand().form("PT-6", 3)
'PT6'
>>> sentences(["Requires 2.1", "Phase 2 starts in the autumn."])
'Requires 2.1. Phase 2 starts in the autumn.'
"""

from __future__ import annotations

import random
import re
import zlib
from collections import defaultdict

from .links import ESSEX_ARITY, decoy, render
from .model import Plan, Task, Workstream
from .vocab_actions import STRANDS

__all__ = ["Scheme", "Plain", "Dotted", "Prefixed", "Strand", "Lettered", "Outline", "cell_texts", "cite_texts",
           "decoy_texts", "sentences"]


class Scheme:
    """Numbers tasks; writes a ref as cited (``form``) and one no task has."""

    def assign(self, plan: Plan) -> None:
        for w, ws in enumerate(plan.workstreams, 1):
            for n, task in enumerate(ws.tasks, 1):
                task.ref = self.ref(ws, w, n, task)

    def ref(self, ws: Workstream, w: int, n: int, task: Task) -> str:
        return str(n)

    def form(self, ref: str, variant: int) -> str:
        return ref

    def missing(self, task: Task, plan: Plan) -> str:
        """A ref no task has, as ``task`` would cite it: past its workstream's last."""
        return self.missing_after(task.workstream.tasks[-1].ref)

    def missing_after(self, last: str) -> str:
        """A ref three past ``last``, in its form."""
        head, number = re.match(r"(.*?)(\d+)$", last).groups()
        width = len(number) if number.startswith("0") else 1
        return f"{head}{int(number) + 3:0{width}d}"


class Plain(Scheme):
    """1, 2, 3 in every workstream (Essex's Task No)."""


class Dotted(Scheme):
    def ref(self, ws, w, n, task):
        return f"{w}.{n}"


class Prefixed(Scheme):
    def ref(self, ws, w, n, task):
        return f"{ws.priority.prefix}-{n:02d}"

    def form(self, ref, variant):
        head, number = ref.split("-")
        return (ref, ref, f"{head}-{int(number)}", f"{head}{int(number)}", f"{head.lower()}-{int(number)}")[variant % 5]


class Strand(Scheme):
    """PV-1, PU-1, PT-1, PP-1 across every priority of a strand."""

    PREFIX = dict(zip(STRANDS, ("PV", "PU", "PT", "PP")))

    def assign(self, plan):
        counts: dict[str, int] = defaultdict(int)
        for task in plan.tasks:
            counts[task.strand] += 1
            task.ref = f"{self.PREFIX[task.strand]}-{counts[task.strand]}"

    def form(self, ref, variant):
        head, number = ref.split("-")
        return (ref, ref, ref, f"{head}{number}", f"{head} {number}")[variant % 5]

    def missing(self, task, plan):
        """Past the last ref of the task's strand (its numbers run over every priority)."""
        last = sum(1 for t in plan.tasks if t.strand == task.strand)
        return f"{self.PREFIX[task.strand]}-{last + 3}"


class Lettered(Scheme):
    """E1.1, E1.2 ... (the partnership's letter, the priority, the action). A
    letter that would read as something else (Q1.2 a quarter, H1.2 a half
    year) gives way to "A"."""

    def assign(self, plan):
        letter = plan.places["town"][0].upper()
        letter = letter if letter not in "QHWFYSO" else "A"
        for w, ws in enumerate(plan.workstreams, 1):
            for n, task in enumerate(ws.tasks, 1):
                task.ref = f"{letter}{w}.{n}"


class Outline(Scheme):
    """A project tool's outline numbers (WBS) and row IDs: a row for the plan,
    one per priority and per strand group, then the tasks."""

    def assign(self, plan):
        row = 0  # the plan's own summary row
        for w, ws in enumerate(plan.workstreams, 1):
            row += 1
            groups = [s for s in STRANDS if any(t.strand == s for t in ws.tasks)]
            for g, strand in enumerate(groups, 1):
                row += 1
                for n, task in enumerate((t for t in ws.tasks if t.strand == strand), 1):
                    row += 1
                    task.ref, task.row_id = f"{w}.{g}.{n}", row


def cell_texts(task: Task, scheme: Scheme, plan: Plan, *, essex: bool = False) -> dict[str, list[str]]:
    """The words of ``task``'s cites and decoys, by field ("notes", "depends")."""
    parts = cite_texts(task, scheme, plan, essex=essex)
    for field, words in decoy_texts(task, scheme, plan):
        parts[field].append(words)
    return parts


def cite_texts(task: Task, scheme: Scheme, plan: Plan, *, essex: bool = False) -> dict[str, list[str]]:
    """The words of ``task``'s cites, by field."""
    parts: dict[str, list[str]] = defaultdict(list)
    for cite in task.cites:
        refs = [scheme.form(t.ref, cite.wording + k) for k, t in enumerate(cite.targets)]
        kind, wording, other = cite.kind, cite.wording, cite.targets[0].workstream if cite.targets else None
        if kind == "dangling":
            refs = [scheme.missing(task, plan)]
            wording = 2 if essex else wording % 2
        elif kind == "essex":
            fits = [i for i, a in enumerate(ESSEX_ARITY) if a == len(refs) or (a is None and len(refs) > 0)]
            wording = fits[wording % len(fits)]
        elif kind == "cross":
            refs = [cite.targets[0].ref]
        topic = other.priority.topics[wording % len(other.priority.topics)].lower() if other else ""
        name = other.priority.short if kind == "hedged" and other else (other.name if other else "")
        parts[cite.field].append(render(kind, wording, refs, workstream=name, topic=topic))
    return parts


def decoy_texts(task: Task, scheme: Scheme, plan: Plan) -> list[tuple[str, str]]:
    """(field, words) of ``task``'s decoys: words that look like refs and are no link."""
    rng = random.Random(zlib.crc32(task.text.encode()))
    out = []
    for field in task.decoys:
        real = scheme.form(rng.choice(task.workstream.tasks).ref, 0)
        out.append((field, decoy(rng, real_ref=real, plain_numbers=isinstance(scheme, Plain),
                                 prev_year=f"{plan.year - 1}/{plan.year % 100:02d}")))
    return out


def sentences(parts: list[str]) -> str:
    """Fragments of one cell as sentences: each ends with a full stop unless it
    has its own mark."""
    return " ".join(p if p[-1:] in ".?!" or i == len(parts) - 1 else p + "." for i, p in enumerate(parts))
