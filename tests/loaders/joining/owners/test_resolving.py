"""resolve_owners on small invented plans: one task per cell, in the styles
other forces and partnerships write owners."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphmodel import Label, PlanGraph, Rel, Source, Task, Workstream, task_key
from loaders.collected import OwnerMention, Person
from loaders.joining.owners import resolve_owners
from loaders.overrides import Overrides


def resolve(cells, people=(), overrides=None, file="plan.xlsx", leads=()):
    """Each cell owns task 1, 2, ...; ``leads`` are (text, role) on the workstream."""
    graph, mentions = PlanGraph(), []
    graph.add(Workstream(key="Plan", source=Source(file, "Plan"), name="Plan", area=None, sheet="Plan", plan=file))
    for number, cell in enumerate(cells, start=1):
        source = Source(file, "Plan", f"C{number + 1}")
        task = graph.add(Task(key=task_key("Plan", str(number)), source=source, workstream="Plan", area=None,
                              ref=str(number), text=f"task {number}"))
        mentions.append(OwnerMention(cell, source, (Label.TASK, task.key)))
    for number, (text, role) in enumerate(leads, start=1):
        mentions.append(OwnerMention(text, Source(file, "Leads", f"B{number}"), (Label.WORKSTREAM, "Plan"),
                                     role=role))
    problems = []
    resolve_owners(graph, mentions, list(people), problems, overrides or Overrides())
    return graph, problems


def owners(graph):
    """Owner name -> the refs it owns."""
    found = {}
    for rel in graph.relationships(Rel.OWNED_BY):
        found.setdefault(graph.get(*rel.end).name, []).append(graph.get(*rel.start).ref)
    return {name: sorted(refs, key=int) for name, refs in found.items()}


def person(name, initials="", role="", organisation="", file="staff.xlsx"):
    return Person(name, Source(file, "Staff", "B2"), initials=initials, role=role, organisation=organisation)


def codes(problems):
    return sorted(p.code for p in problems)


KAUR = ["Insp Priya Kaur (Neighbourhoods)", "Inspector Kaur", "Insp. P. Kaur", "P Kaur", "PK", "Priya Kaur",
        "P/Insp Kaur"]


def test_every_spelling_of_one_person_is_one_owner():
    graph, problems = resolve(KAUR[:-1], [person("Insp Priya Kaur (PK)", role="Neighbourhood Inspector")])
    assert owners(graph) == {"Insp Priya Kaur": ["1", "2", "3", "4", "5", "6"]}
    [kaur] = graph.nodes(Label.OWNER)
    assert (kaur.role, kaur.initials, kaur.kind) == ("Neighbourhood Inspector", "PK", "person")
    assert len(kaur.spellings) == 6 and problems == []


def test_without_a_list_the_names_still_merge_and_initials_are_asked_about():
    graph, problems = resolve(KAUR[:-1])
    assert owners(graph) == {"Insp Priya Kaur": ["1", "2", "3", "4", "6"], "PK": ["5"]}
    [asked] = problems
    assert asked.code == "unresolved-initials" and asked.cell == "C6"
    assert asked.message.endswith('[owners] same = [["PK", "Insp Priya Kaur"]]')


def test_two_people_sharing_a_surname_stay_apart():
    cells = ["DC Amira Shah", "A. Shah", "D/C Shah", "Rafiq Shah (Housing)", "R Shah", "Cllr Rafiq Shah"]
    graph, problems = resolve(cells)
    assert owners(graph) == {"DC Amira Shah": ["1", "2", "3"], "Cllr Rafiq Shah": ["4", "5", "6"]}
    assert problems == []


@pytest.mark.parametrize("cell", ["Sgt Shah", "Mr Shah", "Shah (Housing)"])
def test_a_surname_that_fits_two_people_is_asked_about(cell):
    graph, problems = resolve(["DC Amira Shah", "Rafiq Shah", cell])
    names = owners(graph)
    assert names["DC Amira Shah"] == ["1"] and names["Rafiq Shah"] == ["2"]
    if cell != "Shah (Housing)":  # a lone word in brackets reads as a unit, not a person
        assert codes(problems) == ["ambiguous-owner"]
        assert "fits 2 owners" in problems[0].message


def test_a_rank_that_only_one_of_them_holds_settles_it():
    cells = ["Sgt Lucy Harrow (Licensing Sergeant)", "Dan Harrow (Licensing Officer, Eastvale BC)", "PS Harrow",
             "Sergeant Harrow", "D. Harrow"]
    graph, problems = resolve(cells)
    assert owners(graph) == {"Sgt Lucy Harrow": ["1", "3", "4"], "Dan Harrow": ["2", "5"]}
    assert problems == []


def test_owners_named_in_one_cell_are_different_owners():
    graph, _ = resolve(["Sgt Lucy Harrow", "Dan Harrow", "PS Harrow and D. Harrow (Licensing)"])
    assert owners(graph) == {"Sgt Lucy Harrow": ["1", "3"], "Dan Harrow": ["2", "3"]}
    task = graph.get(Label.TASK, task_key("Plan", "3"))
    assert all(r.props["joint"] for r in graph.outgoing(task, Rel.OWNED_BY))


def test_joint_initials_of_two_people_sharing_a_surname():
    staff = [person("PS Fiona Tamsett", "FT"), person("Glen Tamsett", "GT")]
    graph, problems = resolve(["FT/GT", "PS Tamsett", "G Tamsett"], staff)
    assert owners(graph) == {"PS Fiona Tamsett": ["1", "2"], "Glen Tamsett": ["1", "3"]}
    assert problems == []


def test_initials_are_read_from_a_list_in_another_workbook():
    graph, problems = resolve(["AQ", "NB"], [person("Insp Abigail Quennell", "AQ", file="contacts.csv"),
                                             person("Naomi Bexley", "NB", organisation="West Marsh Council")])
    assert owners(graph) == {"Insp Abigail Quennell": ["1"], "Naomi Bexley": ["2"]}
    quennell = next(o for o in graph.nodes(Label.OWNER) if o.initials == "AQ")
    assert any("of contacts.csv" in e for e in quennell.evidence) and problems == []


def test_initials_two_people_share_are_not_resolved():
    staff = [person("Kamal Mistry", "KM"), person("PCSO Kieran Maddox", "KM", file="resources.csv")]
    graph, problems = resolve(["KM", "Kamal Mistry"], staff)
    assert owners(graph) == {"KM": ["1"], "Kamal Mistry": ["2"]}
    [asked] = problems
    assert asked.code == "unresolved-initials" and "2 people have them" in asked.message


def test_a_list_in_the_same_workbook_speaks_before_lists_elsewhere():
    staff = [person("Kamal Mistry", "KM", file="plan.xlsx"), person("PCSO Kieran Maddox", "KM", file="other.csv")]
    graph, problems = resolve(["KM"], staff)
    assert owners(graph) == {"Kamal Mistry": ["1"]} and problems == []
    graph, problems = resolve(["KM"], staff, file="third.xlsx")
    assert owners(graph) == {"KM": ["1"]} and codes(problems) == ["unresolved-initials"]


def test_initials_are_read_from_the_leads_of_the_same_workbook():
    graph, problems = resolve(["JF"], leads=[("Strategic Lead: DCI Jasmine Frost", "strategic lead")])
    assert owners(graph) == {"DCI Jasmine Frost": ["1"]} and problems == []
    graph, problems = resolve(["JF"], leads=[("DCI Jasmine Frost", "lead"), ("DI Jack Fenn", "lead")])
    assert "JF" in owners(graph) and codes(problems) == ["unresolved-initials"]


def test_a_code_a_list_gives_a_team_is_that_team():
    graph, _ = resolve(["LIC", "Licensing (West Marsh DC)"], [person("Licensing (West Marsh DC)", "LIC")])
    assert owners(graph) == {"Licensing (West Marsh DC)": ["1", "2"]}


def test_a_misspelt_surname_is_a_candidate_never_a_merge():
    graph, problems = resolve(["Insp Gareth Penhallow", "Insp Penhalow"])
    assert set(owners(graph)) == {"Insp Gareth Penhallow", "Insp Penhalow"}
    [asked] = problems
    assert asked.code == "candidate-owner-merge" and "misspelt" in asked.message


def test_job_titles_teams_and_placeholders():
    cells = ["Community Cohesion Officer", "Survivor Support Manager", "Youth Offending Team", "To be confirmed",
             "Vacant", "Head of Community Safety and Licensing"]
    graph, _ = resolve(cells)
    kinds = {o.name: o.kind for o in graph.nodes(Label.OWNER)}
    assert kinds == {"Community Cohesion Officer": "role", "Survivor Support Manager": "role",
                     "Youth Offending Team": "team", "Head of Community Safety and Licensing": "role"}


def test_allocations_are_kept_on_the_relationship():
    graph, _ = resolve(["Youth Team[50%],PCSO Kieran Maddox"])
    shares = {graph.get(*r.end).name: r.props.get("allocation") for r in graph.relationships(Rel.OWNED_BY)}
    assert shares == {"Youth Team": "50%", "PCSO Kieran Maddox": None}


def test_people_on_a_list_who_own_nothing_are_not_owners():
    graph, _ = resolve(["Tess Sorley"], [person("Tess Sorley", "TS"), person("Supt Colm Sheridan", "CS")])
    assert [o.name for o in graph.nodes(Label.OWNER)] == ["Tess Sorley"]


def test_plangraph_toml_names_who_initials_are():
    graph, problems = resolve(["PW", "PW / LPSU"], overrides=Overrides(owners_same=[["PW", "Supt Paul White"]]))
    assert owners(graph) == {"Supt Paul White": ["1", "2"], "LPSU": ["2"]} and problems == []


def test_plangraph_toml_keeps_apart_what_the_names_would_merge():
    overrides = Overrides(owners_different=[["G Tamsett", "Glen Tamsett"]])
    graph, _ = resolve(["Glen Tamsett", "G Tamsett"], overrides=overrides)
    assert set(owners(graph)) == {"Glen Tamsett", "G Tamsett"}


@pytest.mark.parametrize("cells", [
    ["DI Smith", "Supt Smith"],
    ["DC Amira Shah", "Rafiq Shah", "Sgt Shah"],
    ["PK", "Insp Priya Kaur"],
    ["Insp Gareth Penhallow", "Insp Penhalow"],
])
def test_the_line_a_question_ends_with_settles_it(cells):
    _, problems = resolve(cells)
    assert problems
    for problem in problems:
        line = problem.message[problem.message.index("[owners]"):]
        told = tomllib.loads(line.replace("[owners] ", "[owners]\n", 1))["owners"]["same"]
        graph, again = resolve(cells, overrides=Overrides(owners_same=told))
        [[written, owner]] = told
        assert not [p for p in again if p.message == problem.message]
        assert any(owner == o.name for o in graph.nodes(Label.OWNER))
        assert len(graph.nodes(Label.OWNER)) == len(set(cells)) - 1


_PIECES = ["Insp", "PS", "DS", "Kaur", "Priya", "P.", "Shah", "Amira", "PK", "KM", "/", " and ", ",", "[50%]",
           "(Housing)", "Team", "Officer", "TBC", "Lead: ", " "]
_cells = st.lists(st.sampled_from(_PIECES), max_size=6).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(_cells, min_size=1, max_size=6), st.lists(st.tuples(_cells, st.sampled_from(["", "PK", "KM", "D"])),
                                                          max_size=3))
def test_any_cells_and_lists_resolve_without_failing(cells, staff):
    graph, problems = resolve(cells, [person(name, initials) for name, initials in staff])
    for owner in graph.nodes(Label.OWNER):
        assert owner.spellings and owner.name
    assert all(p.message.endswith("]]") for p in problems)
