"""The plans handed back annotated: a copy of each workbook with, beside
every task table, what plangraph read from each row, and a first sheet
"Read by plangraph" with the summary and the problems of no one row.

Planners keep their plans in Excel and fix them there, so the findings go
back into their own files. The original cells are left as they are
(values, styles, merged cells, hidden sheets, the date the file was saved);
the added columns start two columns right of the sheet's last one, each
headed "plangraph: …", so that loading an annotated copy reads the plan,
not the notes (loaders.workbooks.annotations). No text is written as a
formula, whatever it starts with (plangraph.outputs.safe).

Examples
--------
>>> import tempfile, pathlib, openpyxl
>>> from loaders import load_plans, sample_data
>>> result = load_plans([sample_data()])
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> written = annotate(result, [sample_data()], out)
>>> book = openpyxl.load_workbook(out / "plans" / "Crime Prevention 4Ps (Gangs, knives & NTE).xlsx")
>>> book.sheetnames[0]
'Read by plangraph'
>>> ws = book["Violence - Knife crime"]
>>> [c.value for c in ws[3] if isinstance(c.value, str) and c.value.startswith("plangraph:")][:2]
['plangraph: Waits on', 'plangraph: Needed by']
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

import openpyxl

from graphmodel import Label, PlanGraph, Problem, Rel, Task
from graphmodel.problems import kind_words
from loaders import LoadResult, workbook_paths
from loaders.overrides import FILE_NAME
from loaders.workbooks.annotations import MARK, SHEET
from loaders.workbooks.cells import read_sheets
from loaders.workbooks.tables import find_tables

from .safe import append, put

__all__ = ["annotate", "COLUMNS"]

COLUMNS = ["Waits on", "Needed by", "Owner as one name", "Due (read as)", "Status (read as)", "Problems"]
_ROW = re.compile(r"^[A-Z]+(\d+)$")


def _row(cell: str) -> int | None:
    m = _ROW.match(cell or "")
    return int(m.group(1)) if m else None


def annotate(result: LoadResult, paths: Iterable[Path | str], folder: Path | str, *,
             made: dt.datetime | None = None) -> list[Path]:
    """Write an annotated copy of every workbook of ``paths`` (as read into
    ``result``) into ``folder``; the copies written. CSV files are copied
    unchanged (a CSV file holds no second sheet to explain its columns), and
    so is the plans' plangraph.toml, whose corrections hold for the copies."""
    folder = Path(folder)
    notes = _Notes(result)
    written = []
    roots = [Path(p) for p in paths]
    for path in workbook_paths(roots):
        target = folder / _relative(path, roots)  # the folders as they were: the plans are read in the same order
        target.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            _annotate_book(path, target, notes, made or dt.datetime.now())
        else:
            shutil.copyfile(path, target)
        written.append(target)
    for kept in _corrections(roots):  # corrections apply to the copies as to the plans
        shutil.copyfile(kept, folder / kept.name)
    return written


def _relative(path: Path, roots: list[Path]) -> Path:
    for root in roots:
        if root.is_dir() and path.is_relative_to(root):
            return path.relative_to(root)
    return Path(path.name)


def _corrections(paths: Iterable[Path | str]) -> list[Path]:
    found = []
    for path in map(Path, paths):
        candidate = (path if path.is_dir() else path.parent) / FILE_NAME
        if candidate.is_file() and candidate not in found:
            found.append(candidate)
    return found[:1]  # one plangraph.toml beside the copies


class _Notes:
    """What plangraph read, by file, sheet and row."""

    def __init__(self, result: LoadResult) -> None:
        self.result = result
        graph = result.graph
        self.tasks = [t for t in graph.nodes(Label.TASK) if isinstance(t, Task)]
        self.owners = _owner_names(graph)
        self.waits, self.needed = _links(graph)
        self.problems: dict[tuple[str, str, int | None], list[Problem]] = defaultdict(list)
        for p in result.problems:
            self.problems[(p.file, p.sheet, _row(p.cell))].append(p)

    def rows(self, file: str) -> dict[str, dict[int, Task]]:
        """Sheet -> row -> the task read from it, in one workbook."""
        found: dict[str, dict[int, Task]] = defaultdict(dict)
        for task in self.tasks:
            if task.source.file == file:
                for cell in task.cells or [task.source.cell]:
                    if _row(cell):
                        found[task.source.sheet][_row(cell)] = task
        return found

    def values(self, task: Task, file: str, sheet: str, row: int) -> list[str]:
        due = task.due or ""
        if due and task.due_is_review:
            due += " (a review date)"
        problems = "; ".join(f"{kind_words(p.code)}: {p.message}" for p in self.problems.get((file, sheet, row), []))
        return [", ".join(self.waits.get(task.key, [])), ", ".join(self.needed.get(task.key, [])),
                ", ".join(self.owners.get(task.key, [])), due, task.status, problems]


