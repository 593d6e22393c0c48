"""Partnerships' plans the loaders were not written for, read as their truth
files say: every corpus folder (tests/corpus/*, tests/corpus/shared/*) is
built into a temporary folder, loaded with ``load_plans`` and scored.

The scores are printed (``pytest -s``) and are the failure message. The bars
are ``scoring.BARS``, pinned below so that they cannot drift down unseen.
See tests/corpus/README.md."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from loaders import load_plans

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))
import folders  # noqa: E402
import scoring  # noqa: E402

FOLDERS = folders.corpus_folders()


def scored(folder: Path, outdir: Path) -> tuple[scoring.Scores, str]:
    files = folders.build(folder, outdir)
    result = load_plans([outdir])
    scores = scoring.score(result.graph, folders.truth(folder))
    title = f"{folder.name}: {len(files)} file(s), {len(result.problems)} problems"
    return scores, scoring.format_scores(scores, title=title)


def test_the_bars_are_the_agreed_ones():
    assert scoring.BARS == {
        "tasks exact": 1.0,
        "links precision": 0.97, "links recall": 0.95,
        "owner attribution": 0.95, "owner precision": 0.95, "merged people": 1.0,
        "forums precision": 0.95, "forums recall": 0.95,
        "partners precision": 0.95, "partners recall": 0.95,
        "due dates": 1.0, "strands": 1.0, "status": 1.0,
    }


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_every_corpus_folder_builds_loads_and_scores(folder, tmp_path):
    scores, report = scored(folder, tmp_path)
    assert set(scoring.BARS) <= set(scores.measures), report
    assert all(0.0 <= m.share <= 1.0 for m in scores.measures.values()), report


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_a_partnerships_plans_read_as_its_truth_says(folder, tmp_path):
    scores, report = scored(folder, tmp_path)
    print("\n" + report)
    assert scores.shortfalls(scoring.BARS) == [], report
    assert scores["merged people"].misses == (), report
