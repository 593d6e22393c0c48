"""Pieces several layouts write the same way: status, partners, priority names, people.

Examples
--------
>>> import random
>>> rag_word(random.Random(1), "Amber") in ("A", "Amber", "amber", "AMBER", "Amber ")
True
>>> progress(random.Random(2), "Complete").startswith("Completed")
True
>>> partners_cell(random.Random(3), ["Victim Support", "Probation Service"], {})
'Victim Support; Probation Service'
"""

from __future__ import annotations

import random

from ..model import Plan, Task
from ..vocab_actions import Priority

__all__ = ["RAG_FILLS", "rag_word", "progress", "partners_cell", "priority_written", "staff", "status_fill", "who_else"]

RAG_FILLS = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
_WORDS = {"Green": ("G", "Green", "green", "GREEN", "G"), "Amber": ("A", "Amber", "amber", "AMBER", "Amber "),
          "Red": ("R", "Red", "red", "RED", "R"), "Complete": ("Complete", "Completed", "Complete", "Done", "COMPLETE")}
_PROGRESS = {
    "Green": ("Good progress – {detail}.", "Progressing as planned.", "On track.", "Good progress."),
    "Amber": ("Some slippage – {detail}.", "Some slippage: {detail}.", "Slipping – {detail}."),
    "Red": ("Seriously behind – {detail}.", "Stalled – {detail}.", "Off track – {detail}."),
    "Complete": ("Completed – {detail}.", "Completed.", "Done."),
    None: ("Not started yet.", "Not started yet – {detail}."),
}
_DETAILS = ("the venue fell through in May", "procurement had to be restarted", "two sessions postponed",
            "waiting on the council's legal team", "volunteer vetting backlog", "half the schools visited so far",
            "funding agreed at the last board", "draft out for comment", "data-sharing took longer than planned")


def rag_word(rng: random.Random, rag: str | None) -> str | None:
    """A RAG cell: "G", "Amber", "red", "Complete"; None, or "Not started", when unassessed."""
    if rag is None:
        return rng.choice((None, None, "Not started"))
    return rng.choice(_WORDS[rag])


def status_fill(rng: random.Random, rag: str | None) -> str | None:
    """The fill colour a team paints for a RAG (light green for some greens)."""
    if rag is None:
        return None
    return "92D050" if rag == "Green" and rng.random() < 0.3 else RAG_FILLS[rag]


def progress(rng: random.Random, rag: str | None) -> str:
    """A progress line in the words teams write instead of a colour."""
    return rng.choice(_PROGRESS[rag]).format(detail=rng.choice(_DETAILS))


def partners_cell(rng: random.Random, names: list[str], aliases: dict[str, str]) -> str | None:
    """Partners as one cell: "A; B", "A, B", "A / B", one per line; short names sometimes."""
    if not names:
        return None
    shorts = {full: short for short, full in aliases.items()}
    written = [shorts[n] if n in shorts and rng.random() < 0.4 else n for n in names]
    return rng.choice(("; ", "; ", ", ", " / ", "\n")).join(written)


def priority_written(rng: random.Random, priority: Priority) -> str:
    """A priority as a Priority column writes it: its name, or one of its short forms."""
    return priority.name if rng.random() < 0.55 else rng.choice(priority.aliases)


def staff(plan: Plan) -> list[list[str | None]]:
    """Initials, name, role, organisation and priority led, of everyone in the plan."""
    leads = {ws.lead.name: ws.name for ws in plan.workstreams}
    return [[p.initials, p.name, p.role, p.org, leads.get(p.name)] for p in plan.people]


def who_else(task: Task, plan: Plan) -> str:
    """Partners as prose: "A, B and C"."""
    names = task.partners
    if not names:
        return "None"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
