from __future__ import annotations

import pytest

from graphmodel import Area, Forum, Label, Owner, PlanGraph, Rel, Source, Task, Workstream

SRC = Source("plan.xlsx", "Sheet", "A1")


def small_graph() -> PlanGraph:
    g = PlanGraph()
    area = g.add(Area(key="Hate Crime", name="Hate Crime", source=SRC))
    ws = g.add(Workstream(key="Hate Crime", name="Hate Crime", area="Hate Crime", sheet="S", plan="plan.xlsx", source=SRC))
    t1 = g.add(Task(key="Hate Crime#1", workstream="Hate Crime", area="Hate Crime", ref="1", text="A", source=SRC))
    t2 = g.add(Task(key="Hate Crime#2", workstream="Hate Crime", area="Hate Crime", ref="2", text="B", source=SRC))
    owner = g.add(Owner(key="pw", name="PW", source=SRC, spellings=["PW"]))
    g.relate(Rel.HAS_WORKSTREAM, area, ws, SRC)
    g.relate(Rel.HAS_TASK, ws, t1, SRC)
    g.relate(Rel.HAS_TASK, ws, t2, SRC)
    g.relate(Rel.LINKED_TO, t2, t1, SRC, kind="number", evidence="Linked to (1)", confidence=1.0)
    g.relate(Rel.OWNED_BY, t1, owner, SRC)
    g.relate(Rel.LEADS, owner, ws, SRC, role="tactical lead")
    g.relate(Rel.LEADS, owner, ws, SRC, role="operational lead")
    return g


def test_adding_the_same_node_or_relationship_twice_changes_nothing():
    g = small_graph()
    before = g.to_dict()
    again = g.add(Area(key="Hate Crime", name="other", source=SRC))
    assert again.name == "Hate Crime"
    g.relate(Rel.HAS_TASK, g.get(Label.WORKSTREAM, "Hate Crime"), g.get(Label.TASK, "Hate Crime#1"), SRC)
    assert g.to_dict() == before


def test_an_owner_can_lead_in_two_roles():
    g = small_graph()
    assert sorted(r.props["role"] for r in g.relationships(Rel.LEADS)) == ["operational lead", "tactical lead"]


def test_relationships_must_join_the_right_labels():
    g = small_graph()
    with pytest.raises(ValueError, match="OWNED_BY cannot join Area to Owner"):
        g.relate(Rel.OWNED_BY, g.get(Label.AREA, "Hate Crime"), g.get(Label.OWNER, "pw"), SRC)


def test_relationships_need_both_ends_in_the_graph():
    g = small_graph()
    stray = Forum(key="marac", name="MARAC", source=SRC)
    with pytest.raises(KeyError):
        g.relate(Rel.WORKS_THROUGH, g.get(Label.AREA, "Hate Crime"), stray, SRC)


def test_remove_drops_the_node_and_its_relationships():
    g = small_graph()
    g.remove(g.get(Label.TASK, "Hate Crime#1"))
    assert g.counts() == {"Area": 1, "Workstream": 1, "Task": 1, "Owner": 1,
                          "HAS_WORKSTREAM": 1, "HAS_TASK": 1, "LEADS": 2}


def test_dict_round_trip_keeps_everything():
    g = small_graph()
    assert PlanGraph.from_dict(g.to_dict()) == g
    link = [r for r in PlanGraph.from_dict(g.to_dict()).relationships(Rel.LINKED_TO)]
    assert link[0].props == {"kind": "number", "evidence": "Linked to (1)", "confidence": 1.0}


def test_equality_sees_a_changed_property():
    g, h = small_graph(), small_graph()
    h.get(Label.TASK, "Hate Crime#1").text = "changed"
    assert g != h
