"""Owners of the three partnerships' plans, scored against their truth files.

Every owner cell and people list is read by cell (see conftest.py) and fed
through resolve_owners on a graph with one task per ref. The truth is each
folder's expected.json: ``owners`` (canonical name -> refs, spellings),
``joint_owner_cells``, ``initials``, ``not_the_same_person`` and
``blank_owner_refs``.
"""

from __future__ import annotations

from pathlib import Path

from graphmodel import Label, PlanGraph, Rel, Source, Task, task_key
from loaders import load_plans
from loaders.joining.owners import resolve_owners
from loaders.overrides import Overrides

ROOT = Path(__file__).resolve().parents[5] / "shared" / "data" / "partnerships"


def load(name, mentions, people, refs):
    graph = PlanGraph()
    for ref in refs:
        graph.add(Task(key=task_key(name, ref), source=Source(name), workstream=name, area=None, ref=ref,
                       text=ref))
    problems = []
    resolve_owners(graph, mentions, people, problems, Overrides())
    return graph, problems


def owned(graph):
    """(ref, owner name, written as) for every OWNED_BY relationship."""
    return [(graph.get(*r.start).ref, graph.get(*r.end).name, r.props["written_as"])
            for r in graph.relationships(Rel.OWNED_BY)]


def expected_owners(truth, refs):
    want = {ref: set() for ref in refs}
    for canonical, entry in truth["owners"].items():
        for ref in entry["refs"]:
            want[ref].add(canonical)
    return want


def test_task_owner_attribution(partnership):
    name, mentions, people, truth, refs = partnership
    graph, _ = load(name, mentions, people, refs)
    want = expected_owners(truth, refs)
    got = {ref: set() for ref in refs}
    for ref, owner, _ in owned(graph):
        got[ref].add(owner)
    right = sum(want[ref] == got[ref] for ref in refs)
    print(f"{name}: task-owner attribution {right}/{len(refs)} = {right / len(refs):.3f}")
    assert right / len(refs) >= 0.95, {ref: (want[ref], got[ref]) for ref in refs if want[ref] != got[ref]}


def test_no_two_people_merged(partnership):
    name, mentions, people, truth, refs = partnership
    graph, _ = load(name, mentions, people, refs)
    truth_of = {(ref, spelling): canonical for canonical, entry in truth["owners"].items()
                for spelling in entry["spellings"] for ref in entry["refs"]}
    stands_for: dict[str, set[str]] = {}
    for ref, owner, written in owned(graph):
        if (ref, written) in truth_of:
            stands_for.setdefault(owner, set()).add(truth_of[ref, written])
    merged = {owner: truths for owner, truths in stands_for.items() if len(truths) > 1}
    print(f"{name}: owners standing for two people: {len(merged)}")
    assert merged == {}
    assert len(stands_for) == len(truth["owners"])


def test_people_who_share_a_surname_stay_apart(partnership):
    name, mentions, people, truth, refs = partnership
    graph, _ = load(name, mentions, people, refs)
    names = {o.name for o in graph.nodes(Label.OWNER)}
    for a, b in truth["not_the_same_person"]:
        assert a in names and b in names


def test_joint_cells_credit_every_owner(partnership):
    name, mentions, people, truth, refs = partnership
    graph, _ = load(name, mentions, people, refs)
    for cell, entry in truth["joint_owner_cells"].items():
        for ref in entry["refs"]:
            task = graph.get(Label.TASK, task_key(name, ref))
            rels = list(graph.outgoing(task, Rel.OWNED_BY))
            assert sorted(graph.get(*r.end).name for r in rels) == sorted(entry["owners"]), cell
            assert all(r.props["joint"] for r in rels)


def test_blank_owners_give_no_owner(partnership):
    name, mentions, people, truth, refs = partnership
    graph, _ = load(name, mentions, people, refs)
    for ref in truth["blank_owner_refs"]:
        assert list(graph.outgoing(graph.get(Label.TASK, task_key(name, ref)), Rel.OWNED_BY)) == []


def test_initials_written_in_cells_are_their_people(partnership):
    name, mentions, people, truth, refs = partnership
    graph, problems = load(name, mentions, people, refs)
    written = {(w, o) for _, o, w in owned(graph)}
    for initials, person in truth["initials"].items():
        for w, owner in written:
            if w == initials:
                assert owner == person, initials
    assert not [p for p in problems if p.code == "unresolved-initials"]


def test_people_lists_give_role_and_organisation(partnership):
    name, mentions, people, truth, refs = partnership
    graph, _ = load(name, mentions, people, refs)
    listed = [o for o in graph.nodes(Label.OWNER) if any(e.startswith("listed as") for e in o.evidence)]
    assert listed
    for owner in listed:
        entries = [p for p in people if any(e.startswith(f"listed as {p.name!r} in") for e in owner.evidence)]
        assert owner.role in {p.role for p in entries} | ({""} if not any(p.role for p in entries) else set())
        assert owner.organisation in {p.organisation for p in entries}


def test_without_lists_initials_are_asked_about_not_guessed(partnership):
    name, mentions, people, truth, refs = partnership
    graph, problems = load(name, mentions, [], refs)
    asked = [p for p in problems if p.code == "unresolved-initials"]
    written = {w for _, _, w in owned(graph)}
    assert {p.message.split("'")[1] for p in asked} == {i for i in truth["initials"] if i in written}
    assert all(p.message.rstrip().endswith("]]") and "[owners] same = [[" in p.message for p in asked)


def test_loaded_through_the_workbook_readers(partnership):
    """The same score when the plans' own readers collect the cells and lists."""
    name, _, _, truth, refs = partnership
    graph = load_plans([ROOT / name]).graph
    got = {ref: set() for ref in refs}
    for task in graph.nodes(Label.TASK):
        if task.ref in got:
            got[task.ref] |= {graph.get(*r.end).name for r in graph.outgoing(task, Rel.OWNED_BY)}
    want = expected_owners(truth, refs)
    right = sum(want[ref] == got[ref] for ref in refs)
    print(f"{name}: through load_plans, task-owner attribution {right}/{len(refs)} = {right / len(refs):.3f}")
    assert right / len(refs) >= 0.95, {ref: (want[ref], got[ref]) for ref in refs if want[ref] != got[ref]}
