"""The docs stay true: every command is in the README, every docstring
example runs, the bundled sample data is the customer's files unchanged."""

from __future__ import annotations

import doctest
import hashlib
import importlib
import pkgutil
from pathlib import Path

import pytest

import analyses
import graphmodel
import loaders
import plangraph
from plangraph.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def modules():
    for package in (graphmodel, loaders, analyses, plangraph):
        yield package.__name__
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            yield info.name


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_in_the_readme_with_an_example(command):
    assert f"plangraph {command}" in README
    assert "Example:" in main.commands[command].help


@pytest.mark.parametrize("name", sorted(modules()))
def test_docstring_examples_run(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_bundled_sample_is_the_essex_files_unchanged(essex):
    shared = ROOT.parent / "shared" / "data" / "essex"
    if not shared.is_dir():
        pytest.skip("no ../shared/data/essex beside this checkout to compare with")
    digest = lambda p: hashlib.sha256(p.read_bytes()).hexdigest()  # noqa: E731
    ours = {p.relative_to(essex): digest(p) for p in essex.rglob("*.xlsx")}
    theirs = {p.relative_to(shared): digest(p) for p in shared.rglob("*.xlsx")}
    assert ours == theirs and len(ours) == 7
