"""The bundled Essex plans, read as they are: every task row of every task
table is a task, checked against the cells themselves."""

from __future__ import annotations

import re
from collections import Counter

import openpyxl
import pytest

from graphmodel import Label, Rel

UPDATED_DA = "Crime Prevention 4P (Domestic Abuse & Hate Crime) - updated.xlsx"
OLD_DA = "DA & Extremism and Radicalisation Crime Prevention Delivery Plans.xlsx"


def task_rows_in_cells(path):
    """(sheet, [(row, ref)]) for every sheet with a 'Task' header cell,
    read straight from openpyxl so the loader is not checking itself."""
    book = openpyxl.load_workbook(path)
    for ws in book.worksheets:
        header = next(((c.row, c.column) for row in ws.iter_rows() for c in row
                       if isinstance(c.value, str) and c.value.strip() == "Task"), None)
        if header is None:
            continue
        ref_col = next(c.column for c in ws[header[0]] if isinstance(c.value, str)
                       and c.value.strip() in ("Task No", "Action No"))
        rows = []
        for r in range(header[0] + 1, ws.max_row + 1):
            text = ws.cell(r, header[1]).value
            if isinstance(text, str) and re.search(r"[A-Za-z]", text):
                ref = ws.cell(r, ref_col).value
                rows.append((r, str(ref) if ref is not None else f"row {r}"))
        yield ws.title, rows


def essex_tables(essex):
    return [(path.name, sheet, rows) for path in sorted((essex / "plans").glob("*.xlsx"))
            for sheet, rows in task_rows_in_cells(path)]


def tasks_of(graph, file, sheet):
    return [t for t in graph.nodes(Label.TASK) if t.plan == file and t.source.sheet == sheet]


def test_every_task_row_is_a_task(essex, essex_graph):
    checked = 0
    for file, sheet, rows in essex_tables(essex):
        if file == OLD_DA and sheet == "Domestic Abuse":
            continue  # set aside for the updated plan; see test_older_plan_is_set_aside
        tasks = tasks_of(essex_graph, file, sheet)
        assert sorted({ref for _, ref in rows}) == sorted(t.ref for t in tasks), (file, sheet)
        cells = sorted(cell for t in tasks for cell in t.cells)
        assert len(cells) == len(rows), (file, sheet)
        checked += len(rows)
    # 32 + 13 + 17 + 22 + 13 + 20 + 31 + 25 + 29 + 22 task rows in the current tables
    assert checked == 224


@pytest.mark.parametrize("workstream, count, refs", [
    ("Sexual Crime, Child Abuse and Exploitation", 32, [str(i) for i in range(1, 33)]),
    ("Digital Crime & Fraud", 13, None),
    ("House Burglary & Street Robbery", 17, [str(i) for i in range(1, 18)]),
    ("Violence - Gangs", 31, [str(i) for i in range(1, 32)]),
    ("Violence - Night Time Economy", 25, [str(i) for i in range(1, 26)]),
    ("Violence - Knife crime", 29, [str(i) for i in range(1, 30)]),
    ("Domestic Abuse", 22, [str(i) for i in range(1, 23)]),
    ("Extremism & Radicalisation", 22, [str(i) for i in range(1, 23)]),
    ("Organised Crime Groups", 8, [str(i) for i in range(1, 9)]),
    ("Hate Crime", 13, [str(i) for i in range(1, 13)] + ["14"]),
])
def test_tasks_and_refs_per_workstream(essex_graph, workstream, count, refs):
    tasks = [t for t in essex_graph.nodes(Label.TASK) if t.workstream == workstream]
    assert len(tasks) == count
    if refs:
        assert sorted(t.ref for t in tasks) == sorted(refs)
    else:  # the Digital Crime & Fraud table has an empty Task No column
        assert all(t.ref.startswith("row ") for t in tasks)


def test_repeated_soc_tasks_are_one_task_in_several_strands(essex_graph):
    soc = {t.ref: t for t in essex_graph.nodes(Label.TASK) if t.workstream == "Organised Crime Groups"}
    assert soc["1"].text.startswith("Op Scorpion")
    assert soc["1"].strands == ["Prevent", "Pursue", "Protect", "Prepare"]
    assert soc["1"].cells == ["E3", "E9", "E14", "E18"]
    for ref in ("2", "3", "4"):
        assert soc[ref].strands == ["Prevent", "Pursue", "Protect", "Prepare"]
    assert soc["5"].strands == ["Prevent"] and soc["6"].strands == ["Prevent"]
    assert soc["7"].strands == ["Pursue"] and soc["8"].strands == ["Prepare"]
    in_strand = [r for r in essex_graph.relationships(Rel.IN_STRAND) if r.start == (Label.TASK, soc["1"].key)]
    assert sorted(r.source.cell for r in in_strand) == ["C14", "C18", "C3", "C9"]


def test_strand_is_carried_down_merged_cells(essex_graph):
    gangs = {t.ref: t for t in essex_graph.nodes(Label.TASK) if t.workstream == "Violence - Gangs"}
    # C3:C10 PREVENT, C11:C19 PURSUE, C20:C26 PROTECT, C27:C33 PREPARE (merged)
    assert Counter(s for t in gangs.values() for s in t.strands) == {
        "Prevent": 8, "Pursue": 9, "Protect": 7, "Prepare": 7}
    # The Hate Crime table writes "Prevent", then PURSUE..., with blanks below each.
    hate = {t.ref: t for t in essex_graph.nodes(Label.TASK) if t.workstream == "Hate Crime"}
    assert hate["4"].strands == ["Prevent"] and hate["14"].strands == ["Prepare"]


