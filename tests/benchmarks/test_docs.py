"""Every docstring example of the benchmarks package runs."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import benchmarks


def modules():
    yield benchmarks.__name__
    for info in pkgutil.walk_packages(benchmarks.__path__, benchmarks.__name__ + "."):
        if info.name != "benchmarks.run":  # a script, the lead's
            yield info.name


@pytest.mark.parametrize("name", sorted(modules()))
def test_docstring_examples_run(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
