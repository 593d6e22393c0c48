"""Shared fixtures: the bundled Essex data, loaded once, and a builder of
small workbooks in other forces' layouts."""

from __future__ import annotations

import datetime as dt
import os
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import settings

from loaders import load_plans, sample_data

# Property tests explore new inputs on every local run; in CI they replay a
# fixed set, so a run's result depends on the code, not on luck. No time
# limit per example: a slow CI machine is not a failing parser.
settings.register_profile("local", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "local")


def pytest_addoption(parser):
    parser.addoption("--update-screenshots", action="store_true",
                     help="write the browser tests' screenshots into docs/screenshots (never on a normal run)")


@pytest.fixture(scope="session")
def screenshots(request) -> Path | None:
    """docs/screenshots when the run was asked to refresh them, else None."""
    return ROOT / "docs" / "screenshots" if request.config.getoption("--update-screenshots") else None


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright (one for every browser test)."""
    from tests.explorer.browsing import launch_browser

    yield from launch_browser()


@pytest.fixture(scope="session")
def essex() -> Path:
    return sample_data()


@pytest.fixture(scope="session")
def essex_result(essex):
    return load_plans([essex], partnership="Essex")


@pytest.fixture(scope="session")
def essex_graph(essex_result):
    return essex_result.graph


@pytest.fixture(autouse=True)
def _own_home(tmp_path, monkeypatch):
    # Every test gets its own embedded store, never the user's ~/.plangraph.
    monkeypatch.setenv("PLANGRAPH_HOME", str(tmp_path / "home"))


def build_workbook(path: Path, sheets: dict[str, list[list]], *, modified: dt.datetime | None = None,
                   hidden: tuple[str, ...] = (), merged: dict[str, list[str]] | None = None) -> Path:
    """Write a workbook: each sheet's rows as lists of cell values (None for blank)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        for row in rows:
            ws.append(row)
        for rng in (merged or {}).get(name, []):
            ws.merge_cells(rng)
        if name in hidden:
            ws.sheet_state = "hidden"
    book.save(path)
    if modified:
        _set_saved_date(path, modified)
    return path


def _set_saved_date(path: Path, when: dt.datetime) -> None:
    """openpyxl stamps 'modified' with the time of saving; plans carry the
    date they were last saved in Excel, so write that into docProps/core.xml."""
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    core = parts["docProps/core.xml"].decode()
    core = re.sub(r"(<dcterms:(modified|created)[^>]*>)[^<]*(<)", rf"\g<1>{stamp}\3", core)
    parts["docProps/core.xml"] = core.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


@pytest.fixture
def make_workbook(tmp_path):
    """make_workbook("name.xlsx", {"Sheet": [[...], ...]}, ...) -> path in a fresh folder."""
    folder = tmp_path / "plans"
    folder.mkdir()

    def make(name: str, sheets: dict[str, list[list]], **kwargs) -> Path:
        return build_workbook(folder / name, sheets, **kwargs)

    make.folder = folder
    return make


ROOT = Path(__file__).resolve().parents[1]


def _neo4j_settings():
    from plangraph.stores.neo4j import Neo4jSettings

    return Neo4jSettings.from_env()


@pytest.fixture(scope="session")
def neo4j_server():
    """The Neo4j test server that scripts/test starts. In CI a missing server
    fails the run; elsewhere the Neo4j tests say how to run them."""
    import neo4j as driver

    settings = _neo4j_settings()
    try:
        with driver.GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password)) as d:
            d.verify_connectivity()
    except Exception as exc:  # noqa: BLE001 - any failure means no usable server
        message = f"no Neo4j server at {settings.uri} ({type(exc).__name__}); run the tests with scripts/test"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return settings


def _empty(store) -> None:
    """Every test starts from an empty database: stores now keep each partnership saved."""
    with store.driver.session(database=store.settings.database) as session:
        session.run("MATCH (n) DETACH DELETE n").consume()


@pytest.fixture
def neo4j_store(neo4j_server):
    from plangraph.stores.neo4j import Neo4jStore

    store = Neo4jStore(neo4j_server)
    _empty(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def essex_in_both_stores(essex_graph, neo4j_server, tmp_path_factory):
    """(embedded, neo4j) stores each holding the Essex graph, for one test module."""
    from plangraph.stores.embedded import EmbeddedStore
    from plangraph.stores.neo4j import Neo4jStore

    embedded = EmbeddedStore(tmp_path_factory.mktemp("both") / "graph.json")
    embedded.save(essex_graph)
    neo = Neo4jStore(neo4j_server)
    _empty(neo)
    neo.save(essex_graph)
    yield embedded, neo
    neo.close()
