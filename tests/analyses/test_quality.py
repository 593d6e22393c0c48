from __future__ import annotations

from collections import Counter

from analyses.quality import quality_problems


def by_code(problems):
    out = {}
    for p in problems:
        out.setdefault(p.code, []).append(p)
    return out


def test_essex_findings(essex_graph):
    found = by_code(quality_problems(essex_graph))
    # Knife crime 2 cites 17, 18 and 19; 17 and 18 cite 2 back.
    assert sorted(p.cell for p in found["link-cycle"]) == ["E20", "E21"]
    assert {p.cell for p in found["duplicate-task"]} == {"K24", "E20", "E24"}
    conflicts = {p.cell: p.message for p in found["conflicting-lead"]}
    assert set(conflicts) == {"C6", "C7", "C8"}  # Areas sheet: DCF, E&R, HB&SR
    assert "Kevin Baldwin" in conflicts["C8"] and "Ewen Wilson" in conflicts["C8"]
    # E&R (22), Hate Crime (13) and Digital Crime & Fraud (13) have no Who at all.
    assert Counter(p.file for p in found["no-owner"]).most_common(1)[0][1] == 22
    assert len(found["no-owner"]) == 48
    assert [p.cell for p in found["unread-when"]] == ["E24"]  # DA 22: "This is a duplicate of task no.11..."


def test_every_finding_names_file_sheet_and_cell(essex_graph):
    for p in quality_problems(essex_graph):
        assert p.file and p.sheet and p.cell, p


def test_a_task_with_an_owner_and_date_is_not_flagged(essex_graph):
    flagged = {(p.sheet, p.cell) for p in quality_problems(essex_graph)}
    assert ("House Burglary & Street Robbery", "E5") not in flagged
