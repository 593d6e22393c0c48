"""The explorer's library modules: their docstring examples run (the pages
are scripts, run by test_app instead)."""

from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize("name", ["explorer.network", "explorer.views", "explorer.downloads", "explorer.widgets",
                                  "explorer.data"])
def test_docstring_examples_run(name):
    result = doctest.testmod(importlib.import_module(name),
                             optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted > 0
