"""Plans pasted from a document: one block of label/value rows per task.

Some partnerships write their plan in Word and paste it into Excel, or keep
it as a form: a heading row per action ("Action E2.4", "Task 3", "Ref 1.2")
and below it rows of a label and its value ("What:" | "Run assemblies in
every school", "Lead:" | "GP", "Deadline:" | 30/09/2025), under headings
that name the strand ("PREVENT – stopping harm before it starts"). Labels
mean what column headers mean (:mod:`loaders.workbooks.headers`): "What" is
the task, "Measure of success" how, "Who else" the partners, "Connected
work" its dependencies. A value pasted into the label's own cell ("Lead:
YS") is read after the colon; a label without its colon ("Who else") is
read by its words.

A block ends at the next heading or blank row; a block with no heading
starts at a Ref or Task label. The rows above the first block are the
sheet's title block.

Examples
--------
>>> from loaders.workbooks.cells import Sheet
>>> rows = {1: ["Priority 1: Hate Crime"], 2: ["Priority lead: Insp Gareth Penhallow (GP)."],
...         4: ["PREVENT – stopping harm"], 6: ["Action E1.1 (added June)"], 7: ["What:", "Run assemblies"],
...         8: ["Lead: GP"], 9: ["Connected work:", "Builds on E1.2"], 11: ["Action E1.2"],
...         12: ["What:", "Train staff"], 13: ["Who else", "Eastvale College"]}
>>> sheet = Sheet("Hate Crime", False, {(r, c + 1): v for r, vs in rows.items() for c, v in enumerate(vs)}, {})
>>> blocks = block_records(sheet)
>>> [(r.text("ref"), r.text("task"), r.text("who"), r.text("depends"), r.text("partners"), r.strand[0])
...  for r in blocks.records]
[('E1.1', 'Run assemblies', 'GP', 'Builds on E1.2', '', 'Prevent'), ('E1.2', 'Train staff', '', '', 'Eastvale College', 'Prevent')]
>>> [text for text, cell in blocks.title_lines]
['Priority 1: Hate Crime', 'Priority lead: Insp Gareth Penhallow (GP).']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graphmodel import WrittenCell

from .cells import Sheet, coordinate
from .headers import column_meaning
from .records import Field, TaskRecord
from .tables import PLAN_MEANINGS, strand_in_title, strand_name

__all__ = ["Blocks", "block_records", "label_rows", "TASK_HEADING"]

# "Action E2.4", "Task 3", "Ref: 1.2", "Action no. 7 (new for 2025)", "Objective 2a".
TASK_HEADING = re.compile(
    r"""^\s*(?:action|task|activity|objective|deliverable|ref(?:erence)?|item|commitment|step|intervention)
        \s*(?:no\.?|number|\#)?\s*[:.\-–]?\s*
        (?P<ref>[A-Za-z]{0,4}[-.]?\d{1,3}(?:[.\-]\d{1,3}){0,3}[a-z]?)(?![\w.\-]*\d)\b
        (?P<rest>.*)$""",
    re.I | re.X | re.S,
)
_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z'’&/()\- ]{0,40}?)\s*:\s*(?P<value>.*)$", re.S)


@dataclass
class Blocks:
    """What a document-style sheet holds: task records and its title lines."""

    records: list[TaskRecord] = field(default_factory=list)
    title_lines: list[tuple[str, str]] = field(default_factory=list)


def label_rows(sheet: Sheet, row: int, colon_only: bool = False) -> tuple[str, Field, str] | None:
    """A row's (label, value, label cell), or None when it is not label/value.
    ``colon_only``: only labels written with their colon."""
    cells = [(c, sheet.text(row, c)) for c, _ in sheet.row_values(row)]
    cells = [(c, t) for c, t in cells if t]
    if not cells:
        return None
    col, first = cells[0]
    m = _LABEL.match(first)
    if m and len(m.group("label").split()) <= 5 and not any(ch.isdigit() for ch in m.group("label")):
        if m.group("value").strip():
            value = Field(m.group("value").strip(), coordinate(row, col), m.group("value").strip())
            return m.group("label").strip(), value, coordinate(row, col)
        if len(cells) >= 2:
            return m.group("label").strip(), _field(sheet, row, cells[1][0]), coordinate(row, col)
        return None
    if not colon_only and len(cells) >= 2 and len(first.split()) <= 4 and column_meaning(first):
        return first.strip(), _field(sheet, row, cells[1][0]), coordinate(row, col)
    return None


def _field(sheet: Sheet, row: int, col: int) -> Field:
    return Field(sheet.text(row, col), sheet.origin(row, col), sheet.value(row, col),
                 sheet.fills.get((row, col)), sheet.formats.get((row, col)))


def block_records(sheet: Sheet) -> Blocks:
    """The task blocks of a sheet, with the strand each sits under."""
    out = Blocks()
    current: TaskRecord | None = None
    strand: tuple[str, str] | None = None
    previous_row = 0
    for row in sheet.rows():
        if current is not None and row > previous_row + 1:
            current = _close(out, current)
        previous_row = row
        labelled = label_rows(sheet, row)
        text, cell = _row_text(sheet, row)
        heading = TASK_HEADING.match(text) if labelled is None or _is_heading_label(labelled) else None
        if heading:
            current = _close(out, current)
            current = TaskRecord(sheet.name, row, {"ref": [Field(heading.group("ref"), cell, heading.group("ref"))]},
                                 strand=strand, written=[WrittenCell("", cell, text)])
            continue
        meaning = column_meaning(labelled[0]) if labelled else None
        if labelled and meaning and (current is not None or meaning in ("task", "ref")):
            if current is None or (meaning in ("task", "ref") and meaning in current.fields):
                current = _close(out, current)
                current = TaskRecord(sheet.name, row, strand=strand)
            current.fields.setdefault(meaning, []).append(labelled[1])
            current.written.append(WrittenCell(labelled[0], labelled[1].cell, labelled[1].text))
            continue
        heading_strand = strand_in_title(text) or strand_name(text)
        if heading_strand and labelled is None:
            current = _close(out, current)
            strand = (heading_strand, cell)
        elif not out.records and current is None and text:
            out.title_lines.append((text, cell))
    _close(out, current)
    return out


def _is_heading_label(labelled: tuple[str, Field, str]) -> bool:
    """"Ref: 1.2" is a heading as much as "Action 1.2" is."""
    return column_meaning(labelled[0]) == "ref"


def _row_text(sheet: Sheet, row: int) -> tuple[str, str]:
    cells = [(c, sheet.text(row, c)) for c, _ in sheet.row_values(row)]
    cells = [(c, t) for c, t in cells if t]
    if not cells:
        return "", ""
    return "  ".join(t for _, t in cells), sheet.origin(row, cells[0][0])


def _close(out: Blocks, record: TaskRecord | None) -> None:
    """Keep a block that reads as a task: task text and one more plan meaning."""
    if record is not None and "task" in record.fields and len(PLAN_MEANINGS & set(record.fields)) >= 1:
        out.records.append(record)
    return None
