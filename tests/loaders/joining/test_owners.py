"""Owners in the Essex plans: spellings merged, initials read from leads,
kinds, and nothing merged on a guess."""

from __future__ import annotations

from collections import Counter

from graphmodel import Label, Rel
from loaders import load_plans


def owner_of(graph, workstream, ref):
    task = graph.get(Label.TASK, f"{workstream}#{ref}")
    return sorted(graph.get(*r.end).name for r in graph.outgoing(task, Rel.OWNED_BY))


def owner(graph, key):
    return graph.get(Label.OWNER, key)


def test_spellings_of_one_person_are_one_owner(essex_graph):
    wilson = owner(essex_graph, "ewen wilson")
    assert wilson.name == "Ch/Supt Ewen Wilson" and wilson.kind == "person"
    written = Counter(s.written for s in wilson.spellings)
    # "Ch/Supt Wilson" in seven Who cells, "Strategic Lead: C/Supt Ewen Wilson" in two leads sheets
    assert written == {"Ch/Supt Wilson": 7, "C/Supt Ewen Wilson": 2}
    assert any("Ch/Supt Wilson" in e for e in wilson.evidence)
    kirby = owner(essex_graph, "di kirby")
    assert Counter(s.written for s in kirby.spellings) == {"DI Kirby": 3}
    mariner = owner(essex_graph, "andy mariner")  # "Chief Superintendent Andy Mariner" in the register
    assert {s.written for s in mariner.spellings} == {"Chief Superintendent Andy Mariner", "C/Supt Andy Mariner"}


def test_every_spelling_keeps_its_cell(essex_graph):
    wilson = owner(essex_graph, "ewen wilson")
    assert "Ch/Supt Wilson (Crime Prevention 4P (Burglary & Robbery).xlsx › House Burglary & Street Robbery › I3)" \
        in [str(s) for s in wilson.spellings]


def test_initials_are_read_from_the_leads_of_the_same_workbook(essex_graph):
    assert owner_of(essex_graph, "Violence - Gangs", "4") == ["DCI Jasmine Frost"]  # "JF" in I6
    assert owner_of(essex_graph, "Violence - Night Time Economy", "1") == ["CI Shaun Kane"]  # "SK"
    assert owner_of(essex_graph, "Violence - Knife crime", "2") == ["CI Sam Smith"]  # "SS"
    frost = owner(essex_graph, "jasmine frost")
    assert any("JF read as DCI Jasmine Frost, tactical lead in Strand Leads & Review Dates G3" in e
               for e in frost.evidence)


def test_initials_no_lead_explains_stay_as_written_and_are_reported(essex_result):
    graph = essex_result.graph
    assert owner_of(graph, "Violence - Gangs", "1") == ["PW"]
    [problem] = [p for p in essex_result.problems if p.code == "unresolved-initials"]
    assert (problem.sheet, problem.cell) == ("Violence - Gangs", "I3") and "'PW'" in problem.message


def test_joint_owners_are_split_and_marked_shared(essex_graph):
    assert owner_of(essex_graph, "Violence - Night Time Economy", "3") == ["CI Shaun Kane", "LPSU"]  # "SK / LPSU"
    assert owner_of(essex_graph, "Violence - Knife crime", "8") == ["CI Sam Smith", "PW"]  # "SS/PW"
    assert owner_of(essex_graph, "Organised Crime Groups", "3") == ["CSP Manager", "LPP Inspector"]
    assert owner_of(essex_graph, "Organised Crime Groups", "1") == ["ROCTA", "SCD OCGMU"]
    task = essex_graph.get(Label.TASK, "Violence - Knife crime#8")
    assert all(r.props["joint"] for r in essex_graph.outgoing(task, Rel.OWNED_BY))


def test_owner_kinds(essex_graph):
    kinds = {o.name: o.kind for o in essex_graph.nodes(Label.OWNER)}
    assert kinds["Domestic Abuse Lead for Safeguarding and Partnerships"] == "role"
    assert kinds["Prison Intelligence Unit"] == "team"
    assert kinds["DCIs"] == "group"
    assert kinds["Jason Hendy"] == "person"


def test_most_loaded_owners(essex_graph):
    load = Counter(essex_graph.get(*r.end).name for r in essex_graph.relationships(Rel.OWNED_BY))
    # Knife crime: 29 tasks, "PW" on 3 (I4, I23, I25), "SS/PW" on one -> SS owns 26.
    # NTE: 25 tasks, "PW / LPSU" (I8) and "PW " (I10) -> SK owns 23. Gangs: "JF" on 21 of 31.
    assert load.most_common(3) == [("CI Sam Smith", 26), ("CI Shaun Kane", 23), ("DCI Jasmine Frost", 21)]


def test_a_weak_match_is_reported_not_merged(make_workbook):
    rows = [["Strand", "Task", "Who", "Task No"], ["Prevent", "A", "DI Smith", 1], ["Prevent", "B", "Supt Smith", 2]]
    make_workbook("plan.xlsx", {"Plan": rows})
    result = load_plans([make_workbook.folder])
    assert sorted(o.name for o in result.graph.nodes(Label.OWNER)) == ["DI Smith", "Supt Smith"]
    [problem] = [p for p in result.problems if p.code == "candidate-owner-merge"]
    assert "may be the same owner" in problem.message and problem.cell in ("C2", "C3")


def test_override_file_confirms_and_splits_owners(make_workbook):
    rows = [["Strand", "Task", "Who", "Task No"], ["Prevent", "A", "DI Smith", 1], ["Prevent", "B", "Supt Smith", 2],
            ["Prevent", "C", "Rob Kirby", 3], ["Prevent", "D", "DI Kirby", 4]]
    make_workbook("plan.xlsx", {"Plan": rows})
    (make_workbook.folder / "plangraph.toml").write_text(
        '[owners]\nsame = [["DI Smith", "Supt Smith"]]\ndifferent = [["Rob Kirby", "DI Kirby"]]\n')
    result = load_plans([make_workbook.folder])
    assert sorted(o.name for o in result.graph.nodes(Label.OWNER)) == ["DI Kirby", "Rob Kirby", "Supt Smith"]