def test_mislabelled_sheets_take_their_title(essex_graph):
    soc = essex_graph.get(Label.WORKSTREAM, "Organised Crime Groups")
    assert soc.sheet == "Digital Crime & Fraud" and soc.area == "Serious & Organised Crime"
    hate = essex_graph.get(Label.WORKSTREAM, "Hate Crime")
    assert hate.sheet == "Extremism and Radicalisation" and hate.area == "Hate Crime"
    assert hate.plan == UPDATED_DA


@pytest.mark.parametrize("workstream, area", [
    ("Violence - Gangs", "Gangs & Knife Crime"),
    ("Violence - Knife crime", "Gangs & Knife Crime"),
    ("Violence - Night Time Economy", "Night Time Economy"),
    ("Sexual Crime, Child Abuse and Exploitation", "Sexual Crime, Child Abuse & Exploitation"),
    ("Extremism & Radicalisation", "Extremism & Radicalisation"),
])
def test_workstreams_belong_to_their_area(essex_graph, workstream, area):
    ws = essex_graph.get(Label.WORKSTREAM, workstream)
    assert ws.area == area
    assert [essex_graph.get(*r.start).key for r in essex_graph.incoming(ws, Rel.HAS_WORKSTREAM)] == [area]


def test_non_task_sheets_are_recognised_and_give_no_tasks(essex_result):
    kinds = {(s.file, s.sheet): s.kind for s in essex_result.sheets}
    gangs = "Crime Prevention 4Ps (Gangs, knives & NTE).xlsx"
    assert kinds[(gangs, "USG & County Lines - POAP")] == "plan on a page"
    assert kinds[(gangs, "NTE - POAP")] == "plan on a page"
    assert kinds[(gangs, "Knife Crime - POAP ")] == "plan on a page"
    leads = [k for k, v in kinds.items() if v == "leads"]
    assert len(leads) == 6 and all("Leads" in sheet for _, sheet in leads)
    task_sheets = {(t.plan, t.source.sheet) for t in essex_result.graph.nodes(Label.TASK)}
    assert not task_sheets & {k for k, v in kinds.items() if not v.startswith("task table")}
    assert not [p for p in essex_result.problems if p.severity != "info"]


def test_the_dot_row_is_not_a_task(essex_result):
    noted = [p for p in essex_result.problems if p.code == "not-a-task"]
    assert [(p.sheet, p.cell) for p in noted] == [("House Burglary & Street Robbery", "E22")]


def test_older_plan_is_set_aside(essex_graph):
    da = [t for t in essex_graph.nodes(Label.TASK) if t.workstream == "Domestic Abuse"]
    assert {t.plan for t in da} == {UPDATED_DA}
    assert all(t.who for t in da)  # the update filled in Who on every row
    old = essex_graph.get(Label.PLAN, OLD_DA)
    assert old.superseded_by == UPDATED_DA and old.current  # its E&R table is still current
    er = [t for t in essex_graph.nodes(Label.TASK) if t.workstream == "Extremism & Radicalisation"]
    assert {t.plan for t in er} == {OLD_DA}


def test_every_task_has_provenance_and_context(essex_graph):
    for task in essex_graph.nodes(Label.TASK):
        assert task.workstream and task.area and task.ref and task.text
        assert task.source.file == task.plan and task.source.sheet and re.fullmatch(r"[A-Z]+\d+", task.source.cell)


def test_reload_gives_an_identical_graph(essex, essex_graph):
    from loaders import load_plans

    assert load_plans([essex]).graph == essex_graph


def test_register_is_read(essex_graph):
    assert len(essex_graph.nodes(Label.AREA)) == 9
    assert len(essex_graph.nodes(Label.AIM)) == 46
    works = essex_graph.relationships(Rel.WORKS_THROUGH)
    # 32 forum cells; four name two each ("Essex Faith Leaders/Community Forums", ...)
    assert len({r.source.cell for r in works}) == 32 and len(works) == 36
    assert len(essex_graph.nodes(Label.THEME)) == 5
    hate = essex_graph.get(Label.AREA, "Hate Crime")
    assert hate.vision.startswith("Work with community safety partners")
    leads = [(essex_graph.get(*r.start).name, r.props["role"]) for r in essex_graph.incoming(hate, Rel.LEADS)]
    assert leads == [("Supt Scott Cannon", "strategic lead")]  # "Superintendent Scott Cannon" in C9


def test_leads_sheets_name_workstream_and_area_leads(essex_graph):
    def leads_of(label, key):
        node = essex_graph.get(label, key)
        return sorted((essex_graph.get(*r.start).name, r.props["role"]) for r in essex_graph.incoming(node, Rel.LEADS))

    assert leads_of(Label.WORKSTREAM, "Violence - Gangs") == [
        ("DCI Jasmine Frost", "tactical lead"), ("DI Anna Granger", "operational lead")]
    assert leads_of(Label.WORKSTREAM, "Violence - Knife crime") == [("CI Sam Smith", "tactical lead")]
    # "Strategic Lead: C/Supt Ewen Wilson" covers the rows of its leads table.
    wilson = ("Ch/Supt Ewen Wilson", "strategic lead")
    assert leads_of(Label.WORKSTREAM, "House Burglary & Street Robbery") == [wilson]
    assert leads_of(Label.WORKSTREAM, "Digital Crime & Fraud") == [wilson]
    # The SOC workbook's leads sheet (a copy of the SAC one) names areas it has no table for.
    assert wilson in leads_of(Label.AREA, "House Burglary & Street Robbery")
    assert leads_of(Label.WORKSTREAM, "Organised Crime Groups") == []
