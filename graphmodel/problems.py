"""Problems found while reading plans or checking the graph.

A problem always says where: file, sheet and cell, so that a planner can
open the workbook and look.

Examples
--------
>>> p = Problem("plan.xlsx", "Violence - NTE", "G21", "dangling link to task 40",
...             severity="warning", code="dangling-link")
>>> str(p)
'plan.xlsx › Violence - NTE › G21: warning: dangling link to task 40'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .model import where

__all__ = ["Problem", "SEVERITIES", "KINDS", "kind_words"]

# "error": something could not be read and is missing from the graph;
# "warning": read, but probably wrong or worth a look;
# "info": an inference or a choice the loader made, noted so it can be checked.
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    sheet: str
    cell: str
    message: str
    severity: str = "warning"
    code: str = ""

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES}, not {self.severity!r}")

    def __str__(self) -> str:
        return f"{where(self.file, self.sheet, self.cell)}: {self.severity}: {self.message}"

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


# Each kind of problem in a planner's words (the codes stay short for filters and scripts).
KINDS = {
    "unreadable-file": "a file that could not be read",
    "bad-overrides": "a plangraph.toml that could not be read",
    "skipped-path": "a file or folder left out",
    "hidden-sheet": "a hidden sheet",
    "no-ref": "a task with no number",
    "no-ref-column": "a table with no number column",
    "repeated-ref": "a number used for two tasks",
    "no-task-text": "a row with details but no task",
    "not-a-task": "a cell that is not a task",
    "no-strand": "a task under no strand",
    "no-strands": "a plan with no strands",
    "unknown-strand": "a strand that is not one of the four",
    "no-owner": "a task with no owner",
    "no-due-date": "a task with no due date",
    "unread-when": "a date that could not be read",
    "no-area": "a workstream in no area",
    "area-by-words": "an area chosen from the words of a name",
    "area-from-workstream": "an area named after its workstream",
    "lead-unplaced": "a lead whose area is not known",
    "conflicting-lead": "two leads given for one place",
    "register-no-area": "a register entry with no area",
    "register-unknown-area": "a register naming an unknown area",
    "forum-area-unmatched": "a forum's area not found",
    "duplicate-task": "the same task written twice",
    "duplicate-workstream": "the same workstream in two files",
    "superseded-workstream": "a workstream replaced by a newer file",
    "dangling-link": "a link to a task that does not exist",
    "self-link": "a task that links to itself",
    "ambiguous-link": "a link several tasks could answer",
    "link-cycle": "links that go round in a circle",
    "cross-workstream-unmatched": "a link to other work not found",
    "unreadable-predecessor": "a predecessor that could not be read",
    "accepted-link-exists": "an accepted link already read",
    "accepted-link-missing-task": "an accepted link to a missing task",
    "accepted-link-self": "an accepted link from a task to itself",
    "accepted-link-confirms": "an accepted link the plans confirm",
    "candidate-owner-merge": "two spellings that may be one owner",
    "unresolved-initials": "initials no list of people gives",
}


def kind_words(code: str) -> str:
    """A kind of problem in words (a code not listed: its words, unhyphenated).

    >>> kind_words("link-cycle"), kind_words("some-new-check")
    ('links that go round in a circle', 'some new check')
    """
    return KINDS.get(code) or code.replace("-", " ")
