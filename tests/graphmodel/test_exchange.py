from __future__ import annotations

import json

import networkx as nx
import pytest

from graphmodel import Label, Rel
from graphmodel.exchange import read_json, write, write_gexf, write_graphml, write_json


def test_json_export_is_node_link_with_labels_types_and_sources(essex_graph, tmp_path):
    path = tmp_path / "g.json"
    write_json(essex_graph, path)
    data = json.loads(path.read_text())
    g = nx.node_link_graph(data, source="from", target="to", edges="links")
    assert g.number_of_nodes() == len(essex_graph)
    assert g.number_of_edges() == len(essex_graph.relationships())
    assert {n["label"] for n in data["nodes"]} == {str(label) for label in Label}
    assert all(link["type"] in {str(r) for r in Rel} for link in data["links"])
    tasks = [n for n in data["nodes"] if n["label"] == "Task"]
    assert len(tasks) == 212
    for task in tasks:
        assert task["workstream"] and task["area"] and task["ref"] and task["text"]
        assert set(task["source"]) == {"file", "sheet", "cell"} and task["source"]["cell"]
    assert all(set(link["source"]) == {"file", "sheet", "cell"} for link in data["links"])
    linked = [link for link in data["links"] if link["type"] == "LINKED_TO"]
    assert len(linked) >= 75
    assert all(link["kind"] and link["evidence"] and link["source"]["cell"] for link in linked)
    owners = [n for n in data["nodes"] if n["label"] == "Owner"]
    assert all(o["kind"] in ("person", "role", "team", "group") and o["spellings"] for o in owners)


def test_json_round_trip_is_lossless(essex_graph, tmp_path):
    write_json(essex_graph, tmp_path / "g.json")
    assert read_json(tmp_path / "g.json") == essex_graph


def test_graphml_and_gexf_open_in_networkx(essex_graph, tmp_path):
    write_graphml(essex_graph, tmp_path / "g.graphml")
    write_gexf(essex_graph, tmp_path / "g.gexf")
    graphml = nx.read_graphml(tmp_path / "g.graphml")
    gexf = nx.read_gexf(tmp_path / "g.gexf")
    assert graphml.number_of_nodes() == gexf.number_of_nodes() == len(essex_graph)
    task = graphml.nodes["Task:Violence - Gangs#1"]
    assert task["label"] == "Task" and task["source_cell"] == "E3" and json.loads(task["strands"]) == ["Prevent"]
    assert gexf.nodes["Task:Violence - Gangs#1"]["kind"] == "Task"


def test_unknown_format_is_refused(essex_graph, tmp_path):
    with pytest.raises(ValueError, match="unknown format 'csv'"):
        write(essex_graph, tmp_path / "g.csv", "csv")
