"""Loading a set of workbooks: bad files, plan versions, overrides."""

from __future__ import annotations

import datetime as dt
import gc

import loaders.load as load_module
from graphmodel import Label
from loaders import load_plans

TABLE = [["Strand", "Task", "Who", "When", "Task No"]]


def test_an_unreadable_file_is_an_error_naming_the_file(make_workbook):
    make_workbook("good.xlsx", {"Plan": TABLE + [["Prevent", "A task", "PW", "TBC", 1]]})
    (make_workbook.folder / "broken.xlsx").write_bytes(b"this is not a workbook")
    result = load_plans([make_workbook.folder])
    [error] = result.errors
    assert error.file == "broken.xlsx" and "not a readable .xlsx" in error.message
    assert len(result.graph.nodes(Label.TASK)) == 1  # the good workbook is still read


def test_excel_lock_files_are_not_workbooks(make_workbook):
    make_workbook("plan.xlsx", {"Plan": TABLE + [["Prevent", "A task", "PW", "TBC", 1]]})
    (make_workbook.folder / "~$plan.xlsx").write_bytes(b"lock")
    assert load_plans([make_workbook.folder]).errors == []


def test_newer_version_of_a_workstream_wins(make_workbook):
    old = TABLE + [["Prevent", "Old wording", "", "", 1], ["Prevent", "Dropped task", "", "", 2]]
    new = TABLE + [["Prevent", "New wording", "PW", "Sep-18", 1]]
    make_workbook("a-new.xlsx", {"Gangs": new}, modified=dt.datetime(2018, 6, 20))
    make_workbook("b-old.xlsx", {"Gangs": old}, modified=dt.datetime(2018, 5, 4))
    result = load_plans([make_workbook.folder])
    assert [t.text for t in result.graph.nodes(Label.TASK)] == ["New wording"]
    assert result.graph.get(Label.PLAN, "b-old.xlsx").superseded_by == "a-new.xlsx"
    assert result.graph.get(Label.PLAN, "b-old.xlsx").current is False
    [note] = [p for p in result.problems if p.code == "superseded-workstream"]
    assert note.file == "b-old.xlsx" and "a-new.xlsx" in note.message


def test_override_file_picks_the_current_plan_and_areas(make_workbook):
    old = TABLE + [["Prevent", "Old wording", "", "", 1]]
    new = TABLE + [["Prevent", "New wording", "PW", "Sep-18", 1]]
    make_workbook("new.xlsx", {"Gangs": new}, modified=dt.datetime(2018, 6, 20))
    make_workbook("old.xlsx", {"Gangs": old}, modified=dt.datetime(2018, 5, 4))
    make_workbook("register.xlsx", {"Areas": [["Area", "Vision"], ["Youth Violence", "Less of it"]]})
    (make_workbook.folder / "plangraph.toml").write_text(
        '[workstreams]\n"Gangs" = "Youth Violence"\n[plans]\norder = ["new.xlsx", "old.xlsx"]\n')
    result = load_plans([make_workbook.folder])
    [task] = result.graph.nodes(Label.TASK)
    assert task.text == "Old wording" and task.area == "Youth Violence"


def test_a_bad_override_file_is_an_error(make_workbook):
    make_workbook("plan.xlsx", {"Plan": TABLE + [["Prevent", "A task", "PW", "TBC", 1]]})
    (make_workbook.folder / "plangraph.toml").write_text("[workstreams\n")
    [error] = load_plans([make_workbook.folder]).errors
    assert error.file == "plangraph.toml" and "TOML" in error.message


def test_workstream_matching_no_area_is_reported(make_workbook):
    make_workbook("register.xlsx", {"Areas": [["Area", "Vision"], ["Hate Crime", "x"]]})
    make_workbook("plan.xlsx", {"Cyber": [["Cyber Resilience"]] + TABLE + [["Prevent", "A", "PW", "", 1]]})
    result = load_plans([make_workbook.folder])
    [problem] = [p for p in result.problems if p.code == "no-area"]
    assert (problem.file, problem.sheet, problem.cell) == ("plan.xlsx", "Cyber", "A1")


def test_the_collector_is_paused_for_a_load_and_left_as_found(make_workbook, monkeypatch):
    make_workbook("plan.xlsx", {"Plan": TABLE + [["Prevent", "A task", "PW", "TBC", 1]]})
    seen = []
    real = load_module.read_workbook
    monkeypatch.setattr(load_module, "read_workbook", lambda path: seen.append(gc.isenabled()) or real(path))
    assert gc.isenabled()
    load_plans([make_workbook.folder])
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        load_plans([make_workbook.folder])
        assert not gc.isenabled()  # the caller's choice stands
    finally:
        gc.enable()


def test_the_collector_runs_again_after_a_load_that_fails(make_workbook, monkeypatch):
    make_workbook("plan.xlsx", {"Plan": TABLE + [["Prevent", "A task", "PW", "TBC", 1]]})

    def fails(path):
        raise RuntimeError("a reader's bug")

    monkeypatch.setattr(load_module, "read_workbook", fails)
    try:
        load_plans([make_workbook.folder])
    except RuntimeError:
        pass
    assert gc.isenabled()
