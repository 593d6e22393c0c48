"""The same loader on other forces' templates: columns in another order,
other header words, dotted references, the strand on every row or as a
section row, spacer columns, title rows, hidden drafts."""

from __future__ import annotations

import datetime as dt

from graphmodel import Label, Rel
from loaders import load_plans

SECOND = [
    ["Northshire Community Safety Partnership"],
    ["Delivery plan 2024/25 - Violence Against Women and Girls"],
    [],
    ["Ref ", None, "Action", "Lead officer ", "4P", "Target date", "Success measure", "Dependencies", "RAG"],
    ["1.1", None, "Map VAWG hotspots", "DI Rob Kirby", "PREVENT", dt.datetime(2024, 9, 30), "Map published", None, "G"],
    ["1.2", None, "Street lighting review", "CSP Manager", "Prevent", "Q3 2024/25", "Review done", "1.1", "Amber"],
    ["2.3", None, "Target repeat perpetrators", "DCI Lee Morton", "pursue", "March 2025", "Arrests", None, "R"],
    ["DA-04", None, "Perpetrator programme", "SK / LPSU", "Protect ", "TBC", "", "2.3", None],
    ["3.1", None, "Train call handlers", "FCR Inspector", "PREPARE", "31/03/25", "All trained", None, None],
]


def test_second_template_reads_with_columns_by_meaning(make_workbook):
    make_workbook("northshire.xlsx", {"VAWG": SECOND})
    result = load_plans([make_workbook.folder])
    tasks = {t.ref: t for t in result.graph.nodes(Label.TASK)}
    assert sorted(tasks) == ["1.1", "1.2", "2.3", "3.1", "DA-04"]
    assert tasks["1.1"].key == "Violence Against Women and Girls#1.1"
    assert tasks["1.1"].workstream == "Violence Against Women and Girls"
    assert tasks["1.2"].who == "CSP Manager" and tasks["1.2"].depends == "1.1"
    assert tasks["2.3"].strands == ["Pursue"] and tasks["DA-04"].strands == ["Protect"]
    assert tasks["1.1"].when == "2024-09-30" and tasks["3.1"].when == "31/03/25"
    assert tasks["1.1"].how == "Map published"
    assert tasks["1.1"].source.cell == "C5"
    assert (tasks["1.1"].rag, tasks["1.2"].rag, tasks["2.3"].rag) == ("green", "amber", "red")
    assert (tasks["1.2"].due, tasks["3.1"].due, tasks["2.3"].due) == ("2024-12-31", "2025-03-31", "2025-03-31")
    # Dotted references in a Dependencies column are links, as dependencies.
    linked = {(result.graph.get(*r.start).ref, result.graph.get(*r.end).ref, r.props["kind"])
              for r in result.graph.relationships(Rel.LINKED_TO)}
    assert linked == {("1.2", "1.1", "dependency"), ("DA-04", "2.3", "dependency")}


def test_strand_as_section_rows_and_a_second_table(make_workbook):
    rows = [
        ["Plan A"],
        ["Task", "Owner", "Due", "No"],
        ["PREVENT"],
        ["Leaflets", "PC Tom Ellis & PCSO Amy Lowe", "Sep-18", 1],
        ["Pursue strand"],
        ["Warrants", "DI Kirby", "Monthly", 2],
        [],
        ["Plan B"],
        ["No", "Task", "Owner", "Due", "Strand"],
        [1, "Patrols", "Insp Grey", "Weekly", "Protect"],
    ]
    make_workbook("sections.xlsx", {"Plans": rows})
    result = load_plans([make_workbook.folder])
    tasks = {t.key: t for t in result.graph.nodes(Label.TASK)}
    assert tasks["Plan A#1"].strands == ["Prevent"]
    assert tasks["Plan A#2"].strands == ["Pursue"]
    assert tasks["Plan B#1"].strands == ["Protect"]
    assert len(tasks) == 3


def test_hidden_drafts_and_covers_give_no_tasks(make_workbook):
    table = [["Task", "Who", "When", "Task No", "Strand"], ["Real task", "JF", "TBC", 1, "Prevent"]]
    make_workbook("drafts.xlsx", {"Cover": [["Northshire plans"], ["Version 3"]], "Live": table,
                                  "Old draft": table}, hidden=("Old draft",))
    result = load_plans([make_workbook.folder])
    kinds = {s.sheet: s.kind for s in result.sheets}
    assert kinds == {"Cover": "no task table", "Live": "task table", "Old draft": "hidden"}
    assert [t.source.sheet for t in result.graph.nodes(Label.TASK)] == ["Live"]
    assert [p.code for p in result.problems if p.sheet == "Old draft"] == ["hidden-sheet"]


def test_same_number_for_a_different_task_keeps_both(make_workbook):
    rows = [["Strand", "Task", "Who", "Task No"],
            ["Prevent", "Education", "PW", 1], ["Pursue", "Enforcement", "JF", 1]]
    make_workbook("clash.xlsx", {"Clash": rows})
    result = load_plans([make_workbook.folder])
    assert sorted(t.ref for t in result.graph.nodes(Label.TASK)) == ["1", "1 (Pursue)"]
    [problem] = [p for p in result.problems if p.code == "repeated-ref"]
    assert (problem.file, problem.sheet, problem.cell) == ("clash.xlsx", "Clash", "B3")


def test_unknown_strand_is_reported_with_its_cell(make_workbook):
    rows = [["Strand", "Task", "Who", "Task No"], ["Preparation", "Plan", "PW", 1]]
    make_workbook("strand.xlsx", {"S": rows})
    result = load_plans([make_workbook.folder])
    [problem] = [p for p in result.problems if p.code == "unknown-strand"]
    assert (problem.sheet, problem.cell) == ("S", "A2")
    assert "Preparation" in problem.message
