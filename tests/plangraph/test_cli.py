"""The CLI as a person uses it: load, check, export."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

from click.testing import CliRunner

from plangraph.cli import main


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_load_with_no_path_loads_the_bundled_essex_data(tmp_path):
    result = run("load")
    assert result.exit_code == 0, result.output
    assert "tasks          212" in result.output
    assert (tmp_path / "home" / "graph.json").is_file()


def test_load_json_summary(tmp_path):
    data = json.loads(run("load", "--json").output)
    assert data["tasks"] == 212 and data["areas"] == 9 and data["workstreams"] == 10
    assert data["errors"] == 0 and data["saved_to"].endswith("graph.json")


def test_a_failed_load_keeps_the_previous_graph(tmp_path):
    run("load")
    store = tmp_path / "home" / "graph.json"
    before = store.read_bytes()
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    result = CliRunner().invoke(main, ["load", str(bad)])
    assert result.exit_code == 1
    assert "bad.xlsx: error: not a readable .xlsx workbook" in result.output
    assert "Nothing was saved" in result.output
    assert store.read_bytes() == before


def test_check_names_file_sheet_and_cell(tmp_path):
    run("load")
    result = run("check")
    assert result.exit_code == 0
    assert ("Crime Prevention 4P (Burglary & Robbery).xlsx › House Burglary & Street Robbery › E22: "
            "info: Task cell holds only '.'; not read as a task") in result.output
    problems = json.loads(run("check", "--json").output)
    assert problems and all(p["file"] and p["message"] for p in problems)
    assert all(p["sheet"] and p["cell"] for p in problems if p["severity"] != "error")


def test_export_json_graphml_gexf(tmp_path):
    run("load")
    for fmt in ("json", "graphml", "gexf"):
        out = tmp_path / f"graph.{fmt}"
        result = run("export", "--format", fmt, "--output", str(out))
        assert result.exit_code == 0 and out.stat().st_size > 1000
    data = json.loads((tmp_path / "graph.json").read_text())
    assert all("label" in n for n in data["nodes"]) and all("type" in link for link in data["links"])


def test_export_before_any_load_says_what_to_do(tmp_path):
    result = CliRunner().invoke(main, ["export", "--output", str(tmp_path / "x.json")])
    assert result.exit_code == 1 and "run `plangraph load` first" in result.output


def test_the_installed_command_runs(tmp_path):
    exe = shutil.which("plangraph")
    assert exe, "plangraph is not installed: pip install -e '.[test]'"
    env = {**os.environ, "PLANGRAPH_HOME": str(tmp_path / "h")}
    done = subprocess.run([exe, "load"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Saved to" in done.stdout and "Traceback" not in done.stderr


def test_diff_lists_what_the_domestic_abuse_update_filled_in(essex):
    plans = essex / "plans"
    old = plans / "DA & Extremism and Radicalisation Crime Prevention Delivery Plans.xlsx"
    new = plans / "Crime Prevention 4P (Domestic Abuse & Hate Crime) - updated.xlsx"
    changes = json.loads(run("diff", str(old), str(new), "--json").output)
    filled = {(c["ref"], c["field"]): c["new"] for c in changes if c["change"] == "changed" and c["old"] == ""}
    assert len([k for k in filled if k[1] == "who"]) == 22  # every task gained an owner
    assert filled[("1", "who")] == "Domestic Abuse Lead for Safeguarding and Partnerships"
    assert filled[("3", "when")] == "Spring 2019" and filled[("3", "due")] == "2019-05-31"
    assert {"workstream added", "workstream removed"} <= {c["change"] for c in changes}
    text = run("diff", str(old), str(new)).output
    assert "Domestic Abuse #5: who: '' -> 'Domestic Abuse Lead for Initial Attendance and Local Investigation'" in text


def test_check_reports_data_quality(tmp_path):
    run("load")
    codes = {p["code"] for p in json.loads(run("check", "--json").output)}
    assert {"link-cycle", "duplicate-task", "no-owner", "conflicting-lead", "unresolved-initials"} <= codes


def test_check_with_no_paths_lists_the_problems_of_the_graph_last_loaded(tmp_path, make_workbook):
    table = [["Task", "Who", "When", "Task No", "Strand"], ["Real task", "JF", "TBC", 1, "Sideways"]]
    make_workbook("other.xlsx", {"Live": table})
    assert run("load", str(make_workbook.folder)).exit_code == 0
    listed = json.loads(run("check", "--json").output)
    assert {p["file"] for p in listed} == {"other.xlsx"}
    assert any(p["code"] == "unknown-strand" and p["cell"] == "E2" for p in listed)
    with_paths = json.loads(run("check", "--json", str(make_workbook.folder)).output)
    assert with_paths == listed


def test_check_before_any_load_says_what_to_do(tmp_path):
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 1 and "run `plangraph load` first" in result.output
