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


def test_a_graph_adopts_the_relationships_of_another_holding_the_same_nodes():
    """How a workbook's graph is merged into the load's: each relationship
    taken itself, one already held kept, and walking finds the ones taken."""
    part = small_graph()
    whole = PlanGraph()
    for node in part.nodes():
        whole.add(node)
    whole.relate(Rel.HAS_TASK, whole.get(Label.WORKSTREAM, "Hate Crime"), whole.get(Label.TASK, "Hate Crime#1"),
                 Source("other.xlsx", "S", "B2"))
    taken = [whole.adopt(rel) for rel in part.relationships()]
    assert whole.to_dict()["relationships"] == [
        r if r["type"] != "HAS_TASK" or r["end"][1] != "Hate Crime#1"
        else {**r, "source": {"file": "other.xlsx", "sheet": "S", "cell": "B2"}}
        for r in part.to_dict()["relationships"]]
    assert sum(held is rel for held, rel in zip(taken, part.relationships())) == len(taken) - 1
    assert [t.key for t in whole.neighbours(whole.get(Label.TASK, "Hate Crime#2"), Rel.LINKED_TO)] == ["Hate Crime#1"]
    with pytest.raises(KeyError, match="Task 'Hate Crime#1' is not in the graph"):
        PlanGraph().adopt(part.relationships(Rel.OWNED_BY)[0])


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
