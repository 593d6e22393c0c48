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


def test_one_unreadable_file_is_reported_and_the_rest_loaded(make_workbook):
    make_workbook("good.xlsx", {"Plan": TABLE + [["Prevent", "A task", "PW", "TBC", 1]]})
    (make_workbook.folder / "old.XLS").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    result = load_plans([make_workbook.folder])
    [error] = result.errors
    assert error.file == "old.XLS" and error.code == "unreadable-file"
    assert len(result.graph.nodes(Label.TASK)) == 1


def test_strict_loading_loads_nothing_when_a_file_is_unreadable(make_workbook):
    make_workbook("good.xlsx", {"Plan": TABLE + [["Prevent", "A task", "PW", "TBC", 1]]})
    (make_workbook.folder / "broken.xlsx").write_bytes(b"PK\x03\x04 cut short")
    result = load_plans([make_workbook.folder], strict=True)
    assert [e.file for e in result.errors] == ["broken.xlsx"]
    assert result.graph.nodes() == [] and result.sheets == []
    assert len(load_plans([make_workbook.folder / "good.xlsx"], strict=True).graph.nodes(Label.TASK)) == 1


def test_a_failure_no_reader_foresaw_is_an_error_naming_the_file(make_workbook, monkeypatch):
    import loaders.load

    def trips(path):
        raise KeyError("internal")

    make_workbook("plan.xlsx", {"Plan": TABLE + [["Prevent", "A task", "PW", "TBC", 1]]})
    monkeypatch.setattr(loaders.load, "read_workbook", trips)
    [error] = load_plans([make_workbook.folder]).errors
    assert error.file == "plan.xlsx" and "does not handle (KeyError)" in error.message


def test_a_link_back_to_a_folder_is_noted_not_followed(make_workbook):
    import os

    make_workbook("plan.xlsx", {"Plan": TABLE + [["Prevent", "A task", "PW", "TBC", 1]]})
    os.symlink(make_workbook.folder, make_workbook.folder / "again")
    result = load_plans([make_workbook.folder])
    [note] = [p for p in result.problems if p.code == "skipped-path"]
    assert note.file == "again" and note.severity == "info" and "loop" in note.message
    assert len(result.graph.nodes(Label.TASK)) == 1


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
