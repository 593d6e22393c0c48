"""plangraph forums, suggest and coverage, as a person runs them on the
bundled Essex data."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from graphmodel import Rel
from loaders import sample_data
from plangraph.cli import main
from plangraph.stores.embedded import EmbeddedStore


def run(*args):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The Essex graph, loaded once for this module's commands to read."""
    path = tmp_path_factory.mktemp("store") / "graph.json"
    assert run("load", "--store-path", str(path)).exit_code == 0
    return path


@pytest.fixture
def loaded(store):
    def ask(*args):
        return run(*args, "--store-path", str(store))
    return ask


def test_forums_lists_shared_forums_overlap_and_unlisted(loaded):
    result = loaded("forums")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Forums and partners shared by areas (from the strategy)"
    assert lines[3].split("  ")[0] == "Community Safety Hub" and " 5 " in lines[3]
    assert "Extremism & Radicalisation       Hate Crime                       1.00" in result.output
    assert "Domestic Abuse Performance Group" in result.output  # listed (B4), named by no task


def test_forums_for_one_area_from_the_tasks(loaded):
    result = loaded("forums", "--area", "hate crime", "--source", "tasks")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Hate Crime works through (the tasks): Community Safety Partnership; "
                                    "Crown Prosecution Service; Independent Advisory Group; Stop Hate UK; "
                                    "Strategic Hate Crime Partnership; Victim Support")
    data = json.loads(loaded("forums", "--area", "Hate Crime", "--json").output)
    assert data["area"] == "Hate Crime" and data["source"] == "strategy"
    assert [s["forum"] for s in data["shared"]] == ["Community Forum", "Essex Faith Leaders",
                                                    "Independent Advisory Group", "Strategic Hate Crime Partnership"]


def test_one_forum_in_detail(loaded):
    result = loaded("forums", "--forum", "hub tasking")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "Community Safety Hub: Forum"
    assert "  tasks                  Organised Crime Groups#3" in result.output
    assert "  their owners           CSP Manager; LPP Inspector" in result.output
    shcp = json.loads(loaded("forums", "--forum", "SHCP", "--json").output)
    assert shcp["tasks"] == ["Hate Crime#1", "Hate Crime#3"]


def test_forums_refuses_what_it_cannot_answer(loaded):
    unknown = loaded("forums", "--forum", "Parish Council")
    assert unknown.exit_code == 1 and "no forum or partner called 'Parish Council'" in unknown.output
    assert loaded("forums", "--area", "Cyber").exit_code == 1
    assert loaded("forums", "--area", "Hate Crime", "--forum", "IAG").exit_code == 2


def test_question_commands_without_a_loaded_graph_say_what_to_do():
    for command in ("forums", "suggest", "coverage"):
        result = run(command)
        assert result.exit_code == 1 and "Error:" in result.output and "Traceback" not in result.output


def test_suggest_ranks_pairs_and_says_how_to_accept_one(loaded):
    result = loaded("suggest", "--top", "3")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[2].split()[:5] == ["0.204", "Extremism", "&", "Radicalisation#2", "Hate"]
    assert len([line for line in lines if line.startswith("0.")]) == 3
    assert lines[-2:] == ["  [links]", '  accept = [["Extremism & Radicalisation#2", "Hate Crime#4"]]']
    data = json.loads(loaded("suggest", "--json").output)
    assert len(data) == 20 and {"task", "other", "score", "shared", "reason"} <= set(data[0])


def test_an_accepted_suggestion_is_no_longer_suggested(tmp_path):
    plans = tmp_path / "essex"
    shutil.copytree(sample_data(), plans)
    (plans / "plangraph.toml").write_text(
        '[links]\naccept = [["Violence - Knife crime#8", "Violence - Gangs#21"]]\n', encoding="utf-8")
    assert run("load", str(plans)).exit_code == 0
    keys = {(s["task"], s["other"]) for s in json.loads(run("suggest", "--top", "100", "--json").output)}
    assert ("Violence - Gangs#21", "Violence - Knife crime#8") not in keys and len(keys) == 100
    graph = EmbeddedStore(tmp_path / "home" / "graph.json").read()
    [link] = [r for r in graph.relationships(Rel.LINKED_TO) if r.end[1] == "Violence - Gangs#21"
              and r.start[1] == "Violence - Knife crime#8"]
    assert link.props["kind"] == "accepted suggestion" and str(link.source) == "plangraph.toml › [links] › accept"


def test_coverage_grid_aims_and_unserved(loaded):
    result = loaded("coverage")
    assert result.exit_code == 0, result.output
    assert "Serious & Organised Crime                 6        5       4        5" in result.output
    assert "0 gaps" in result.output
    assert "    0.266  Violence - Gangs#2  (county, drug, market)" in result.output
    assert "Aims no task appears to serve (12 of 46)" in result.output
    data = json.loads(loaded("coverage", "--top", "1", "--json").output)
    assert data["grid"]["Hate Crime"] == {"Prevent": 4, "Pursue": 4, "Protect": 2, "Prepare": 3}
    assert all(len(a["tasks"]) <= 1 for a in data["aims"]) and len(data["unserved"]) == 12
