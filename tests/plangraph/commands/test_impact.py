"""plangraph impact: the knock-on of a slip, from the command line."""

from __future__ import annotations

import json

from click.testing import CliRunner

from plangraph.cli import main


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_a_slip_of_gangs_5_lists_the_late_tasks(tmp_path):
    assert run("load").exit_code == 0
    result = run("impact", "gangs", "5", "--slip", "6w")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("If Violence - Gangs#5 slips by 42 days (to 2018-07-27):")
    assert "Violence - Gangs#21" in result.output and "42 days" in result.output
    found = json.loads(run("impact", "Violence - Gangs#5", "--slip", "6w", "--json").output)
    assert found["new_due"] == "2018-07-27" and {i["task"] for i in found["hit"]} >= {"Violence - Gangs#21"}


def test_a_slip_written_wrong_or_an_unknown_task_is_said(tmp_path):
    assert run("load").exit_code == 0
    bad = run("impact", "Violence - Gangs#5", "--slip", "soon")
    assert bad.exit_code == 2 and "is not a slip" in bad.output
    none = run("impact", "no such task anywhere", "--slip", "1w")
    assert none.exit_code == 1 and "no task matches" in none.output
