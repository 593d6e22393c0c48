"""Fixtures of the explorer's tests: a PLANGRAPH_HOME holding the Essex
plans as the explorer loads them (loaded once, copied for each test), and
one holding a workbook written to attack the pages."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

import explorer
from explorer import loading

APP = Path(explorer.__file__).resolve().parent / "app.py"

# A plan whose every text is hostile: if any of it reaches a page as HTML,
# a script runs (alert 1 to 4) or the page's markup breaks.
HOSTILE_TASK = "<img src=x onerror=alert(1)>"
HOSTILE_OWNER = "<script>alert(2)</script>"
HOSTILE_TEXT_2 = 'Map hotspots "quoted" & <a href="javascript:alert(3)">x</a></script><script>alert(3)</script>'
HOSTILE_WORKSTREAM = "<svg onload=alert(4)>"
# Markdown that, rendered, would fetch an image and make a link (198.51.100.0/24 is never reachable).
MARKDOWN_PAYLOAD = "![x](http://198.51.100.7/x.png) [Click to verify](http://198.51.100.7/verify) https://example.invalid/x"
HOSTILE_ROWS = [
    [f"{HOSTILE_WORKSTREAM} 4P plan"],
    ["Strand", "Task No", "Task", "How", "Who", "When"],
    ["Prevent", 1, HOSTILE_TASK, "Linked to action (2); see the <b>Community Safety Partnership</b>", HOSTILE_OWNER,
     "Sep-18"],
    ["Pursue", 2, HOSTILE_TEXT_2, MARKDOWN_PAYLOAD, "DI Smith", "Oct-18"],
]
HOSTILE_KEY = f"{HOSTILE_WORKSTREAM}#1"


@pytest.fixture(scope="session")
def essex_home(tmp_path_factory) -> Path:
    """A PLANGRAPH_HOME the explorer loaded the Essex plans into, once."""
    home = tmp_path_factory.mktemp("essex-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PLANGRAPH_HOME", str(home))
        mp.delenv("PLANGRAPH_STORE", raising=False)
        report = loading.load_sample()
    assert report.saved and report.summary["tasks"] == 212
    return home


@pytest.fixture
def home(essex_home, tmp_path, monkeypatch) -> Path:
    """This test's own copy of the Essex home, as PLANGRAPH_HOME."""
    target = tmp_path / "essex-home"
    shutil.copytree(essex_home, target)
    monkeypatch.setenv("PLANGRAPH_HOME", str(target))
    monkeypatch.delenv("PLANGRAPH_STORE", raising=False)
    return target


@pytest.fixture
def hostile_workbook(make_workbook) -> Path:
    """The folder holding hostile.xlsx."""
    make_workbook("hostile.xlsx", {"Hostile": HOSTILE_ROWS}, modified=dt.datetime(2018, 5, 4))
    return make_workbook.folder


@pytest.fixture
def hostile_home(hostile_workbook, tmp_path, monkeypatch) -> Path:
    """A PLANGRAPH_HOME holding only the hostile plan, loaded by the explorer."""
    target = tmp_path / "hostile-home"
    monkeypatch.setenv("PLANGRAPH_HOME", str(target))
    monkeypatch.delenv("PLANGRAPH_STORE", raising=False)
    assert loading.load_paths([hostile_workbook]).saved
    return target


@pytest.fixture
def tok(home):
    """The token of the Essex plans in this test's home: what every cached answer is keyed by."""
    from explorer import state

    return state.token()
