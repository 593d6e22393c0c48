"""explorer.loading: the Essex sample and uploads, each loaded into its own
partnership; a failed load leaves everything as it was."""

from __future__ import annotations

import pytest

from explorer import answers, loading, state
from explorer.views.task import written_table

from .conftest import HOSTILE_KEY, HOSTILE_OWNER, HOSTILE_TASK


def test_a_failed_load_keeps_the_graph_loaded_before(home):
    before = state.token()
    report = loading.load_uploaded([("broken.xlsx", b"this is not a workbook")])
    assert not report.saved
    assert report.errors == ["broken.xlsx: error: not a readable .xlsx workbook (BadZipFile: File is not a zip file)"]
    assert state.token() == before and answers.counts(before)["tasks"] == 212
    assert list((home / "explorer").iterdir()) == []  # the upload is not kept


def test_nothing_but_workbooks_is_loaded(home):
    report = loading.load_uploaded([("notes.txt", b"hello"), (".hidden.xlsx", b"x")])
    assert not report.saved and report.errors == ["no .xlsx workbook among the files uploaded"]
    assert answers.counts(state.token())["tasks"] == 212


def test_uploads_are_a_partnership_of_their_own_and_essex_stays(home, hostile_workbook):
    content = (hostile_workbook / "hostile.xlsx").read_bytes()
    calls = []
    report = loading.load_uploaded([("../../elsewhere/hostile.xlsx", content), ("my corrections.toml", b"")],
                                   progress=lambda *a: calls.append(a))
    assert report.saved and report.summary["tasks"] == 2 and report.files == ["hostile.xlsx"]
    assert report.partnership == loading.UPLOADED and calls == [(1, 1, "hostile.xlsx")]
    assert not (home.parent / "elsewhere").exists() and list((home / "explorer").iterdir()) == []
    assert state.partnerships() == ["Essex", loading.UPLOADED]
    essex = state.token()  # outside a page no choice is kept: the first partnership
    tok = type(essex)(essex.store, essex.home, essex.version, loading.UPLOADED)
    assert sorted(answers.tasks(tok)) == [HOSTILE_KEY, HOSTILE_KEY[:-1] + "2"]
    # the row as written was saved with the graph: the workbook is gone, its cells are not
    row = written_table(answers.task(tok, HOSTILE_KEY)["as_written"])
    assert row[["column", "cell", "value"]].values.tolist() == [
        ["Strand", "A3", "Prevent"], ["Task No", "B3", "1"], ["Task", "C3", HOSTILE_TASK],
        ["How", "D3", "Linked to action (2); see the <b>Community Safety Partnership</b>"],
        ["Who", "E3", HOSTILE_OWNER], ["When", "F3", "Sep-18"]]
    assert answers.counts(essex)["tasks"] == 212


def test_an_upload_goes_into_the_partnership_named(home, hostile_workbook):
    content = (hostile_workbook / "hostile.xlsx").read_bytes()
    assert loading.load_uploaded([("hostile.xlsx", content)], partnership="Westmere").partnership == "Westmere"
    again = loading.load_uploaded([("hostile.xlsx", content)], partnership="Westmere")
    assert not again.saved and "is loaded already" in again.refused  # adding never replaces
    assert loading.load_uploaded([("hostile.xlsx", content)], partnership="Westmere", replace=True).saved
    assert state.partnerships() == ["Essex", "Westmere"]


def test_progress_is_told_each_workbook():
    calls = []
    assert loading.load_sample(progress=lambda *a: calls.append(a)).saved
    assert [(done, total) for done, total, _ in calls] == [(n, 7) for n in range(1, 8)]
    assert calls[0][2] == "Crime Prevention Strategy 2018-2021.xlsx"


@pytest.mark.parametrize("name, kept", [("plan.xlsx", "plan.xlsx"), ("../../etc/plan.xlsx", "plan.xlsx"),
                                        ("C:\\plans\\DA plan.xlsx", "DA plan.xlsx"), ("fixes.toml", "plangraph.toml"),
                                        ("plan.csv", "plan.csv"), ("~$plan.xlsx", None), ("plan.xlsm", None),
                                        ("..", None), ("", None)])
def test_upload_names(name, kept):
    assert loading.upload_name(name) == kept
