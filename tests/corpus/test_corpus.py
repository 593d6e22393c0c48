"""The corpus itself: every builder writes the same bytes every time, every
truth file is whole and consistent, and what a truth file names is in the
plan it describes (a check on the hand-written truth, not a derivation of
it: the names are looked for in the cells, never read from them). The
shared copies are the shared files unchanged."""

from __future__ import annotations

import csv
import datetime as dt
import doctest
import hashlib
import io
import sys
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import folders  # noqa: E402
import plan_files  # noqa: E402
from matching import norm, resolve_ref, truth_refs, truth_tasks  # noqa: E402

FOLDERS = folders.corpus_folders()
OURS = [f for f in FOLDERS if f.parent == folders.CORPUS]
ROOT = Path(__file__).resolve().parents[2]
KEYS = ["_conventions", "files", "priorities", "tasks", "total_tasks", "links", "link_count",
        "cross_priority_links", "dangling_links", "non_references", "owners", "initials", "not_the_same_person",
        "blank_owner_refs", "forums", "forum_details", "partners_by_priority", "due_dates", "due_date_windows",
        "rag", "strands"]


def ids(folder: Path) -> str:
    return folder.name


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Each folder's plan files, built once for the module."""
    out = {}
    for folder in FOLDERS:
        out[folder] = folders.build(folder, tmp_path_factory.mktemp(folder.name))
    return out


def cell_texts(files: list[Path]) -> list[str]:
    """Every non-blank cell of the plan files as a reader sees it."""
    texts = []
    for path in files:
        if path.suffix == ".csv":
            rows = csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")))
            texts += [c.strip() for row in rows for c in row if c.strip()]
            continue
        for ws in openpyxl.load_workbook(path).worksheets:
            texts += [plan_files.shown(c.value, c.number_format).strip() if not isinstance(c.value, float)
                      else str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    return texts


def test_helper_docstrings_run():
    for module in (folders, plan_files):
        assert doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed == 0


def test_there_are_four_partnerships_of_ours_and_three_shared():
    assert [f.name for f in OURS] == ["ashcombe", "kelderby", "lynford", "westmere"]
    assert len(FOLDERS) == 7


@pytest.mark.parametrize("folder", OURS, ids=ids)
def test_a_builder_writes_the_same_bytes_every_time(folder, tmp_path):
    first = folders.build(folder, tmp_path / "a")
    again = folders.build(folder, tmp_path / "b")
    digest = lambda p: hashlib.sha256(p.read_bytes()).hexdigest()  # noqa: E731
    assert [p.name for p in first] == [p.name for p in again]
    assert [digest(p) for p in first] == [digest(p) for p in again]


@pytest.mark.parametrize("folder", FOLDERS, ids=ids)
def test_the_truth_file_is_whole(folder, built):
    truth = folders.truth(folder)
    needed = [k for k in KEYS if k != "due_date_windows" or None in truth["due_dates"].values()]
    assert [k for k in needed if k not in truth] == []
    assert sorted(truth["files"]) == sorted(p.name for p in built[folder])
    refs = truth_refs(truth)
    assert truth["total_tasks"] == sum(map(len, refs.values())) == len(truth_tasks(truth))
    assert all(spec["count"] == len(spec["refs"]) for spec in truth["tasks"].values())
    assert truth["link_count"] == len(truth["links"]) == len({(x["from"], x["to"]) for x in truth["links"]})


@pytest.mark.parametrize("folder", OURS, ids=ids)
def test_every_task_key_names_one_task_and_every_task_is_judged(folder):
    truth = folders.truth(folder)
    tasks = {(p, r) for p, refs in truth_refs(truth).items() for r in refs}
    assert 25 <= len(tasks) <= 45
    assert "mentions_not_links" in truth and "_conventions" in truth
    for key in ("due_dates", "rag", "strands"):
        assert sorted(resolve_ref(k, truth) for k in truth[key]) == sorted(tasks), key
    named = [x[end] for x in truth["links"] + truth["cross_priority_links"] for end in ("from", "to")]
    named += [r for spec in truth["owners"].values() for r in spec["refs"]] + truth["blank_owner_refs"]
    named += [x["from"] for x in truth["dangling_links"]] + list(truth["due_date_windows"])
    assert {resolve_ref(k, truth) for k in named} <= tasks
    owned = {resolve_ref(r, truth) for spec in truth["owners"].values() for r in spec["refs"]}
    assert owned | {resolve_ref(r, truth) for r in truth["blank_owner_refs"]} == tasks
    assert not owned & {resolve_ref(r, truth) for r in truth["blank_owner_refs"]}
    for link in truth["dangling_links"]:
        assert (resolve_ref(link["from"], truth)[0], link["to"].rpartition("#")[2].casefold()) not in tasks


@pytest.mark.parametrize("folder", OURS, ids=ids)
def test_due_dates_windows_rag_and_strands_are_in_the_schema(folder):
    truth = folders.truth(folder)
    for key, iso in truth["due_dates"].items():
        assert iso is None or dt.date.fromisoformat(iso), key
    for key, (first, last) in truth["due_date_windows"].items():
        assert truth["due_dates"][key] is None and dt.date.fromisoformat(first) <= dt.date.fromisoformat(last), key
    assert set(truth["rag"].values()) <= {"Green", "Amber", "Red", "Complete", None}
    assert set(truth["strands"].values()) <= {"Prevent", "Pursue", "Protect", "Prepare", None}


@pytest.mark.parametrize("folder", OURS, ids=ids)
def test_what_the_truth_names_is_written_in_the_plan(folder, built):
    truth = folders.truth(folder)
    texts = cell_texts(built[folder])
    cells = {t.casefold() for t in texts}
    everything = f" {norm(' | '.join(texts))} "
    written = lambda name: f" {norm(name)} " in everything  # noqa: E731 - whole words only
    for _, ref in truth_tasks(truth):
        assert ref.casefold() in cells, f"ref {ref!r} is in no cell"
    for owner, spec in truth["owners"].items():
        for spelling in spec["spellings"]:
            assert written(spelling), f"{owner}: {spelling!r}"
    aliases = {}
    for alias, canonical in truth.get("partner_aliases", {}).items():
        aliases.setdefault(canonical, []).append(alias)
    for name in [*truth["forums"], *truth["partners_by_priority"]]:
        assert any(written(n) for n in [name, *aliases.get(name, [])]), name
    for key, text in truth.get("due_date_text", {}).items():
        assert text.casefold() in cells, f"{key}: {text!r}"
    for priority, spec in truth["priorities"].items():
        assert spec["delivery_lead"] is None or written(spec["delivery_lead"]), priority
        assert all(p in truth["priorities"] for p in sum(truth["forums"].values(), [])), priority


def test_the_shared_copies_are_the_shared_files_unchanged():
    shared = ROOT.parent / "shared" / "data" / "partnerships"
    if not shared.is_dir():
        pytest.skip("no ../shared/data/partnerships beside this checkout to compare with")
    digest = lambda p: hashlib.sha256(p.read_bytes()).hexdigest()  # noqa: E731
    ours = {p.relative_to(folders.SHARED): digest(p) for p in folders.SHARED.rglob("*") if p.is_file()
            and "__pycache__" not in p.parts}
    theirs = {p.relative_to(shared): digest(p) for p in shared.rglob("*") if p.is_file()
              and "__pycache__" not in p.parts}
    assert ours == theirs
    assert {p.parts[0] for p in ours if len(p.parts) > 1} == {"eastvale", "southbay", "northgate"}
