"""plangraph chains and plangraph owners as a person uses them, after
plangraph load of the bundled Essex data."""

from __future__ import annotations

import json

import openpyxl
import pytest
from click.testing import CliRunner

from plangraph.cli import main


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """One load for the module (a load takes seconds); each command reads it."""
    path = tmp_path_factory.mktemp("store") / "graph.json"
    result = CliRunner().invoke(main, ["load", "--store-path", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def run(store):
    def invoke(*args):
        return CliRunner().invoke(main, [*args, "--store-path", str(store)])
    return invoke


def test_chains_prints_the_tree_then_the_list(run):
    result = run("chains", "knife", "28", "--depth", "2")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Violence - Knife crime #28: Use social media to engage")
    assert lines[0].endswith("(CI Sam Smith; due 2018-06-15 review; planned)")
    assert lines[1].startswith("    depends on 1: Establish a young people subgroup")
    assert lines[2] == '          G31 reference: "Linked to actions (1) (2) (8) (23) (24)"'
    assert "        depends on Violence - Gangs #29: Diversionary / Exit Pathway" in result.output
    assert ('              G11 cross-workstream (inferred): "MAY be linked to work in USG area re diversionary '
            'activity"') in lines
    assert "        depends on 23 (again: see above)" in lines
    assert lines[-1] == "Violence - Knife crime#28 depends on 9 tasks"


def test_chains_down_by_key_as_json(run):
    result = run("chains", "Violence - Gangs#10", "--down", "--json")
    assert result.exit_code == 0, result.output
    steps = json.loads(result.output)
    assert [(s["ref"], s["depth"], s["cell"], s["evidence"]) for s in steps] == [
        ("15", 1, "G17", "Linked to action 10"), ("16", 1, "G18", "Linked to 10 & 15"),
        ("25", 1, "G27", "Linked to action (10) & (15)")]


def test_chains_without_inferred_links(run):
    steps = json.loads(run("chains", "Violence - Knife crime#8", "--json").output)
    assert [s["task"] for s in steps][:1] == ["Violence - Gangs#29"]
    result = run("chains", "Violence - Knife crime#8", "--no-inferred")
    assert result.exit_code == 0 and result.output.splitlines()[-1] == "Violence - Knife crime#8 depends on 0 tasks"


def test_chains_lists_the_matches_when_a_search_is_ambiguous(run):
    result = run("chains", "crimestoppers")
    assert result.exit_code == 1
    assert "Violence - Gangs#4" in result.output and "Violence - Knife crime#7" in result.output
    assert "Error: 2 tasks match 'crimestoppers'; add words or give one of the keys above" in result.output
    nothing = run("chains", "no such task")
    assert nothing.exit_code == 1 and "Error: no task matches 'no such task'" in nothing.output


def test_chains_needs_a_task_or_overview(run):
    result = run("chains")
    assert result.exit_code == 2 and "give a TASK, or --overview" in result.output


def test_chains_overview(run):
    result = run("chains", "--overview", "--today", "2018-06-01")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "  Violence - Gangs: 1, 2, 4, 5, 6, 10, 17, 20" in out
    assert "  9 tasks: Violence - Gangs#2 -> 21 -> 29 -> Violence - Knife crime#8 -> 19 -> 2 -> 17 -> 18 -> 25" in out
    assert "  Violence - Knife crime#2 -> 17 -> 2" in out and "  Violence - Knife crime#2 -> 18 -> 2" in out
    assert out.endswith("Schedule conflicts (overdue as of 2018-06-01)\n  none\n")
    late = run("chains", "--overview", "--today", "2018-07-01").output
    assert "72 conflicts (72 on overdue tasks)" in late


def test_chains_overview_json(run):
    data = json.loads(run("chains", "--overview", "--no-inferred", "--json", "--today", "2018-06-01").output)
    assert data["cycles"] == [["Violence - Knife crime#2", "Violence - Knife crime#17"],
                              ["Violence - Knife crime#2", "Violence - Knife crime#18"]]
    assert data["hubs"][0] == {"task": "Violence - Knife crime#8", "ref": "8", "workstream": "Violence - Knife crime",
                               "direct": 6, "total": 7}
    assert data["dangling"] == [] and data["schedule_conflicts"] == []


def test_owners_table(run):
    result = run("owners")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Owners (overloaded: more than 10 tasks, marked *)"
    assert lines[3].split() == ["*", "CI", "Sam", "Smith", "person", "26", "16", "26", "0", "1", "Gangs", "&",
                                "Knife", "Crime", "26"]
    assert "32 owners hold tasks; 6 overloaded" in lines
    assert any(line.startswith("  PW: initials only: no list of people names PW") for line in lines)
    assert any(line.startswith("*  Violence - Knife crime") and line.endswith("90%") for line in lines)
    assert "Unowned tasks: 48 (Extremism & Radicalisation 22, Digital Crime & Fraud 13, Hate Crime 13)" in lines


def test_owners_threshold_and_split(run):
    result = run("owners", "--threshold", "20", "--by", "strand")
    assert result.exit_code == 0, result.output
    assert "3 overloaded" in result.output
    assert "Prevent 5, Pursue 10, Protect 4, Prepare 7" in result.output


def test_owners_json_and_report(run, tmp_path):
    out = tmp_path / "owners.xlsx"
    result = run("owners", "--json", "--xlsx", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["threshold"] == 10 and len(data["unowned"]) == 48
    assert (data["owners"][0]["name"], data["owners"][0]["tasks"]) == ("CI Sam Smith", 26)
    assert openpyxl.load_workbook(out).sheetnames[:2] == ["Read me", "Owners"]
    table = run("owners", "--xlsx", str(tmp_path / "again.xlsx"))
    assert table.output.endswith(f"Wrote the leadership report to {tmp_path / 'again.xlsx'}\n")


def test_the_commands_say_what_to_do_before_a_load():
    # nothing loaded in this test's own PLANGRAPH_HOME
    for args in (["chains", "knife 28"], ["owners"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1 and "run `plangraph load` first" in result.output
