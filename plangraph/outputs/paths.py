"""Where an output may be written, checked before any work starts: never
over the store itself or plangraph's own files, never into a folder that
is not there, never over a folder.

Examples
--------
>>> import tempfile, pathlib
>>> home = pathlib.Path(tempfile.mkdtemp())
>>> check_output(home / "plans.graphml", protected=[home / "graph.json"]).name
'plans.graphml'
>>> check_output(home / "graph.json", protected=[home / "graph.json"])
Traceback (most recent call last):
...
plangraph.outputs.paths.OutputError: ... is the graph store itself: write the output somewhere else
>>> check_output(home / "no such folder" / "x.xlsx")
Traceback (most recent call last):
...
plangraph.outputs.paths.OutputError: there is no folder ...no such folder to write x.xlsx into
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

__all__ = ["OutputError", "check_output"]


class OutputError(ValueError):
    """An output cannot go where it was asked to; the message says why."""


def check_output(path: Path | str, *, protected: Iterable[Path] = ()) -> Path:
    """``path``, once it is a place an output can be written."""
    path = Path(path).expanduser()
    target = path.resolve()
    for kept in protected:
        if target == Path(kept).expanduser().resolve():
            raise OutputError(f"{path} is the graph store itself: write the output somewhere else")
    if target.is_dir():
        raise OutputError(f"{path} is a folder: give a file name to write")
    if not target.parent.is_dir():
        raise OutputError(f"there is no folder {path.parent} to write {path.name} into")
    if target.exists() and not os.access(target, os.W_OK) or not os.access(target.parent, os.W_OK):
        raise OutputError(f"{path} cannot be written here (no permission)")
    return path
