"""Finding plan files in folders: suffixes in any case, links followed once."""

from __future__ import annotations

import os

import pytest

from loaders.workbooks.guard.folders import find_plan_files, is_plan_name


def _touch(folder, *names):
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")


def test_plan_files_are_found_in_any_case_and_kind(tmp_path):
    _touch(tmp_path, "a.XLSX", "b.Xlsx", "c.xlsm", "d.CSV", "e.xls", "f.xlsb", "g.ods", "h.xltx",
           "~$a.XLSX", "._a.XLSX", "__MACOSX/._c.xlsm", "notes.docx", "expected.json", "sub/deeper/i.xlsx")
    names = [p.name for p in find_plan_files([tmp_path]).files]
    assert names == ["a.XLSX", "b.Xlsx", "c.xlsm", "d.CSV", "e.xls", "f.xlsb", "g.ods", "h.xltx", "i.xlsx"]


def test_a_file_named_directly_is_taken_whatever_its_name(tmp_path):
    _touch(tmp_path, "plan.txt")
    assert find_plan_files([tmp_path / "plan.txt"]).files == [tmp_path / "plan.txt"]


def test_links_to_folders_are_followed_once_and_loops_noted(tmp_path):
    _touch(tmp_path, "plans/a.xlsx", "archive/b.xlsx")
    os.symlink(tmp_path / "archive", tmp_path / "plans" / "archive-link")
    os.symlink(tmp_path / "plans", tmp_path / "plans" / "loop")
    os.symlink(tmp_path / "missing", tmp_path / "plans" / "dangling")
    os.symlink(tmp_path / "archive", tmp_path / "plans" / "second-link")
    found = find_plan_files([tmp_path / "plans"])
    assert [p.name for p in found.files] == ["a.xlsx", "b.xlsx"]
    assert found.notes == [("dangling", "a link to nothing: skipped"),
                           ("loop", "a link to a folder it is inside (a loop): skipped"),
                           ("second-link", "a link to a folder already read: skipped")]


def test_the_same_file_named_twice_is_read_once(tmp_path):
    _touch(tmp_path, "a.xlsx")
    os.symlink(tmp_path / "a.xlsx", tmp_path / "same.xlsx")
    assert find_plan_files([tmp_path, tmp_path / "a.xlsx"]).files == [tmp_path / "a.xlsx"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_a_folder_that_cannot_be_read_is_noted(tmp_path):
    _touch(tmp_path, "locked/a.xlsx")
    (tmp_path / "locked").chmod(0)
    try:
        assert find_plan_files([tmp_path]).notes[0][0] == "locked"
    finally:
        (tmp_path / "locked").chmod(0o755)


@pytest.mark.parametrize("name, plan", [("Plan.xlsx", True), ("PLAN.XLSM", True), ("plan.tsv", True),
                                        ("~$plan.xlsx", False), ("._plan.xlsx", False), ("plan.pdf", False)])
def test_a_plan_is_known_by_its_suffix(name, plan):
    assert is_plan_name(name) is plan