def _owner_names(graph: PlanGraph) -> dict[str, list[str]]:
    names: dict[str, list[str]] = defaultdict(list)
    for rel in graph.relationships(Rel.OWNED_BY):
        names[rel.start[1]].append(graph.get(*rel.end).name)  # type: ignore[union-attr]
    return {k: sorted(v) for k, v in names.items()}


def _links(graph: PlanGraph) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Each task's links each way, as the plan would write them: "(3)" in the
    same workstream, the other workstream named when it is another."""
    def written(task: Task, other: Task) -> str:
        return f"({other.ref})" if other.workstream == task.workstream else f"{other.workstream} #{other.ref}"

    waits: dict[str, list[str]] = defaultdict(list)
    needed: dict[str, list[str]] = defaultdict(list)
    for rel in graph.relationships(Rel.LINKED_TO):
        if rel.props.get("kind") == "duplicate":
            continue
        a, b = graph.get(*rel.start), graph.get(*rel.end)
        waits[a.key].append(written(a, b))  # type: ignore[arg-type, union-attr]
        needed[b.key].append(written(b, a))  # type: ignore[arg-type, union-attr]
    return waits, needed


def _annotate_book(path: Path, target: Path, notes: _Notes, made: dt.datetime) -> None:
    book = openpyxl.load_workbook(path, keep_vba=path.suffix.lower() == ".xlsm")
    headers = _header_rows(book)  # before anything is added to it
    rows = notes.rows(path.name)
    for name, by_row in rows.items():
        if name in book.sheetnames:
            _annotate_sheet(book[name], by_row, headers.get(name, {}), notes, path.name)
    _read_me(book, notes, path.name, rows, made)
    book.save(target)
    _keep_saved_dates(path, target)


def _header_rows(book: Any) -> dict[str, dict[int, int]]:
    """Sheet -> task row -> the header row of the table holding it (as the loaders find tables)."""
    found: dict[str, dict[int, int]] = {}
    for sheet in read_sheets(book):
        for table in find_tables(sheet):
            for row in table.rows:
                found.setdefault(sheet.name, {})[row] = table.header_row
    return found


def _annotate_sheet(ws: Any, by_row: dict[int, Task], header_of: dict[int, int], notes: _Notes, file: str) -> None:
    first = ws.max_column + 2  # a blank column between the plan and the notes
    for header in sorted({header_of.get(r, max(min(by_row) - 1, 1)) for r in by_row}):
        for i, words in enumerate(COLUMNS):
            put(ws.cell(header, first + i), f"{MARK} {words}").font = openpyxl.styles.Font(bold=True, italic=True)
    for row, task in sorted(by_row.items()):
        for i, value in enumerate(notes.values(task, file, ws.title, row)):
            if value:
                put(ws.cell(row, first + i), value)
    for i in range(len(COLUMNS)):
        ws.column_dimensions[openpyxl.utils.get_column_letter(first + i)].width = 28


def _read_me(book: Any, notes: _Notes, file: str, rows: dict[str, dict[int, Task]], made: dt.datetime) -> None:
    ws = book.create_sheet(SHEET, 0)
    tasks = sum(len({t.key for t in by_row.values()}) for by_row in rows.values())
    taken = {(sheet, r) for sheet, by_row in rows.items() for r in by_row}
    loose = [p for p in notes.result.problems if p.file == file and (p.sheet, _row(p.cell)) not in taken]
    saved = next((p.date for p in notes.result.graph.nodes(Label.PLAN) if p.key == file), "") or "no recorded date"
    for line in (["Read by plangraph"], [f"Made on {made:%d/%m/%Y %H:%M} from {file} (saved {saved})."],
                 [f"{tasks} tasks read from this workbook; beside each, in the columns headed "
                  f"\"{MARK} …\", what plangraph read from its row: {', '.join(COLUMNS)}."],
                 ["The plan's own cells are as they were. Loading this copy reads the plan, not these notes."], [],
                 ["Problems that belong to no one task row"], ["severity", "kind", "sheet", "cell", "message"]):
        append(ws, line)
    for p in loose:
        append(ws, [p.severity, kind_words(p.code), p.sheet, p.cell, p.message])
    ws["A1"].font = openpyxl.styles.Font(bold=True, size=14)
    ws.column_dimensions["E"].width = 100


def _keep_saved_dates(original: Path, copy: Path) -> None:
    """openpyxl stamps the copy as saved now; a plan's date is when its writers saved it."""
    with zipfile.ZipFile(original) as z:
        core = z.read("docProps/core.xml") if "docProps/core.xml" in z.namelist() else None
    if core is None:
        return
    with zipfile.ZipFile(copy) as z:
        parts = {info: z.read(info.filename) for info in z.infolist()}
    with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts.items():
            z.writestr(info, core if info.filename == "docProps/core.xml" else data)
