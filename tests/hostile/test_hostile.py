"""Every hostile file, loaded through load_plans in a child process of its
own: no traceback, a clear error naming the file and the cause (or a clean
read where the file is sound), bounded memory and bounded time.

Memory is the child's peak resident size, read from /proc/self/status
(VmHWM) where there is one: ru_maxrss of a child started by fork or vfork
also carries the parent's peak across exec on Linux, which would measure
pytest, not the load.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import BUILDERS, good  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ESSEX = ROOT / "loaders" / "samples" / "essex" / "plans" / "Crime Prevention 4P (Burglary & Robbery).xlsx"
MAX_MB = 500
MAX_SECONDS = 60

# What each file must give: the words of its error, or None for a clean read with tasks.
EXPECTED = {
    "good": None,
    "bounding-box": None,
    "merge-everything": "",  # read: the merge hides the table, so no tasks and no error
    "merge-beside": None,
    "whitespace-bomb": "unpacks to more than 200 MB: too big to read safely",
    "lying-bomb": "damaged: sheet 'Plan' (xl/worksheets/sheet1.xml) cannot be unpacked",
    "ratio-bomb": 'packed more than 100 times over (a "zip bomb"',
    "many-cells": "more than 1,000,000 cells: too big to read safely",
    "many-merges": "sheet 'Plan' (xl/worksheets/sheet1.xml) has more than 100,000 merged ranges",
    "many-sheets": "more than 1,000 sheets: too big to read safely",
    "many-parts": "more than 10,000 parts: too big to read safely",
    "control-character": "damaged: sheet 'Plan' (xl/worksheets/sheet1.xml) is not valid XML (line 1",
    "unclosed-tag": "damaged: sheet 'Plan' (xl/worksheets/sheet1.xml) is not valid XML",
    "broken-workbook-xml": "damaged: the list of sheets (xl/workbook.xml) is not valid XML",
    "broken-styles": "damaged: the cell formatting (xl/styles.xml) is not valid XML",
    "broken-core": "damaged: the document properties (title, author, dates) (docProps/core.xml) is not valid XML",
    "broken-content-types": "damaged: the file's table of contents ([Content_Types].xml) is not valid XML",
    "path-sheet-names": None,
    "entity-expansion": "declares XML entities",
    "encrypted": "password-protected: remove the password",
    "legacy-xls": "an Excel 97-2003 workbook: open it in Excel and save it as .xlsx",
    "macro-enabled": None,
    "csv": None,
    "random-bytes": "not a readable .xlsx workbook (BadZipFile: File is not a zip file)",
    "pdf": "a PDF, not a spreadsheet",
    "word-document": "a Word document, not a spreadsheet",
    "truncated": "not a complete zip package",
    "empty": "the file is empty",
    "huge-cell": "has a cell of more than 100,000 characters",
    "deep-nesting": None,
}

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from graphmodel import Label
from loaders import load_plans

def peak_mb():
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

start = time.monotonic()
result = load_plans([Path(p) for p in sys.argv[2:]], strict=sys.argv[1] == "strict")
print(json.dumps({
    "errors": [[p.file, p.message, p.code] for p in result.errors],
    "tasks": len(result.graph.nodes(Label.TASK)),
    "sheets": [[s.file, s.sheet] for s in result.sheets],
    "seconds": time.monotonic() - start,
    "peak_mb": peak_mb(),
}))
"""


def load_in_child(paths: list[Path], *, strict: bool = False) -> dict:
    """load_plans in a fresh Python; fails the test on a traceback or a crash."""
    proc = subprocess.run([sys.executable, "-c", CHILD, "strict" if strict else "lenient", *map(str, paths)],
                          cwd=ROOT, capture_output=True, text=True, timeout=MAX_SECONDS * 2)
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


@pytest.mark.parametrize("case", sorted(BUILDERS))
def test_a_hostile_file_is_refused_clearly_or_read(case, tmp_path):
    path = BUILDERS[case](tmp_path)
    found = load_in_child([path])
    expected = EXPECTED[case]
    assert found["peak_mb"] < MAX_MB and found["seconds"] < MAX_SECONDS
    if expected:
        [(file, message, code)] = found["errors"]
        assert file == path.name and code == "unreadable-file"
        assert expected in message
        assert str(tmp_path) not in message and "/tmp" not in message
    else:
        assert found["errors"] == []
        assert (found["tasks"] > 0) == (expected is None)


def test_every_builder_has_an_expectation():
    assert set(BUILDERS) == set(EXPECTED)


def test_one_bad_file_is_reported_and_the_good_one_read(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(ESSEX, folder / ESSEX.name)
    BUILDERS["encrypted"](folder)
    found = load_in_child([folder])
    assert [(f, c) for f, _, c in found["errors"]] == [("encrypted.xlsx", "unreadable-file")]
    assert found["tasks"] > 0 and {f for f, _ in found["sheets"]} == {ESSEX.name}


def test_strict_loading_fails_the_whole_load_on_one_bad_file(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(ESSEX, folder / ESSEX.name)
    BUILDERS["truncated"](folder)
    good(folder)
    found = load_in_child([folder], strict=True)
    assert [f for f, _, _ in found["errors"]] == ["truncated.xlsx"]
    assert found["tasks"] == 0 and found["sheets"] == []  # nothing loaded: the caller saves nothing


def test_strict_loading_of_sound_files_loads_them(tmp_path):
    found = load_in_child([good(tmp_path)], strict=True)
    assert found["errors"] == [] and found["tasks"] == 2


@pytest.fixture(scope="module")
def essex_store(tmp_path_factory):
    """A store holding the Essex plans, and its bytes as saved."""
    from plangraph import api
    from plangraph.stores.embedded import EmbeddedStore

    store = EmbeddedStore(tmp_path_factory.mktemp("store") / "graph.json")
    assert api.load([ROOT / "loaders" / "samples" / "essex"], store, partnership="Essex").saved
    return store, store.path.read_bytes()


@pytest.mark.parametrize("case", sorted(c for c, e in EXPECTED.items() if e))
def test_a_hostile_file_never_replaces_the_graph_saved(case, essex_store, tmp_path):
    """Loaded as the partnership already saved, a file that cannot be read
    (or holds no task) saves nothing: the store is byte-for-byte as it was."""
    from plangraph import api

    store, before = essex_store
    loaded = api.load([BUILDERS[case](tmp_path)], store, partnership="Essex")
    assert not loaded.saved and loaded.refused
    assert store.path.read_bytes() == before
