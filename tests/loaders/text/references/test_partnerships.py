"""The link grammar on three partnerships' plans, scored against their truth files.

The workbook readers for these layouts are being rewritten, so this reads
the cells straight from the workbooks (the truth's ``links[*].evidence``
says where each was written): Eastvale's label/value blocks ("What:",
"Measure of success:", "Progress:", "Connected work:"), Southbay's Activity,
How we'll know and Notes columns, Northgate's Name, Notes and Predecessors.
The refs are indexed from the truth's task lists, each under its priority
as workstream. Nothing here tells the reader which phrasings to expect.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pytest

from loaders.text.references import RefIndex, read_mentions, read_predecessors, ref_form

DATA = Path(__file__).resolve().parents[4].parent / "shared" / "data" / "partnerships"
pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason=f"no partnership plans at {DATA}")


@dataclass(frozen=True)
class Cell:
    ref: str  # the citing task's ref
    workstream: str
    field: str
    text: object


@dataclass
class Plan:
    truth: dict
    cells: list[Cell]
    tasks: list[tuple[str, str, str]]
    row_ids: dict[str, str] = field(default_factory=dict)  # a project export's ID -> ref

    @property
    def index(self) -> RefIndex:
        aliases = {name: p.get("aliases", []) for name, p in self.truth["priorities"].items()}
        return RefIndex(self.tasks, aliases)


def _truth(folder: str) -> dict:
    return json.loads((DATA / folder / "expected.json").read_text(encoding="utf-8"))


def _tasks_by_priority(truth: dict) -> dict[str, str]:
    return {ref: name for name, t in truth["tasks"].items() for ref in t["refs"]}


def eastvale() -> Plan:
    truth = _truth("eastvale")
    priority_of_sheet = {p["sheet"]: name for name, p in truth["priorities"].items()}
    labels = {"what": "task", "measure of success": "how", "progress": "progress", "connected work": "notes",
              "deadline": "when"}
    book = openpyxl.load_workbook(DATA / "eastvale" / "Eastvale Safer Communities Plan 2025-26.xlsx")
    cells, tasks = [], []
    for sheet, priority in priority_of_sheet.items():
        ref = None
        for label, value in book[sheet].iter_rows(min_col=1, max_col=2, values_only=True):
            opened = re.match(r"Action (\S+)", label) if isinstance(label, str) else None
            if opened:
                ref = opened.group(1)
                tasks.append((f"{priority}#{ref}", ref, priority))
            elif ref and isinstance(label, str) and value is not None:
                name = label.split(":")[0].strip().lower()
                if name in labels:
                    cells.append(Cell(ref, priority, labels[name], value))
    return Plan(truth, cells, tasks)


def southbay() -> Plan:
    truth = _truth("southbay")
    priority = _tasks_by_priority(truth)
    book = openpyxl.load_workbook(DATA / "southbay" / "Southbay CSP Action Plan 2025-27.xlsx")
    cells = []
    for sheet in ("Prevent", "Pursue", "Protect", "Prepare"):
        for row in book[sheet].iter_rows(min_row=5, values_only=True):
            if not row[0]:
                break
            for column, name in ((2, "task"), (3, "how"), (6, "notes")):
                if row[column]:
                    cells.append(Cell(row[0], priority[row[0]], name, row[column]))
    return Plan(truth, cells, [(f"{p}#{ref}", ref, p) for ref, p in priority.items()])


def northgate() -> Plan:
    truth = _truth("northgate")
    priority = _tasks_by_priority(truth)
    book = openpyxl.load_workbook(DATA / "northgate" / "Northgate CSP plan export.xlsx")
    rows = book["Task_Table1"].iter_rows(values_only=True)
    header = next(rows)
    cells, row_ids = [], {}
    for values in rows:
        row = dict(zip(header, values))
        row_ids[str(row["ID"])] = str(row["WBS"])
        if row["Outline Level"] == 3:
            for column, name in (("Name", "task"), ("Notes", "notes"), ("Predecessors", "predecessors")):
                if row[column] is not None:
                    cells.append(Cell(str(row["WBS"]), priority[str(row["WBS"])], name, row[column]))
    return Plan(truth, cells, [(f"{p}#{ref}", ref, p) for ref, p in priority.items()], row_ids)


@dataclass
class Read:
    links: set[tuple[str, str]] = field(default_factory=set)
    reversed: set[tuple[str, str]] = field(default_factory=set)
    dangling: set[tuple[str, str]] = field(default_factory=set)
    non_links: list[tuple[Cell, object]] = field(default_factory=list)  # (cell, Mention)


def read(plan: Plan) -> Read:
    index, out = plan.index, Read()
    ref_of = {key: ref for key, ref, _ in plan.tasks}
    for cell in plan.cells:
        if cell.field == "predecessors":
            for entry in read_predecessors(cell.text):
                cited = plan.row_ids.get(entry.row_id or "")
                if cited in ref_of.values():
                    out.links.add((cell.ref, cited))
                else:
                    out.dangling.add((cell.ref, entry.row_id or entry.entry))
            continue
        for m in read_mentions(cell.text, cell.field, index, cell.workstream):
            if m.verdict != "link":
                out.non_links.append((cell, m))
            elif m.task is None:
                out.dangling.add((cell.ref, m.ref))
            else:
                pair = (ref_of[m.task], cell.ref) if m.reversed else (cell.ref, ref_of[m.task])
                if pair[0] != pair[1]:
                    out.links.add(pair)
                    if m.reversed:
                        out.reversed.add(pair)
    return out


PLANS = {"eastvale": eastvale, "southbay": southbay, "northgate": northgate}


@pytest.fixture(scope="module", params=sorted(PLANS))
def plan_and_read(request):
    plan = PLANS[request.param]()
    return request.param, plan, read(plan)


def test_links_precision_and_recall(plan_and_read):
    name, plan, found = plan_and_read
    want = {(link["from"], link["to"]) for link in plan.truth["links"]}
    right = want & found.links
    precision, recall = len(right) / max(1, len(found.links)), len(right) / len(want)
    print(f"{name}: {len(found.links)} links read, {len(want)} in the truth; "
          f"precision {precision:.2f}, recall {recall:.2f}")
    assert precision >= 0.97 and recall >= 0.95, (sorted(found.links - want), sorted(want - found.links))


def test_dangling_links(plan_and_read):
    _, plan, found = plan_and_read
    assert found.dangling == {(d["from"], d["to"]) for d in plan.truth["dangling_links"]}


def test_reversed_wording(plan_and_read):
    _, plan, found = plan_and_read
    written = {(d["from"], d["to"]) for d in plan.truth.get("reversed_wording_links", [])}
    assert written <= found.reversed
    assert found.reversed <= {(link["from"], link["to"]) for link in plan.truth["links"]}


def test_a_cycle_is_read_both_ways(plan_and_read):
    _, plan, found = plan_and_read
    cycle = plan.truth.get("cycle", [])
    both_ways = {ref for a, b in found.links if (b, a) in found.links for ref in (a, b)}
    assert both_ways == set(cycle)


def test_real_refs_named_without_a_link_are_reported(plan_and_read):
    _, plan, found = plan_and_read
    for expected in plan.truth.get("mentions_not_links", []):
        reported = [m for cell, m in found.non_links if cell.ref == expected["in"]
                    and ref_form(m.ref) == ref_form(expected["names"]) and m.evidence in expected["words"]]
        assert reported and all(m.reason for m in reported), expected


def test_ref_shaped_codes_are_not_references(plan_and_read):
    _, plan, found = plan_and_read
    for words in plan.truth.get("non_references", []):
        cells = [cell for cell in plan.cells if isinstance(cell.text, str) and words in cell.text]
        assert cells, words
        for cell in cells:
            at = cell.text.index(words)
            inside = lambda m: at <= m.start < at + len(words)  # noqa: E731
            read_here = [m for m in read_mentions(cell.text, cell.field, plan.index, cell.workstream) if inside(m)]
            assert read_here and all(m.verdict != "link" and m.reason for m in read_here), (words, read_here)
