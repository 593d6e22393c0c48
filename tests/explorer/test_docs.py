"""The explorer's library modules: their docstring examples run (the pages
are scripts, run by test_app instead)."""

from __future__ import annotations

import doctest
import importlib

import pytest


MODULES = ["explorer.network.build", "explorer.network.page", "explorer.views.common", "explorer.views.overview",
           "explorer.views.chains", "explorer.views.owners", "explorer.views.forums", "explorer.views.task",
           "explorer.views.quality", "explorer.widgets", "explorer.state", "explorer.answers",
           "explorer.loading", "explorer.querying"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    result = doctest.testmod(importlib.import_module(name),
                             optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted > 0
