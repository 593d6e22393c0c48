"""The corpus: which partnership folders there are, their truth files, and
building a folder's plan files into a place to load them from.

A corpus folder holds ``build.py`` (with ``build(outdir)``, writing the
plan files) and ``expected.json`` (the truth, written by hand). Our four
are in ``tests/corpus/<name>/``; copies of the three shared partnerships are
in ``tests/corpus/shared/<name>/`` (their builders also write a truth file,
which is not a plan and is removed after building).

Examples
--------
>>> [f.name for f in corpus_folders()]
['ashcombe', 'kelderby', 'lynford', 'westmere', 'eastvale', 'northgate', 'southbay']
>>> truth(CORPUS / "lynford")["total_tasks"]
29
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

__all__ = ["CORPUS", "SHARED", "corpus_folders", "truth", "build", "is_plan_file"]

CORPUS = Path(__file__).resolve().parent
SHARED = CORPUS / "shared"
PLAN_SUFFIXES = {".xlsx", ".xlsm", ".csv"}


def corpus_folders() -> list[Path]:
    """Every corpus folder: ours first, then the shared ones, each by name."""
    ours = sorted(p.parent for p in CORPUS.glob("*/expected.json"))
    return ours + sorted(p.parent for p in SHARED.glob("*/expected.json"))


def truth(folder: Path) -> dict:
    return json.loads((Path(folder) / "expected.json").read_text(encoding="utf-8"))


def is_plan_file(path: Path) -> bool:
    return path.suffix.lower() in PLAN_SUFFIXES


def build(folder: Path, outdir: Path) -> list[Path]:
    """Run ``folder``'s builder into ``outdir``; return the plan files there
    (anything else a builder wrote, such as a truth file, is removed)."""
    folder, outdir = Path(folder), Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    spec = importlib.util.spec_from_file_location(f"corpus_build_{folder.name}", folder / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(outdir)
    for path in outdir.iterdir():
        if path.is_file() and not is_plan_file(path):
            path.unlink()
    return sorted(p for p in outdir.iterdir() if is_plan_file(p))
