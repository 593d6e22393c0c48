"""plangraph remove: a partnership, or one workbook of it, taken out; the others untouched."""

from __future__ import annotations

from click.testing import CliRunner

from loaders import sample_data
from plangraph import api
from plangraph.cli import main
from plangraph.config import open_store

BURGLARY = "Crime Prevention 4P (Burglary & Robbery).xlsx"


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_one_workbook_is_taken_out_and_the_rest_kept(tmp_path):
    assert run("load").exit_code == 0
    result = run("remove", "Essex", "--file", BURGLARY)
    assert result.exit_code == 0, result.output
    store = open_store()
    tasks = store.get_tasks("Essex")
    assert len(tasks) == 212 - 30 and not [t for t in tasks if t["file"] == BURGLARY]
    assert BURGLARY not in {p["key"] for p in store.get_plans("Essex")}
    assert not [p for p in store.problems("Essex") if p.file == BURGLARY]
    assert all(link["start"] in {t["key"] for t in tasks} for link in store.get_links("Essex"))


def test_a_partnership_is_taken_out_and_others_stay(tmp_path, make_workbook):
    store = open_store()
    assert api.load([sample_data()], store).saved
    make_workbook("w.xlsx", {"Plan": [["Strand", "Task", "Who", "When"], ["Prevent", "Map hotspots", "PC Holt",
                                                                            "Sep-25"]]})
    assert api.load([make_workbook.folder], store, partnership="Westmere").saved
    assert run("remove", "Westmere").exit_code == 0
    assert api.partnerships(store) == ["Essex"] and len(store.get_tasks("Essex")) == 212
    missing = run("remove", "Nowhere")
    assert missing.exit_code == 1 and "no partnership 'Nowhere'" in missing.output


def test_adding_never_replaces_a_partnership_loaded(tmp_path):
    store = open_store()
    assert api.load([sample_data()], store).saved
    again = api.load([sample_data()], store, replace=False)
    assert not again.saved and "is loaded already" in again.refused
