"""plangraph load: what is saved, and what is not, when some plans are
broken, empty, or another load is running."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time

from click.testing import CliRunner

from loaders import sample_data
from plangraph.cli import main
from plangraph.config import home
from plangraph.locking import load_lock


def load(*args: str):
    return CliRunner().invoke(main, ["load", *args])


def essex_with(tmp_path, name: str, content: bytes):
    """A copy of the Essex plans with one more file in the folder."""
    folder = tmp_path / "plans"
    shutil.copytree(sample_data(), folder)
    (folder / name).write_bytes(content)
    return folder


def test_one_broken_file_is_named_and_the_rest_saved_without_it(tmp_path):
    result = load(str(essex_with(tmp_path, "broken.xlsx", b"not a workbook")), "--json")
    assert result.exit_code == 0
    answer = json.loads(result.stdout)
    assert answer["saved"] and answer["tasks"] == 212
    assert [p["file"] for p in answer["unreadable"]] == ["broken.xlsx"]
    said = load(str(essex_with(tmp_path / "again", "broken.xlsx", b"not a workbook")))
    assert "Saved without 1 file that could not be read" in said.stderr and "broken.xlsx" in said.stderr


def test_strict_saves_nothing_when_a_file_cannot_be_read(tmp_path):
    assert load().exit_code == 0
    store = tmp_path / "home" / "graph.json"
    before = store.read_bytes()
    result = load(str(essex_with(tmp_path, "broken.xlsx", b"not a workbook")), "--strict")
    assert result.exit_code == 1
    assert "Nothing was saved (1 file could not be read, and the load was strict)" in result.stderr
    assert store.read_bytes() == before


def test_a_workbook_with_no_task_saves_nothing(tmp_path, make_workbook):
    assert load().exit_code == 0
    store = tmp_path / "home" / "graph.json"
    before = store.read_bytes()
    make_workbook("empty.xlsx", {"Plan": [["Strand", "Task", "How", "Who", "When"]]})
    result = load(str(make_workbook.folder / "empty.xlsx"), "--partnership", "Essex")
    assert result.exit_code == 1
    assert "Nothing was saved (no task was found in the plans: there is nothing to save)" in result.stderr
    assert store.read_bytes() == before


def test_a_second_load_waits_for_the_first(tmp_path):
    # A load holding the lock, in another process, for two seconds.
    holder = subprocess.Popen([sys.executable, "-c", (
        "import time; from pathlib import Path; from plangraph.locking import load_lock\n"
        f"with load_lock(Path({str(home() / 'load.lock')!r}), what='plangraph load slow/'):\n"
        "    print('held', flush=True); time.sleep(2)")], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    started = time.monotonic()
    result = load()
    holder.wait(timeout=30)
    assert result.exit_code == 0 and time.monotonic() - started >= 1
    assert "Waiting for another load to finish (plangraph load slow/" in result.stderr


def test_a_load_that_cannot_wait_says_who_holds_the_lock(tmp_path):
    from plangraph import api
    from plangraph.config import open_store

    with load_lock(home() / "load.lock", what="plangraph load other/"):
        holder = subprocess.run([sys.executable, "-c", (
            "from plangraph import api; from plangraph.config import open_store; from loaders import sample_data\n"
            "try:\n    api.load([sample_data()], open_store(), wait=0.5)\n"
            "except api.LoadBusy as exc:\n    print(exc)")], capture_output=True, text=True, timeout=120)
    assert "another load is saving into this store (plangraph load other/" in holder.stdout
    assert "nothing was saved" in holder.stdout and open_store().is_empty()
    assert api.load([sample_data()], open_store()).saved  # once released, the next goes ahead
