"""Task-to-task links in the Essex plans, checked against the cells."""

from __future__ import annotations

from collections import Counter

import pytest

from graphmodel import Label, Rel
from loaders import load_plans

# Every "Linked to ..." (and "(Action N)") phrase in the How column (G) of
# the Gangs, NTE and Knife Crime tables, read by eye off the cells: the
# citing task, and the tasks it names.
NAMED = {
    "Violence - Gangs": {
        3: [2], 15: [10], 16: [10, 15], 18: [1], 19: [1, 18], 21: [2, 5], 22: [20], 23: [22], 24: [22],
        25: [10, 15], 26: [5], 27: [17], 29: [21], 30: [17], 31: [6],
    },
    "Violence - Night Time Economy": {
        8: [2], 10: [5], 12: [10, 1], 16: [12], 17: [11, 9, 4], 19: [5, 10], 20: [17, 11, 9, 4],
        22: [14], 24: [2, 8],
    },
    "Violence - Knife crime": {
        2: [17, 18, 19], 3: [14], 4: [3], 5: [3], 10: [9], 11: [9, 10], 12: [7, 8], 13: [7],
        17: [1, 2, 8], 18: [1, 2, 8], 19: [8], 21: [7, 13], 24: [23], 25: [1, 2, 8], 27: [26, 7],
        28: [1, 2, 8, 23, 24],
    },
}


def links(graph, kinds=None):
    out = []
    for rel in graph.relationships(Rel.LINKED_TO):
        if kinds is None or rel.props["kind"] in kinds:
            out.append((graph.get(*rel.start), graph.get(*rel.end), rel))
    return out


@pytest.mark.parametrize("workstream", sorted(NAMED))
def test_linked_to_phrases_give_exactly_the_pairs_they_name(essex_graph, workstream):
    found = Counter((int(a.ref), int(b.ref)) for a, b, _ in links(essex_graph, {"reference"})
                    if a.workstream == workstream)
    expected = Counter((citing, cited) for citing, cited_list in NAMED[workstream].items() for cited in cited_list)
    assert found == expected  # each pair once, nothing more


def test_every_link_keeps_kind_evidence_confidence_and_cell(essex_graph):
    all_links = links(essex_graph)
    assert len(all_links) >= 75
    for a, b, rel in all_links:
        assert rel.props["kind"] and rel.props["evidence"] and 0 < rel.props["confidence"] <= 1
        assert rel.source.file == a.plan and rel.source.cell


def test_evidence_is_the_text_of_the_cell(essex_graph):
    [(a, b, rel)] = [(a, b, r) for a, b, r in links(essex_graph) if a.workstream == "Violence - Knife crime"
                     and a.ref == "28" and b.ref == "24"]
    assert rel.props["evidence"] == "Linked to actions (1) (2) (8) (23) (24)"
    assert (rel.source.sheet, rel.source.cell) == ("Violence - Knife crime", "G31")


def test_as_above_links_to_the_row_before(essex_graph):
    [(a, b, rel)] = links(essex_graph, {"as above"})[:1]
    assert (a.workstream, a.ref, b.ref) == ("House Burglary & Street Robbery", "17", "16")
    assert rel.props["evidence"] == "As above" and rel.source.cell == "G21"
    hedged = [(a.ref, b.ref, r.props["confidence"]) for a, b, r in links(essex_graph, {"as above"})
              if a.workstream == "Violence - Night Time Economy"]
    assert hedged == [("6", "5", 0.45)]  # "(as above)" mid-sentence in G10


def test_duplicates_explicit_and_by_identical_text(essex_graph):
    dups = {(a.workstream, a.ref, b.ref): r for a, b, r in links(essex_graph, {"duplicate"})}
    assert dups[("Domestic Abuse", "22", "11")].props["evidence"] == "duplicate of task no.11"
    assert ("Sexual Crime, Child Abuse and Exploitation", "18", "8") in dups
    assert ("Extremism & Radicalisation", "22", "19") in dups


def test_a_task_named_by_its_words(essex_graph):
    [(a, b, rel)] = links(essex_graph, {"by name"})
    assert (a.ref, b.ref) == ("12", "4") and b.text.startswith("Crimestoppers")
    assert rel.props["evidence"] == 'linked to "Crimestoppers" action in Prevent section'


def test_cross_workstream_links_are_inferred_and_weaker(essex_graph):
    cross = {a.ref: (b, r) for a, b, r in links(essex_graph, {"cross-workstream"})}
    target, rel = cross["8"]  # "This MAY be linked to work in USG area re diversionary activity"
    assert target.workstream == "Violence - Gangs" and "Diversionary" in target.text
    assert rel.props["inferred"] is True and rel.props["confidence"] <= 0.5
    assert "diversionary" in rel.props["matched_words"]
    governance, _ = cross["22"]  # "may be linked to work under USG" + "Pan Essex Strategic Governance"
    assert governance.ref == "5" and governance.text.startswith("Governance")
    assert all(not r.props["inferred"] for _, _, r in links(essex_graph) if r.props["kind"] != "cross-workstream")


def test_no_links_from_numbers_that_are_not_references(essex_graph):
    # "£450k", "13-18yr olds", "2017/2018 Action Plan": Domestic Abuse has none.
    assert [a.ref for a, _, r in links(essex_graph) if a.workstream == "Domestic Abuse"
            and r.props["kind"] != "duplicate"] == []


TABLE = [["Strand", "Task", "How", "Who", "When", "Task No", "Dependencies"]]


def test_dangling_links_are_kept_and_reported(make_workbook):
    rows = TABLE + [["Prevent", "Map hotspots", "Linked to action (9)", "PW", "Sep-18", 1, None],
                    ["Prevent", "Patrol them", "", "PW", "Oct-18", 2, "1; 7"]]
    make_workbook("plan.xlsx", {"Plan": rows})
    result = load_plans([make_workbook.folder])
    tasks = {t.ref: t for t in result.graph.nodes(Label.TASK)}
    assert tasks["1"].dangling_links == ["task 9: 'Linked to action (9)' (Plan C2)"]
    assert tasks["2"].dangling_links == ["task 7: '1; 7' (Plan G3)"]
    [(a, b, rel)] = links(result.graph)
    assert (a.ref, b.ref, rel.props["kind"]) == ("2", "1", "dependency")
    dangling = sorted((p.cell, p.severity) for p in result.problems if p.code == "dangling-link")
    assert dangling == [("C2", "warning"), ("G3", "warning")]
