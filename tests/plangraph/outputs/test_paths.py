"""Outputs go where they can be written, never over the store: each case
is a one-line error, no traceback, and the store is left as it was."""

from __future__ import annotations

import os

from click.testing import CliRunner

from plangraph.cli import main


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_an_export_never_overwrites_the_store(tmp_path):
    assert run("load").exit_code == 0
    store = tmp_path / "home" / "graph.json"
    before = store.read_bytes()
    result = run("export", "--format", "gexf", "--output", str(store))
    assert result.exit_code == 1 and "is the graph store itself" in result.output
    assert "Traceback" not in result.output and store.read_bytes() == before


def test_outputs_into_a_missing_folder_or_a_full_disk_say_so(tmp_path):
    assert run("load").exit_code == 0
    missing = run("export", "--format", "json", "--output", str(tmp_path / "nowhere" / "g.json"))
    assert missing.exit_code == 1 and "there is no folder" in missing.output
    report = run("owners", "--xlsx", str(tmp_path / "nowhere" / "owners.xlsx"))
    assert report.exit_code == 1 and "there is no folder" in report.output and "CI Sam Smith" not in report.output
    if os.path.exists("/dev/full"):
        full = run("owners", "--xlsx", "/dev/full")
        assert full.exit_code == 1 and "cannot write /dev/full" in full.output


def test_a_home_that_is_a_file_and_a_store_path_that_is_a_folder(tmp_path, monkeypatch):
    afile = tmp_path / "home-file"
    afile.write_text("x")
    monkeypatch.setenv("PLANGRAPH_HOME", str(afile))
    result = run("owners")
    assert result.exit_code == 1 and "which is a file, not a folder" in result.output
    monkeypatch.setenv("PLANGRAPH_HOME", str(tmp_path / "home"))
    result = run("load", "--store-path", str(tmp_path))
    assert result.exit_code == 1 and "is a folder" in result.output and "Traceback" not in result.output


def test_a_store_holding_something_else_is_named(tmp_path):
    store = tmp_path / "home" / "graph.json"
    store.parent.mkdir(parents=True)
    store.write_text("[]")
    result = run("owners")
    assert result.exit_code == 1 and "is not a plangraph store" in result.output


def test_a_config_holding_a_password_must_be_private(tmp_path):
    config = tmp_path / "home" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('store = "neo4j"\n[neo4j]\nuri = "bolt://127.0.0.1:1"\npassword = "secret"\n')
    config.chmod(0o644)
    result = run("owners")
    assert result.exit_code == 1 and "holds a password but others may read it" in result.output
    assert "secret" not in result.output
