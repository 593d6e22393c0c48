"""The synthetic partnerships: deterministic, the sizes they promise, and
loadable into about what was written. No timings here (benchmarks/run.py).

Tolerances, and why: the generator writes only forms the loaders document
(README "How plans are read"), so a load should read nearly everything;
but the loaders are being rewritten, and a load that slips on one row
(today: a task row whose cells read like column headings starts a new
table) must not fail a smoke test whose point is that the files are
plans. So: tasks within 3% of those written and 95% of them found by
their text; links at least 0.9 precise and 0.85 complete; owners of tasks
within 15% of the distinct owners written (a split or merged person moves
the count by one); forums and partners present. A layout the loaders
cannot read at all misses every one of these.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from benchmarks.accuracy import compare
from benchmarks.baselines import plan_files, scan_cells
from benchmarks.synthetic import SIZES, generate, write_partnership
from benchmarks.templates import TEMPLATES
from loaders import load_plans

PLACES = {"town": "Calderwick", "county": "Fenshire"}


def files_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def x1(tmp_path_factory):
    folder = tmp_path_factory.mktemp("x1")
    [partnership] = generate(folder, size="x1", seed=0)
    return partnership, load_plans([partnership.folder])


def test_the_same_seed_writes_the_same_bytes_and_another_seed_does_not(tmp_path):
    generate(tmp_path / "a", size="x1", seed=3)
    generate(tmp_path / "b", size="x1", seed=3)
    generate(tmp_path / "c", size="x1", seed=4)
    first, again, other = (files_bytes(tmp_path / n) for n in "abc")
    assert first == again and len(first) >= 3
    assert first != other


def test_x1_is_one_partnership_of_about_250_tasks_in_its_own_folder(x1):
    partnership, _ = x1
    assert partnership.tasks == SIZES["x1"][1]
    assert partnership.folder.name == partnership.name
    assert all(f.parent == partnership.folder and f.exists() for f in partnership.files)
    assert 0.3 <= partnership.links / partnership.tasks <= 0.45  # Essex: 78 links over 212 tasks


def test_x1_loads_into_about_what_was_written(x1):
    partnership, result = x1
    acc = compare(partnership, result.graph)
    assert not [p for p in result.problems if p.severity == "error"]
    assert abs(acc.tasks_loaded - acc.tasks_written) <= 0.03 * acc.tasks_written, acc.line()
    assert acc.tasks_matched >= 0.95 * acc.tasks_written, acc.line()
    assert acc.link_precision >= 0.9 and acc.link_recall >= 0.85, acc.line()
    assert abs(acc.owners_loaded - acc.owners_written) <= 0.15 * acc.owners_written, acc.line()
    assert acc.forums_loaded >= 0.8 * acc.forums_written and acc.partners_loaded > 0, acc.line()


@pytest.mark.parametrize("template", [t.name for t in TEMPLATES])
def test_every_layout_loads_into_about_what_was_written(template, tmp_path):
    partnership = write_partnership(tmp_path, template, places=PLACES, tasks=60, seed=1)
    result = load_plans([partnership.folder])
    acc = compare(partnership, result.graph)
    assert not [p for p in result.problems if p.severity == "error"]
    assert acc.tasks_matched >= 0.95 * acc.tasks_written, acc.line()
    assert acc.link_precision >= 0.9 and acc.link_recall >= 0.85, acc.line()
    assert acc.owners_loaded > 0 and acc.forums_loaded > 0, acc.line()


def test_scan_cells_counts_what_a_full_read_of_the_workbooks_finds(x1):
    partnership, _ = x1
    expected = 0
    for path in plan_files([partnership.folder]):
        for sheet in openpyxl.load_workbook(path).worksheets:
            expected += sum(1 for row in sheet.iter_rows(values_only=True) for v in row if v not in (None, ""))
    assert scan_cells([partnership.folder]) == expected > 5 * partnership.tasks


def test_x10_writes_four_partnerships_in_four_layouts(tmp_path):
    written = generate(tmp_path, size="x10", seed=0)
    assert len(written) == SIZES["x10"][0] == 4
    assert sorted(p.name for p in written) == sorted(d.name for d in tmp_path.iterdir())
    assert len({p.template for p in written}) == 4
    assert sum(p.tasks for p in written) == SIZES["x10"][1]


def test_a_partnership_keeps_its_name_and_layout_whatever_the_size(tmp_path):
    [alone] = generate(tmp_path / "one", size="x1", seed=0)
    first = generate(tmp_path / "ten", size="x10", seed=0)[0]
    assert (alone.name, alone.template) == (first.name, first.template)


def test_an_unknown_size_is_refused(tmp_path):
    with pytest.raises(ValueError, match="x1, x10, x100"):
        generate(tmp_path, size="x5")
